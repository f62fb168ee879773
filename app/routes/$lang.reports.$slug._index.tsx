// The newest published version of a report. Its address follows the
// revisions; the permanent address of the version shown is on the page, for
// citing.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Downloads, Permalink, ReportBreadcrumbs, reportPath, requireSlug, VersionList } from "~/components/report/ReportPage";
import { ReportView } from "~/components/report/ReportView";
import type { PageHandle } from "~/platform/hydration";
import { t, useLang } from "~/i18n";
import { isoDate } from "~/i18n/format";
import { renderReportMarkdown } from "~/models/report/markdown.server";
import { publicOrigin } from "~/models/accounts/auth.server";
import { latestReportVersion, reportVersionList } from "~/models/report/versions.server";
import { notFound, requireLang } from "~/web/params";
import reportStyles from "~/styles/report.css";

/** Plain HTML, no scripts (app/platform/hydration.ts): it is read, not used, and cached whole (app/platform/page-cache.server.ts). */
export const handle: PageHandle = { hydrate: false };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const slug = requireSlug(params);
  const latest = latestReportVersion(slug);
  if (!latest) throw notFound();
  return {
    lang,
    slug,
    version: latest.version,
    document: latest.document,
    markdown: renderReportMarkdown(latest.document, lang),
    versions: reportVersionList(slug),
    permalink: `${publicOrigin()}${reportPath(lang, slug, latest.version)}`,
    dateModified: isoDate(latest.publishedAt),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const d = t(data.lang);
  return [{ title: `${d.report.reportTitle(data.document.consultation.title[data.lang])} – ${d.meta.siteShortName}` }];
};

export default function LatestReportPage() {
  const data = useLoaderData<typeof loader>();
  const lang = useLang();
  return (
    <>
      <ReportBreadcrumbs lang={lang} />
      <ReportView document={data.document} lang={lang} markdown={data.markdown}>
        <Permalink lang={lang} url={data.permalink} />
        <Downloads lang={lang} slug={data.slug} version={data.version} />
      </ReportView>
      <VersionList lang={lang} slug={data.slug} versions={data.versions} current={data.version} />
    </>
  );
}
