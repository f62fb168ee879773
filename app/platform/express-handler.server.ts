// Serves Remix from Express, as @remix-run/express's createRequestHandler
// does, with three differences: the request body is the one
// securityMiddleware already read and measured (req.body), the load context
// carries the request's CSP nonce, and the public pages come from an
// in-memory cache of whole pages (app/platform/page-cache.server.ts), filled here on
// a miss; server.mjs answers the hits before Express runs.
import { type ServerBuild, createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import type { Env } from "./env.server";
import { turn } from "./main-thread-turns.server";
import { createPublicPages, type CacheRenderer, type PublicPages } from "./page-cache.server";

export function remixHandler(build: ServerBuild, config: Env, pages: PublicPages = createPublicPages(config)) {
  const handleRequest = createRequestHandler(build, config.NODE_ENV);

  function remixRequest(req: Request, res: Response): globalThis.Request {
    const controller = new AbortController();
    // Stop loaders and actions when the client goes away before the answer.
    res.on("close", () => {
      if (!res.writableFinished) controller.abort();
    });
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    // The portal's own address, never the Host header (which the sender
    // chooses; security.server.ts has refused any other). A target that is
    // not a path (an absolute-form request) is read as the home page.
    const target = req.originalUrl.startsWith("/") ? req.originalUrl : "/";
    return new Request(new URL(`${config.PUBLIC_URL}${target}`), {
      method: req.method,
      headers,
      body: hasBody ? (req.body as BodyInit | undefined) : undefined,
      signal: controller.signal,
    });
  }

  function render(req: Request, res: Response) {
    return handleRequest(remixRequest(req, res), {
      // The client's address, for rate limits and the local-only mailbox:
      // req.ip as security.server.ts read it, through TRUST_PROXY's proxies.
      clientIp: res.locals.clientIp,
      // The nonce the CSP header allows, for the scripts the page renders.
      cspNonce: res.locals.cspNonce,
    });
  }

  // A page for everyone: a clean GET (no cookie, no header of the visitor's),
  // not cancelled when this visitor leaves (others may be waiting for it).
  const renderForCache: CacheRenderer = async (path, origin, nonce) => {
    const response = await handleRequest(new globalThis.Request(new URL(path, origin), { method: "GET" }), {
      clientIp: undefined,
      cspNonce: nonce,
      wholeDocument: true,
    });
    return { status: response.status, headers: [...response.headers], body: Buffer.from(await response.arrayBuffer()) };
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      // Loaders, actions and renders run in a turn of the main thread
      // (main-thread-turns.server.ts), so that a pass of the event loop that
      // is already full leaves them for the next one.
      await turn("start");
      const search = req.originalUrl.slice(req.path.length);
      if (await pages.serve(req, res, req.path, search, res.locals.cspNonce as string, renderForCache)) return;

      const response = await render(req, res);
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [name, value] of response.headers) res.append(name, value);
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}
