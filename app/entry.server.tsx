// Renders every page on the server. Bots get the whole document at once;
// browsers get it streamed. Also exports `startServices`, which server.mjs
// calls once before it listens (database migrations, demo seed).
import { PassThrough } from "node:stream";
import { type AppLoadContext, type EntryContext, createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";

import { hydrates } from "./platform/hydration";
import { NonceContext } from "./platform/nonce";

export { startServices } from "./platform/services.server";
export { securityMiddleware } from "./platform/security.server";
export { remixHandler } from "./platform/express-handler.server";
export { createPublicPages } from "./platform/page-cache.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Set by server.mjs for this request; the CSP header allows only scripts carrying it.
  const nonce = (loadContext as { cspNonce?: unknown } | undefined)?.cspNonce;
  const cspNonce = typeof nonce === "string" ? nonce : undefined;
  // A page rendered for the page cache (app/platform/page-cache.server.ts) is kept for
  // everyone, so it must be whole: rendered to the end before it is sent, so
  // that a render cut short (the abort below) is a 500, never a kept 200.
  const wholeDocument = (loadContext as { wholeDocument?: unknown } | undefined)?.wholeDocument === true;
  const waitForAll = wholeDocument || isbot(request.headers.get("user-agent") ?? "");
  // A page that is not hydrated (app/platform/hydration.ts) does not need its data
  // streamed to the browser a second time.
  const handles = remixContext.staticHandlerContext.matches.map((match) => remixContext.routeModules[match.route.id]?.handle);
  if (!hydrates(handles)) remixContext.serverHandoffStream = undefined;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={cspNonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={cspNonce} />
      </NonceContext.Provider>,
      {
        nonce: cspNonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors inside the shell are reported by onShellError; log the rest.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
