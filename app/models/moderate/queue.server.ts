// The staff queue: submitted answers, filtered, searched, sorted, paginated,
// with counts per filter value.
//
// Raw SQL (db/statements.server.ts) rather than the query builder: the WHERE
// clause is assembled from optional filters and the same clause feeds three
// kinds of query (the page, the total, the counts); the search is FTS5
// (MATCH, bm25), and the covering indexes are named (INDEXED BY); the
// excerpts around the matches are app/lib/search-snippet.ts.
// Each query is built from a shape (which filters are set, the sort, how many
// ids a list holds; never a value, values are placeholders) and kept per
// shape by `preparedSqlShapes`: the shapes are finite, one text each,
// rendered and prepared once per connection. The fixed queries (the filter
// form's choices, the questions' facets) are drizzle's builder.
//
// Counts per filter ("facets") follow the usual rule: the count shown beside a
// value is how many answers that value would give with every *other* filter
// kept, so a moderator sees where the work is before clicking.
import { asc, eq, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  consultations,
  instruments,
  moderation,
  organizations,
  questions,
  queueCounts,
  responses,
  responseThemes,
  themeCounts,
  themes,
} from "~db/schema";
import { preparedQuery, preparedSql, preparedSqlShapes, type Placeholders, type RowOf } from "~db/statements.server";
import type { Lang } from "~/i18n/lang";
import { searchTerms, snippet } from "~/lib/search-snippet";
import { MATCH_END, MATCH_START, queueFilterSchema, type QUEUE_SORTS, type Facet, FACETS, type QueueFilters } from "./queue-filters";

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
  const terms = searchTerms(input).map((term) => (term.prefix ? `"${term.words[0]}"*` : `"${term.words.join(" ")}"`));
  return terms.length ? terms.join(" AND ") : null;
}

// The tables as the queries name them.
const r = alias(responses, "r");
const qu = alias(questions, "qu");
const c = alias(consultations, "c");
const o = alias(organizations, "o");
const m = alias(moderation, "m");
const rt = alias(responseThemes, "rt");
const t = alias(themes, "t");
/** The search index (migration 0006): an FTS5 table, not in the drizzle schema. */
const fts = sql.identifier("responses_fts");
const ph = (name: string) => sql.placeholder(name);

/** The joins of a queue row; `dense` reads organizations and moderation through their 0017 covering indexes. */
function joins(dense: boolean): SQL {
  return sql`
  JOIN ${questions} ${qu} ON ${qu.id} = ${r.questionId}
  JOIN ${consultations} ${c} ON ${c.id} = ${qu.consultationId}
  JOIN ${organizations} ${o}${dense ? sql` INDEXED BY organizations_queue_idx` : sql``} ON ${o.id} = ${r.organizationId}
  LEFT JOIN ${moderation} ${m}${dense ? sql` INDEXED BY moderation_queue_idx` : sql``} ON ${m.responseId} = ${r.id}`;
}
const JOINS = joins(false);
const DENSE_JOINS = joins(true);

const FROM = sql`
  FROM ${responses} ${r}${JOINS}`;

/**
 * FROM for reading many answers only for their filters (a search's matches,
 * their count and their filters' counts): every column a filter reads comes
 * from covering indexes. INDEXED BY because SQLite otherwise looks an answer
 * up in the table, whose rows hold the text: measured at a million answers,
 * counting 165,000 matches with a question filter took 5.0 s through the
 * table and 0.23 s through the indexes (under load). With a search the
 * answers are looked up by the index's rowid, their order of submission
 * (responses_submitted_seq_idx, migration 0018); without one they are read
 * in id order (responses_queue_idx, 0017).
 */
function denseFrom(search: boolean): SQL {
  return search
    ? sql`
  FROM ${responses} ${r} INDEXED BY responses_submitted_seq_idx${DENSE_JOINS}`
    : sql`
  FROM ${responses} ${r} INDEXED BY responses_queue_idx${DENSE_JOINS}`;
}

/** The answers the search matches (placeholder `match`: ftsQuery's output); the index's rowid is the order of submission. */
const SEARCHED = sql`${r.submittedSeq} IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${ph("match")})`;

/**
 * What decides the text of a WHERE clause: which filters are set (in FACETS
 * order), whether quotable is yes or no (two conditions), and whether there
 * is a search. Each filter's value is the placeholder named after it.
 */
