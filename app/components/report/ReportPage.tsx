// The pieces around a published report that both report pages show (the
// newest version at /{lang}/reports/{slug} and a numbered one at
// /{lang}/reports/{slug}/v/{n}): downloads, the permanent address, the list
// of versions, the "replaced" banner. Not in ReportView: the builder's preview
// has none of them.
import { type Params, Link } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { formatDate } from "~/i18n/format";
import { notFound } from "~/web/params";

/** The report's slug from the URL ("cluster-1"); anything else is a page that does not exist. */
export function requireSlug(params: Params): string {
  const slug = params.slug ?? "";
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(slug)) throw notFound();
  return slug;
}

/**
 * A published version never changes except for its replaced/unpublished
 * banner, so it may be cached for five minutes. Only publicly (by shared
 * caches) when the visitor sends no cookie: a signed-in visitor's page
 * carries their name in the header.
 */
export function versionCacheControl(request: Request): string {
  return request.headers.has("Cookie") ? "private, max-age=300" : "public, max-age=300";
}

export interface VersionSummary {
  version: number;
  publishedAt: Date;
  replacedAt: Date | null;
  unpublishedAt: Date | null;
}

export function reportPath(lang: Lang, slug: string, version?: number): string {
  return version === undefined ? `/${lang}/reports/${slug}` : `/${lang}/reports/${slug}/v/${version}`;
}

export function ReportBreadcrumbs({ lang }: { lang: Lang }) {
  const d = t(lang);
  return (
    <Breadcrumbs
      items={[
        { label: d.layout.navHome, to: `/${lang}` },
        { label: d.report.title, to: `/${lang}/reports` },
      ]}
    />
  );
}

export function ReplacedBanner({ lang, slug, latest }: { lang: Lang; slug: string; latest: number }) {
  const r = t(lang).report;
  return (
    <div className="banner banner--warning report-replaced">
      <p className="banner__title">{r.replacedTitle(latest)}</p>
      <p>{r.replacedBody}</p>
      <p>
        <Link to={reportPath(lang, slug, latest)}>{r.replacedLink(latest)}</Link>
      </p>
    </div>
  );
}

export function Permalink({ lang, url }: { lang: Lang; url: string }) {
  return (
    <p className="report__permalink">
      {t(lang).report.permalink} <a href={url}>{url}</a>
    </p>
  );
}

const DOWNLOADS = [
  { ext: "pdf", key: "downloadPdf" },
  { ext: "docx", key: "downloadDocx" },
  { ext: "csv", key: "downloadCsv" },
  { ext: "json", key: "downloadJson" },
] as const;

export function Downloads({ lang, slug, version }: { lang: Lang; slug: string; version: number }) {
  const r = t(lang).report;
  return (
    <section aria-labelledby="downloads-heading" className="report-downloads">
      <h2 id="downloads-heading">{r.downloadsHeading}</h2>
      <ul>
        {DOWNLOADS.map(({ ext, key }) => (
          // A file, not a page: a plain <a>, which the client router leaves to the browser.
          <li key={ext}>
            <a href={`${reportPath(lang, slug, version)}.${ext}`}>{r[key]}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function VersionList({
  lang,
  slug,
  versions,
  current,
}: {
  lang: Lang;
  slug: string;
  versions: VersionSummary[];
  /** The version this page shows, if any. */
  current: number | null;
}) {
  const r = t(lang).report;
  const newestPublished = versions.find((v) => !v.unpublishedAt)?.version ?? null;
  return (
    <section aria-labelledby="versions-heading" className="report-versions">
      <h2 id="versions-heading">{r.versionsHeading}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{r.versionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{r.version}</th>
              <th scope="col">{r.published}</th>
              <th scope="col">{r.status}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">
                  {v.version === current ? (
                    <span aria-current="page">
                      {r.version} {v.version} {r.thisVersion}
                    </span>
                  ) : (
                    <Link to={reportPath(lang, slug, v.version)}>{r.readVersion(v.version)}</Link>
                  )}
                </th>
                <td>{formatDate(v.publishedAt, lang)}</td>
                <td>{v.unpublishedAt ? r.statusUnpublished : v.version === newestPublished ? r.statusCurrent : r.statusReplaced}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
