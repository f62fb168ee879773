// `npm run test:crash [-- --kills 20 --clients 16 --seed N]`: crash safety.
//
// Starts the built server (server.mjs) on a fresh SQLite file, has many
// respondents (one organization each) save answers continuously through the
// real save route, and kills the server with SIGKILL at random moments
// (200–1500 ms apart), restarting it each time. After every restart, and at
// the end, it checks that every save the server acknowledged is in the
// database exactly as acknowledged (that text at that version among the
// answer's revisions), and that the file is sound: PRAGMA integrity_check,
// PRAGMA foreign_key_check, and the full-text index against the answers.
// Halfway through it also takes an online backup (npm run db:backup's code)
// under the load and checks it. Exits non-zero on any loss or damage.
//
// What this does and does not prove: the process is killed, not the machine.
// With journal_mode=WAL and synchronous=NORMAL a committed transaction is in
// the WAL (the OS's page cache) before the response is sent, so it survives a
// process crash; only a power loss or OS crash may lose the last transactions
// (WAL frames not yet fsynced), which this test cannot simulate.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { backupDatabase, databaseProblems } from "./lib/backup";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---- options ---------------------------------------------------------------

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} takes a whole number (got ${JSON.stringify(args[i + 1])}).`);
    process.exit(2);
  }
  return value;
}

const KILLS = option("kills", 20);
const CLIENTS = option("clients", 16);
const SEED = option("seed", Math.floor(Math.random() * 1_000_000));
const MIN_UP_MS = option("min-ms", 200);
const MAX_UP_MS = option("max-ms", 1500);
const KEEP = process.argv.includes("--keep");
/** --server <file>: another server entry to run instead of server.mjs (to try a change side by side). */
const SERVER_ENTRY = (() => {
  const i = process.argv.indexOf("--server");
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]!) : path.join(root, "server.mjs");
})();

if (!fs.existsSync(path.join(root, "build", "index.js"))) {
  console.error("The portal is not built: run `npm run build` first (npm run test:crash does it).");
  process.exit(2);
}

/** mulberry32: a small seeded generator, so a failing run can be repeated with --seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- a fresh database with respondents, before any app module is loaded ----

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-crash-"));
const databaseFile = path.join(dir, "portal.db");
const sessionSecret = randomBytes(36).toString("base64url"); // 48 characters
process.env.DATABASE_URL = databaseFile;
process.env.SESSION_SECRET = sessionSecret;
delete process.env.RESEND_API_KEY; // no email leaves the machine

const { closeDb, getDb } = await import("../db/client.server");
const fixtures = await import("../tests/support/fixtures");
const schema = await import("../db/schema");

fixtures.seedContent();
fixtures.openConsultation();
const questionRows = getDb().select().from(schema.questions).all();
const consultation = getDb()
  .select()
  .from(schema.consultations)
  .all()
  .find((c) => c.clusterId === 1);
if (!consultation || consultation.state !== "published") throw new Error("The seed has no published Cluster 1 consultation.");
const questionNumbers = questionRows.filter((q) => q.consultationId === consultation.id).map((q) => q.number);
const questionIdByNumber = new Map(questionRows.filter((q) => q.consultationId === consultation.id).map((q) => [q.number, q.id] as const));

interface Respondent {
  client: number;
  organizationId: number;
  cookie: string;
  /** The answer version each question is at, as far as this client knows. */
  versions: Map<number, number>;
}
const respondents: Respondent[] = [];
for (let client = 0; client < CLIENTS; client++) {
  const { organization, user } = fixtures.createRespondent();
  respondents.push({ client, organizationId: organization.id, cookie: await fixtures.cookieFor(user.id), versions: new Map() });
}
closeDb();

// ---- the server ------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
let child: ChildProcess | undefined;
let output = "";

async function startServer(): Promise<number> {
  const started = Date.now();
  output = "";
  child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseFile,
      SESSION_SECRET: sessionSecret,
      // What production requires besides the secret (app/platform/env.server.ts).
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      TRUST_PROXY: "none",
      EMAIL_DELIVERY: "outbox",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-4000)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited while starting:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 30_000) throw new Error(`The server did not answer /healthz within 30 s:\n${output}`);
    await sleep(25);
  }
}

async function killServer(): Promise<void> {
  const running = child;
  if (!running || running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise((resolve) => running.once("exit", resolve));
  running.kill("SIGKILL");
  await exited;
}

// ---- the load --------------------------------------------------------------

interface Ack {
  organizationId: number;
  questionNumber: number;
  version: number;
  text: string;
  /** Which kill cycle it was acknowledged in (for the report). */
  cycle: number;
}

const acks: Ack[] = [];
const counts = { requests: 0, acknowledged: 0, conflicts: 0, refused: 0, interrupted: 0, serverErrors: 0, unexpected: 0 };
const unexpectedSamples: string[] = [];
let up = false;
let stopping = false;
let cycle = 0;
let waiters: (() => void)[] = [];

function setUp(value: boolean): void {
  up = value;
  if (value) {
    for (const wake of waiters) wake();
    waiters = [];
  }
}
const whenUp = () => (up || stopping ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));

const baseVersionPattern = /name="baseVersion" value="(\d+)"/;

async function saveLoop(who: Respondent): Promise<void> {
  let sequence = 0;
  while (!stopping) {
    await whenUp();
    if (stopping) return;
    const questionNumber = questionNumbers[between(0, questionNumbers.length - 1)]!;
    const baseVersion = who.versions.get(questionNumber) ?? 0;
    sequence += 1;
    // Unique in the whole run: client, sequence, and a random tail.
    const text = `Crash test answer c${who.client}s${sequence}x${randomBytes(4).toString("hex")} about safe housing.`;
    const sentWhileUp = up;
    const cycleAtSend = cycle;
    counts.requests += 1;
    try {
      const response = await fetch(`${baseUrl}/en/respond/1/questions/${questionNumber}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          Cookie: who.cookie,
          Origin: baseUrl,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ intent: "save", baseVersion: String(baseVersion), closedAnswer: "", text, language: "en" }),
      });
      // Acknowledged only once the whole answer has arrived.
      const body = await response.text();
      const shown = Number(baseVersionPattern.exec(body)?.[1] ?? NaN);
      if (response.status === 200 && body.includes("banner--success") && shown === baseVersion + 1 && body.includes(text)) {
        counts.acknowledged += 1;
        acks.push({ organizationId: who.organizationId, questionNumber, version: shown, text, cycle: cycleAtSend });
        who.versions.set(questionNumber, shown);
      } else if (response.status === 200 && body.includes('id="conflict-heading"') && Number.isFinite(shown)) {
        // An earlier save went through but its answer was lost in a kill: catch up.
        counts.conflicts += 1;
        who.versions.set(questionNumber, shown);
      } else if (response.status === 429 || response.status === 403) {
        counts.refused += 1;
        await sleep(250);
      } else if (response.status >= 500) {
        counts.serverErrors += 1;
      } else {
        counts.unexpected += 1;
        if (unexpectedSamples.length < 3) unexpectedSamples.push(`HTTP ${response.status}: ${body.slice(0, 300)}`);
      }
    } catch {
      // Connection refused or cut: the server is (being) killed.
      counts.interrupted += 1;
      if (sentWhileUp && up) await sleep(20);
    }
  }
}