interface WhereShape {
  facets: Facet[];
  quotable: "yes" | "no" | null;
  search: boolean;
}

function whereShape(filters: QueueFilters, match: string | null): WhereShape {
  return { facets: FACETS.filter((facet) => filters[facet] !== undefined), quotable: filters.quotable ?? null, search: match !== null };
}

/** The values of a WHERE clause's placeholders: each filter as given, and the search. */
function whereValues(filters: QueueFilters, match: string | null): Placeholders {
  const values: Placeholders = { match };
  for (const facet of FACETS) values[facet] = filters[facet];
  return values;
}

/** The SQL condition of a filter that is set. */
function condition(facet: Facet, quotable: WhereShape["quotable"]): SQL {
  switch (facet) {
    // By consultation, not cluster: a cluster has one consultation per review cycle.
    case "consultation":
      return sql`${c.id} = ${ph(facet)}`;
    case "question":
      return sql`${qu.number} = ${ph(facet)}`;
    case "instrument":
      return sql`${qu.instrumentId} = ${ph(facet)}`;
    case "state":
      return sql`coalesce(${m.state}, 'pending') = ${ph(facet)}`;
    case "theme":
      return sql`EXISTS (SELECT 1 FROM ${responseThemes} ${rt} WHERE ${rt.responseId} = ${r.id} AND ${rt.themeId} = ${ph(facet)})`;
    case "orgType":
      return sql`${o.type} = ${ph(facet)}`;
    case "region":
      return sql`${o.region} = ${ph(facet)}`;
    case "language":
      return sql`${r.language} = ${ph(facet)}`;
    case "quotable":
      return quotable === "yes" ? sql`${o.consentQuote} <> 'none'` : sql`${o.consentQuote} = 'none'`;
  }
}

/** The condition of each filter that is set, in FACETS order. */
function filterConditions(shape: WhereShape): SQL[] {
  return shape.facets.map((facet) => condition(facet, shape.quotable));
}

/**
 * "Submitted", written so that with a search SQLite starts from the answers
 * the search found: `+` keeps it off the (state, submitted_seq) index, which
 * would otherwise walk every submitted answer testing each against the
 * search (measured at a million answers: 16 s instead of 5 s for a common word).
 */
function submitted(plus: boolean): SQL {
  return plus ? sql`+${r.state} = 'submitted'` : sql`${r.state} = 'submitted'`;
}

/** Submitted answers that pass every filter and the search. */
function where(shape: WhereShape): SQL {
  const parts = [submitted(shape.search), ...filterConditions(shape)];
  if (shape.search) parts.push(SEARCHED);
  return sql.join(parts, sql` AND `);
}

type Sort = (typeof QUEUE_SORTS)[number];

const ORDER: Record<Sort, SQL> = {
  // Newest and oldest are the order of submission (migration 0018): the
  // order the submissions committed in, and within one submission the
  // questions' order. It is the search index's own order, so a broad search
  // lists in it without reading all its matches (broadPageIds).
  newest: sql`${r.submittedSeq} DESC`,
  oldest: sql`${r.submittedSeq} ASC`,
  question: sql`${qu.number} ASC, ${r.submittedSeq} DESC`,
  organization: sql`${o.name} COLLATE NOCASE ASC, ${qu.number} ASC, ${r.id} ASC`,
  // Only offered with a search: listQueue orders by the BM25 rank of its `hits` table instead.
  relevance: sql`${r.id} DESC`,
};

/** An answer's theme ids, comma-separated (null without themes). */
const THEME_IDS = sql<
  string | null
>`(SELECT group_concat(${responseThemes.themeId}) FROM ${responseThemes} WHERE ${responseThemes.responseId} = ${r.id})`;

/** The columns of a page's rows, read for its 25 answers only. */
const ITEM_FIELDS = {
  responseId: r.id,
  questionNumber: qu.number,
  clusterId: c.clusterId,
  instrument: qu.instrumentId,
  organizationName: o.name,
  organizationType: o.type,
  region: o.region,
  language: r.language,
  closedAnswer: r.closedAnswer,
  // An answer staff have not touched has no moderation row: pending.
  state: sql<(typeof moderation.$inferSelect)["state"]>`coalesce(${m.state}, 'pending')`,
  quotable: sql<boolean>`${o.consentQuote} <> 'none'`.mapWith(Boolean),
  submittedAt: r.submittedAt,
  excerpt: sql<string>`substr(${r.text}, 1, 240)`,
  themeIds: THEME_IDS,
};

