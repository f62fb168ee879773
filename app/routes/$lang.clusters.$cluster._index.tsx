import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { NotPartyNotice } from "~/components/NotPartyNotice";
import { StatusTag } from "~/components/StatusTag";
import { t, useLang, useT } from "~/i18n";
import { formatDate, formatDateTime, isoDate } from "~/i18n/format";
import { DeadlineNotice } from "~/components/consultations/DeadlineNotice";
import { getClusterPage } from "~/models/consultations/public.server";
import { consultationQuery, consultationSlugOf } from "~/models/consultations/slug";
import { notFound, requireLang, requireNumber } from "~/web/params";

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  // Without ?consultation= the cluster's current consultation; with it, one of its others (docs/decisions/007).
  const slug = consultationSlugOf(request);
  const page = getClusterPage(requireNumber(params, "cluster"), lang, new Date(), slug);
  if (!page) throw notFound();
  const updatedAt = page.cluster.consultation?.updatedAt;
  return { lang, ...page, query: page.isCurrent ? "" : consultationQuery(slug), dateModified: updatedAt ? isoDate(updatedAt) : undefined };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${t(data.lang).cluster.labelWithTitle(data.cluster.id, data.cluster.title)} – ${t(data.lang).meta.siteShortName}`,
        },
      ]
    : [];

export default function ClusterPage() {
  const { cluster, instruments, deadlineNotice, otherConsultations, isCurrent, query } = useLoaderData<typeof loader>();
  const d = useT();
  const lang = useLang();
  const consultation = cluster.consultation;
  return (
    <>
      <Breadcrumbs items={[{ label: d.layout.navHome, to: `/${lang}` }]} />
      <p className="eyebrow">{d.cluster.label(cluster.id)}</p>
      <h1>{cluster.title}</h1>
      <p>
        <StatusTag status={consultation?.status ?? "not-started"} />
      </p>
      <p className="lead">{cluster.summary}</p>
      {isCurrent ? null : (
        <div className="notice" role="note">
          <p>{d.consultations.earlierNote}</p>
          <p>
            <Link to={`/${lang}/clusters/${cluster.id}`}>{d.consultations.seeCurrent}</Link>
          </p>
        </div>
      )}

      {consultation ? (
        <>
          <section aria-labelledby="dates-heading" className="panel">
            <h2 id="dates-heading">{d.cluster.consultationDates}</h2>
            {/* A cluster is consulted once per review cycle: the title says which consultation this is. */}
            <p>
              <strong>{consultation.title}</strong>
            </p>
            <dl className="key-facts">
              <div>
                <dt>{d.home.opens}</dt>
                <dd>{formatDate(consultation.opensAt, lang)}</dd>
              </div>
              <div>
                <dt>{d.home.deadline}</dt>
                <dd>{formatDateTime(consultation.closesAt, lang)}</dd>
              </div>
            </dl>
            <p>{consultation.intro}</p>
          </section>
          {deadlineNotice ? <DeadlineNotice notice={deadlineNotice} /> : null}

          {consultation.status === "open" && isCurrent ? (
            <section aria-labelledby="answer-heading" className="callout">
              <h2 id="answer-heading">{d.cluster.answerCtaTitle}</h2>
              <p>{d.cluster.answerCtaBody}</p>
              <p className="button-row">
                <Link className="button" to={`/${lang}/respond/${cluster.id}`}>
                  {d.cluster.answerCta}
                </Link>
                <Link to={`/${lang}/register`}>{d.cluster.registerCta}</Link>
              </p>
            </section>
          ) : null}

          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{d.cluster.questionsHeading}</h2>
            <p>{d.cluster.byInstrument}</p>
            {instruments.length === 0 ? <p>{d.cluster.noQuestions}</p> : null}
            {instruments.map((instrument) => (
              <section key={instrument.id} aria-labelledby={`instrument-${instrument.id}`} className="instrument">
                <h3 id={`instrument-${instrument.id}`}>{instrument.name}</h3>
                {instrument.countryIsParty ? null : <NotPartyNotice />}
                {instrument.articles.map((article) => (
                  <section key={article.article} className="article-group">
                    <h4>
                      {d.cluster.article(article.article)} — {article.title}
                    </h4>
                    <ol className="question-list">
                      {article.questions.map((q) => (
                        <li key={q.number} value={q.number}>
                          <Link to={`/${lang}/clusters/${cluster.id}/questions/${q.number}${query}`}>
                            <span className="question-list__number">{d.cluster.questionNumber(q.number)}</span>
                            <span className="question-list__prompt">{q.prompt}</span>
                          </Link>
                          <span className="question-list__meta">
                            {q.answerType === "closed" ? d.cluster.answerClosed : d.cluster.answerOpen} · {d.cluster.wordLimit(q.wordLimit)}
                          </span>
                        </li>
                      ))}
                    </ol>
                  </section>
                ))}
              </section>
            ))}
          </section>
        </>
      ) : (
        <>
          <section aria-labelledby="upcoming-heading" className="panel">
            <h2 id="upcoming-heading">{d.cluster.upcomingTitle}</h2>
            <p>{d.cluster.upcomingBody}</p>
          </section>
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{d.cluster.timelineHeading}</h2>
            <p>{cluster.timeline}</p>
          </section>
        </>
      )}
      {otherConsultations.length > 0 ? (
        <section aria-labelledby="other-consultations-heading">
          <h2 id="other-consultations-heading">{d.consultations.otherConsultations}</h2>
          <ul>
            {otherConsultations.map((other) => (
              <li key={other.slug}>
                <Link to={`/${lang}/clusters/${cluster.id}?consultation=${other.slug}`}>{other.title}</Link> (
                {formatDate(new Date(other.opensAt), lang)} – {formatDate(new Date(other.closesAt), lang)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
