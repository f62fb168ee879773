// The public report as a PDF, drawn with pdfkit (pure JavaScript: no browser
// or headless Chrome at run time).
//
// Accessibility: the PDF is tagged (headings, paragraphs, lists, tables and
// quotes are structure elements in reading order; page numbers and bars are
// artifacts), declares its language and shows its title, and has bookmarks
// and a linked table of contents. The DOCX is the editable alternative.
//
// Fonts: pdfkit's standard Helvetica, so nothing is embedded and no font file
// has to ship. It is encoded in WinAnsi, which covers French (é à ç œ « » ’
// – — …); text outside it is brought down to it by `pdfSafe` below.
import PDFDocument from "pdfkit";
import { locale, t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import type { ReportDocument, ReportQuestion } from "../types";
import {
  methodologyParagraphs,
  number,
  organizationTypeLabel,
  overviewSentences,
  overviewTables,
  questionFigureSentences,
  questionFigureTables,
  questionHeading,
  quoteSourceLine,
  versionLine,
  writtenLink,
  type FigureTable,
} from "./content";
import { markdownBlocks, type Block, type Run } from "./markdown";

const MARGIN = 72;
const BODY = 10.5;
const COLOR = { text: "#1f1f1f", muted: "#4d4d4d", bar: "#26374a", rule: "#b3b3b3" };
const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique", boldItalic: "Helvetica-BoldOblique" };
const HEADING_SIZE = { 1: 22, 2: 16, 3: 13, 4: 11.5 } as const;
const TOC_LINE = 17;

/** Characters WinAnsi has beyond Latin-1 (pdfkit's map for its standard fonts). */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›žŸ");
/** Typographic characters outside WinAnsi, with the nearest one inside it. */
const NEAREST: Record<string, string> = {
  "\u202f": "\u00a0", // narrow no-break space (French before « ; : ! ? »)
  "\u2007": "\u00a0",
  "\u2060": "",
  "\u200b": "",
  "\ufeff": "",
  "\u2009": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u2026": "…",
};

/**
 * Text the standard fonts can draw: WinAnsi as is, a few typographic
 * characters mapped to their nearest, accented Latin letters outside it
 * (ā, ł…) without their accent, and anything else (another script, an
 * emoji) as "?", since Helvetica has no glyph for it. A character pdfkit
 * cannot encode would otherwise come out as a wrong glyph.
 */
export function pdfSafe(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || char === "\n" || WIN_ANSI_EXTRA.has(char)) {
      out += char;
    } else if (char in NEAREST) {
      out += NEAREST[char];
    } else if (char === "\t" || char === "\r") {
      out += " ";
    } else {
      const stripped = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += [...stripped].every((c) => c.codePointAt(0)! < 0x7f) && stripped ? stripped : "?";
    }
  }
  return out;
}

function fontOf(run: Pick<Run, "bold" | "italic">): string {
  if (run.bold && run.italic) return FONT.boldItalic;
  if (run.bold) return FONT.bold;
  if (run.italic) return FONT.italic;
  return FONT.regular;
}

const plain = (text: string, style: Partial<Pick<Run, "bold" | "italic">> = {}): Run[] => [{ text, bold: false, italic: false, ...style }];

interface ContentsEntry {
  level: 2 | 3;
  title: string;
  destination: string;
  page: number;
}

/** Draws tagged blocks one after the other, keeping what the table of contents needs. */
class Writer {
  readonly pdf: PDFKit.PDFDocument;
  readonly lang: Lang;
  readonly root: PDFKit.PDFStructureElement;
  readonly contents: ContentsEntry[] = [];
  private page = 0;
  private section: PDFKit.PDFOutline | null = null;

  constructor(pdf: PDFKit.PDFDocument, lang: Lang) {
    this.pdf = pdf;
    this.lang = lang;
    this.root = pdf.struct("Document");
    pdf.addStructure(this.root);
    pdf.on("pageAdded", () => (this.page += 1));
  }

  get width(): number {
    return this.pdf.page.width - 2 * MARGIN;
  }

  get bottom(): number {
    return this.pdf.page.height - MARGIN;
  }

