// The email outbox. A request never talks to the email provider: it writes the
// message into `email_outbox` in the same transaction as the change that caused
// it (a sign-in link with its token, a receipt with its submission), so either
// both happen or neither does. A worker then delivers due messages through the
// Resend SDK, retrying with backoff.
//
// Delivery is "at least once" on our side and "exactly once" at the provider:
// every attempt for a message carries the same idempotency key, so a retry
// after a timeout (when the provider may already have accepted it) is not sent
// twice. Without RESEND_API_KEY nothing leaves the machine: messages stay here
// and can be read on the local mailbox page (/en/mailbox).
import { and, asc, count, desc, eq, inArray, lte, notInArray } from "drizzle-orm";
import { Resend } from "resend";
import { getDb, type Db, type Tx } from "~db/client.server";
import { emailOutbox } from "~db/schema";
import { env } from "~/platform/env.server";
import type { Lang } from "~/i18n/lang";

export type OutboxRow = typeof emailOutbox.$inferSelect;

export interface OutgoingEmail {
  to: string;
  lang: Lang;
  /** What kind of message: "sign-in", "receipt", "invitation"… (shown in the mailbox). */
  kind: string;
  subject: string;
  html: string;
  text: string;
  /** Defaults to a fresh key; pass one to make enqueueing itself idempotent. */
  idempotencyKey?: string;
}

/** Hands one message to the provider; resolves with the provider's id or throws. */
export interface EmailSender {
  send(row: OutboxRow, options?: { signal?: AbortSignal }): Promise<{ id: string }>;
}

export interface DeliveryResult {
  sent: number;
  /** Gave up on for good this run (after MAX_ATTEMPTS). */
  failed: number;
  /** Failed this time; tried again later. */
  retried: number;
}

/** While one process sends a message, no other may pick it up (worker + npm run outbox:send). */
export const LEASE_MS = 60_000;
/** A request to the provider that has not answered by then counts as failed. Well under the lease. */
export const SEND_TIMEOUT_MS = 10_000;
export const MAX_ATTEMPTS = 12;
const FIRST_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * Writes a message to the outbox. Pass the caller's transaction handle so the
 * message is kept only if the change that caused it is.
 */
export function enqueueEmail(db: Db | Tx, email: OutgoingEmail, now = new Date()): void {
  db.insert(emailOutbox)
    .values({
      idempotencyKey: email.idempotencyKey ?? `${email.kind}-${crypto.randomUUID()}`,
      toAddress: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      language: email.lang,
      kind: email.kind,
      state: "pending",
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })
    .run();
}

/** Wait before attempt n+1 after n failed attempts: 5 s, 10 s, 20 s… at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_MS);
}

export interface DeliverOptions {
  /** Fixes the clock (tests); otherwise the real time is read at each step. */
  now?: Date;
  /** At most this many messages in one run. */
  limit?: number;
  /** Defaults to the Resend SDK configured from the environment. */
  client?: EmailSender;
  timeoutMs?: number;
  /** Defaults to the process's database; tests pass a second connection to act as a second process. */
  db?: Db;
}

/**
 * Sends the messages that are due, one at a time. Does nothing without
 * RESEND_API_KEY: then the outbox is the mailbox.
 */
export async function deliverDue(options: DeliverOptions = {}): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0 };
  const config = env();
  if (!config.RESEND_API_KEY) return result;

  const db = options.db ?? getDb();
  const clock = () => options.now ?? new Date();
  const client = options.client ?? resendSender(config.RESEND_API_KEY, config.RESEND_BASE_URL, config.EMAIL_FROM);
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  const limit = options.limit ?? 25;
  // One attempt per message per run: a run slowed by timeouts can outlast a
  // failed message's backoff, and must not hammer it again before the next run.
  const tried = new Set<number>();

  while (tried.size < limit) {
    const row = claimNext(db, clock(), tried);
    if (!row) break;
    tried.add(row.id);
    const outcome = await attempt(client, row, timeoutMs);
    const recorded = record(db, row, outcome, clock());
    result[recorded] += 1;
  }
  return result;
}

/**
 * Takes the oldest due message and leases it by moving its next attempt a
 * minute ahead. It is one UPDATE … WHERE id IN (SELECT the next due id), which
 * SQLite runs as one write transaction, so two senders, even in two processes,
 * can never both take the same message. Claiming one message at a time keeps
 * every lease far longer than the one request made under it.
 */
