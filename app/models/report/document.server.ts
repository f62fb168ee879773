// Builds the report document (app/models/report/types.ts) from the database:
// the texts staff wrote, the figures, the quotes staff picked and the
// organizations that may be named. The preview shows exactly this; publishing
// freezes exactly this.
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "~db/client.server";
import {
  consultations,
  instruments,
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
import { currentConsultation } from "../consultations/current.server";
import { quoteAttribution } from "./attribution";
import { computeFigures } from "./figures.server";
import type { Bilingual, ReportDocument, ReportQuestion, ReportQuote } from "./types";

const COLUMNS = {
  id: consultations.id,
  clusterId: consultations.clusterId,
  slug: consultations.slug,
  titleEn: consultations.titleEn,
  titleFr: consultations.titleFr,
  opensAt: consultations.opensAt,
  closesAt: consultations.closesAt,
};

type ConsultationRow = Pick<typeof consultations.$inferSelect, keyof typeof COLUMNS>;

export function consultationById(consultationId: number): ConsultationRow | undefined {
  return getDb().select(COLUMNS).from(consultations).where(eq(consultations.id, consultationId)).get();
}

/**
 * A cluster's current consultation (consultations/current.server.ts), or,
 * when none is published, its latest one: a cluster may have one per review
 * cycle, and staff pages choose among them with ?consultation=<id>.
 */
export function consultationForCluster(clusterId: number): ConsultationRow | undefined {
  const current = currentConsultation(clusterId);
  if (current) return consultationById(current.id);
  return getDb()
    .select(COLUMNS)
    .from(consultations)
    .where(eq(consultations.clusterId, clusterId))
    .orderBy(desc(consultations.opensAt), desc(consultations.id))
    .limit(1)
    .get();
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*•]\s*/, "").trim())
    .filter(Boolean);
}

/**
 * Quotes staff picked, kept only when they are still publishable now: the
 * answer is approved, the organization still consents to be quoted (it may
 * have changed its consent when it re-submitted), and the excerpt is still
 * in the answer's public text (staff may have redacted more since).
 */
function pickedQuotes(consultationId: number): Map<number, ReportQuote[]> {
  const rows = getDb()
    .select({
      number: questions.number,
      text: quotes.text,
      language: responses.language,
      publicText: sql<string>`coalesce(${moderation.redactedText}, ${responses.text})`,
      name: organizations.name,
      type: organizations.type,
      consentQuote: organizations.consentQuote,
      consentName: organizations.consentPublishName,
    })
    .from(reportQuotes)
    .innerJoin(quotes, eq(quotes.id, reportQuotes.quoteId))
    .innerJoin(responses, eq(responses.id, quotes.responseId))
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .innerJoin(organizations, eq(organizations.id, responses.organizationId))
    .innerJoin(moderation, eq(moderation.responseId, responses.id))
    .where(
      and(
        eq(questions.consultationId, consultationId),
        eq(responses.state, "submitted"),
        eq(moderation.state, "approved"),
        ne(organizations.consentQuote, "none"),
      ),
    )
    .orderBy(asc(questions.number), asc(reportQuotes.position), asc(reportQuotes.quoteId))
    .all();
  const byQuestion = new Map<number, ReportQuote[]>();
  for (const row of rows) {
    if (!row.publicText.includes(row.text)) continue;
    const quote: ReportQuote = {
      text: row.text,
      language: row.language,
      attribution: quoteAttribution(row),
      organizationType: row.type,
    };
    byQuestion.set(row.number, [...(byQuestion.get(row.number) ?? []), quote]);
  }
  return byQuestion;
}

/** Organizations that submitted, have a counted answer, and consented to be named. */
function namedOrganizations(consultationId: number): { name: string; type: string }[] {
  return getDb()
    .selectDistinct({ name: organizations.name, type: organizations.type })
    .from(organizations)
    .innerJoin(submissions, and(eq(submissions.organizationId, organizations.id), eq(submissions.consultationId, consultationId)))
    .innerJoin(responses, and(eq(responses.organizationId, organizations.id), eq(responses.state, "submitted")))
    .innerJoin(questions, and(eq(questions.id, responses.questionId), eq(questions.consultationId, submissions.consultationId)))
    .leftJoin(moderation, eq(moderation.responseId, responses.id))
    .where(and(eq(organizations.consentPublishName, true), sql`coalesce(${moderation.state}, 'pending') <> 'rejected'`))
    .orderBy(sql`${organizations.name} COLLATE NOCASE`)
    .all();
}