type Row = RowOf<typeof ITEM_FIELDS>;

export interface QueueItem extends Omit<Row, "themeIds"> {
  /** The answer's opening, or with a search the passage that matched, with MATCH_START/MATCH_END around matches. */
  excerpt: string;
  themeIds: number[];
}

export type FacetCounts = Record<Facet, Record<string, number>>;

/** The filters with one value per answer, and the column each reads; themes (several per answer) are read apart. */
const SCALAR_FACETS = FACETS.filter((facet): facet is Exclude<Facet, "theme"> => facet !== "theme");
const FACET_FIELDS = {
  consultation: c.id,
  question: qu.number,
  instrument: qu.instrumentId,
  state: sql<string>`coalesce(${m.state}, 'pending')`,
  orgType: o.type,
  region: o.region,
  language: r.language,
  quotable: sql<string>`CASE WHEN ${o.consentQuote} = 'none' THEN 'no' ELSE 'yes' END`,
  themes: THEME_IDS,
} satisfies Record<Exclude<Facet, "theme"> | "themes", unknown>;

// Only rows that fail at most one filter can count anywhere: SQLite drops
// the others before they are read out (reading a row costs more than testing it).
const facetRows = preparedSqlShapes(FACET_FIELDS, (shape: WhereShape, select) => {
  const conditions = filterConditions(shape);
  const nearly =
    conditions.length >= 2
      ? sql` AND (${sql.join(
          conditions.map((condition) => sql`(${condition})`),
          sql` + `,
        )}) >= ${conditions.length - 1}`
      : sql``;
  return sql`SELECT ${select}
     ${denseFrom(shape.search)} WHERE ${submitted(shape.search)}${shape.search ? sql` AND ${SEARCHED}` : sql``}${nearly}`;
});

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
  const values: string[] = new Array(SCALAR_FACETS.length);
  // all(), not iterate(): under listQueue these are a narrow search's
  // matches (at most SEARCH_LIMITS.exact rows of nine short values), and
  // better-sqlite3 steps through them without a call into JavaScript per row
  // (measured at 100,000 answers, 648 matches: 2.6 ms instead of 3.1 ms
  // with typed rows from iterate(), 2.8 ms before with raw arrays).
  for (const row of facetRows(whereShape(filters, match)).all(whereValues(filters, match))) {
    // Which filters this answer fails; failing two or more, it counts nowhere.
    let failed: Facet | null = null;
    let failures = 0;
    for (let i = 0; i < SCALAR_FACETS.length; i++) {
      const facet = SCALAR_FACETS[i]!;
      values[i] = String(row[facet]);
      const want = wanted[facet];
      if (want !== undefined && want !== values[i]) {
        failures++;
        failed = facet;
      }
    }
    const themes = row.themes === null ? [] : String(row.themes).split(",");
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

const questionFacetRows = preparedQuery((db) =>
  db
    .select({ id: qu.id, cluster: c.clusterId, number: qu.number, instrument: qu.instrumentId })
    .from(qu)
    .innerJoin(c, eq(c.id, qu.consultationId))
    .prepare(),
);

/**
 * Each question's consultation (cluster), number and instrument, the three
 * filters the kept counts hold as a question id: read apart (a few dozen
 * rows) so the summary rows are read without a join.
 */
function questionFacets(): Map<number, [string, string, string]> {
  const rows = questionFacetRows().all();
  return new Map(rows.map((row) => [row.id, [String(row.cluster), String(row.number), row.instrument]]));
}

const QUESTION_FACETS = ["consultation", "question", "instrument"] as const;
type KeptFacet = Exclude<Facet, "theme">;
/** The kept counts' column of the other single-valued filters. */
const KEPT_COLUMN = { state: "state", orgType: "orgType", region: "region", language: "language", quotable: "quotable" } as const;
/** The order of the values keptFacetCounts reads per row (as SCALAR_FACETS). */
const KEPT_ORDER = SCALAR_FACETS;

/** Where the kept counts are read: queue_counts, theme_counts for the theme filtered on, or every theme's counts (grouped by theme). */
type KeptSource = "queue" | "theme" | "themes";
/** A set filter on the kept counts; a question filter is a list of `ids` question ids (placeholders `<facet>0`, `<facet>1`…). */
interface KeptShape {
  facet: KeptFacet;
  ids?: number;
}

interface KeptConditions {
  shapes: KeptShape[];
  values: Placeholders;
}

/**
 * The condition on the kept counts of each single-valued filter that is
 * set, and their values: a question filter becomes the list of question ids
 * it keeps.
 */
function keptConditions(filters: QueueFilters, questions: Map<number, [string, string, string]>): KeptConditions {
  const shapes: KeptShape[] = [];
  const values: Placeholders = { theme: filters.theme };
  for (const facet of KEPT_ORDER) {
    const value = filters[facet];
    if (value === undefined) continue;
    const q = (QUESTION_FACETS as readonly string[]).indexOf(facet);
    if (q >= 0) {
      const ids = [...questions].filter(([, facets]) => facets[q] === String(value)).map(([id]) => id);
      ids.forEach((id, i) => (values[`${facet}${i}`] = id));
      shapes.push({ facet, ids: ids.length });
    } else {
      // quotable is stored as 1/0, offered as yes/no.
      values[facet] = facet === "quotable" ? (value === "yes" ? 1 : 0) : String(value);
      shapes.push({ facet });
    }
  }
  return { shapes, values };
}

function keptTable(source: KeptSource): typeof queueCounts | typeof themeCounts {
  return source === "queue" ? queueCounts : themeCounts;
}

/** FROM and WHERE over the summary table, with the conditions given. */
function keptFromWhere(source: KeptSource, conditions: KeptShape[]): SQL {
  const table = keptTable(source);
  const parts = [
    source === "theme"
      ? sql`FROM ${themeCounts} WHERE ${themeCounts.themeId} = ${ph("theme")} AND ${table.n} > 0`
      : sql`FROM ${table} WHERE ${table.n} > 0`,
  ];
  for (const { facet, ids } of conditions) {
    if (ids !== undefined) {
      const list = Array.from({ length: ids }, (_, i) => ph(`${facet}${i}`));
      parts.push(sql` AND ${table.questionId} IN (${sql.join(list, sql`, `)})`);
    } else {
      parts.push(sql` AND ${table[KEPT_COLUMN[facet as keyof typeof KEPT_COLUMN]]} = ${ph(facet)}`);
    }
  }
  return sql.join(parts);
}

/** The summary table for these filters: queue_counts, or with a theme filter theme_counts for that theme. */
function keptSource(filters: QueueFilters): KeptSource {
  return filters.theme === undefined ? "queue" : "theme";
}

const keptTotalRow = preparedSqlShapes(
  (shape: { source: KeptSource; conditions: KeptShape[] }) => ({ n: sql<number>`coalesce(sum(${keptTable(shape.source).n}), 0)` }),
  (shape, select) => sql`SELECT ${select} ${keptFromWhere(shape.source, shape.conditions)}`,
);

/** How many submitted answers pass the filters, from the kept counts (no search). */
function keptTotal(filters: QueueFilters): number {
  const source = keptSource(filters);
  const { shapes, values } = keptConditions(filters, questionFacets());
  return keptTotalRow({ source, conditions: shapes }).get(values)!.n;
}

/** The kept counts' column a facet is grouped by (theme_id only in theme_counts). */
type KeptGroup = "questionId" | (typeof KEPT_COLUMN)[keyof typeof KEPT_COLUMN] | "themeId";

interface GroupShape {
  source: KeptSource;
  groupBy: KeptGroup;
  conditions: KeptShape[];
}

function groupColumn(shape: GroupShape) {
  return shape.groupBy === "themeId" ? themeCounts.themeId : keptTable(shape.source)[shape.groupBy];
}

const keptGroups = preparedSqlShapes(
  (shape: GroupShape) => ({ value: sql<string | number>`${groupColumn(shape)}`, n: sql<number>`sum(${keptTable(shape.source).n})` }),
  (shape, select) => sql`SELECT ${select} ${keptFromWhere(shape.source, shape.conditions)} GROUP BY ${groupColumn(shape)}`,
);

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
  const { shapes, values } = keptConditions(filters, questions);
  const grouped = (groupBy: KeptGroup, except: KeptFacet | null, themes = false) => {
    const conditions = shapes.filter((c) => c.facet !== except);
    return keptGroups({ source: themes ? "themes" : source, groupBy, conditions }).all(values);
  };
  const add = (facet: Facet, value: string, n: number) => {
    if (n > 0) counts[facet][value] = (counts[facet][value] ?? 0) + n;
  };

  // Consultation, question and instrument: grouped by question id, then told apart here.
  let shared: { value: string | number; n: number }[] | undefined;
  for (const [q, facet] of QUESTION_FACETS.entries()) {
    const own = filters[facet] !== undefined;
    const rows = own ? grouped("questionId", facet) : (shared ??= grouped("questionId", null));
    for (const { value: questionId, n } of rows) {
      const values = questions.get(Number(questionId));
      if (values) add(facet, values[q]!, n);
    }
  }
  for (const facet of ["state", "orgType", "region", "language", "quotable"] as const) {
    for (const { value, n } of grouped(KEPT_COLUMN[facet], facet)) {
      add(facet, facet === "quotable" ? (value ? "yes" : "no") : String(value), n);
    }
  }
  // Themes: every single-valued filter kept, the theme filter itself left out.
  for (const { value: theme, n } of grouped("themeId", null, true)) add("theme", String(theme), n);
  return counts;
}

