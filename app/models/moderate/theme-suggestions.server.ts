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
import type Database from "better-sqlite3";
import { getDb } from "~db/client.server";
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
    "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
    "has", "have", "this", "that", "with", "from", "they", "will", "would", "there", "their", "what", "which", "when",
    "where", "who", "whom", "been", "being", "were", "into", "than", "then", "them", "these", "those", "such", "also",
    "more", "most", "other", "some", "only", "over", "very", "should", "could", "may", "might", "must", "shall",
    "about", "after", "before", "between", "because", "each", "does", "did", "its", "his", "she", "him", "how", "why",
    "both", "few", "own", "same", "too", "just", "under", "while", "through", "during", "against", "above", "below",
    "again", "here", "nor", "off", "upon", "within", "without", "per", "via", "etc", "many", "much", "well", "even",
    "still", "yet", "whether", "however", "often", "need", "needs",
    // French
    "les", "des", "une", "dans", "pour", "par", "sur", "avec", "sans", "sous", "que", "qui", "quoi", "dont", "est",
    "sont", "etre", "ete", "avoir", "ont", "aux", "ces", "cet", "cette", "ses", "son", "leur", "leurs", "nous", "vous",
    "ils", "elles", "elle", "lui", "mais", "donc", "car", "pas", "plus", "moins", "tres", "tout", "tous", "toute",
    "toutes", "comme", "aussi", "entre", "ainsi", "meme", "autre", "autres", "fait", "faire", "peut", "doit", "etait",
    "avait", "selon", "lors", "afin", "notre", "nos", "votre", "vos", "celle", "celui", "ceux", "cela", "ceci", "ici",
    "deja", "encore", "bien", "non", "oui", "sera", "seront", "peuvent", "doivent", "avons", "sommes", "chez",
    "depuis", "pendant", "avant", "apres", "lorsque", "quand", "comment", "parce", "souvent", "besoin",
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

interface Statements {
  answer: Database.Statement<[number], { text: string; consultationId: number }>;
  documentCount: Database.Statement<[], { n: number | null }>;
  documentFrequency: Database.Statement<[string], { doc: number }>;
  suggest: Database.Statement<
    [{ match: string; consultationId: number; responseId: number; neighbours: number; limit: number }],
    { themeId: number; labelEn: string; labelFr: string; score: number }
  >;
}

// Prepared once per connection (tests and scripts may reopen the database).
const prepared = new WeakMap<Database.Database, Statements>();

function statements(client: Database.Database): Statements {
  let s = prepared.get(client);
  if (s) return s;
  // A temp table lives with the connection and needs no migration; it reads
  // the document frequency of each term straight from the FTS5 index.
  client.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.responses_fts_vocab USING fts5vocab(main, responses_fts, row)");
  s = {
    answer: client.prepare(
      `SELECT r.text AS text, q.consultation_id AS consultationId
         FROM responses r JOIN questions q ON q.id = r.question_id
        WHERE r.id = ?`,
    ),
    // max(id) is read from the end of the rowid b-tree, where count(*) would
    // scan the table; answers are seldom deleted, so it is a close enough N
    // for an idf that only ranks terms against each other.
    documentCount: client.prepare("SELECT max(id) AS n FROM responses"),
    documentFrequency: client.prepare("SELECT doc FROM temp.responses_fts_vocab WHERE term = ?"),
    // The neighbours CTE keeps the FTS table as the driving loop (MATCH), so
    // only answers sharing a term are looked at, and LIMIT caps the voters.
    suggest: client.prepare(
      `WITH neighbours AS (
         SELECT r.id AS id, bm25(responses_fts) AS rank
           FROM responses_fts
           JOIN responses r ON r.id = responses_fts.rowid
           JOIN questions q ON q.id = r.question_id
          WHERE responses_fts MATCH @match
            AND r.state = 'submitted'
            AND r.id <> @responseId
            AND q.consultation_id = @consultationId
            AND EXISTS (SELECT 1 FROM response_themes tagged WHERE tagged.response_id = r.id)
          ORDER BY rank
          LIMIT @neighbours
       )
       SELECT t.id AS themeId, t.label_en AS labelEn, t.label_fr AS labelFr, sum(-n.rank) AS score
         FROM neighbours n
         JOIN response_themes rt ON rt.response_id = n.id
         JOIN themes t ON t.id = rt.theme_id
        WHERE t.id NOT IN (SELECT theme_id FROM response_themes WHERE response_id = @responseId)
          AND t.id NOT IN (SELECT theme_id FROM theme_dismissals WHERE response_id = @responseId)
        GROUP BY t.id
        ORDER BY score DESC, t.id
        LIMIT @limit`,
    ),
  };
  prepared.set(client, s);
  return s;
}

/** The MATCH expression for an answer, or null when it has nothing to match on. */
function matchExpression(s: Statements, text: string): string | null {
  const counts = answerTerms(text);
  if (counts.size === 0) return null;
  const n = Math.max(s.documentCount.get()?.n ?? 1, 1);
  const weighted: { term: string; weight: number }[] = [];
  for (const [term, tf] of counts) {
    const df = s.documentFrequency.get(term)?.doc ?? 0;
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
  const s = statements(getDb().$client);
  const answer = s.answer.get(responseId);
  if (!answer) return [];
  const match = matchExpression(s, answer.text);
  if (!match) return [];
  return s.suggest
    .all({ match, consultationId: answer.consultationId, responseId, neighbours: NEIGHBOURS, limit })
    .map((row) => ({ themeId: row.themeId, label: pick(row, "label", lang), score: row.score }));
}
