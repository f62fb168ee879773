// The read pool: long reads run in worker threads, off the event loop.
//
// better-sqlite3 is synchronous: while one request runs a query of a second
// (the staff queue's search, the report figures, a CSV export of a million
// answers), the main thread serves nobody else. So those reads run here, in a
// few worker threads (READ_WORKERS, default one fewer than the cores, at least 1), each with its own read-only
// connection to the same file; WAL lets them read committed snapshots while
// the main thread's single connection keeps every write. This is the pattern
// better-sqlite3's own docs recommend (docs/threads.md). Short reads (a
// session, a page's rows) stay on the main thread: handing them over costs
// more than running them. See docs/decisions/006-read-pool-and-kept-counts.md.
//
// Workers start when first needed and a new one only when every running one
// is busy, so a test or a quiet server pays for one. A job goes to the worker
// with the fewest jobs. A stream (the CSV export) stays on its worker and is
// read one chunk per pull: the worker reads the next chunk only when the
// response body wants more, so a slow download holds one chunk, not the file,
// and between chunks the worker runs other jobs.
//
// A worker's answer does not go on at once: the request it belongs to
// resumes in a turn of the main thread (main-thread-turns.server.ts), so a
// queue page rendered from it, or a CSV chunk written out, waits for the
// current pass of the event loop to end when that pass is already full.
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import fs from "node:fs";
import { getDb } from "~db/client.server";
import { env } from "~/platform/env.server";
import { inTurn } from "~/platform/main-thread-turns.server";
import { readStreams, readTasks, type ReadStreams, type ReadTasks } from "../models/read-tasks.server";

export type ToWorker =
  | { kind: "run"; id: number; task: keyof ReadTasks; args: unknown[] }
  | { kind: "stream"; id: number; task: keyof ReadStreams; args: unknown[] }
  | { kind: "pull"; id: number }
  | { kind: "cancel"; id: number };

export type FromWorker =
  | { kind: "result"; id: number; value: unknown }
  | { kind: "error"; id: number; message: string; stack?: string }
  | { kind: "chunk"; id: number; bytes: Uint8Array }
  | { kind: "end"; id: number };

