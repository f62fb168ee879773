// Fixed-window rate limits stored in SQLite. A fixed window is simple and good
// enough for slowing down repeated sign-in requests, registrations or saves; it is not
// meant to meter traffic precisely.
import { eq } from "drizzle-orm";
import { getDb } from "~db/client.server";
import { rateLimits } from "~db/schema";

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window resets (when refused). */
  retryAfterSeconds: number;
}

/** Counts one hit on `key`; refuses once `limit` hits happened in `windowMs`. */
export function hitRateLimit(key: string, limit: number, windowMs: number, now = new Date()): RateLimitResult {
  const db = getDb();
  return db.transaction((tx) => {
    const row = tx.select().from(rateLimits).where(eq(rateLimits.key, key)).get();
    const windowOpen = row && now.getTime() - row.windowStart.getTime() < windowMs;
    if (!row || !windowOpen) {
      tx.insert(rateLimits)
        .values({ key, windowStart: now, count: 1 })
        .onConflictDoUpdate({ target: rateLimits.key, set: { windowStart: now, count: 1 } })
        .run();
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const retryAfterSeconds = Math.ceil((row.windowStart.getTime() + windowMs - now.getTime()) / 1000);
    if (row.count >= limit) return { allowed: false, retryAfterSeconds };
    tx.update(rateLimits).set({ count: row.count + 1 }).where(eq(rateLimits.key, key)).run();
    return { allowed: true, retryAfterSeconds: 0 };
  });
}

/** The limits the portal applies, in one place. */
export const LIMITS = {
  /** Sign-in links for one address. */
  signInPerEmail: { limit: 3, windowMs: 15 * 60_000 },
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
