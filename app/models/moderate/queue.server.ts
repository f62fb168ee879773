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
 * How far the queue counts under a search (ADR 010). A search matching at
 * most `exact` answers is counted exactly, its filters' counts too, and it
 * can be sorted any way: all of it is read, ~25 µs an answer at a million
 * (1,881 matches: 49 ms). A broader search reads only what its page needs:
 * its total is exact without filters (the search index counts its own
 * matches), and with filters it is counted up to `exact` + 1 among the
 * `scan` most recent matches, so the page says "more than 1,000" or "at
 * least 312", never a guess. Below the bulk actions' cap (BULK_CAP, 2,000),
 * so a bulk "all" on an exact count acts on exactly that many. Mutable for
 * tests only.
 */
export const SEARCH_LIMITS = { exact: 1000, scan: 20_000 };

/** How the total shown was counted: every match, stopped after `exact` + 1, or stopped after `scan` matches of the search. */
export type TotalKind = "exact" | "moreThan" | "atLeast";

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

/**
 * FROM for reading many answers only for their filters (a search's matches,
 * their count and their filters' counts): every column a filter reads comes
 * from the 0017 covering indexes, keyed by id. INDEXED BY because SQLite
 * otherwise looks an id up in the table, whose rows hold the text: measured
 * at a million answers, counting 165,000 matches with a question filter took
 * 5.0 s through the table and 0.23 s through the indexes (under load).
 */