export interface QueueOptions {
  withCounts?: boolean;
}

/** How many submitted answers the search finds: the index alone, no answer read. */
const searchCount = preparedSql(
  { n: sql<number>`count(*)` },
  (select) => sql`SELECT ${select} FROM ${fts} WHERE ${fts} MATCH ${ph("match")}`,
);

/**
 * The same, counted no further than `cap`: with filters the total is not the
 * index's count, so listQueue needs to know only whether the search is
 * narrow (at most SEARCH_LIMITS.exact) and whether it goes past the scan.
 * Measured at a million answers for a prefix term with 165,000 matches:
 * 7.6 ms up to 20,001, against 11.5 ms for them all.
 */
const searchCountUpTo = preparedSql(
  { n: sql<number>`count(*)` },
  (select) => sql`SELECT ${select} FROM (SELECT 1 FROM ${fts} WHERE ${fts} MATCH ${ph("match")} LIMIT ${ph("cap")})`,
);

const narrowTotal = preparedSqlShapes(
  { n: sql<number>`count(*)` },
  (shape: WhereShape, select) => sql`SELECT ${select} ${denseFrom(shape.search)} WHERE ${where(shape)}`,
);

/**
 * A broad search's matches in the order of submission (the index's rowid),
 * newest or oldest first, `LIMIT`ed by the caller, each looked up through
 * the covering index for the filters: SQLite walks the index's matches in
 * that order and stops as soon as it has enough.
 */
