// Published versions of the report: reading them (public pages and
// downloads). Publishing lives in report-publishing.server.ts.
//
// URLs are stable: /{lang}/reports/{slug}/v/{n} is version n forever;
// /{lang}/reports/{slug} shows the newest version still published.
import { and, desc, eq, isNull, max } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { consultations, reportVersions } from "~db/schema";
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

const MARKS = {
  id: reportVersions.id,
  version: reportVersions.version,
  publishedAt: reportVersions.publishedAt,
  replacedAt: reportVersions.replacedAt,
  unpublishedAt: reportVersions.unpublishedAt,
  unpublishReason: reportVersions.unpublishReason,
};

type Row = Pick<typeof reportVersions.$inferSelect, keyof typeof MARKS | "snapshot">;

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
    publishedAt: row.publishedAt,
    replacedAt: row.replacedAt,
    unpublishedAt: row.unpublishedAt,
    unpublishReason: row.unpublishReason,
    latestVersion,
    document,
  };
}

function latestNumber(slug: string): number | null {
  return (
    getDb()
      .select({ n: max(reportVersions.version) })
      .from(reportVersions)
      .innerJoin(consultations, eq(consultations.id, reportVersions.consultationId))
      .where(and(eq(consultations.slug, slug), isNull(reportVersions.unpublishedAt)))
      .get()?.n ?? null
  );
}

/** Version `version` of the report `slug`, published or not (an unpublished one says so instead of showing). */
export function reportVersion(slug: string, version: number): PublishedVersion | null {
  const row = getDb()
    .select({ ...MARKS, snapshot: reportVersions.snapshot })
    .from(reportVersions)
    .innerJoin(consultations, eq(consultations.id, reportVersions.consultationId))
    .where(and(eq(consultations.slug, slug), eq(reportVersions.version, version)))
    .get();
  return row ? toVersion(row, latestNumber(slug)) : null;
}

/** The newest published version of the report `slug`. */
export function latestReportVersion(slug: string): PublishedVersion | null {
  const latest = latestNumber(slug);
  return latest === null ? null : reportVersion(slug, latest);
}

/** Every version of the report `slug`, newest first, without their documents' contents parsed. */
export function reportVersionList(slug: string) {
  return getDb()
    .select(MARKS)
    .from(reportVersions)
    .innerJoin(consultations, eq(consultations.id, reportVersions.consultationId))
    .where(eq(consultations.slug, slug))
    .orderBy(desc(reportVersions.version))
    .all();
}

/** The reports with a published version, for the reports index. */
export function publishedReports(): {
  slug: string;
  clusterId: number;
  title: { en: string; fr: string };
  version: number;
  publishedAt: Date;
}[] {
  return getDb()
    .select({
      slug: consultations.slug,
      clusterId: consultations.clusterId,
      en: consultations.titleEn,
      fr: consultations.titleFr,
      version: max(reportVersions.version),
      publishedAt: max(reportVersions.publishedAt),
    })
    .from(reportVersions)
    .innerJoin(consultations, eq(consultations.id, reportVersions.consultationId))
    .where(isNull(reportVersions.unpublishedAt))
    .groupBy(consultations.id)
    .orderBy(consultations.clusterId)
    .all()
    .map((r) => ({
      slug: r.slug,
      clusterId: r.clusterId,
      title: { en: r.en, fr: r.fr },
      version: r.version!,
      publishedAt: r.publishedAt!,
    }));
}
