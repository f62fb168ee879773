// The public report as a Word document: the same sections as the PDF, with
// Word's heading styles for navigation. Built with `docx` (no browser).
import { Paragraph, TextRun } from "docx";
import { locale, t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import type { ReportDocument } from "../types";
import {
  methodologyParagraphs,
  organizationTypeLabel,
  overviewSentences,
  overviewTables,
  quoteSourceLine,
  versionLine,
  writtenLink,
} from "./content";
import { bullets, figureTable, heading, markdown, paragraph, questionBlocks, wordFile, type Block } from "./docx-blocks.server";

function quoteBlocks(doc: ReportDocument["questions"][number], lang: Lang): Block[] {
  const s = t(lang).downloads;
  if (doc.quotes.length === 0) return [];
  return [
    heading(4, s.quotes),
    ...doc.quotes.flatMap((quote) => [
      // The quote keeps its own language, so a screen reader reads it in the right voice.
      new Paragraph({
        indent: { left: 567 },
        children: [new TextRun({ text: s.quoted(quote.text), italics: true, language: { value: locale(quote.language) } })],
      }),
      new Paragraph({
        indent: { left: 567 },
        spacing: { after: 160 },
        children: [
          new TextRun(quoteSourceLine(quote, lang)),
          ...(quote.language === lang ? [] : [new TextRun(` ${s.quoteLanguage[quote.language]}`)]),
        ],
      }),
    ]),
  ];
}

export function reportDocx(doc: ReportDocument, lang: Lang): Promise<Buffer> {
  const s = t(lang).downloads;
  const title = s.reportTitle(doc.consultation.title[lang]);
  const children: Block[] = [paragraph(s.reportKicker), heading(1, title), paragraph(s.instruments), paragraph(versionLine(doc, lang))];

  if (doc.intro[lang].trim()) children.push(heading(2, s.introduction), ...markdown(doc.intro[lang], writtenLink));

  children.push(heading(2, s.methodology), ...methodologyParagraphs(doc, lang).map((p) => paragraph(p)));

  children.push(
    heading(2, s.overview),
    ...overviewSentences(doc, lang).map((p) => paragraph(p)),
    ...overviewTables(doc, lang).flatMap((table) => figureTable(table, lang)),
  );

  children.push(heading(2, s.questions));
  for (const q of doc.questions) children.push(...questionBlocks(q, lang, { level: 3, whoAnswered: true }), ...quoteBlocks(q, lang));

  children.push(heading(2, s.organizations));
  if (doc.organizations.length > 0) {
    children.push(
      paragraph(s.organizationsNote),
      ...bullets(doc.organizations.map((o) => `${o.name} (${organizationTypeLabel(o.type, lang)})`)),
    );
  } else {
    children.push(paragraph(s.noOrganizations));
  }

  if (doc.acknowledgements[lang].trim())
    children.push(heading(2, s.acknowledgements), ...markdown(doc.acknowledgements[lang], writtenLink));

  return wordFile({ lang, title, description: s.instruments, sections: [{ children }] });
}
