// One staff member's long read must not hold up anyone else's page: the
// queue's search with its counts and the CSV export run in the read pool's
// worker threads (app/platform/read-pool.server.ts), so the main thread keeps
// answering. Checked on the built server over a generated database large
// enough that these reads take a while, as an order of events, never a time:
// a public page asked for while a long read runs arrives before that read's
// last byte. With READ_WORKERS=0 (the reads on the main thread) the queue's
// case fails; the export's also guards that the file keeps streaming in
// chunks instead of being built first. The report figures run in the pool
// too, but read the kept counts in milliseconds: too short to order against
// a page.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createCookie } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/server";

const root = path.resolve(__dirname, "..", "..");
// Enough answers that the export and a search over a common word each take
// many times longer than a public page; generated like the benchmark's.
const ANSWERS = 40_000;
// The secret startServer gives the server, to sign the admin's session cookie.
const SESSION_SECRET = "test-session-secret-0123456789abcdefghijklmnopqrstuvwxyz";

let dir: string;
let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-long-reads-"));
  const file = path.join(dir, "portal.db");
  const generated = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/generate-data.ts", "--answers", String(ANSWERS), "--database", file, "--quiet"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (generated.status !== 0) throw new Error(`npm run db:generate failed:\n${generated.stdout}\n${generated.stderr}`);
  // The generated admin (user 1), signed in by a session written directly, as the fixtures do.
  const token = randomBytes(32).toString("base64url");
  const db = new Database(file);
  db.prepare("INSERT INTO sessions (id, user_id, expires_at) VALUES (?, 1, ?)").run(
    createHash("sha256").update(token).digest("hex"),
    Date.now() + 3600_000,
  );
  db.close();
  cookie = (
    await createCookie("__session", { secrets: [SESSION_SECRET], path: "/", httpOnly: true, sameSite: "lax" }).serialize(token)
  ).split(";")[0]!;
  server = await startServer({ DATABASE_URL: file, SESSION_SECRET });
});

afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Fetches `url` to its last byte, then writes `name` into `order`. */
async function fetchToEnd(url: string, name: string, order: string[], init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  order.push(name);
  return response;
}

describe("a long read", () => {
  it("the CSV export: a public page asked for after its first bytes arrives before its last", async () => {
    const order: string[] = [];
    const exported = await fetch(`${server.url}/en/admin/answers.csv`, { headers: { Cookie: cookie } });
    expect(exported.status).toBe(200);
    // fetch asks for gzip, as browsers do: the worker gzips, fetch undoes it.
    expect(exported.headers.get("content-encoding")).toBe("gzip");
    const reader = exported.body!.getReader();
    let bytes = (await reader.read()).value?.byteLength ?? 0;
    const page = fetchToEnd(`${server.url}/en/privacy`, "page", order);
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      bytes += next.value.byteLength;
    }
    order.push("export");
    expect((await page).status).toBe(200);
    // The whole file came (about 1.2 KB an answer), and the page before its end.
    expect(bytes).toBeGreaterThan(ANSWERS * 500);
    expect(order).toEqual(["page", "export"]);
  });

  it("the queue's search with its counts: a public page asked for after it arrives first", async () => {
    const order: string[] = [];
    const queue = fetchToEnd(`${server.url}/en/admin/queue?state=pending&q=victims`, "queue", order, { headers: { Cookie: cookie } });
    const page = fetchToEnd(`${server.url}/en/privacy`, "page", order);
    const [queued, paged] = await Promise.all([queue, page]);
    expect(queued.status).toBe(200);
    expect(paged.status).toBe(200);
    expect(order).toEqual(["page", "queue"]);
  });
});
