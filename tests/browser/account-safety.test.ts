// Issue 14 against the real server (server.mjs + build, NODE_ENV=production):
// a request for another Host is refused before anything happens, production
// will not start without the settings that keep links and the mailbox safe,
// the mailbox is closed to proxies and other host names, clients behind a
// trusted proxy get their own rate limits, a tampered `next` is a 4xx, and a
// signed-in page is never stored. The rules themselves are tested in
// tests/integration/account-safety.test.ts.
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser";
import { journey } from "../support/journey";
import { freePort, startServer } from "../support/server";

const j = journey();

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with headers fetch() will not send as given (Host above all). */
function raw(
  base: string,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: pathname,
        method: options.method ?? "GET",
        headers: options.headers,
        setHost: !options.headers?.Host,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    if (options.body) request.write(options.body);
    request.end();
  });
}

const form = (fields: Record<string, string>) => ({
  "Content-Type": "application/x-www-form-urlencoded",
  body: new URLSearchParams(fields).toString(),
});

function outboxCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM email_outbox").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function addUser(file: string, email: string, role: "admin" | "respondent" = "admin"): void {
  const db = new Database(file);
  try {
    db.prepare("INSERT INTO users (email, name, role, language) VALUES (?, ?, ?, 'en')").run(email, "Probe Target", role);
  } finally {
    db.close();
  }
}

function lastMailTo(file: string, email: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT text FROM email_outbox WHERE to_address = ? ORDER BY id DESC").get(email) as { text: string }).text;
  } finally {
    db.close();
  }
}

