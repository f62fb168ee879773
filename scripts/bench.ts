// `npm run bench [-- --answers 200000 --duration 10 --connections 50 --full --no-build --only NAMES
//                   --skip-mixed --mixed-answers 1000000 --mixed-duration 30 --mixed-rate 100]`
//
// Measures the portal at scale, against baselines run beside it, on this
// machine. Speed and memory are measured here, never asserted by a test; the
// targets (DESIGN.md, the performance issue) are checked and printed as
// "met" / "MISSED", and each public page is given as a ratio to a bare
// node:http server sending that page's own bytes in the same run, so runs
// on different machines compare.
//
// Modes:
// - default: HTTP scenarios on a 200,000-answer database; report figures
//   timed at 10k, 100k and 1M answers; CSV export of the 1M database; the
//   mixed load on the 1M database. The per-page baselines and the mixed load
//   add about 6 minutes to the 10 it took before them (an estimate; skip the
//   mixed load with --skip-mixed).
// - --full: HTTP scenarios on the 1M database, and report figures at 4.6M
//   answers too (generating the 4.6M database takes several minutes and
//   ~9 GB of disk the first time).
// - --answers N overrides the HTTP database size.
// - --only a,b runs only those parts: a page's name (home, cluster,
//   question-public, privacy, accessibility, reports-index, report; with
//   its bare baseline), "pages" for all of them, remix-static, question,
//   save, queue, mixed, figures, csv. `--only pages` takes ~4 minutes,
//   `--only mixed` ~3.
//
// What it does:
// 1. `npm run build` (skip with --no-build).
// 2. Generates the databases with scripts/generate-data.ts (--publish, seed 1)
//    into data/bench/gen-<answers>.db, reused when already generated with
//    the same arguments. The HTTP scenarios run on a copy in a temporary
//    folder (they write sessions and saves), so the cache stays pristine.
// 3. In the copy: sessions for 500 respondents of 500 organizations, five
//    moderators and the admin, written directly (sessions table +
//    commitSession cookies).
// 4. Each scenario gets a freshly started server (so VmHWM, the peak RSS read
//    from /proc after the scenario, is that scenario's own), a 2-second
//    warm-up at the same concurrency, then `--duration` seconds of autocannon
//    at `--connections`. Scenarios, in order:
//      remix-static   the portal's Remix build with one route rendering a
//                     static line (scripts/bench/static-remix-server.ts)
//      for each public page (PUBLIC_PAGES: home, cluster, public question,
//      privacy, accessibility, reports index, report), both of
//      bare-<page>    node:http sending that page's own bytes, captured from
//                     the portal at the start of the run (the baseline), and
//      <page>         the portal serving it to an anonymous reader; its ratio
//                     is to its own bare server, the two measured in turn
//                     (bare, portal, bare, portal) so both see the same machine
//      question       GET /en/respond/1/questions/N, signed in (500 sessions)
//      save           POST /en/respond/1/questions/N.data, intent=save, as the
//                     autosave's fetcher sends it (single fetch: the action's
//                     data, no page render). Each in-flight request takes one
//                     of 500 (organization, question) slots with its own
//                     session and baseVersion; a reply that is not "saved"
//                     re-reads the version from the database. Saves per
//                     second are counted from the response_revisions rows
//                     written during the run, not from 2xx replies.
//      queue          GET /en/admin/queue?state=pending&q=victims (a filter
//                     and a search), as a moderator
//    The queue's p95 target is for a moderator clicking, so it is also
//    measured by a sequential probe (one connection, 100 requests, exact
//    p95); autocannon reports p90 and p97.5, not p95.
// 5. Mixed load (mixedLoad): on a copy of the 1M database, one server,
//    everyone at once for --mixed-duration seconds: 20 connections of public
//    readers, 20 of organizations saving, five moderators paging and
//    searching the queue, one admin opening the report builder and
//    downloading the CSV of all answers. Each group's answered requests/s
//    and p50/p99/max (timed by the group's own process,
//    scripts/bench/mixed-client.ts, counting requests still waiting at the
//    end; each process's own event-loop delay is printed too), and the
//    server's event-loop delay p99 and max
//    (perf_hooks.monitorEventLoopDelay, read from /__bench/event-loop,
//    which server.mjs serves only under BENCH_EVENT_LOOP=1). Two windows on
//    the same server: flat out (saturation), then public readers and savers
//    at --mixed-rate requests/s each (default 100; 0 skips it) with the
//    staff still flat out.
// 6. Report figures: computeFigures on each database in a child process
//    (3 runs; the first is the cold one, the median is printed).
// 7. CSV export of the 1M database drained in a child process: rows, time,
//    peak RSS (the whole process, Node itself included).
// 8. JavaScript weight of the public pages: every /build/*.js their HTML
//    loads, gzipped one by one from public/build.
// Writes bench-results/bench-<date>.json and bench-results/latest.json.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { migrationsFolder, openDatabase } from "../db/client.server";
import { jsWeight } from "./bench/js-weight";
import { percentile, savingRequests, type Requests, type GroupResult, type Slot } from "./bench/load-groups";
import { peakRssMb } from "./bench/memory";
import type { Job, Message as ClientMessage } from "./bench/mixed-client";

