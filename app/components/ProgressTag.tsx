import { useT } from "~/i18n";
import type { Progress } from "~/models/respond/progress";

export function ProgressTag({ progress }: { progress: Progress }) {
  const d = useT();
  return <strong className={`tag tag--${progress}`}>{d.respond.progress[progress]}</strong>;
}
