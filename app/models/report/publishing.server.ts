// Writing and publishing the report (admins). Every change is audited with
// its before and after, in the transaction that makes it.
//
// Publishing freezes the document exactly as the preview shows it
// (buildReportDocument) into a numbered version; the previous published
// version is marked replaced and stays readable. Unpublishing takes a reason
// and keeps the row, so the version's URL can say what happened.
import { and, eq, isNull, max, ne } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { organizations, questionSummaries, quotes, reportDrafts, reportQuotes, reportVersions, submissions, users } from "~db/schema";
import { reportPublishedEmail } from "../../../emails/report-published";
import { audit } from "../audit.server";
import type { CurrentUser } from "../accounts/auth.server";
import { enqueueEmail } from "../email/outbox.server";
import { buildConsultationReport, consultationById, consultationForCluster } from "./document.server";

export interface DraftTexts {
  introEn: string;
  introFr: string;
  acknowledgementsEn: string;
  acknowledgementsFr: string;
}

export function saveReportDraft(actor: CurrentUser, consultationId: number, texts: DraftTexts, now = new Date()): void {
  const db = getDb();
  db.transaction((tx) => {
    const before = tx.select().from(reportDrafts).where(eq(reportDrafts.consultationId, consultationId)).get();
    const values = { ...texts, updatedByUserId: actor.id, updatedAt: now };
    tx.insert(reportDrafts)
      .values({ consultationId, ...values })
      .onConflictDoUpdate({ target: reportDrafts.consultationId, set: values })
      .run();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "report.draft",
        entityType: "consultation",
        entityId: consultationId,
        before: before ?? null,
        after: texts,
      },
      now,
    );
  });
}

export interface SummaryTexts {
  summaryEn: string;
  summaryFr: string;
  keyPointsEn: string;
  keyPointsFr: string;
}

export function saveQuestionSummary(actor: CurrentUser, questionId: number, texts: SummaryTexts, now = new Date()): void {
  getDb().transaction((tx) => {
    const before = tx.select().from(questionSummaries).where(eq(questionSummaries.questionId, questionId)).get();
    const values = { ...texts, updatedByUserId: actor.id, updatedAt: now };
    tx.insert(questionSummaries)
      .values({ questionId, ...values })
      .onConflictDoUpdate({ target: questionSummaries.questionId, set: values })
      .run();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "report.summary",
        entityType: "question",
        entityId: questionId,
        before: before ?? null,
        after: texts,
      },
      now,
    );
  });
}

/** Adds a quotable excerpt to the report, after those already picked for its question. */
export function pickQuote(actor: CurrentUser, quoteId: number, now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const quote = tx.select().from(quotes).where(eq(quotes.id, quoteId)).get();
    if (!quote) return false;
    const last =
      tx
        .select({ position: max(reportQuotes.position) })
        .from(reportQuotes)
        .get()?.position ?? 0;
    const inserted = tx
      .insert(reportQuotes)
      .values({ quoteId, position: last + 1, pickedByUserId: actor.id, pickedAt: now })
      .onConflictDoNothing()
      .run().changes;
    if (inserted)
      audit(
        tx,
        { actorUserId: actor.id, action: "report.quote.pick", entityType: "quote", entityId: quoteId, after: { text: quote.text } },
        now,
      );
    return inserted > 0;
  });
}

export function unpickQuote(actor: CurrentUser, quoteId: number, now = new Date()): boolean {
  return getDb().transaction((tx) => {
    const removed = tx.delete(reportQuotes).where(eq(reportQuotes.quoteId, quoteId)).run().changes;
    if (removed)
      audit(
        tx,
        {
          actorUserId: actor.id,
          action: "report.quote.unpick",
          entityType: "quote",
          entityId: quoteId,
          before: { picked: true },
          after: { picked: false },
        },
        now,
      );
    return removed > 0;
  });
}

/**
 * Publishes the report of a cluster's consultation as its next version and
 * emails every contact of every organization that submitted, in their own
 * language, a link to the version in that language.
 */
export function publishReport(actor: CurrentUser, clusterId: number, origin: string, now = new Date()): { version: number } | null {
  const consultation = consultationForCluster(clusterId);
  return consultation ? publishConsultationReport(actor, consultation.id, origin, now) : null;
}

