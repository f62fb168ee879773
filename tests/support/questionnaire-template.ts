// The downloaded CSV template filled in as a team would in a spreadsheet: the
// template's example row kept, and a second question (TIP Protocol, article
// 6) added. `second` changes that question's cells, e.g. the mistake a
// journey wants the importer to catch.
import { parseCsv } from "~/lib/csv";

export function withSecondQuestion(template: string, second: Record<string, string> = {}): string {
  const rows = parseCsv(template);
  const header = rows[0]!;
  const example = rows[1]!;
  const cells: Record<string, string> = {
    key: "tip-6-assistance",
    instrument: "tip",
    article: "6",
    article_title_en: "Assistance to and protection of victims of trafficking in persons",
    article_title_fr: "Assistance et protection accordées aux victimes de la traite des personnes",
    prompt_en: "Does Canada protect the privacy and identity of victims of trafficking in persons?",
    prompt_fr: "Le Canada protège-t-il la vie privée et l’identité des victimes de la traite des personnes ?",
    guidance_en: "Think of court proceedings.\n\nSee https://laws-lois.justice.gc.ca.",
    guidance_fr: "Pensez aux procédures judiciaires.\n\nVoir https://laws-lois.justice.gc.ca.",
    answer_type: "open",
    word_limit: "400",
    ...second,
  };
  const row = [...example];
  for (const [name, value] of Object.entries(cells)) row[header.indexOf(name)] = value;
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return "\uFEFF" + [header, example, row].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