function matchesInOrder(shape: WhereShape, direction: "DESC" | "ASC", limit: SQL): SQL {
  const conditions = filterConditions(shape);
  return sql`FROM (SELECT rowid AS seq FROM ${fts} WHERE ${fts} MATCH ${ph("match")} ORDER BY rowid ${sql.raw(direction)}${limit}) hits
         JOIN ${responses} ${r} INDEXED BY responses_submitted_seq_idx ON ${r.submittedSeq} = hits.seq${DENSE_JOINS}
         WHERE ${r.state} = 'submitted'${conditions.length ? sql` AND ${sql.join(conditions, sql` AND `)}` : sql``}
         ORDER BY hits.seq ${sql.raw(direction)}`;
}

// Counted among the scanLimit most recent matches, stopping after
// exactLimit + 1 that pass the filters.
const passingCount = preparedSqlShapes(
  { n: sql<number>`count(*)` },
  (shape: WhereShape, select) =>
    sql`SELECT ${select} FROM (SELECT 1 ${matchesInOrder(shape, "DESC", sql` LIMIT ${ph("scan")}`)} LIMIT ${ph("limit")})`,
);

// The page's ids, walked newest or oldest first through the search's matches
// until the page is full. Measured at a million answers, `victims` (165,000
// matches) with a question filter: 4.9 ms; 25.4 ms when the page walked the
// submitted-date index and tested each answer against all the matches, read
// first into a list (before migration 0018).
const broadPageIds = preparedSqlShapes(
  { id: r.id },
  (shape: { where: WhereShape; sort: "newest" | "oldest" }, select) =>
    sql`SELECT ${select} ${matchesInOrder(shape.where, shape.sort === "newest" ? "DESC" : "ASC", sql``)} LIMIT ${ph("limit")} OFFSET ${ph("offset")}`,
);

