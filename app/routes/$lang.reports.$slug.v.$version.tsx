// One numbered version of a report, at its permanent address. A replaced
// version stays readable under a banner pointing to the current one; an
// unpublished version shows only when and why it was withdrawn (410 Gone).
import { data, type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  Downloads,
  Permalink,
  ReplacedBanner,
  ReportBreadcrumbs,
  reportPath,
  requireSlug,
  VersionList,
  versionCacheControl,
} from "~/components/report/ReportPage";
import { ReportView } from "~/components/report/ReportView";
import type { PageHandle } from "~/platform/hydration";
import { t, useLang } from "~/i18n";
import { formatDate, isoDate } from "~/i18n/format";
import { renderReportMarkdown } from "~/models/report/markdown.server";
import { publicOrigin } from "~/models/accounts/auth.server";
import { reportVersion, reportVersionList } from "~/models/report/versions.server";
import { notFound, requireLang, requireNumber } from "~/web/params";
import reportStyles from "~/styles/report.css";

/** Plain HTML, no scripts (app/platform/hydration.ts): it is read, not used, and cached whole (app/platform/page-cache.server.ts). */
export const handle: PageHandle = { hydrate: false };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];

export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const slug = requireSlug(params);
  const found = reportVersion(slug, requireNumber(params, "version"));
  if (!found) throw notFound();
  const versions = reportVersionList(slug);
  const lastChange = Math.max(found.publishedAt.getTime(), found.replacedAt?.getTime() ?? 0, found.unpublishedAt?.getTime() ?? 0);
  const common = { lang, slug, version: found.version, versions, dateModified: isoDate(new Date(lastChange)) };
  const init = { headers: { "Cache-Control": versionCacheControl(request) } };

  if (found.unpublishedAt) {
    return data(
      {
        ...common,
        kind: "unpublished" as const,
        title: found.document.consultation.title[lang],
        unpublishedAt: found.unpublishedAt,
        reason: found.unpublishReason ?? "",
        latestVersion: found.latestVersion,
      },
      { ...init, status: 410 },
    );
  }
  return data(
    {
      ...common,
      kind: "published" as const,
      document: found.document,
      markdown: renderReportMarkdown(found.document, lang),
      // Replaced only by a newer version still published (unpublishing the newest reinstates this one).
      replacedBy: found.replacedAt && found.latestVersion !== null && found.latestVersion > found.version ? found.latestVersion : null,
      permalink: `${publicOrigin()}${reportPath(lang, slug, found.version)}`,
    },
    init,
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const result = new Headers();
  const cacheControl = loaderHeaders.get("Cache-Control");
  if (cacheControl) {
    result.set("Cache-Control", cacheControl);
    result.set("Vary", "Cookie");
  }
  return result;
};

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const d = t(data.lang);
  const title =
    data.kind === "unpublished"
      ? d.report.unpublishedTitle(data.version)
      : `${d.report.reportTitle(data.document.consultation.title[data.lang])} (${d.report.version} ${data.version})`;
  return [{ title: `${title} – ${d.meta.siteShortName}` }];
};

export default function ReportVersionPage() {
  const data = useLoaderData<typeof loader>();
  const lang = useLang();
  const r = t(lang).report;

  if (data.kind === "unpublished") {
    return (
      <>
        <ReportBreadcrumbs lang={lang} />
        <h1>{r.unpublishedTitle(data.version)}</h1>
        <div className="banner banner--warning">
          <p className="banner__title">{r.unpublishedOn(formatDate(data.unpublishedAt, lang))}</p>
          <p>
            {r.unpublishedReason} {data.reason}
          </p>
        </div>
        <p>
          {data.latestVersion !== null ? (
            <Link to={reportPath(lang, data.slug, data.latestVersion)}>{r.unpublishedLatest}</Link>
          ) : (
            <>
              {r.unpublishedNone} <Link to={`/${lang}/reports`}>{r.allReports}</Link>
            </>
          )}
        </p>
        <VersionList lang={lang} slug={data.slug} versions={data.versions} current={data.version} />
      </>
    );
  }

  return (
    <>
      <ReportBreadcrumbs lang={lang} />
      <ReportView document={data.document} lang={lang} markdown={data.markdown}>
        {data.replacedBy !== null ? <ReplacedBanner lang={lang} slug={data.slug} latest={data.replacedBy} /> : null}
        <Permalink lang={lang} url={data.permalink} />
        <Downloads lang={lang} slug={data.slug} version={data.version} />
      </ReportView>
      <VersionList lang={lang} slug={data.slug} versions={data.versions} current={data.version} />
    </>
  );
}
