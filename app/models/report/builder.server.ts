// What the report builder pages read: the draft texts, each question's
// summary state and quotes, the quotable excerpts staff can pick from.
import { getDb } from "~db/client.server";
import { quoteAttribution } from "./attribution";
import { computeFigures } from "./figures.server";

export function reportDraft(consultationId: number) {
  const row = getDb()
    .$client.prepare(
      "SELECT intro_en AS introEn, intro_fr AS introFr, acknowledgements_en AS acknowledgementsEn, acknowledgements_fr AS acknowledgementsFr FROM report_drafts WHERE consultation_id = ?",
    )
    .get(consultationId) as { introEn: string; introFr: string; acknowledgementsEn: string; acknowledgementsFr: string } | undefined;
  return row ?? { introEn: "", introFr: "", acknowledgementsEn: "", acknowledgementsFr: "" };
}

export function builderQuestions(consultationId: number) {
  const figures = computeFigures(consultationId);
  const rows = getDb()
    .$client.prepare(
      `SELECT qu.id, qu.number, s.summary_en AS summaryEn, s.summary_fr AS summaryFr,
        (SELECT count(*) FROM report_quotes rq JOIN quotes q ON q.id = rq.quote_id JOIN responses r ON r.id = q.response_id WHERE r.question_id = qu.id) AS quotes
       FROM questions qu LEFT JOIN question_summaries s ON s.question_id = qu.id
       WHERE qu.consultation_id = ? ORDER BY qu.number`,
    )
    .all(consultationId) as { id: number; number: number; summaryEn: string | null; summaryFr: string | null; quotes: number }[];
  return rows.map((row) => ({
    number: row.number,
    summary: (row.summaryEn?.trim() ? "en" : "") + (row.summaryFr?.trim() ? "fr" : ""),
    quotes: row.quotes,
    organizations: figures.questions.get(row.number)?.respondingOrganizations ?? 0,
  }));
}

/** Organizations that submitted: who is emailed when a version is published. */
export function participatingOrganizations(consultationId: number): number {
  return (getDb().$client.prepare("SELECT count(*) AS n FROM submissions WHERE consultation_id = ?").get(consultationId) as { n: number }).n;
}

export function questionForSummary(consultationId: number, number: number) {
  return getDb()
    .$client.prepare(
      `SELECT qu.id, qu.number, qu.prompt_en AS promptEn, qu.prompt_fr AS promptFr,
        coalesce(s.summary_en, '') AS summaryEn, coalesce(s.summary_fr, '') AS summaryFr,
        coalesce(s.key_points_en, '') AS keyPointsEn, coalesce(s.key_points_fr, '') AS keyPointsFr
       FROM questions qu LEFT JOIN question_summaries s ON s.question_id = qu.id
       WHERE qu.consultation_id = ? AND qu.number = ?`,
    )
    .get(consultationId, number) as
    | { id: number; number: number; promptEn: string; promptFr: string; summaryEn: string; summaryFr: string; keyPointsEn: string; keyPointsFr: string }
    | undefined;
}

/**
 * Quotable excerpts marked on this question's answers, from organizations
 * that consent to be quoted, with whether each is picked for the report.
 */
export function quoteChoices(questionId: number) {
  return (
    getDb()
      .$client.prepare(
        `SELECT q.id, q.text, r.id AS responseId, r.language, o.name, o.type, o.consent_quote AS consentQuote, o.consent_publish_name AS consentName,
           coalesce(m.state, 'pending') AS state, rq.quote_id IS NOT NULL AS picked
         FROM quotes q
         JOIN responses r ON r.id = q.response_id
         JOIN organizations o ON o.id = r.organization_id
         LEFT JOIN moderation m ON m.response_id = r.id
         LEFT JOIN report_quotes rq ON rq.quote_id = q.id
         WHERE r.question_id = ? AND r.state = 'submitted' AND o.consent_quote <> 'none'
         ORDER BY picked DESC, coalesce(rq.position, 0), q.id`,
      )
      .all(questionId) as {
      id: number;
      text: string;
      responseId: number;
      language: "en" | "fr";
      name: string;
      type: string;
      consentQuote: "named" | "anonymous";
      consentName: number;
      state: string;
      picked: number;
    }[]
  ).map((row) => ({
    id: row.id,
    text: row.text,
    responseId: row.responseId,
    language: row.language,
    organizationType: row.type,
    attribution: quoteAttribution(row),
    approved: row.state === "approved",
    picked: row.picked === 1,
  }));
}
