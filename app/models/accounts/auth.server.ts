// Who is asking: sign-in by emailed link, database sessions, and the one
// `requireUser` every protected loader and action calls.
//
// - Sign-in tokens and session ids are random 32-byte values; only their
//   SHA-256 is stored, so a copy of the database cannot be used to sign in.
// - A sign-in link is single use and expires after 15 minutes. Opening it
//   shows a button that signs in (POST), so mail scanners that fetch links do
//   not use it up.
// - "Send me a link" answers the same, and does the same work, whether the
//   address is known or not (an unknown one gets a "no account" note).
// - Links are built from PUBLIC_URL only, and know which browser asked for
//   them (docs/decisions/005-sign-in-links.md).
import { createHash, randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Tx } from "~db/client.server";
import { nullable, preparedSql } from "~db/statements.server";
import { organizations, sessions, signInTokens, users, type Role } from "~db/schema";
import { noAccountEmail, signInEmail } from "../../../emails/sign-in";
import { clientAddressKey } from "~/platform/client-address.server";
import { env, servedOverHttps, sessionSecret } from "~/platform/env.server";
import type { Lang } from "~/i18n/lang";
import { enqueueEmail } from "../email/outbox.server";
import { allowMailTo, hitRateLimit, LIMITS } from "../../platform/rate-limit.server";

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

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A path inside the portal to return to after signing in; anything else is
 * dropped. Only the characters a URL path and query may hold unencoded: a
 * control character, a line break or U+2028 would make the redirect's
 * Location header throw, and another scheme or host could send people away.
 */
export function safeNext(next: unknown): string | undefined {
  return typeof next === "string" && next.length <= 500 && SAFE_NEXT.test(next) && !next.includes("//") ? next : undefined;
}

const SAFE_NEXT = /^\/(en|fr)(?:[/?][A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

/**
 * The address people reach the portal at, for links in emails and permanent
 * addresses: always PUBLIC_URL (app/platform/env.server.ts), never the request's Host,
 * which whoever sends the request chooses.
 */
export function publicOrigin(): string {
  return env().PUBLIC_URL;
}

// --- The browser that asks for a link ---------------------------------------
//
// A random key in a cookie of its own, set when someone asks for a sign-in
// link (or registers). The link's row keeps its hash, so the verify page
// knows whether it is opened in the browser that asked. Opening it elsewhere
// still works (people ask on a computer and open their email on a phone),
// but the page first says that the link was asked for elsewhere and when.
// docs/decisions/005-sign-in-links.md says why it warns instead of refusing.

const BROWSER_KEY_COOKIE = "__sign_in_browser";

let browserCookie: ReturnType<typeof createCookie> | undefined;

function browserKeyCookie() {
  browserCookie ??= createCookie(BROWSER_KEY_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: servedOverHttps(env()),
    secrets: [sessionSecret(env())],
    maxAge: 30 * 24 * 60 * 60,
  });
  return browserCookie;
}

/** This browser's key, made (with its Set-Cookie header) the first time. */
export async function browserKey(request: Request): Promise<{ key: string; setCookie: string | null }> {
  const value: unknown = await browserKeyCookie().parse(request.headers.get("Cookie"));
  if (typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value)) return { key: value, setCookie: null };
  const key = newToken();
  return { key, setCookie: await browserKeyCookie().serialize(key) };
}

/** Where a sign-in link was asked for, as its verify page tells it. */
export type LinkOrigin = { kind: "this-browser" } | { kind: "elsewhere"; requestedAt: Date } | { kind: "unknown" };

/** Reads, without using it, where the link's token was asked for. */
export async function signInLinkOrigin(request: Request, token: string): Promise<LinkOrigin> {
  if (!token) return { kind: "unknown" };
  const row = getDb()
    .select({ requestedBy: signInTokens.requestedBy, createdAt: signInTokens.createdAt })
    .from(signInTokens)
    .where(eq(signInTokens.tokenHash, hashToken(token)))
    .get();
  if (!row) return { kind: "unknown" };
  const value: unknown = await browserKeyCookie().parse(request.headers.get("Cookie"));
  if (row.requestedBy && typeof value === "string" && hashToken(value) === row.requestedBy) return { kind: "this-browser" };
  return { kind: "elsewhere", requestedAt: row.createdAt };
}

