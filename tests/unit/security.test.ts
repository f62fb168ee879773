// The rules behind the request protections (app/platform/security.server.ts), the
// session secret the environment demands, and the demo's self-made secret.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureDemoSessionSecret } from "~/platform/demo-secret.server";
import { parseEnv, servedOverHttps } from "~/platform/env.server";
import { clientAddressKey } from "~/platform/client-address.server";
import {
  allowedHosts,
  allowedOrigins,
  contentSecurityPolicy,
  hostAllowed,
  isForeignRequest,
  securityHeaders,
  tooLargePage,
} from "~/platform/security.server";

const STRONG = "s".repeat(32);
/** Everything else production requires (see tests/unit/env.test.ts). */
const PRODUCTION = { NODE_ENV: "production", PUBLIC_URL: "https://consultation.example.ca", TRUST_PROXY: "none", EMAIL_DELIVERY: "outbox" };

describe("SESSION_SECRET", () => {
  it("is required in production, at least 32 characters, with a sentence saying how to make one", () => {
    expect(() => parseEnv(PRODUCTION)).toThrow(/SESSION_SECRET.*openssl rand -base64 48.*\(got nothing\)/);
    expect(() => parseEnv({ ...PRODUCTION, SESSION_SECRET: "short-secret" })).toThrow(/\(got 12 characters\)/);
    // The weak value itself is never printed.
    expect(() => parseEnv({ ...PRODUCTION, SESSION_SECRET: "short-secret" })).not.toThrow(/short-secret/);
    expect(parseEnv({ ...PRODUCTION, SESSION_SECRET: STRONG }).SESSION_SECRET).toBe(STRONG);
  });

  it("is optional outside production", () => {
    expect(parseEnv({ NODE_ENV: "development" }).SESSION_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "test" }).SESSION_SECRET).toBeUndefined();
  });
});

describe("HTTPS-only protections (Secure cookie, HSTS)", () => {
  it("apply in production behind an https PUBLIC_URL only", () => {
    const https = parseEnv({ ...PRODUCTION, SESSION_SECRET: STRONG, PUBLIC_URL: "https://consultation.example.ca" });
    const demo = parseEnv({ ...PRODUCTION, SESSION_SECRET: STRONG, PUBLIC_URL: "http://localhost:3000" });
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
  const post = (headers: { origin?: string; referer?: string }) => ({ method: "POST", ...headers });
  const local = allowedOrigins("http://127.0.0.1:3000");

  it("lets reads through whatever their origin", () => {
    expect(isForeignRequest({ method: "GET", origin: "https://evil.example" }, local)).toBe(false);
    expect(isForeignRequest({ method: "HEAD", referer: "https://evil.example/" }, local)).toBe(false);
  });

  it("compares the Origin with PUBLIC_URL's, scheme and port included", () => {
    expect(isForeignRequest(post({ origin: "http://127.0.0.1:3000" }), local)).toBe(false);
    expect(isForeignRequest(post({ origin: "https://evil.example" }), local)).toBe(true);
    expect(isForeignRequest(post({ origin: "http://127.0.0.1:4000" }), local)).toBe(true);
    expect(isForeignRequest(post({ origin: "null" }), local)).toBe(true);
    const live = allowedOrigins("https://consultation.example.ca");
    expect(isForeignRequest(post({ origin: "https://consultation.example.ca" }), live)).toBe(false);
    expect(isForeignRequest(post({ origin: "http://consultation.example.ca" }), live)).toBe(true);
    expect(isForeignRequest(post({ origin: "http://127.0.0.1:3000" }), live)).toBe(true);
  });

  it("takes 127.0.0.1 and [::1] for localhost, the demo's address", () => {
    const demo = allowedOrigins("http://localhost:3000");
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      expect(isForeignRequest(post({ origin }), demo), origin).toBe(false);
    }
    expect(isForeignRequest(post({ origin: "http://localhost:3001" }), demo)).toBe(true);
  });

  it("falls back on the Referer, and lets through a request with neither", () => {
    expect(isForeignRequest(post({ referer: "http://127.0.0.1:3000/en/sign-in" }), local)).toBe(false);
    expect(isForeignRequest(post({ referer: "https://evil.example/page" }), local)).toBe(true);
    expect(isForeignRequest(post({}), local)).toBe(false);
    // The Origin decides when both are present.
    expect(isForeignRequest(post({ origin: "https://evil.example", referer: "http://127.0.0.1:3000/" }), local)).toBe(true);
  });
});

describe("the Host a request names", () => {
  it("is PUBLIC_URL's, with or without its default port, in any case", () => {
    const hosts = allowedHosts("https://consultation.example.ca");
    expect(hostAllowed("consultation.example.ca", hosts)).toBe(true);
    expect(hostAllowed("Consultation.Example.CA:443", hosts)).toBe(true);
    expect(hostAllowed("attacker.example", hosts)).toBe(false);
    expect(hostAllowed("consultation.example.ca:8443", hosts)).toBe(false);
    expect(hostAllowed("consultation.example.ca.attacker.example", hosts)).toBe(false);
    expect(hostAllowed(undefined, hosts)).toBe(false);
    expect(hostAllowed("bad host\r\n", hosts)).toBe(false);
  });

  it("for localhost, is also 127.0.0.1 and [::1] at the same port", () => {
    const hosts = allowedHosts("http://localhost:3000");
    expect([...hosts].sort()).toEqual(["127.0.0.1:3000", "[::1]:3000", "localhost:3000"]);
  });
});

describe("the client key of rate limits", () => {
  it("is the IPv4 address, also when written as IPv6-mapped", () => {
    expect(clientAddressKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("is the /64 of an IPv6 address, however it is written", () => {
    const key = clientAddressKey("2001:db8:1:2::1");
    expect(key).toBe("2001:db8:1:2::/64");
    expect(clientAddressKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe(key);
    expect(clientAddressKey("2001:db8:1:2:3:4:5:6%eth0")).toBe(key);
    expect(clientAddressKey("2001:db8:1:3::1")).not.toBe(key);
    expect(clientAddressKey("::1")).toBe("0:0:0:0::/64");
  });

  it("is 'unknown' without an address", () => {
    expect(clientAddressKey(undefined)).toBe("unknown");
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