function claimNext(db: Db, now: Date, skip: Set<number>): OutboxRow | undefined {
  const nextDue = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        eq(emailOutbox.state, "pending"),
        lte(emailOutbox.nextAttemptAt, now),
        skip.size > 0 ? notInArray(emailOutbox.id, [...skip]) : undefined,
      ),
    )
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
    .limit(1);
  const [claimed] = db
    .update(emailOutbox)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(inArray(emailOutbox.id, nextDue))
    .returning()
    .all();
  return claimed;
}

type Outcome = { ok: true; providerId: string } | { ok: false; error: string };

async function attempt(client: EmailSender, row: OutboxRow, timeoutMs: number): Promise<Outcome> {
  try {
    const { id } = await withTimeout(timeoutMs, (signal) => client.send(row, { signal }));
    return { ok: true, providerId: id };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/**
 * Runs `task` with an abort signal and gives up after `ms`. The signal frees
 * the socket; the race makes sure a sender that ignores it cannot stall the run.
 */
async function withTimeout<T>(ms: number, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`The email provider did not answer within ${ms} ms.`));
      controller.abort();
    }, ms);
  });
  try {
    return await Promise.race([task(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}

/** Writes the outcome of one attempt; says how it counts in the run's result. */
function record(db: Db, row: OutboxRow, outcome: Outcome, now: Date): keyof DeliveryResult {
  const attempts = row.attempts + 1;
  if (outcome.ok) {
    db.update(emailOutbox)
      .set({ state: "sent", sentAt: now, providerId: outcome.providerId, attempts, lastError: null })
      .where(eq(emailOutbox.id, row.id))
      .run();
    return "sent";
  }
  const givesUp = attempts >= MAX_ATTEMPTS;
  db.update(emailOutbox)
    .set({
      state: givesUp ? "failed" : "pending",
      attempts,
      lastError: outcome.error,
      nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
    })
    .where(eq(emailOutbox.id, row.id))
    .run();
  return givesUp ? "failed" : "retried";
}

/** The real sender: the Resend SDK, pointed at RESEND_BASE_URL when set (tests use a stub). */
export function resendSender(apiKey: string, baseUrl: string | undefined, from: string): EmailSender {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    async send(row, options) {
      const { data, error } = await resend.emails.send(
        { from, to: row.toAddress, subject: row.subject, html: row.html, text: row.text },
        { idempotencyKey: row.idempotencyKey, signal: options?.signal },
      );
      // The SDK reports HTTP and network failures as `error` rather than throwing.
      if (error) throw new Error(`${error.name}${error.statusCode ? ` (${error.statusCode})` : ""}: ${error.message}`);
      if (!data?.id) throw new Error("The email provider answered without a message id.");
      return { id: data.id };
    },
  };
}

/**
 * Delivers due messages every `intervalMs` in the background of the server.
 * Runs never overlap; an error is logged and the next tick tries again. The
 * timer is unref'd so it never keeps the process alive. Returns a stop function.
 */
export function startOutboxWorker(intervalMs = 1000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { sent, retried, failed } = await deliverDue();
      if (retried || failed) {
        console.warn(`Email outbox: ${sent} sent, ${retried} to retry, ${failed} given up (see /en/mailbox or the email_outbox table).`);
      }
    } catch (error) {
      console.error("Email outbox: delivery run failed:", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** How many messages are waiting to be sent (for `npm run outbox:send`). */
export function countPending(db: Db = getDb()): number {
  return db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.state, "pending")).get()?.n ?? 0;
}

export type OutboxSummary = Pick<
  OutboxRow,
  "id" | "createdAt" | "toAddress" | "subject" | "kind" | "state" | "language" | "attempts" | "sentAt"
>;

/** The newest messages first, for the local mailbox. */
export function listOutbox(limit = 100): OutboxSummary[] {
  return getDb()
    .select({
      id: emailOutbox.id,
      createdAt: emailOutbox.createdAt,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      kind: emailOutbox.kind,
      state: emailOutbox.state,
      language: emailOutbox.language,
      attempts: emailOutbox.attempts,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit)
    .all();
}

export function getOutboxMessage(id: number): OutboxRow | undefined {
  return getDb().select().from(emailOutbox).where(eq(emailOutbox.id, id)).get();
}
