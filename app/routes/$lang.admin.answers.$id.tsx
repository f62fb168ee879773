import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigate } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { Banner, ErrorSummary, RadioGroup, SelectField, TextAreaField } from "~/components/form";
import { readAction, refused } from "~/web/action.server";
import type { FieldErrors } from "~/web/forms";
import { REJECTION_REASONS } from "~/models/moderate/rejection-reasons";
import { id, rejectionFields, requiredText } from "~/web/fields";
import { t, useLang, useT } from "~/i18n";
import { formatDateTime } from "~/i18n/format";
import { getAnswerContext } from "~/models/moderate/answer-context.server";
import { requireUser } from "~/models/accounts/auth.server";
import { addNote, addQuote, decide, dismissSuggestion, redact, removeQuote, tag, untag } from "~/models/moderate/moderation.server";
import { read } from "~/platform/read-pool.server";
import { notFound, requireLang, requireNumber } from "~/web/params";

const themeAction = <I extends string>(intent: I) => z.object({ intent: z.literal(intent), themeId: id });
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("needs-redaction") }),
  z.object({ intent: z.literal("reject"), ...rejectionFields }),
  z.object({ intent: z.literal("redact"), redactedText: requiredText(30_000) }),
  z.object({ intent: z.literal("note"), body: requiredText(2000) }),
  themeAction("tag"),
  themeAction("confirm"),
  themeAction("dismiss"),
  themeAction("untag"),
  z.object({ intent: z.literal("quote"), excerpt: requiredText(2000) }),
  z.object({ intent: z.literal("remove-quote"), quoteId: id }),
]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  const responseId = requireNumber(params, "id");
  const context = getAnswerContext(responseId, lang);
  if (!context) throw notFound();
  const back = new URL(request.url).searchParams.get("back") ?? "";
  // Both read many rows (BM25 over the tagged answers; the queue around this answer): off the main thread.
  const [suggestions, neighbours] = await Promise.all([
    read("suggestThemes", responseId, lang, 3),
    read("queueNeighbours", responseId, back),
  ]);
  return { lang, ...context, suggestions, back, neighbours };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "moderator" });
  const responseId = requireNumber(params, "id");
  if (!getAnswerContext(responseId, lang)) throw notFound();
  const form = await readAction(request, schema);
  if (!form.ok) return form.invalid;
  const { data, values } = form;
  const intent = data.intent;
  switch (data.intent) {
    case "approve":
    case "needs-redaction":
      decide(actor, [responseId], { kind: data.intent });
      return { intent, kind: "done" as const, message: "decided" as const };
    case "reject":
      decide(actor, [responseId], { kind: "reject", reason: data.reason, note: data.note });
      return { intent, kind: "done" as const, message: "decided" as const };
    case "redact":
      redact(actor, responseId, data.redactedText);
      return { intent, kind: "done" as const, message: "redacted" as const };
    case "note":
      addNote(actor, responseId, data.body);
      return { intent, kind: "done" as const, message: "noteAdded" as const };
    case "tag":
    case "confirm":
      tag(actor, [responseId], data.themeId, data.intent === "confirm" ? "suggested" : "manual");
      return { intent, kind: "done" as const, message: null };
    case "dismiss":
      dismissSuggestion(actor, responseId, data.themeId);
      return { intent, kind: "done" as const, message: null };
    case "untag":
      untag(actor, responseId, data.themeId);
      return { intent, kind: "done" as const, message: null };
    case "quote": {
      const result = addQuote(actor, responseId, data.excerpt);
      if (result.status === "added") return { intent, kind: "done" as const, message: "quoteAdded" as const };
      if (result.status === "no-consent") return refused(intent, "quoteNoConsent" as const, values);
      // The excerpt is the moderator's input: not found in the text is a 400, like any invalid field.
      return refused(intent, "quoteNotInText" as const, values, 400);
    }
    case "remove-quote":
      removeQuote(actor, data.quoteId);
      return { intent, kind: "done" as const, message: null };
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [{ title: `${t(data.lang).admin.answerTitle(data.question.number, data.organization.name)} – ${t(data.lang).meta.siteShortName}` }]
    : [];

/** A, R, E, J, K: the frequent actions, never while typing in a field. */
function useShortcuts(links: { next: string | null; previous: string | null }) {
  const navigate = useNavigate();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const key = event.key.toLowerCase();
      if (key === "a") document.getElementById("approve-button")?.click();
      else if (key === "r") document.getElementById("field-reason-off-topic")?.focus();
      else if (key === "e") document.getElementById("field-redactedText")?.focus();
      else if (key === "j" && links.next) navigate(links.next);
      else if (key === "k" && links.previous) navigate(links.previous);
      else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [links.next, links.previous, navigate]);
}

