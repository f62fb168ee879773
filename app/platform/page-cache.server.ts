// Whole rendered public pages kept in memory: home, clusters, questions,
// privacy, accessibility and the published reports, the pages every visitor
// reads and which change only when staff edit content. Rendering one takes
// milliseconds (the report, a large share of a second); sending bytes
// already made takes almost nothing, so an anonymous reader is served from
// here, in server.mjs before Express and Remix run at all (`serveFromMemory`).
//
// Rules, and why:
// - Only GET, only the public pages (PAGE_PATTERN), only without a query
//   string, only for visitors without a session cookie: a signed-in
//   visitor's page carries their name in the header, so it is never cached
//   or served from the cache. The page is rendered for the cache from a
//   clean request (no cookie, no header of the visitor's), so nothing one
//   visitor sends can end up in the page another gets.
// - Keyed by path only, never by Host: a request cannot make the cache
//   render (or store) a page by sending another Host. Where a page shows its
//   own address (the report's permanent link), it is PUBLIC_URL's (always
//   set: app/platform/env.server.ts), and a request naming any other Host never
//   reaches the cache (server.mjs checks it here; security.server.ts refuses it).
// - Pages that hydrate carry inline scripts, which the CSP allows only with
//   the request's own nonce (app/platform/security.server.ts). The page is rendered
//   once with a random nonce of its own, which only Remix's own script tags
//   can contain (content cannot guess it); the bytes are kept cut at each
//   place it appears, and each response puts its fresh nonce, the one its
//   CSP header names, in those places.
// - A kept page is valid while (a) the content counter is the one it was
//   rendered at: `content_version`, bumped by triggers on every change to the
//   content tables (migration 0009), so an edit by any code, process or tool
//   invalidates without anyone calling the cache; read on every request (one
//   row by primary key); and (b) no consultation has opened or closed since
//   it was rendered: a page says whether a consultation is upcoming, open or
//   closed, derived from the clock, so each entry expires at the next
//   opens_at/closes_at after its render started.
// - The ETag is a hash of the kept bytes (with the nonce places blank), so it
//   changes exactly when the page does (content withdrawn and put back gives
//   the old ETag again). Browsers revalidate each time (`no-cache`) and get
//   304 when nothing changed.
// - A page without holes (one that ships no script: the published report)
//   is also kept gzipped, made once when it is kept, off the main thread
//   (zlib's thread pool), and sent to every request that accepts gzip
//   (accept-encoding.ts), with an ETag of its own. The bench's report
//   (200,000 answers) is 976 KB of HTML and 82 KB gzipped: fewer bytes for
//   a reader on a slow line and for the main thread to write. A page with holes is
//   sent as it is (16-32 KB): its bytes differ per response, and gzipping
//   them per response would cost more main thread than it saves.
// - Two requests that miss at the same time render once (`pending`). Only
//   200s without Set-Cookie are kept; other answers are sent to the one who
//   asked and forgotten.
import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { gt, min, sql } from "drizzle-orm";
import { consultations } from "~db/schema";
import { preparedQuery, preparedSql } from "~db/statements.server";
import { acceptsGzip } from "./accept-encoding";
import type { Env } from "./env.server";
import { etagMatches } from "./etag";
import { newNonce, securityHeaders } from "./security.server";

/**
 * The public pages, in both languages; nothing with a file extension or
 * `.data`. Numbers without leading zeros, so one page has one key (and
 * `/clusters/0001` cannot fill the cache with copies of `/clusters/1`).
 */
export const PAGE_PATTERN =
  /^\/(?:en|fr)(?:\/(?:privacy|accessibility|clusters\/[1-9]\d{0,3}(?:\/questions\/[1-9]\d{0,3})?|reports(?:\/[a-z0-9-]+(?:\/v\/[1-9]\d{0,5})?)?))?$/;

/**
 * How many pages are kept, and how many bytes at most: both languages of
 * every question of a few consultations, and a few versions of the report
 * (about 1 MB each). Past either bound the oldest entry goes first.
 */
const MAX_ENTRIES = 2048;
const MAX_BYTES = 128 * 1024 * 1024;

