import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Banner, ErrorSummary, RadioGroup, TextAreaField, TextField } from "~/components/form";
import { QuestionIntro } from "~/components/QuestionIntro";
import { invalid, readAction, type FormValues } from "~/web/action.server";
import type { FieldErrors } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { formatDate, formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { getAnswerPage, nextQuestionNumber, saveAnswer, type SavedAnswer } from "~/models/respond/responses.server";
import { answerFormSchema } from "~/models/respond/forms.server";
import { MAX_ANSWER_CHARACTERS, MAX_CITATION } from "~/models/respond/answer-limits";
import { answeredWording } from "~/models/questionnaire/versions.server";
import { countWords } from "~/lib/words";
import { notFound, requireLang, requireNumber } from "~/web/params";
import type { Lang } from "~/i18n/lang";

/** Seconds of quiet typing before the answer saves itself. */
const AUTOSAVE_DELAY_MS = 3000;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const clusterId = requireNumber(params, "cluster");
  const page = getAnswerPage(user.organization.id, clusterId, requireNumber(params, "number"), lang);
  if (!page) throw notFound();
  // The wording this organization's answer replied to, when the question changed since.
  const answered =
    page.answer && page.answer.questionVersion < page.question.version
      ? answeredWording(page.question.id, page.answer.questionVersion, lang)
      : null;
  return { lang, clusterId, ...page, answered };
}

interface Mine {
  closedAnswer: string;
  text: string;
  citation: string;
  language: string;
}

