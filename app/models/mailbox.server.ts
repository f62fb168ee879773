// Who may read the local mailbox (the outbox shown as pages). It exists only
// when RESEND_API_KEY is not set, so nothing leaves the machine and it is the
// only way to read the portal's email during a demo or a test. The outbox
// holds sign-in links, which open accounts: so it is served only to the
// machine the portal runs on.
//
// Staff roles (a later issue) will also be allowed, from anywhere.
import { env } from "~/env.server";
import { notFound } from "~/params";

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
  // Behind a proxy on the same machine every request comes from 127.0.0.1:
  // a forwarding header means the real client is elsewhere, so refuse.
  if (request.headers.has("x-forwarded-for") || request.headers.has("forwarded")) throw notFound();
}

/** The mailbox exists only while no email leaves the machine. */
export function mailboxEnabled(): boolean {
  return !env().RESEND_API_KEY;
}

function clientIpOf(context: unknown): string | undefined {
  if (typeof context !== "object" || context === null || !("clientIp" in context)) return undefined;
  return typeof context.clientIp === "string" ? context.clientIp : undefined;
}

function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && LOOPBACK.has(ip);
}
