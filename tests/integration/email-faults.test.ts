// Email faults: the Resend stub fails with 500s, answers 429, or hangs for a
// while. Whatever it does, once it recovers every message in the outbox is
// delivered, and delivered once: counted by idempotency key at the provider
// and by outbox row on our side. The real Resend SDK talks to the stub; the
// worker's clock is fixed (`now`) so backoff is checked without waiting.
import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { getDb, openDatabase } from "~db/client.server";
import { emailOutbox } from "~db/schema";
import { backoffMs, deliverDue, enqueueEmail, type DeliverOptions, type DeliveryResult } from "~/models/email/outbox.server";
import { resendStubForThisFile, type StubRequest } from "../support/resend-stub";

const resend = resendStubForThisFile();

beforeEach(() => {
  getDb().delete(emailOutbox).run();
  resend.stub.messages.length = 0;
  resend.stub.log.length = 0;
  resend.stub.fail(null);
  resend.stub.failNext(0);
  resend.stub.hangFor(0);
});

const t0 = new Date("2026-03-02T14:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
/** Short, so a hanging provider costs the test little real time. */
const TIMEOUT_MS = 100;

function enqueue(count: number, prefix: string): void {
  for (let i = 0; i < count; i++) {
    const to = `${prefix}${i}@example.org`;
    enqueueEmail(getDb(), { to, lang: "en", kind: "receipt", subject: `Receipt ${to}`, html: `<p>${to}</p>`, text: to }, t0);
  }
}

function rows() {
  return getDb().select().from(emailOutbox).orderBy(asc(emailOutbox.id)).all();
}

function run(now: Date, options: DeliverOptions = {}): Promise<DeliveryResult> {
  return deliverDue({ now, timeoutMs: TIMEOUT_MS, limit: 100, ...options });
}

/** The time the earliest pending message is due, or null when none is left. */
function nextDue(): Date | null {
  const pending = rows().filter((r) => r.state === "pending");
  if (pending.length === 0) return null;
  return new Date(Math.min(...pending.map((r) => r.nextAttemptAt.getTime())));
}

/** Runs the worker at each next due time until nothing is pending (a bounded number of runs). */
async function drain(): Promise<number> {
  let runs = 0;
  for (let due = nextDue(); due; due = nextDue()) {
    runs += 1;
    if (runs > 30) throw new Error("The outbox did not drain in 30 runs.");
    await run(due);
  }
  return runs;
}

function requestsFor(key: string): StubRequest["outcome"][] {
  return resend.stub.log.filter((r) => r.idempotencyKey === key).map((r) => r.outcome);
}

/**
 * Nothing lost, nothing twice: every outbox row is sent; the provider kept
 * exactly one message per idempotency key and per recipient; each row's
 * provider id is the id of that one message.
 */
function expectEachDeliveredOnce(expected: number): void {
  const all = rows();
  expect(all).toHaveLength(expected);
  expect(all.filter((r) => r.state !== "sent")).toEqual([]);

  const keys = resend.stub.messages.map((m) => m.idempotencyKey);
  expect(resend.stub.messages).toHaveLength(expected);
  expect(new Set(keys).size).toBe(expected);
  expect(new Set(resend.stub.messages.map((m) => m.to[0])).size).toBe(expected);

  const byKey = new Map(resend.stub.messages.map((m) => [m.idempotencyKey, m]));
  for (const row of all) {
    const message = byKey.get(row.idempotencyKey);
    expect(message, `outbox row ${row.id} reached the provider`).toBeDefined();
    expect(message!.to).toEqual([row.toAddress]);
    expect(row.providerId).toBe(message!.id);
  }
  // And one outbox row per provider message: no row was sent under two keys.
  expect(new Set(all.map((r) => r.providerId)).size).toBe(expected);
}

describe("a provider answering 500 for a while", () => {
  it("keeps every message, retries with growing waits, and sends each once after it recovers", async () => {
    enqueue(6, "five-hundred");
    resend.stub.failNext(9, 500);

    // First run: six requests, six failures; each waits 5 s.
    expect(await run(t0)).toEqual({ sent: 0, failed: 0, retried: 6 });
    expect(rows().every((r) => r.attempts === 1 && r.nextAttemptAt.getTime() === at(backoffMs(1)).getTime())).toBe(true);
    expect(rows()[0]!.lastError).toMatch(/internal_server_error \(500\)/);
    // Nothing is tried again before it is due.
    expect(await run(at(4_999))).toEqual({ sent: 0, failed: 0, retried: 0 });

    // 5 s later: three more failures (now 10 s away), then the provider is back.
    expect(await run(at(5_000))).toEqual({ sent: 3, failed: 0, retried: 3 });
    const waiting = rows().filter((r) => r.state === "pending");
    expect(waiting.map((r) => r.nextAttemptAt.getTime())).toEqual(Array(3).fill(at(5_000 + backoffMs(2)).getTime()));
    expect(await run(at(5_000 + backoffMs(2) - 1))).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await run(at(5_000 + backoffMs(2)))).toEqual({ sent: 3, failed: 0, retried: 0 });

    // Later runs find nothing to do.
    for (let hour = 1; hour <= 3; hour++) expect(await run(at(hour * 3600_000))).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(resend.stub.log).toHaveLength(9 + 6);
    expectEachDeliveredOnce(6);
    expect(
      rows()
        .map((r) => r.attempts)
        .sort(),
    ).toEqual([2, 2, 2, 3, 3, 3]);
    expect(rows().every((r) => r.lastError === null)).toBe(true);
  });
});

