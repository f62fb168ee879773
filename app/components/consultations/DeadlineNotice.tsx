// The notice on a consultation's public page after staff changed its
// deadline: what changed, to when, and the reason they gave.
import { useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";

export function DeadlineNotice({
  notice,
}: {
  notice: { kind: "extend" | "shorten" | "close-early"; closesAt: Date | string; reason: string };
}) {
  const c = useT().consultations;
  const lang = useLang();
  return (
    <section className="notice" aria-labelledby="deadline-notice-title">
      <h2 className="notice__title" id="deadline-notice-title">
        {c.notice.title}
      </h2>
      <p>{c.notice[notice.kind](formatDateTime(new Date(notice.closesAt), lang))}</p>
      <p>
        {c.notice.reason} {notice.reason}
      </p>
    </section>
  );
}
