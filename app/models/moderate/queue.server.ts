// The staff queue: submitted answers, filtered, searched, sorted, paginated,
// with counts per filter value.
//
// Written in SQL over the raw better-sqlite3 handle rather than the query
// builder because the WHERE clause is assembled from optional filters and the
// same clause feeds three kinds of query (the page, the total, the counts).
// Each distinct SQL text is prepared once and kept (db/statements.server.ts): the
// number of filter combinations is small and bounded.
//
// Counts per filter ("facets") follow the usual rule: the count shown beside a
// value is how many answers that value would give with every *other* filter
// kept, so a moderator sees where the work is before clicking.
import { prepared } from "~db/statements.server";
import { CLOSED_ANSWERS, MODERATION_STATES, ORGANIZATION_TYPES } from "~db/schema";
import type { Lang } from "~/i18n/lang";
import { MATCH_END, MATCH_START, queueFilterSchema, QUEUE_SORTS, type Facet, FACETS, type QueueFilters } from "./queue-filters";

export { MATCH_END, MATCH_START, queueFilterSchema, queueQuery, QUEUE_SORTS, type Facet, type QueueFilters } from "./queue-filters";

export const QUEUE_PAGE_SIZE = 25;





/**
 * Turns what a moderator types into an FTS5 query: words become prefix terms
 * ("traffick" finds "trafficking"), "quoted phrases" stay phrases, and every
 * term must match. Each term is quoted so FTS5 operators and punctuation in
 * the input are read as text, never as query syntax. Accents need no work
 * here: the index folds them (tokenize unicode61 remove_diacritics 2) and so
 * does the query, so "securite" finds "sécurité".
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push(`"${words.join(" ")}"`);
    } else {
      for (const word of match[2]!.match(/[\p{L}\p{N}]+/gu) ?? []) terms.push(`"${word}"*`);
    }
  }
  return terms.length ? terms.join(" AND ") : null;
}


interface Clause {
  sql: string;
  params: unknown[];
}

const FROM = `
  FROM responses r
  JOIN questions qu ON qu.id = r.question_id
  JOIN consultations c ON c.id = qu.consultation_id
  JOIN organizations o ON o.id = r.organization_id
  LEFT JOIN moderation m ON m.response_id = r.id`;

/** The answers the search matches (its one parameter: ftsQuery's output). */
const SEARCHED = "r.id IN (SELECT rowid FROM responses_fts WHERE responses_fts MATCH ?)";

/** The SQL condition of each filter that is set, with its parameters. */
function filterConditions(filters: QueueFilters): { facet: Facet; sql: string; params: unknown[] }[] {
  const conditions: { facet: Facet; sql: string; params: unknown[] }[] = [];
  const add = (facet: Facet, sql: string, value: unknown) => {
    if (value !== undefined) conditions.push({ facet, sql, params: [value] });
  };
  // By consultation, not cluster: a cluster has one consultation per review cycle.
  add("consultation", "c.id = ?", filters.consultation);
  add("question", "qu.number = ?", filters.question);
  add("instrument", "qu.instrument_id = ?", filters.instrument);
  add("state", "coalesce(m.state, 'pending') = ?", filters.state);
  add("theme", "EXISTS (SELECT 1 FROM response_themes rt WHERE rt.response_id = r.id AND rt.theme_id = ?)", filters.theme);
  add("orgType", "o.type = ?", filters.orgType);
  add("region", "o.region = ?", filters.region);
  add("language", "r.language = ?", filters.language);
  if (filters.quotable !== undefined) {
    conditions.push({ facet: "quotable", sql: filters.quotable === "yes" ? "o.consent_quote <> 'none'" : "o.consent_quote = 'none'", params: [] });
  }
  return conditions;
}

/**
 * "Submitted", written so that with a search SQLite starts from the answers
 * the search found: `+` keeps it off the (state, submitted_at) index, which
 * would otherwise walk every submitted answer testing each against the
 * search (measured at a million answers: 16 s instead of 5 s for a common word).
 */
function submitted(match: string | null): string {
  return match ? "+r.state = 'submitted'" : "r.state = 'submitted'";
}

