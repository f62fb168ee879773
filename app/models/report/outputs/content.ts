// What every output says, in one language, decided once: the figure tables
// and sentences of a question, how a quote is attributed, the methodology,
// the file names. The PDF, DOCX and government input only lay these out, so
// a figure or an attribution reads the same in each of them.
import { CLOSED_ANSWERS } from "~db/schema";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { formatDate, formatNumber } from "~/i18n/format";
import type { Counts, ReportDocument, ReportQuestion, ReportQuote } from "../types";

export interface FigureTable {
  caption: string;
  columns: [string, string];
  rows: { label: string; value: number }[];
}

/** Counts in the order of `order` (the dictionary's order), then any value the dictionary does not know. */
function orderedRows(counts: Counts, labels: Record<string, string>): { label: string; value: number }[] {
  const known = Object.keys(labels).filter((key) => (counts[key] ?? 0) > 0);
  const unknown = Object.keys(counts).filter((key) => !(key in labels) && (counts[key] ?? 0) > 0);
  return [...known, ...unknown].map((key) => ({ label: labels[key] ?? key, value: counts[key]! }));
}

function table(caption: string, columns: [string, string], rows: FigureTable["rows"]): FigureTable[] {
  return rows.length > 0 ? [{ caption, columns, rows }] : [];
}

export function number(value: number, lang: Lang): string {
  return formatNumber(value, lang);
}

export function date(iso: string, lang: Lang): string {
  return formatDate(new Date(iso), lang);
}

/**
 * Formats that read the same in both languages (so they are not in the
 * dictionaries, whose test expects every French sentence to differ).
 */
/** "Question 3 — Convention (UNTOC), article 5: …" */
export function questionHeading(q: ReportQuestion, lang: Lang): string {
  return `Question ${q.number} — ${questionReference(q, lang)}`;
}

/** Markdown links written out, since a printed page cannot be clicked: "text (url)". */
export function writtenLink(text: string, url: string): string {
  return text === url ? url : `${text} (${url})`;
}

/** "— Name" or "— a non-governmental organization", under a quote. */
export function quoteSourceLine(quote: ReportQuote, lang: Lang): string {
  return `— ${quoteSource(quote, lang)}`;
}

/** "Convention (UNTOC), article 5: Criminalization of participation…" */
export function questionReference(q: ReportQuestion, lang: Lang): string {
  return t(lang).downloads.questionReference(q.instrument.shortName[lang], q.article, q.articleTitle[lang]);
}

/** Sentences above a question's tables: how many answered, distinct arguments, campaigns. */
export function questionFigureSentences(q: ReportQuestion, lang: Lang): string[] {
  const s = t(lang).downloads;
  const f = q.figures;
  if (f.respondingOrganizations === 0) return [s.noAnswers];
  const sentences = [s.responding(number(f.respondingOrganizations, lang), f.respondingOrganizations)];
  if (f.campaigns.length > 0) {
    sentences.push(s.distinctArguments(number(f.distinctArguments, lang), f.distinctArguments));
    for (const campaign of f.campaigns) sentences.push(s.campaign(number(campaign.organizations, lang)));
  }
  return sentences;
}

/**
 * A question's tables: the closed-answer distribution, the main themes and,
 * for the public report, who answered by type and region (the government
 * input keeps to what its questionnaire asks: the answers and the themes).
 */
export function questionFigureTables(q: ReportQuestion, lang: Lang, options: { whoAnswered: boolean }): FigureTable[] {
  const d = t(lang);
  const s = d.downloads;
  const f = q.figures;
  const closedLabels = Object.fromEntries(CLOSED_ANSWERS.map((key) => [key, d.closedAnswers[key]]));
  return [
    ...(f.closed ? table(s.closedAnswers, [s.columns.answer, s.columns.organizations], orderedRows(f.closed as Counts, closedLabels)) : []),
    ...table(
      s.themes,
      [s.columns.theme, s.columns.answers],
      f.themes.filter((theme) => theme.answers > 0).map((theme) => ({ label: theme.label[lang], value: theme.answers })),
    ),
    ...(options.whoAnswered
      ? [
          ...table(s.organizationsByType, [s.columns.type, s.columns.organizations], orderedRows(f.byType, d.organizationTypes)),
          ...table(s.organizationsByRegion, [s.columns.region, s.columns.organizations], orderedRows(f.byRegion, d.regions)),
        ]
      : []),
  ];
}

/** The consultation's overall tables: answers by language, organizations by type and region. */
export function overviewTables(doc: ReportDocument, lang: Lang): FigureTable[] {
  const d = t(lang);
  const s = d.downloads;
  const f = doc.figures;
  return [
    ...table(s.answersByLanguage, [s.columns.language, s.columns.answers], orderedRows(f.byLanguage, d.languages)),
    ...table(s.organizationsByType, [s.columns.type, s.columns.organizations], orderedRows(f.byType, d.organizationTypes)),
    ...table(s.organizationsByRegion, [s.columns.region, s.columns.organizations], orderedRows(f.byRegion, d.regions)),
  ];
}

export function overviewSentences(doc: ReportDocument, lang: Lang): string[] {
  const s = t(lang).downloads;
  const f = doc.figures;
  return [
    s.participation(number(f.organizations, lang), number(f.answers, lang)),
    ...(f.rejected > 0 ? [s.rejectedAnswers(number(f.rejected, lang), f.rejected)] : []),
  ];
}

/**
 * Who said it: the organization's name when the document gives one (it
 * holds a name only with consent), otherwise "a/an {type}".
 */
export function quoteSource(quote: ReportQuote, lang: Lang): string {
  if (quote.attribution) return quote.attribution;
  const s = t(lang).downloads;
  return (s.anonymousSource as Record<string, string>)[quote.organizationType] ?? s.anyOrganization;
}

/** Labels for the organization list: "Name (type)". */
export function organizationTypeLabel(type: string, lang: Lang): string {
  return (t(lang).organizationTypes as Record<string, string>)[type] ?? type;
}

/**
 * The methodology section's paragraphs: the shared text the web page prints
 * too (app/models/report/methodology.ts), so the two never disagree.
 */
export { methodology as methodologyParagraphs } from "../methodology";

/** "Version 2, published January 31, 2027" or, for the preview, that it is a draft. */
export function versionLine(doc: ReportDocument, lang: Lang): string {
  const s = t(lang).downloads;
  return doc.version !== null && doc.publishedAt
    ? s.versionLine(doc.version, date(doc.publishedAt, lang))
    : s.draftLine(date(doc.generatedAt, lang));
}

/** untoc-cluster-1-report-v2-en.pdf (a draft has no version number: -draft-). */
export function reportFileName(doc: ReportDocument, lang: Lang, extension: string): string {
  const version = doc.version === null ? "draft" : `v${doc.version}`;
  return `untoc-${safeSlug(doc.consultation.slug)}-report-${version}-${lang}.${extension}`;
}

export function governmentFileName(doc: ReportDocument, lang: Lang): string {
  return `untoc-${safeSlug(doc.consultation.slug)}-government-input-${lang}.docx`;
}

/** A slug is ours (seeded), but a file name goes into a header: keep it to safe characters. */
function safeSlug(slug: string): string {
  return slug.replace(/[^a-z0-9-]/gi, "-");
}
