// What the report builder pages read: the draft texts, each question's
// summary state and quotes, the quotable excerpts staff can pick from.
import { and, asc, count, desc, eq, ne, sql, type AnyColumn } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  moderation,
  organizations,
  questions,
  questionSummaries,
  quotes,
  reportDrafts,
  reportQuotes,
  responses,
  submissions,
} from "~db/schema";
import { quoteAttribution } from "./attribution";
import { computeFigures } from "./figures.server";

export function reportDraft(consultationId: number) {
  const row = getDb()
    .select({
      introEn: reportDrafts.introEn,
      introFr: reportDrafts.introFr,
      acknowledgementsEn: reportDrafts.acknowledgementsEn,
      acknowledgementsFr: reportDrafts.acknowledgementsFr,
    })
    .from(reportDrafts)
    .where(eq(reportDrafts.consultationId, consultationId))
    .get();
  return row ?? { introEn: "", introFr: "", acknowledgementsEn: "", acknowledgementsFr: "" };
}

export function builderQuestions(consultationId: number) {
  const figures = computeFigures(consultationId);
  const rows = getDb()
    .select({
      id: questions.id,
      number: questions.number,
      summaryEn: questionSummaries.summaryEn,
      summaryFr: questionSummaries.summaryFr,
      quotes: sql<number>`(SELECT count(*) FROM ${reportQuotes} JOIN ${quotes} ON ${quotes.id} = ${reportQuotes.quoteId}
        JOIN ${responses} ON ${responses.id} = ${quotes.responseId} WHERE ${responses.questionId} = ${questions.id})`,
    })
    .from(questions)
    .leftJoin(questionSummaries, eq(questionSummaries.questionId, questions.id))
    .where(eq(questions.consultationId, consultationId))
    .orderBy(asc(questions.number))
    .all();
  return rows.map((row) => ({
    number: row.number,
    summary: (row.summaryEn?.trim() ? "en" : "") + (row.summaryFr?.trim() ? "fr" : ""),
    quotes: row.quotes,
    organizations: figures.questions.get(row.number)?.respondingOrganizations ?? 0,
  }));
}

/** Organizations that submitted: who is emailed when a version is published. */
export function participatingOrganizations(consultationId: number): number {
  return getDb().select({ n: count() }).from(submissions).where(eq(submissions.consultationId, consultationId)).get()!.n;
}

export function questionForSummary(consultationId: number, number: number) {
  const text = (column: AnyColumn) => sql<string>`coalesce(${column}, '')`;
  return getDb()
    .select({
      id: questions.id,
      number: questions.number,
      promptEn: questions.promptEn,
      promptFr: questions.promptFr,
      summaryEn: text(questionSummaries.summaryEn),
      summaryFr: text(questionSummaries.summaryFr),
      keyPointsEn: text(questionSummaries.keyPointsEn),
      keyPointsFr: text(questionSummaries.keyPointsFr),
    })
    .from(questions)
    .leftJoin(questionSummaries, eq(questionSummaries.questionId, questions.id))
    .where(and(eq(questions.consultationId, consultationId), eq(questions.number, number)))
    .get();
}

/**
 * Quotable excerpts marked on this question's answers, from organizations
 * that consent to be quoted, with whether each is picked for the report.
 */
export function quoteChoices(questionId: number) {
  const picked = sql<number>`${reportQuotes.quoteId} IS NOT NULL`;
  return getDb()
    .select({
      id: quotes.id,
      text: quotes.text,
      responseId: responses.id,
      language: responses.language,
      name: organizations.name,
      type: organizations.type,
      consentQuote: organizations.consentQuote,
      consentName: organizations.consentPublishName,
      state: sql<string>`coalesce(${moderation.state}, 'pending')`,
      picked,
    })
    .from(quotes)
    .innerJoin(responses, eq(responses.id, quotes.responseId))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .leftJoin(reportQuotes, eq(reportQuotes.quoteId, quotes.id))
    .where(and(eq(responses.questionId, questionId), eq(responses.state, "submitted"), ne(organizations.consentQuote, "none")))
    .orderBy(desc(picked), sql`coalesce(${reportQuotes.position}, 0)`, asc(quotes.id))
    .all()
    .map((row) => ({
      id: row.id,
      text: row.text,
      responseId: row.responseId,
      language: row.language,
      organizationType: row.type as string,
      attribution: quoteAttribution(row),
      approved: row.state === "approved",
      picked: row.picked === 1,
    }));
}
