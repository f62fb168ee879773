// The protections every request passes through before Remix sees it. server.mjs
// mounts `securityMiddleware` first; README "Security" says why each exists.
//
// - Headers on every response (pages, resource routes, static files, errors):
//   a Content-Security-Policy whose only inline scripts are the ones carrying
//   this request's nonce (Remix's <Scripts>, <ScrollRestoration>, the streamed
//   data), no framing, a referrer and permissions policy, HSTS behind https.
// - A request for a host other than PUBLIC_URL's is refused (400): links and
//   permanent addresses come from PUBLIC_URL, and the local mailbox must not
//   be reachable through a name that resolves here (DNS rebinding).
// - The client's address comes from the socket, or from X-Forwarded-For only
//   as far as TRUST_PROXY trusts the proxies (Express's req.ip).
// - Signed-in responses are never stored by a browser or proxy (no-store).
// - A non-GET request sent from another website is refused (403).
// - A body over 1 MB is refused (413) before anything parses it.
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { servedOverHttps, type Env } from "./env.server";
import { t } from "../i18n";
import type { Lang } from "~/i18n/lang";
import { langOfPath, preferredLang } from "../i18n/lang";

/**
 * The largest body accepted. The largest legitimate form is an answer of
 * 30,000 characters; URL-encoded, an accented letter takes 6 bytes, so even a
 * French answer stays well under this.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** How much of a refused body is read (and thrown away) before answering. */
const DRAIN_LIMIT_BYTES = 16 * MAX_BODY_BYTES;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Nonces are cut from a pool of random bytes refilled 4 KB at a time: a call
// into the system's generator per request was 4% of serving a cached page.
// Every nonce is still 16 fresh bytes from the CSPRNG, never used twice.
let noncePool = Buffer.alloc(0);
let noncePoolOffset = 0;

/** A fresh CSP nonce, one per request. */
export function newNonce(): string {
  if (noncePoolOffset + 16 > noncePool.length) {
    noncePool = randomBytes(4096);
    noncePoolOffset = 0;
  }
  const nonce = noncePool.toString("base64", noncePoolOffset, noncePoolOffset + 16);
  noncePoolOffset += 16;
  return nonce;
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // No inline styles anywhere in the app (no style={…}): keep it that way.
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(nonce: string, config: Env): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce),
    // Not no-referrer: under it browsers send `Origin: null` with the portal's
    // own form posts, which the origin check below would then refuse.
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "X-Content-Type-Options": "nosniff",
    // For browsers older than frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(servedOverHttps(config) ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/**
 * The Host values the portal answers to: PUBLIC_URL's host, and when that is
 * localhost (the demo, development, tests) also 127.0.0.1 and [::1] at the
 * same port, which are the same machine. A default port may be written out.
 */
export function allowedHosts(publicUrl: string): Set<string> {
  const hosts = new Set<string>();
  for (const { name, port, defaultPort } of portalAddresses(publicUrl)) {
    hosts.add(`${name}:${port}`);
    if (port === defaultPort) hosts.add(name);
  }
  return hosts;
}

/** The origins (as browsers send them in Origin) of the same addresses. */
export function allowedOrigins(publicUrl: string): Set<string> {
  const protocol = new URL(publicUrl).protocol;
  return new Set(
    portalAddresses(publicUrl).map(({ name, port, defaultPort }) => `${protocol}//${name}${port === defaultPort ? "" : `:${port}`}`),
  );
}

function portalAddresses(publicUrl: string) {
  const url = new URL(publicUrl);
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  const port = url.port || defaultPort;
  const names = url.hostname === "localhost" ? ["localhost", "127.0.0.1", "[::1]"] : [url.hostname];
  return names.map((name) => ({ name, port, defaultPort }));
}

/** Whether a request's Host header names the portal (compared without case). */
export function hostAllowed(host: string | undefined, allowed: Set<string>): boolean {
  return host !== undefined && allowed.has(host.toLowerCase());
}

/** Paths answered whatever the Host: a load balancer's health check asks by IP. */
const ANY_HOST_PATHS = new Set(["/healthz"]);

/**
 * Whether a request that changes something came from another website. The
 * Origin header decides; without it (older browsers) the Referer does; with
 * neither (curl, scripts) the request is let through: the session cookie is
 * SameSite=Lax, so a cross-site form post never carries a session anyway.
 * The portal's own origins are PUBLIC_URL's (`allowedOrigins`).
 */
export function isForeignRequest(request: { method: string; origin?: string; referer?: string }, origins: Set<string>): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const source = request.origin ?? request.referer;
  if (source === undefined) return false;
  let from: URL;
  try {
    from = new URL(source); // "null" (a sandboxed or privacy-hidden origin) is not a URL
  } catch {
    return true;
  }
  return !origins.has(from.origin);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** A small page for the refusals made before Remix: no scripts, no styles, passes axe. */
function plainPage(lang: Lang, title: string, sections: { lang: Lang; heading: string; body: string }[]): string {
  const main = sections
    .map(
      (s) =>
        `<section lang="${s.lang}"><h${s === sections[0] ? 1 : 2}>${escapeHtml(s.heading)}</h${s === sections[0] ? 1 : 2}>` +
        `<p>${escapeHtml(s.body)}</p><p><a href="/${s.lang}">${escapeHtml(t(s.lang).security.home)}</a></p></section>`,
    )
    .join("");
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    `</head><body><main>${main}</main></body></html>`
  );
}

