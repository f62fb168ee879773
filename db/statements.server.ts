// Prepared statements over the raw better-sqlite3 handle, each SQL text
// prepared once per connection and kept. For the paths every request or
// every save takes (the session, the save, the rate limit) and for queries
// assembled from parts (the staff queue): drizzle's query builder costs more
// than the query itself there (measured on the save: a third of its CPU time
// went to building and preparing SQL). Everything else uses drizzle.
import type { Statement } from "better-sqlite3";
import { getDb, type Db } from "./client.server";

const statements = new Map<string, Statement>();

export function prepared(sql: string): Statement {
  const client = getDb().$client;
  let statement = statements.get(sql);
  // A test or script may close and reopen the database: statements belong to a connection.
  if (!statement || statement.database !== client) {
    statement = client.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

const built = new WeakMap<object, Map<unknown, unknown>>();

/**
 * A drizzle query built and prepared once per connection, for the same hot
 * paths when drizzle's typed rows are worth keeping:
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
