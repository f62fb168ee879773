// Authoring consultations in the staff workspace: list, create, edit,
// publish, archive. Admins author; moderators read (drafts included); the
// public never reaches this module's drafts (consultations/current.server.ts
// reads published ones only). Every change writes its audit row, with before
// and after, in the same transaction.
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { questionnaireProblems, type QuestionnaireProblem } from "../questionnaire/problems.server";
import { getDb } from "~db/client.server";
import { clusters, consultations, deadlineChanges, questions, responses, submissions } from "~db/schema";
import { audit } from "../audit.server";
import type { CurrentUser } from "../accounts/auth.server";
import { consultationStatus, type ConsultationStatus } from "./status";
import type { ConsultationRow } from "./current.server";
import { toEastern } from "./eastern-time";
import type { ConsultationInput } from "./form";

export interface ConsultationListItem {
  id: number;
  clusterId: number;
  slug: string;
  titleEn: string;
  titleFr: string;
  opensAt: Date;
  closesAt: Date;
  state: ConsultationRow["state"];
  status: ConsultationStatus;
  questionCount: number;
}

/** Every consultation, drafts included, newest opening first: for staff. */
export function listConsultations(now = new Date()): ConsultationListItem[] {
  const db = getDb();
  const counts = new Map(
    db
      .select({ id: questions.consultationId, n: sql<number>`count(*)` })
      .from(questions)
      .groupBy(questions.consultationId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return db
    .select()
    .from(consultations)
    .orderBy(desc(consultations.opensAt), desc(consultations.id))
    .all()
    .map((c) => ({
      id: c.id,
      clusterId: c.clusterId,
      slug: c.slug,
      titleEn: c.titleEn,
      titleFr: c.titleFr,
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      state: c.state,
      status: consultationStatus(c, now),
      questionCount: counts.get(c.id) ?? 0,
    }));
}

export function getConsultation(id: number): ConsultationRow | null {
  return getDb().select().from(consultations).where(eq(consultations.id, id)).get() ?? null;
}

export function clusterIds(): number[] {
  return getDb()
    .select({ id: clusters.id })
    .from(clusters)
    .orderBy(asc(clusters.id))
    .all()
    .map((c) => c.id);
}

/** What the edit form shows: the stored values, dates as Toronto wall-clock text. */
export function formValuesOf(row: ConsultationRow): Record<string, string> {
  const opens = toEastern(row.opensAt);
  const closes = toEastern(row.closesAt);
  return {
    clusterId: String(row.clusterId),
    titleEn: row.titleEn,
    titleFr: row.titleFr,
    introEn: row.introEn,
    introFr: row.introFr,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
  };
}

/** The fields staff edit, as stored: what the audit log keeps before and after. */
function auditable(
  row: Pick<ConsultationRow, "clusterId" | "slug" | "titleEn" | "titleFr" | "introEn" | "introFr" | "opensAt" | "closesAt" | "state">,
) {
  return {
    clusterId: row.clusterId,
    slug: row.slug,
    titleEn: row.titleEn,
    titleFr: row.titleFr,
    introEn: row.introEn,
    introFr: row.introFr,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
    state: row.state,
  };
}

/**
 * A slug that names the cluster and the cycle's year, stable once made (it is
 * in report URLs): cluster-2-2027, then cluster-2-2027-2 if a second one opens
 * that year.
 */
function newSlug(clusterId: number, opensAt: Date): string {
  const base = `cluster-${clusterId}-${toEastern(opensAt).date.slice(0, 4)}`;
  const taken = new Set(
    getDb()
      .select({ slug: consultations.slug })
      .from(consultations)
      .where(sql`${consultations.slug} = ${base} OR ${consultations.slug} LIKE ${`${base}-%`}`)
      .all()
      .map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function createConsultation(actor: CurrentUser, input: ConsultationInput, now = new Date()): ConsultationRow {
  return getDb().transaction((tx) => {
    const row = tx
      .insert(consultations)
      .values({ ...input, slug: newSlug(input.clusterId, input.opensAt), state: "draft", createdAt: now, updatedAt: now })
      .returning()
      .get();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "consultation.create",
        entityType: "consultation",
        entityId: row.id,
        before: null,
        after: auditable(row),
      },
      now,
    );
    return row;
  });
}

/** What a published consultation keeps while it is edited: the cluster always, the deadline, and the opening once open. */
export function editLocks(row: ConsultationRow, now = new Date()) {
  const published = row.state !== "draft";
  return { lockCluster: published, lockCloses: published, lockOpens: published && row.opensAt <= now, bilingual: published };
}

export function updateConsultation(actor: CurrentUser, id: number, input: ConsultationInput, now = new Date()): ConsultationRow | null {
  return getDb().transaction((tx) => {
    const before = tx.select().from(consultations).where(eq(consultations.id, id)).get();
    if (!before) return null;
    const row = tx
      .update(consultations)
      .set({ ...input, updatedAt: now })
      .where(eq(consultations.id, id))
      .returning()
      .get();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "consultation.update",
        entityType: "consultation",
        entityId: id,
        before: auditable(before),
        after: auditable(row),
      },
      now,
    );
    return row;
  });
}