  /** Starts a new page unless `height` still fits on this one (keeps a heading with what follows). */
  ensureSpace(height: number): void {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  heading(level: 1 | 2 | 3 | 4, text: string, options: { contents?: boolean } = {}): void {
    const size = HEADING_SIZE[level];
    this.ensureSpace(size * 2 + BODY * 4);
    if (level > 1) this.pdf.moveDown(0.6);
    if (options.contents && level !== 1 && level !== 4) {
      const destination = `section-${this.contents.length + 1}`;
      // XYZ with null left and zoom: jump to this heading's height, keeping the reader's zoom (the types only allow numbers).
      this.pdf.addNamedDestination(destination, "XYZ", null as unknown as number, this.pdf.y, null as unknown as number);
      this.contents.push({ level, title: text, destination, page: this.page });
      // Bookmarks: sections, with their questions under them.
      if (level === 2) this.section = this.pdf.outline.addItem(pdfSafe(text));
      else (this.section ?? this.pdf.outline).addItem(pdfSafe(text));
    }
    this.pdf.x = MARGIN;
    this.root.add(
      this.pdf.struct(`H${level}`, {}, () => {
        this.pdf.font(FONT.bold).fontSize(size).fillColor(COLOR.text).text(pdfSafe(text), { width: this.width });
      }),
    );
    this.pdf.moveDown(0.4);
  }

  /** A paragraph of runs, under `parent` (the document unless given). */
  paragraph(
    runs: Run[],
    options: { size?: number; color?: string; indent?: number; type?: string; parent?: PDFKit.PDFStructureElement; lang?: string } = {},
  ): void {
    if (runs.length === 0) return;
    const size = options.size ?? BODY;
    const indent = options.indent ?? 0;
    this.ensureSpace(size * 2.5);
    this.pdf.x = MARGIN + indent;
    (options.parent ?? this.root).add(
      this.pdf.struct(options.type ?? "P", options.lang ? { lang: options.lang } : {}, () => {
        runs.forEach((run, index) => {
          this.pdf
            .font(fontOf(run))
            .fontSize(size)
            .fillColor(options.color ?? COLOR.text)
            .text(pdfSafe(run.text), { width: this.width - indent, continued: index < runs.length - 1, lineGap: 2 });
        });
      }),
    );
    this.pdf.x = MARGIN;
    this.pdf.moveDown(0.5);
  }

  text(text: string, options: Parameters<Writer["paragraph"]>[1] & { bold?: boolean; italic?: boolean } = {}): void {
    this.paragraph(plain(text, { bold: options.bold ?? false, italic: options.italic ?? false }), options);
  }

  /** A list: "•" or "1." as the label, the item's runs beside it. */
  list(items: { depth: number; runs: Run[] }[], ordered: boolean): void {
    const list = this.pdf.struct("L");
    this.root.add(list);
    items.forEach((item, index) => {
      const indent = 14 + item.depth * 16;
      this.ensureSpace(BODY * 2.5);
      const y = this.pdf.y;
      const li = this.pdf.struct("LI");
      list.add(li);
      li.add(
        this.pdf.struct("Lbl", {}, () => {
          this.pdf
            .font(FONT.regular)
            .fontSize(BODY)
            .fillColor(COLOR.text)
            .text(ordered ? `${index + 1}.` : "•", MARGIN + indent - 12, y, { lineBreak: false });
        }),
      );
      this.pdf.x = MARGIN + indent;
      this.pdf.y = y;
      li.add(
        this.pdf.struct("LBody", {}, () => {
          item.runs.forEach((run, i) => {
            this.pdf
              .font(fontOf(run))
              .fontSize(BODY)
              .text(pdfSafe(run.text), { width: this.width - indent, continued: i < item.runs.length - 1, lineGap: 2 });
          });
        }),
      );
      li.end();
      this.pdf.x = MARGIN;
      this.pdf.moveDown(0.25);
    });
    list.end();
    this.pdf.moveDown(0.4);
  }

  markdown(source: string, link: (text: string, url: string) => string): void {
    for (const block of markdownBlocks(source, link) as Block[]) {
      if (block.kind === "paragraph") this.paragraph(block.runs);
      else this.list(block.items, block.ordered);
    }
  }

  /**
   * A figure table: label, number, and a bar as long as the number (the bar
   * only repeats the number, so it is an artifact screen readers skip).
   */
  table(figures: FigureTable): void {
    const pdf = this.pdf;
    const labelWidth = Math.min(220, this.width * 0.48);
    const valueWidth = 80;
    const barX = MARGIN + labelWidth + valueWidth + 12;
    const barMax = MARGIN + this.width - barX;
    const max = Math.max(...figures.rows.map((r) => r.value), 1);
    const table = pdf.struct("Table");
    this.root.add(table);

    this.ensureSpace(BODY * 6);
    table.add(
      pdf.struct("Caption", {}, () => {
        pdf.font(FONT.bold).fontSize(BODY).fillColor(COLOR.text).text(pdfSafe(figures.caption), MARGIN, pdf.y, { width: this.width });
      }),
    );
    pdf.moveDown(0.2);

    const row = (cells: [string, string], header: boolean, value?: number) => {
      pdf.font(header ? FONT.bold : FONT.regular).fontSize(BODY - 0.5);
      const height = Math.max(pdf.heightOfString(pdfSafe(cells[0]), { width: labelWidth }), BODY + 2) + 4;
      this.ensureSpace(height);
      const y = pdf.y;
      const tr = pdf.struct("TR");
      table.add(tr);
      // The label is the row's header; the header row's cells are all headers.
      tr.add(pdf.struct("TH", {}, () => pdf.fillColor(COLOR.text).text(pdfSafe(cells[0]), MARGIN, y + 2, { width: labelWidth })));
      tr.add(
        pdf.struct(header ? "TH" : "TD", {}, () =>
          pdf.text(pdfSafe(cells[1]), MARGIN + labelWidth, y + 2, { width: valueWidth, align: "right" }),
        ),
      );
      tr.end();
      pdf.markContent("Artifact");
      if (value !== undefined && value > 0) pdf.rect(barX, y + 3, Math.max(1, (value / max) * barMax), BODY - 1).fill(COLOR.bar);
      pdf
        .moveTo(MARGIN, y + height)
        .lineTo(MARGIN + this.width, y + height)
        .lineWidth(0.5)
        .stroke(COLOR.rule);
      pdf.endMarkedContent();
      pdf.y = y + height;
    };
    row(figures.columns, true);
    for (const r of figures.rows) row([r.label, number(r.value, this.lang)], false, r.value);
    table.end();
    pdf.x = MARGIN;
    pdf.moveDown(0.8);
  }

  /** A quote: the words in its own language, then who said it. */
  quote(text: string, source: string, lang: string, note: string | null): void {
    const block = this.pdf.struct("BlockQuote", { lang });
    this.root.add(block);
    this.paragraph(plain(text, { italic: true }), { indent: 18, parent: block, lang });
    this.paragraph(plain(note ? `${source} ${note}` : source), { indent: 18, parent: block, color: COLOR.muted, size: BODY - 1 });
    block.end();
  }

  /**
   * Reserves the table of contents' pages now (its entries are known in
   * number, not yet in page), and returns where it starts.
   */
  reserveContents(title: string, entries: number): { page: number; y: number; toc: PDFKit.PDFStructureElement } {
    this.heading(2, title);
    const start = { page: this.page, y: this.pdf.y };
    const firstPage = this.bottom - this.pdf.y;
    const perPage = this.bottom - MARGIN;
    const extraPages = Math.max(0, Math.ceil((entries * TOC_LINE - firstPage) / perPage));
    const toc = this.pdf.struct("TOC");
    this.root.add(toc);
    for (let i = 0; i < extraPages; i++) this.pdf.addPage();
    return { ...start, toc };
  }

  /** Writes the table of contents on the pages reserved for it, each line a link. */
  fillContents(at: { page: number; y: number; toc: PDFKit.PDFStructureElement }): void {
    const pdf = this.pdf;
    let page = at.page;
    let y = at.y;
    pdf.switchToPage(page);
    for (const entry of this.contents) {
      if (y + TOC_LINE > this.bottom) {
        page += 1;
        pdf.switchToPage(page);
        y = MARGIN;
      }
      const indent = entry.level === 3 ? 14 : 0;
      const numberWidth = 36;
      at.toc.add(
        pdf.struct("TOCI", {}, () => {
          pdf
            .font(entry.level === 2 ? FONT.bold : FONT.regular)
            .fontSize(BODY - 0.5)
            .fillColor(COLOR.text)
            .text(pdfSafe(entry.title), MARGIN + indent, y, {
              width: this.width - indent - numberWidth - 8,
              height: TOC_LINE - 4,
              ellipsis: true,
              goTo: entry.destination,
            });
          pdf.text(String(entry.page + 1), MARGIN + this.width - numberWidth, y, {
            width: numberWidth,
            align: "right",
            goTo: entry.destination,
          });
        }),
      );
      y += TOC_LINE;
    }
    at.toc.end();
  }

  /** "Page 3 of 12" at the foot of every page but the title page. */
  pageNumbers(label: (n: number, total: number) => string): void {
    const pdf = this.pdf;
    const range = pdf.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      pdf.switchToPage(i);
      // Writing inside the bottom margin must not start a new page.
      const margin = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      pdf.markContent("Artifact", { type: "Pagination" });
      pdf
        .font(FONT.regular)
        .fontSize(BODY - 2)
        .fillColor(COLOR.muted)
        .text(label(i + 1, range.count), MARGIN, pdf.page.height - MARGIN / 2, { width: this.width, align: "center", lineBreak: false });
      pdf.endMarkedContent();
      pdf.page.margins.bottom = margin;
    }
  }
}

