// The GOV.UK error summary for forms whose messages are not the generic ones
// of components/form.tsx: each problem is a sentence already in the page's
// language, linking to its field when it has one.
import { fieldId } from "~/components/form";
import { useT } from "~/i18n";

export interface Problem {
  /** The form field the problem is about, if any: the link goes there. */
  field?: string;
  message: string;
}

export function MessageErrorSummary({ problems, title }: { problems: Problem[]; title?: string }) {
  const d = useT();
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title ?? d.formErrors.summaryTitle}</h2>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.field ?? "form"}-${i}`}>{p.field ? <a href={`#${fieldId(p.field)}`}>{p.message}</a> : p.message}</li>
        ))}
      </ul>
    </div>
  );
}
