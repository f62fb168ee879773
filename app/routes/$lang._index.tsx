import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusTag } from "~/components/StatusTag";
import { t, useLang, useT } from "~/i18n";
import { formatDate, formatDateTime, isoDate } from "~/i18n/format";
import { listClusters } from "~/models/consultations/public.server";
import { publishedReports } from "~/models/report/versions.server";
import { requireLang } from "~/web/params";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const clusters = listClusters(lang);
  const updated = clusters.map((c) => c.consultation?.updatedAt.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
  const reports = publishedReports().map((r) => ({ slug: r.slug, title: r.title[lang] }));
  return { lang, clusters, reports, dateModified: updated ? isoDate(new Date(updated)) : undefined };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? t(data.lang).meta.siteName : "" }];

export default function Home() {
  const { clusters, reports } = useLoaderData<typeof loader>();
  const d = useT();
  const lang = useLang();
  return (
    <>
      <div className="lead-block">
        <h1>{d.home.title}</h1>
        <p className="lead">{d.home.lead}</p>
      </div>

      {reports.length > 0 ? (
        <section aria-labelledby="reports-heading" className="callout">
          <h2 id="reports-heading">{d.report.homeHeading}</h2>
          <p>{d.report.homeBody}</p>
          <ul>
            {reports.map((report) => (
              <li key={report.slug}>
                <Link to={`/${lang}/reports/${report.slug}`}>{d.report.reportTitle(report.title)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="clusters-heading">
        <h2 id="clusters-heading">{d.home.clustersHeading}</h2>
        <p>{d.home.clustersIntro}</p>
        <ol className="cluster-list">
          {clusters.map((cluster) => (
            <li key={cluster.id} className="card">
              <p className="card__eyebrow">{d.cluster.label(cluster.id)}</p>
              <h3 className="card__title">
                <Link to={`/${lang}/clusters/${cluster.id}`}>{cluster.title}</Link>
              </h3>
              <p>
                <StatusTag status={cluster.consultation?.status ?? "not-started"} />
              </p>
              <p>{cluster.summary}</p>
              {cluster.consultation ? (
                <dl className="key-facts">
                  <div>
                    <dt>{d.home.opens}</dt>
                    <dd>{formatDate(cluster.consultation.opensAt, lang)}</dd>
                  </div>
                  <div>
                    <dt>{d.home.deadline}</dt>
                    <dd>{formatDateTime(cluster.consultation.closesAt, lang)}</dd>
                  </div>
                  <div>
                    <dt>{d.home.articles}</dt>
                    <dd>{cluster.articles}</dd>
                  </div>
                </dl>
              ) : (
                <p className="muted">{cluster.timeline}</p>
              )}
              {cluster.consultation ? (
                <p>
                  <Link className="button" to={`/${lang}/clusters/${cluster.id}`}>
                    {d.home.readQuestions(cluster.title)}
                  </Link>{" "}
                  <span className="muted">({d.home.questionCount(cluster.consultation.questionCount)})</span>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <div className="prose">
        <section aria-labelledby="what-heading">
          <h2 id="what-heading">{d.home.whatHeading}</h2>
          {d.home.whatBody.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
        <section aria-labelledby="who-heading">
          <h2 id="who-heading">{d.home.whoHeading}</h2>
          <p>{d.home.whoBody}</p>
        </section>
        <section aria-labelledby="why-heading">
          <h2 id="why-heading">{d.home.whyHeading}</h2>
          {d.home.whyBody.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
        <section aria-labelledby="how-heading">
          <h2 id="how-heading">{d.home.howHeading}</h2>
          <ol className="steps">
            {d.home.howSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="callout">{d.home.howNote}</p>
        </section>
      </div>
    </>
  );
}