const { values: args } = parseArgs({
  options: {
    answers: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    full: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    only: { type: "string" },
    "skip-figures": { type: "boolean", default: false },
    "skip-csv": { type: "boolean", default: false },
    "skip-http": { type: "boolean", default: false },
    "skip-mixed": { type: "boolean", default: false },
    "mixed-answers": { type: "string", default: "1000000" },
    "mixed-duration": { type: "string", default: "30" },
    "mixed-rate": { type: "string", default: "100" },
  },
});
const full = args.full;
const httpAnswers = Number(args.answers ?? (full ? 1_000_000 : 200_000));
const duration = Number(args.duration);
const connections = Number(args.connections);
const figureSizes = full ? [10_000, 100_000, 1_000_000, 4_600_000] : [10_000, 100_000, 1_000_000];
const CSV_ANSWERS = 1_000_000;
const root = process.cwd();
const cacheDir = path.join(root, "data", "bench");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const only = args.only ? new Set(args.only.split(",")) : null;
const mixedAnswers = Number(args["mixed-answers"]);
const mixedDuration = Number(args["mixed-duration"]);
/**
 * The paced window's rate for public readers and for savers, each (0: no
 * paced window). 100/s is a generous deadline hour: 1,000 organizations each
 * autosaving every 10 s while they type, and 360,000 public page views an
 * hour. The consultation's invited organizations number in the hundreds.
 */
const mixedRate = Number(args["mixed-rate"]);

/**
 * The public pages, each measured beside a bare node:http server sending
 * that page's own bytes (captured from the portal at the start of the run).
 */
const PUBLIC_PAGES = [
  ["home", "/en"],
  ["cluster", "/en/clusters/1"],
  ["question-public", "/en/clusters/1/questions/1"],
  ["privacy", "/en/privacy"],
  ["accessibility", "/en/accessibility"],
  ["reports-index", "/en/reports"],
  ["report", "/en/reports/cluster-1"],
] as const;

/**
 * Whether a part of the run was asked for. `--only` takes names: a page
 * (home, cluster, …; its bare baseline comes with it), "pages" for all of
 * them, remix-static, question, save, queue, mixed, figures, csv.
 */
function wanted(name: string): boolean {
  if (!only) return true;
  const page = name.replace(/^bare-/, "");
  return only.has(name) || only.has(page) || (PUBLIC_PAGES.some(([n]) => n === page) && only.has("pages"));
}

const log = (line = "") => console.log(line);

// One secret for the run: the servers sign session cookies with it and the
// driver signs the cookies it writes (commitSession) with the same one.
process.env.SESSION_SECRET ??= randomBytes(48).toString("base64");
// The rest of what production requires (app/platform/env.server.ts), for the bench's
// own child scripts (data generation, figures, CSV); each server it starts
// gets its own PUBLIC_URL (startProcess below).
process.env.PUBLIC_URL ??= "http://127.0.0.1";
process.env.TRUST_PROXY ??= "none";
process.env.EMAIL_DELIVERY ??= "outbox";
process.env.NODE_ENV = "production";
const mb = (n: number | null | undefined) => (n == null ? "–" : n.toFixed(0));

// --- Databases ------------------------------------------------------------------