/** Submitted answers that pass every filter and the search. */
function where(filters: QueueFilters): Clause {
  const match = filters.q ? ftsQuery(filters.q) : null;
  const parts: string[] = [submitted(match)];
  const params: unknown[] = [];
  for (const condition of filterConditions(filters)) {
    parts.push(condition.sql);
    params.push(...condition.params);
  }
  if (match) {
    parts.push(SEARCHED);
    params.push(match);
  }
  return { sql: parts.join(" AND "), params };
}

const ORDER: Record<(typeof QUEUE_SORTS)[number], string> = {
  newest: "r.submitted_at DESC, r.id DESC",
  oldest: "r.submitted_at ASC, r.id ASC",
  question: "qu.number ASC, r.submitted_at DESC, r.id DESC",
  organization: "o.name COLLATE NOCASE ASC, qu.number ASC, r.id ASC",
  // Only offered with a search: listQueue orders by the BM25 rank of its `hits` table instead.
  relevance: "r.id DESC",
};

export interface QueueItem {
  responseId: number;
  questionNumber: number;
  clusterId: number;
  instrument: string;
  organizationName: string;
  organizationType: (typeof ORGANIZATION_TYPES)[number];
  region: string;
  language: Lang;
  closedAnswer: (typeof CLOSED_ANSWERS)[number] | null;
  state: (typeof MODERATION_STATES)[number];
  quotable: boolean;
  submittedAt: number;
  /** The answer's opening, or with a search the passage that matched, with MATCH_START/MATCH_END around matches. */
  excerpt: string;
  themeIds: number[];
}

export type FacetCounts = Record<Facet, Record<string, number>>;

/** The filters with one value per answer, and the column each reads; themes (several per answer) are read apart. */
const SCALAR_FACETS = FACETS.filter((facet): facet is Exclude<Facet, "theme"> => facet !== "theme");
const FACET_COLUMN: Record<Exclude<Facet, "theme">, string> = {
  consultation: "c.id",
  question: "qu.number",
  instrument: "qu.instrument_id",
  state: "coalesce(m.state, 'pending')",
  orgType: "o.type",
  region: "o.region",
  language: "r.language",
  quotable: "CASE WHEN o.consent_quote = 'none' THEN 'no' ELSE 'yes' END",
};

/**
 * With a search: every filter's counts from one pass over the answers the
 * search matches (only those are read): each row's nine values are read
 * once, and a row counts for facet f when it passes every filter but f's
 * own. Nine grouped queries (one per facet) read the same joined rows nine
 * times; see the README's Performance section for what each took. Without a
 * search the kept counts give the same numbers without reading any answer
 * (keptFacetCounts; a test checks the two agree).
 */
