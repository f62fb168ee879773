// The question editor's list for one consultation: order, status, answers,
// what blocks publishing; admins move, retire, restore, delete and confirm
// translations here, moderators read. (`consultations_` and `$id_`: this page
// sits in the staff layout, not inside the consultation's own pages.)
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { Banner } from "~/components/form";
import { readAction } from "~/web/action.server";
import { id, language } from "~/web/fields";
import { pick, t, useLang, useT } from "~/i18n";
import { requireUser } from "~/models/accounts/auth.server";
import { questionnaireProblems } from "~/models/questionnaire/problems.server";
import { questionnaireProblemSentence } from "~/components/questionnaire/problem-sentence";
import {
  confirmTranslation,
  deleteQuestion,
  getQuestion,
  listQuestions,
  moveQuestion,
  requireConsultation,
  setRetired,
} from "~/models/questionnaire/questions.server";
import { requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "moderator" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  return {
    lang,
    isAdmin: user.role === "admin",
    consultation: { id: consultation.id, title: pick(consultation, "title", lang), state: consultation.state },
    questions: listQuestions(consultation.id).map(({ question, answers }) => ({
      id: question.id,
      number: question.number,
      prompt: pick(question, "prompt", lang),
      version: question.version,
      retired: question.retiredAt !== null,
      needsReviewEn: question.needsReviewEn,
      needsReviewFr: question.needsReviewFr,
      answers,
    })),
    problems: questionnaireProblems(consultation.id),
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("move"), questionId: id, direction: z.enum(["up", "down"]) }),
  z.object({ intent: z.enum(["retire", "restore", "delete"]), questionId: id }),
  z.object({ intent: z.literal("confirm"), questionId: id, lang: language }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = requireLang(params);
  const actor = await requireUser(request, { lang, role: "admin" });
  const consultation = requireConsultation(requireNumber(params, "id"));
  const form = await readAction(request, actionSchema);
  if (!form.ok) return form.invalid;
  const input = form.data;
  // The question must belong to this consultation: the URL names it.
  if (!getQuestion(consultation.id, input.questionId)) throw new Response("Not Found", { status: 404 });
  switch (input.intent) {
    case "move":
      moveQuestion(actor, input.questionId, input.direction);
      return { done: "moved" as const };
    case "retire":
    case "restore":
      setRetired(actor, input.questionId, input.intent === "retire");
      return { done: input.intent === "retire" ? ("retired" as const) : ("restored" as const) };
    case "delete": {
      const outcome = deleteQuestion(actor, input.questionId);
      if (outcome === "has-answers") return data({ done: "has-answers" as const }, { status: 400 });
      return { done: "deleted" as const };
    }
    case "confirm":
      confirmTranslation(actor, input.questionId, input.lang);
      return { done: "confirmed" as const, lang: input.lang };
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).questionnaire.title(data.consultation.title)} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function QuestionList() {
  const { consultation, questions, problems, isAdmin } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  // The buttons send hidden fields only: a refused one has no field to point at, nothing to show.
  const result = answer && "done" in answer ? answer : null;
  const d = useT();
  const q = d.questionnaire;
  const lang = useLang();
  const base = `/${lang}/admin/consultations/${consultation.id}/questions`;
  return (
    <>
      {result?.done === "moved" ? <Banner kind="success">{q.moved}</Banner> : null}
      {result?.done === "retired" ? <Banner kind="success">{q.retiredDone}</Banner> : null}
      {result?.done === "restored" ? <Banner kind="success">{q.restoredDone}</Banner> : null}
      {result?.done === "deleted" ? <Banner kind="success">{q.deleted}</Banner> : null}
      {result?.done === "has-answers" ? <Banner kind="warning">{q.cannotDelete}</Banner> : null}
      {result?.done === "confirmed" ? <Banner kind="success">{q.confirmed(q.langName[result.lang])}</Banner> : null}
      <h1>{q.title(consultation.title)}</h1>
      <p className="lead">{q.lead}</p>
      {isAdmin ? null : <p className="muted">{q.readOnly}</p>}
      <ul className="inline-actions">
        {isAdmin ? (
          <>
            <li>
              <Link className="button" to={`${base}/new`}>
                {q.addQuestion}
              </Link>
            </li>
            <li>
              <Link className="button button--secondary" to={`${base}/import`}>
                {q.importQuestions}
              </Link>
            </li>
          </>
        ) : null}
        <li>
          <Link className="button button--secondary" to={`${base}/preview`}>
            {q.preview}
          </Link>
        </li>
      </ul>

      <section aria-labelledby="problems-heading" className="panel">
        <h2 id="problems-heading">{q.problemsHeading}</h2>
        {problems.length === 0 ? (
          <p>{q.problemsNone}</p>
        ) : (
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{questionnaireProblemSentence(q, p)}</li>
            ))}
          </ul>
        )}
      </section>

      {questions.length === 0 ? (
        <p>{q.none}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{q.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{q.number}</th>
                <th scope="col">{q.question}</th>
                <th scope="col">{q.status}</th>
                <th scope="col">{q.answers}</th>
                {isAdmin ? <th scope="col">{q.actions}</th> : null}
              </tr>
            </thead>
            <tbody>
              {questions.map((question, index) => (
                <tr key={question.id}>
                  <td>{question.number}</td>
                  <td>
                    {isAdmin ? <Link to={`${base}/${question.id}`}>{question.prompt}</Link> : question.prompt}
                    <span className="muted"> ({q.versionN(question.version)})</span>
                  </td>
                  <td>
                    <span className="tag">{question.retired ? q.retired : q.active}</span>
                    {question.needsReviewEn ? <span className="tag tag--changed">{q.needsReviewEn}</span> : null}
                    {question.needsReviewFr ? <span className="tag tag--changed">{q.needsReviewFr}</span> : null}
                  </td>
                  <td>{question.answers}</td>
                  {isAdmin ? (
                    <td>
                      <div className="inline-actions">
                        {index > 0 ? (
                          <Action id={question.id} intent="move" extra={{ direction: "up" }} label={q.moveUp(question.number)} />
                        ) : null}
                        {index < questions.length - 1 ? (
                          <Action id={question.id} intent="move" extra={{ direction: "down" }} label={q.moveDown(question.number)} />
                        ) : null}
                        <Action
                          id={question.id}
                          intent={question.retired ? "restore" : "retire"}
                          label={question.retired ? q.restore(question.number) : q.retire(question.number)}
                        />
                        {question.answers === 0 ? <Action id={question.id} intent="delete" label={q.remove(question.number)} /> : null}
                        {question.needsReviewEn ? (
                          <Action id={question.id} intent="confirm" extra={{ lang: "en" }} label={q.confirm(q.langName.en)} />
                        ) : null}
                        {question.needsReviewFr ? (
                          <Action id={question.id} intent="confirm" extra={{ lang: "fr" }} label={q.confirm(q.langName.fr)} />
                        ) : null}
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{q.exportHeading}</h2>
        <ul>
          <li>
            <a href={`/${lang}/admin/consultations/${consultation.id}/questions.json`} download>
              {q.exportJson}
            </a>
          </li>
          <li>
            <a href={`/${lang}/admin/consultations/${consultation.id}/questions.csv`} download>
              {q.exportCsv}
            </a>
          </li>
          <li>
            <a href={`/${lang}/admin/questionnaire-template.csv`} download>
              {q.template}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

function Action({ id, intent, label, extra = {} }: { id: number; intent: string; label: string; extra?: Record<string, string> }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="questionId" value={id} />
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button button--secondary button--small">
        {label}
      </button>
    </Form>
  );
}