// ---- checks ----------------------------------------------------------------

interface Verification {
  checked: number;
  missing: Ack[];
  behind: Ack[];
}

/** Every acknowledged save is among its answer's revisions, as acknowledged; the answer is at that version or later. */
function verifyAcks(db: Database.Database, list: Ack[]): Verification {
  const revision = db.prepare(
    `SELECT 1 FROM response_revisions v JOIN responses r ON r.id = v.response_id
     WHERE r.organization_id = ? AND r.question_id = ? AND v.version = ? AND v.text = ?`,
  );
  const current = db.prepare("SELECT version FROM responses WHERE organization_id = ? AND question_id = ?");
  const result: Verification = { checked: 0, missing: [], behind: [] };
  for (const ack of list) {
    const questionId = questionIdByNumber.get(ack.questionNumber)!;
    result.checked += 1;
    if (!revision.get(ack.organizationId, questionId, ack.version, ack.text)) result.missing.push(ack);
    const row = current.get(ack.organizationId, questionId) as { version: number } | undefined;
    if (!row || row.version < ack.version) result.behind.push(ack);
  }
  return result;
}

function report(label: string, verification: Verification): boolean {
  const lost = verification.missing.length + verification.behind.length;
  if (lost === 0) return true;
  console.error(
    `${label}: ${verification.missing.length} acknowledged saves missing, ${verification.behind.length} answers behind an acknowledged version.`,
  );
  for (const ack of [...verification.missing, ...verification.behind].slice(0, 5)) console.error("  ", JSON.stringify(ack));
  return false;
}

// ---- the run ---------------------------------------------------------------

console.log(
  `Crash test: ${KILLS} kills (SIGKILL after ${MIN_UP_MS}–${MAX_UP_MS} ms of load), ${CLIENTS} respondents saving continuously, seed ${SEED}.`,
);
console.log(`Database: ${databaseFile}`);

let ok = true;
let verifications = 0;
let integrityChecks = 0;
const startups: number[] = [];
let backupSummary = "not taken";
const loops = respondents.map((who) => saveLoop(who));
const startedAt = Date.now();

