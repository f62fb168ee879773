// The public pages served from memory (app/platform/page-cache.server.ts), against
// the real server on the demo data: what a reader gets is the page as
// rendered, the same bytes each time but for the CSP nonce (fresh per
// response, the one its header names, so the page still hydrates in
// Chromium), revalidated with an ETag, and a new page as soon as content
// changes in the database, whoever changes it. Signed-in visitors never get
// (or fill) the shared copy, and another Host header gets the same copy.
import http from "node:http";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { journey } from "../support/journey";

const j = journey({ env: { DEMO_DATA: "true" } });

function write(sql: string, ...params: unknown[]) {
  const db = new Database(j.server.databaseFile);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${j.server.url}${path}`, { headers });

/** A GET with these headers, its body as the bytes sent (fetch would undo the gzip). */
function getRaw(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${j.server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
  });
}

/** A GET with a Host header of our choosing (fetch does not let one be set). */
async function getWithHost(path: string, host: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const response = await getRaw(path, { Host: host });
  return { ...response, body: response.body.toString() };
}

const nonceOfHeader = (csp: string | null | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
const noncesInPage = (html: string) => [...new Set([...html.matchAll(/ nonce="([^"]+)"/g)].map((m) => m[1]))];
const withoutNonces = (html: string) => html.replace(/ nonce="[^"]+"/g, "");

const PUBLIC_PAGES = ["/en", "/fr", "/en/clusters/1", "/fr/clusters/1/questions/1", "/en/privacy", "/fr/accessibility"];

describe("the public pages that hydrate", () => {
  it("are sent as they are, never gzipped: their bytes differ per response (the nonce)", async () => {
    const page = await getRaw("/en", { "Accept-Encoding": "gzip" });
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBeUndefined();
    expect(page.body.toString()).toContain("<script");
  });

  it("carry a fresh nonce in every response from the cache, the one their CSP header names", async () => {
    for (const path of PUBLIC_PAGES) {
      const first = await get(path);
      const second = await get(path);
      const [a, b] = [await first.text(), await second.text()];
      expect(first.status, path).toBe(200);
      expect(a, path).toContain("<script");
      expect(second.headers.get("etag"), path).toBe(first.headers.get("etag"));
      const [headerA, headerB] = [
        nonceOfHeader(first.headers.get("content-security-policy")),
        nonceOfHeader(second.headers.get("content-security-policy")),
      ];
      expect(headerA, path).toBeTruthy();
      expect(headerB, path).not.toBe(headerA);
      expect(noncesInPage(a), path).toEqual([headerA]);
      expect(noncesInPage(b), path).toEqual([headerB]);
      // Nothing else differs: the second came from the kept bytes.
      expect(withoutNonces(b), path).toBe(withoutNonces(a));
    }
  });

  it("hydrate in Chromium when served from the cache: the CSP blocks none of their scripts", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    for (const path of PUBLIC_PAGES) {
      await get(path); // kept before the browser asks
      await page.goto(`${j.server.url}${path}`);
      await page.waitForFunction(() => "__remixRouter" in window);
    }
    await context.close();
    expect(blocked).toEqual([]);
  });

  it("answer 304 to a browser that has the current page", async () => {
    const first = await get("/en/clusters/1");
    const again = await get("/en/clusters/1", { "If-None-Match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("change as soon as content is edited in the database, by anyone", async () => {
    const before = await get("/en/clusters/1");
    expect(await before.text()).not.toContain("An edited prompt");
    write("UPDATE questions SET prompt_en = 'An edited prompt' || prompt_en WHERE number = 2");
    const after = await get("/en/clusters/1", { "If-None-Match": before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("An edited prompt");
    expect(await (await get("/en/clusters/1/questions/2")).text()).toContain("An edited prompt");
    write("UPDATE questions SET prompt_en = substr(prompt_en, length('An edited prompt') + 1) WHERE number = 2");
    expect(await (await get("/en/clusters/1")).text()).not.toContain("An edited prompt");
  });

  it("show a consultation closed once its deadline has passed, with no edit in between", async () => {
    const tag = (status: string) => `class="tag tag--${status}"`;
    // A deadline a moment away: the page kept now must not outlive it.
    const closesAt = Date.now() + 3000;
    write("UPDATE consultations SET closes_at = ? WHERE slug = 'cluster-1'", closesAt);
    expect(await (await get("/en/clusters/1")).text()).toContain(tag("open"));
    expect(await (await get("/en/clusters/1")).text()).toContain(tag("open")); // now from memory
    await new Promise((resolve) => setTimeout(resolve, closesAt - Date.now() + 100));
    const closed = await (await get("/en/clusters/1")).text();
    expect(closed).toContain(tag("closed"));
    expect(closed).toContain(`>${en.status.closed}<`);
    write("UPDATE consultations SET closes_at = ? WHERE slug = 'cluster-1'", Date.now() + 30 * 24 * 3600_000);
  });

  it("are one copy, keyed by path: another Host is refused before the cache, and pages show PUBLIC_URL", async () => {
    const home = await get("/en");
    const homeHtml = await home.text();
    // Content changed behind the cache's back (its trigger dropped), so a
    // render would show it: a request naming another Host must neither render
    // nor be served; the portal's own Host still gets the kept copy.
    write("DROP TRIGGER content_version_questions_update");
    try {
      write("UPDATE questions SET prompt_en = 'Not yet shown' || prompt_en WHERE number = 3");
      for (const host of ["other.example", "another.example:8080"]) {
        const refused = await getWithHost("/en", host);
        expect(refused.status, host).toBe(400);
        expect(refused.body, host).not.toContain("Not yet shown");
      }
      const again = await get("/en");
      expect(again.headers.get("etag")).toBe(home.headers.get("etag"));
      expect(withoutNonces(await again.text())).toBe(withoutNonces(homeHtml));
    } finally {
      write("UPDATE questions SET prompt_en = substr(prompt_en, length('Not yet shown') + 1) WHERE number = 3");
      write(`CREATE TRIGGER content_version_questions_update AFTER UPDATE ON questions BEGIN
               UPDATE content_version SET version = version + 1 WHERE id = 1;
             END`);
    }

    // The report shows its permanent address: always PUBLIC_URL's.
    const report = await (await get("/en/reports/cluster-1")).text();
    expect(report).toContain(`${j.server.url}/en/reports/cluster-1/v/`);
    expect((await getWithHost("/en/reports/cluster-1", "attacker.example")).status).toBe(400);
  });
});

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

  it("come gzipped to a browser that takes gzip: the same page, a fraction of the bytes, an ETag of its own", async () => {
    const plain = await getRaw("/en/reports/cluster-1", { "Accept-Encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const zipped = await getRaw("/en/reports/cluster-1", { "Accept-Encoding": "gzip, deflate, br, zstd" });
    expect(zipped.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);

    const again = await getRaw("/en/reports/cluster-1", { "Accept-Encoding": "gzip", "If-None-Match": zipped.headers.etag! });
    expect(again.status).toBe(304);
    // The plain ETag does not stand for the gzipped bytes.
    const other = await getRaw("/en/reports/cluster-1", { "Accept-Encoding": "gzip", "If-None-Match": plain.headers.etag! });
    expect(other.status).toBe(200);
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
