import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Banner, ErrorSummary, TextAreaField } from "~/components/form";
import { readAction } from "~/web/action.server";
import { id, markdown } from "~/web/fields";
import type { FieldErrors } from "~/web/forms";
import { t, useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { questionForSummary, quoteChoices } from "~/models/report/builder.server";
import { chosenConsultation } from "~/models/consultations/staff-choice.server";
import { read } from "~/platform/read-pool.server";
import { pickQuote, saveQuestionSummary, unpickQuote } from "~/models/report/publishing.server";
import { notFound, requireLang, requireNumber } from "~/web/params";

// A quote id that is no quote of this question, well formed or not, is not found (below): 0 is no quote.
const quoteId = id.catch(0);
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("summary"), summaryEn: markdown, summaryFr: markdown, keyPointsEn: markdown, keyPointsFr: markdown }),
  z.object({ intent: z.literal("pick"), quoteId }),
  z.object({ intent: z.literal("unpick"), quoteId }),
]);

function load(request: Request, params: Parameters<typeof requireNumber>[0]) {
  // The report is per consultation: ?consultation=<id> (consultations/staff-choice.server.ts).
  const { consultation, query } = chosenConsultation(new URL(request.url));
  const question = questionForSummary(consultation.id, requireNumber(params, "number"));
  if (!question) throw notFound();
  return { consultation, question, query };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "admin" });
  const { consultation, question, query } = load(request, params);
  const figures = (await read("computeFigures", consultation.id)).questions.get(question.number)!;
  return { lang, query, question, figures, quotes: quoteChoices(question.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const { question } = load(request, params);
  const form = await readAction(request, schema);
  if (!form.ok) return form.invalid;
  const { data } = form;
  if (data.intent === "summary") {
    const { intent, ...summary } = data;
    saveQuestionSummary(actor, question.id, summary);
    return { intent, kind: "saved" as const };
  }
  // Only a quote of this question may be picked from its page.
  if (!quoteChoices(question.id).some((q) => q.id === data.quoteId)) throw notFound();
  if (data.intent === "pick") pickQuote(actor, data.quoteId);
  else unpickQuote(actor, data.quoteId);
  return { intent: data.intent, kind: data.intent === "pick" ? ("picked" as const) : ("unpicked" as const) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).reportBuilder.summaryTitle(data.question.number)} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function QuestionSummary() {
  const { question, figures, quotes, query } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = useT();
  const b = d.reportBuilder;
  const lang = useLang();
  const errors: FieldErrors = result?.kind === "invalid" ? result.errors : {};
  const values: Record<string, string> = result?.kind === "invalid" ? result.values : {};
  const value = (name: "summaryEn" | "summaryFr" | "keyPointsEn" | "keyPointsFr") => values[name] ?? question[name];
  const back = `/${lang}/admin/report${query}`;

  return (
    <>
      <p>
        <Link to={back}>{b.backToReport}</Link>
      </p>
      {result?.kind === "saved" ? <Banner kind="success">{b.summarySaved}</Banner> : null}
      {result?.kind === "picked" ? <Banner kind="success">{b.quotePicked}</Banner> : null}
      {result?.kind === "unpicked" ? <Banner kind="success">{b.quoteUnpicked}</Banner> : null}
      <ErrorSummary
        errors={errors}
        labels={{ summaryEn: b.summaryEn, summaryFr: b.summaryFr, keyPointsEn: b.keyPointsEn, keyPointsFr: b.keyPointsFr }}
      />
      <h1>{b.summaryTitle(question.number)}</h1>
      <p className="lead">{lang === "en" ? question.promptEn : question.promptFr}</p>

      <section aria-labelledby="figures-heading" className="panel">
        <h2 id="figures-heading">{b.figuresHeading}</h2>
        <ul>
          <li>{b.respondingOrganizations(figures.respondingOrganizations)}</li>
          {figures.closed ? (
            <li>
              {Object.entries(figures.closed)
                .map(([answer, n]) => `${d.closedAnswers[answer as keyof typeof d.closedAnswers]}: ${n}`)
                .join(" · ")}
            </li>
          ) : null}
          {figures.campaigns.length ? <li>{b.campaigns(figures.campaigns.length)}</li> : null}
          {figures.themes.length ? (
            <li>
              {b.topThemes}:{" "}
              {figures.themes
                .slice(0, 5)
                .map((theme) => `${theme.label[lang]} (${theme.answers})`)
                .join(", ")}
            </li>
          ) : null}
        </ul>
      </section>

      <Form method="post" noValidate className="narrow">
        <input type="hidden" name="intent" value="summary" />
        <TextAreaField
          name="summaryEn"
          label={b.summaryEn}
          hint={b.markdownHint}
          rows={8}
          defaultValue={value("summaryEn")}
          error={errors.summaryEn}
        />
        <TextAreaField
          name="keyPointsEn"
          label={b.keyPointsEn}
          hint={b.keyPointsHint}
          rows={4}
          defaultValue={value("keyPointsEn")}
          error={errors.keyPointsEn}
        />
        <TextAreaField name="summaryFr" label={b.summaryFr} rows={8} defaultValue={value("summaryFr")} error={errors.summaryFr} />
        <TextAreaField name="keyPointsFr" label={b.keyPointsFr} rows={4} defaultValue={value("keyPointsFr")} error={errors.keyPointsFr} />
        <button type="submit" className="button">
          {b.saveSummary}
        </button>
      </Form>

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{b.quotesHeading}</h2>
        <p>{b.quotesLead}</p>
        {quotes.length === 0 ? <p className="muted">{b.noQuotes}</p> : null}
        <ul className="plain-list">
          {quotes.map((quote) => (
            <li key={quote.id} className="quote-item">
              <blockquote lang={quote.language}>{quote.text}</blockquote>
              <p className="muted">
                {quote.attribution
                  ? b.attribution(quote.attribution)
                  : b.anonymous(d.organizationTypes[quote.organizationType as keyof typeof d.organizationTypes])}
                {" · "}
                <Link to={`/${lang}/admin/answers/${quote.responseId}`}>{b.openAnswer}</Link>
              </p>
              {quote.approved ? null : <p className="muted">{b.notApproved}</p>}
              <Form method="post">
                <input type="hidden" name="quoteId" value={quote.id} />
                {quote.picked ? (
                  <>
                    <strong>{b.picked}</strong>{" "}
                    <button type="submit" name="intent" value="unpick" className="button button--secondary">
                      {b.unpick}
                    </button>
                  </>
                ) : (
                  <button type="submit" name="intent" value="pick" className="button button--secondary">
                    {b.pick}
                  </button>
                )}
              </Form>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