interface Job {
  /** Called with each message about this job; true when the job is over. */
  handle(message: FromWorker): boolean;
  fail(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
}

let pool: { database: string; size: number; workers: PoolWorker[] } | undefined;
let nextId = 1;

/**
 * The worker's entry: the bundled build/read-worker.js beside the server
 * build, or in the source tree (vitest, tsx scripts) read-worker.server.ts
 * loaded through tsx.
 */
function workerEntry(): { file: string; tsx: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return { file: path.join(path.dirname(here), "read-worker.server.ts"), tsx: true };
  const built = path.join(path.dirname(here), "read-worker.js");
  if (!fs.existsSync(built)) throw new Error(`The read worker was not built: ${built} is missing (npm run build makes it).`);
  return { file: built, tsx: false };
}

/** Starts tsx's loader inside the worker, then the worker's TypeScript source. */
const TSX_BOOT = `
const { workerData } = require("node:worker_threads");
import(workerData.tsxApi).then((api) => { (api.register ?? api.default.register)(); return import(workerData.entry); });`;

/** tsx's ESM loader API (its package's "./esm/api" import entry): require.resolve would give the CommonJS one. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const exports = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}

function spawn(database: string): PoolWorker {
  const entry = workerEntry();
  const workerData = { database, entry: pathToFileURL(entry.file).href, tsxApi: "" };
  let worker: Worker;
  if (entry.tsx) {
    workerData.tsxApi = tsxEsmApi();
    worker = new Worker(TSX_BOOT, { eval: true, workerData });
  } else {
    worker = new Worker(entry.file, { workerData });
  }
  const member: PoolWorker = { worker, jobs: new Map() };
  // An idle worker must not keep a script or test process alive.
  worker.unref();
  worker.on("message", (message: FromWorker) => {
    const job = member.jobs.get(message.id);
    if (job && job.handle(message)) finish(member, message.id);
  });
  const lost = (error: Error) => {
    if (pool) pool.workers = pool.workers.filter((w) => w !== member);
    for (const job of member.jobs.values()) job.fail(error);
    member.jobs.clear();
  };
  worker.on("error", lost);
  worker.on("exit", (code) => lost(new Error(`A read worker stopped (exit code ${code}).`)));
  return member;
}

function finish(member: PoolWorker, id: number): void {
  member.jobs.delete(id);
  if (member.jobs.size === 0) member.worker.unref();
}

/** The worker for a new job, or null to run it on the main thread (READ_WORKERS=0, or an in-memory database). */
function pick(): PoolWorker | null {
  const client = getDb().$client;
  const size = env().READ_WORKERS;
  if (size === 0 || client.memory) return null;
  const database = path.resolve(client.name);
  // Tests and scripts reopen another file: the old workers read the old one.
  if (pool && pool.database !== database) closeReadPool();
  pool ??= { database, size, workers: [] };
  const least = pool.workers.reduce<PoolWorker | undefined>((best, w) => (!best || w.jobs.size < best.jobs.size ? w : best), undefined);
  if (least && (least.jobs.size === 0 || pool.workers.length >= pool.size)) return least;
  const member = spawn(database);
  pool.workers.push(member);
  return member;
}

function start(member: PoolWorker, job: Job, message: ToWorker): void {
  member.jobs.set(message.id, job);
  member.worker.ref();
  member.worker.postMessage(message);
}

function errorFrom(message: { message: string; stack?: string }): Error {
  const error = new Error(message.message);
  if (message.stack) error.stack = message.stack;
  return error;
}

/** Runs a read task (read-tasks.server.ts) in a worker and resolves with its result. */
export function read<K extends keyof ReadTasks>(task: K, ...args: Parameters<ReadTasks[K]>): Promise<Awaited<ReturnType<ReadTasks[K]>>> {
  const member = pick();
  if (!member) {
    const run = readTasks[task] as (...a: unknown[]) => unknown;
    return Promise.resolve().then(() => run(...args)) as Promise<Awaited<ReturnType<ReadTasks[K]>>>;
  }
  return new Promise((resolve, reject) => {
    const job: Job = {
      handle(message) {
        inTurn("resume", () => {
          if (message.kind === "result") resolve(message.value as Awaited<ReturnType<ReadTasks[K]>>);
          else if (message.kind === "error") reject(errorFrom(message));
        });
        return true;
      },
      fail: reject,
    };
    start(member, job, { kind: "run", id: nextId++, task, args });
  });
}

/**
 * A read stream (read-tasks.server.ts) produced in a worker. Each pull of the
 * returned stream asks the worker for one chunk; the default high-water mark
 * keeps one chunk ready ahead of the reader and no more.
 */
export function readStream<K extends keyof ReadStreams>(task: K, ...args: Parameters<ReadStreams[K]>): ReadableStream<Uint8Array> {
  const member = pick();
  if (!member) return (readStreams[task] as (...a: unknown[]) => ReadableStream<Uint8Array>)(...args);
  const id = nextId++;
  // The pull waiting for the worker's next message, and how the stream ended.
  let waiting: { resolve: () => void; controller: ReadableStreamDefaultController<Uint8Array> } | undefined;
  let ended: { error?: Error } | undefined;
  const settle = (apply: (controller: ReadableStreamDefaultController<Uint8Array>) => void) => {
    const pending = waiting;
    waiting = undefined;
    if (pending) {
      apply(pending.controller);
      pending.resolve();
    }
  };
  const job: Job = {
    handle(message) {
      if (message.kind === "chunk") {
        inTurn("resume", () => settle((controller) => controller.enqueue(message.bytes)));
        return false;
      }
      // Set now, so a pull cannot ask for more; the stream itself ends in a
      // turn, after any chunk still waiting for one.
      const end: { error?: Error } = message.kind === "error" ? { error: errorFrom(message) } : {};
      ended = end;
      inTurn("resume", () => settle((controller) => (end.error ? controller.error(end.error) : controller.close())));
      return true;
    },
    fail(error) {
      ended = { error };
      settle((controller) => controller.error(error));
    },
  };
  start(member, job, { kind: "stream", id, task, args });
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (ended) {
        if (ended.error) controller.error(ended.error);
        else controller.close();
        return;
      }
      return new Promise<void>((resolve) => {
        waiting = { resolve, controller };
        member.worker.postMessage({ kind: "pull", id } satisfies ToWorker);
      });
    },
    cancel() {
      if (ended) return;
      ended = {};
      member.worker.postMessage({ kind: "cancel", id } satisfies ToWorker);
      finish(member, id);
    },
  });
}

/** How many read workers are running (tests, diagnostics). */
export function readWorkersRunning(): number {
  return pool?.workers.length ?? 0;
}

/** Stops every read worker (tests, scripts, shutdown); the next read starts new ones. */
export function closeReadPool(): void {
  const workers = pool?.workers ?? [];
  pool = undefined;
  for (const member of workers) void member.worker.terminate();
}
