// The report's methodology, written from its own figures so it can never
// disagree with them. Plain paragraphs (no Markdown, no HTML): the web page
// (ReportView) and the PDF/DOCX writers all print the same sentences.
// Universal: no server-only import, it runs in the browser on hydration.
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { formatDate, formatNumber } from "~/i18n/format";
import type { ReportDocument } from "./types";

export function methodology(doc: ReportDocument, lang: Lang): string[] {
  const m = t(lang).report.methodologyText;
  const n = (value: number) => formatNumber(value, lang);
  const { figures } = doc;
  const campaignGroups = doc.questions.reduce((sum, q) => sum + q.figures.campaigns.length, 0);
  const hasThemes = doc.questions.some((q) => q.figures.themes.length > 0);
  const hasQuotes = doc.questions.some((q) => q.quotes.length > 0);
  const hasNonParty = doc.questions.some((q) => !q.instrument.countryIsParty);

  const paragraphs = [
    m.collected(formatDate(new Date(doc.consultation.opensAt), lang), formatDate(new Date(doc.consultation.closesAt), lang)),
    figures.answers > 0
      ? `${m.counted(figures.organizations, figures.answers)} ${m.languages(figures.byLanguage.en ?? 0, figures.byLanguage.fr ?? 0)}`
      : m.counted(figures.organizations, figures.answers),
    m.rejected(figures.rejected, n(figures.rejected)),
    m.campaigns(campaignGroups),
  ];
  // Sentences about things the report does not contain would only confuse.
  if (hasThemes) paragraphs.push(m.themes);
  if (hasQuotes) paragraphs.push(m.quotes);
  if (hasNonParty) paragraphs.push(m.notParty);
  paragraphs.push(m.asOf(formatDate(new Date(doc.generatedAt), lang)));
  return paragraphs;
}
