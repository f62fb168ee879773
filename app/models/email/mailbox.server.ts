// Who may read the local mailbox (the outbox shown as pages). The outbox holds
// live sign-in links, which open accounts, so the mailbox exists only when
// EMAIL_DELIVERY is "local-mailbox": the default outside production, and in
// production only when asked for by name (`npm start`'s --demo does, and the
// server says so loudly at start). Even then it answers only requests made on
// this machine, straight to the portal: a loopback socket, no proxy trusted,
// no forwarding header of any kind. A request for another host name (DNS
// rebinding) never gets here: app/platform/security.server.ts refuses it with a 400.
import { env } from "~/platform/env.server";
import { notFound } from "~/web/params";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Throws a 404 (the page does not exist, rather than "forbidden") unless the
 * mailbox is on and the request comes from this machine. `context` is the
 * Remix load context from server.mjs: `{ clientIp }`, the socket's address.
 * Without a clientIp (a loader called directly, an unknown server) it refuses.
 */
export function requireMailboxAccess(request: Request, context: unknown): void {
  if (!mailboxEnabled()) throw notFound();
  if (!isLoopback(clientIpOf(context))) throw notFound();
  // Behind a proxy every request comes from the proxy's address, which may
  // be 127.0.0.1: with a proxy configured, or any sign of one, refuse.
  if (env().TRUST_PROXY !== false) throw notFound();
  if (FORWARDING_HEADERS.some((name) => request.headers.has(name))) throw notFound();
}

/** Headers that proxies add to say who the client really is, or that a proxy was on the way. */
const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-real-ip",
  "x-client-ip",
  "true-client-ip",
  "cf-connecting-ip",
  "fastly-client-ip",
  "x-cluster-client-ip",
  "via",
];

/** The mailbox exists only when email is kept on this machine to be read here. */
export function mailboxEnabled(): boolean {
  return env().EMAIL_DELIVERY === "local-mailbox";
}

function clientIpOf(context: unknown): string | undefined {
  if (typeof context !== "object" || context === null || !("clientIp" in context)) return undefined;
  return typeof context.clientIp === "string" ? context.clientIp : undefined;
}

function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && LOOPBACK.has(ip);
}
