// Serves Remix from Express, as @remix-run/express's createRequestHandler
// does, with two differences: the request body is the one securityMiddleware
// already read and measured (req.body), and the load context carries the
// request's CSP nonce.
import type { ServerBuild } from "@remix-run/node";
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import type { Env } from "./env.server";

export function remixHandler(build: ServerBuild, config: Env) {
  const handleRequest = createRequestHandler(build, config.NODE_ENV);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const controller = new AbortController();
      // Stop loaders and actions when the client goes away before the answer.
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const request = new Request(new URL(req.originalUrl, `${req.protocol}://${req.get("host") ?? "localhost"}`), {
        method: req.method,
        headers,
        body: hasBody ? (req.body as BodyInit | undefined) : undefined,
        signal: controller.signal,
      });
      const response = await handleRequest(request, {
        // The client's address, for rate limits and the local-only mailbox.
        clientIp: req.socket.remoteAddress,
        // The nonce the CSP header allows, for the scripts the page renders.
        cspNonce: res.locals.cspNonce,
      });
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
