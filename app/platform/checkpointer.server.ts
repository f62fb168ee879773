// Moves the database's WAL checkpoints off the main thread.
//
// In WAL mode each commit appends its pages to the -wal file; a checkpoint
// copies them back into the database file and, with synchronous = NORMAL,
// is the one moment SQLite calls fsync. By default the connection that
// commits runs it, inside the COMMIT that takes the WAL past 1,000 pages:
// on the server that is the main thread, in the middle of a save, every
// ~150 saves, and every visitor waits for the copy and the fsync. On the
// bench's save scenario (three alternating runs each, 3 Dec. 2026), this
// worker took saves from 1,081-1,085/s with a p99 of 112-118 ms to
// 1,109-1,169/s with 89-100 ms; on a cloud disk, where an fsync can take
// tens of milliseconds, the stall it removes is longer. It matters most
// after a long export: while a reader holds an old snapshot nothing can be
// copied back, and the whole backlog is copied when it ends, here in the
// worker instead of inside someone's save.
//
// A worker thread with a connection of its own runs
// `PRAGMA wal_checkpoint(PASSIVE)` every CHECKPOINT_INTERVAL_MS: PASSIVE
// never waits for the writer or the readers, it copies what it can. The
// main connection keeps an automatic checkpoint, at SAFETY_NET_PAGES, in
// case the worker stops or falls behind, so the WAL stays bounded either
// way (about 40 MB). A reader holding an old snapshot (a long export)
// keeps the WAL from being reset until it finishes, with or without this.
//
// The worker is a few lines of plain JavaScript given to the Worker as a
// string, so it needs no build step of its own (unlike the read worker).
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { getDb } from "~db/client.server";

/** How often the worker checkpoints: often enough that the WAL stays a few MB at the portal's write rates. */
export const CHECKPOINT_INTERVAL_MS = 250;
/** The main connection's own automatic checkpoint, only if the worker falls behind (SQLite's default is 1,000). */
export const SAFETY_NET_PAGES = 10_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.betterSqlite3);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 0");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message === "stop") {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

let running: Worker | undefined;

/**
 * Starts the checkpointing worker for the process's database (the server,
 * at start). A database in memory has no WAL: nothing is started.
 */
export function startCheckpointer(): void {
  const client = getDb().$client;
  if (running || client.memory) return;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      file: client.name,
      intervalMs: CHECKPOINT_INTERVAL_MS,
      betterSqlite3: createRequire(import.meta.url).resolve("better-sqlite3"),
    },
  });
  // The server's exit is not held up by it; a checkpoint cut short is safe (the WAL still holds every page).
  worker.unref();
  worker.on("message", (message: { error?: string }) => {
    if (message.error) console.error(`WAL checkpoint failed (the main connection's own checkpoint still runs): ${message.error}`);
  });
  worker.on("error", (error) => console.error("The WAL checkpoint worker stopped:", error));
  client.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  running = worker;
}

/** Stops the worker and gives the main connection back SQLite's default checkpoints (tests, shutdown). */
export async function stopCheckpointer(): Promise<void> {
  if (!running) return;
  const worker = running;
  running = undefined;
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  worker.postMessage("stop");
  await exited;
  try {
    getDb().$client.pragma("wal_autocheckpoint = 1000");
  } catch {
    // The database was closed first: nothing to give back.
  }
}