describe("a provider answering 429 (rate limited)", () => {
  it("counts it as a failure to retry later, and sends each message once", async () => {
    enqueue(3, "rate-limited");
    resend.stub.failNext(4, 429);

    expect(await run(t0)).toEqual({ sent: 0, failed: 0, retried: 3 });
    expect(rows()[0]!.lastError).toMatch(/rate_limit_exceeded \(429\)/);
    expect(await run(at(5_000))).toEqual({ sent: 2, failed: 0, retried: 1 });
    expect(await drain()).toBe(1);

    expectEachDeliveredOnce(3);
    expect(resend.stub.log.filter((r) => r.outcome === "rate-limit")).toHaveLength(4);
  });
});

describe("a provider that hangs for a while", () => {
  it("times each attempt out, so the run goes on, and sends everything once after the hang", async () => {
    enqueue(3, "down");
    resend.stub.hangFor(10_000); // down: accepts nothing, answers nothing

    // Every attempt gives up after TIMEOUT_MS: a hanging provider never blocks the worker.
    expect(await run(t0)).toEqual({ sent: 0, failed: 0, retried: 3 });
    for (const row of rows()) {
      expect(row).toMatchObject({ state: "pending", attempts: 1 });
      expect(row.lastError).toMatch(new RegExp(`did not answer within ${TIMEOUT_MS} ms`));
    }
    expect(resend.stub.messages).toHaveLength(0);

    resend.stub.hangFor(0);
    expect(await drain()).toBe(1);
    expectEachDeliveredOnce(3);
    for (const row of rows()) expect(requestsFor(row.idempotencyKey)).toEqual(["hang", "sent"]);
  });

  it("does not send twice when the provider accepted the messages but answered too late", async () => {
    enqueue(3, "slow");
    resend.stub.hangFor(10_000, { accept: true }); // accepted at once, answered far too late

    expect(await run(t0)).toEqual({ sent: 0, failed: 0, retried: 3 });
    expect(resend.stub.messages).toHaveLength(3); // they did arrive

    resend.stub.hangFor(0); // the provider is back; the late answers will find no one listening
    expect(await drain()).toBe(1);

    // The retries carried the same idempotency keys: the provider answered
    // with the first ids and sent nothing new.
    expectEachDeliveredOnce(3);
    for (const row of rows()) {
      expect(requestsFor(row.idempotencyKey)).toEqual(["hang", "replayed"]);
      expect(row.attempts).toBe(2);
    }
  });
});

describe("a mix of faults, with two senders sharing the outbox", () => {
  it("loses no message and sends none twice once the provider recovers", async () => {
    enqueue(20, "mixed");
    // A second connection to the same file stands in for `npm run outbox:send`
    // running beside the server's worker.
    const other = openDatabase(process.env.DATABASE_URL!);
    const phases: { name: string; apply: () => void }[] = [
      { name: "500s", apply: () => resend.stub.failNext(7, 500) },
      { name: "429s", apply: () => resend.stub.failNext(5, 429) },
      { name: "late answers", apply: () => resend.stub.hangFor(10_000, { accept: true }) },
      { name: "lost answers", apply: () => resend.stub.fail("lose-reply") },
      { name: "down", apply: () => resend.stub.hangFor(10_000) },
    ];
    try {
      let now = t0;
      for (const phase of phases) {
        phase.apply();
        await Promise.all([run(now, { limit: 4 }), run(now, { limit: 4, db: other })]);
        resend.stub.fail(null);
        resend.stub.hangFor(0);
        now = nextDue() ?? now;
      }
      // Recovered: run both senders until nothing is pending.
      for (let runs = 0; nextDue(); runs++) {
        expect(runs).toBeLessThan(30);
        const due = nextDue()!;
        await Promise.all([run(due, { limit: 6 }), run(due, { limit: 6, db: other })]);
      }
    } finally {
      other.$client.close();
    }

    expectEachDeliveredOnce(20);
    // The faults really happened, and some messages were accepted more than once by request.
    const outcomes = new Set(resend.stub.log.map((r) => r.outcome));
    for (const outcome of ["error", "rate-limit", "hang", "lose-reply", "replayed", "sent"] as const) expect(outcomes).toContain(outcome);
    expect(rows().filter((r) => r.attempts > 1).length).toBeGreaterThan(0);
  });
});

describe("the outbox rows themselves", () => {
  it("say what went wrong last until the message goes through", async () => {
    enqueue(1, "error-text");
    resend.stub.failNext(1, 429);
    await run(t0);
    const [row] = rows();
    expect(row!.lastError).toMatch(/429/);
    resend.stub.failNext(0);
    await run(at(5_000));
    expect(getDb().select().from(emailOutbox).where(eq(emailOutbox.id, row!.id)).get()).toMatchObject({
      state: "sent",
      lastError: null,
      attempts: 2,
    });
  });
});
