// The published report pages served from memory (app/page-cache.server.ts),
// against the real server on the demo data: what a reader gets is the page
// as rendered, the same bytes each time, revalidated with an ETag, and a new
// page as soon as staff publish or withdraw a version. Signed-in visitors
// never get (or fill) the shared copy.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ DEMO_DATA: "true" });
});

afterAll(async () => {
  await server?.stop();
});

function write(sql: string, ...params: unknown[]) {
  const db = new Database(server.databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

describe("the published report pages", () => {
  it("are plain HTML with the whole report and no script, the same bytes every time", async () => {
    const first = await get("/en/reports/cluster-1");
    const body = await first.text();
    expect(first.status).toBe(200);
    expect(body).not.toContain("<script");
    expect(body).toContain(`>${en.report.contents}<`);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(first.headers.get("vary")).toMatch(/Cookie/);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"p-/);

    const second = await get("/en/reports/cluster-1");
    expect(await second.text()).toBe(body);
    expect(second.headers.get("etag")).toBe(etag);
    // Every response still has its own CSP nonce (nothing on the page uses it).
    expect(second.headers.get("content-security-policy")).not.toBe(first.headers.get("content-security-policy"));
  });

  it("answer 304 to a browser that has the current page", async () => {
    const { headers } = await get("/fr/reports/cluster-1");
    const again = await get("/fr/reports/cluster-1", { "If-None-Match": headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("change as soon as a version is withdrawn, and again when it is put back", async () => {
    const before = await get("/en/reports/cluster-1/v/1");
    const etag = before.headers.get("etag")!;
    expect(before.status).toBe(200);

    write("UPDATE report_versions SET unpublished_at = ?, unpublish_reason = 'A test withdrawal' WHERE version = 1", Date.now());
    const withdrawn = await get("/en/reports/cluster-1/v/1", { "If-None-Match": etag });
    expect(withdrawn.status).toBe(410);
    expect(await withdrawn.text()).toContain("A test withdrawal");

    write("UPDATE report_versions SET unpublished_at = NULL, unpublish_reason = NULL WHERE version = 1");
    const back = await get("/en/reports/cluster-1/v/1");
    expect(back.status).toBe(200);
    expect(back.headers.get("etag")).toBe(etag);
  });

  it("are rendered afresh, and not shared, for a visitor with a session cookie", async () => {
    const signedIn = await get("/en/reports/cluster-1", { Cookie: "__session=not-a-real-session" });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("etag")).toBeNull();
    expect(signedIn.headers.get("cache-control") ?? "").not.toMatch(/public/);
  });

  it("are not cached with a query string", async () => {
    const withQuery = await get("/en/reports/cluster-1?utm_source=newsletter");
    expect(withQuery.status).toBe(200);
    expect(withQuery.headers.get("etag")).toBeNull();
  });
});
