// Themes for the staff pages: reading them per consultation, with how many
// answers each tags, and creating, renaming and merging them (each change
// written with its audit row in one transaction).
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { consultationForCluster } from "../report/document.server";
import { responseThemes, themes } from "~db/schema";
import { audit } from "../audit.server";
import type { CurrentUser } from "../accounts/auth.server";

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
    getDb()
      .select({ id: themes.id })
      .from(themes)
      .where(and(eq(themes.consultationId, consultationId), eq(themes.key, key)))
      .get(),
  );
}

export interface ThemeInput {
  key: string;
  labelEn: string;
  labelFr: string;
  descriptionEn: string;
  descriptionFr: string;
}

export function createTheme(actor: CurrentUser, consultationId: number, input: ThemeInput, now = new Date()): number {
  return getDb().transaction((tx) => {
    const theme = tx
      .insert(themes)
      .values({ consultationId, ...input, createdAt: now })
      .returning()
      .get();
    audit(tx, { actorUserId: actor.id, action: "theme.create", entityType: "theme", entityId: theme.id, after: input }, now);
    return theme.id;
  });
}

export function updateTheme(actor: CurrentUser, themeId: number, input: Omit<ThemeInput, "key">, now = new Date()): void {
  getDb().transaction((tx) => {
    const before = tx.select().from(themes).where(eq(themes.id, themeId)).get();
    if (!before) return;
    tx.update(themes).set(input).where(eq(themes.id, themeId)).run();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "theme.rename",
        entityType: "theme",
        entityId: themeId,
        before: {
          labelEn: before.labelEn,
          labelFr: before.labelFr,
          descriptionEn: before.descriptionEn,
          descriptionFr: before.descriptionFr,
        },
        after: input,
      },
      now,
    );
  });
}

/**
 * Merges `fromId` into `intoId`: every answer tagged with the first keeps a
 * tag, now with the second (its source and author kept), then the first goes.
 */
export function mergeThemes(actor: CurrentUser, fromId: number, intoId: number, now = new Date()): number {
  if (fromId === intoId) return 0;
  return getDb().transaction((tx) => {
    const from = tx.select().from(themes).where(eq(themes.id, fromId)).get();
    const into = tx.select().from(themes).where(eq(themes.id, intoId)).get();
    if (!from || !into || from.consultationId !== into.consultationId) return 0;
    const tags = tx.select().from(responseThemes).where(eq(responseThemes.themeId, fromId)).all();
    for (const t of tags) {
      tx.insert(responseThemes)
        .values({ ...t, themeId: intoId })
        .onConflictDoNothing()
        .run();
    }
    tx.delete(themes).where(eq(themes.id, fromId)).run();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "theme.merge",
        entityType: "theme",
        entityId: intoId,
        before: { merged: { id: from.id, labelEn: from.labelEn, labelFr: from.labelFr }, taggedAnswers: tags.map((t) => t.responseId) },
        after: { into: { id: into.id, labelEn: into.labelEn, labelFr: into.labelFr } },
      },
      now,
    );
    return tags.length;
  });
}
