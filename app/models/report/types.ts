// The report as one document: what the preview shows, what publishing
// freezes (report_versions.snapshot is this, as JSON), and what every output
// (page, PDF, DOCX, CSV, JSON) is made from. Built in
// app/models/report/document.server.ts; nothing else decides what a report
// contains, so the same figures appear everywhere.
//
// Privacy is settled when the document is built, not when it is shown: it
// holds only the names of organizations that consented to be named, only
// quotes from organizations that consented to be quoted (attributed only when
// they consented to that too), and only text from the public (redacted)
// version of an answer. No contact name or email is ever in it.
import type { ClosedAnswer } from "~db/schema";

export interface Bilingual {
  en: string;
  fr: string;
}

/** A count per value (organization type, region, closed answer…), values with no count omitted. */
export type Counts = Record<string, number>;

export interface ConsultationFigures {
  /** Organizations with at least one counted answer. */
  organizations: number;
  /** Counted answers: submitted and not rejected by moderation. */
  answers: number;
  /** Answers by the language they were written in. */
  byLanguage: Counts;
  /** Organizations by type (ORGANIZATION_TYPES) and by region (REGIONS). */
  byType: Counts;
  byRegion: Counts;
  /** Submitted answers staff rejected (off-topic, abusive, duplicate): not counted above. */
  rejected: number;
}

export interface ThemeCount {
  key: string;
  label: Bilingual;
  /** Counted answers tagged with the theme. */
  answers: number;
}

/**
 * Near-identical answers (campaigns, see app/models/moderate/campaigns.server.ts) are
 * one argument made by several organizations.
 */
export interface CampaignFigure {
  organizations: number;
}

export interface QuestionFigures {
  respondingOrganizations: number;
  byType: Counts;
  byRegion: Counts;
  /** Closed questions only: the distribution of yes / partly / no / don't know. */
  closed: Partial<Record<ClosedAnswer, number>> | null;
  themes: ThemeCount[];
  campaigns: CampaignFigure[];
  /** Answers once each campaign counts as one argument. */
  distinctArguments: number;
}

export interface ReportQuote {
  /** From the public (redacted) text of an approved answer. */
  text: string;
  language: "en" | "fr";
  /** The organization's name, only when it consented to be quoted by name and to have its name published. */
  attribution: string | null;
  /** Its type (always shown, e.g. "a non-governmental organization"). */
  organizationType: string;
}

export interface ReportQuestion {
  number: number;
  key: string;
  instrument: { id: string; shortName: Bilingual; countryIsParty: boolean };
  article: string;
  articleTitle: Bilingual;
  prompt: Bilingual;
  answerType: "closed" | "open";
  figures: QuestionFigures;
  /** Markdown written by staff; sanitized when rendered. */
  summary: Bilingual;
  keyPoints: { en: string[]; fr: string[] };
  quotes: ReportQuote[];
}

export interface ReportDocument {
  consultation: {
    clusterId: number;
    slug: string;
    title: Bilingual;
    opensAt: string;
    closesAt: string;
  };
  /** Null in the preview; set when published. */
  version: number | null;
  publishedAt: string | null;
  /** When the figures were computed (ISO 8601). */
  generatedAt: string;
  intro: Bilingual;
  acknowledgements: Bilingual;
  figures: ConsultationFigures;
  /** Organizations that consented to be named, sorted by name. */
  organizations: { name: string; type: string }[];
  questions: ReportQuestion[];
}