/** The same, for one consultation chosen by id (a cluster has one per review cycle). */
export function publishConsultationReport(
  actor: CurrentUser,
  consultationId: number,
  origin: string,
  now = new Date(),
): { version: number } | null {
  const consultation = consultationById(consultationId);
  const document = buildConsultationReport(consultationId, now);
  if (!consultation || !document) return null;
  const db = getDb();
  return db.transaction((tx) => {
    const last =
      tx
        .select({ n: max(reportVersions.version) })
        .from(reportVersions)
        .where(eq(reportVersions.consultationId, consultation.id))
        .get()?.n ?? 0;
    const version = last + 1;
    const frozen = { ...document, version, publishedAt: now.toISOString() };
    const replaced = tx
      .update(reportVersions)
      .set({ replacedAt: now })
      .where(
        and(eq(reportVersions.consultationId, consultation.id), isNull(reportVersions.unpublishedAt), isNull(reportVersions.replacedAt)),
      )
      .returning({ version: reportVersions.version })
      .all();
    const row = tx
      .insert(reportVersions)
      .values({ consultationId: consultation.id, version, snapshot: JSON.stringify(frozen), publishedByUserId: actor.id, publishedAt: now })
      .returning({ id: reportVersions.id })
      .get();
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "report.publish",
        entityType: "report_version",
        entityId: row.id,
        before: { replacedVersions: replaced.map((r) => r.version) },
        after: { version, organizations: document.figures.organizations, answers: document.figures.answers },
      },
      now,
    );

    const contacts = tx
      .select({ email: users.email, name: users.name, language: users.language, organization: organizations.name })
      .from(submissions)
      .innerJoin(organizations, eq(organizations.id, submissions.organizationId))
      .innerJoin(users, eq(users.organizationId, organizations.id))
      .where(and(eq(submissions.consultationId, consultation.id), eq(users.role, "respondent")))
      .all();
    for (const contact of contacts) {
      const lang = contact.language;
      enqueueEmail(
        tx,
        {
          to: contact.email,
          lang,
          kind: "report-published",
          // One message per person and version, even if publishing were retried.
          idempotencyKey: `report-published-${row.id}-${contact.email}`,
          ...reportPublishedEmail({
            lang,
            contactName: contact.name,
            organizationName: contact.organization,
            consultationTitle: document.consultation.title[lang],
            version,
            reportUrl: `${origin}/${lang}/reports/${consultation.slug}/v/${version}`,
          }),
        },
        now,
      );
    }
    return { version };
  });
}

export type UnpublishResult = { status: "unpublished" } | { status: "not-found" } | { status: "already" };

/**
 * Takes a version down, with a reason shown at its URL. When it was the
 * newest, the one before it (if still published) is current again, so its
 * "replaced" mark is lifted.
 */
export function unpublishReport(actor: CurrentUser, versionId: number, reason: string, now = new Date()): UnpublishResult {
  return getDb().transaction((tx): UnpublishResult => {
    const version = tx.select().from(reportVersions).where(eq(reportVersions.id, versionId)).get();
    if (!version) return { status: "not-found" };
    if (version.unpublishedAt) return { status: "already" };
    tx.update(reportVersions).set({ unpublishedAt: now, unpublishReason: reason }).where(eq(reportVersions.id, versionId)).run();
    if (!version.replacedAt) {
      const previous = tx
        .select()
        .from(reportVersions)
        .where(
          and(
            eq(reportVersions.consultationId, version.consultationId),
            isNull(reportVersions.unpublishedAt),
            ne(reportVersions.id, versionId),
          ),
        )
        .all()
        .sort((a, b) => b.version - a.version)[0];
      if (previous) tx.update(reportVersions).set({ replacedAt: null }).where(eq(reportVersions.id, previous.id)).run();
    }
    audit(
      tx,
      {
        actorUserId: actor.id,
        action: "report.unpublish",
        entityType: "report_version",
        entityId: versionId,
        before: { version: version.version, published: true },
        after: { version: version.version, published: false, reason },
      },
      now,
    );
    return { status: "unpublished" };
  });
}