function collect(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
}

function writeQuestion(w: Writer, q: ReportQuestion, lang: Lang): void {
  const s = t(lang).downloads;
  w.heading(3, questionHeading(q, lang), { contents: true });
  w.text(q.prompt[lang], { bold: true });

  w.heading(4, s.figures);
  for (const sentence of questionFigureSentences(q, lang)) w.text(sentence);
  for (const table of questionFigureTables(q, lang, { whoAnswered: true })) w.table(table);

  w.heading(4, s.summary);
  if (q.summary[lang].trim()) w.markdown(q.summary[lang], writtenLink);
  else w.text(s.noSummary, { italic: true });

  const keyPoints = q.keyPoints[lang];
  if (keyPoints.length > 0) {
    w.heading(4, s.keyPoints);
    w.list(
      keyPoints.map((point) => ({ depth: 0, runs: plain(point) })),
      false,
    );
  }

  if (q.quotes.length > 0) {
    w.heading(4, s.quotes);
    for (const quote of q.quotes) {
      w.quote(
        s.quoted(quote.text),
        quoteSourceLine(quote, lang),
        locale(quote.language),
        quote.language === lang ? null : s.quoteLanguage[quote.language],
      );
    }
  }
}

export async function reportPdf(doc: ReportDocument, lang: Lang): Promise<Buffer> {
  const d = t(lang);
  const s = d.downloads;
  const title = s.reportTitle(doc.consultation.title[lang]);
  // Dates from the document, not the clock: the same version gives the same file.
  const date = new Date(doc.publishedAt ?? doc.generatedAt);
  const pdf = new PDFDocument({
    size: "LETTER",
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    displayTitle: true,
    lang: locale(lang),
    pdfVersion: "1.7",
    info: { Title: title, Subject: s.instruments, Author: d.meta.government, CreationDate: date, ModDate: date },
  });
  const bytes = collect(pdf);
  const w = new Writer(pdf, lang);

  // Title page.
  pdf.y = MARGIN * 2.5;
  w.text(s.reportKicker, { color: COLOR.muted, size: 12 });
  w.heading(1, title);
  w.text(s.instruments, { size: 12 });
  w.text(versionLine(doc, lang), { size: 12, color: COLOR.muted });

  pdf.addPage();
  const sections = 4 + (doc.acknowledgements[lang].trim() ? 1 : 0) + (doc.intro[lang].trim() ? 1 : 0);
  const contents = w.reserveContents(s.contents, sections + doc.questions.length);

  pdf.addPage();
  if (doc.intro[lang].trim()) {
    w.heading(2, s.introduction, { contents: true });
    w.markdown(doc.intro[lang], writtenLink);
  }

  w.heading(2, s.methodology, { contents: true });
  for (const paragraph of methodologyParagraphs(doc, lang)) w.text(paragraph);

  w.heading(2, s.overview, { contents: true });
  for (const sentence of overviewSentences(doc, lang)) w.text(sentence);
  for (const table of overviewTables(doc, lang)) w.table(table);

  pdf.addPage();
  w.heading(2, s.questions, { contents: true });
  doc.questions.forEach((q, index) => {
    if (index > 0) pdf.addPage();
    writeQuestion(w, q, lang);
  });

  pdf.addPage();
  w.heading(2, s.organizations, { contents: true });
  if (doc.organizations.length > 0) {
    w.text(s.organizationsNote);
    w.list(
      doc.organizations.map((o) => ({ depth: 0, runs: plain(`${o.name} (${organizationTypeLabel(o.type, lang)})`) })),
      false,
    );
  } else {
    w.text(s.noOrganizations);
  }

  if (doc.acknowledgements[lang].trim()) {
    w.heading(2, s.acknowledgements, { contents: true });
    w.markdown(doc.acknowledgements[lang], writtenLink);
  }

  w.fillContents(contents);
  w.pageNumbers(s.page);
  w.root.end();
  pdf.end();
  return bytes;
}
