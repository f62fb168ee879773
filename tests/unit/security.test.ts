// The rules behind the request protections (app/security.server.ts), the
// session secret the environment demands, and the demo's self-made secret.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureDemoSessionSecret } from "~/demo-secret.server";
import { parseEnv, servedOverHttps } from "~/env.server";
import { contentSecurityPolicy, isForeignRequest, securityHeaders, tooLargePage } from "~/security.server";

const STRONG = "s".repeat(32);

describe("SESSION_SECRET", () => {
  it("is required in production, at least 32 characters, with a sentence saying how to make one", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET.*openssl rand -base64 48.*\(got nothing\)/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "short-secret" })).toThrow(/\(got 12 characters\)/);
    // The weak value itself is never printed.
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "short-secret" })).not.toThrow(/short-secret/);
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: STRONG }).SESSION_SECRET).toBe(STRONG);
  });

  it("is optional outside production", () => {
    expect(parseEnv({ NODE_ENV: "development" }).SESSION_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "test" }).SESSION_SECRET).toBeUndefined();
  });
});

describe("HTTPS-only protections (Secure cookie, HSTS)", () => {
  it("apply in production behind an https PUBLIC_URL only", () => {
    const https = parseEnv({ NODE_ENV: "production", SESSION_SECRET: STRONG, PUBLIC_URL: "https://consultation.example.ca" });
    const demo = parseEnv({ NODE_ENV: "production", SESSION_SECRET: STRONG, PUBLIC_URL: "http://localhost:3000" });
    const dev = parseEnv({ NODE_ENV: "development", PUBLIC_URL: "https://tunnel.example.ca" });
    expect([servedOverHttps(https), servedOverHttps(demo), servedOverHttps(dev)]).toEqual([true, false, false]);
    expect(securityHeaders("n", https)["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders("n", demo)["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("Content-Security-Policy", () => {
  it("allows inline scripts only with the request's nonce, and no framing", () => {
    const csp = contentSecurityPolicy("abc123==");
    expect(csp).toContain("script-src 'self' 'nonce-abc123=='");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });
});

describe("foreign requests", () => {
  const post = (headers: { origin?: string; referer?: string }) => ({ method: "POST", host: "127.0.0.1:3000", ...headers });

  it("lets reads through whatever their origin", () => {
    expect(isForeignRequest({ method: "GET", origin: "https://evil.example", host: "x" }, undefined)).toBe(false);
    expect(isForeignRequest({ method: "HEAD", referer: "https://evil.example/", host: "x" }, undefined)).toBe(false);
  });

  it("without PUBLIC_URL, compares the Origin with the host the request was sent to", () => {
    expect(isForeignRequest(post({ origin: "http://127.0.0.1:3000" }), undefined)).toBe(false);
    expect(isForeignRequest(post({ origin: "https://evil.example" }), undefined)).toBe(true);
    expect(isForeignRequest(post({ origin: "http://127.0.0.1:4000" }), undefined)).toBe(true);
    expect(isForeignRequest(post({ origin: "null" }), undefined)).toBe(true);
  });

  it("with PUBLIC_URL, only its origin is the portal's", () => {
    const publicUrl = "https://consultation.example.ca/";
    expect(isForeignRequest(post({ origin: "https://consultation.example.ca" }), publicUrl)).toBe(false);
    expect(isForeignRequest(post({ origin: "http://consultation.example.ca" }), publicUrl)).toBe(true);
    expect(isForeignRequest(post({ origin: "http://127.0.0.1:3000" }), publicUrl)).toBe(true);
  });

  it("falls back on the Referer, and lets through a request with neither", () => {
    expect(isForeignRequest(post({ referer: "http://127.0.0.1:3000/en/sign-in" }), undefined)).toBe(false);
    expect(isForeignRequest(post({ referer: "https://evil.example/page" }), undefined)).toBe(true);
    expect(isForeignRequest(post({}), undefined)).toBe(false);
    // The Origin decides when both are present.
    expect(isForeignRequest(post({ origin: "https://evil.example", referer: "http://127.0.0.1:3000/" }), undefined)).toBe(true);
  });
});

describe("the 413 page", () => {
  it("speaks the visitor's language", () => {
    expect(tooLargePage("fr")).toMatch(/<html lang="fr">.*Votre envoi est trop volumineux.*1 Mo/);
    expect(tooLargePage("en")).toMatch(/<html lang="en">.*What you sent is too large.*1 MB/);
  });
});

describe("the demo's session secret", () => {
  it("is made once, kept beside the database (mode 0600), and reused", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-secret-"));
    try {
      const first: Record<string, string | undefined> = { DATABASE_URL: `file:${path.join(dir, "db", "portal.db")}` };
      expect(ensureDemoSessionSecret(first)).toEqual({ file: path.join(dir, "db", ".session-secret"), created: true });
      expect(first.SESSION_SECRET!.length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(path.join(dir, "db", ".session-secret")).mode & 0o777).toBe(0o600);

      const second: Record<string, string | undefined> = { DATABASE_URL: first.DATABASE_URL };
      expect(ensureDemoSessionSecret(second)?.created).toBe(false);
      expect(second.SESSION_SECRET).toBe(first.SESSION_SECRET);

      // A secret set by the operator wins, and no file is touched.
      expect(ensureDemoSessionSecret({ SESSION_SECRET: STRONG, DATABASE_URL: first.DATABASE_URL })).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
