// A read worker: one thread of the read pool (read-pool.server.ts). It opens
// its own read-only connection to the database file the main thread uses
// and runs the tasks of read-tasks.server.ts as the main thread asks. Built
// into build/read-worker.js by scripts/build-read-worker.mjs; under tsx and
// vitest the pool starts this source file through tsx instead.
import { parentPort, workerData } from "node:worker_threads";
import { getDb, useReadOnlyDatabase } from "~db/client.server";
import { readStreams, readTasks } from "../models/read-tasks.server";
import type { FromWorker, ToWorker } from "./read-pool.server";
import { lowerThisThreadPriority } from "./thread-priority.server";

const port = parentPort;
if (!port) throw new Error("read-worker.server.ts runs only as a worker thread (see read-pool.server.ts)");

useReadOnlyDatabase((workerData as { database: string }).database);
// Long reads give way to the main thread's pages and saves (thread-priority.server.ts).
lowerThisThreadPriority();

/** Open streams by job id: each pull reads one more chunk. */
const streams = new Map<number, ReadableStreamDefaultReader<Uint8Array>>();

function send(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

function fail(id: number, error: unknown): void {
  streams.delete(id);
  send({
    kind: "error",
    id,
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
}

port.on("message", async (message: ToWorker) => {
  const { id } = message;
  try {
    switch (message.kind) {
      case "run": {
        const task = readTasks[message.task] as (...args: unknown[]) => unknown;
        // One snapshot for the task's queries (a page, its total, its counts),
        // so they agree with each other as they did on the main thread, where
        // no write could come between them. Only the synchronous part reads
        // the database (a Word file is packed afterwards), and it ends before
        // another message can start a task on this connection.
        const client = getDb().$client;
        client.exec("BEGIN");
        let result: unknown;
        try {
          result = task(...message.args);
        } finally {
          client.exec("COMMIT");
        }
        send({ kind: "result", id, value: await result });
        break;
      }
      case "stream": {
        const open = readStreams[message.task] as (...args: unknown[]) => ReadableStream<Uint8Array>;
        streams.set(id, open(...message.args).getReader());
        break;
      }
      case "pull": {
        const reader = streams.get(id);
        if (!reader) return;
        const next = await reader.read();
        if (next.done) {
          streams.delete(id);
          send({ kind: "end", id });
        } else {
          // A chunk the encoder made owns its buffer: hand it over instead of copying.
          const bytes = next.value;
          const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
          const chunk = own ? bytes : bytes.slice();
          send({ kind: "chunk", id, bytes: chunk }, [chunk.buffer as ArrayBuffer]);
        }
        break;
      }
      case "cancel": {
        const reader = streams.get(id);
        streams.delete(id);
        await reader?.cancel();
        break;
      }
    }
  } catch (error) {
    fail(id, error);
  }
});
