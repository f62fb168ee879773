import type { ConsultationStatus } from "~/models/consultations/status";
import { useT } from "~/i18n";

/** A consultation's state in words (never colour alone). */
export function StatusTag({ status }: { status: ConsultationStatus | "not-started" }) {
  const d = useT().status;
  const label = status === "open" ? d.open : status === "closed" ? d.closed : status === "upcoming" ? d.notYetOpen : d.upcoming;
  return <strong className={`tag tag--${status}`}>{label}</strong>;
}