function generatedInfo(file: string): { answers: number; seed: number; published: boolean } | null {
  if (!fs.existsSync(file)) return null;
  try {
    const db = new Database(file, { readonly: true });
    try {
      const row = db.prepare("SELECT value FROM _generated WHERE key = 'info'").get() as { value: string } | undefined;
      return row ? JSON.parse(row.value) : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

const generatorTimings: Record<string, { seconds: number; cached: boolean }> = {};

/**
 * A database generated before the latest migrations is brought up to date
 * once, in the cache, as the portal opens its own (openDatabase): otherwise
 * every copy of it would be migrated again by each server and child script
 * (0018 numbers the answers and rebuilds the search index: 6.6 s at
 * 200,000 answers).
 */
function migrateInPlace(file: string): void {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  const cached = new Database(file, { readonly: true });
  const applied = (cached.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n;
  cached.close();
  if (applied >= journal.entries.length) return;
  log(`  applying ${journal.entries.length - applied} new migration(s) to it…`);
  const started = performance.now();
  openDatabase(file).$client.close();
  log(`  migrated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function generated(answers: number): string {
  fs.mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `gen-${answers}.db`);
  const info = generatedInfo(file);
  if (info && info.answers === answers && info.seed === 1 && info.published) {
    log(`Database of ${answers.toLocaleString("en")} answers: reusing ${path.relative(root, file)}.`);
    generatorTimings[answers] = { seconds: (info as { seconds?: number }).seconds ?? NaN, cached: true };
    migrateInPlace(file);
    return file;
  }
  log(`Generating the database of ${answers.toLocaleString("en")} answers…`);
  const started = performance.now();
  execFileSync(
    tsx,
    ["scripts/generate-data.ts", "--answers", String(answers), "--database", file, "--seed", "1", "--publish", "--quiet", "--force"],
    {
      stdio: "inherit",
    },
  );
  const seconds = (performance.now() - started) / 1000;
  generatorTimings[answers] = { seconds, cached: false };
  log(`  generated in ${seconds.toFixed(1)} s`);
  return file;
}

// --- Servers ---------------------------------------------------------------------

interface Server {
  child: ChildProcess;
  port: number;
}

let nextPort = 4100 + Math.floor(Math.random() * 500);

// Twice in two days a server was found listening only after the 30 s this
// waited (idle, a few minutes later), between scenarios that had started in
// under a second; the cause is not known. Each attempt now has a timeout of
// its own, so one stuck request cannot use up the wait, and the error says
// how many attempts were made and how the last one failed.
async function waitForPort(port: number, child: ChildProcess, pathname = "/"): Promise<void> {
  const started = Date.now();
  const deadline = started + 60_000;
  let attempts = 0;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}) before listening on ${port}.`);
    attempts++;
    try {
      await fetch(`http://127.0.0.1:${port}${pathname}`, { signal: AbortSignal.timeout(2_000) });
      if (Date.now() - started > 5_000) log(`  (the server on ${port} took ${((Date.now() - started) / 1000).toFixed(1)} s to answer)`);
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const cause =
    lastError instanceof Error
      ? `${lastError.name}: ${lastError.message}${lastError.cause ? ` (${String(lastError.cause)})` : ""}`
      : String(lastError);
  throw new Error(`Nothing answered on ${port} within 60 s (${attempts} attempts; the last: ${cause}).`);
}

async function start(kind: "portal" | "bare" | "remix-static", env: Record<string, string>, extra: string[] = []): Promise<Server> {
  const port = nextPort++;
  const command =
    kind === "portal"
      ? // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the portal's servers.
        [process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "server.mjs"]]
      : kind === "bare"
        ? [tsx, ["scripts/bench/bare-server.ts", String(port), ...extra]]
        : [tsx, ["scripts/bench/static-remix-server.ts", String(port)]];
  const child = spawn(command[0] as string, command[1] as string[], {
    cwd: root,
    // What production requires (app/platform/env.server.ts): PUBLIC_URL, the address
    // the bench reaches the server at, so pages are served as they would be;
    // no proxy in front; email kept in the outbox (no page shows it).
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      TRUST_PROXY: "none",
      EMAIL_DELIVERY: "outbox",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForPort(port, child);
  return { child, port };
}

/** The node process serving: tsx runs the script in a child of its own, so look one level down. */
function servingPid(server: Server): number {
  const pid = server.child.pid!;
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return children.length ? children[children.length - 1]! : pid;
  } catch {
    return pid;
  }
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (server.child.exitCode === null) server.child.kill("SIGKILL");
}

// --- Scenarios --------------------------------------------------------------------

interface ScenarioResult {
  name: string;
  url: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  peakRssMb: number | null;
  ratioToBare: number | null;
  note?: string;
  [key: string]: unknown;
}

interface LoadOptions {
  headers?: Record<string, string>;
  requests?: Requests;
  method?: string;
  /** Called between the warm-up and the measured run. */
  beforeRun?: () => void;
}

async function load(url: string, options: LoadOptions): Promise<autocannon.Result> {
  // autocannon takes an explicit `undefined` as a value: leave unset keys out.
  const base: autocannon.Options = { url, connections, method: (options.method ?? "GET") as "GET" | "POST" };
  if (options.headers) base.headers = options.headers;
  if (options.requests) base.requests = options.requests;
  // Warm-up: JIT, statement caches, page cache.
  await autocannon({ ...base, duration: 2 });
  options.beforeRun?.();
  return autocannon({ ...base, duration });
}

function summarise(name: string, url: string, result: autocannon.Result, peak: number | null): ScenarioResult {
  return {
    name,
    url,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    peakRssMb: peak,
    ratioToBare: null,
  };
}

async function sequentialProbe(url: string, headers: Record<string, string>, n = 100): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < n + 5; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (i >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(n * 0.5)]!, p95: times[Math.floor(n * 0.95)]!, max: times[n - 1]! };
}

async function prepareSessions(
  file: string,
): Promise<{ slots: Slot[]; moderatorCookie: string; moderatorCookies: string[]; adminCookie: string }> {
  // The app's own cookie code, pointed at this copy.
  process.env.DATABASE_URL = file;
  const { commitSession, hashToken } = await import("../app/models/accounts/auth.server");
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  const now = Date.now();
  const week = 7 * 24 * 3600_000;
  const insert = db.prepare("INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)");
  const cookieFor = async (userId: number) => {
    const token = randomBytes(32).toString("base64url");
    insert.run(hashToken(token), userId, now, now + week);
    return (await commitSession(token)).split(";")[0]!;
  };
  // 500 organizations that have not submitted (their answers are drafts, as
  // while a consultation is open), one question each, spread over the 20.
  const rows = db
    .prepare(
      `SELECT o.id AS organizationId, u.id AS userId FROM organizations o JOIN users u ON u.organization_id = o.id AND u.role = 'respondent'
       WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.organization_id = o.id) ORDER BY o.id LIMIT 500`,
    )
    .all() as { organizationId: number; userId: number }[];
  const questions = db
    .prepare(
      "SELECT id, number, answer_type AS type FROM questions WHERE consultation_id = (SELECT id FROM consultations WHERE slug = 'cluster-1') ORDER BY number",
    )
    .all() as {
    id: number;
    number: number;
    type: string;
  }[];
  const current = db.prepare("SELECT version, text, language FROM responses WHERE organization_id = ? AND question_id = ?");
  const slots: Slot[] = [];
  for (const [i, row] of rows.entries()) {
    const q = questions[i % questions.length]!;
    const existing = current.get(row.organizationId, q.id) as { version: number; text: string; language: "en" | "fr" } | undefined;
    slots.push({
      organizationId: row.organizationId,
      questionId: q.id,
      number: q.number,
      cookie: await cookieFor(row.userId),
      version: existing?.version ?? 0,
      text: (existing?.text || "Our organization supports survivors of trafficking and asks for stable funding.").slice(0, 1500),
      language: existing?.language ?? "en",
      closed: q.type === "closed" ? "partly" : "",
    });
  }
  const moderator = db.prepare("SELECT id FROM users WHERE role IN ('moderator', 'admin') ORDER BY id LIMIT 1").get() as { id: number };
  const moderatorCookie = await cookieFor(moderator.id);
  // Five moderators for the mixed load: the generated ones, and more of the
  // same kind if the database has fewer.
  const moderatorIds = (db.prepare("SELECT id FROM users WHERE role = 'moderator' ORDER BY id LIMIT 5").all() as { id: number }[]).map(
    (r) => r.id,
  );
  for (let i = moderatorIds.length + 1; moderatorIds.length < 5; i++) {
    const made = db
      .prepare("INSERT INTO users (email, name, role, organization_id, language, created_at) VALUES (?, ?, 'moderator', NULL, 'en', ?)")
      .run(`bench-moderator${i}@consultation.example.ca`, `Bench moderator ${i}`, now);
    moderatorIds.push(Number(made.lastInsertRowid));
  }
  const moderatorCookies = await Promise.all(moderatorIds.map((id) => cookieFor(id)));
  const admin = db.prepare("SELECT id FROM users WHERE role = 'admin' ORDER BY id LIMIT 1").get() as { id: number };
  const adminCookie = await cookieFor(admin.id);
  db.close();
  return { slots, moderatorCookie, moderatorCookies, adminCookie };
}

// --- Mixed load ---------------------------------------------------------------------

const MIXED_PUBLIC_PATHS = [
  "/en",
  "/fr",
  "/en/clusters/1",
  "/en/clusters/1/questions/3",
  "/fr/clusters/1/questions/7",
  "/en/privacy",
  "/en/reports/cluster-1",
];
// Moderators paging through the queue, filtering and searching, as at work.
const MIXED_QUEUE_PATHS = [
  "/en/admin/queue",
  "/en/admin/queue?page=2",
  "/en/admin/queue?q=victims",
  "/en/admin/queue?state=pending",
  "/en/admin/queue?state=pending&q=funding",
  "/en/admin/queue?state=pending&page=3",
  "/fr/admin/queue?q=traite&language=fr",
  "/en/admin/queue?orgType=ngo&q=training",
];

/** A load group's process (scripts/bench/mixed-client.ts), given its job and ready to start on `go`. */
interface Client {
  /** Starts the group's window. */
  go(): void;
  /** Ends the admin's loop (after the request under way). */
  stop(): void;
  /** The group's report, after its window. */
  done: Promise<Extract<ClientMessage, { done: true }>>;
}

async function startClient(job: Job): Promise<Client> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "bench", "mixed-client.ts")], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let ready!: () => void;
  let failed!: (error: Error) => void;
  const isReady = new Promise<void>((resolve, reject) => ((ready = resolve), (failed = reject)));
  const done = new Promise<Extract<ClientMessage, { done: true }>>((resolve, reject) => {
    child.on("message", (message: ClientMessage) => ("ready" in message ? ready() : resolve(message)));
    child.on("exit", (code) => {
      const error = new Error(`A mixed-load client (${job.kind}) exited with ${code} before reporting.`);
      failed(error);
      reject(error);
    });
  });
  child.send({ job });
  await isReady;
  return { go: () => child.send({ go: true }), stop: () => child.send({ stop: true }), done };
}