/** 403 for a foreign origin: both languages, since the URL may not say which. */
export function forbiddenPage(): string {
  const en = t("en").security;
  const fr = t("fr").security;
  return plainPage("en", `${en.forbiddenTitle} / ${fr.forbiddenTitle}`, [
    { lang: "en", heading: en.forbiddenTitle, body: en.forbiddenBody },
    { lang: "fr", heading: fr.forbiddenTitle, body: fr.forbiddenBody },
  ]);
}

/** 400 for a Host that is not the portal's: both languages, like the 403. */
export function badHostPage(): string {
  const en = t("en").security;
  const fr = t("fr").security;
  return plainPage("en", `${en.badHostTitle} / ${fr.badHostTitle}`, [
    { lang: "en", heading: en.badHostTitle, body: en.badHostBody },
    { lang: "fr", heading: fr.badHostTitle, body: fr.badHostBody },
  ]);
}

/** 413 in the language of the page the form was on. */
export function tooLargePage(lang: Lang): string {
  const d = t(lang).security;
  const body = d.tooLargeBody(MAX_BODY_BYTES / (1024 * 1024));
  return plainPage(lang, `${d.tooLargeTitle} – ${t(lang).meta.siteShortName}`, [{ lang, heading: d.tooLargeTitle, body }]);
}

function sendPage(res: Response, status: number, html: string, close = false): void {
  res.status(status);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  if (close) res.setHeader("Connection", "close");
  res.end(html);
}

function languageOf(req: Request): Lang {
  return langOfPath(req.path) ?? preferredLang(req.get("accept-language") ?? null);
}

/**
 * The middleware chain server.mjs mounts before everything else. The body of
 * a non-GET request is read here, counting bytes (a chunked body has no
 * Content-Length to trust), and left in `req.body` as a Buffer for the Remix
 * handler: nothing downstream reads the raw stream again.
 */
export function securityMiddleware(config: Env) {
  const hosts = allowedHosts(config.PUBLIC_URL);
  const origins = allowedOrigins(config.PUBLIC_URL);

  function headers(req: Request, res: Response, next: NextFunction) {
    const nonce = newNonce();
    res.locals.cspNonce = nonce;
    // req.ip honours TRUST_PROXY (server.mjs sets Express's "trust proxy").
    res.locals.clientIp = req.ip;
    for (const [name, value] of Object.entries(securityHeaders(nonce, config))) res.setHeader(name, value);
    if (SESSION_COOKIE.test(req.get("cookie") ?? "") && !req.path.startsWith("/build/")) neverStore(res);
    next();
  }

  function knownHost(req: Request, res: Response, next: NextFunction) {
    if (hostAllowed(req.get("host"), hosts) || ANY_HOST_PATHS.has(req.path)) return next();
    sendPage(res, 400, badHostPage());
  }

  function sameOrigin(req: Request, res: Response, next: NextFunction) {
    const foreign = isForeignRequest({ method: req.method, origin: req.get("origin"), referer: req.get("referer") }, origins);
    if (foreign) return sendPage(res, 403, forbiddenPage());
    next();
  }

  function bodyLimit(req: Request, res: Response, next: NextFunction) {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const declared = Number(req.get("content-length"));
    const chunks: Buffer[] = [];
    let size = 0;
    let state: "reading" | "refusing" | "done" = "reading";
    const refuse = () => {
      if (state === "done") return;
      state = "done";
      sendPage(res, 413, tooLargePage(languageOf(req)), true);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (state === "reading" && size > MAX_BODY_BYTES) {
        state = "refusing";
        chunks.length = 0;
      }
      if (state === "reading") chunks.push(chunk);
      // Answer once the browser has sent everything (it may not read an
      // answer before), unless it keeps sending: then answer and hang up.
      else if (state === "refusing" && size > DRAIN_LIMIT_BYTES) refuse();
    });
    req.on("end", () => {
      if (state === "refusing") return refuse();
      if (state !== "reading") return;
      state = "done";
      req.body = Buffer.concat(chunks);
      next();
    });
    req.on("error", (error) => {
      if (state === "done") return;
      state = "done";
      next(error);
    });
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      state = "refusing";
      if (declared > DRAIN_LIMIT_BYTES) refuse();
    }
  }

  return [headers, knownHost, sameOrigin, bodyLimit];
}

const SESSION_COOKIE = /(?:^|;\s*)__session=/;

/**
 * A signed-in visitor's pages and downloads hold their own data: no browser
 * or proxy may keep them (shared computers, the back button after signing
 * out). Set as the headers go out, over whatever the route said, because
 * Remix routes set Cache-Control for the public case. Fingerprinted assets
 * (/build/) are the same for everyone and keep their year-long caching.
 */
function neverStore(res: Response): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response["writeHead"]>) {
    this.setHeader("Cache-Control", "no-store");
    return writeHead.apply(this, args);
  } as Response["writeHead"];
}
