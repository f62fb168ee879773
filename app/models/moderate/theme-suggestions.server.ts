// Theme suggestions for one answer: "answers that read like this one were
// tagged with…". A more-like-this query over the FTS5 index (BM25), not a
// trained model: it needs no training step, explains itself (the neighbours
// are ordinary answers staff tagged), and improves as staff tag more.
//
// 1. The answer's text is cut into terms the way the index cuts it
//    (unicode61, accents folded), minus stop words and short tokens.
// 2. The terms that best describe it are kept: frequent in the answer, rare
//    in the index (tf × idf, document frequency read from an fts5vocab
//    table). Rare terms keep the MATCH small on a big database; terms found
//    in no other answer are dropped since they cannot find a neighbour.
// 3. `"t1" OR "t2" …` finds submitted, tagged answers of the same
//    consultation; SQLite ranks them by bm25 and keeps the best NEIGHBOURS.
// 4. Each neighbour votes for its themes with its -bm25 (bm25 is negative,
//    lower is better), so a theme backed by several close answers wins.
//    Themes already on the answer, or dismissed for it, are left out.
//
// The two FTS5 queries are raw SQL (db/statements.server.ts): drizzle's
// builder knows neither MATCH nor bm25 nor fts5vocab tables, and the FTS
// tables (migrations) are not in the drizzle schema, so they are named here.
import { eq, max, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { questions, responses, responseThemes, themeDismissals, themes } from "~db/schema";
import { preparedQuery, preparedSql } from "~db/statements.server";
import { pick } from "~/i18n";
import type { Lang } from "~/i18n/lang";
import { stripAccents } from "~/lib/fold";

export interface ThemeSuggestion {
  themeId: number;
  label: string;
  /** Sum of the neighbours' -bm25: only comparable within one answer's list. */
  score: number;
}

/** Terms sent to MATCH: enough to describe an answer, few enough to stay fast. */
const MAX_TERMS = 20;
/** Tagged answers that vote. More adds noise from loosely related answers. */
const NEIGHBOURS = 25;
/** Shorter tokens ("de", "l", "of", "to") carry no topic in either language. */
const MIN_TERM_LENGTH = 3;

// Written accent-free and in lower case, as the index stores terms (fold()
// is applied anyway so an accented entry here cannot silently miss).
const STOP_WORDS = new Set(
  [
    // English
    "the",
    "and",
    "for",
    "are",
    "but",
    "not",
    "you",
    "all",
    "any",
    "can",
    "had",
    "her",
    "was",
    "one",
    "our",
    "out",
    "has",
    "have",
    "this",
    "that",
    "with",
    "from",
    "they",
    "will",
    "would",
    "there",
    "their",
    "what",
    "which",
    "when",
    "where",
    "who",
    "whom",
    "been",
    "being",
    "were",
    "into",
    "than",
    "then",
    "them",
    "these",
    "those",
    "such",
    "also",
    "more",
    "most",
    "other",
    "some",
    "only",
    "over",
    "very",
    "should",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "about",
    "after",
    "before",
    "between",
    "because",
    "each",
    "does",
    "did",
    "its",
    "his",
    "she",
    "him",
    "how",
    "why",
    "both",
    "few",
    "own",
    "same",
    "too",
    "just",
    "under",
    "while",
    "through",
    "during",
    "against",
    "above",
    "below",
    "again",
    "here",
    "nor",
    "off",
    "upon",
    "within",
    "without",
    "per",
    "via",
    "etc",
    "many",
    "much",
    "well",
    "even",
    "still",
    "yet",
    "whether",
    "however",
    "often",
    "need",
    "needs",
    // French
    "les",
    "des",
    "une",
    "dans",
    "pour",
    "par",
    "sur",
    "avec",
    "sans",
    "sous",
    "que",
    "qui",
    "quoi",
    "dont",
    "est",
    "sont",
    "etre",
    "ete",
    "avoir",
    "ont",
    "aux",
    "ces",
    "cet",
    "cette",
    "ses",
    "son",
    "leur",
    "leurs",
    "nous",
    "vous",
    "ils",
    "elles",
    "elle",
    "lui",
    "mais",
    "donc",
    "car",
    "pas",
    "plus",
    "moins",
    "tres",
    "tout",
    "tous",
    "toute",
    "toutes",
    "comme",
    "aussi",
    "entre",
    "ainsi",
    "meme",
    "autre",
    "autres",
    "fait",
    "faire",
    "peut",
    "doit",
    "etait",
    "avait",
    "selon",
    "lors",
    "afin",
    "notre",
    "nos",
    "votre",
    "vos",
    "celle",
    "celui",
    "ceux",
    "cela",
    "ceci",
    "ici",
    "deja",
    "encore",
    "bien",
    "non",
    "oui",
    "sera",
    "seront",
    "peuvent",
    "doivent",
    "avons",
    "sommes",
    "chez",
    "depuis",
    "pendant",
    "avant",
    "apres",
    "lorsque",
    "quand",
    "comment",
    "parce",
    "souvent",
    "besoin",
  ].map(fold),
);

/** Lower case without accents: what unicode61 with remove_diacritics 2 does to a token. */
function fold(word: string): string {
  return stripAccents(word).toLowerCase();
}

/**
 * The answer's terms with their counts. unicode61 treats every character that
 * is not a letter or a digit as a separator (so "l'hébergement" gives "l" and
 * "hebergement"); doing the same here makes the fts5vocab lookups hit.
 * All-digit tokens are dropped: years and article numbers say little about
 * a theme and would match answers on unrelated subjects.
 */
export function answerTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (token.length < MIN_TERM_LENGTH || STOP_WORDS.has(token) || /^\p{N}+$/u.test(token)) continue;
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** An FTS5 string: double quotes make any term a plain phrase, never query syntax. */
function quoteTerm(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

const answerOf = preparedQuery((db) =>
  db
    .select({ text: responses.text, consultationId: questions.consultationId })
    .from(responses)
    .innerJoin(questions, eq(questions.id, responses.questionId))
    .where(eq(responses.id, sql.placeholder("responseId")))
    .prepare(),
);

// max(id) is read from the end of the rowid b-tree, where count(*) would
// scan the table; answers are seldom deleted, so it is a close enough N
// for an idf that only ranks terms against each other.
const documentCount = preparedQuery((db) =>
  db
    .select({ n: max(responses.id) })
    .from(responses)
    .prepare(),
);

const fts = sql.identifier("responses_fts");
const vocabulary = sql.identifier("responses_fts_vocab");

const documentFrequency = preparedSql(
  { doc: sql<number>`${sql.identifier("doc")}` },
  (select) => sql`SELECT ${select} FROM temp.${vocabulary} WHERE ${sql.identifier("term")} = ${sql.placeholder("term")}`,
  {
    // A temp table lives with the connection and needs no migration; it reads
    // the document frequency of each term straight from the FTS5 index.
    setup: (client) => client.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.responses_fts_vocab USING fts5vocab(main, responses_fts, row)"),
  },
);

// The neighbours CTE keeps the FTS table as the driving loop (MATCH), so
// only answers sharing a term are looked at, and LIMIT caps the voters.
const tagged = alias(responseThemes, "tagged");
const own = alias(responseThemes, "own");
const responseId = sql.placeholder("responseId");
const suggestions = preparedSql(
  { themeId: themes.id, labelEn: themes.labelEn, labelFr: themes.labelFr, score: sql<number>`sum(-n.rank)` },
  (select) => sql`WITH neighbours AS (
       SELECT ${responses.id} AS id, bm25(${fts}) AS rank
         FROM ${fts}
         -- The index's rowid is the order of submission (migration 0018).
         JOIN ${responses} ON ${responses.submittedSeq} = ${fts}.rowid
         JOIN ${questions} ON ${questions.id} = ${responses.questionId}
        WHERE ${fts} MATCH ${sql.placeholder("match")}
          AND ${responses.state} = 'submitted'
          AND ${responses.id} <> ${responseId}
          AND ${questions.consultationId} = ${sql.placeholder("consultationId")}
          AND EXISTS (SELECT 1 FROM ${responseThemes} ${tagged} WHERE ${tagged.responseId} = ${responses.id})
        ORDER BY rank
        LIMIT ${sql.placeholder("neighbours")}
     )
     SELECT ${select}
       FROM neighbours n
       JOIN ${responseThemes} ON ${responseThemes.responseId} = n.id
       JOIN ${themes} ON ${themes.id} = ${responseThemes.themeId}
      WHERE ${themes.id} NOT IN (SELECT ${own.themeId} FROM ${responseThemes} ${own} WHERE ${own.responseId} = ${responseId})
        AND ${themes.id} NOT IN (SELECT ${themeDismissals.themeId} FROM ${themeDismissals} WHERE ${themeDismissals.responseId} = ${responseId})
      GROUP BY ${themes.id}
      ORDER BY score DESC, ${themes.id}
      LIMIT ${sql.placeholder("limit")}`,
);

/** The MATCH expression for an answer, or null when it has nothing to match on. */
function matchExpression(text: string): string | null {
  const counts = answerTerms(text);
  if (counts.size === 0) return null;
  const n = Math.max(documentCount().get()?.n ?? 1, 1);
  const weighted: { term: string; weight: number }[] = [];
  for (const [term, tf] of counts) {
    const df = documentFrequency.get({ term })?.doc ?? 0;
    // The answer itself is in the index: df 1 means no other answer has the
    // term (and 0 that it was cut differently), so it cannot find anyone.
    if (df < 2) continue;
    weighted.push({ term, weight: tf * Math.log(1 + n / df) });
  }
  if (weighted.length === 0) return null;
  weighted.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
  return weighted
    .slice(0, MAX_TERMS)
    .map((w) => quoteTerm(w.term))
    .join(" OR ");
}

/**
 * Up to `limit` themes for answer `responseId`, best first, labelled in
 * `lang`. Empty when no tagged answer of the same consultation shares a term.
 */
export function suggestThemes(responseId: number, lang: Lang, limit: number): ThemeSuggestion[] {
  if (limit <= 0) return [];
  const answer = answerOf().get({ responseId });
  if (!answer) return [];
  const match = matchExpression(answer.text);
  if (!match) return [];
  return suggestions
    .all({ match, consultationId: answer.consultationId, responseId, neighbours: NEIGHBOURS, limit })
    .map((row) => ({ themeId: row.themeId, label: pick(row, "label", lang), score: row.score }));
}