export interface CacheableRequest {
  method: string;
  path: string;
  /** The query string, with its "?", or "". */
  search: string;
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

/** A rendered response as Remix gave it. */
export interface RenderedPage {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

// The one part of a kept page that differs per response: the CSP nonce.
// (Pages once had an origin hole too, for when PUBLIC_URL was unset; it is
// always set now, so every page is rendered at it and kept as is.)
type Hole = "nonce";

/** A page cut at the places that differ per request. */
export interface PageTemplate {
  status: number;
  /** Remix's headers, without the ones set per response here. */
  headers: [string, string][];
  /** The bytes between holes: `parts[i]`, then `holes[i]`, then `parts[i + 1]`… */
  parts: Buffer[];
  holes: Hole[];
  /** Hash of the bytes with the holes blank, for the ETag. */
  hash: string;
  /** The page gzipped, for a page without holes (set by `withGzip` before it is kept). */
  gzipped?: Buffer;
  bytes: number;
  /** Rendered at this content_version… */
  version: number;
  /** …and valid until this time (ms), the next opening or closing after its render started. */
  expiresAt: number;
}

/** Cuts `body` at every occurrence of the render's nonce. */
export function toTemplate(page: RenderedPage, tokens: Partial<Record<Hole, string>>, version: number, expiresAt: number): PageTemplate {
  const found: { at: number; hole: Hole; length: number }[] = [];
  for (const [hole, token] of Object.entries(tokens) as [Hole, string][]) {
    if (!token) continue;
    const needle = Buffer.from(token);
    for (let at = page.body.indexOf(needle); at !== -1; at = page.body.indexOf(needle, at + needle.length)) {
      found.push({ at, hole, length: needle.length });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const parts: Buffer[] = [];
  const holes: Hole[] = [];
  let from = 0;
  for (const { at, hole, length } of found) {
    parts.push(page.body.subarray(from, at));
    holes.push(hole);
    from = at + length;
  }
  parts.push(page.body.subarray(from));
  const hash = createHash("sha256");
  for (const [i, part] of parts.entries()) hash.update(part).update(holes[i] ? `\0${holes[i]}\0` : "");
  const skip = new Set(["cache-control", "content-length", "etag", "vary"]);
  return {
    status: page.status,
    headers: page.headers.filter(([name]) => !skip.has(name.toLowerCase())),
    parts,
    holes,
    hash: hash.digest("base64url").slice(0, 27),
    bytes: page.body.length,
    version,
    expiresAt,
  };
}

/** The page's bytes for one response. */
export function fillTemplate(template: PageTemplate, values: Record<Hole, string>): Buffer {
  if (template.holes.length === 0) return template.parts[0]!;
  const chunks: Buffer[] = [];
  const filled = { nonce: Buffer.from(values.nonce) };
  for (const [i, part] of template.parts.entries()) {
    chunks.push(part);
    const hole = template.holes[i];
    if (hole) chunks.push(filled[hole]);
  }
  return Buffer.concat(chunks);
}

/** The ETag of the page: the same whatever the nonce; the gzipped bytes have their own. */
export function templateEtag(template: PageTemplate, gzipped = false): string {
  return gzipped ? `"p-${template.hash}-gz"` : `"p-${template.hash}"`;
}

const gzipAsync = promisify(gzip);

/** Adds the gzipped bytes to a page without holes (zlib's default level: made once per render, so the ratio matters more than the time). */
export async function withGzip(template: PageTemplate): Promise<PageTemplate> {
  if (template.holes.length > 0) return template;
  const gzipped = await gzipAsync(template.parts[0]!);
  return { ...template, gzipped, bytes: template.bytes + gzipped.length };
}

/** What a kept page depends on, read from the database (injectable for unit tests). */
export interface ContentClock {
  /** The content counter (migration 0009). */
  version(): number;
  /** The first opens_at or closes_at after `now`, or Infinity. */
  nextTransition(now: number): number;
  now(): number;
}

// Raw SQL (db/statements.server.ts): every request for a kept page reads the
// counter, and its table (migration 0009, kept by triggers) is not in the
// drizzle schema, so it is named here.
const contentVersion = preparedSql(
  { version: sql<number>`${sql.identifier("version")}` },
  (select) => sql`SELECT ${select} FROM ${sql.identifier("content_version")} WHERE ${sql.identifier("id")} = 1`,
);

// The next opening and the next closing, each prepared once per connection
// (a placeholder is bound as given, not through the column: milliseconds).
const after = (column: typeof consultations.opensAt | typeof consultations.closesAt) =>
  preparedQuery((db) =>
    db
      .select({ t: min(column) })
      .from(consultations)
      .where(gt(column, sql.placeholder("now")))
      .prepare(),
  );
const nextOpening = after(consultations.opensAt);
const nextClosing = after(consultations.closesAt);

export function databaseClock(): ContentClock {
  return {
    version() {
      return contentVersion.get()?.version ?? 0;
    },
    nextTransition(now) {
      const next = [nextOpening().get({ now })?.t, nextClosing().get({ now })?.t].filter((t) => t != null);
      return next.length ? Math.min(...next.map((t) => t.getTime())) : Number.POSITIVE_INFINITY;
    },
    now: () => Date.now(),
  };
}

/** Renders `path` for the cache: a clean GET with this nonce, at this origin. */
export type CacheRenderer = (path: string, origin: string, nonce: string) => Promise<RenderedPage>;

export function createPageCache(clock: ContentClock = databaseClock()) {
  const entries = new Map<string, PageTemplate>();
  const pending = new Map<string, Promise<PageTemplate>>();
  let bytes = 0;

  function remove(path: string) {
    const old = entries.get(path);
    if (!old) return;
    entries.delete(path);
    bytes -= old.bytes;
  }

  function store(path: string, template: PageTemplate) {
    remove(path);
    entries.set(path, template);
    bytes += template.bytes;
    // Oldest first: the public pages are few and all read, so order of
    // insertion is as good as order of use, and a hit costs no bookkeeping.
    while (entries.size > MAX_ENTRIES || (bytes > MAX_BYTES && entries.size > 1)) remove(entries.keys().next().value!);
  }

  return {
    /** The kept page for `path`, if it is still valid now. */
    current(path: string): PageTemplate | undefined {
      const hit = entries.get(path);
      if (!hit) return undefined;
      if (hit.version === clock.version() && clock.now() < hit.expiresAt) return hit;
      return undefined;
    },

    /**
     * The page for `path`, rendered now (once, however many requests ask at
     * the same time) and kept when it is a 200 that sets no cookie.
     */
    async render(path: string, origin: string, renderPage: CacheRenderer): Promise<PageTemplate> {
      const version = clock.version();
      const key = `${version} ${path}`;
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const made = (async () => {
        // Before the render: a consultation opening during it expires the page at once.
        const expiresAt = clock.nextTransition(clock.now());
        const nonce = randomBytes(18).toString("base64url");
        const page = await renderPage(path, origin, nonce);
        const setsCookie = page.headers.some(([name]) => name.toLowerCase() === "set-cookie");
        const keep = page.status === 200 && !setsCookie;
        const cut = toTemplate(page, { nonce }, version, expiresAt);
        const template = keep ? await withGzip(cut) : cut;
        if (keep) store(path, template);
        return template;
      })().finally(() => pending.delete(key));
      pending.set(key, made);
      return made;
    },

    get size() {
      return entries.size;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

/**
 * What serves public pages from the cache, for server.mjs (raw node:http,
 * before Express) and for the Remix handler (after a miss).
 */
export function createPublicPages(config: Env, cache: PageCache = createPageCache()) {
  // PUBLIC_URL is always set (required in production, localhost elsewhere:
  // app/platform/env.server.ts): pages show it, never the Host a request names.
  const publicUrl = new URL(config.PUBLIC_URL);
  const publicHost = publicUrl.host.toLowerCase();
  const publicOrigin = publicUrl.origin;

  function send(req: IncomingMessage, res: ServerResponse, template: PageTemplate, nonce: string): void {
    const head: string[] = [];
    for (const [name, value] of Object.entries(securityHeaders(nonce, config))) head.push(name, value);
    for (const [name, value] of template.headers) head.push(name, value);
    const gzipped = template.gzipped && acceptsGzip(req.headers["accept-encoding"]) ? template.gzipped : undefined;
    if (template.status === 200) {
      const etag = templateEtag(template, gzipped !== undefined);
      // Browsers (and proxies) keep the page but ask each time; "Cookie"
      // varies it because a signed-in visitor gets a page of their own,
      // "Accept-Encoding" because a page may come gzipped.
      head.push("ETag", etag, "Cache-Control", "public, no-cache", "Vary", "Cookie, Accept-Encoding");
      if (etagMatches(req.headers["if-none-match"], etag)) {
        res.writeHead(304, head);
        res.end();
        return;
      }
    }
    if (gzipped) head.push("Content-Encoding", "gzip");
    const body = gzipped ?? fillTemplate(template, { nonce });
    head.push("Content-Length", String(body.length));
    res.writeHead(template.status, head);
    res.end(body);
  }

  function cacheable(req: IncomingMessage, path: string, search: string): boolean {
    return isCacheable({ method: req.method ?? "", path, search, cookie: req.headers.cookie });
  }

  return {
    /**
     * Answers the request from memory if it is an anonymous GET of a public
     * page that is kept and current; otherwise returns false and touches
     * nothing, for Express to handle. Runs before every middleware, so it
     * sends the same security headers they would (securityHeaders) and
     * answers only requests to PUBLIC_URL's own Host (any other goes the
     * whole way, through whatever checks the middleware makes).
     */
    serveFromMemory(req: IncomingMessage, res: ServerResponse): boolean {
      const url = req.url ?? "";
      if (req.method !== "GET" || url.includes("?") || !cacheable(req, url, "")) return false;
      if ((req.headers.host ?? "").toLowerCase() !== publicHost) return false;
      const template = cache.current(url);
      if (!template) return false;
      send(req, res, template, newNonce());
      return true;
    },

    /**
     * For the Remix handler: when this request may use the cache, answers it
     * (from memory, or by rendering with `renderPage` and keeping the page)
     * and returns true. `nonce` is the one the CSP header already sent names.
     */
    async serve(
      req: IncomingMessage,
      res: ServerResponse,
      path: string,
      search: string,
      nonce: string,
      renderPage: CacheRenderer,
    ): Promise<boolean> {
      if (!cacheable(req, path, search)) return false;
      const template = cache.current(path) ?? (await cache.render(path, publicOrigin, renderPage));
      send(req, res, template, nonce);
      return true;
    },

    cache,
  };
}

export type PublicPages = ReturnType<typeof createPublicPages>;
