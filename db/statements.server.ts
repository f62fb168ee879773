// How the code reaches the database: one rule.
//
// 1. drizzle's query builder by default (`getDb().select()…`, `tx.update()…`),
//    rows typed from the schema. For a builder query on a hot path, build and
//    prepare it once per connection with `preparedQuery` below.
// 2. Raw SQL only through `preparedSql` below, and only where a comment at the
//    query says why. The reasons that exist: FTS5 (theme suggestions), the
//    staff queue assembled from parts, the paths every request or save takes
//    (the session, the save, the rate limit: drizzle's builder was measured to
//    cost a third of the save's CPU time, building and preparing SQL), and the
//    report figures' GROUP BYs over the kept counts; and the page cache's
//    content counter, whose table (migration 0009, kept by triggers) is not
//    in the drizzle schema. The staff queue's SQL, assembled from its
//    filters, goes through `preparedSqlShapes` (one `preparedSql` per
//    combination of filters); the staff CSV export streams its query with
//    `.on(connection).iterate()` on a read-only connection of its own.
//    Nothing else in app/ calls `$client.prepare`. The save's transaction
//    is better-sqlite3's own, made once per connection (`preparedTransaction`
//    below): drizzle's `db.transaction` builds a transaction object and a
//    new better-sqlite3 wrapper on every call. Every other transaction is
//    drizzle's. Outside app/, the kept counts' rebuild
//    (db/kept-counts.server.ts) runs the migration's own backfill SQL
//    text, because it must be the same text the migration ran
//    (a test compares them), and the tests and scripts read the database
//    directly as any outside tool would.
// 3. Raw SQL names tables and columns through drizzle's `sql` template, so a
//    renamed column fails the type check: `${responses.state}` renders as
//    `"responses"."state"`, `${responses}` as `"responses"`. A table used twice
//    is aliased with `alias(t, "x")` from drizzle-orm/sqlite-core, written
//    `${t} ${x}` in FROM (an alias renders as its bare name, `"x"`) and
//    `${x.id}` elsewhere (`"x"."id"`). Where a qualified name is wrong (an
//    INSERT's column list, the left side of an UPDATE's SET) use
//    `columnNames(t.a, t.b)` or `sql.identifier(t.a.name)`.
// 4. Rows are typed from the schema: the selected fields are named as drizzle
//    columns (or `sql<T>` expressions for aggregates), and each value is read
//    back the way drizzle reads it (`timestamp_ms` as Date, booleans as
//    boolean), so a field has one representation in every module.
//
// Values go in through `sql.placeholder(name)` and are bound as given, not
// through the column (in `preparedQuery` too): pass a time as milliseconds,
// a boolean as 0 or 1.
//
// The SQL text is rendered once by drizzle's SQLite dialect and prepared once
// per connection (a test or script may close and reopen the database), so the
// hot paths pay for neither on each call.
import type Database from "better-sqlite3";
import type { RunResult, Statement } from "better-sqlite3";
import { Column, fillPlaceholders, is, noopDecoder, type SQL, sql, type GetColumnData } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { getDb, type Db } from "./client.server";

const built = new WeakMap<object, Map<unknown, unknown>>();

/**
 * A drizzle query built and prepared once per connection, for the hot paths
 * when drizzle's typed rows are worth keeping:
 * `const byId = preparedQuery((db) => db.select().from(t).where(eq(t.id, sql.placeholder("id"))).prepare());`
 * then `byId().get({ id })`.
 */
export function preparedQuery<T>(build: (db: Db) => T): () => T {
  return () => {
    const db = getDb();
    let forDb = built.get(db);
    if (!forDb) built.set(db, (forDb = new Map()));
    let query = forDb.get(build) as T | undefined;
    if (query === undefined) {
      query = build(db);
      forDb.set(build, query);
    }
    return query;
  };
}

/** A selected value: a schema column, or an `sql<T>` expression (`.mapWith(column)` to read it as that column). */
export type Field = Column | SQL<unknown>;
export type Fields = Record<string, Field>;
type FieldData<F> = F extends Column ? GetColumnData<F> : F extends SQL<infer T> ? T : never;
/** The row a raw statement selecting `F` returns: each field typed as drizzle reads it. */
export type RowOf<F extends Fields> = { [K in keyof F]: FieldData<F[K]> };

