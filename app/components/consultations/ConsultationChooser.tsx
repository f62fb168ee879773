// Picks the consultation a staff page works on: a plain GET form, so it works
// without JavaScript; hidden when there is only one consultation.
import { Form } from "@remix-run/react";
import { useLang, useT } from "~/i18n";

export interface ChooserOption {
  id: number;
  clusterId: number;
  titleEn: string;
  titleFr: string;
  state: "draft" | "published" | "archived";
}

export function ConsultationChooser({ options, chosen }: { options: ChooserOption[]; chosen: number }) {
  const c = useT().consultations;
  const lang = useLang();
  if (options.length < 2) return null;
  return (
    <Form method="get" className="chooser">
      <label className="field__label" htmlFor="field-consultation">
        {c.chooserLabel}
      </label>
      <div className="chooser__row">
        <select id="field-consultation" name="consultation" defaultValue={String(chosen)} className="field__input field__select">
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {c.chooserOption(
                c.clusterN(o.clusterId),
                (lang === "en" ? o.titleEn : o.titleFr) || (lang === "en" ? o.titleFr : o.titleEn) || c.untitled,
                c.states[o.state],
              )}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {c.chooserSubmit}
        </button>
      </div>
    </Form>
  );
}
