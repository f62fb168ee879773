// Builds the report document (app/models/report/types.ts) from the database:
// the texts staff wrote, the figures, the quotes staff picked and the
// organizations that may be named. The preview shows exactly this; publishing
// freezes exactly this.
import { getDb } from "~db/client.server";
import { currentConsultation } from "../consultations/current.server";
import { quoteAttribution } from "./attribution";
import { computeFigures } from "./figures.server";
import type { Bilingual, ReportDocument, ReportQuestion, ReportQuote } from "./types";

interface ConsultationRow {
  id: number;
  clusterId: number;
  slug: string;
  titleEn: string;
  titleFr: string;
  opensAt: number;
  closesAt: number;
}

const COLUMNS = "id, cluster_id AS clusterId, slug, title_en AS titleEn, title_fr AS titleFr, opens_at AS opensAt, closes_at AS closesAt";

export function consultationById(consultationId: number): ConsultationRow | undefined {
  return getDb().$client.prepare(`SELECT ${COLUMNS} FROM consultations WHERE id = ?`).get(consultationId) as ConsultationRow | undefined;
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
    .$client.prepare(`SELECT ${COLUMNS} FROM consultations WHERE cluster_id = ? ORDER BY opens_at DESC, id DESC LIMIT 1`)
    .get(clusterId) as ConsultationRow | undefined;
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
    .$client.prepare(
      `SELECT qu.number AS number, q.text AS text, r.language AS language, coalesce(m.redacted_text, r.text) AS publicText,
              o.name AS name, o.type AS type, o.consent_quote AS consentQuote, o.consent_publish_name AS consentName
       FROM report_quotes rq
       JOIN quotes q ON q.id = rq.quote_id
       JOIN responses r ON r.id = q.response_id
       JOIN questions qu ON qu.id = r.question_id
       JOIN organizations o ON o.id = r.organization_id
       JOIN moderation m ON m.response_id = r.id
       WHERE qu.consultation_id = ? AND r.state = 'submitted' AND m.state = 'approved' AND o.consent_quote <> 'none'
       ORDER BY qu.number, rq.position, rq.quote_id`,
    )
    .all(consultationId) as {
    number: number;
    text: string;
    language: "en" | "fr";
    publicText: string;
    name: string;
    type: string;
    consentQuote: "named" | "anonymous";
    consentName: number;
  }[];
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
    .$client.prepare(
      `SELECT DISTINCT o.name AS name, o.type AS type
       FROM organizations o
       JOIN submissions s ON s.organization_id = o.id AND s.consultation_id = ?
       JOIN responses r ON r.organization_id = o.id AND r.state = 'submitted'
       JOIN questions qu ON qu.id = r.question_id AND qu.consultation_id = s.consultation_id
       LEFT JOIN moderation m ON m.response_id = r.id
       WHERE o.consent_publish_name = 1 AND coalesce(m.state, 'pending') <> 'rejected'
       ORDER BY o.name COLLATE NOCASE`,
    )
    .all(consultationId) as { name: string; type: string }[];
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
  const client = getDb().$client;
  const figures = computeFigures(consultation.id);
  const quotes = pickedQuotes(consultation.id);
  const draft = client
    .prepare("SELECT intro_en, intro_fr, acknowledgements_en, acknowledgements_fr FROM report_drafts WHERE consultation_id = ?")
    .get(consultation.id) as { intro_en: string; intro_fr: string; acknowledgements_en: string; acknowledgements_fr: string } | undefined;

  const questionRows = client
    .prepare(
      `SELECT qu.number, qu.key, qu.article, qu.article_title_en, qu.article_title_fr, qu.prompt_en, qu.prompt_fr, qu.answer_type,
              i.id AS instrument_id, i.short_name_en, i.short_name_fr, i.country_is_party,
              s.summary_en, s.summary_fr, s.key_points_en, s.key_points_fr
       FROM questions qu
       JOIN instruments i ON i.id = qu.instrument_id
       LEFT JOIN question_summaries s ON s.question_id = qu.id
       WHERE qu.consultation_id = ? ORDER BY qu.number`,
    )
    .all(consultation.id) as Record<string, string | number | null>[];

  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const bilingual = (en: unknown, fr: unknown): Bilingual => ({ en: text(en), fr: text(fr) });
  const questions: ReportQuestion[] = questionRows.map((row) => {
    const number = Number(row.number);
    return {
      number,
      key: text(row.key),
      instrument: {
        id: text(row.instrument_id),
        shortName: bilingual(row.short_name_en, row.short_name_fr),
        countryIsParty: row.country_is_party === 1,
      },
      article: text(row.article),
      articleTitle: bilingual(row.article_title_en, row.article_title_fr),
      prompt: bilingual(row.prompt_en, row.prompt_fr),
      answerType: row.answer_type === "closed" ? "closed" : "open",
      figures: figures.questions.get(number)!,
      summary: bilingual(row.summary_en, row.summary_fr),
      keyPoints: { en: lines(text(row.key_points_en)), fr: lines(text(row.key_points_fr)) },
      quotes: quotes.get(number) ?? [],
    };
  });

  return {
    consultation: {
      clusterId: consultation.clusterId,
      slug: consultation.slug,
      title: bilingual(consultation.titleEn, consultation.titleFr),
      opensAt: new Date(consultation.opensAt).toISOString(),
      closesAt: new Date(consultation.closesAt).toISOString(),
    },
    version: null,
    publishedAt: null,
    generatedAt: now.toISOString(),
    intro: bilingual(draft?.intro_en, draft?.intro_fr),
    acknowledgements: bilingual(draft?.acknowledgements_en, draft?.acknowledgements_fr),
    figures: figures.consultation,
    organizations: namedOrganizations(consultation.id),
    questions,
  };
}