export function exactFacetCounts(filters: QueueFilters): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts;
  const match = filters.q ? ftsQuery(filters.q) : null;
  const wanted: Partial<Record<Facet, string>> = {};
  for (const facet of FACETS) {
    const value = filters[facet];
    if (value !== undefined) wanted[facet] = String(value);
  }
  // Only rows that fail at most one filter can count anywhere: SQLite drops
  // the others before they are read out (reading a row costs more than testing it).
  const conditions = filterConditions(filters);
  const nearly = conditions.length >= 2 ? ` AND (${conditions.map((c) => `(${c.sql})`).join(" + ")}) >= ${conditions.length - 1}` : "";
  const statement = prepared(
    `SELECT ${SCALAR_FACETS.map((f) => FACET_COLUMN[f]).join(", ")},
       (SELECT group_concat(theme_id) FROM response_themes WHERE response_id = r.id)
     ${FROM} WHERE ${submitted(match)}${match ? ` AND ${SEARCHED}` : ""}${nearly}`,
  ).raw(true);
  const params = [...(match ? [match] : []), ...(nearly ? conditions.flatMap((c) => c.params) : [])];
  const values: string[] = new Array(SCALAR_FACETS.length);
  for (const row of statement.iterate(...params) as Iterable<unknown[]>) {
    // Which filters this answer fails; failing two or more, it counts nowhere.
    let failed: Facet | null = null;
    let failures = 0;
    for (let i = 0; i < SCALAR_FACETS.length; i++) {
      const facet = SCALAR_FACETS[i]!;
      values[i] = String(row[i]);
      const want = wanted[facet];
      if (want !== undefined && want !== values[i]) {
        failures++;
        failed = facet;
      }
    }
    const themes = row[SCALAR_FACETS.length] === null ? [] : String(row[SCALAR_FACETS.length]).split(",");
    if (wanted.theme !== undefined && !themes.includes(wanted.theme)) {
      failures++;
      failed = "theme";
    }
    if (failures > 1) continue;
    for (let i = 0; i < SCALAR_FACETS.length; i++) {
      const facet = SCALAR_FACETS[i]!;
      if (failures === 1 && failed !== facet) continue;
      const bucket = counts[facet];
      bucket[values[i]!] = (bucket[values[i]!] ?? 0) + 1;
    }
    // An answer with two themes counts once under each.
    if (failures === 0 || failed === "theme") {
      for (const theme of themes) counts.theme[theme] = (counts.theme[theme] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Each question's consultation (cluster), number and instrument, the three
 * filters the kept counts hold as a question id: read apart (a few dozen
 * rows) so the summary rows are read without a join.
 */
function questionFacets(): Map<number, [string, string, string]> {
  const rows = prepared(
    "SELECT qu.id AS id, c.cluster_id AS cluster, qu.number AS number, qu.instrument_id AS instrument FROM questions qu JOIN consultations c ON c.id = qu.consultation_id",
  ).all() as { id: number; cluster: number; number: number; instrument: string }[];
  return new Map(rows.map((row) => [row.id, [String(row.cluster), String(row.number), row.instrument]]));
}

const QUESTION_FACETS = ["consultation", "question", "instrument"] as const;
/** The kept counts' column of the other single-valued filters. */
const KEPT_COLUMN = { state: "state", orgType: "org_type", region: "region", language: "language", quotable: "quotable" } as const;
/** The order of the values keptFacetCounts reads per row (as SCALAR_FACETS). */
const KEPT_ORDER = SCALAR_FACETS;

interface KeptCondition {
  index: number;
  sql: string;
  params: unknown[];
}

/**
 * The SQL condition on the kept counts of each single-valued filter that is
 * set: a question filter becomes the list of question ids it keeps.
 */
function keptConditions(filters: QueueFilters, questions: Map<number, [string, string, string]>): KeptCondition[] {
  const conditions: KeptCondition[] = [];
  for (const [index, facet] of KEPT_ORDER.entries()) {
    const value = filters[facet];
    if (value === undefined) continue;
    const q = (QUESTION_FACETS as readonly string[]).indexOf(facet);
    if (q >= 0) {
      const ids = [...questions].filter(([, facets]) => facets[q] === String(value)).map(([id]) => id);
      conditions.push({ index, sql: `question_id IN (${ids.join(", ")})`, params: [] });
    } else {
      // quotable is stored as 1/0, offered as yes/no.
      const param = facet === "quotable" ? (value === "yes" ? 1 : 0) : String(value);
      conditions.push({ index, sql: `${KEPT_COLUMN[facet as keyof typeof KEPT_COLUMN]} = ?`, params: [param] });
    }
  }
  return conditions;
}

/** The summary table for these filters: queue_counts, or with a theme filter theme_counts for that theme. */
function keptSource(filters: QueueFilters): { sql: string; params: unknown[] } {
  return filters.theme === undefined
    ? { sql: "FROM queue_counts WHERE n > 0", params: [] }
    : { sql: "FROM theme_counts WHERE theme_id = ? AND n > 0", params: [filters.theme] };
}

/** How many submitted answers pass the filters, from the kept counts (no search). */
function keptTotal(filters: QueueFilters): number {
  const source = keptSource(filters);
  const conditions = keptConditions(filters, questionFacets());
  const sql = `SELECT coalesce(sum(n), 0) AS n ${source.sql}${conditions.map((c) => ` AND ${c.sql}`).join("")}`;
  return (prepared(sql).get(...source.params, ...conditions.flatMap((c) => c.params)) as { n: number }).n;
}

/**
 * Without a search: every filter's counts from the kept counts (db/schema.ts,
 * kept by triggers), by the same rule as exactFacetCounts: the count beside
 * a value is how many answers pass every *other* filter. One grouped query
 * per filter, each over the summary rows (a few thousand, however many
 * answers there are); the three filters a question id stands for share one
 * query grouped by question when none of them is set. Grouping inside SQLite
 * is what keeps this short: reading the summary rows out into JavaScript
 * once, to count them in one pass as exactFacetCounts does, cost ten times
 * more (measured at a million answers).
 */
export function keptFacetCounts(filters: QueueFilters): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as FacetCounts;
  const questions = questionFacets();
  const source = keptSource(filters);
  const conditions = keptConditions(filters, questions);
  const grouped = (groupBy: string, except: number | null, themes = false) => {
    const kept = conditions.filter((c) => c.index !== except);
    const from = themes ? { sql: "FROM theme_counts WHERE n > 0", params: [] } : source;
    const sql = `SELECT ${groupBy} AS value, sum(n) AS n ${from.sql}${kept.map((c) => ` AND ${c.sql}`).join("")} GROUP BY ${groupBy}`;
    return prepared(sql).raw(true).all(...from.params, ...kept.flatMap((c) => c.params)) as [string | number, number][];
  };
  const add = (facet: Facet, value: string, n: number) => {
    if (n > 0) counts[facet][value] = (counts[facet][value] ?? 0) + n;
  };

  // Consultation, question and instrument: grouped by question id, then told apart here.
  let shared: [string | number, number][] | undefined;
  for (const [q, facet] of QUESTION_FACETS.entries()) {
    const index = KEPT_ORDER.indexOf(facet);
    const own = filters[facet] !== undefined;
    const rows = own ? grouped("question_id", index) : (shared ??= grouped("question_id", null));
    for (const [questionId, n] of rows) {
      const values = questions.get(Number(questionId));
      if (values) add(facet, values[q]!, n);
    }
  }
  for (const facet of ["state", "orgType", "region", "language", "quotable"] as const) {
    for (const [value, n] of grouped(KEPT_COLUMN[facet], KEPT_ORDER.indexOf(facet))) {
      add(facet, facet === "quotable" ? (value ? "yes" : "no") : String(value), n);
    }
  }
  // Themes: every single-valued filter kept, the theme filter itself left out.
  for (const [theme, n] of grouped("theme_id", null, true)) add("theme", String(theme), n);
  return counts;
}

export function listQueue(filters: QueueFilters, options: { withCounts?: boolean } = {}) {
  const clause = where(filters);
  const match = filters.q ? ftsQuery(filters.q) : null;
  const sort = filters.sort === "relevance" && !match ? "newest" : (filters.sort ?? (match ? "relevance" : "newest"));
  // Without a search the total is a sum of kept counts; with one, the matching answers are counted.
  const total = match ? (prepared(`SELECT count(*) AS n ${FROM} WHERE ${clause.sql}`).get(...clause.params) as { n: number }).n : keptTotal(filters);
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);

  // Ranked by relevance, the BM25 score of each hit comes from one pass over
  // the FTS index (the `hits` table), joined by rowid. A correlated
  // subquery per row would run the whole MATCH again for every answer:
  // measured at 200,000 answers, 43 s for a common word instead of ~0.1 s.
  const ranked = sort === "relevance" && match;
  const from = ranked
    ? `FROM (SELECT rowid AS id, bm25(responses_fts) AS rank FROM responses_fts WHERE responses_fts MATCH ?) hits
  JOIN responses r ON r.id = hits.id${FROM.replace("FROM responses r", "")}`
    : FROM;
  const sql = `
    SELECT r.id AS responseId, qu.number AS questionNumber, c.cluster_id AS clusterId, qu.instrument_id AS instrument,
      o.name AS organizationName, o.type AS organizationType, o.region AS region, r.language AS language,
      r.closed_answer AS closedAnswer, coalesce(m.state, 'pending') AS state, o.consent_quote <> 'none' AS quotable,
      r.submitted_at AS submittedAt, substr(r.text, 1, 240) AS excerpt,
      (SELECT group_concat(theme_id) FROM response_themes WHERE response_id = r.id) AS themeIds
    ${from} WHERE ${clause.sql} ORDER BY ${ranked ? "hits.rank ASC, r.id DESC" : ORDER[sort]} LIMIT ? OFFSET ?`;
  const params = [...(ranked ? [match] : []), ...clause.params, QUEUE_PAGE_SIZE, (page - 1) * QUEUE_PAGE_SIZE];
  const rows = prepared(sql).all(...params) as (Omit<QueueItem, "themeIds" | "quotable"> & { themeIds: string | null; quotable: number })[];
  // With a search, the excerpt is FTS5's snippet around the matches, for the
  // 25 answers of the page only (it needs each one's FTS row).
  const snippets = match && rows.length ? matchSnippets(match, rows.map((row) => row.responseId)) : new Map<number, string>();
  const items: QueueItem[] = rows.map((row) => ({
    ...row,
    quotable: row.quotable === 1,
    excerpt: snippets.get(row.responseId) ?? shorten(row.excerpt),
    themeIds: row.themeIds ? row.themeIds.split(",").map(Number) : [],
  }));
  return {
    items,
    total,
    page,
    pageCount,
    sort,
    counts: options.withCounts ? (match ? exactFacetCounts(filters) : keptFacetCounts(filters)) : null,
  };
}

/** FTS5's snippet of each answer around the words searched for, by answer id. */
function matchSnippets(match: string, ids: number[]): Map<number, string> {
  const statement = prepared(
    `SELECT rowid AS id, snippet(responses_fts, 0, '${MATCH_START}', '${MATCH_END}', '…', 32) AS excerpt FROM responses_fts WHERE responses_fts MATCH ? AND rowid = ?`,
  );
  const found = new Map<number, string>();
  for (const id of ids) {
    const row = statement.get(match, id) as { id: number; excerpt: string } | undefined;
    if (row) found.set(row.id, row.excerpt);
  }
  return found;
}

/** All ids matching the filters, in queue order, up to `limit` (bulk actions on "everything matching"). */
export function queueIds(filters: QueueFilters, limit: number): number[] {
  const clause = where(filters);
  return (prepared(`SELECT r.id AS id ${FROM} WHERE ${clause.sql} ORDER BY r.id LIMIT ?`).all(...clause.params, limit) as { id: number }[]).map(
    (row) => row.id,
  );
}

function shorten(text: string): string {
  return text.length < 240 ? text : `${text.slice(0, text.lastIndexOf(" ", 238) > 160 ? text.lastIndexOf(" ", 238) : 238)}…`;
}

/**
 * Previous and next answer "in the current queue". The queue's query string
 * travels with the answer page as `back`. An answer that has just left the
 * list (approved while the queue shows pending answers) is no longer in it:
 * then "next" is the answer that took its place, the first one on its page.
 */
export function queueNeighbours(responseId: number, back: string): { previous: number | null; next: number | null } {
  const filters = queueFilterSchema.parse(Object.fromEntries(new URLSearchParams(back)));
  const { items, page, pageCount } = listQueue(filters);
  const index = items.findIndex((item) => item.responseId === responseId);
  if (index === -1) return { previous: null, next: items.find((item) => item.responseId !== responseId)?.responseId ?? null };
  let previous = items[index - 1]?.responseId ?? null;
  let next = items[index + 1]?.responseId ?? null;
  if (previous === null && page > 1) previous = listQueue({ ...filters, page: page - 1 }).items.at(-1)?.responseId ?? null;
  if (next === null && page < pageCount) next = listQueue({ ...filters, page: page + 1 }).items[0]?.responseId ?? null;
  return { previous, next };
}

/** The choices the filter form offers that come from the database (the others are fixed lists). */
export function queueChoices(lang: Lang) {
  const label = lang === "en" ? "en" : "fr";
  return {
    // Drafts have no answers to moderate.
    consultations: prepared(
      `SELECT id, cluster_id AS clusterId, title_${label} AS title FROM consultations WHERE state <> 'draft' ORDER BY cluster_id, opens_at`,
    ).all() as { id: number; clusterId: number; title: string }[],
    instruments: prepared(`SELECT id, short_name_${label} AS label FROM instruments ORDER BY position`).all() as { id: string; label: string }[],
    questions: (prepared("SELECT DISTINCT number FROM questions ORDER BY number").all() as { number: number }[]).map((q) => q.number),
    themes: prepared(
      `SELECT t.id, t.label_${label} AS label, c.cluster_id AS clusterId FROM themes t JOIN consultations c ON c.id = t.consultation_id ORDER BY c.cluster_id, t.label_${label} COLLATE NOCASE`,
    ).all() as { id: number; label: string; clusterId: number }[],
  };
}
