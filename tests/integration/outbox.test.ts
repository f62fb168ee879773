// The email outbox with an API key: messages go through the real Resend SDK
// to a local Resend-compatible stub, survive failures and timeouts, and are
// delivered exactly once however often and however concurrently the sender runs.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, openDatabase } from "~db/client.server";
import { emailOutbox } from "~db/schema";
import { env } from "~/platform/env.server";
import { requireMailboxAccess } from "~/models/email/mailbox.server";
import {
  backoffMs,
  deliverDue,
  enqueueEmail,
  getOutboxMessage,
  listOutbox,
  MAX_ATTEMPTS,
  type EmailSender,
  type OutgoingEmail,
} from "~/models/email/outbox.server";
import { resendStubForThisFile } from "../support/resend-stub";

const resend = resendStubForThisFile();

beforeEach(() => {
  getDb().delete(emailOutbox).run();
  resend.stub.messages.length = 0;
  resend.stub.fail(null);
});

const t0 = new Date("2026-03-02T14:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function email(to: string, overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return { to, lang: "en", kind: "sign-in", subject: `Hello ${to}`, html: `<p>Hi ${to}</p>`, text: `Hi ${to}`, ...overrides };
}

function rows() {
  return getDb().select().from(emailOutbox).all();
}

function only() {
  const all = rows();
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe("delivery through the Resend SDK", () => {
  it("sends a due message to the provider and marks it sent", async () => {
    enqueueEmail(getDb(), email("amina@example.org", { kind: "receipt", subject: "We received your answers" }), t0);

    expect(await deliverDue({ now: t0 })).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(resend.stub.messages).toHaveLength(1);
    const [sent] = resend.stub.messages;
    const row = only();
    expect(sent).toMatchObject({
      from: env().EMAIL_FROM,
      to: ["amina@example.org"],
      subject: "We received your answers",
      html: "<p>Hi amina@example.org</p>",
      text: "Hi amina@example.org",
      idempotencyKey: row.idempotencyKey,
    });
    expect(row.idempotencyKey).toMatch(/^receipt-[0-9a-f-]{36}$/);
    expect(row).toMatchObject({ state: "sent", attempts: 1, providerId: sent!.id, lastError: null });
    expect(row.sentAt).toEqual(t0);
  });

  it("sends nothing before a message is due, and each message once", async () => {
    enqueueEmail(getDb(), email("later@example.org"), at(60_000));
    expect(await deliverDue({ now: t0 })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await deliverDue({ now: at(60_000) })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await deliverDue({ now: at(120_000) })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(resend.stub.messages).toHaveLength(1);
  });
});

describe("failures", () => {
  it("keeps a message the provider refused and retries it with backoff until it goes through, once", async () => {
    enqueueEmail(getDb(), email("retry@example.org"), t0);
    resend.stub.fail("error");

    expect(await deliverDue({ now: t0 })).toEqual({ sent: 0, failed: 0, retried: 1 });
    let row = only();
    expect(row).toMatchObject({ state: "pending", attempts: 1 });
    expect(row.lastError).toContain("stub failure");
    expect(row.nextAttemptAt).toEqual(at(5_000));

    // Not due yet: nothing is tried.
    expect(await deliverDue({ now: at(4_999) })).toEqual({ sent: 0, failed: 0, retried: 0 });

    // Second failure: the wait doubles.
    expect(await deliverDue({ now: at(5_000) })).toEqual({ sent: 0, failed: 0, retried: 1 });
    row = only();
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt).toEqual(at(15_000));

    resend.stub.fail(null);
    expect(await deliverDue({ now: at(15_000) })).toEqual({ sent: 1, failed: 0, retried: 0 });
    for (let i = 1; i <= 5; i++) await deliverDue({ now: at(15_000 + i * 3600_000) });

    expect(resend.stub.messages).toHaveLength(1);
    expect(only()).toMatchObject({ state: "sent", attempts: 3, lastError: null, providerId: resend.stub.messages[0]!.id });
  });

  it("waits 5 s, 10 s, 20 s… at most an hour, and gives up after 12 attempts", async () => {
    expect([1, 2, 3, 4, 10, 11, 12].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000, 2_560_000, 3_600_000, 3_600_000]);

    enqueueEmail(getDb(), email("never@example.org"), t0);
    resend.stub.fail("error");
    const outcomes = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) outcomes.push(await deliverDue({ now: only().nextAttemptAt }));

    expect(outcomes.slice(0, -1).every((o) => o.retried === 1)).toBe(true);
    expect(outcomes.at(-1)).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(only()).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS });
    // Given up: never tried again.
    resend.stub.fail(null);
    expect(await deliverDue({ now: at(30 * 24 * 3600_000) })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(resend.stub.messages).toHaveLength(0);
  });

  it("times out on a provider that does not answer, and delivers once it recovers", async () => {
    enqueueEmail(getDb(), email("hang@example.org"), t0);
    resend.stub.fail("hang");

    expect(await deliverDue({ now: t0, timeoutMs: 200 })).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(only().lastError).toMatch(/did not answer within 200 ms/);
    expect(resend.stub.messages).toHaveLength(0);

    resend.stub.fail(null);
    expect(await deliverDue({ now: at(5_000), timeoutMs: 200 })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(resend.stub.messages).toHaveLength(1);
    expect(only().state).toBe("sent");
  });

  it("does not send twice when the provider accepted a message but its answer was lost", async () => {
    enqueueEmail(getDb(), email("lost@example.org"), t0);
    resend.stub.fail("lose-reply");
    expect(await deliverDue({ now: t0, timeoutMs: 200 })).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(resend.stub.messages).toHaveLength(1); // it did arrive

    resend.stub.fail(null);
    expect(await deliverDue({ now: at(5_000), timeoutMs: 200 })).toEqual({ sent: 1, failed: 0, retried: 0 });
    // The retry carried the same idempotency key: the provider answered with the first id and sent nothing new.
    expect(resend.stub.messages).toHaveLength(1);
    expect(only().providerId).toBe(resend.stub.messages[0]!.id);
  });

  it("counts a sender that throws, or ignores the timeout, as a failure to retry", async () => {
    enqueueEmail(getDb(), email("a@example.org"), t0);
    const throwing: EmailSender = { send: () => Promise.reject(new Error("socket hang up")) };
    expect(await deliverDue({ now: t0, client: throwing })).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(only().lastError).toBe("socket hang up");

    const deaf: EmailSender = { send: () => new Promise(() => {}) };
    expect(await deliverDue({ now: at(5_000), client: deaf, timeoutMs: 50 })).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(only().attempts).toBe(2);
  });
});