// Ranked by relevance, the BM25 score of each hit comes from one pass over
// the FTS index (the `hits` table), joined by rowid. A correlated
// subquery per row would run the whole MATCH again for every answer:
// measured at 200,000 answers, 43 s for a common word instead of ~0.1 s.
const RANKED_FROM = sql`FROM (SELECT rowid AS seq, bm25(${fts}) AS rank FROM ${fts} WHERE ${fts} MATCH ${ph("match")}) hits
  JOIN ${responses} ${r} ON ${r.submittedSeq} = hits.seq${JOINS}`;

const pageRows = preparedSqlShapes(
  ITEM_FIELDS,
  (shape: { where: WhereShape; sort: Sort; ranked: boolean }, select) => sql`SELECT ${select}
    ${shape.ranked ? RANKED_FROM : FROM} WHERE ${where(shape.where)} ORDER BY ${shape.ranked ? sql`hits.rank ASC, ${r.id} DESC` : ORDER[shape.sort]} LIMIT ${ph("limit")} OFFSET ${ph("offset")}`,
);

export function listQueue(filters: QueueFilters, options: QueueOptions = {}) {
  const match = filters.q ? ftsQuery(filters.q) : null;
  const shape = whereShape(filters, match);
  const values = whereValues(filters, match);
  const { exact: exactLimit, scan: scanLimit } = SEARCH_LIMITS;
  // A search is "narrow" when the index finds at most exactLimit answers
  // (counting them reads the index only, stopping at exactLimit + 1): then
  // reading all of them for exact counts and any order is cheap.
  // Without filters the index's own count is the total, exact. With
  // filters it is only counted as far as anything below needs: one past
  // the scan (and past the exact limit, whichever is more).
  const found = !match
    ? 0
    : shape.facets.length === 0
      ? searchCount.get({ match })!.n
      : searchCountUpTo.get({ match, cap: Math.max(scanLimit, exactLimit) + 1 })!.n;
  const narrow = match ? found <= exactLimit : true;
  const broad = match !== null && !narrow;
  const requested = filters.sort === "relevance" && !match ? "newest" : (filters.sort ?? (match ? "relevance" : "newest"));
  // A broad search is listed newest or oldest first, walking its matches in
  // the index's order until the page is full; ranking by relevance (or
  // sorting by question or organization) would read and sort every match.
  const sort = broad && requested !== "newest" && requested !== "oldest" ? "newest" : requested;

  let total: number;
  let totalKind: TotalKind = "exact";
  if (!match) {
    // Without a search the total is a sum of kept counts.
    total = keptTotal(filters);
  } else if (narrow) {
    total = narrowTotal(shape).get(values)!.n;
  } else if (shape.facets.length === 0) {
    // The index holds submitted answers only (migration 0006): its count is the total.
    total = found;
  } else {
    const passing = passingCount(shape).get({ ...values, scan: scanLimit, limit: exactLimit + 1 })!.n;
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
    // At a million answers and 165,000 matches, a few hundred index entries.
    const ids = broadPageIds({ where: shape, sort: sort === "oldest" ? "oldest" : "newest" })
      .all({ ...values, limit: QUEUE_PAGE_SIZE, offset })
      .map((row) => row.id);
    rows = rowsByIds(ids);
  } else {
    const ranked = sort === "relevance" && match !== null;
    rows = pageRows({ where: shape, sort, ranked }).all({ ...values, limit: QUEUE_PAGE_SIZE, offset });
  }
  // With a search, the excerpt is the passage around the matches, for the
  // 25 answers of the page only (matchSnippets).
  const snippets =
    match && filters.q && rows.length
      ? matchSnippets(
          filters.q,
          rows.map((row) => row.responseId),
        )
      : new Map<number, string>();
  const items: QueueItem[] = rows.map((row) => ({
    ...row,
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

// One statement per page length (at most QUEUE_PAGE_SIZE texts).
const rowsWithIds = preparedSqlShapes(
  ITEM_FIELDS,
  (length: number, select) =>
    sql`SELECT ${select} ${FROM} WHERE ${r.id} IN (${sql.join(
      Array.from({ length }, (_, i) => ph(`id${i}`)),
      sql`, `,
    )})`,
);

/** A page's rows for these ids, in the ids' order. */
function rowsByIds(ids: number[]): Row[] {
  if (!ids.length) return [];
  const found = rowsWithIds(ids.length).all(Object.fromEntries(ids.map((id, i) => [`id${i}`, id])));
  const byId = new Map(found.map((row) => [row.responseId, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined);
}

// The page's texts, for their excerpts (at most QUEUE_PAGE_SIZE ids, by primary key).
const textsOf = preparedSql(
  { id: responses.id, text: responses.text },
  (select) => sql`SELECT ${select} FROM ${responses} WHERE ${responses.id} IN (SELECT value FROM json_each(${ph("ids")}))`,
);

/**
 * The passage of each answer around the words searched for, by answer id
 * (app/lib/search-snippet.ts), from the page's own texts: FTS5's snippet()
 * needed one more MATCH of the search, the fourth of a broad search's
 * (8-11 ms for a word in 165,000 answers at a million).
 */
function matchSnippets(q: string, ids: number[]): Map<number, string> {
  const terms = searchTerms(q);
  const found = new Map<number, string>();
  for (const row of textsOf.all({ ids: JSON.stringify(ids) })) {
    found.set(row.id, snippet(row.text, terms, { start: MATCH_START, end: MATCH_END, ellipsis: "…", words: 32 }));
  }
  return found;
}

const idsInOrder = preparedSqlShapes(
  { id: r.id },
  (shape: WhereShape, select) =>
    sql`SELECT ${select} ${denseFrom(shape.search)} WHERE ${where(shape)} ORDER BY ${r.id} LIMIT ${ph("limit")}`,
);

/**
 * All ids matching the filters and the search, in id order, up to `limit`
 * (bulk actions on "everything matching"): exactly the answers the filters
 * select, whatever the page's count says; read through the covering indexes.
 */
export function queueIds(filters: QueueFilters, limit: number): number[] {
  const match = filters.q ? ftsQuery(filters.q) : null;
  return idsInOrder(whereShape(filters, match))
    .all({ ...whereValues(filters, match), limit })
    .map((row) => row.id);
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

/** The filter form's queries in one language: each label column, and the themes sorted by it. */
function choiceQueries(lang: Lang) {
  const en = lang === "en";
  const themeLabel = en ? t.labelEn : t.labelFr;
  return {
    // Drafts have no answers to moderate.
    consultations: preparedQuery((db) =>
      db
        .select({ id: consultations.id, clusterId: consultations.clusterId, title: en ? consultations.titleEn : consultations.titleFr })
        .from(consultations)
        .where(ne(consultations.state, "draft"))
        .orderBy(asc(consultations.clusterId), asc(consultations.opensAt))
        .prepare(),
    ),
    instruments: preparedQuery((db) =>
      db
        .select({ id: instruments.id, label: en ? instruments.shortNameEn : instruments.shortNameFr })
        .from(instruments)
        .orderBy(asc(instruments.position))
        .prepare(),
    ),
    questions: preparedQuery((db) =>
      db.selectDistinct({ number: questions.number }).from(questions).orderBy(asc(questions.number)).prepare(),
    ),
    themes: preparedQuery((db) =>
      db
        .select({ id: t.id, label: themeLabel, clusterId: c.clusterId })
        .from(t)
        .innerJoin(c, eq(c.id, t.consultationId))
        .orderBy(asc(c.clusterId), sql`${themeLabel} COLLATE NOCASE`)
        .prepare(),
    ),
  };
}

const CHOICES = { en: choiceQueries("en"), fr: choiceQueries("fr") };

/** The choices the filter form offers that come from the database (the others are fixed lists). */
export function queueChoices(lang: Lang) {
  const queries = CHOICES[lang === "en" ? "en" : "fr"];
  return {
    consultations: queries.consultations().all(),
    instruments: queries.instruments().all(),
    questions: queries
      .questions()
      .all()
      .map((q) => q.number),
    themes: queries.themes().all(),
  };
}