/** The report of a cluster's current consultation (see consultationForCluster). */
export function buildReportDocument(clusterId: number, now = new Date()): ReportDocument | null {
  const consultation = consultationForCluster(clusterId);
  return consultation ? buildConsultationReport(consultation.id, now) : null;
}

/** The report document of one consultation, as the preview shows it and publishing freezes it. */
export function buildConsultationReport(consultationId: number, now = new Date()): ReportDocument | null {
  const consultation = consultationById(consultationId);
  if (!consultation) return null;
  const db = getDb();
  const figures = computeFigures(consultation.id);
  const quotes = pickedQuotes(consultation.id);
  const draft = db
    .select({
      introEn: reportDrafts.introEn,
      introFr: reportDrafts.introFr,
      acknowledgementsEn: reportDrafts.acknowledgementsEn,
      acknowledgementsFr: reportDrafts.acknowledgementsFr,
    })
    .from(reportDrafts)
    .where(eq(reportDrafts.consultationId, consultation.id))
    .get();

  const questionRows = db
    .select({
      number: questions.number,
      key: questions.key,
      article: questions.article,
      articleTitleEn: questions.articleTitleEn,
      articleTitleFr: questions.articleTitleFr,
      promptEn: questions.promptEn,
      promptFr: questions.promptFr,
      answerType: questions.answerType,
      instrumentId: instruments.id,
      shortNameEn: instruments.shortNameEn,
      shortNameFr: instruments.shortNameFr,
      countryIsParty: instruments.countryIsParty,
      summaryEn: questionSummaries.summaryEn,
      summaryFr: questionSummaries.summaryFr,
      keyPointsEn: questionSummaries.keyPointsEn,
      keyPointsFr: questionSummaries.keyPointsFr,
    })
    .from(questions)
    .innerJoin(instruments, eq(instruments.id, questions.instrumentId))
    .leftJoin(questionSummaries, eq(questionSummaries.questionId, questions.id))
    .where(eq(questions.consultationId, consultation.id))
    .orderBy(asc(questions.number))
    .all();

  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const bilingual = (en: unknown, fr: unknown): Bilingual => ({ en: text(en), fr: text(fr) });
  const reportQuestions: ReportQuestion[] = questionRows.map((row) => {
    const number = row.number;
    return {
      number,
      key: row.key,
      instrument: {
        id: row.instrumentId,
        shortName: bilingual(row.shortNameEn, row.shortNameFr),
        countryIsParty: row.countryIsParty,
      },
      article: row.article,
      articleTitle: bilingual(row.articleTitleEn, row.articleTitleFr),
      prompt: bilingual(row.promptEn, row.promptFr),
      answerType: row.answerType === "closed" ? "closed" : "open",
      figures: figures.questions.get(number)!,
      summary: bilingual(row.summaryEn, row.summaryFr),
      keyPoints: { en: lines(text(row.keyPointsEn)), fr: lines(text(row.keyPointsFr)) },
      quotes: quotes.get(number) ?? [],
    };
  });

  return {
    consultation: {
      clusterId: consultation.clusterId,
      slug: consultation.slug,
      title: bilingual(consultation.titleEn, consultation.titleFr),
      opensAt: consultation.opensAt.toISOString(),
      closesAt: consultation.closesAt.toISOString(),
    },
    version: null,
    publishedAt: null,
    generatedAt: now.toISOString(),
    intro: bilingual(draft?.introEn, draft?.introFr),
    acknowledgements: bilingual(draft?.acknowledgementsEn, draft?.acknowledgementsFr),
    figures: figures.consultation,
    organizations: namedOrganizations(consultation.id),
    questions: reportQuestions,
  };
}
