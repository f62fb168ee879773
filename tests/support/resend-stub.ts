// A local stand-in for the Resend API, enough for the real Resend SDK to send
// through it (RESEND_BASE_URL=stub.url): POST /emails with the same answers
// and the same idempotency rule as the real service. Tests read what was
// "sent" from `messages`, and make the service fail or hang to test retries.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, expect } from "vitest";
import { env } from "~/platform/env.server";

export interface StubMessage {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  receivedAt: Date;
}

/**
 * - "error": answer 500 like Resend's internal_server_error, keep nothing;
 * - "rate-limit": answer 429 like Resend's rate_limit_exceeded, keep nothing;
 * - "hang": never answer, keep nothing (a provider that is down or unreachable);
 * - "lose-reply": keep the message, never answer (it was accepted but the
 *   answer was lost: only the idempotency key prevents a second delivery).
 */
export type StubFailure = "error" | "rate-limit" | "hang" | "lose-reply" | null;

/** One POST /emails that passed authentication and validation, and what the stub did with it. */
export interface StubRequest {
  idempotencyKey: string | null;
  to: string[];
  outcome: "sent" | "replayed" | "error" | "rate-limit" | "hang" | "lose-reply" | "late-reply";
  at: Date;
}

export interface ResendStub {
  url: string;
  messages: StubMessage[];
  fail(mode: StubFailure): void;
  /** The next `count` requests fail with `status` (500 internal error or 429 rate limit), then the stub recovers by itself. */
  failNext(count: number, status?: 500 | 429): void;
  /**
   * For the next `ms` milliseconds no request is answered; each is answered
   * when the window ends if its caller still waits. With `accept`, the held
   * messages are kept (the provider accepted them, only its answer is late),
   * so a caller that timed out and retries must carry the same idempotency key.
   */
  hangFor(ms: number, options?: { accept?: boolean }): void;
  /** Every validated request, in order of arrival (retries included). */
  log: StubRequest[];
  waitFor(predicate: (m: StubMessage) => boolean, timeoutMs?: number): Promise<StubMessage>;
  /** How many POST /emails requests arrived, answered or not. */
  requests(): number;
  stop(): Promise<void>;
}

interface Waiter {
  predicate: (m: StubMessage) => boolean;
  resolve: (m: StubMessage) => void;
}