// --- Sign-in links ------------------------------------------------------------

/**
 * Writes a sign-in link for `user` to the outbox, inside the caller's
 * transaction (registration creates the user and the link together). The
 * link is built from PUBLIC_URL. Earlier links stay valid until they expire
 * or one of them is used: asking again (or someone else asking) never takes
 * away the link already in the owner's inbox.
 */
export function queueSignInLink(
  tx: Tx,
  user: { id: number; email: string; name: string; language: Lang },
  options: { next?: string; browserKey?: string; now: Date },
): void {
  const { now } = options;
  const token = newToken();
  tx.insert(signInTokens)
    .values({
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_TOKEN_TTL_MS),
      requestedBy: options.browserKey ? hashToken(options.browserKey) : null,
    })
    .run();
  const url = new URL(`${publicOrigin()}/${user.language}/sign-in/verify`);
  url.searchParams.set("token", token);
  if (options.next) url.searchParams.set("next", options.next);
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

export type SignInRequestResult =
  { status: "sent" } | { status: "rate-limited"; retryAfterSeconds: number } | { status: "mail-limited"; retryAfterSeconds: number };

/**
 * "Send me a link". The answer, and the work done, are the same whether or
 * not the address has an account: an account gets its link, any other
 * address a short note saying no account uses it and how to register. Both
 * render one email and write one outbox row in one transaction, so neither
 * the page nor its timing tells which it was.
 */
export function requestSignInLink(input: {
  email: string;
  clientKey: string;
  browserKey?: string;
  /** The language of the page, for the note to an address without an account. */
  lang: Lang;
  next?: string;
  now?: Date;
}): SignInRequestResult {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  const client = LIMITS.signInPerClient;
  const perClient = hitRateLimit(`sign-in:client:${input.clientKey}`, client.limit, client.windowMs, now);
  if (!perClient.allowed) return { status: "rate-limited", retryAfterSeconds: perClient.retryAfterSeconds };
  const mail = allowMailTo(email, now);
  if (!mail.allowed) return { status: "mail-limited", retryAfterSeconds: mail.retryAfterSeconds };
  const db = getDb();
  db.transaction((tx) => {
    const user = tx
      .select()
      .from(users)
      .where(and(eq(users.email, email), isNull(users.removedAt)))
      .get();
    if (user) queueSignInLink(tx, user, { next: input.next, browserKey: input.browserKey, now });
    else queueNoAccountNote(tx, email, input.lang, now);
  });
  return { status: "sent" };
}

/** The note to an address without an account that asked for a link. */
function queueNoAccountNote(tx: Tx, email: string, lang: Lang, now: Date): void {
  enqueueEmail(
    tx,
    {
      to: email,
      lang,
      kind: "sign-in-no-account",
      ...noAccountEmail({ lang, registerUrl: `${publicOrigin()}/${lang}/register`, signInUrl: `${publicOrigin()}/${lang}/sign-in` }),
    },
    now,
  );
}

export type RedeemResult =
  { ok: true; sessionToken: string; language: Lang; role: Role } | { ok: false; reason: "invalid" | "expired" | "used" };

/**
 * Uses a sign-in link once and opens a session. The user's other unused
 * links die with it: once someone has signed in, older links in a mailbox
 * (or anywhere they were copied to) are no use to anyone.
 */
