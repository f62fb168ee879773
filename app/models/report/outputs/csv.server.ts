// The published figures and quotes as one CSV table, for people who want to
// work with the numbers. One table with one header (a second section would
// break spreadsheets and CSV readers): the `record` column says whether a
// row is a `figure` or a `quote`, and each kind fills its own columns.
//
// Figure rows: question (empty for the whole consultation), instrument,
// article, `measure` (a stable code: by_type, closed_answer, theme…),
// `category` (a stable code: ngo, ON, yes, a theme key, a campaign's number),
// a `label` in the document's language, and the `value`.
// Quote rows: question, instrument, article, the quote, its language and its
// source (a name only when the organization consented, else "a/an {type}").
//
// Escaping and formula-injection protection come from app/lib/csv.ts;
// a UTF-8 byte order mark lets Excel read French accents correctly.
import { CLOSED_ANSWERS } from "~db/schema";
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { csvRow, type CsvValue } from "../../../lib/csv";
import type { Counts, ReportDocument, ReportQuestion } from "../types";
import { quoteSource } from "./content";

type Measure = keyof ReturnType<typeof t>["downloads"]["csv"]["measures"];

interface FigureRow {
  measure: Measure;
  category: string;
  label: string;
  value: number;
}

function countRows(
  measure: Measure,
  counts: Counts,
  labels: Record<string, string>,
  order: readonly string[] = Object.keys(labels),
): FigureRow[] {
  const keys = [...order.filter((k) => k in counts), ...Object.keys(counts).filter((k) => !order.includes(k))];
  return keys.filter((k) => (counts[k] ?? 0) > 0).map((k) => ({ measure, category: k, label: labels[k] ?? k, value: counts[k]! }));
}

function questionFigureRows(q: ReportQuestion, lang: Lang): FigureRow[] {
  const d = t(lang);
  const m = d.downloads.csv.measures;
  const f = q.figures;
  return [
    { measure: "responding_organizations", category: "", label: m.responding_organizations, value: f.respondingOrganizations },
    ...countRows("by_type", f.byType, d.organizationTypes),
    ...countRows("by_region", f.byRegion, d.regions),
    ...(f.closed ? countRows("closed_answer", f.closed as Counts, d.closedAnswers, CLOSED_ANSWERS) : []),
    ...f.themes.map((theme) => ({ measure: "theme" as const, category: theme.key, label: theme.label[lang], value: theme.answers })),
    ...f.campaigns.map((campaign, i) => ({
      measure: "campaign" as const,
      category: String(i + 1),
      label: d.downloads.csv.campaign(i + 1),
      value: campaign.organizations,
    })),
    { measure: "distinct_arguments", category: "", label: m.distinct_arguments, value: f.distinctArguments },
  ];
}

function consultationFigureRows(doc: ReportDocument, lang: Lang): FigureRow[] {
  const d = t(lang);
  const m = d.downloads.csv.measures;
  const f = doc.figures;
  return [
    { measure: "organizations", category: "", label: m.organizations, value: f.organizations },
    { measure: "answers", category: "", label: m.answers, value: f.answers },
    { measure: "rejected", category: "", label: m.rejected, value: f.rejected },
    ...countRows("by_language", f.byLanguage, d.languages),
    ...countRows("by_type", f.byType, d.organizationTypes),
    ...countRows("by_region", f.byRegion, d.regions),
  ];
}

export function reportCsv(doc: ReportDocument, lang: Lang): string {
  const c = t(lang).downloads.csv.columns;
  const lines: CsvValue[][] = [
    [c.record, c.question, c.instrument, c.article, c.measure, c.category, c.label, c.value, c.quote, c.quoteLanguage, c.source],
  ];
  for (const row of consultationFigureRows(doc, lang)) {
    lines.push(["figure", null, null, null, row.measure, row.category, row.label, row.value, null, null, null]);
  }
  for (const q of doc.questions) {
    const where = [q.number, q.instrument.shortName[lang], q.article];
    for (const row of questionFigureRows(q, lang)) {
      lines.push(["figure", ...where, row.measure, row.category, row.label, row.value, null, null, null]);
    }
    for (const quote of q.quotes) {
      lines.push(["quote", ...where, null, null, null, null, quote.text, quote.language, quoteSource(quote, lang)]);
    }
  }
  return "\uFEFF" + lines.map(csvRow).join("");
}
