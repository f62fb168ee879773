// One group of the mixed load (scripts/bench.ts, mixedLoad), in a process of
// its own: `node --import tsx scripts/bench/mixed-client.ts`, spawned with an
// IPC channel.
//
// Why a process per group: every latency is timed on the sending side, so a
// reply that arrives while the generator is busy reads as slow. With every
// group and the CSV download in one process, that process's own event loop
// lagged by 24 ms at p50 and 76 ms at p99 flat out (3 Dec. 2026), and each
// reply's time included that wait. Apart, a group waits only on
// its own work; each reports its own event-loop delay beside its latencies.
// They still share the machine's cores with the server, as before.
//
// The requests go out through node:http (`sender`), flat out or paced, not
// autocannon: its overallRate gives each connection a quota per second and
// sends it back to back as each second starts, so "100/s" arrived as a
// burst of 100 requests at once, every second; and it builds every
// response body into a string, which for the 953 KB report page was most
// of the public readers' own event-loop lag (57 ms p99 flat out).
//
// Protocol: the parent sends the job; the client prepares and answers
// { ready }; on { go } it runs; the three load groups send { done }
// with their result after the window. The admin downloads until { stop },
// finishes the request under way, then sends { done }.
import http from "node:http";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { delayHistogram, delayMs } from "./event-loop-delay.mjs";
import { groupOf, savingRequests, timed, type GroupResult, type Requests, type Slot } from "./load-groups";

export type Job =
  | {
      kind: "readers";
      group: string;
      url: string;
      connections: number;
      /** Asked in turn; with cookies, each request takes the next cookie too (a moderator each). */
      paths: string[];
      cookies?: string[];
      duration: number;
      /** Requests per second for the whole group, evenly spaced; null: flat out. */
      rate: number | null;
      timeout: number;
    }
  | {
      kind: "savers";
      group: string;
      url: string;
      connections: number;
      slots: Slot[];
      /** The copy the server writes: each slot's version is read from it at the start and after a reply that is not "saved". */
      database: string;
      duration: number;
      rate: number | null;
      timeout: number;
    }
  | { kind: "admin"; url: string; cookie: string; steps: [kind: string, path: string][] };

export interface AdminRun {
  kind: string;
  ms: number;
  status: number;
  bytes: number;
  afterWindow: boolean;
}

export interface EventLoop {
  p50: number;
  p99: number;
  max: number;
}

export type Message =
  | { ready: true }
  | { done: true; group: GroupResult; saved?: number; other?: number; eventLoop: EventLoop }
  | { done: true; admin: AdminRun[]; eventLoop: EventLoop };

const send = (message: Message) => process.send!(message);

/**
 * What Chromium sends as Accept-Encoding, on every request: the server
 * gzips the kept report page and the CSV for browsers, so the bench asks as
 * they do. Bodies are counted as they come, never unzipped (a browser does
 * that on its own machine, not the server's).
 */
const BROWSER_ENCODINGS = { "accept-encoding": "gzip, deflate, br, zstd" };

/** This process's event-loop delay, read as the server's is (event-loop-delay.mjs). */
function eventLoopMonitor(): () => EventLoop {
  const histogram = delayHistogram();
  return () => {
    histogram.disable();
    return { p50: delayMs(histogram.percentile(50)), p99: delayMs(histogram.percentile(99)), max: delayMs(histogram.max) };
  };
}

function readersRequests(job: Extract<Job, { kind: "readers" }>): NonNullable<Requests> {
  let next = 0;
  return [
    {
      method: "GET",
      setupRequest: (request) => {
        const i = next++;
        const path = job.paths[i % job.paths.length]!;
        return job.cookies
          ? { ...request, path, headers: { ...request.headers, cookie: job.cookies[i % job.cookies.length]! } }
          : { ...request, path };
      },
    },
  ];
}

type Counts = { non2xx: number; errors: number; timeouts: number };

interface SendOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  method: "GET" | "POST";
  /** Whether onResponse needs the body (the savers read "saved"); otherwise it is read and dropped. */
  keepBody: boolean;
}

/**
 * Sends the group's requests with node:http over `connections` keep-alive
 * sockets (the agent queues a request while all are busy), running
 * `requests[0]`'s setupRequest and onResponse as autocannon would, so the
 * savers' slots and `timed` work unchanged. A body not needed is never
 * kept: autocannon builds every body into a string, which for the 953 KB
 * report page was most of the public readers' own event-loop lag.
 */
