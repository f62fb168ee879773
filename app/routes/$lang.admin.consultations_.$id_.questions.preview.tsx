// The whole questionnaire as respondents will see it, in the page's language
// (with a link to the other), drafts and unpublished changes included: staff
// only. The question parts are the answer page's own component; the answer
// fields are shown but disabled, since nothing here saves.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RadioGroup, TextAreaField, TextField } from "~/components/form";
import { QuestionIntro } from "~/components/QuestionIntro";
import { otherLang, pick, t, useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { listInstruments, listQuestions, requireConsultation } from "~/models/questionnaire/questions.server";
import { requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  await requireUser(request, { lang, role: "moderator" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  const instruments = new Map(listInstruments().map((i) => [i.id, i]));
  return {
    lang,
    consultation: { id: consultation.id, title: pick(consultation, "title", lang), intro: pick(consultation, "intro", lang) },
    questions: listQuestions(consultation.id)
      .filter(({ question }) => question.retiredAt === null)
      .map(({ question }) => {
        const instrument = instruments.get(question.instrumentId);
        return {
          id: question.id,
          number: question.number,
          article: question.article,
          articleTitle: pick(question, "articleTitle", lang),
          prompt: pick(question, "prompt", lang),
          guidance: pick(question, "guidance", lang),
          answerType: question.answerType,
          wordLimit: question.wordLimit,
          askCitation: question.askCitation,
          instrumentShortName: instrument ? pick(instrument, "shortName", lang) : question.instrumentId,
          countryIsParty: instrument?.countryIsParty ?? true,
        };
      }),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).questionnaire.previewTitle(data.consultation.title)} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Preview() {
  const { consultation, questions } = useLoaderData<typeof loader>();
  const d = useT();
  const q = d.questionnaire;
  const lang = useLang();
  const other = otherLang(lang);
  return (
    <>
      <h1>{q.previewTitle(consultation.title)}</h1>
      <p className="lead">{q.previewLead}</p>
      <ul className="inline-actions">
        <li>
          <Link lang={other} to={`/${other}/admin/consultations/${consultation.id}/questions/preview`}>
            {q.previewOther}
          </Link>
        </li>
        <li>
          <Link to={`/${lang}/admin/consultations/${consultation.id}/questions`}>{q.cancel}</Link>
        </li>
      </ul>
      <p>{consultation.intro}</p>
      {questions.map((question) => (
        <article key={question.id} className="panel" aria-labelledby={`preview-${question.id}`}>
          <QuestionIntro {...question} guidanceOpen headingLevel={2} headingId={`preview-${question.id}`} />
          <fieldset disabled className="answer-form">
            <legend className="visually-hidden">{q.previewDraftNote}</legend>
            <h3>{d.respond.answerHeading}</h3>
            {question.answerType === "closed" ? (
              <RadioGroup
                name="closedAnswer"
                id={`preview-${question.id}-closed`}
                legend={d.respond.closedLegend}
                options={(["yes", "partly", "no", "dont_know"] as const).map((value) => ({ value, label: d.closedAnswers[value] }))}
              />
            ) : null}
            <TextAreaField
              name="text"
              id={`preview-${question.id}-text`}
              label={question.answerType === "closed" ? d.respond.explanation : d.respond.explanationOpen}
              hint={d.respond.explanationHint(question.wordLimit)}
              rows={4}
              defaultValue=""
            />
            {question.askCitation ? (
              <TextField
                name="citation"
                id={`preview-${question.id}-citation`}
                label={d.questionnaire.citationLabel}
                hint={d.questionnaire.citationHint}
                defaultValue=""
              />
            ) : null}
          </fieldset>
        </article>
      ))}
    </>
  );
}
