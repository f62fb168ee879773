// A field people never see or reach, for spam robots that fill every field.
// A form that comes back with it filled gets the same answer as a real one
// (so the robot learns nothing) and does nothing. Hidden off-screen rather
// than display:none, which many robots skip; aria-hidden and tabIndex -1 keep
// it away from screen readers and the keyboard.
import { useT } from "~/i18n";

export const HONEYPOT_FIELD = "website_confirm";

/** Whether a submitted form (its text fields, as readAction gives them) has the honeypot filled in. */
export function honeypotFilled(values: Record<string, string>): boolean {
  const value = values[HONEYPOT_FIELD];
  return typeof value === "string" && value.trim() !== "";
}

export function Honeypot() {
  const d = useT();
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor={HONEYPOT_FIELD}>{d.security.honeypotLabel}</label>
      <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
