// Fixed-window rate limits stored in SQLite. A fixed window is simple and good
// enough for slowing down repeated sign-in requests, registrations or saves; it is not
// meant to meter traffic precisely.
import { sql } from "drizzle-orm";
import { rateLimits } from "~db/schema";
import { columnNames, preparedSql } from "~db/statements.server";

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets (when refused). */
  retryAfterSeconds: number;
}

// Raw SQL (db/statements.server.ts): every answer save and sign-in passes
// through here. In an UPDATE every expression reads the row as it was before it.
const atNow = sql.placeholder("at");
const windowLength = sql.placeholder("windowMs");
const hit = preparedSql(
  { windowStart: rateLimits.windowStart, count: rateLimits.count },
  (
    select,
  ) => sql`INSERT INTO ${rateLimits} (${columnNames(rateLimits.key, rateLimits.windowStart, rateLimits.count)}) VALUES (${sql.placeholder("key")}, ${atNow}, 1)
     ON CONFLICT (${columnNames(rateLimits.key)}) DO UPDATE SET
       ${columnNames(rateLimits.count)} = CASE WHEN ${atNow} - ${rateLimits.windowStart} >= ${windowLength} THEN 1 WHEN ${rateLimits.count} > ${sql.placeholder("limit")} THEN ${rateLimits.count} ELSE ${rateLimits.count} + 1 END,
       ${columnNames(rateLimits.windowStart)} = CASE WHEN ${atNow} - ${rateLimits.windowStart} >= ${windowLength} THEN ${atNow} ELSE ${rateLimits.windowStart} END
     RETURNING ${select}`,
);

/**
 * Counts one hit on `key`; refuses once `limit` hits happened in `windowMs`.
 * One statement, prepared once (every answer save passes through here): an
 * upsert that starts a new window when the old one is over, and otherwise
 * counts up to one past the limit, which marks the refused hits.
 */
export function hitRateLimit(key: string, limit: number, windowMs: number, now = new Date()): RateLimitResult {
  const at = now.getTime();
  const row = hit.get({ key, at, windowMs, limit })!;
  if (row.count <= limit) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.ceil((row.windowStart.getTime() + windowMs - at) / 1000) };
}

/**
 * Counts one account email to `address` against LIMITS.mailPerAddress.
 * Callers ask before writing the email, inside no transaction of their own.
 */
export function allowMailTo(address: string, now = new Date()): RateLimitResult {
  const rule = LIMITS.mailPerAddress;
  return hitRateLimit(`mail:address:${address.trim().toLowerCase()}`, rule.limit, rule.windowMs, now);
}

/** The limits the portal applies, in one place. */
export const LIMITS = {
  /**
   * Account emails (sign-in links, "no account" notes, invitations, requests
   * to be invited) sent to one address, whichever path asks for them. A
   * limit on mail sent, not on attempts: when someone else uses it up, the
   * owner still has the links already sent, each valid for 15 minutes, and
   * the window is no longer than that, so a refused owner always has one.
   */
  mailPerAddress: { limit: 5, windowMs: 15 * 60_000 },
  /** Sign-in links requested from one client, whatever the address. */
  signInPerClient: { limit: 20, windowMs: 15 * 60_000 },
  /** Registrations and invitation requests from one client. */
  registerPerClient: { limit: 10, windowMs: 60 * 60_000 },
  /**
   * Answer saves by one person: far above autosave's pace (one save after
   * each 3-second pause in typing), low enough to stop a script hammering it.
   */
  savePerUser: { limit: 120, windowMs: 60_000 },
  /** Invitations sent by one organization. */
  invitePerOrganization: { limit: 20, windowMs: 60 * 60_000 },
} as const;