/**
 * Everyone at once on the 1M database: public readers, organizations saving,
 * five moderators working the queue, one admin opening the report builder
 * and downloading the CSV of every answer. One portal server; each group's
 * load comes from a process of its own (scripts/bench/mixed-client.ts: why
 * there), which shares the machine with the server, so throughput is bound
 * by both; the latencies and the server's own event-loop delay are what the
 * targets are about.
 */
async function mixedLoad(): Promise<Record<string, unknown>> {
  const source = generated(mixedAnswers);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-mixed-"));
  const file = path.join(work, "bench.db");
  log(`Mixed load on ${mixedAnswers.toLocaleString("en")} answers: copying the database…`);
  fs.copyFileSync(source, file);
  try {
    const { slots, moderatorCookies, adminCookie } = await prepareSessions(file);
    const server = await start("portal", { DATABASE_URL: file, BENCH_EVENT_LOOP: "1" });
    const base = `http://127.0.0.1:${server.port}`;
    // Requests slower than autocannon's default 10 s would be dropped from
    // the latencies: wait for them instead, so a stall shows in p99.
    const timeout = 120;
    try {
      // Warm-up: the page cache and the JIT, before anything is measured.
      let warmNext = 0;
      await autocannon({
        url: base,
        connections: 20,
        duration: 3,
        requests: [{ method: "GET", setupRequest: (r) => ({ ...r, path: MIXED_PUBLIC_PATHS[warmNext++ % MIXED_PUBLIC_PATHS.length]! }) }],
      });
      const db = new Database(file, { readonly: true });
      const revisionCount = () => (db.prepare("SELECT max(id) AS n FROM response_revisions").get() as { n: number }).n;

      /**
       * One measured window with everyone at once. rate null: public
       * readers and savers flat out, each connection sending its next
       * request as soon as the last is answered (saturation: then every
       * latency is about the connections over the throughput, Little's law,
       * whatever the moderators do). rate R: each of the two groups sends R
       * requests/s in all, evenly spaced (an open loop over 20 keep-alive
       * connections, scripts/bench/mixed-client.ts `paced`), each timed
       * from when it was due, the moderators and the admin still flat out:
       * do the busy staff slow the others at a given load?
       */
      const measure = async (rate: number | null) => {
        log(rate === null ? "  flat out (saturation):" : `  public readers and savers at ${rate} requests/s each, staff flat out:`);
        const window = { url: base, duration: mixedDuration, timeout };
        const clients = await Promise.all([
          startClient({ kind: "readers", group: "public readers", connections: 20, paths: MIXED_PUBLIC_PATHS, rate, ...window }),
          startClient({ kind: "savers", group: "organizations saving", connections: 20, slots, database: file, rate, ...window }),
          startClient({
            kind: "readers",
            group: "moderators (queue)",
            connections: 5,
            paths: MIXED_QUEUE_PATHS,
            cookies: moderatorCookies,
            rate: null,
            ...window,
          }),
          startClient({
            kind: "admin",
            url: base,
            cookie: adminCookie,
            steps: [
              ["report builder", "/en/admin/report"],
              ["CSV of all answers", "/en/admin/answers.csv"],
            ],
          }),
        ]);
        const [publicClient, saveClient, moderatorClient, adminClient] = clients as [Client, Client, Client, Client];

        await (await fetch(`${base}/__bench/event-loop?reset=1`)).arrayBuffer();
        const revisionsBefore = revisionCount();
        const startedAt = performance.now();
        for (const client of clients) client.go();
        const reports = await Promise.all([publicClient.done, saveClient.done, moderatorClient.done]);
        const seconds = (performance.now() - startedAt) / 1000;
        const eventLoop = (await (await fetch(`${base}/__bench/event-loop`)).json()) as {
          p50: number;
          p99: number;
          max: number;
          mean: number;
          samples: number;
        };
        const written = revisionCount() - revisionsBefore;
        adminClient.stop();
        log("  waiting for the admin's last request to finish…");
        const adminReport = await adminClient.done;
        const admin = "admin" in adminReport ? adminReport.admin : [];

        const [publicReport, saveReport, moderatorReport] = reports.map((r) => {
          if (!("group" in r)) throw new Error("A load group reported no result.");
          return r;
        }) as Extract<ClientMessage, { group: GroupResult }>[];
        const groups: GroupResult[] = [
          publicReport!.group,
          {
            ...saveReport!.group,
            note: `${written} revisions written (${(written / seconds).toFixed(0)}/s); ${saveReport!.other ?? 0} replies not "saved"`,
          },
          moderatorReport!.group,
        ];
        for (const kind of ["report builder", "CSV of all answers"]) {
          const runs = admin.filter((a) => a.kind === kind);
          const times = runs.map((a) => a.ms).sort((a, b) => a - b);
          groups.push({
            group: `admin: ${kind}`,
            connections: 1,
            requests: runs.length,
            requestsPerSecond: runs.length / seconds,
            p50: percentile(times, 50),
            p99: percentile(times, 99),
            max: percentile(times, 100),
            non2xx: runs.filter((a) => a.status < 200 || a.status > 299).length,
            errors: 0,
            timeouts: 0,
            note: runs.length
              ? `${(runs.reduce((n, a) => n + a.bytes, 0) / 1e6).toFixed(0)} MB on the wire${runs.some((a) => a.afterWindow) ? "; one ended after the window" : ""}`
              : "none started",
          });
        }
        log(
          `  ${"group".padEnd(28)} ${"conns".padStart(5)} ${"answered".padStart(8)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}  unanswered/errors/non-2xx`,
        );
        for (const g of groups) {
          log(
            `  ${g.group.padEnd(28)} ${String(g.connections).padStart(5)} ${String(g.requests).padStart(8)} ${g.requestsPerSecond.toFixed(1).padStart(8)} ${String(g.p50 ?? "–").padStart(8)} ${String(g.p99 ?? "–").padStart(8)} ${String(g.max ?? "–").padStart(8)}  ${g.unanswered ?? 0}/${g.errors}/${g.non2xx}${g.note ? `  (${g.note})` : ""}`,
          );
        }
        for (const g of groups) {
          for (const p of g.paths ?? []) {
            log(
              `    ${g.group}: ${p.path.padEnd(44)} ${String(p.requests).padStart(5)} requests, p50 ${p.p50} ms, p99 ${p.p99} ms, max ${p.max} ms`,
            );
          }
        }
        log(
          `  server event-loop delay: p50 ${eventLoop.p50} ms, p99 ${eventLoop.p99} ms, max ${eventLoop.max} ms (${eventLoop.samples} samples)`,
        );
        const generators = {
          "public readers": publicReport!.eventLoop,
          "organizations saving": saveReport!.eventLoop,
          "moderators (queue)": moderatorReport!.eventLoop,
          admin: adminReport.eventLoop,
        };
        log(
          `  load generators' own event-loop delay, p99 / max: ${Object.entries(generators)
            .map(([group, d]) => `${group} ${d.p99} / ${d.max} ms`)
            .join("; ")}`,
        );
        return { rate, seconds, groups, eventLoop, generatorEventLoop: generators, savesPerSecond: written / seconds };
      };

      const saturated = await measure(null);
      const atRate = mixedRate > 0 ? await measure(mixedRate) : undefined;
      db.close();
      return {
        answers: mixedAnswers,
        ...saturated,
        atRate,
        peakRssMb: peakRssMb(servingPid(server)),
      };
    } finally {
      await stop(server);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// --- Main ----------------------------------------------------------------------------

async function main() {
  const startedAt = new Date();
  log(
    `Bench mode: ${full ? "FULL" : "default"}; HTTP on ${httpAnswers.toLocaleString("en")} answers, ${connections} connections, ${duration} s per scenario; figures at ${figureSizes.map((n) => n.toLocaleString("en")).join(", ")}.`,
  );
  log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}.`,
  );

  if (!args["no-build"]) {
    log("Building (npm run build)…");
    const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    if (build.status !== 0) throw new Error("npm run build failed.");
  }

  const results: Record<string, unknown> = {
    startedAt: startedAt.toISOString(),
    mode: full ? "full" : "default",
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGb: os.totalmem() / 2 ** 30,
      node: process.version,
      loadAverageAtStart: os.loadavg(),
    },
    options: { httpAnswers, duration, connections, figureSizes },
  };

  // --- HTTP ---
  const scenarios: ScenarioResult[] = [];
  const httpNames = ["remix-static", "pages", "question", "save", "queue", ...PUBLIC_PAGES.flatMap(([n]) => [n, `bare-${n}`])];
  if (!args["skip-http"] && httpNames.some(wanted)) {
    const source = generated(httpAnswers);
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
    const file = path.join(work, "bench.db");
    fs.copyFileSync(source, file);
    const { slots, moderatorCookie } = await prepareSessions(file);
    const env = { DATABASE_URL: file };

    // Each public page's bytes, for its bare baseline, as an anonymous reader gets them.
    const probe = await start("portal", env);
    const pages: Record<string, string> = {};
    const bodyFiles: Record<string, string> = {};
    const pageBytes: Record<string, { status: number; bytes: number }> = {};
    for (const [name, pathname] of PUBLIC_PAGES) {
      const response = await fetch(`http://127.0.0.1:${probe.port}${pathname}`);
      const html = await response.text();
      if (response.status !== 200) log(`  Note: ${pathname} answered ${response.status}; the scenarios measure what it returns.`);
      pages[name] = html;
      bodyFiles[name] = path.join(work, `${name}.html`);
      fs.writeFileSync(bodyFiles[name]!, html);
      pageBytes[name] = { status: response.status, bytes: Buffer.byteLength(html) };
    }
    await stop(probe);
    results.reportPage = pageBytes.report;
    results.pageBytes = pageBytes;

    // JavaScript weight of the public pages.
    const weights = Object.fromEntries((["home", "cluster", "report"] as const).map((name) => [name, jsWeight(pages[name]!)]));
    results.publicJs = weights;

    const run = async (
      name: string,
      kind: "portal" | "bare" | "remix-static",
      pathname: string,
      options: LoadOptions & { bodyFile?: string } = {},
      after?: (r: ScenarioResult) => void | Promise<void>,
    ) => {
      if (!wanted(name)) return;
      const server = await start(kind, env, kind === "bare" ? [options.bodyFile ?? bodyFiles.report!] : []);
      const url = `http://127.0.0.1:${server.port}${pathname}`;
      try {
        const check = await fetch(url, { headers: options.headers, method: options.method === "POST" ? "GET" : "GET" });
        await check.arrayBuffer();
        const result = await load(url, options);
        const summary = summarise(name, pathname, result, peakRssMb(servingPid(server)));
        await after?.(summary);
        scenarios.push(summary);
        log(
          `  ${name.padEnd(15)} ${summary.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${summary.p50} ms  p99 ${summary.p99} ms  non-2xx ${summary.non2xx}`,
        );
      } finally {
        await stop(server);
      }
    };

    log("HTTP scenarios:");
    await run("remix-static", "remix-static", "/");
    // Each page against its own bare baseline, both servers up and measured
    // in turn, twice (bare, portal, bare, portal; half the duration each), so
    // that the two see the same machine: on a shared 2-core machine the load
    // left by others drifts by 2× within a minute. Requests/s are the totals
    // over both rounds; p50 is their mean and p99 the worse of the two.
    const ROUNDS = 2;
    for (const [name, pathname] of PUBLIC_PAGES) {
      if (!wanted(name)) continue;
      const bare = await start("bare", env, [bodyFiles[name]!]);
      const portal = await start("portal", env);
      try {
        const urls = { bare: `http://127.0.0.1:${bare.port}${pathname}`, portal: `http://127.0.0.1:${portal.port}${pathname}` };
        const rounds: Record<"bare" | "portal", autocannon.Result[]> = { bare: [], portal: [] };
        for (const kind of ["bare", "portal"] as const) await autocannon({ url: urls[kind], connections, duration: 2 }); // warm-up
        for (let round = 0; round < ROUNDS; round++) {
          for (const kind of ["bare", "portal"] as const)
            rounds[kind].push(await autocannon({ url: urls[kind], connections, duration: duration / ROUNDS }));
        }
        for (const kind of ["bare", "portal"] as const) {
          const results = rounds[kind];
          const total = results.reduce((n, r) => n + r.requests.total, 0);
          const seconds = results.reduce((n, r) => n + r.duration, 0);
          const summary: ScenarioResult = {
            ...summarise(
              kind === "bare" ? `bare-${name}` : name,
              pathname,
              results[0]!,
              peakRssMb(servingPid(kind === "bare" ? bare : portal)),
            ),
            requestsPerSecond: total / seconds,
            p50: results.reduce((n, r) => n + r.latency.p50, 0) / results.length,
            p99: Math.max(...results.map((r) => r.latency.p99)),
            non2xx: results.reduce((n, r) => n + r.non2xx, 0),
            errors: results.reduce((n, r) => n + r.errors, 0),
            timeouts: results.reduce((n, r) => n + r.timeouts, 0),
            rounds: results.map((r) => ({ requestsPerSecond: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99 })),
          };
          scenarios.push(summary);
          log(
            `  ${summary.name.padEnd(22)} ${summary.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${summary.p50} ms  p99 ${summary.p99} ms  non-2xx ${summary.non2xx}  (rounds: ${results.map((r) => (r.requests.total / r.duration).toFixed(0)).join(", ")})`,
          );
        }
      } finally {
        await stop(bare);
        await stop(portal);
      }
    }

    // Signed in: each request takes the next of the 500 sessions.
    let next = 0;
    await run("question", "portal", "/en/respond/1/questions/1", {
      requests: [
        {
          method: "GET",
          setupRequest: (request) => {
            const slot = slots[next++ % slots.length]!;
            return { ...request, path: `/en/respond/1/questions/${slot.number}`, headers: { ...request.headers, cookie: slot.cookie } };
          },
        },
      ],
    });

    // Saves: each in-flight request holds one slot, so no two race on the same answer.
    if (wanted("save")) {
      const db = new Database(file, { readonly: true });
      const versionOf = db.prepare("SELECT version FROM responses WHERE organization_id = ? AND question_id = ?");
      const revisionCount = () => (db.prepare("SELECT max(id) AS n FROM response_revisions").get() as { n: number }).n;
      const counters = { saved: 0, other: 0 };
      const saveRequests = savingRequests(slots, versionOf, counters);
      let revisionsBefore = 0;
      let statsStartedAt = 0;
      let revisionsAfter = 0;
      const beforeRun = () => {
        revisionsBefore = revisionCount();
        counters.saved = 0;
        counters.other = 0;
        statsStartedAt = performance.now();
      };
      await run("save", "portal", "/en/respond/1/questions/1.data", { requests: saveRequests, method: "POST", beforeRun }, () => {
        revisionsAfter = revisionCount();
      });
      // Revisions written during the measured run (not the warm-up), over the
      // run's own length; the replies only say which requests were saves.
      const result = scenarios[scenarios.length - 1];
      if (result?.name === "save") {
        const seconds = (performance.now() - statsStartedAt) / 1000;
        const written = revisionsAfter - revisionsBefore;
        result.revisionsWritten = written;
        result.savesPerSecond = written / duration;
        result.repliesSaved = counters.saved;
        result.repliesNotSaved = counters.other;
        result.note = `saves/s = response_revisions rows written during the ${duration} s run (${written}) / ${duration} s (measured window ${seconds.toFixed(1)} s); ${counters.other} replies were not "saved"`;
        log(
          `                ${written} revisions written → ${(written / duration).toFixed(0)} saves/s; replies: ${counters.saved} "saved", ${counters.other} other`,
        );
      }
      db.close();
    }

    const queuePath = "/en/admin/queue?state=pending&q=victims";
    await run("queue", "portal", queuePath, { headers: { cookie: moderatorCookie } }, async (summary) => {
      const server = await start("portal", env);
      try {
        summary.sequential = await sequentialProbe(`http://127.0.0.1:${server.port}${queuePath}`, { cookie: moderatorCookie });
      } finally {
        await stop(server);
      }
    });

    // A page's ratio is to the bare server sending that page's own bytes;
    // the signed-in question page's to the bare server sending the public
    // question page (the same page but for the header's name and the form).
    // Saves and the queue have no bare counterpart.
    const bareOf = (name: string) => scenarios.find((s) => s.name === `bare-${name}`);
    for (const s of scenarios) {
      const bare = s.name === "question" ? bareOf("question-public") : bareOf(s.name);
      if (bare && !s.name.startsWith("bare-")) {
        s.ratioToBare = s.requestsPerSecond / bare.requestsPerSecond;
        s.bareRequestsPerSecond = bare.requestsPerSecond;
      }
    }
    results.http = { answers: httpAnswers, scenarios };
    fs.rmSync(work, { recursive: true, force: true });
  }

  // --- Mixed load ---
  if (!args["skip-mixed"] && wanted("mixed")) results.mixed = await mixedLoad();

  // --- Report figures ---
  const figures: { answers: number; counted: number; firstMs: number; medianMs: number; peakRssMb: number | null }[] = [];
  if (!args["skip-figures"] && wanted("figures")) {
    log("Report figures (computeFigures):");
    for (const n of figureSizes) {
      const file = generated(n);
      const out = execFileSync(tsx, ["scripts/bench/figures-child.ts", "3"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: file, NODE_ENV: "production" },
        encoding: "utf8",
      });
      const r = JSON.parse(out.trim().split("\n").pop()!) as { answers: number; counted: number; ms: number[]; peakRssMb: number };
      const sorted = [...r.ms].sort((a, b) => a - b);
      const row = {
        answers: r.answers,
        counted: r.counted,
        firstMs: r.ms[0]!,
        medianMs: sorted[Math.floor(sorted.length / 2)]!,
        peakRssMb: r.peakRssMb,
      };
      figures.push(row);
      log(
        `  ${r.answers.toLocaleString("en").padStart(10)} answers: ${row.medianMs.toFixed(0)} ms (first ${row.firstMs.toFixed(0)} ms), ${(row.medianMs / (r.answers / 1e6)).toFixed(0)} ms per million`,
      );
    }
    results.figures = figures;
  }

  // --- CSV export ---
  if (!args["skip-csv"] && wanted("csv")) {
    log("CSV export (answers-export.server.ts):");
    const file = generated(CSV_ANSWERS);
    const out = execFileSync(tsx, ["scripts/bench/csv-child.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: file, NODE_ENV: "production" },
      encoding: "utf8",
    });
    const r = JSON.parse(out.trim().split("\n").pop()!) as {
      rows: number;
      bytes: number;
      ms: number;
      peakRssMb: number;
      polledPeakRssMb: number;
      rssBeforeMb: number;
    };
    results.csv = { answers: CSV_ANSWERS, ...r };
    log(
      `  ${r.rows.toLocaleString("en")} rows (the submitted answers), ${(r.bytes / 1e6).toFixed(0)} MB in ${(r.ms / 1000).toFixed(1)} s; peak RSS ${mb(r.peakRssMb)} MB (${mb(r.rssBeforeMb)} MB before the first row)`,
    );
  }
  results.generator = generatorTimings;

  // --- Table and targets ---
  log();
  log(`Scenario             req/s  p50 ms  p99 ms  peak RSS MB  ratio to its bare`);
  for (const s of scenarios) {
    const rps = typeof s.savesPerSecond === "number" ? `${s.savesPerSecond.toFixed(0)}*` : s.requestsPerSecond.toFixed(0);
    log(
      `${s.name.padEnd(17)} ${rps.padStart(8)} ${String(s.p50).padStart(7)} ${String(s.p99).padStart(7)}  ${mb(s.peakRssMb).padStart(11)}  ${s.ratioToBare === null ? "–" : `${(100 * s.ratioToBare).toFixed(1)}%`}`,
    );
  }
  if (scenarios.some((s) => s.name === "save")) log("* save: real saves per second (response_revisions rows written), not replies");

  const targets: { target: string; value: string; met: boolean | null }[] = [];
  const byName = (name: string) => scenarios.find((s) => s.name === name);
  for (const [name, pathname] of PUBLIC_PAGES) {
    const s = byName(name);
    if (s?.ratioToBare != null) {
      targets.push({
        target: `${name} ${pathname} ≥ 50% of bare node:http sending its own ${((results.pageBytes as Record<string, { bytes: number }>)[name]!.bytes / 1024).toFixed(1)} KB`,
        value: `${(100 * s.ratioToBare).toFixed(1)}% (${s.requestsPerSecond.toFixed(0)} of ${(s.bareRequestsPerSecond as number).toFixed(0)} req/s)`,
        met: s.ratioToBare >= 0.5,
      });
    }
  }
  type MixedWindow = { groups: GroupResult[]; eventLoop: { p99: number; max: number }; rate: number | null };
  const mixed = results.mixed as (MixedWindow & { answers: number; atRate?: MixedWindow }) | undefined;
  for (const window of mixed ? [mixed, mixed.atRate] : []) {
    if (!window) continue;
    const group = (name: string) => window.groups.find((g) => g.group === name);
    const at = `under the mixed load at ${mixed!.answers.toLocaleString("en")} answers, ${
      window.rate === null ? "flat out" : `public and saves at ${window.rate}/s each`
    }`;
    const publicP99 = group("public readers")?.p99;
    const saveP99 = group("organizations saving")?.p99;
    const answered = (name: string) => `${group(name)?.requests ?? 0} answered, ${group(name)?.unanswered ?? 0} still waiting at the end`;
    targets.push({
      target: `public pages p99 < 50 ms ${at}`,
      value: `${publicP99 ?? "–"} ms (${answered("public readers")})`,
      met: publicP99 == null ? false : publicP99 < 50,
    });
    targets.push({
      target: `saves p99 < 100 ms ${at}`,
      value: `${saveP99 ?? "–"} ms (${answered("organizations saving")})`,
      met: saveP99 == null ? false : saveP99 < 100,
    });
    targets.push({
      target: `event-loop delay p99 < 20 ms ${at}`,
      value: `${window.eventLoop.p99} ms (max ${window.eventLoop.max} ms)`,
      met: window.eventLoop.p99 < 20,
    });
  }
  const save = byName("save");
  if (save && typeof save.savesPerSecond === "number") {
    targets.push({ target: "save ≥ 1,000 saves/s", value: `${save.savesPerSecond.toFixed(0)}/s`, met: save.savesPerSecond >= 1000 });
    targets.push({ target: "save p99 < 100 ms", value: `${save.p99} ms`, met: save.p99 < 100 });
  }
  const million = figures.find((f) => f.answers === 1_000_000);
  if (million)
    targets.push({ target: "report figures < 1 s at 1M", value: `${million.medianMs.toFixed(0)} ms`, met: million.medianMs < 1000 });
  if (figures.length >= 2) {
    const first = figures[0]!;
    const last = figures[figures.length - 1]!;
    // Linear or better: time per answer at the largest size no more than 1.5× that at 100k (small sizes are dominated by fixed costs).
    const ref = figures.find((f) => f.answers === 100_000) ?? first;
    const growth = last.medianMs / last.answers / (ref.medianMs / ref.answers);
    targets.push({
      target: "report figures grow no faster than linearly",
      value: `${growth.toFixed(2)}× the time per answer of ${ref.answers.toLocaleString("en")}`,
      met: growth <= 1.5,
    });
  }
  const csv = results.csv as { peakRssMb: number } | undefined;
  if (csv) targets.push({ target: "CSV export of 1M answers < 200 MB peak", value: `${mb(csv.peakRssMb)} MB`, met: csv.peakRssMb < 200 });
  const queue = byName("queue");
  if (queue) {
    const sequential = queue.sequential as { p95: number } | undefined;
    targets.push({
      target: `queue (filter + search) p95 < 50 ms at ${httpAnswers.toLocaleString("en")} answers`,
      value: `sequential p95 ${sequential?.p95.toFixed(1) ?? "–"} ms; at ${connections} connections p90 ${queue.p90} / p97.5 ${queue.p97_5} ms`,
      met: sequential ? sequential.p95 < 50 : null,
    });
  }
  const weights = results.publicJs as Record<string, { gzipBytes: number }> | undefined;
  if (weights) {
    for (const [name, w] of Object.entries(weights)) {
      targets.push({
        target: `${name} page JavaScript ≤ 150 KB gzipped`,
        value: `${(w.gzipBytes / 1024).toFixed(1)} KB`,
        met: w.gzipBytes <= 150 * 1024,
      });
    }
  }
  results.targets = targets;
  log();
  log("Targets:");
  for (const t of targets) log(`  ${t.met === null ? "?     " : t.met ? "met   " : "MISSED"} ${t.target}: ${t.value}`);

  results.finishedAt = new Date().toISOString();
  const outDir = path.join(root, "bench-results");
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const json = JSON.stringify(results, null, 2);
  fs.writeFileSync(path.join(outDir, `bench-${stamp}.json`), json);
  fs.writeFileSync(path.join(outDir, "latest.json"), json);
  log();
  log(`Written bench-results/bench-${stamp}.json and bench-results/latest.json.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