export async function startResendStub(): Promise<ResendStub> {
  const messages: StubMessage[] = [];
  const idsByKey = new Map<string, string>();
  const sockets = new Set<Socket>();
  let waiters: Waiter[] = [];
  let failure: StubFailure = null;
  let requestCount = 0;
  let failNextCount = 0;
  let failNextStatus: 500 | 429 = 500;
  let hangUntil = 0;
  let hangAccepts = false;
  const log: StubRequest[] = [];

  function keep(message: StubMessage): void {
    messages.push(message);
    const matched = waiters.filter((w) => w.predicate(message));
    waiters = waiters.filter((w) => !matched.includes(w));
    for (const w of matched) w.resolve(message);
  }

  function reply(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  }

  function replyError(res: http.ServerResponse, status: number, name: string, message: string): void {
    reply(res, status, { statusCode: status, name, message });
  }

  async function handleSend(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    requestCount += 1;
    if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) {
      return replyError(res, 401, "missing_api_key", "Missing API key in the authorization header.");
    }
    const body = await readJson(req);
    const payload = parsePayload(body);
    if (!payload) return replyError(res, 422, "validation_error", "from, to and subject are required.");
    const key = header(req, "idempotency-key");
    const note = (outcome: StubRequest["outcome"]) => log.push({ idempotencyKey: key, to: payload.to, outcome, at: new Date() });

    if (failNextCount > 0) {
      failNextCount -= 1;
      note(failNextStatus === 429 ? "rate-limit" : "error");
      return failNextStatus === 429 ? replyRateLimited(res) : replyError(res, 500, "internal_server_error", "stub failure");
    }
    const heldFor = hangUntil - Date.now();
    if (heldFor > 0) {
      note("hang");
      // Accepted (or not) now, answered only when the window ends, if anyone still listens.
      const id = hangAccepts ? accept(key, payload) : null;
      setTimeout(() => {
        if (res.writableEnded || res.destroyed || req.socket.destroyed) return;
        note("late-reply");
        if (id) reply(res, 200, { id });
        else replyError(res, 500, "internal_server_error", "stub failure after a hang");
      }, heldFor).unref();
      return;
    }
    if (failure === "error") {
      note("error");
      return replyError(res, 500, "internal_server_error", "stub failure");
    }
    if (failure === "rate-limit") {
      note("rate-limit");
      return replyRateLimited(res);
    }
    if (failure === "hang") {
      note("hang");
      return; // never answer; stop() destroys the socket
    }

    const replayed = key !== null && idsByKey.has(key);
    const id = accept(key, payload);
    note(replayed ? "replayed" : failure === "lose-reply" ? "lose-reply" : "sent");
    if (failure === "lose-reply") return;
    reply(res, 200, { id });
  }

  /** Same key, same answer, and nothing sent twice: Resend's idempotency rule. Returns the message id. */
  function accept(key: string | null, payload: NonNullable<ReturnType<typeof parsePayload>>): string {
    const known = key ? idsByKey.get(key) : undefined;
    if (known) return known;
    const id = randomUUID();
    if (key) idsByKey.set(key, id);
    keep({ id, idempotencyKey: key, ...payload, receivedAt: new Date() });
    return id;
  }

  function replyRateLimited(res: http.ServerResponse): void {
    res.setHeader("Retry-After", "1");
    replyError(res, 429, "rate_limit_exceeded", "Too many requests. You can only make 2 requests per second.");
  }

  const server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === "/emails") {
      handleSend(req, res).catch(() => replyError(res, 400, "validation_error", "The body is not valid JSON."));
      return;
    }
    replyError(res, 404, "not_found", "The stub only knows POST /emails.");
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    fail(mode) {
      failure = mode;
    },
    failNext(count, status = 500) {
      failNextCount = count;
      failNextStatus = status;
    },
    hangFor(ms, options = {}) {
      hangUntil = Date.now() + ms;
      hangAccepts = options.accept ?? false;
    },
    log,
    requests: () => requestCount,
    waitFor(predicate, timeoutMs = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`The Resend stub received no matching message within ${timeoutMs} ms (${messages.length} received).`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function header(req: http.IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function parsePayload(body: unknown): Omit<StubMessage, "id" | "idempotencyKey" | "receivedAt"> | null {
  if (typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  const to = typeof b.to === "string" ? [b.to] : Array.isArray(b.to) ? b.to.filter((x): x is string => typeof x === "string") : [];
  if (typeof b.from !== "string" || typeof b.subject !== "string" || to.length === 0) return null;
  return {
    from: b.from,
    to,
    subject: b.subject,
    html: typeof b.html === "string" ? b.html : "",
    text: typeof b.text === "string" ? b.text : "",
  };
}

/**
 * For an integration test file: a stub that the real Resend SDK in this
 * process sends to. env() reads the environment once per test file, on first
 * use, so RESEND_API_KEY and RESEND_BASE_URL are set in beforeAll, before
 * anything asks for them, and restored afterwards. Use `.stub` inside tests.
 */
export function resendStubForThisFile(): { readonly stub: ResendStub } {
  let stub: ResendStub | undefined;
  const saved = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };
  const restore = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  beforeAll(async () => {
    stub = await startResendStub();
    process.env.RESEND_API_KEY = "re_test";
    process.env.RESEND_BASE_URL = stub.url;
    expect(env().RESEND_BASE_URL).toBe(stub.url);
  });
  afterAll(async () => {
    await stub?.stop();
    restore("RESEND_API_KEY", saved.key);
    restore("RESEND_BASE_URL", saved.url);
  });
  return {
    get stub() {
      if (!stub) throw new Error("The Resend stub starts in beforeAll: use it inside a test or a hook.");
      return stub;
    },
  };
}
