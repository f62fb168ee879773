// Whole rendered pages kept in memory, for the published reports: the pages
// the public reads most, and ones that change only when staff publish,
// replace or unpublish a version. Rendering the report takes a large share of
// a second (hundreds of questions' figures, charts and quotes, thousands of
// named organizations); sending bytes already made takes almost nothing.
//
// Rules, and why:
// - Only GET, only the report pages (PAGE_PATTERN), only without a query
//   string, only for visitors without a session cookie: a signed-in
//   visitor's page carries their name in the header, so it is never cached
//   or served from the cache.
// - The cache key includes the Host (the page shows its own permanent
//   address) and the path; the ETag is made from the state of every report
//   version (id, replaced, unpublished: `reportsStamp`), read from the
//   database on every request (one small indexed query), so a publication,
//   revision or withdrawal changes it at once, in this process or any other.
//   Browsers revalidate each time (`no-cache`) and get 304 when nothing
//   changed.
// - These pages are rendered without hydration (`handle.hydrate = false`,
//   app/hydration.ts), so they hold no inline script and no CSP nonce: the
//   same bytes are right for everyone. A page that does hold a script is
//   never stored (its nonce belongs to one request).
// - Two requests that miss at the same time render once (`pending`).
import { createHash } from "node:crypto";
import { getDb } from "~db/client.server";

export const PAGE_PATTERN = /^\/(en|fr)\/reports(?:\/[a-z0-9-]+(?:\/v\/\d+)?)?$/;

/** How many pages are kept: both languages of a few versions and the index. */
const MAX_ENTRIES = 32;

export interface RenderedPage {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

export interface CacheableRequest {
  method: string;
  path: string;
  /** The query string, with its "?", or "". */
  search: string;
  host: string;
  cookie: string | undefined;
}

/** Whether the answer to this request may come from, and go to, the cache. */
export function isCacheable(request: CacheableRequest): boolean {
  return (
    request.method === "GET" &&
    request.search === "" &&
    PAGE_PATTERN.test(request.path) &&
    !/(?:^|;\s*)__session=/.test(request.cookie ?? "")
  );
}

/** The state of every report version: what a cached report page depends on. */
export function reportsStamp(): string {
  const row = getDb()
    .$client.prepare(
      `SELECT count(*) AS n, group_concat(id || ':' || coalesce(replaced_at, '') || ':' || coalesce(unpublished_at, ''), ',') AS state
       FROM (SELECT id, replaced_at, unpublished_at FROM report_versions ORDER BY id)`,
    )
    .get() as { n: number; state: string | null };
  return `${row.n}|${row.state ?? ""}`;
}

export function pageEtag(request: CacheableRequest, stamp: string): string {
  return `"p-${createHash("sha256").update(`${stamp}\n${request.host}\n${request.path}`).digest("base64url").slice(0, 27)}"`;
}

export function createPageCache() {
  const entries = new Map<string, RenderedPage>();
  const pending = new Map<string, Promise<RenderedPage>>();

  return {
    /**
     * The page for `key` at `etag`: from memory, or rendered by `render` (once,
     * however many requests ask at the same time) and kept when it is a 200
     * without scripts.
     */
    async get(key: string, etag: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
      const id = `${etag} ${key}`;
      const hit = entries.get(id);
      if (hit) {
        entries.delete(id);
        entries.set(id, hit); // newest use last
        return hit;
      }
      const inFlight = pending.get(id);
      if (inFlight) return inFlight;
      const made = render().finally(() => pending.delete(id));
      pending.set(id, made);
      const page = await made;
      if (page.status === 200 && !page.body.includes("<script")) {
        // An older ETag of the same page will never be asked for again.
        for (const old of entries.keys()) if (old.endsWith(` ${key}`)) entries.delete(old);
        entries.set(id, page);
        while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      }
      return page;
    },
    get size() {
      return entries.size;
    },
  };
}