function sender(requests: NonNullable<Requests>, options: SendOptions) {
  const template = requests[0]!;
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const counts: Counts = { non2xx: 0, errors: 0, timeouts: 0 };
  let over = false;
  /** Sends one request, timed from `dueAt`; settles when it is answered or fails. */
  const send = (dueAt: number) =>
    new Promise<void>((settle) => {
      const context: Record<string, unknown> = {};
      let made: { method?: string; path: string; headers?: Record<string, string>; body?: string };
      try {
        made = template.setupRequest!({ method: options.method, path: "/", headers: {} }, context) as typeof made;
      } catch {
        // Every saver's slot is in flight (500 of them): the server has stalled for seconds; this one is not sent.
        counts.errors++;
        return settle();
      }
      context.sentAt = dueAt;
      const headers = {
        ...BROWSER_ENCODINGS,
        ...made.headers,
        ...(made.body === undefined ? {} : { "content-length": String(Buffer.byteLength(made.body)) }),
      };
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: made.path,
          method: made.method ?? options.method,
          headers,
          agent,
          timeout: options.timeout * 1000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => options.keepBody && chunks.push(chunk));
          response.on("end", () => {
            if (!over) {
              const status = response.statusCode ?? 0;
              if (status < 200 || status > 299) counts.non2xx++;
              template.onResponse!(status, options.keepBody ? Buffer.concat(chunks).toString() : "", context, {});
            }
            settle();
          });
        },
      );
      request.on("timeout", () => {
        counts.timeouts++;
        request.destroy();
      });
      request.on("error", () => {
        if (!over) counts.errors++;
        settle();
      });
      request.end(made.body);
    });
  /** Ends the window: what is still waiting is counted by `timed` with its wait so far. */
  const end = () => {
    over = true;
    agent.destroy();
    return counts;
  };
  return { send, end, isOver: () => over };
}

const until = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/** Flat out (a closed loop): each of `connections` loops sends its next request as soon as the last is answered. */
async function flatOut(requests: NonNullable<Requests>, options: SendOptions): Promise<Counts> {
  const { send, end, isOver } = sender(requests, options);
  const start = performance.now();
  for (let i = 0; i < options.connections; i++) {
    void (async () => {
      while (!isOver()) await send(performance.now());
    })();
  }
  await until(start + options.duration * 1000);
  return end();
}

/**
 * An open loop: request i is due at start + i / rate, whatever became of
 * the ones before it, and is timed from when it was due, so a wait for a
 * free socket counts, as a user would feel it (no coordinated omission).
 */
async function paced(requests: NonNullable<Requests>, options: SendOptions & { rate: number }): Promise<Counts> {
  const { send, end } = sender(requests, options);
  const start = performance.now();
  const interval = 1000 / options.rate;
  const total = Math.floor(options.rate * options.duration);
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    if (due > performance.now()) await until(due);
    void send(due);
  }
  await until(start + options.duration * 1000);
  return end();
}

async function runGroup(job: Exclude<Job, { kind: "admin" }>, go: Promise<void>): Promise<void> {
  const counters = { saved: 0, other: 0 };
  let requests: NonNullable<Requests>;
  let db: Database.Database | undefined;
  if (job.kind === "savers") {
    db = new Database(job.database, { readonly: true });
    const versionOf = db.prepare("SELECT version FROM responses WHERE organization_id = ? AND question_id = ?");
    for (const slot of job.slots) {
      slot.version = (versionOf.get(slot.organizationId, slot.questionId) as { version: number } | undefined)?.version ?? 0;
    }
    requests = savingRequests(job.slots, versionOf, counters)!;
  } else {
    requests = readersRequests(job);
  }
  send({ ready: true });
  await go;
  const stopMonitor = eventLoopMonitor();
  const times = timed(requests);
  const started = performance.now();
  const options: SendOptions = { ...job, method: job.kind === "savers" ? "POST" : "GET", keepBody: job.kind === "savers" };
  const result = job.rate === null ? await flatOut(times.requests, options) : await paced(times.requests, { ...options, rate: job.rate });
  const ended = performance.now();
  const eventLoop = stopMonitor();
  db?.close();
  const group = groupOf(job.group, result, times.finish(ended), job.connections, (ended - started) / 1000);
  send(job.kind === "savers" ? { done: true, group, ...counters, eventLoop } : { done: true, group, eventLoop });
}

/** A GET read to its end with node:http, counting the bytes and keeping none (a 1.3 GB CSV included). */
function download(url: string, cookie: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { ...BROWSER_ENCODINGS, cookie } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

async function runAdmin(job: Extract<Job, { kind: "admin" }>, go: Promise<void>, stop: Promise<void>): Promise<void> {
  let windowOver = false;
  void stop.then(() => (windowOver = true));
  send({ ready: true });
  await go;
  const stopMonitor = eventLoopMonitor();
  const runs: AdminRun[] = [];
  for (let i = 0; !windowOver; i++) {
    const [kind, path] = job.steps[i % job.steps.length]!;
    const started = performance.now();
    const { status, bytes } = await download(`${job.url}${path}`, job.cookie);
    runs.push({ kind, ms: performance.now() - started, status, bytes, afterWindow: windowOver });
  }
  send({ done: true, admin: runs, eventLoop: stopMonitor() });
}

let startRun: () => void;
let stopRun: () => void;
const go = new Promise<void>((resolve) => (startRun = resolve));
const stop = new Promise<void>((resolve) => (stopRun = resolve));
process.on("message", (message: { job?: Job; go?: true; stop?: true }) => {
  if (message.job) {
    const job = message.job;
    const running = job.kind === "admin" ? runAdmin(job, go, stop) : runGroup(job, go);
    running.then(
      () => process.disconnect(),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  }
  if (message.go) startRun();
  if (message.stop) stopRun();
});
