// The published figures and quotes as JSON, for reuse by researchers and
// other sites. Both languages in one file (labels are { en, fr }), so it has
// no language of its own. `schemaVersion` changes when a field changes
// meaning or goes away, so a program reading it can tell.
import type { ReportDocument } from "../types";

export const REPORT_JSON_SCHEMA_VERSION = 1;

export function reportJson(doc: ReportDocument): string {
  const data = {
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    consultation: doc.consultation,
    version: doc.version,
    publishedAt: doc.publishedAt,
    generatedAt: doc.generatedAt,
    figures: doc.figures,
    // Only organizations that consented to have their name published are in the document.
    organizations: doc.organizations,
    questions: doc.questions.map((q) => ({
      number: q.number,
      key: q.key,
      instrument: q.instrument,
      article: q.article,
      articleTitle: q.articleTitle,
      prompt: q.prompt,
      answerType: q.answerType,
      figures: q.figures,
      quotes: q.quotes,
    })),
  };
  return JSON.stringify(data, null, 2) + "\n";
}
