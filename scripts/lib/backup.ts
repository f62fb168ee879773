// Backups of the portal's SQLite file, and restoring one, shared by
// `npm run db:backup`, `npm run db:restore`, the crash test and their tests.
//
// - A backup uses SQLite's online backup API (better-sqlite3's db.backup()),
//   so it is a consistent snapshot even while the server writes: in WAL mode
//   the copy reads one snapshot and never blocks the server's writers.
// - A backup file is self-contained: it is switched to the rollback journal
//   (no -wal/-shm beside it), checked, and only then renamed into place.
// - A restore checks the copy it is about to install, refuses while another
//   process has the target open, and swaps the file in with one rename.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export class BackupError extends Error {}

/**
 * What is wrong with an open database, or nothing: PRAGMA integrity_check,
 * PRAGMA foreign_key_check, and the full-text index checked against the
 * answers it indexes. Needs a read-write connection (the FTS5 check is an
 * INSERT, though it writes nothing).
 */
export function databaseProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  try {
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    const messages = integrity.map((row) => row.integrity_check);
    if (messages.join() !== "ok") problems.push(...messages.slice(0, 20).map((m) => `integrity_check: ${m}`));

    const orphans = db.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[];
    for (const o of orphans.slice(0, 20)) problems.push(`foreign_key_check: ${o.table} row ${o.rowid} points to a missing ${o.parent}`);
    if (orphans.length > 20) problems.push(`foreign_key_check: … and ${orphans.length - 20} more`);

    const hasFts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'responses_fts'").get();
    if (hasFts) {
      try {
        // rank = 1: also compare the index with the external content (responses).
        db.prepare("INSERT INTO responses_fts(responses_fts, rank) VALUES ('integrity-check', 1)").run();
      } catch (error) {
        problems.push(`responses_fts integrity-check: ${message(error)}`);
      }
    }
  } catch (error) {
    problems.push(message(error));
  }
  return problems;
}

/** Opens `file` read-write (it must exist) and lists its problems. */
export function fileProblems(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    return databaseProblems(db);
  } catch (error) {
    return [message(error)];
  } finally {
    db?.close();
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
}

export interface BackupOptions {
  /**
   * Pages copied per step, between which the event loop runs. The default
   * copies everything after the first step in one go: a step reads one WAL
   * snapshot, so it never blocks the server, while small steps restart from
   * scratch each time another process writes and may never finish on a busy
   * server.
   */
  pagesPerStep?: number;
}

/** `backups/portal-YYYYMMDD-HHMMSS.db` (UTC), relative to `dir`. */
export function defaultBackupPath(dir = "backups", now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "")
    .replace(/-|:/g, "")
    .replace("T", "-");
  return path.join(dir, `portal-${stamp}.db`);
}

/**
 * Copies the live database at `source` to `destination` (which must not
 * exist) with SQLite's online backup, checks the copy, and only then gives
 * it its name. Throws BackupError when the copy is not sound.
 */
export async function backupDatabase(source: string, destination: string, options: BackupOptions = {}): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  if (fs.existsSync(destination)) throw new BackupError(`${destination} already exists; choose another name.`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const partial = `${destination}.partial`;
  removeDatabaseFiles(partial);

  // Read-only: a backup never writes to the live database.
  const live = new Database(source, { readonly: true, fileMustExist: true });
  let pages: number;
  try {
    live.pragma("busy_timeout = 5000");
    const pagesPerStep = options.pagesPerStep ?? 0x7fffffff;
    const done = await live.backup(partial, { progress: () => pagesPerStep });
    pages = done.totalPages;
  } catch (error) {
    removeDatabaseFiles(partial);
    throw new BackupError(`The backup of ${source} failed: ${message(error)}`);
  } finally {
    live.close();
  }

  const copy = new Database(partial);
  let problems: string[];
  try {
    // The copy inherits WAL mode from the live file; a backup is one file.
    copy.pragma("journal_mode = DELETE");
    problems = databaseProblems(copy);
  } finally {
    copy.close();
  }
  if (problems.length > 0) {
    removeDatabaseFiles(partial);
    throw new BackupError(`The copy of ${source} failed its checks:\n- ${problems.join("\n- ")}`);
  }
  fsyncFile(partial);
  fs.renameSync(partial, destination);
  fsyncDirectory(path.dirname(path.resolve(destination)));
  return { file: destination, bytes: fs.statSync(destination).size, pages };
}

