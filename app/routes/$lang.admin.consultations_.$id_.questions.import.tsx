// Imports a questionnaire file (JSON or CSV) into a consultation (admins).
// Every row is checked first; any problem and nothing changes, with every
// problem listed by row and field in the reader's language.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, TextAreaField } from "~/components/form";
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
  return content.replace(/^\uFEFF/, "").trimStart().startsWith("{") ? (i) => i + 1 : (i) => i + 2;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  const formData = await readForm(request);
  const file = formData.get("file");
  const pasted = formData.get("content");
  const fromFile = file && typeof file !== "string" && file.size > 0 ? await file.text() : "";
  const content = fromFile || (typeof pasted === "string" ? pasted : "");
  if (content.trim() === "") return data({ kind: "no-file" as const, content: "" }, { status: 400 });
  const parsed = parseQuestionnaire(content);
  if (!parsed.ok) return data({ kind: "problems" as const, problems: parsed.problems, content }, { status: 400 });
  const result = importQuestionnaire(actor, consultation.id, parsed.questions, rowNumbers(content), publicOrigin());
  if (!result.ok) return data({ kind: "problems" as const, problems: result.problems, content }, { status: 400 });
  return { kind: "imported" as const, summary: result.summary };
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
  const problems: FileProblem[] = result?.kind === "problems" ? result.problems : [];
  return (
    <div className="narrow">
      {result?.kind === "imported" ? (
        <Banner kind="success">
          {q.importDone(result.summary.created, result.summary.updated, result.summary.newVersions)}{" "}
          <Link to={base}>{q.cancel}</Link>
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
      {result?.kind === "no-file" ? (
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
        <div className={`field${result?.kind === "no-file" ? " field--error" : ""}`}>
          <label className="field__label" htmlFor="field-file">
            {q.importFile}
          </label>
          <p className="field__hint" id="field-file-hint">
            {q.importFileHint}
          </p>
          <input className="field__input" id="field-file" name="file" type="file" accept=".json,.csv,application/json,text/csv" aria-describedby="field-file-hint" />
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