describe("concurrent senders", () => {
  it("send each message once when two runs overlap in one process", async () => {
    for (let i = 0; i < 8; i++) enqueueEmail(getDb(), email(`p${i}@example.org`), t0);
    const runs = await Promise.all([deliverDue({ now: t0 }), deliverDue({ now: t0 }), deliverDue({ now: t0 })]);

    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(8);
    expect(resend.stub.messages).toHaveLength(8);
    expect(new Set(resend.stub.messages.map((m) => m.to[0])).size).toBe(8);
    expect(rows().every((r) => r.state === "sent" && r.attempts === 1)).toBe(true);
  });

  it("send each message once when the server's worker and `npm run outbox:send` share the file", async () => {
    for (let i = 0; i < 8; i++) enqueueEmail(getDb(), email(`q${i}@example.org`), t0);
    // A second connection to the same SQLite file stands in for the second process.
    const other = openDatabase(process.env.DATABASE_URL!);
    const calls = new Map<string, number>();
    const counting = (name: string): EmailSender => ({
      async send(row) {
        calls.set(row.idempotencyKey, (calls.get(row.idempotencyKey) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { id: `${name}-${row.id}` };
      },
    });
    try {
      const [a, b] = await Promise.all([
        deliverDue({ now: t0, client: counting("worker") }),
        deliverDue({ now: t0, client: counting("script"), db: other }),
      ]);
      expect(a.sent + b.sent).toBe(8);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      other.$client.close();
    }
    expect([...calls.values()]).toEqual(Array(8).fill(1));
  });

  it("leave a message being sent alone for a minute, then take it up if its sender died", async () => {
    enqueueEmail(getDb(), email("leased@example.org"), t0);
    let release!: () => void;
    const slow: EmailSender = { send: () => new Promise((resolve) => (release = () => resolve({ id: "slow" }))) };
    const first = deliverDue({ now: t0, client: slow });

    // While the first sender holds the lease, another run finds nothing due.
    expect(await deliverDue({ now: at(59_999) })).toEqual({ sent: 0, failed: 0, retried: 0 });
    release();
    expect(await first).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(resend.stub.messages).toHaveLength(0);
    expect(only().providerId).toBe("slow");
  });
});

describe("enqueueing", () => {
  it("writes nothing when the transaction it belongs to rolls back", () => {
    expect(() =>
      getDb().transaction((tx) => {
        enqueueEmail(tx, email("rollback@example.org"));
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    expect(rows()).toHaveLength(0);

    getDb().transaction((tx) => enqueueEmail(tx, email("commit@example.org")));
    expect(rows().map((r) => r.toAddress)).toEqual(["commit@example.org"]);
  });

  it("keeps the message's language and kind, newest first in the mailbox list", () => {
    enqueueEmail(getDb(), email("one@example.org", { lang: "fr", kind: "invitation" }), t0);
    enqueueEmail(getDb(), email("two@example.org"), at(1_000));
    const list = listOutbox();
    expect(list.map((m) => m.toAddress)).toEqual(["two@example.org", "one@example.org"]);
    const message = getOutboxMessage(list[1]!.id);
    expect(message).toMatchObject({ language: "fr", kind: "invitation", state: "pending", attempts: 0, html: "<p>Hi one@example.org</p>" });
    expect(getOutboxMessage(999_999)).toBeUndefined();
  });
});

describe("the local mailbox", () => {
  it("does not exist once emails really leave the machine, even from this machine", () => {
    expect(() => requireMailboxAccess(new Request("http://localhost/en/mailbox"), { clientIp: "127.0.0.1" })).toThrow(Response);
  });
});
