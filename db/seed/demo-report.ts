// The demo report: the texts and quote picks of ./demo-report-content.ts,
// written as a demo staff team would have written them, then published as
// version 1 so a person trying the portal sees a published report.
//
// Publishing normally goes through publishReport
// (app/models/report/publishing.server.ts), which needs a staff actor, writes
// audit rows and emails every contact. Here the version row is written
// directly, with no publisher, no audit rows and no emails: this is demo data
// and no staff member acted (the audit log records real people's decisions
// only), and the demo contacts are fictional. The document itself is built by
// buildReportDocument, exactly as publishing would build it.
//
// Idempotent: does nothing once the consultation has a report draft or any
// report version (whoever wrote them). Runs after seedDemoAnswers, whose
// organizations and answers it quotes.
import { and, eq, max } from "drizzle-orm";
import { buildReportDocument } from "~/models/report/document.server";
import { getDb, type Db } from "../client.server";
import {
  consultations,
  moderation,
  organizations,
  questions,
  questionSummaries,
  quotes,
  reportDrafts,
  reportQuotes,
  reportVersions,
  responses,
} from "../schema";
import { cluster1Consultation } from "./clusters";
import { organizationNameKey } from "~/lib/organization-keys";
import { demoOrganizations } from "./demo-answers-content";
import { demoReportContent, type DemoReportContent } from "./demo-report-content";

/**
 * Writes the demo report's draft, question summaries and picked quotes, then
 * publishes version 1, in one transaction. Returns the number of rows
 * inserted (0 when the consultation already has a draft or a version).
 *
 * `db` must be the process's database, getDb() (as in the server and the
 * integration tests): buildReportDocument reads through getDb(), and it runs
 * inside this transaction so it sees the rows just written on the same
 * connection. Another connection is refused rather than silently building the
 * document from a different database.
 *
 * Throws, writing nothing, when the demo answers are missing or a quote pick
 * no longer fits them (the answer is not approved, the organization does not
 * consent to be quoted, or the excerpt is not in the answer's public text).
 */
export function seedDemoReport(db: Db, now: Date, content: DemoReportContent = demoReportContent): number {
  if (db !== getDb()) {
    throw new Error("seedDemoReport needs the process's database (getDb()): buildReportDocument reads through getDb().");
  }
  return db.transaction((tx) => {
    const consultation = tx.select().from(consultations).where(eq(consultations.slug, cluster1Consultation.slug)).get();
    if (!consultation) throw new Error("Seed the Cluster 1 consultation before its demo report.");

    const hasDraft = tx
      .select({ id: reportDrafts.consultationId })
      .from(reportDrafts)
      .where(eq(reportDrafts.consultationId, consultation.id))
      .get();
    const hasVersion = tx
      .select({ id: reportVersions.id })
      .from(reportVersions)
      .where(eq(reportVersions.consultationId, consultation.id))
      .get();
    if (hasDraft || hasVersion) return 0;

    const organizationIdByKey = new Map(
      tx
        .select({ id: organizations.id, nameKey: organizations.nameKey })
        .from(organizations)
        .all()
        .map((o) => [o.nameKey, o.id]),
    );
    const missing = demoOrganizations.filter((o) => !organizationIdByKey.has(organizationNameKey(o.name))).map((o) => o.name);
    if (missing.length > 0) {
      throw new Error(`Run seedDemoAnswers before seedDemoReport: the demo organizations are missing (${missing.join(", ")}).`);
    }
    const questionByNumber = new Map(
      tx
        .select()
        .from(questions)
        .where(eq(questions.consultationId, consultation.id))
        .all()
        .map((q) => [q.number, q]),
    );
    const question = (number: number) => {
      const found = questionByNumber.get(number);
      if (!found) throw new Error(`Demo report: question ${number} does not exist in the Cluster 1 consultation.`);
      return found;
    };

    // Every pick checked before anything is written.
    const picks = content.quotes.map((pick) => {
      const where = `Demo report quote of ${pick.organization} on question ${pick.question}`;
      const organizationId = organizationIdByKey.get(organizationNameKey(pick.organization));
      if (organizationId === undefined) throw new Error(`${where}: no such organization.`);
      const row = tx
        .select({ response: responses, moderation, consentQuote: organizations.consentQuote })
        .from(responses)
        .innerJoin(organizations, eq(organizations.id, responses.organizationId))
        .leftJoin(moderation, eq(moderation.responseId, responses.id))
        .where(and(eq(responses.organizationId, organizationId), eq(responses.questionId, question(pick.question).id)))
        .get();
      if (!row || row.response.state !== "submitted") throw new Error(`${where}: the organization has no submitted answer to it.`);
      if (row.moderation?.state !== "approved")
        throw new Error(`${where}: the answer is not approved (${row.moderation?.state ?? "no moderation"}).`);
      if (row.consentQuote === "none") throw new Error(`${where}: the organization did not consent to be quoted.`);
      const publicText = row.moderation.redactedText ?? row.response.text;
      if (!pick.excerpt.trim() || !publicText.includes(pick.excerpt)) {
        throw new Error(`${where}: the excerpt is not an exact part of the answer's public text: "${pick.excerpt}"`);
      }
      return { responseId: row.response.id, question: pick.question, text: pick.excerpt, where };
    });

    let inserted = 0;
    inserted += tx
      .insert(reportDrafts)
      .values({
        consultationId: consultation.id,
        introEn: content.introEn,
        introFr: content.introFr,
        acknowledgementsEn: content.acknowledgementsEn,
        acknowledgementsFr: content.acknowledgementsFr,
        updatedByUserId: null,
        updatedAt: now,
      })
      .run().changes;

    for (const summary of content.summaries) {
      // A summary staff already wrote is kept.
      inserted += tx
        .insert(questionSummaries)
        .values({
          questionId: question(summary.question).id,
          summaryEn: summary.summaryEn,
          summaryFr: summary.summaryFr,
          keyPointsEn: summary.keyPointsEn.join("\n"),
          keyPointsFr: summary.keyPointsFr.join("\n"),
          updatedByUserId: null,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .run().changes;
    }

    // After any quote already picked, as pickQuote does.
    let position =
      tx
        .select({ position: max(reportQuotes.position) })
        .from(reportQuotes)
        .get()?.position ?? 0;
    for (const pick of picks) {
      const quote = tx
        .insert(quotes)
        .values({ responseId: pick.responseId, text: pick.text, createdByUserId: null, createdAt: now })
        .returning({ id: quotes.id })
        .get();
      position += 1;
      tx.insert(reportQuotes).values({ quoteId: quote.id, position, pickedByUserId: null, pickedAt: now }).run();
      inserted += 2;
    }

    // Same connection, same transaction: the document sees the rows above.
    const document = buildReportDocument(consultation.clusterId, now);
    if (!document) throw new Error("Demo report: the Cluster 1 consultation has no report document.");
    for (const pick of picks) {
      const shown = document.questions.find((q) => q.number === pick.question)?.quotes.some((q) => q.text === pick.text);
      if (!shown) throw new Error(`${pick.where}: picked, but not in the report document.`);
    }
    const frozen = { ...document, version: 1, publishedAt: now.toISOString() };
    // No audit row and no emails (see the top of this file): demo data, no staff member acted.
    inserted += tx
      .insert(reportVersions)
      .values({
        consultationId: consultation.id,
        version: 1,
        snapshot: JSON.stringify(frozen),
        publishedByUserId: null,
        publishedAt: now,
      })
      .run().changes;
    return inserted;
  });
}
