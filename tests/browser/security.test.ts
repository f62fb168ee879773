// The request protections of the real server (server.mjs + build): security
// headers on every kind of response, the CSP nonce on the page's scripts, the
// same-origin check for form posts, the 1 MB body limit, the refusal to start
// in production without a strong SESSION_SECRET; and, in Chromium, that the
// CSP blocks nothing of the portal's own (it hydrates) and the refusal pages
// and public forms with their honeypot pass axe.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/browser";
import { journey } from "../support/journey";
import { freePort } from "../support/server";

const j = journey();

const TWO_MB = "text=" + "a".repeat(2 * 1024 * 1024);

function expectSecurityHeaders(response: Response, what: string) {
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp, what).toMatch(/default-src 'self'/);
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("permissions-policy"), what).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
  expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(response.headers.get("cross-origin-opener-policy"), what).toBe("same-origin");
  // The test server has no https PUBLIC_URL: no HSTS.
  expect(response.headers.get("strict-transport-security"), what).toBeNull();
}

describe("security headers", () => {
  it("are on pages, resource routes, static files, 404s and refusals", async () => {
    for (const [path, status] of [
      ["/en", 200],
      ["/fr/clusters/1", 200],
      ["/healthz", 200],
      ["/favicon.svg", 200],
      ["/en/no-such-page", 404],
    ] as const) {
      const response = await fetch(`${j.server.url}${path}`);
      expect(response.status, path).toBe(status);
      expectSecurityHeaders(response, path);
    }
  });

  it("give each page a fresh nonce that every script of the page carries", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${j.server.url}/en`);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")![1]!;
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(2);
  });
});

describe("form posts from another website", () => {
  it("are refused with a short page in both languages", async () => {
    const response = await fetch(`${j.server.url}/en/sign-in`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=someone%40example.org",
    });
    expect(response.status).toBe(403);
    expectSecurityHeaders(response, "403");
    const html = await response.text();
    expect(html).toContain("Request refused");
    expect(html).toContain("Demande refusée");
  });

  it("are refused by Referer when there is no Origin", async () => {
    const response = await fetch(`${j.server.url}/en/sign-in`, {
      method: "POST",
      headers: { Referer: "https://evil.example/page", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=someone%40example.org",
    });
    expect(response.status).toBe(403);
  });

  it("from the portal itself go through", async () => {
    const response = await fetch(`${j.server.url}/en/sign-in`, {
      method: "POST",
      headers: { Origin: j.server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=someone%40example.org",
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/en/sign-in/sent");
  });
});

describe("bodies over 1 MB", () => {
  it("get a 413 page in the language of the URL", async () => {
    const response = await fetch(`${j.server.url}/fr/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: TWO_MB,
    });
    expect(response.status).toBe(413);
    expectSecurityHeaders(response, "413");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Votre envoi est trop volumineux");
  });

  it("are counted as they stream when there is no Content-Length", async () => {
    const bytes = new TextEncoder().encode(TWO_MB);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${j.server.url}/en/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: chunked,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("What you sent is too large");
  });

  it("a long answer still fits", async () => {
    // 30,000 accented characters, URL-encoded (6 bytes each): the largest real form.
    const response = await fetch(`${j.server.url}/en/sign-in`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=x&text=${encodeURIComponent("é".repeat(30_000))}`,
    });
    // Not a 413: the sign-in form again, answering the invalid address with a 400 and saying why.
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Enter an email address like name@example.org");
  });
});

describe("starting in production", () => {
  it("refuses a short SESSION_SECRET, saying how to make one", async () => {
    const root = path.resolve(__dirname, "..", "..");
    const child = spawn(process.execPath, ["server.mjs"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        SESSION_SECRET: "too-short",
        PORT: String(await freePort()),
        DATABASE_URL: ":memory:",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/SESSION_SECRET/);
    expect(stderr).toMatch(/openssl rand -base64 48/);
    expect(stderr).not.toContain("too-short");
  });
});

describe("in Chromium", () => {
  it("the CSP blocks none of the portal's scripts: pages hydrate", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    for (const path of ["/en", "/fr/register", "/en/sign-in"]) {
      await page.goto(`${j.server.url}${path}`);
      await page.waitForFunction(() => "__remixRouter" in window);
    }
    await context.close();
    expect(blocked).toEqual([]);
  });

  it("the public forms, with their honeypot, pass axe; the honeypot is out of the keyboard's way", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    for (const path of ["/en/register", "/fr/sign-in"]) {
      await page.goto(`${j.server.url}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
      const honeypot = page.locator('input[name="website_confirm"]');
      expect(await honeypot.getAttribute("tabindex")).toBe("-1");
      expect(await honeypot.getAttribute("autocomplete")).toBe("off");
    }
    await context.close();
  });

  it("the 413 and 403 pages pass axe", async () => {
    const context = await j.browser.newContext();
    const page = await context.newPage();
    // The refusal pages are plain HTML: load them as the browser would show them.
    for (const html of [
      await (await fetch(`${j.server.url}/fr/sign-in`, { method: "POST", body: TWO_MB })).text(),
      await (
        await fetch(`${j.server.url}/en/sign-in`, { method: "POST", headers: { Origin: "https://evil.example" }, body: "a=b" })
      ).text(),
    ]) {
      await page.route(`${j.server.url}/refusal`, (route) => route.fulfill({ contentType: "text/html", body: html }));
      await page.goto(`${j.server.url}/refusal`);
      expect(await axeViolations(page)).toEqual([]);
      await page.unroute(`${j.server.url}/refusal`);
    }
    await context.close();
  });
});
