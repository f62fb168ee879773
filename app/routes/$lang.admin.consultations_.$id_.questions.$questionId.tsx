// Edits one question (admins). The rules (new version when answers exist,
// refusals, "needs review" marks, emails) are in questions.server.ts.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Banner, ErrorSummary } from "~/components/form";
import { QuestionFormFields, useQuestionLabels } from "~/components/QuestionFormFields";
import { invalid, readAction, refused } from "~/web/action.server";
import { pick, t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { publicOrigin, requireUser } from "~/models/accounts/auth.server";
import { formToInput, questionFormSchema } from "~/models/questionnaire/editor-form";
import {
  getQuestion,
  listInstruments,
  listQuestions,
  listVersions,
  requireConsultation,
  updateQuestion,
} from "~/models/questionnaire/questions.server";
import { notFound, requireLang, requireNumber } from "~/web/params";

function load(params: Parameters<typeof requireNumber>[0]) {
  const consultation = requireConsultation(requireNumber(params, "id"));
  const question = getQuestion(consultation.id, requireNumber(params, "questionId"));
  if (!question) throw notFound();
  return { consultation, question };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const { consultation, question } = load(params);
  const answers = listQuestions(consultation.id).find((row) => row.question.id === question.id)?.answers ?? 0;
  return {
    lang,
    created: new URL(request.url).searchParams.has("created"),
    consultation: { id: consultation.id, title: pick(consultation, "title", lang) },
    question: {
      id: question.id,
      number: question.number,
      version: question.version,
      needsReviewEn: question.needsReviewEn,
      needsReviewFr: question.needsReviewFr,
    },
    values: {
      instrument: question.instrumentId,
      article: question.article,
      articleTitleEn: question.articleTitleEn,
      articleTitleFr: question.articleTitleFr,
      promptEn: question.promptEn,
      promptFr: question.promptFr,
      guidanceEn: question.guidanceEn,
      guidanceFr: question.guidanceFr,
      answerType: question.answerType,
      wordLimit: String(question.wordLimit),
      askCitation: question.askCitation ? "yes" : "no",
    },
    answers,
    versions: listVersions(question.id)
      .filter((v) => v.version < question.version)
      .map((v) => ({ version: v.version, createdAt: v.createdAt, prompt: lang === "en" ? v.promptEn : v.promptFr })),
    instruments: listInstruments().map((i) => ({ value: i.id, label: pick(i, "shortName", lang) })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const { question } = load(params);
  // One form, one purpose ("save"): its schema uses the shared error codes.
  const form = await readAction(request, questionFormSchema);
  if (!form.ok) return invalid("save", form.errors, form.values);
  const { data, values } = form;
  const result = updateQuestion(actor, question.id, formToInput(data), publicOrigin());
  if (!result) throw notFound();
  // A change the answers already given rule out: the refusal is the message, its field marked.
  if (!result.ok)
    return refused("save", result.refusal, values, 400, { longest: result.longest ?? 0, errors: { [result.refusal]: "invalid" as const } });
  if (result.question === question) return { intent: "save" as const, kind: "unchanged" as const };
  return { intent: "save" as const, kind: "saved" as const, newVersion: result.newVersion, notified: result.notified };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${t(data.lang).questionnaire.editTitle(data.question.number)} – ${data.consultation.title} – ${t(data.lang).meta.siteShortName}`,
        },
      ]
    : [];

export default function EditQuestion() {
  const { consultation, question, values, answers, versions, instruments, created } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const q = d.questionnaire;
  const lang = useLang();
  const labels = useQuestionLabels();
  const typed = result && "values" in result ? result.values : values;
  const errors = result && "errors" in result ? result.errors : {};
  const refusal = result?.kind === "refused" ? result.message : null;
  const refusalText =
    refusal === "wordLimit" && result?.kind === "refused"
      ? q.refusals.wordLimit(result.longest)
      : refusal === "answerType"
        ? q.refusals.answerType
        : refusal === "instrument"
          ? q.refusals.instrument
          : refusal === "citeLaw"
            ? q.refusals.citeLaw
            : null;
  return (
    <div className="narrow">
      {created ? <Banner kind="success">{q.created}</Banner> : null}
      {result?.kind === "saved" ? <Banner kind="success">{result.newVersion ? q.savedNewVersion(result.notified) : q.saved}</Banner> : null}
      {result?.kind === "unchanged" ? <Banner kind="info">{q.unchanged}</Banner> : null}
      {refusal === "answerType" || refusal === "instrument" || refusal === "citeLaw" ? (
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="refusal-title">
          <h2 id="refusal-title">{d.formErrors.summaryTitle}</h2>
          <ul>
            <li>
              <a href={`#field-${refusal === "citeLaw" ? "askCitation" : refusal}`}>{refusalText}</a>
            </li>
          </ul>
        </div>
      ) : refusal === "wordLimit" ? (
        <div className="error-summary" role="alert" tabIndex={-1} aria-labelledby="refusal-title">
          <h2 id="refusal-title">{d.formErrors.summaryTitle}</h2>
          <ul>
            <li>
              <a href="#field-wordLimit">{refusalText}</a>
            </li>
          </ul>
        </div>
      ) : (
        <ErrorSummary errors={errors} labels={labels} />
      )}
      <p className="eyebrow">
        {consultation.title} · {q.versionN(question.version)}
      </p>
      <h1>{q.editTitle(question.number)}</h1>
      {answers > 0 ? <Banner kind="info">{q.answeredWarning(answers)}</Banner> : null}
      {question.needsReviewEn || question.needsReviewFr ? (
        <Banner kind="warning" title={q.reviewHeading}>
          {q.reviewBody(q.langName[question.needsReviewEn ? "en" : "fr"])}
        </Banner>
      ) : null}
      <Form method="post" noValidate>
        <QuestionFormFields
          values={typed}
          errors={refusal === "wordLimit" ? {} : errors}
          instruments={instruments}
          withKey={false}
          wordLimitMessage={refusal === "wordLimit" ? (refusalText ?? undefined) : undefined}
          citationMessage={refusal === "citeLaw" ? (refusalText ?? undefined) : undefined}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {q.save}
          </button>
          <Link to={`/${lang}/admin/consultations/${consultation.id}/questions`}>{q.cancel}</Link>
        </div>
      </Form>
      {versions.length > 0 ? (
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">{q.versionsHeading}</h2>
          <ul>
            {versions.map((v) => (
              <li key={v.version}>
                <strong>{q.versionLabel(v.version, formatDateTime(v.createdAt, lang))}</strong>: {v.prompt}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