export default function AnswerInContext() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const a = d.admin;
  const lang = useLang();
  const { question, answer, organization, moderation, neighbours, back } = data;
  const queueHref = `/${lang}/admin/queue${back ? `?${back}` : ""}`;
  const linkTo = (responseId: number | null) =>
    responseId ? `/${lang}/admin/answers/${responseId}${back ? `?back=${encodeURIComponent(back)}` : ""}` : null;
  const next = linkTo(neighbours.next);
  const previous = linkTo(neighbours.previous);
  useShortcuts({ next, previous });
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = (result && "values" in result ? result.values : undefined) ?? {};
  const message = result && "message" in result ? result.message : null;
  const untaggedThemes = data.themes.filter((theme) => !data.tagged.some((t) => t.themeId === theme.id));
  const location = organization.region === "outside" ? organization.country : d.regions[organization.region as keyof typeof d.regions];

  return (
    <>
      <nav aria-label={a.backToQueue} className="pager pager--top">
        <ul>
          {previous ? (
            <li>
              <Link to={previous} rel="prev">
                {a.previousAnswer}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={queueHref}>{a.backToQueue}</Link>
          </li>
          {next ? (
            <li>
              <Link to={next} rel="next">
                {a.nextAnswer}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      {message === "decided" ? <Banner kind="success">{a.decided}</Banner> : null}
      {message === "redacted" ? <Banner kind="success">{a.redacted}</Banner> : null}
      {message === "noteAdded" ? <Banner kind="success">{a.noteAdded}</Banner> : null}
      {message === "quoteAdded" ? <Banner kind="success">{a.quoteAdded}</Banner> : null}
      {message === "quoteNoConsent" ? <Banner kind="warning">{a.quoteNoConsent}</Banner> : null}
      {message === "quoteNotInText" ? <Banner kind="warning">{a.quoteNotInText}</Banner> : null}
      <ErrorSummary
        errors={errors}
        labels={{ reason: a.rejectReason, note: a.rejectNote, redactedText: a.redactHeading, body: a.noteBody, excerpt: a.quoteExcerpt }}
      />

      <p className="eyebrow">
        {d.cluster.questionNumber(question.number)} · {question.instrument} · {d.cluster.article(question.article)}
      </p>
      <h1>{a.answerTitle(question.number, organization.name)}</h1>

      <div className="context-grid">
        <div>
          <section aria-labelledby="question-heading">
            <h2 id="question-heading">{a.questionHeading}</h2>
            <p>{question.prompt}</p>
            {question.answeredVersion < question.version ? (
              <>
                <p className="muted">{d.questionnaire.answeredVersion(question.answeredVersion, question.version)}</p>
                <p>{question.currentPrompt}</p>
              </>
            ) : null}
          </section>
          <section aria-labelledby="original-heading" className="panel">
            <h2 id="original-heading">{a.originalHeading}</h2>
            <p className="muted">
              {a.submittedAt(formatDateTime(answer.submittedAt, lang))} · {a.language}: {d.languages[answer.language]}
            </p>
            {answer.closedAnswer ? (
              <p>
                <strong>{d.closedAnswers[answer.closedAnswer]}</strong>
              </p>
            ) : null}
            {answer.text.split(/\n+/).map((p, i) => (
              <p key={i} lang={answer.language}>
                {p}
              </p>
            ))}
            {answer.citation ? (
              <p>
                <strong>{d.questionnaire.citationLabel}</strong> <span lang={answer.language}>{answer.citation}</span>
              </p>
            ) : null}
          </section>
          <section aria-labelledby="public-heading">
            <h2 id="public-heading">{a.publicHeading}</h2>
            {moderation.redactedText === null ? <p className="muted">{a.publicSame}</p> : null}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="redact" />
              <TextAreaField
                name="redactedText"
                label={a.redactHeading}
                hint={a.redactHint}
                rows={8}
                defaultValue={values.redactedText ?? moderation.redactedText ?? answer.text}
                error={errors.redactedText}
              />
              <button type="submit" className="button button--secondary">
                {a.redactSubmit}
              </button>
            </Form>
          </section>

          <section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{a.quotesHeading}</h2>
            {data.quotes.length ? (
              <ul className="plain-list">
                {data.quotes.map((quote) => (
                  <li key={quote.id} className="quote-item">
                    <blockquote>{quote.text}</blockquote>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove-quote" />
                      <input type="hidden" name="quoteId" value={quote.id} />
                      <button type="submit" className="link-button">
                        {a.removeQuote}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : null}
            {organization.consentQuote === "none" ? (
              <p>{a.quoteNoConsent}</p>
            ) : (
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="quote" />
                <TextAreaField
                  name="excerpt"
                  label={a.quoteExcerpt}
                  hint={a.quoteHint}
                  rows={3}
                  defaultValue={values.excerpt}
                  error={errors.excerpt}
                />
                <button type="submit" className="button button--secondary">
                  {a.quoteSubmit}
                </button>
              </Form>
            )}
          </section>
        </div>

        <div>
          <section aria-labelledby="decision-heading" className="panel">
            <h2 id="decision-heading">{a.moderationHeading}</h2>
            <p>
              {a.state}: <strong className={`tag tag--${moderation.state}`}>{a.states[moderation.state]}</strong>
            </p>
            {moderation.reason ? (
              <p>
                {a.reason}: {moderation.reason}
              </p>
            ) : null}
            <div className="button-row">
              <Form method="post">
                <input type="hidden" name="intent" value="approve" />
                <button type="submit" className="button" id="approve-button">
                  {a.approve}
                </button>
              </Form>
              <Form method="post">
                <input type="hidden" name="intent" value="needs-redaction" />
                <button type="submit" className="button button--secondary">
                  {a.markRedaction}
                </button>
              </Form>
            </div>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="reject" />
              <RadioGroup
                name="reason"
                legend={a.rejectReason}
                options={REJECTION_REASONS.map((value) => ({ value, label: a.reasons[value] }))}
                defaultValue={values.reason}
                error={errors.reason}
              />
              <TextAreaField name="note" label={a.rejectNote} rows={2} defaultValue={values.note} error={errors.note} />
              <button type="submit" className="button button--secondary">
                {a.reject}
              </button>
            </Form>
          </section>

          <section aria-labelledby="themes-heading">
            <h2 id="themes-heading">{a.themesHeading}</h2>
            {data.tagged.length ? (
              <ul className="plain-list">
                {data.tagged.map((tagged) => (
                  <li key={tagged.themeId} className="chip">
                    {tagged.label}
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="untag" />
                      <input type="hidden" name="themeId" value={tagged.themeId} />
                      <button type="submit" className="link-button" aria-label={a.removeTag(tagged.label)}>
                        ×
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{a.noThemes}</p>
            )}
            {data.suggestions.length ? (
              <div className="suggestions">
                <h3>{a.suggestions}</h3>
                <p className="field__hint">{a.suggestionsHint}</p>
                <ul className="plain-list">
                  {data.suggestions.map((s) => (
                    <li key={s.themeId} className="suggestion">
                      <span>{s.label}</span>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="themeId" value={s.themeId} />
                        <button type="submit" name="intent" value="confirm" className="button button--secondary">
                          {a.confirm(s.label)}
                        </button>{" "}
                        <button type="submit" name="intent" value="dismiss" className="link-button">
                          {a.dismiss(s.label)}
                        </button>
                      </Form>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {untaggedThemes.length ? (
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="tag" />
                <SelectField
                  name="themeId"
                  label={a.addTheme}
                  placeholder={a.chooseTheme}
                  options={untaggedThemes.map((theme) => ({ value: String(theme.id), label: theme.label }))}
                  error={errors.themeId}
                />
                <button type="submit" className="button button--secondary">
                  {a.addThemeSubmit}
                </button>
              </Form>
            ) : null}
          </section>

          <section aria-labelledby="org-heading">
            <h2 id="org-heading">{a.organizationHeading}</h2>
            <dl className="key-facts key-facts--stacked">
              <div>
                <dt>{d.account.type}</dt>
                <dd>{d.organizationTypes[organization.type]}</dd>
              </div>
              <div>
                <dt>{d.account.region}</dt>
                <dd>{location}</dd>
              </div>
              <div>
                <dt>{d.account.mandate}</dt>
                <dd>{organization.mandate}</dd>
              </div>
              <div>
                <dt>{a.consentName}</dt>
                <dd>{organization.consentPublishName ? d.review.yes : d.review.no}</dd>
              </div>
              <div>
                <dt>{a.consentQuote}</dt>
                <dd>{a.quoteConsent[organization.consentQuote]}</dd>
              </div>
            </dl>
            {data.otherAnswers.length ? (
              <>
                <h3>{a.otherAnswers}</h3>
                <ul>
                  {data.otherAnswers.map((other) => (
                    <li key={other.id}>
                      <Link to={`/${lang}/admin/answers/${other.id}`}>{d.cluster.questionNumber(other.number)}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>

          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{a.notesHeading}</h2>
            <p className="field__hint">{a.notesHint}</p>
            {data.notes.length ? (
              <ul className="plain-list">
                {data.notes.map((note) => (
                  <li key={note.id} className="note">
                    <p className="muted">
                      {note.author ?? "—"}, {formatDateTime(note.createdAt, lang)}
                    </p>
                    <p>{note.body}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{a.noNotes}</p>
            )}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="note" />
              <TextAreaField name="body" label={a.noteBody} rows={3} defaultValue={values.body} error={errors.body} />
              <button type="submit" className="button button--secondary">
                {a.noteSubmit}
              </button>
            </Form>
          </section>

          <details className="explainer">
            <summary>{a.shortcutsHeading}</summary>
            <p>{a.shortcuts}</p>
          </details>
        </div>
      </div>
    </>
  );
}
