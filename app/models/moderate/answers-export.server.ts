// The staff CSV of every submitted answer with its moderation and themes,
// streamed: a million rows need no more memory than ten.
//
// - One SQL statement yields one row per answer in response id order (themes
//   gathered by correlated group_concat subqueries, so no GROUP BY and no
//   sort: SQLite walks the responses table in rowid order and streams).
// - A ReadableStream pulls a batch of rows from the statement's iterator each
//   time the consumer wants more; a slow download stops the pulling
//   (backpressure), so at most a batch or two is ever in memory.
// - The statement runs on its own read-only connection. better-sqlite3 marks
//   a connection busy while one of its iterators is open and refuses writes
//   on it ("This database connection is busy executing a query"): on the
//   process's shared connection, a download lasting a minute would break
//   every save and sign-in meanwhile. In WAL mode the reader sees one
//   consistent snapshot while writers carry on; the WAL only cannot be
//   checkpointed past that snapshot until the download ends.
// - Contact names and emails are never selected (privacy); organization
//   details are those the organization registered for publication review.
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "~db/client.server";
import { consultations, moderation, organizations, questions, questionVersions, responses, responseThemes, themes } from "~db/schema";
import { nullable, preparedSql, type RowOf } from "~db/statements.server";
import { exportEn, exportFr } from "~/i18n/admin-export";
import type { Lang } from "~/i18n/lang";
import { csvRow, type CsvValue } from "../../lib/csv";

type Column = keyof typeof exportEn;

/** The order of the columns; the headings come from app/i18n/admin-export.ts. */
export const EXPORT_COLUMNS: readonly Column[] = [
  "responseId",
  "cluster",
  "consultation",
  "questionNumber",
  "instrument",
  "article",
  "organizationId",
  "organizationName",
  "organizationType",
  "region",
  "language",
  "closedAnswer",
  "originalText",
  "publicText",
  "moderationState",
  "rejectionReason",
  "moderatedAt",
  "themes",
  "themeSources",
  "consentQuote",
  "consentPublishName",
  "submittedAt",
  "version",
  "questionVersion",
];

// Values are codes, not words (instrument id, theme keys, "approved"), so an
// English and a French download hold the same cells and can be combined.
// - region: the province or territory code, or "outside: <country>".
// - publicText: what may be published, i.e. the redacted text when staff
//   redacted, otherwise the original (as the answer page shows it).
// - moderationState: an answer staff have not touched has no moderation row
//   and is "pending", as in the queue.
// - article and questionVersion: of the wording the organization answered.
// - themes and themeSources: both ordered by theme key, so the n-th source
//   belongs to the n-th theme.
//
// Raw SQL (db/statements.server.ts): the statement is streamed with
// `iterate()` on a connection of its own (above), and the themes are
// gathered by correlated subqueries with an ordered group_concat.
const r = alias(responses, "r");
const q = alias(questions, "q");
const qv = alias(questionVersions, "qv");
const c = alias(consultations, "c");
const o = alias(organizations, "o");
const m = alias(moderation, "m");
const rt = alias(responseThemes, "rt");
const t = alias(themes, "t");
const clusterParam = sql.placeholder("cluster");

const EXPORT_FIELDS = {
  responseId: r.id,
  cluster: c.clusterId,
  /** The consultation's slug: a cluster is consulted again in later review cycles. */
  consultation: c.slug,
  questionNumber: q.number,
  instrument: q.instrumentId,
  article: sql<string>`coalesce(${qv.article}, ${q.article})`,
  organizationId: o.id,
  organizationName: o.name,
  organizationType: o.type,
  region: sql<string>`${o.region} || CASE WHEN ${o.region} = 'outside' AND coalesce(${o.country}, '') <> '' THEN ': ' || ${o.country} ELSE '' END`,
  language: r.language,
  closedAnswer: r.closedAnswer,
  originalText: r.text,
  publicText: sql<string>`coalesce(${m.redactedText}, ${r.text})`,
  moderationState: sql<(typeof moderation.$inferSelect)["state"]>`coalesce(${m.state}, 'pending')`,
  rejectionReason: m.reason,
  moderatedAt: nullable(m.updatedAt),
  themes: sql<string | null>`(SELECT group_concat(${t.key}, ';' ORDER BY ${t.key})
            FROM ${responseThemes} ${rt} JOIN ${themes} ${t} ON ${t.id} = ${rt.themeId}
           WHERE ${rt.responseId} = ${r.id})`,
  themeSources: sql<string | null>`(SELECT group_concat(${rt.source}, ';' ORDER BY ${t.key})
            FROM ${responseThemes} ${rt} JOIN ${themes} ${t} ON ${t.id} = ${rt.themeId}
           WHERE ${rt.responseId} = ${r.id})`,
  consentQuote: o.consentQuote,
  consentPublishName: o.consentPublishName,
  submittedAt: r.submittedAt,
  version: r.version,
  questionVersion: r.questionVersion,
};

type ExportRow = RowOf<typeof EXPORT_FIELDS>;

