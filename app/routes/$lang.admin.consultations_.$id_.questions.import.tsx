// Imports a questionnaire file (JSON or CSV) into a consultation (admins).
// Every row is checked first; any problem and nothing changes, with every
// problem listed by row and field in the reader's language.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { z } from "zod";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, TextAreaField } from "~/components/form";
import { invalid, parseAction, refused } from "~/web/action.server";
import { readForm } from "~/web/forms";
import { pick, t, useLang, useT } from "~/i18n";
import { publicOrigin, requireUser } from "~/models/accounts/auth.server";
import { parseQuestionnaire, type FileProblem } from "~/models/questionnaire/format";
import { importQuestionnaire, requireConsultation } from "~/models/questionnaire/questions.server";
import { requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  return { lang, consultation: { id: consultation.id, title: pick(consultation, "title", lang) } };
}

/** Rows in a JSON file are its questions (1 = the first); in a CSV, spreadsheet rows (1 = the header). */
function rowNumbers(content: string): (index: number) => number {
  return content
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? (i) => i + 1
    : (i) => i + 2;
}

/** One form, one purpose: a file, or its text pasted. */
const schema = z.object({ content: z.string().default("") });

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  // The schema sees the pasted text; the uploaded file is read from the form itself.
  const formData = await readForm(request);
  const form = parseAction(formData, schema);
  if (!form.ok) return form.invalid;
  const { data, values } = form;
  const file = formData.get("file");
  const fromFile = file && typeof file !== "string" && file.size > 0 ? await file.text() : "";
  const content = fromFile || data.content;
  if (content.trim() === "") return invalid("import", { file: "required" as const }, values, { content: "" });
  const parsed = parseQuestionnaire(content);
  if (!parsed.ok) return refused("import", "problems" as const, values, 400, { problems: parsed.problems, content });
  const result = importQuestionnaire(actor, consultation.id, parsed.questions, rowNumbers(content), publicOrigin());
  if (!result.ok) return refused("import", "problems" as const, values, 400, { problems: result.problems, content });
  return { intent: "import" as const, kind: "imported" as const, summary: result.summary };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).questionnaire.importTitle} – ${data.consultation.title} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function ImportQuestions() {
  const { consultation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const q = d.questionnaire;
  const lang = useLang();
  const base = `/${lang}/admin/consultations/${consultation.id}/questions`;
  const problems: FileProblem[] = result?.kind === "refused" && "problems" in result ? result.problems : [];
  return (
    <div className="narrow">
      {result?.kind === "imported" ? (
        <Banner kind="success">
          {q.importDone(result.summary.created, result.summary.updated, result.summary.newVersions)} <Link to={base}>{q.cancel}</Link>
        </Banner>
      ) : null}
      {problems.length > 0 ? (
        <div className="error-summary import-problems" role="alert" tabIndex={-1} aria-labelledby="problems-title">
          <h2 id="problems-title">{q.importErrorsTitle(problems.length)}</h2>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {q.problemWhere(p.row, p.field)} {q.problemCodes[p.code]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result?.kind === "invalid" ? (
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="problems-title">
          <h2 id="problems-title">{d.formErrors.summaryTitle}</h2>
          <ul>
            <li>
              <a href="#field-file">{q.importNoFile}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <p className="eyebrow">{consultation.title}</p>
      <h1>{q.importTitle}</h1>
      <p>{q.importLead}</p>
      <p>
        <a href={`/${lang}/admin/questionnaire-template.csv`} download>
          {q.template}
        </a>
      </p>
      <Form method="post" encType="multipart/form-data" noValidate>
        <div className={`field${result?.kind === "invalid" ? " field--error" : ""}`}>
          <label className="field__label" htmlFor="field-file">
            {q.importFile}
          </label>
          <p className="field__hint" id="field-file-hint">
            {q.importFileHint}
          </p>
          <input
            className="field__input"
            id="field-file"
            name="file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby="field-file-hint"
          />
        </div>
        {/* What was sent comes back here after a refusal, so a fix is one edit away. */}
        <TextAreaField name="content" label={q.importText} rows={8} defaultValue={result && "content" in result ? result.content : ""} />
        <div className="button-row">
          <button type="submit" className="button">
            {q.importSubmit}
          </button>
          <Link to={base}>{q.cancel}</Link>
        </div>
      </Form>
    </div>
  );
}