try {
  startups.push(await startServer());
  for (cycle = 1; cycle <= KILLS; cycle++) {
    setUp(true);
    const upFor = between(MIN_UP_MS, MAX_UP_MS);
    if (cycle === Math.ceil(KILLS / 2)) {
      // npm run db:backup's code, in the middle of the load, then the kill as usual.
      await sleep(Math.floor(upFor / 2));
      const acknowledgedBefore = acks.slice();
      const backupFile = path.join(dir, "online-backup.db");
      const started = Date.now();
      const backup = await backupDatabase(databaseFile, backupFile);
      const copy = new Database(backup.file, { readonly: true });
      const verification = verifyAcks(copy, acknowledgedBefore);
      copy.close();
      ok = report("Online backup", verification) && ok;
      backupSummary = `${backup.pages} pages in ${Date.now() - started} ms under load; all ${verification.checked} saves acknowledged before it are in it`;
      if (verification.missing.length || verification.behind.length) backupSummary = "LOST SAVES";
    }
    await sleep(upFor);
    setUp(false);
    await killServer();
    process.stdout.write(
      `  kill ${String(cycle).padStart(3)}/${KILLS} after ${String(upFor).padStart(4)} ms · ${acks.length} saves acknowledged so far\n`,
    );

    // Restart on the killed file, then check before the load resumes.
    startups.push(await startServer());
    const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    try {
      ok = report(`After kill ${cycle}`, verifyAcks(db, acks)) && ok;
      verifications += 1;
      const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
      integrityChecks += 1;
      if (integrity.join() !== "ok") {
        ok = false;
        console.error(`After kill ${cycle}: integrity_check: ${integrity.slice(0, 5).join("; ")}`);
      }
    } finally {
      db.close();
    }
  }
  // One last kill under load, then the file is checked in the state the crash left it.
  setUp(true);
  await sleep(between(MIN_UP_MS, MAX_UP_MS));
  setUp(false);
  await killServer();
  stopping = true;
  setUp(true);
  await Promise.all(loops);

  const db = new Database(databaseFile, { fileMustExist: true }); // read-write: recovers the WAL as the server would
  let final: Verification;
  let problems: string[];
  let revisions: number;
  let answers: number;
  try {
    final = verifyAcks(db, acks);
    problems = databaseProblems(db);
    revisions = (db.prepare("SELECT count(*) AS n FROM response_revisions").get() as { n: number }).n;
    answers = (db.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n;
  } finally {
    db.close();
  }
  ok = report("Final check", final) && ok;
  if (problems.length > 0) {
    ok = false;
    console.error(`Final check: the database is damaged:\n- ${problems.join("\n- ")}`);
  }
  // And the server starts on what the last kill left.
  startups.push(await startServer());
  const health = await fetch(`${baseUrl}/healthz`);
  if (!health.ok) ok = false;
  child?.kill("SIGTERM");
  await new Promise((resolve) => (child?.exitCode !== null ? resolve(null) : child.once("exit", resolve)));

  const kills = KILLS + 1;
  const unacknowledged = revisions - acks.length;
  console.log("");
  console.log(
    `Kills (SIGKILL) and restarts:      ${kills} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (restart ${Math.min(...startups)}–${Math.max(...startups)} ms)`,
  );
  console.log(`Save requests sent:                ${counts.requests}`);
  console.log(`Acknowledged saves checked:        ${final.checked} (each also after every later restart: ${verifications} checks)`);
  console.log(`  missing or behind:               ${final.missing.length + final.behind.length}`);
  console.log(`Saved but unacknowledged (cut by a kill): ${Math.max(unacknowledged, 0)} (allowed: the client did not hear back)`);
  console.log(`Requests cut by a kill:            ${counts.interrupted}`);
  console.log(`Conflicts after a lost answer:     ${counts.conflicts} (the client caught up and went on)`);
  console.log(`Refused (rate limit / forbidden):  ${counts.refused}`);
  console.log(`Server errors (5xx):               ${counts.serverErrors}`);
  console.log(`Unexpected answers:                ${counts.unexpected}`);
  for (const sample of unexpectedSamples) console.log(`  ${sample.replace(/\s+/g, " ")}`);
  console.log(`Answers / revisions in the file:   ${answers} / ${revisions}`);
  console.log(
    `integrity_check:                   ${integrityChecks} after restarts, all ok: ${integrityChecks === verifications && ok ? "yes" : "see above"}`,
  );
  console.log(`Final integrity_check, foreign_key_check, FTS integrity-check: ${problems.length === 0 ? "ok" : "FAILED"}`);
  console.log(`Online backup during the load:     ${backupSummary}`);

  if (acks.length === 0) {
    ok = false;
    console.error("No save was acknowledged: the test proved nothing (see the unexpected answers above).");
  }
  if (counts.serverErrors > 0 || counts.unexpected > 0) {
    console.warn("Some requests got an error or an unexpected page while the server was up; no acknowledged save depends on them.");
  }
  console.log(ok ? "\nPASS: no acknowledged save was lost and the database is sound." : "\nFAIL");
} catch (error) {
  ok = false;
  console.error(error instanceof Error ? error.message : error);
  console.error(output);
} finally {
  stopping = true;
  setUp(true);
  await killServer();
  if (KEEP || !ok) console.log(`Kept the database for inspection: ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
