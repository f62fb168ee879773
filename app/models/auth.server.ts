// Who is asking: sign-in by emailed link, database sessions, and the one
// `requireUser` every protected loader and action calls.
//
// - Sign-in tokens and session ids are random 32-byte values; only their
//   SHA-256 is stored, so a copy of the database cannot be used to sign in.
// - A sign-in link is single use and expires after 15 minutes. Opening it
//   shows a button that signs in (POST), so mail scanners that fetch links do
//   not use it up.
// - "Send me a link" answers the same whether the address is known or not.
import { createHash, randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { prepared } from "~db/statements.server";
import { organizations, sessions, signInTokens, users, type Role } from "~db/schema";
import { signInEmail } from "../../emails/sign-in";
import { clientAddressKey } from "~/client-address.server";
import { env, servedOverHttps, sessionSecret } from "~/env.server";
import type { Lang } from "~/i18n";
import { enqueueEmail, type Tx } from "./outbox.server";
import { hitRateLimit, LIMITS } from "./rate-limit.server";

export const SIGN_IN_TOKEN_TTL_MS = 15 * 60_000;
/** A week: long enough to draft over several days, short enough on a shared computer. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60_000;

let cookie: ReturnType<typeof createCookie> | undefined;

/** Created on first use, once the environment has been read. */
function sessionCookie() {
  cookie ??= createCookie("__session", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Secure in production behind https (servedOverHttps); `npm start` on
    // http://localhost must still work for the demo.
    secure: servedOverHttps(env()),
    // Signed, so a tampered cookie is simply not read (see env.server.ts).
    secrets: [sessionSecret(env())],
    maxAge: SESSION_TTL_MS / 1000,
  });
  return cookie;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A path inside the portal to return to after signing in; anything else is dropped. */
export function safeNext(next: unknown): string | undefined {
  return typeof next === "string" && /^\/(en|fr)(\/[^/\\][^\\]*)?$/.test(next) && !next.includes("//")
    ? next
    : undefined;
}

/**
 * The address people reach the portal at, for links in emails and permanent
 * addresses: always PUBLIC_URL (app/env.server.ts), never the request's Host,
 * which whoever sends the request chooses.
 */
export function publicOrigin(): string {
  return env().PUBLIC_URL;
}

/**
 * Writes a sign-in link for `user` to the outbox, inside the caller's
 * transaction (registration creates the user and the link together).
 */
export function queueSignInLink(
  tx: Tx,
  user: { id: number; email: string; name: string; language: Lang },
  origin: string,
  next: string | undefined,
  now: Date,
): void {
  const token = newToken();
  tx.insert(signInTokens)
    .values({
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_TOKEN_TTL_MS),
    })
    .run();
  const url = new URL(`${origin}/${user.language}/sign-in/verify`);
  url.searchParams.set("token", token);
  if (next) url.searchParams.set("next", next);
  enqueueEmail(
    tx,
    {
      to: user.email,
      lang: user.language,
      kind: "sign-in",
      ...signInEmail({
        lang: user.language,
        name: user.name,
        url: url.toString(),
        expiresInMinutes: SIGN_IN_TOKEN_TTL_MS / 60_000,
      }),
    },
    now,
  );
}

export type SignInRequestResult = { status: "sent" } | { status: "rate-limited"; retryAfterSeconds: number };

/**
 * "Send me a link". Slowed down per address and per client; otherwise the
 * answer is "sent" whether or not the address has an account.
 */
export function requestSignInLink(input: {
  email: string;
  clientKey: string;
  origin: string;
  next?: string;
  now?: Date;
}): SignInRequestResult {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  for (const [key, rule] of [
    [`sign-in:client:${input.clientKey}`, LIMITS.signInPerClient],
    [`sign-in:email:${email}`, LIMITS.signInPerEmail],
  ] as const) {
    const result = hitRateLimit(key, rule.limit, rule.windowMs, now);
    if (!result.allowed) return { status: "rate-limited", retryAfterSeconds: result.retryAfterSeconds };
  }
  const db = getDb();
  const user = db.select().from(users).where(eq(users.email, email)).get();
  if (user) {
    db.transaction((tx) => queueSignInLink(tx, user, input.origin, input.next, now));
  }
  return { status: "sent" };
}

