// The government input: what the consultation sends the Government of
// Canada for its self-assessment, as a Word document staff can edit before
// sending. Question by question in questionnaire order, figures, summary and
// key points; no quotes and no organization names (the issue keeps it to
// figures and summaries, and quote consent was given for the public report).
//
// Questions on an instrument Canada is not a party to (the Firearms Protocol)
// are not part of the self-assessment: left out by default, or gathered in an
// annex at the end when staff ask for them.
import { t } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import type { ReportDocument } from "../types";
import { date } from "./content";
import { heading, paragraph, questionBlocks, wordFile, type Block } from "./docx-blocks.server";

/** "Firearms Protocol" or "A and B": the non-party instruments among the questions. */
function instrumentList(questions: ReportDocument["questions"], lang: Lang): string {
  const names = [...new Set(questions.map((q) => q.instrument.shortName[lang]))];
  return new Intl.ListFormat(lang === "en" ? "en-CA" : "fr-CA", { type: "conjunction" }).format(names);
}

export function governmentInputDocx(doc: ReportDocument, lang: Lang, options: { includeNonParty: boolean }): Promise<Buffer> {
  const s = t(lang).downloads;
  const g = s.government;
  const title = g.title(doc.consultation.title[lang]);
  const sorted = [...doc.questions].sort((a, b) => a.number - b.number);
  const party = sorted.filter((q) => q.instrument.countryIsParty);
  const nonParty = sorted.filter((q) => !q.instrument.countryIsParty);

  const children: Block[] = [
    heading(1, title),
    ...g.about(doc.consultation.clusterId, date(doc.generatedAt, lang)).map((p) => paragraph(p)),
  ];
  if (nonParty.length > 0) {
    children.push(
      paragraph(options.includeNonParty ? g.annexPointer : g.nonPartyLeftOut(instrumentList(nonParty, lang)), { italic: true }),
    );
  }

  for (const q of party) children.push(...questionBlocks(q, lang, { level: 2, whoAnswered: false }));

  if (options.includeNonParty && nonParty.length > 0) {
    children.push(heading(2, g.annex), paragraph(g.annexNote(instrumentList(nonParty, lang))));
    for (const q of nonParty) children.push(...questionBlocks(q, lang, { level: 3, whoAnswered: false }));
  }

  return wordFile({ lang, title, description: s.instruments, sections: [{ children }] });
}
