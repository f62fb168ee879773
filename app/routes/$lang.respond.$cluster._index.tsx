import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Banner } from "~/components/form";
import { ProgressTag } from "~/components/ProgressTag";
import { t, useLang, useT } from "~/i18n";
import { formatDate, formatDateTime } from "~/i18n/format";
import { requireUser } from "~/models/accounts/auth.server";
import { getDashboard } from "~/models/respond/responses.server";
import { notFound, requireLang, requireNumber } from "~/web/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const user = await requireUser(request, { lang, role: "respondent" });
  const clusterId = requireNumber(params, "cluster");
  const dashboard = getDashboard(user.organization.id, clusterId, lang);
  if (!dashboard) throw notFound();
  return { lang, clusterId, organizationName: user.organization.name, ...dashboard };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).respond.dashboardTitle(data.consultation.title)} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function Dashboard() {
  const { clusterId, organizationName, consultation, questions, counts, submission, unsubmittedChanges } = useLoaderData<typeof loader>();
  const d = useT();
  const lang = useLang();
  const base = `/${lang}/respond/${clusterId}`;
  const changed = questions.filter((q) => q.questionChanged).map((q) => q.number);
  return (
    <>
      <Breadcrumbs items={[{ label: d.account.title, to: `/${lang}/account` }]} />
      <p className="eyebrow">{organizationName}</p>
      <h1>{d.respond.dashboardTitle(consultation.title)}</h1>

      {consultation.status === "closed" ? <Banner kind="warning">{d.respond.closed}</Banner> : null}
      {consultation.status === "upcoming" ? <Banner kind="info">{d.respond.notOpen(formatDate(consultation.opensAt, lang))}</Banner> : null}
      {consultation.status === "open" ? <p>{d.respond.deadline(formatDateTime(consultation.closesAt, lang))}</p> : null}
      {changed.length > 0 ? <Banner kind="info">{d.questionnaire.dashboardChanged(changed.length, changed.join(", "))}</Banner> : null}

      <section aria-labelledby="progress-heading" className="panel">
        <h2 id="progress-heading">{d.respond.progressHeading}</h2>
        <p className="progress-summary">{d.respond.progressSummary(counts.answered, counts.draft, questions.length)}</p>
        <progress max={questions.length} value={counts.answered} aria-labelledby="progress-heading" />
        {submission ? (
          <p>{d.respond.submittedOn(formatDateTime(submission.lastSubmittedAt, lang), submission.receiptNumber)}</p>
        ) : (
          <p>{d.respond.notSubmitted}</p>
        )}
        {submission && unsubmittedChanges > 0 ? <p className="warning-text">{d.respond.unsubmittedChanges(unsubmittedChanges)}</p> : null}
        {consultation.status === "open" ? (
          <p>
            <Link className="button" to={`${base}/review`}>
              {d.respond.reviewAndSubmit}
            </Link>
          </p>
        ) : null}
      </section>

      <div className="table-wrap">
        <table className="answers-table">
          <caption>{d.respond.questionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{d.respond.questionColumn}</th>
              <th scope="col">{d.respond.statusColumn}</th>
              <th scope="col">{d.respond.lastSavedColumn}</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.number}>
                <td>
                  <Link to={`${base}/questions/${q.number}`}>
                    <strong>{d.cluster.questionNumber(q.number)}</strong> ({q.instrument}, {d.cluster.article(q.article)})
                    <span className="answers-table__prompt">{q.prompt}</span>
                  </Link>
                </td>
                <td>
                  <ProgressTag progress={q.progress} />
                  {q.changedSinceSubmission ? <span className="tag tag--changed">{d.respond.changedSinceSubmission}</span> : null}
                  {q.questionChanged ? <span className="tag tag--changed">{d.questionnaire.questionChangedTag}</span> : null}
                </td>
                <td>{q.savedBy && q.savedAt ? d.respond.savedBy(q.savedBy, formatDateTime(q.savedAt, lang)) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