/** What the person typed, as the form shows it again (the language defaults to the page's). */
function mineOf(values: FormValues, lang: Lang): Mine {
  return {
    closedAnswer: values.closedAnswer ?? "",
    text: values.text ?? "",
    citation: values.citation ?? "",
    language: values.language ?? lang,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const clusterId = requireNumber(params, "cluster");
  const number = requireNumber(params, "number");
  const form = await readAction(request, answerFormSchema);
  // Every answer but "saved" sends back what was typed (`mine`), so nothing is lost.
  if (!form.ok) return invalid(form.intent, form.errors, form.values, { mine: mineOf(form.values, lang) });
  const { data: input, values } = form;
  const { intent } = input;
  const mine = mineOf(values, lang);

  // The rules (word limit, save rate limit, deadline, conflicts) are saveAnswer's.
  const result = saveAnswer({
    organizationId: user.organization.id,
    userId: user.id,
    clusterId,
    questionNumber: number,
    baseVersion: input.baseVersion,
    closedAnswer: input.closedAnswer === "" ? null : input.closedAnswer,
    text: input.text,
    citation: input.citation.trim(),
    language: input.language,
  });
  switch (result.status) {
    case "not-found":
      throw notFound();
    case "invalid":
      return invalid(intent, { [result.field]: result.error }, values, { mine });
    case "rate-limited":
      // 429 with Retry-After, so scripts and proxies see it; the page shows the banner and keeps the text.
      return data(
        { kind: "rate-limited" as const, intent, retryAfterSeconds: result.retryAfterSeconds, mine },
        { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
      );
    // A closed consultation and a colleague's save are not the person's mistake: 200, as before, with the page that says so.
    case "refused":
      return { kind: "refused" as const, intent, problem: result.problem, mine };
    case "conflict":
      return { kind: "conflict" as const, intent, theirs: result.theirs, mine };
    case "saved":
    case "unchanged":
      if (intent === "save-next") {
        const next = nextQuestionNumber(result.consultationId, number);
        throw redirect(next ? `/${lang}/respond/${clusterId}/questions/${next}` : `/${lang}/respond/${clusterId}`);
      }
      return { kind: result.status, intent, version: result.version, savedAt: result.savedAt };
  }
}

/** An autosave changes nothing else on the page: do not reload it (and reset the cursor). */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "autosave" ? false : defaultShouldRevalidate;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${t(data.lang).cluster.questionWithTitle(data.question.number, data.question.articleTitle)} – ${t(data.lang).respond.answerHeading} – ${t(data.lang).meta.siteShortName}`,
        },
      ]
    : [];

export default function AnswerQuestion() {
  const { clusterId, question, instrument, answer, answered, consultation, previous, next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const lang = useLang();
  const base = `/${lang}/respond/${clusterId}`;

  // What the form starts from: what the person typed, when the server sent it
  // back (conflict, refusal, invalid), otherwise the saved answer.
  const typed = result && "mine" in result ? result.mine : null;
  const conflict = result?.kind === "conflict" ? result.theirs : null;
  const startVersion = conflict ? conflict.version : (answer?.version ?? 0);
  const start = {
    closedAnswer: typed?.closedAnswer ?? answer?.closedAnswer ?? "",
    text: typed?.text ?? answer?.text ?? "",
    citation: typed?.citation ?? answer?.citation ?? "",
    language: typed?.language ?? answer?.language ?? lang,
  };
  const answerable = consultation.status === "open";
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};

  return (
    <>
      <Breadcrumbs
        items={[
          { label: d.account.title, to: `/${lang}/account` },
          { label: d.respond.backToDashboard, to: base },
        ]}
      />
      <ErrorSummary
        errors={errors}
        labels={{
          text: question.answerType === "closed" ? d.respond.explanation : d.respond.explanationOpen,
          closedAnswer: d.respond.closedLegend,
          citation: d.questionnaire.citationLabel,
          language: d.respond.languageLegend,
        }}
      />
      {result?.kind === "refused" ? <Banner kind="warning">{d.respond.refused[result.problem]}</Banner> : null}
      {result?.kind === "rate-limited" ? <Banner kind="warning">{d.respond.rateLimited(result.retryAfterSeconds)}</Banner> : null}
      {result?.kind === "saved" ? <Banner kind="success">{d.respond.savedAt(formatDateTime(result.savedAt, lang))}</Banner> : null}
      {result?.kind === "unchanged" ? <Banner kind="info">{d.respond.unchanged}</Banner> : null}
      {consultation.status === "closed" ? <Banner kind="warning">{d.respond.closed}</Banner> : null}
      {consultation.status === "upcoming" ? <Banner kind="info">{d.respond.notOpen(formatDate(consultation.opensAt, lang))}</Banner> : null}

      {answer && answer.questionVersion < question.version ? <Banner kind="info">{d.questionnaire.changedBanner}</Banner> : null}
      <QuestionIntro
        number={question.number}
        instrumentShortName={instrument.shortName}
        countryIsParty={instrument.countryIsParty}
        article={question.article}
        articleTitle={question.articleTitle}
        prompt={question.prompt}
        guidance={question.guidance}
        guidanceOpen={!answer}
      />
      {answered ? (
        <details className="explainer">
          <summary>{d.questionnaire.changedEarlier}</summary>
          <p>{answered.prompt}</p>
        </details>
      ) : null}

      {conflict ? <ConflictPanel theirs={conflict} /> : null}

      {answerable ? (
        <AnswerForm
          key={`${startVersion}-${conflict ? "conflict" : "normal"}`}
          answerType={question.answerType}
          askCitation={question.askCitation}
          wordLimit={question.wordLimit}
          startVersion={startVersion}
          start={start}
          errors={errors}
          hasNext={next !== null}
          inConflict={conflict !== null}
        />
      ) : (
        <ReadOnlyAnswer answer={answer} answerType={question.answerType} />
      )}

      {answer?.savedBy ? <p className="muted">{d.respond.savedBy(answer.savedBy, formatDateTime(answer.savedAt, lang))}</p> : null}

      <details className="explainer">
        <summary>{d.question.noAttachmentsHeading}</summary>
        <p>{d.question.noAttachmentsBody}</p>
      </details>

      <nav aria-label={d.respond.allQuestions} className="pager">
        <ul>
          {previous ? (
            <li>
              <Link to={`${base}/questions/${previous}`} rel="prev">
                {d.question.previous}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={base}>{d.respond.backToDashboard}</Link>
          </li>
          {next ? (
            <li>
              <Link to={`${base}/questions/${next}`} rel="next">
                {d.question.next}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}

function ConflictPanel({ theirs }: { theirs: SavedAnswer }) {
  const d = useT();
  const lang = useLang();
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{d.respond.conflictTitle}</h2>
      <p>{d.respond.conflictBody(theirs.savedBy ?? "—", formatDateTime(theirs.savedAt, lang))}</p>
      <h3>{d.respond.theirVersion}</h3>
      <div className="conflict__theirs">
        <p>
          <strong>{theirs.closedAnswer ? d.closedAnswers[theirs.closedAnswer] : d.respond.noAnswerChosen}</strong>
        </p>
        {theirs.text.split(/\n+/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <Form method="get" reloadDocument>
        <button type="submit" className="button button--secondary">
          {d.respond.useTheirs}
        </button>
      </Form>
      <h3>{d.respond.yourVersion}</h3>
    </section>
  );
}

function ReadOnlyAnswer({ answer, answerType }: { answer: SavedAnswer | null; answerType: "closed" | "open" }) {
  const d = useT();
  if (!answer) return null;
  return (
    <section aria-labelledby="answer-heading" className="panel">
      <h2 id="answer-heading">{d.respond.answerHeading}</h2>
      {answerType === "closed" ? (
        <p>
          <strong>{answer.closedAnswer ? d.closedAnswers[answer.closedAnswer] : d.respond.noAnswerChosen}</strong>
        </p>
      ) : null}
      {answer.text.split(/\n+/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
      {answer.citation ? (
        <p>
          <strong>{d.questionnaire.citationLabel}</strong> {answer.citation}
        </p>
      ) : null}
    </section>
  );
}

type AutosaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "failed" } | { kind: "conflict" };

function AnswerForm({
  answerType,
  wordLimit,
  startVersion,
  start,
  askCitation,
  errors,
  hasNext,
  inConflict,
}: {
  answerType: "closed" | "open";
  wordLimit: number;
  startVersion: number;
  start: { closedAnswer: string; text: string; citation: string; language: string };
  askCitation: boolean;
  errors: FieldErrors;
  hasNext: boolean;
  /** After a conflict the form holds the person's own text: saving keeps it. */
  inConflict: boolean;
}) {
  const d = useT();
  const lang = useLang();
  const formRef = useRef<HTMLFormElement>(null);
  const fetcher = useFetcher<typeof action>();
  const submit = useRef(fetcher.submit);
  submit.current = fetcher.submit;
  const [text, setText] = useState(start.text);
  const [version, setVersion] = useState(startVersion);
  const [dirty, setDirty] = useState(false);
  const [autosave, setAutosave] = useState<AutosaveState>({ kind: "idle" });
  const words = countWords(text);
  const over = words > wordLimit;

  // Save a few seconds after the person stops typing (JavaScript only: without
  // it, "Save draft" does the same through a plain form post).
  useEffect(() => {
    if (!dirty || over) return;
    const timer = setTimeout(() => {
      if (!formRef.current) return;
      const data = new FormData(formRef.current);
      data.set("intent", "autosave");
      data.set("baseVersion", String(version));
      setAutosave({ kind: "saving" });
      setDirty(false);
      submit.current(data, { method: "post" });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, over, text, version]);

  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data) return;
    const data = fetcher.data;
    if (data.kind === "saved" || data.kind === "unchanged") {
      setVersion(data.version);
      setAutosave({ kind: "saved", at: new Date(data.savedAt) });
    } else if (data.kind === "conflict") {
      setAutosave({ kind: "conflict" });
    } else {
      setAutosave({ kind: "failed" });
    }
  }, [fetcher.state, fetcher.data]);

  const markDirty = () => setDirty(true);
  const status =
    autosave.kind === "saving"
      ? d.respond.saving
      : autosave.kind === "saved"
        ? d.respond.autosaved(new Intl.DateTimeFormat(lang === "en" ? "en-CA" : "fr-CA", { timeStyle: "short" }).format(autosave.at))
        : autosave.kind === "failed"
          ? d.respond.autosaveFailed
          : autosave.kind === "conflict"
            ? d.respond.conflictTitle
            : "";

  return (
    <Form method="post" ref={formRef} noValidate onChange={markDirty} className="answer-form">
      <input type="hidden" name="baseVersion" value={version} />
      <h2>{d.respond.answerHeading}</h2>
      {answerType === "closed" ? (
        <RadioGroup
          name="closedAnswer"
          legend={d.respond.closedLegend}
          options={(["yes", "partly", "no", "dont_know"] as const).map((value) => ({ value, label: d.closedAnswers[value] }))}
          defaultValue={start.closedAnswer}
          error={errors.closedAnswer}
        />
      ) : null}
      <TextAreaField
        name="text"
        label={answerType === "closed" ? d.respond.explanation : d.respond.explanationOpen}
        hint={d.respond.explanationHint(wordLimit)}
        rows={12}
        value={text}
        onChange={(value) => {
          setText(value);
          setDirty(true);
        }}
        maxLength={MAX_ANSWER_CHARACTERS}
        error={errors.text}
        errorMessage={errors.text === "tooManyWords" ? d.respond.overLimit(words, wordLimit) : undefined}
        after={
          <p className={over ? "word-count word-count--over" : "word-count"} aria-live="polite">
            {over ? d.respond.overLimit(words, wordLimit) : d.respond.wordCount(words, wordLimit)}
          </p>
        }
      />
      {askCitation ? (
        <TextField
          name="citation"
          label={d.questionnaire.citationLabel}
          hint={d.questionnaire.citationHint}
          defaultValue={start.citation}
          maxLength={MAX_CITATION}
          error={errors.citation}
        />
      ) : null}
      <RadioGroup
        name="language"
        legend={d.respond.languageLegend}
        options={[
          { value: "en", label: d.languages.en },
          { value: "fr", label: d.languages.fr },
        ]}
        defaultValue={start.language}
        error={errors.language}
        inline
      />
      <div className="button-row">
        <button type="submit" name="intent" value="save" className="button">
          {inConflict ? d.respond.keepMine : d.respond.saveDraft}
        </button>
        {hasNext ? (
          <button type="submit" name="intent" value="save-next" className="button button--secondary">
            {d.respond.saveAndNext}
          </button>
        ) : null}
        <p className="autosave-status" role="status">
          {status}
        </p>
      </div>
    </Form>
  );
}