/** Values for the statement's `sql.placeholder(name)`s. */
export type Placeholders = Record<string, unknown>;

export interface RawStatement<Row> {
  get(values?: Placeholders): Row | undefined;
  all(values?: Placeholders): Row[];
  /** The rows one at a time, read as `all` reads them; `return()` (or leaving a for-of) ends the statement's iteration. */
  iterate(values?: Placeholders): IterableIterator<Row>;
  run(values?: Placeholders): RunResult;
  /**
   * The same statement prepared on another connection (the export's
   * read-only one, which lives for one download): prepared there once, when
   * `on` is called, with the text rendered once for every connection.
   */
  on(client: Database.Database): RawStatement<Row>;
  /**
   * SQLite's plan for the statement (EXPLAIN QUERY PLAN's detail lines), on
   * the process's connection: for tests that pin a plan a large database
   * depends on, such as a stream that must not sort before its first row.
   */
  plan(values?: Placeholders): string[];
}

export interface RawOptions {
  /**
   * Run on each connection before the statement is prepared there, for what
   * the statement needs that lives with the connection (a temp table).
   */
  setup?: (client: Database.Database) => void;
}

const dialect = new SQLiteSyncDialect();

/** Bare column names, for an INSERT's column list: `"text", "language"`. */
export function columnNames(...columns: Column[]): SQL {
  return sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
}

/**
 * A column of a LEFT JOINed table, typed as possibly null (drizzle's builder
 * does this itself; a raw query has to say so) and read as that column.
 */
export function nullable<C extends Column>(column: C): SQL<GetColumnData<C, "raw"> | null> {
  return sql`${column}`.mapWith(column) as SQL<GetColumnData<C, "raw"> | null>;
}

type Decode = ((value: unknown) => unknown) | null;

function decoderOf(field: Field): Decode {
  if (is(field, Column)) {
    // Most columns (integers, text) read the value as it is: no call per value for them.
    return field.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : (value) => field.mapFromDriverValue(value);
  }
  // `sql<T>` keeps the decoder `.mapWith()` gave it (drizzle's own select reads it the same way).
  const decoder = (field as unknown as { decoder?: { mapFromDriverValue(value: unknown): unknown } }).decoder;
  return decoder && decoder !== noopDecoder ? (value) => decoder.mapFromDriverValue(value) : null;
}

/**
 * A raw SQL statement, rendered from drizzle's `sql` template once and
 * prepared once per connection.
 *
 *   const byConsultation = preparedSql(
 *     { id: responses.id, state: responses.state },
 *     (select) => sql`SELECT ${select} FROM ${responses} WHERE ${responses.consultationId} = ${sql.placeholder("id")}`,
 *   );
 *   byConsultation.all({ id }); // { id: number; state: "draft" | "submitted" }[]
 *
 * `select` is the fields rendered as `"table"."column" AS "key", …`; rows
 * come back with those keys, each value read as drizzle reads that column.
 * A statement that returns no rows passes no fields: `preparedSql((_) => sql`…`).run(values)`.
 * Values go through `sql.placeholder(name)`; a literal written into the
 * template (`${"submitted"}`) is bound as a parameter, never spliced in.
 */
