// The published reports, one per consultation; before the first one, what to
// expect and when.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { reportPath } from "~/components/report/ReportPage";
import type { PageHandle } from "~/platform/hydration";
import { t, useLang, useT } from "~/i18n";
import { formatDate, isoDate } from "~/i18n/format";
import { publishedReports } from "~/models/report/versions.server";
import { requireLang } from "~/web/params";
import reportStyles from "~/styles/report.css";

/** Plain HTML, no scripts (app/platform/hydration.ts): it is read, not used, and cached whole (app/platform/page-cache.server.ts). */
export const handle: PageHandle = { hydrate: false };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const reports = publishedReports().map((report) => ({
    slug: report.slug,
    clusterId: report.clusterId,
    title: report.title[lang],
    version: report.version,
    publishedAt: report.publishedAt,
  }));
  const newest = Math.max(0, ...reports.map((r) => r.publishedAt.getTime()));
  return { lang, reports, dateModified: newest ? isoDate(new Date(newest)) : undefined };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${t(data.lang).report.indexTitle} – ${t(data.lang).meta.siteShortName}` }] : [];

export default function ReportsIndex() {
  const { reports } = useLoaderData<typeof loader>();
  const d = useT();
  const r = d.report;
  const lang = useLang();
  return (
    <>
      <Breadcrumbs items={[{ label: d.layout.navHome, to: `/${lang}` }]} />
      <h1>{r.indexTitle}</h1>
      <p className="lead">{r.indexLead}</p>
      {reports.length === 0 ? (
        <section aria-labelledby="none-heading" className="panel">
          <h2 id="none-heading">{r.noneTitle}</h2>
          <p>{r.noneBody}</p>
          <p>
            <Link to={`/${lang}#clusters-heading`}>{r.noneLink}</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{r.indexListHeading}</h2>
          <ul className="report-list">
            {reports.map((report) => (
              <li key={report.slug} className="card">
                <p className="card__eyebrow">{d.cluster.label(report.clusterId)}</p>
                <h3 className="card__title">
                  <Link to={reportPath(lang, report.slug)}>{r.reportTitle(report.title)}</Link>
                </h3>
                <p>{r.indexItem(report.version, formatDate(report.publishedAt, lang))}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