const DENSE_FROM = `
  FROM responses r INDEXED BY responses_queue_idx
  JOIN questions qu ON qu.id = r.question_id
  JOIN consultations c ON c.id = qu.consultation_id
  JOIN organizations o INDEXED BY organizations_queue_idx ON o.id = r.organization_id
  LEFT JOIN moderation m INDEXED BY moderation_queue_idx ON m.response_id = r.id`;

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
     ${DENSE_FROM} WHERE ${submitted(match)}${match ? ` AND ${SEARCHED}` : ""}${nearly}`,
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

export interface QueueOptions {
  withCounts?: boolean;
}

/** The columns of a page's rows, read for its 25 answers only. */
const ITEM_COLUMNS = `r.id AS responseId, qu.number AS questionNumber, c.cluster_id AS clusterId, qu.instrument_id AS instrument,
      o.name AS organizationName, o.type AS organizationType, o.region AS region, r.language AS language,
      r.closed_answer AS closedAnswer, coalesce(m.state, 'pending') AS state, o.consent_quote <> 'none' AS quotable,
      r.submitted_at AS submittedAt, substr(r.text, 1, 240) AS excerpt,
      (SELECT group_concat(theme_id) FROM response_themes WHERE response_id = r.id) AS themeIds`;

type Row = Omit<QueueItem, "themeIds" | "quotable"> & { themeIds: string | null; quotable: number };

/** How many submitted answers the search finds: the index alone, no answer read. */
function searchCount(match: string): number {
  return (prepared("SELECT count(*) AS n FROM responses_fts WHERE responses_fts MATCH ?").get(match) as { n: number }).n;
}

export function listQueue(filters: QueueFilters, options: QueueOptions = {}) {
  const clause = where(filters);
  const match = filters.q ? ftsQuery(filters.q) : null;
  const { exact: exactLimit, scan: scanLimit } = SEARCH_LIMITS;
  // A search is "narrow" when the index finds at most exactLimit answers
  // (counting them reads the index only, stopping at exactLimit + 1): then
  // reading all of them for exact counts and any order is cheap.
  // The index counts all its matches in about the time it takes to start
  // reading them (a prefix term's entries are merged first), so once, exactly.
  const found = match ? searchCount(match) : 0;
  const narrow = match ? found <= exactLimit : true;
  const broad = match !== null && !narrow;
  const requested = filters.sort === "relevance" && !match ? "newest" : (filters.sort ?? (match ? "relevance" : "newest"));
  // A broad search is listed newest or oldest first, read from the
  // submitted-date index until the page is full; ranking by relevance (or
  // sorting by question or organization) would read and sort every match.
  const sort = broad && requested !== "newest" && requested !== "oldest" ? "newest" : requested;

  let total: number;
  let totalKind: TotalKind = "exact";
  if (!match) {
    // Without a search the total is a sum of kept counts.
    total = keptTotal(filters);
  } else if (narrow) {
    total = (prepared(`SELECT count(*) AS n ${DENSE_FROM} WHERE ${clause.sql}`).get(...clause.params) as { n: number }).n;
  } else if (filterConditions(filters).length === 0) {
    // The index holds submitted answers only (migration 0006): its count is the total.
    total = found;
  } else {
    // Counted among the scanLimit most recent matches, stopping after
    // exactLimit + 1 that pass the filters. Raw SQL: the filters' clause is
    // assembled from parts; prepared() keeps each distinct text.
    const { sql: filterSql, params: filterParams } = filtersOnly(filters);
    const passing = (
      prepared(
        `SELECT count(*) AS n FROM (SELECT 1
         FROM (SELECT rowid AS id FROM responses_fts WHERE responses_fts MATCH ? ORDER BY rowid DESC LIMIT ?) hits
         JOIN responses r INDEXED BY responses_queue_idx ON r.id = hits.id${DENSE_FROM.replace(/^\s*FROM responses r INDEXED BY responses_queue_idx/, "")}
         WHERE r.state = 'submitted'${filterSql ? ` AND ${filterSql}` : ""} LIMIT ?)`,
      ).get(match, scanLimit, ...filterParams, exactLimit + 1) as { n: number }
    ).n;
    if (passing > exactLimit) {
      total = exactLimit;
      totalKind = "moreThan";
    } else {
      total = passing;
      // Exact when every match was looked at.
      if (found > scanLimit) totalKind = "atLeast";
    }
  }
  // Pages as far as the count goes; past "more than 1,000" the moderator
  // narrows the search rather than paging on.
  const pageCount = Math.max(1, Math.ceil((totalKind === "moreThan" ? total + 1 : total) / QUEUE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const offset = (page - 1) * QUEUE_PAGE_SIZE;

  let rows: Row[];
  if (broad) {
    // The page's ids from the submitted-date index, each tested against the
    // search's matches (SQLite reads them once into a list) and the filters
    // through the covering indexes, stopping when the page is full: at a
    // million answers and 165,000 matches, a few hundred index entries.
    const ids = (
      prepared(
        `SELECT r.id AS id FROM responses r INDEXED BY responses_state_submitted_idx${FROM.replace(/^\s*FROM responses r/, "").replace("JOIN organizations o", "JOIN organizations o INDEXED BY organizations_queue_idx").replace("LEFT JOIN moderation m", "LEFT JOIN moderation m INDEXED BY moderation_queue_idx")}
         WHERE ${clause.sql.replace("+r.state", "r.state")} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`,
      ).all(...clause.params, QUEUE_PAGE_SIZE, offset) as { id: number }[]
    ).map((row) => row.id);
    rows = rowsByIds(ids);
  } else {
    // Ranked by relevance, the BM25 score of each hit comes from one pass over
    // the FTS index (the `hits` table), joined by rowid. A correlated
    // subquery per row would run the whole MATCH again for every answer:
    // measured at 200,000 answers, 43 s for a common word instead of ~0.1 s.
    const ranked = sort === "relevance" && match;
    const from = ranked
      ? `FROM (SELECT rowid AS id, bm25(responses_fts) AS rank FROM responses_fts WHERE responses_fts MATCH ?) hits
  JOIN responses r ON r.id = hits.id${FROM.replace("FROM responses r", "")}`
      : FROM;
    const sql = `SELECT ${ITEM_COLUMNS}
    ${from} WHERE ${clause.sql} ORDER BY ${ranked ? "hits.rank ASC, r.id DESC" : ORDER[sort]} LIMIT ? OFFSET ?`;
    rows = prepared(sql).all(...(ranked ? [match] : []), ...clause.params, QUEUE_PAGE_SIZE, offset) as Row[];
  }
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
    /** "exact", or the total is a floor: "moreThan" (more than `total`) or "atLeast" (counted among the `scanned` most recent matches). */
    totalKind,
    scanned: totalKind === "atLeast" ? scanLimit : null,
    page,
    pageCount,
    sort,
    /** The sort asked for, when a broad search could not give it (it shows newest first instead). */
    sortUnavailable: sort !== requested ? requested : null,
    /** The limit of an exact count under a search: the filters' counts are left out beyond it (counts is null). */
    exactLimit,
    counts: options.withCounts ? (!match ? keptFacetCounts(filters) : narrow ? exactFacetCounts(filters) : null) : null,
  };
}

/** The filters' conditions alone (no search, no state), ANDed, with their parameters. */
function filtersOnly(filters: QueueFilters): Clause {
  const conditions = filterConditions(filters);
  return { sql: conditions.map((c) => c.sql).join(" AND "), params: conditions.flatMap((c) => c.params) };
}

/** A page's rows for these ids, in the ids' order. */
function rowsByIds(ids: number[]): Row[] {
  if (!ids.length) return [];
  // One statement per page length (at most QUEUE_PAGE_SIZE texts).
  const found = prepared(`SELECT ${ITEM_COLUMNS} ${FROM} WHERE r.id IN (${ids.map(() => "?").join(", ")})`).all(...ids) as Row[];
  const byId = new Map(found.map((row) => [row.responseId, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined);
}

/**
 * FTS5's snippet of each answer around the words searched for, by answer id.
 * One statement for the page: each MATCH of a prefix term ("victims"*)
 * merges that term's every entry in the index first (~8 ms for a word in
 * 165,000 answers), so one MATCH per answer cost 25 times that. The rowid
 * range keeps FTS5 to the page's stretch of the index, and the IN list to
 * the page's answers before snippet() runs (`+rowid`: as an index
 * constraint SQLite would hand FTS5 each id apart, a MATCH each again).
 */
function matchSnippets(match: string, ids: number[]): Map<number, string> {
  const statement = prepared(
    `SELECT rowid AS id, snippet(responses_fts, 0, '${MATCH_START}', '${MATCH_END}', '…', 32) AS excerpt FROM responses_fts
     WHERE responses_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`,
  );
  const found = new Map<number, string>();
  const rows = statement.all(match, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as { id: number; excerpt: string }[];
  for (const row of rows) found.set(row.id, row.excerpt);
  return found;
}

/**
 * All ids matching the filters and the search, in id order, up to `limit`
 * (bulk actions on "everything matching"): exactly the answers the filters
 * select, whatever the page's count says; read through the covering indexes.
 */
export function queueIds(filters: QueueFilters, limit: number): number[] {
  const clause = where(filters);
  return (prepared(`SELECT r.id AS id ${DENSE_FROM} WHERE ${clause.sql} ORDER BY r.id LIMIT ?`).all(...clause.params, limit) as { id: number }[]).map(
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
