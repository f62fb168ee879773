import { useT } from "~/i18n";

/** Says, wherever Firearms Protocol questions appear, that Canada is not a party. */
export function NotPartyNotice() {
  const d = useT().cluster;
  return (
    <div className="notice" role="note">
      <p className="notice__title">{d.notPartyTitle}</p>
      <p>{d.notPartyBody}</p>
    </div>
  );
}