export interface RestoreOptions {
  /** Replace a database that exists (after checking no process has it open). */
  force?: boolean;
}

export interface RestoreResult {
  target: string;
  bytes: number;
  /** The target existed and was replaced. */
  replaced: boolean;
  /** Set when the existing target could not be opened to check it was idle (a damaged file). */
  warning?: string;
}

/**
 * Puts the backup `file` in place of the database at `target`: refuses an
 * unsound backup, an existing target without `force`, and a target that
 * another process (a running server) has open. The new file is written
 * beside the target, checked, fsynced and renamed over it, so the target is
 * either the old database or the whole backup, never half of one.
 */
export function restoreDatabase(file: string, target: string, options: RestoreOptions = {}): RestoreResult {
  if (!fs.existsSync(file)) throw new BackupError(`There is no backup at ${file}.`);
  if (path.resolve(file) === path.resolve(target)) throw new BackupError("The backup and the target are the same file.");
  if (nonEmpty(`${file}-wal`)) {
    throw new BackupError(
      `${file} has a write-ahead log beside it (${file}-wal), so the file alone is not the whole database. Use a file made by npm run db:backup.`,
    );
  }
  const replaced = fs.existsSync(target);
  let warning: string | undefined;
  if (replaced) {
    if (!options.force) throw new BackupError(`${target} already exists. Pass --force to replace it (stop the server first).`);
    warning = ensureNotInUse(target);
  }

  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(target)}.restore-${process.pid}.tmp`);
  removeDatabaseFiles(temporary);
  try {
    fs.copyFileSync(file, temporary);
    const problems = fileProblems(temporary);
    if (problems.length > 0) {
      throw new BackupError(`${file} is not a sound database, so nothing was restored:\n- ${problems.join("\n- ")}`);
    }
    fsyncFile(temporary);
    // A -wal or -shm left from the old file would be read as part of the new one.
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(temporary, target);
    fsyncDirectory(dir);
  } finally {
    removeDatabaseFiles(temporary);
  }
  return { target, bytes: fs.statSync(target).size, replaced, warning };
}

/**
 * Throws when another connection has `target` open. In WAL mode an idle
 * reader holds no lock that BEGIN EXCLUSIVE would meet, but leaving WAL mode
 * needs every other connection closed, so `journal_mode = DELETE` with no
 * busy timeout fails at once while the server runs. (It also folds the WAL
 * into the file, harmless since the file is about to be replaced.)
 */
function ensureNotInUse(target: string): string | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { fileMustExist: true, timeout: 0 });
    db.pragma("journal_mode = DELETE");
    db.exec("BEGIN EXCLUSIVE; ROLLBACK;");
    return undefined;
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      throw new BackupError(`${target} is in use by another process (is the server running?). Stop it, then restore.`);
    }
    return `Could not open ${target} to check that no process uses it (${message(error)}); replaced it anyway (--force).`;
  } finally {
    db?.close();
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${file}${suffix}`, { force: true });
}

function nonEmpty(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable; not every platform can open a directory, which is fine. */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Formats a size for people: 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The database the portal uses: DATABASE_URL (a "file:" prefix is accepted) or data/portal.db. */
export function configuredDatabase(): string {
  const value = process.env.DATABASE_URL?.trim();
  return value ? value.replace(/^file:/, "") : "data/portal.db";
}
