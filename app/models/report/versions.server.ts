// Published versions of the report: reading them (public pages and
// downloads). Publishing lives in report-publishing.server.ts.
//
// URLs are stable: /{lang}/reports/{slug}/v/{n} is version n forever;
// /{lang}/reports/{slug} shows the newest version still published.
import { getDb } from "~db/client.server";
import type { ReportDocument } from "./types";

export interface PublishedVersion {
  id: number;
  version: number;
  publishedAt: Date;
  replacedAt: Date | null;
  unpublishedAt: Date | null;
  unpublishReason: string | null;
  /** The newest version still published, when this one was replaced. */
  latestVersion: number | null;
  document: ReportDocument;
}

interface Row {
  id: number;
  version: number;
  snapshot: string;
  published_at: number;
  replaced_at: number | null;
  unpublished_at: number | null;
  unpublish_reason: string | null;
}

const SELECT = `SELECT v.id, v.version, v.snapshot, v.published_at, v.replaced_at, v.unpublished_at, v.unpublish_reason
  FROM report_versions v JOIN consultations c ON c.id = v.consultation_id`;

/**
 * Parsed snapshots, by version id. A published version never changes (only
 * its replaced/unpublished marks do, read fresh from the row), so parsing
 * its JSON once per process is safe.
 */
const parsed = new Map<number, ReportDocument>();

function toVersion(row: Row, latestVersion: number | null): PublishedVersion {
  let document = parsed.get(row.id);
  if (!document) {
    document = JSON.parse(row.snapshot) as ReportDocument;
    parsed.set(row.id, document);
  }
  return {
    id: row.id,
    version: row.version,
    publishedAt: new Date(row.published_at),
    replacedAt: row.replaced_at === null ? null : new Date(row.replaced_at),
    unpublishedAt: row.unpublished_at === null ? null : new Date(row.unpublished_at),
    unpublishReason: row.unpublish_reason,
    latestVersion,
    document,
  };
}

function latestNumber(slug: string): number | null {
  const row = getDb()
    .$client.prepare(`SELECT max(v.version) AS n FROM report_versions v JOIN consultations c ON c.id = v.consultation_id WHERE c.slug = ? AND v.unpublished_at IS NULL`)
    .get(slug) as { n: number | null };
  return row.n;
}

/** Version `version` of the report `slug`, published or not (an unpublished one says so instead of showing). */
export function reportVersion(slug: string, version: number): PublishedVersion | null {
  const row = getDb().$client.prepare(`${SELECT} WHERE c.slug = ? AND v.version = ?`).get(slug, version) as Row | undefined;
  return row ? toVersion(row, latestNumber(slug)) : null;
}

/** The newest published version of the report `slug`. */
export function latestReportVersion(slug: string): PublishedVersion | null {
  const latest = latestNumber(slug);
  return latest === null ? null : reportVersion(slug, latest);
}

/** Every version of the report `slug`, newest first, without their documents' contents parsed. */
export function reportVersionList(slug: string) {
  return (
    getDb()
      .$client.prepare(
        `SELECT v.id, v.version, v.published_at AS publishedAt, v.replaced_at AS replacedAt, v.unpublished_at AS unpublishedAt, v.unpublish_reason AS unpublishReason
         FROM report_versions v JOIN consultations c ON c.id = v.consultation_id WHERE c.slug = ? ORDER BY v.version DESC`,
      )
      .all(slug) as { id: number; version: number; publishedAt: number; replacedAt: number | null; unpublishedAt: number | null; unpublishReason: string | null }[]
  ).map((v) => ({
    ...v,
    publishedAt: new Date(v.publishedAt),
    replacedAt: v.replacedAt === null ? null : new Date(v.replacedAt),
    unpublishedAt: v.unpublishedAt === null ? null : new Date(v.unpublishedAt),
  }));
}

/** The reports with a published version, for the reports index. */
export function publishedReports(): { slug: string; clusterId: number; title: { en: string; fr: string }; version: number; publishedAt: Date }[] {
  return (
    getDb()
      .$client.prepare(
        `SELECT c.slug, c.cluster_id AS clusterId, c.title_en AS en, c.title_fr AS fr, max(v.version) AS version, max(v.published_at) AS publishedAt
         FROM report_versions v JOIN consultations c ON c.id = v.consultation_id
         WHERE v.unpublished_at IS NULL GROUP BY c.id ORDER BY c.cluster_id`,
      )
      .all() as { slug: string; clusterId: number; en: string; fr: string; version: number; publishedAt: number }[]
  ).map((r) => ({ slug: r.slug, clusterId: r.clusterId, title: { en: r.en, fr: r.fr }, version: r.version, publishedAt: new Date(r.publishedAt) }));
}