export type RedeemResult = { ok: true; sessionToken: string; language: Lang; role: Role } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Uses a sign-in link once and opens a session. */
export function redeemSignInToken(token: string, now = new Date()): RedeemResult {
  const db = getDb();
  return db.transaction((tx): RedeemResult => {
    const row = tx.select().from(signInTokens).where(eq(signInTokens.tokenHash, hashToken(token))).get();
    if (!row) return { ok: false, reason: "invalid" };
    if (row.usedAt) return { ok: false, reason: "used" };
    if (row.expiresAt <= now) return { ok: false, reason: "expired" };
    tx.update(signInTokens).set({ usedAt: now }).where(eq(signInTokens.id, row.id)).run();
    const user = tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, row.userId)).returning().get();
    const sessionToken = newToken();
    tx.insert(sessions)
      .values({
        id: hashToken(sessionToken),
        userId: row.userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      })
      .run();
    return { ok: true, sessionToken, language: user.language, role: user.role };
  });
}

export function commitSession(sessionToken: string): Promise<string> {
  return sessionCookie().serialize(sessionToken);
}

async function sessionTokenOf(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  language: Lang;
  organization: { id: number; name: string } | null;
}

/** The signed-in user, or null (no cookie, unknown, expired or revoked session). */
export async function getUser(request: Request, now = new Date()): Promise<CurrentUser | null> {
  const token = await sessionTokenOf(request);
  if (!token) return null;
  // Every signed-in request asks this: a prepared statement (db/statements.server.ts).
  const row = prepared(
    `SELECT u.id, u.email, u.name, u.role, u.language, o.id AS organizationId, o.name AS organizationName
     FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE s.id = ? AND s.revoked_at IS NULL AND s.expires_at > ?`,
  ).get(hashToken(token), now.getTime()) as
    | { id: number; email: string; name: string; role: Role; language: Lang; organizationId: number | null; organizationName: string | null }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    organization: row.organizationId === null ? null : { id: row.organizationId, name: row.organizationName! },
  };
}

export interface RequireOptions {
  lang: Lang;
  /** The role needed; "respondent" also needs an organization. */
  role: Role;
}

export type Respondent = CurrentUser & { organization: { id: number; name: string } };

/**
 * The one check every protected loader and action makes. Signed out: off to
 * the sign-in page, coming back here afterwards. Signed in without the role: 403.
 */
export async function requireUser(request: Request, options: RequireOptions & { role: "respondent" }): Promise<Respondent>;
export async function requireUser(request: Request, options: RequireOptions): Promise<CurrentUser>;
export async function requireUser(request: Request, { lang, role }: RequireOptions): Promise<CurrentUser> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    // After a POST the form page is the place to come back to.
    const next = safeNext(url.pathname);
    throw redirect(`/${lang}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  }
  const allowed =
    role === "respondent" ? user.role === "respondent" && user.organization !== null : rank(user.role) >= rank(role);
  if (!allowed) throw new Response("Forbidden", { status: 403 });
  return user;
}

function rank(role: Role): number {
  return role === "admin" ? 2 : role === "moderator" ? 1 : 0;
}

/** Revokes the session (it stays in the table, revoked) and clears the cookie. */
export async function signOut(request: Request, now = new Date()): Promise<string> {
  const token = await sessionTokenOf(request);
  if (token) {
    getDb().update(sessions).set({ revokedAt: now }).where(eq(sessions.id, hashToken(token))).run();
  }
  return sessionCookie().serialize("", { maxAge: 0 });
}

/**
 * A key identifying the client for rate limits: its address as the server
 * sees it through TRUST_PROXY (an IPv6 address counted by its /64).
 */
export function clientKey(context: unknown): string {
  const ip = (context as { clientIp?: unknown } | undefined)?.clientIp;
  return clientAddressKey(typeof ip === "string" && ip ? ip : undefined);
}
