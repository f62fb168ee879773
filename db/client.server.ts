// The database client: one better-sqlite3 connection per process, WAL mode,
// foreign keys on, committed migrations applied when it opens.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "../app/platform/env.server";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The transaction handle drizzle passes to `db.transaction((tx) => …)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * The migrations folder, found from this module's own location so it works from
 * any working directory: in the source tree this file sits beside it
 * (db/migrations); in the server bundle (build/index.js) it is ../db/migrations.
 * Walk up until a folder holding db/migrations/meta/_journal.json is found.
 */
export function migrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, "migrations"), path.join(dir, "db", "migrations")]) {
      if (fs.existsSync(path.join(candidate, "meta", "_journal.json"))) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error("The portal cannot start: db/migrations/meta/_journal.json was not found.");
}

/** Opens (creating if needed) the SQLite file at `file` and brings it up to date. */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // NORMAL is durable in WAL mode against application crashes; only a power
  // loss can roll back the last transactions. busy_timeout lets a script (seed,
  // outbox sender) and the server share the file without "database is locked".
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder() });
  return db as Db;
}

/**
 * A read-only connection to an existing, already migrated file: what each
 * read worker (app/platform/read-worker.server.ts) uses. WAL lets it read a
 * committed snapshot while the main connection writes; it never migrates.
 */
export function openReadOnlyDatabase(file: string): Db {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as Db;
}

let current: Db | undefined;

/** Makes this process's (or worker's) database a read-only connection to `file`. */
export function useReadOnlyDatabase(file: string): void {
  current?.$client.close();
  current = openReadOnlyDatabase(file);
}

/**
 * The process's database, opened on first use from DATABASE_URL (default
 * data/portal.db). Opened lazily, not at import, so tests can set
 * DATABASE_URL to a file of their own first.
 */
export function getDb(): Db {
  current ??= openDatabase(env().DATABASE_URL);
  return current;
}

/** Closes the process's database (tests, scripts, graceful shutdown). */
export function closeDb(): void {
  current?.$client.close();
  current = undefined;
}