const exportRows = preparedSql(
  EXPORT_FIELDS,
  (select) => sql`
  SELECT ${select}
    FROM ${responses} ${r}
    JOIN ${questions} ${q} ON ${q.id} = ${r.questionId}
    -- The wording the answer replied to (an earlier version after an edit).
    LEFT JOIN ${questionVersions} ${qv} ON ${qv.questionId} = ${q.id} AND ${qv.version} = ${r.questionVersion}
    JOIN ${consultations} ${c} ON ${c.id} = ${q.consultationId}
    JOIN ${organizations} ${o} ON ${o.id} = ${r.organizationId}
    LEFT JOIN ${moderation} ${m} ON ${m.responseId} = ${r.id}
   -- The unary + keeps SQLite off the (state, submitted_seq, id) index: with
   -- it the planner sorts every submitted answer before the first row (14 s
   -- at a million, a worker held and the download silent meanwhile); without
   -- it SQLite walks the answers in id order and streams from the first
   -- row. Nine answers in ten are submitted, so the walk reads little extra.
   WHERE +${r.state} = 'submitted'
     AND (${clusterParam} IS NULL OR ${c.clusterId} = ${clusterParam})
   ORDER BY ${r.id}`,
);

/** Rows per pull: large enough to keep SQLite and the encoder busy, small enough to stay flat. */
const BATCH_ROWS = 500;
/** Also end a batch at about this many characters, so long answers do not make big chunks. */
const BATCH_CHARS = 256 * 1024;

/** Excel reads a BOM-less CSV as the local code page and mangles French accents. */
const BOM = "\uFEFF";

function iso(time: Date | null): string | null {
  return time === null ? null : time.toISOString();
}

function cells(row: ExportRow): CsvValue[] {
  const values: Record<Column, CsvValue> = {
    ...row,
    moderatedAt: iso(row.moderatedAt),
    submittedAt: iso(row.submittedAt),
    consentPublishName: row.consentPublishName ? "yes" : "no",
  };
  return EXPORT_COLUMNS.map((column) => values[column]);
}

export function exportHeadings(lang: Lang): string[] {
  const headings = lang === "fr" ? exportFr : exportEn;
  return EXPORT_COLUMNS.map((column) => headings[column]);
}

/**
 * `?consultation=<cluster number>`: the cluster number, as in the public URLs
 * (/en/clusters/1) and the export's own "cluster" column; consultation ids
 * are internal and could be mistaken for cluster numbers. Absent or empty:
 * every consultation. Anything else: null, a bad request.
 */
export function parseExportFilter(searchParams: URLSearchParams): { cluster: number | null } | null {
  const value = searchParams.get("consultation")?.trim() ?? "";
  if (value === "") return { cluster: null };
  return /^[1-9]\d{0,2}$/.test(value) ? { cluster: Number(value) } : null;
}

/** answers-2025-06-01.csv, or answers-cluster-1-2025-06-01.csv when filtered (UTC date). */
export function exportFileName(cluster: number | null, now = new Date()): string {
  return `answers-${cluster === null ? "" : `cluster-${cluster}-`}${now.toISOString().slice(0, 10)}.csv`;
}

export interface AnswersCsvOptions {
  lang: Lang;
  /** Only this cluster's consultation; null for all. */
  cluster: number | null;
  /** Told how many rows have been read from the database after each batch (tests, measuring). */
  onBatch?: (rowsRead: number) => void;
}

interface Reader {
  iterator: IterableIterator<ExportRow>;
  /** The read-only connection, closed with the iterator; absent when sharing the main one. */
  connection?: Database.Database;
}

function openReader(cluster: number | null): Reader {
  const main = getDb().$client;
  // An in-memory database cannot be opened twice; only throwaway scripts use
  // one, and they can live with writes being refused during the export.
  const connection = main.memory ? undefined : new Database(main.name, { readonly: true, fileMustExist: true });
  try {
    connection?.pragma("busy_timeout = 5000");
    return { iterator: exportRows.on(connection ?? main).iterate({ cluster }), connection };
  } catch (error) {
    connection?.close();
    throw error;
  }
}

/**
 * The CSV as a byte stream: BOM and headings, then one line per submitted
 * answer in response id order. The database is opened on the first pull, so
 * a response that is never read holds nothing open.
 */
export function answersCsv({ lang, cluster, onBatch }: AnswersCsvOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let reader: Reader | undefined;
  let rowsRead = 0;
  let finished = false;

  // An open iterator keeps its statement (and the read snapshot) alive:
  // release both as soon as the rows run out, fail, or the client goes away.
  function release(): void {
    finished = true;
    if (!reader) return;
    const { iterator, connection } = reader;
    reader = undefined;
    try {
      iterator.return?.();
    } finally {
      connection?.close();
    }
  }

  // The default strategy keeps one chunk ready ahead of the reader: SQLite
  // works while the previous chunk is on the wire, and no more.
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (finished) return;
      try {
        let text = "";
        if (!reader) {
          reader = openReader(cluster);
          text = BOM + csvRow(exportHeadings(lang));
        }
        let rows = 0;
        let done = false;
        while (rows < BATCH_ROWS && text.length < BATCH_CHARS) {
          const next = reader.iterator.next();
          if (next.done) {
            done = true;
            break;
          }
          text += csvRow(cells(next.value));
          rows += 1;
        }
        rowsRead += rows;
        if (rows > 0) onBatch?.(rowsRead);
        if (text) controller.enqueue(encoder.encode(text));
        if (done) {
          release();
          controller.close();
        }
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    cancel() {
      release();
    },
  });
}

/** SQLite's plan for the export's statement: a test pins that it streams without sorting first. */
export function answersCsvPlan(cluster: number | null = null): string[] {
  return exportRows.plan({ cluster });
}