export function redeemSignInToken(token: string, now = new Date()): RedeemResult {
  const db = getDb();
  return db.transaction((tx): RedeemResult => {
    const row = tx
      .select()
      .from(signInTokens)
      .where(eq(signInTokens.tokenHash, hashToken(token)))
      .get();
    if (!row) return { ok: false, reason: "invalid" };
    if (row.usedAt) return { ok: false, reason: "used" };
    if (row.expiresAt <= now) return { ok: false, reason: "expired" };
    const user = tx.select().from(users).where(eq(users.id, row.userId)).get();
    // A staff member removed after the link was sent: as if it never existed.
    if (!user || user.removedAt) return { ok: false, reason: "invalid" };
    tx.update(signInTokens)
      .set({ usedAt: now })
      .where(and(eq(signInTokens.userId, row.userId), isNull(signInTokens.usedAt)))
      .run();
    const sessionToken = openSession(tx, row.userId, now);
    return { ok: true, sessionToken, language: user.language, role: user.role };
  });
}

/**
 * Opens a session for a user who has just proved they hold their address
 * (a sign-in link, an accepted invitation): returns the token for the cookie.
 */
export function openSession(tx: Tx, userId: number, now: Date): string {
  tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, userId)).run();
  const sessionToken = newToken();
  tx.insert(sessions)
    .values({ id: hashToken(sessionToken), userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) })
    .run();
  return sessionToken;
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

// Raw SQL (db/statements.server.ts): every signed-in request asks this.
const sessionUser = preparedSql(
  {
    id: users.id,
    email: users.email,
    name: users.name,
    role: users.role,
    language: users.language,
    organizationId: nullable(organizations.id),
    organizationName: nullable(organizations.name),
  },
  (select) => sql`SELECT ${select}
     FROM ${sessions} JOIN ${users} ON ${users.id} = ${sessions.userId} LEFT JOIN ${organizations} ON ${organizations.id} = ${users.organizationId}
     WHERE ${sessions.id} = ${sql.placeholder("id")} AND ${sessions.revokedAt} IS NULL AND ${sessions.expiresAt} > ${sql.placeholder("now")} AND ${users.removedAt} IS NULL`,
);

/** The signed-in user, or null (no cookie, unknown, expired or revoked session). */
export async function getUser(request: Request, now = new Date()): Promise<CurrentUser | null> {
  const token = await sessionTokenOf(request);
  if (!token) return null;
  const row = sessionUser.get({ id: hashToken(token), now: now.getTime() });
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
  /** The role needed; "respondent" also needs an organization; "anyone" takes every signed-in person. */
  role: Role | "anyone";
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
    role === "anyone" || (role === "respondent" ? user.role === "respondent" && user.organization !== null : rank(user.role) >= rank(role));
  if (!allowed) throw new Response("Forbidden", { status: 403 });
  return user;
}

/** Any signed-in person, whatever their role: pages about one's own account. */
export async function requireSignedIn(request: Request, lang: Lang): Promise<CurrentUser> {
  return requireUser(request, { lang, role: "anyone" });
}

function rank(role: Role): number {
  return role === "admin" ? 2 : role === "moderator" ? 1 : 0;
}

/** The signed-in person's open sessions, newest first, marking the one asking. */
export async function listSessions(request: Request, userId: number, now = new Date()) {
  const token = await sessionTokenOf(request);
  const current = token ? hashToken(token) : null;
  return getDb()
    .select({ id: sessions.id, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt))
    .all()
    .map((session) => ({ createdAt: session.createdAt, expiresAt: session.expiresAt, current: session.id === current }));
}

/**
 * Signs the person out everywhere but here (a lost phone, a shared
 * computer): every other open session of theirs is revoked. Returns how many.
 */
export async function endOtherSessions(request: Request, userId: number, now = new Date()): Promise<number> {
  const token = await sessionTokenOf(request);
  const current = token ? hashToken(token) : "";
  return getDb()
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now), ne(sessions.id, current)))
    .run().changes;
}

/** Revokes the session (it stays in the table, revoked) and clears the cookie. */
export async function signOut(request: Request, now = new Date()): Promise<string> {
  const token = await sessionTokenOf(request);
  if (token) {
    getDb()
      .update(sessions)
      .set({ revokedAt: now })
      .where(eq(sessions.id, hashToken(token)))
      .run();
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
