// Reading themes for the staff pages: per consultation, with how many answers each tags.
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { consultationForCluster } from "../report/document.server";
import { responseThemes, themes } from "~db/schema";

/** The cluster's current consultation, or its latest (report-document.server.ts consultationForCluster). */
export function consultationIdOfCluster(clusterId: number): number | null {
  return consultationForCluster(clusterId)?.id ?? null;
}

export function listThemes(consultationId: number) {
  return getDb()
    .select({ theme: themes, uses: count(responseThemes.responseId) })
    .from(themes)
    .leftJoin(responseThemes, eq(responseThemes.themeId, themes.id))
    .where(eq(themes.consultationId, consultationId))
    .groupBy(themes.id)
    .orderBy(asc(themes.labelEn))
    .all();
}

export function themeKeyTaken(consultationId: number, key: string): boolean {
  return Boolean(
    getDb().select({ id: themes.id }).from(themes).where(and(eq(themes.consultationId, consultationId), eq(themes.key, key))).get(),
  );
}
