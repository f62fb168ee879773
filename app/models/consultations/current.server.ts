// Which consultation of a cluster the public, the respondent pages and the
// staff pages mean when they name only the cluster (docs/decisions/007): a
// cluster is consulted once per review cycle, so it may have several.
//
// The current one is, among the cluster's published consultations: the one
// open now; else the next to open; else the one that closed last. Archived
// consultations are kept and listed as earlier ones, never current. Drafts
// are never returned here: the public and respondents must not see them.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { consultations } from "~db/schema";
import { preparedQuery } from "~db/statements.server";

export type ConsultationRow = typeof consultations.$inferSelect;

// Prepared once (db/statements.server.ts): every save and every respondent
// page asks for the cluster's consultation, and building this query with
// drizzle each time was 13% of a save's main-thread time (profile of the
// bench's save scenario, 3 Dec.). Read fresh each call, so a rescheduled or
// published consultation is seen at once: no cache to invalidate.
const publicOfCluster = preparedQuery((db) =>
  db
    .select()
    .from(consultations)
    .where(and(eq(consultations.clusterId, sql.placeholder("clusterId")), inArray(consultations.state, ["published", "archived"])))
    .orderBy(asc(consultations.opensAt), asc(consultations.id))
    .prepare(),
);

/** Published and archived consultations of a cluster, oldest first: what the public may read. */
export function publicConsultationsOf(clusterId: number): ConsultationRow[] {
  return publicOfCluster().all({ clusterId });
}

/** The rule above, over rows already read (also used for every cluster at once). */
export function pickCurrent(rows: ConsultationRow[], now: Date): ConsultationRow | null {
  const published = rows.filter((r) => r.state === "published");
  const open = published.find((r) => r.opensAt <= now && now < r.closesAt);
  if (open) return open;
  const upcoming = published.filter((r) => now < r.opensAt).sort((a, b) => +a.opensAt - +b.opensAt)[0];
  if (upcoming) return upcoming;
  return published.filter((r) => r.closesAt <= now).sort((a, b) => +b.closesAt - +a.closesAt)[0] ?? null;
}

/** The cluster's current consultation, or null when it has none published. */
export function currentConsultation(clusterId: number, now = new Date()): ConsultationRow | null {
  return pickCurrent(publicConsultationsOf(clusterId), now);
}

/**
 * The consultation a public page of the cluster shows: the one named by its
 * slug (`?consultation=`, for earlier cycles), or the current one. A slug of
 * a draft, or of another cluster, finds nothing.
 */
export function publicConsultation(clusterId: number, slug: string | null, now = new Date()): ConsultationRow | null {
  if (!slug) return currentConsultation(clusterId, now);
  return publicConsultationsOf(clusterId).find((r) => r.slug === slug) ?? null;
}

/** Every cluster's current consultation, keyed by cluster, in one query. */
export function currentConsultations(now = new Date()): Map<number, ConsultationRow> {
  const rows = getDb().select().from(consultations).where(eq(consultations.state, "published")).all();
  const byCluster = new Map<number, ConsultationRow[]>();
  for (const row of rows) byCluster.set(row.clusterId, [...(byCluster.get(row.clusterId) ?? []), row]);
  const result = new Map<number, ConsultationRow>();
  for (const [clusterId, list] of byCluster) {
    const current = pickCurrent(list, now);
    if (current) result.set(clusterId, current);
  }
  return result;
}