export function preparedSql<F extends Fields>(fields: F, build: (select: SQL) => SQL, options?: RawOptions): RawStatement<RowOf<F>>;
export function preparedSql(build: (select: SQL) => SQL, options?: RawOptions): RawStatement<never>;
export function preparedSql(
  fieldsOrBuild: Fields | ((select: SQL) => SQL),
  buildOrOptions?: ((select: SQL) => SQL) | RawOptions,
  maybeOptions?: RawOptions,
): RawStatement<unknown> {
  const fields: Fields = typeof fieldsOrBuild === "function" ? {} : fieldsOrBuild;
  const build = typeof fieldsOrBuild === "function" ? fieldsOrBuild : (buildOrOptions as (select: SQL) => SQL);
  const options = (typeof fieldsOrBuild === "function" ? buildOrOptions : maybeOptions) as RawOptions | undefined;
  const keys = Object.keys(fields);
  const decoders: Decode[] = keys.map((key) => decoderOf(fields[key]!));
  const returnsRows = keys.length > 0;

  let rendered: { text: string; params: unknown[]; placeholders: boolean } | undefined;

  function render(): NonNullable<typeof rendered> {
    if (!rendered) {
      const select = sql.join(
        keys.map((key) => sql`${fields[key]} AS ${sql.identifier(key)}`),
        sql`, `,
      );
      const query = dialect.sqlToQuery(build(select));
      rendered = { text: query.sql, params: query.params, placeholders: query.params.length > 0 };
    }
    return rendered;
  }

  function prepare(db: Database.Database): Statement {
    const text = render().text;
    options?.setup?.(db);
    const statement = db.prepare(text);
    if (returnsRows) statement.raw(true);
    return statement;
  }

  function params(values: Placeholders | undefined): unknown[] {
    return rendered!.placeholders ? fillPlaceholders(rendered!.params, values ?? {}) : [];
  }

  function toRow(values: unknown[]): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = values[i];
      const decode = decoders[i];
      row[keys[i]!] = value === null || value === undefined || !decode ? value : decode(value);
    }
    return row;
  }

  function over(current: () => Statement): RawStatement<unknown> {
    return {
      get(values) {
        const s = current();
        const row = s.get(...params(values)) as unknown[] | undefined;
        return row === undefined ? undefined : toRow(row);
      },
      all(values) {
        const s = current();
        return (s.all(...params(values)) as unknown[][]).map(toRow);
      },
      iterate(values) {
        const s = current();
        const rows = s.iterate(...params(values)) as IterableIterator<unknown[]>;
        // A plain iterator rather than a generator: the statement starts now,
        // as better-sqlite3's own iterate does, and `return()` reaches it
        // even before the first row is read.
        const iterator: IterableIterator<unknown> = {
          next() {
            const next = rows.next();
            return next.done ? next : { done: false, value: toRow(next.value) };
          },
          return(value?: unknown) {
            rows.return?.();
            return { done: true, value };
          },
          [Symbol.iterator]() {
            return iterator;
          },
        };
        return iterator;
      },
      run(values) {
        const s = current();
        return s.run(...params(values));
      },
      on(db) {
        const statement = prepare(db);
        return over(() => statement);
      },
      plan(values) {
        const client = getDb().$client;
        options?.setup?.(client);
        const explain = client.prepare(`EXPLAIN QUERY PLAN ${render().text}`);
        return (explain.all(...params(values)) as { detail: string }[]).map((row) => row.detail);
      },
    };
  }

  // The process's connection (getDb), prepared on first use and again when
  // the database has been closed and reopened.
  let client: Database.Database | undefined;
  let statement: Statement | undefined;
  return over(() => {
    const db = getDb().$client;
    if (statement && client === db) return statement;
    statement = prepare(db);
    client = db;
    return statement;
  });
}

/**
 * A transaction as better-sqlite3 makes it (BEGIN, `fn`, COMMIT; ROLLBACK
 * when `fn` throws; a savepoint when already inside one), made once per
 * connection. For the save only, whose statements are all `preparedSql`:
 * `fn` gets no drizzle `tx`.
 */
export function preparedTransaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let client: Database.Database | undefined;
  let transaction: Database.Transaction<(...args: A) => R> | undefined;
  return (...args) => {
    const db = getDb().$client;
    if (!transaction || client !== db) {
      transaction = db.transaction(fn);
      client = db;
    }
    return transaction(...args);
  };
}

/**
 * Raw statements for SQL assembled from parts (the staff queue, whose
 * filters are each present or not): one `preparedSql` per shape, the shape
 * being all that decides the text (which filters are set, the sort, how
 * many ids a list holds) and never a value, since values go through
 * placeholders. `build` sees the shape only, so two requests with the same
 * shape cannot need different texts; keyed by the shape, a request with
 * filters seen before renders and prepares nothing. A shape is drawn from
 * fixed lists (the filters, the sorts, a page's length), so the cache
 * holds at most one statement per combination and cannot grow without bound.
 */
export function preparedSqlShapes<S, F extends Fields>(
  fields: F | ((shape: S) => F),
  build: (shape: S, select: SQL) => SQL,
): (shape: S) => RawStatement<RowOf<F>> {
  const byShape = new Map<string, RawStatement<RowOf<F>>>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let statement = byShape.get(key);
    if (!statement) {
      statement = preparedSql(typeof fields === "function" ? (fields as (shape: S) => F)(shape) : fields, (select) => build(shape, select));
      byShape.set(key, statement);
    }
    return statement;
  };
}