export type PublishProblem =
  | { kind: "missingEn" | "missingFr"; field: "titleEn" | "titleFr" | "introEn" | "introFr" }
  | { kind: "closed" }
  | { kind: "notDraft" }
  | { kind: "overlap"; titleEn: string; titleFr: string }
  /** What the question list says stops its questionnaire (questionnaire/problems.server.ts). */
  | { kind: "questionnaire"; problem: QuestionnaireProblem };

/** Published consultations of the same cluster whose dates meet [opensAt, closesAt). */
export function overlapping(row: Pick<ConsultationRow, "id" | "clusterId">, opensAt: Date, closesAt: Date): ConsultationRow[] {
  return getDb()
    .select()
    .from(consultations)
    .where(
      and(
        eq(consultations.clusterId, row.clusterId),
        eq(consultations.state, "published"),
        ne(consultations.id, row.id),
        sql`${consultations.opensAt} < ${closesAt.getTime()}`,
        sql`${consultations.closesAt} > ${opensAt.getTime()}`,
      ),
    )
    .all();
}

/**
 * Why a consultation cannot be published, every reason at once: a text
 * missing in either language (the Official Languages Act: the public reads
 * both), a deadline already past, or another published consultation of the
 * cluster open at the same time (the cluster's pages would not know which to
 * show), and whatever stops its questionnaire: no questions, a question text
 * missing in a language, or a translation waiting for review.
 */
export function publishProblems(row: ConsultationRow, now = new Date()): PublishProblem[] {
  if (row.state !== "draft") return [{ kind: "notDraft" }];
  const problems: PublishProblem[] = [];
  for (const field of ["titleEn", "titleFr", "introEn", "introFr"] as const) {
    if (!row[field].trim()) problems.push({ kind: field.endsWith("En") ? "missingEn" : "missingFr", field });
  }
  if (row.closesAt <= now) problems.push({ kind: "closed" });
  for (const other of overlapping(row, row.opensAt, row.closesAt))
    problems.push({ kind: "overlap", titleEn: other.titleEn, titleFr: other.titleFr });
  for (const problem of questionnaireProblems(row.id)) problems.push({ kind: "questionnaire", problem });
  return problems;
}

export type PublishResult = { status: "published" } | { status: "refused"; problems: PublishProblem[] } | { status: "not-found" };

export function publishConsultation(actor: CurrentUser, id: number, now = new Date()): PublishResult {
  return getDb().transaction((tx) => {
    const row = tx.select().from(consultations).where(eq(consultations.id, id)).get();
    if (!row) return { status: "not-found" as const };
    const problems = publishProblems(row, now);
    if (problems.length > 0) return { status: "refused" as const, problems };
    tx.update(consultations).set({ state: "published", updatedAt: now }).where(eq(consultations.id, id)).run();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "consultation.publish",
        entityType: "consultation",
        entityId: id,
        before: { state: row.state },
        after: { state: "published" },
      },
      now,
    );
    return { status: "published" as const };
  });
}

export type ArchiveResult = { status: "archived" } | { status: "refused" } | { status: "not-found" };

/** Only a published consultation that has closed: archiving an open one would hide it from the people answering it. */
export function archiveConsultation(actor: CurrentUser, id: number, now = new Date()): ArchiveResult {
  return getDb().transaction((tx) => {
    const row = tx.select().from(consultations).where(eq(consultations.id, id)).get();
    if (!row) return { status: "not-found" as const };
    if (row.state !== "published" || consultationStatus(row, now) !== "closed") return { status: "refused" as const };
    tx.update(consultations).set({ state: "archived", updatedAt: now }).where(eq(consultations.id, id)).run();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "consultation.archive",
        entityType: "consultation",
        entityId: id,
        before: { state: row.state },
        after: { state: "archived" },
      },
      now,
    );
    return { status: "archived" as const };
  });
}

export interface DeadlineChangeItem {
  id: number;
  kind: "extend" | "shorten" | "close-early";
  previousClosesAt: Date;
  closesAt: Date;
  reasonEn: string;
  reasonFr: string;
  createdAt: Date;
}

export function deadlineHistory(consultationId: number): DeadlineChangeItem[] {
  return getDb()
    .select({
      id: deadlineChanges.id,
      kind: deadlineChanges.kind,
      previousClosesAt: deadlineChanges.previousClosesAt,
      closesAt: deadlineChanges.closesAt,
      reasonEn: deadlineChanges.reasonEn,
      reasonFr: deadlineChanges.reasonFr,
      createdAt: deadlineChanges.createdAt,
    })
    .from(deadlineChanges)
    .where(eq(deadlineChanges.consultationId, consultationId))
    .orderBy(desc(deadlineChanges.createdAt), desc(deadlineChanges.id))
    .all();
}

/** Organizations with a draft or a submitted answer to the consultation, or a submission. */
export function participatingOrganizationIds(
  consultationId: number,
  db: Pick<ReturnType<typeof getDb>, "selectDistinct"> = getDb(),
): number[] {
  const answered = db
    .selectDistinct({ id: responses.organizationId })
    .from(responses)
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .where(eq(questions.consultationId, consultationId))
    .all()
    .map((r) => r.id);
  const submitted = db
    .selectDistinct({ id: submissions.organizationId })
    .from(submissions)
    .where(eq(submissions.consultationId, consultationId))
    .all()
    .map((r) => r.id);
  return [...new Set([...answered, ...submitted])].sort((a, b) => a - b);
}