describe("a request for another host", () => {
  it("is refused with a 400 page in both languages, and asks for no email", async () => {
    const admin = "admin.host@example.org";
    addUser(j.server.databaseFile, admin);
    const before = outboxCount(j.server.databaseFile);
    const { body, ...type } = form({ email: admin });
    const response = await raw(j.server.url, "/en/sign-in", { method: "POST", headers: { ...type, Host: "attacker.example" }, body });
    expect(response.status).toBe(400);
    expect(response.body).toContain("Unknown address");
    expect(response.body).toContain("Adresse inconnue");
    expect(outboxCount(j.server.databaseFile)).toBe(before);
  });

  it("gets the same 400, never a 500, when the Host is not even a host name", async () => {
    for (const host of ["attacker.example", "bad[host", "127.0.0.1:1", "%", "localhost:3000"]) {
      const response = await raw(j.server.url, "/en", { headers: { Host: host } });
      expect(response.status, host).toBe(400);
    }
  });

  it("does not stop a load balancer's health check", async () => {
    expect((await raw(j.server.url, "/healthz", { headers: { Host: "10.0.0.12:3000" } })).status).toBe(200);
  });

  it("sends links built from PUBLIC_URL when asked at the portal's own address", async () => {
    const email = "admin.link@example.org";
    addUser(j.server.databaseFile, email);
    const response = await fetch(`${j.server.url}/en/sign-in`, {
      method: "POST",
      body: new URLSearchParams({ email }),
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(lastMailTo(j.server.databaseFile, email)).toContain(`${j.server.url}/en/sign-in/verify?token=`);
  });

  it("the refusal page passes axe", async () => {
    const html = (await raw(j.server.url, "/fr", { headers: { Host: "attacker.example" } })).body;
    const context = await j.browser.newContext();
    const page = await context.newPage();
    await page.route(`${j.server.url}/refusal`, (route) => route.fulfill({ contentType: "text/html", body: html }));
    await page.goto(`${j.server.url}/refusal`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("the local mailbox", () => {
  it("is closed to a same-host proxy that sends only X-Real-IP, and to another host name (DNS rebinding)", async () => {
    expect((await raw(j.server.url, "/en/mailbox")).status).toBe(200);
    expect((await raw(j.server.url, "/en/mailbox", { headers: { "X-Real-IP": "203.0.113.9" } })).status).toBe(404);
    const port = new URL(j.server.url).port;
    expect((await raw(j.server.url, "/en/mailbox", { headers: { Host: `rebind.attacker.example:${port}` } })).status).toBe(400);
  });

  it("does not exist in production when mail is kept in the outbox", async () => {
    const quiet = await startServer({ EMAIL_DELIVERY: "outbox" });
    try {
      expect((await fetch(`${quiet.url}/en/mailbox`)).status).toBe(404);
      expect((await fetch(`${quiet.url}/fr/mailbox`)).status).toBe(404);
    } finally {
      await quiet.stop();
    }
  });
});

describe("starting in production", () => {
  async function start(env: Record<string, string | undefined>) {
    const root = path.resolve(__dirname, "..", "..");
    const child = spawn(process.execPath, ["server.mjs"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        SESSION_SECRET: "s".repeat(48),
        PORT: String(await freePort()),
        DATABASE_URL: ":memory:",
        PUBLIC_URL: "https://consultation.example.ca",
        TRUST_PROXY: "loopback",
        EMAIL_DELIVERY: "outbox",
        RESEND_API_KEY: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    return { code, stderr };
  }

  it("refuses to start without PUBLIC_URL, saying why", async () => {
    const { code, stderr } = await start({ PUBLIC_URL: "" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PUBLIC_URL: in production PUBLIC_URL must be the address people use to reach the portal/);
  });

  it("refuses to start with no email key and no choice to keep mail in the outbox", async () => {
    const { code, stderr } = await start({ EMAIL_DELIVERY: "" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/email must go somewhere: set RESEND_API_KEY.*EMAIL_DELIVERY=outbox/);
  });

  it("refuses to start until TRUST_PROXY is chosen", async () => {
    const { code, stderr } = await start({ TRUST_PROXY: "" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/TRUST_PROXY: in production TRUST_PROXY must say which proxy/);
  });
});

describe("behind a trusted proxy", () => {
  it("two visitors get separate rate limits, keyed on X-Forwarded-For", async () => {
    const proxied = await startServer({ TRUST_PROXY: "loopback" });
    try {
      const ask = (client: string, i: number) => {
        const { body, ...type } = form({ email: `proxy.${client}.${i}@example.org` });
        return raw(proxied.url, "/en/sign-in", { method: "POST", headers: { ...type, "X-Forwarded-For": client }, body });
      };
      // 20 links per client per 15 minutes (LIMITS.signInPerClient).
      for (let i = 0; i < 20; i++) expect((await ask("198.51.100.1", i)).status).toBe(302);
      const limited = await ask("198.51.100.1", 20);
      expect(limited.status).toBe(200);
      expect(limited.body).toContain("Too many sign-in links were asked for from this connection");
      expect((await ask("198.51.100.2", 0)).status).toBe(302);
    } finally {
      await proxied.stop();
    }
  });

  it("without TRUST_PROXY, X-Forwarded-For is ignored: a client cannot pick new keys", async () => {
    const direct = await startServer({ TRUST_PROXY: "none" });
    try {
      let last: RawResponse | undefined;
      for (let i = 0; i < 21; i++) {
        const { body, ...type } = form({ email: `spoof.${i}@example.org` });
        last = await raw(direct.url, "/en/sign-in", { method: "POST", headers: { ...type, "X-Forwarded-For": `203.0.113.${i}` }, body });
      }
      expect(last!.status).toBe(200);
      expect(last!.body).toContain("Too many sign-in links were asked for from this connection");
    } finally {
      await direct.stop();
    }
  });
});

describe("signed in", () => {
  async function signIn(email: string): Promise<string> {
    addUser(j.server.databaseFile, email, "admin");
    await fetch(`${j.server.url}/en/sign-in`, { method: "POST", body: new URLSearchParams({ email }), redirect: "manual" });
    const token = /token=([A-Za-z0-9_-]+)/.exec(lastMailTo(j.server.databaseFile, email))![1]!;
    const verified = await fetch(`${j.server.url}/en/sign-in/verify`, {
      method: "POST",
      body: new URLSearchParams({ token }),
      redirect: "manual",
    });
    expect(verified.status).toBe(302);
    return verified.headers
      .getSetCookie()
      .find((c) => c.startsWith("__session="))!
      .split(";")[0]!;
  }

  it("pages and downloads are never stored; fingerprinted assets keep their year", async () => {
    const cookie = await signIn("no.store@example.org");
    for (const pathname of ["/en/admin/queue", "/en/sessions", "/en/privacy", "/en/admin/answers.csv"]) {
      const response = await fetch(`${j.server.url}${pathname}`, { headers: { Cookie: cookie } });
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get("cache-control"), pathname).toBe("no-store");
    }
    const home = await (await fetch(`${j.server.url}/en`)).text();
    const asset = /\/build\/[^"]+\.js/.exec(home)![0];
    expect((await fetch(`${j.server.url}${asset}`, { headers: { Cookie: cookie } })).headers.get("cache-control")).toMatch(/immutable/);
  });

  it("a sign-in link with a tampered next is a 400 and stays usable", async () => {
    const email = "tampered.next@example.org";
    addUser(j.server.databaseFile, email, "admin");
    await fetch(`${j.server.url}/en/sign-in`, { method: "POST", body: new URLSearchParams({ email }), redirect: "manual" });
    const token = /token=([A-Za-z0-9_-]+)/.exec(lastMailTo(j.server.databaseFile, email))![1]!;
    for (const next of ["/en/admin\r\nSet-Cookie: a=b", "/en/admin\u2028"]) {
      const response = await fetch(`${j.server.url}/en/sign-in/verify`, {
        method: "POST",
        body: new URLSearchParams({ token, next }),
        redirect: "manual",
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This link has been changed since we sent it");
    }
    const good = await fetch(`${j.server.url}/en/sign-in/verify`, {
      method: "POST",
      body: new URLSearchParams({ token }),
      redirect: "manual",
    });
    expect(good.status).toBe(302);
  });
});
