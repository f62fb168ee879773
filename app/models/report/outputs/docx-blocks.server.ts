// The pieces both Word documents (the public report and the government
// input) are made of, with the `docx` library (pure JavaScript). Headings use
// Word's own Heading styles, so the navigation pane and a generated table of
// contents work; tables mark their first row as a header row, repeated on
// each page.
import {
  AlignmentType,
  CarriageReturn,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { locale, t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import type { ReportQuestion } from "../types";
import { number, questionFigureSentences, questionFigureTables, questionHeading, writtenLink, type FigureTable } from "./content";
import { markdownBlocks, type Run } from "./markdown";

export type Block = Paragraph | Table;

const LEVELS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;

/**
 * Level 1 is the document's title (Word's Title style); 2–4 are Heading 1–3,
 * so the outline starts at the sections.
 */
export function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  return new Paragraph({ heading: LEVELS[level], children: [new TextRun(text)] });
}

export function paragraph(text: string, style: { bold?: boolean; italic?: boolean; lang?: Lang } = {}): Paragraph {
  return new Paragraph({
    children: [textRun({ text, bold: style.bold ?? false, italic: style.italic ?? false }, style.lang)],
    spacing: { after: 120 },
  });
}

function textRun(run: Run, lang?: Lang): TextRun {
  const style = { bold: run.bold, italics: run.italic, ...(lang ? { language: { value: locale(lang) } } : {}) };
  // A hard line break inside a run ("\n") becomes a Word line break.
  const lines = run.text.split("\n");
  if (lines.length === 1) return new TextRun({ text: run.text, ...style });
  return new TextRun({ ...style, children: lines.flatMap((line, i) => (i === 0 ? [line] : [new CarriageReturn(), line])) });
}

export function bullets(items: string[]): Paragraph[] {
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
}

/** Staff Markdown as Word paragraphs and bullet lists (numbered lists keep their numbers as text). */
export function markdown(source: string, link: (text: string, url: string) => string = writtenLink): Paragraph[] {
  return markdownBlocks(source, link).flatMap((block) =>
    block.kind === "paragraph"
      ? [new Paragraph({ children: block.runs.map((run) => textRun(run)), spacing: { after: 120 } })]
      : block.items.map((item, index) =>
          block.ordered
            ? new Paragraph({
                indent: { left: 360 * (item.depth + 1) },
                children: [new TextRun(`${index + 1}. `), ...item.runs.map((run) => textRun(run))],
              })
            : new Paragraph({ bullet: { level: Math.min(item.depth, 8) }, children: item.runs.map((run) => textRun(run)) }),
        ),
  );
}

function cell(text: string, options: { header?: boolean; right?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header ?? false })],
      }),
    ],
  });
}

/** A caption (bold paragraph kept with the table) and a two-column table with a header row. */
export function figureTable(table: FigureTable, lang: Lang): Block[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [new TextRun({ text: table.caption, bold: true })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell(table.columns[0], { header: true, width: 75 }), cell(table.columns[1], { header: true, right: true, width: 25 })],
        }),
        ...table.rows.map(
          (row) => new TableRow({ children: [cell(row.label, { width: 75 }), cell(number(row.value, lang), { right: true, width: 25 })] }),
        ),
      ],
    }),
  ];
}

/** A question's heading, prompt, figures, summary and key points: what both documents share. */
export function questionBlocks(q: ReportQuestion, lang: Lang, options: { level: 3 | 2; whoAnswered: boolean }): Block[] {
  const s = t(lang).downloads;
  const sub = (options.level + 1) as 3 | 4;
  return [
    heading(options.level, questionHeading(q, lang)),
    paragraph(q.prompt[lang], { bold: true }),
    heading(sub, s.figures),
    ...questionFigureSentences(q, lang).map((sentence) => paragraph(sentence)),
    ...questionFigureTables(q, lang, { whoAnswered: options.whoAnswered }).flatMap((table) => figureTable(table, lang)),
    heading(sub, s.summary),
    ...(q.summary[lang].trim() ? markdown(q.summary[lang], writtenLink) : [paragraph(s.noSummary, { italic: true })]),
    ...(q.keyPoints[lang].length > 0 ? [heading(sub, s.keyPoints), ...bullets(q.keyPoints[lang])] : []),
  ];
}

/** A Word file in `lang`: the language is set on the default run style, which spell checkers and screen readers use. */
export function wordFile(options: { lang: Lang; title: string; description: string; sections: ISectionOptions[] }): Promise<Buffer> {
  const document = new Document({
    title: options.title,
    description: options.description,
    creator: t(options.lang).meta.siteShortName,
    styles: {
      default: {
        document: { run: { font: "Arial", size: 22, language: { value: locale(options.lang) } } },
      },
    },
    sections: options.sections,
  });
  return Packer.toBuffer(document);
}
