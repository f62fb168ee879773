// Without RESEND_API_KEY (development, tests, the demo) no email leaves the
// machine: the outbox keeps every message, and the local mailbox pages show
// them, to the machine itself only.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { emailOutbox } from "~db/schema";
import { requireMailboxAccess } from "~/models/email/mailbox.server";
import { deliverDue, enqueueEmail, type EmailSender } from "~/models/email/outbox.server";
import { loader as messageLoader, meta as messageMeta } from "~/routes/$lang.mailbox.$id";
import { loader as listLoader, meta as listMeta } from "~/routes/$lang.mailbox._index";
import { signInEmail } from "../../emails/sign-in";

// env() is read once per file: make sure this file runs without a key.
beforeAll(() => {
  delete process.env.RESEND_API_KEY;
});

function args(path: string, params: Record<string, string>, context: unknown, headers: Record<string, string> = {}) {
  return { request: new Request(`http://localhost${path}`, { headers }), params, context: context as { clientIp?: string } };
}

async function status(fn: () => unknown): Promise<number> {
  try {
    await fn();
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("without an API key", () => {
  it("sends nothing and leaves messages pending", async () => {
    enqueueEmail(getDb(), { to: "kept@example.org", lang: "en", kind: "sign-in", subject: "S", html: "<p>H</p>", text: "T" });
    let called = 0;
    const sender: EmailSender = { send: async () => ({ id: String(++called) }) };

    expect(await deliverDue({ client: sender, now: new Date(Date.now() + 3600_000) })).toEqual({ sent: 0, failed: 0, retried: 0 });

    expect(called).toBe(0);
    const rows = getDb().select().from(emailOutbox).all();
    expect(rows.map((r) => [r.state, r.attempts])).toEqual([["pending", 0]]);
  });
});

describe("mailbox access", () => {
  const request = new Request("http://localhost/en/mailbox");
  const allowed = (context: unknown, req = request) => status(() => requireMailboxAccess(req, context));

  it("is open to this machine, over IPv4 and IPv6", async () => {
    for (const clientIp of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(await allowed({ clientIp }), clientIp).toBe(200);
  });

  it("is a 404 for anyone else, or when the client's address is unknown", async () => {
    for (const context of [
      { clientIp: "203.0.113.7" },
      { clientIp: "::ffff:10.0.0.5" },
      { clientIp: "127.0.0.1.evil" },
      {},
      undefined,
      null,
      { clientIp: 127 },
    ]) {
      expect(await allowed(context), JSON.stringify(context)).toBe(404);
    }
  });

  it("is a 404 through a proxy on this machine: the real client is elsewhere", async () => {
    const proxied = new Request("http://localhost/en/mailbox", { headers: { "X-Forwarded-For": "198.51.100.4" } });
    expect(await allowed({ clientIp: "127.0.0.1" }, proxied)).toBe(404);
  });
});

describe("mailbox pages", () => {
  const local = { clientIp: "127.0.0.1" };

  it("list the messages newest first and show one with its HTML and text", async () => {
    const url = "http://localhost:3000/fr/sign-in/verify?token=abc123";
    enqueueEmail(
      getDb(),
      { to: "luc@example.org", lang: "fr", kind: "sign-in", ...signInEmail({ lang: "fr", name: "Luc", url, expiresInMinutes: 15 }) },
      new Date(Date.now() + 1000),
    );

    const list = listLoader(args("/fr/mailbox", { lang: "fr" }, local));
    expect(list.lang).toBe("fr");
    const [newest] = list.messages;
    expect(newest).toMatchObject({ toAddress: "luc@example.org", subject: "Votre lien de connexion", kind: "sign-in", state: "pending" });
    const listTitle = listMeta({ data: list } as Parameters<typeof listMeta>[0]);
    expect(listTitle[0]).toEqual({ title: "Boîte aux lettres locale – Consultation sur la CTO" });

    const one = messageLoader(args(`/fr/mailbox/${newest!.id}`, { lang: "fr", id: String(newest!.id) }, local));
    expect(one.message.html).toContain('<html lang="fr">');
    expect(one.message.text).toContain(url);
    expect(one.links).toEqual([url]);
    const title = messageMeta({ data: one } as Parameters<typeof messageMeta>[0]);
    expect(title[0]).toEqual({ title: "Votre lien de connexion – Boîte aux lettres locale – Consultation sur la CTO" });
  });

  it("are a 404 from elsewhere, for a message that does not exist, and for a bad id", async () => {
    expect(await status(() => listLoader(args("/en/mailbox", { lang: "en" }, { clientIp: "203.0.113.7" })))).toBe(404);
    expect(await status(() => listLoader(args("/en/mailbox", { lang: "en" }, {})))).toBe(404);
    expect(await status(() => messageLoader(args("/en/mailbox/999999", { lang: "en", id: "999999" }, local)))).toBe(404);
    expect(await status(() => messageLoader(args("/en/mailbox/x", { lang: "en", id: "x" }, local)))).toBe(404);
    expect(await status(() => listLoader(args("/de/mailbox", { lang: "de" }, local)))).toBe(404);
  });
});
