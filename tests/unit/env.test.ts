import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/platform/env.server";

describe("environment", () => {
  it("has working defaults for a fresh machine", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe("data/portal.db");
    expect(env.RESEND_API_KEY).toBeUndefined();
  });
  it("accepts a file: URL for the database", () => {
    expect(parseEnv({ DATABASE_URL: "file:/var/lib/portal.db" }).DATABASE_URL).toBe("/var/lib/portal.db");
  });
  it("stops with a sentence naming the variable and the bad value", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT must be between 1 and 65535 \(got "70000"\)/);
    expect(() => parseEnv({ RESEND_BASE_URL: "localhost:4010" })).toThrow(/RESEND_BASE_URL must be a full URL/);
  });

  describe("in production", () => {
    const complete = {
      NODE_ENV: "production",
      SESSION_SECRET: "s".repeat(48),
      PUBLIC_URL: "https://consultation.example.ca",
      TRUST_PROXY: "loopback",
      RESEND_API_KEY: "re_123",
    };
    const without = (name: keyof typeof complete) => Object.fromEntries(Object.entries(complete).filter(([key]) => key !== name));

    it("starts with every safety setting given", () => {
      const env = parseEnv(complete);
      expect(env.PUBLIC_URL).toBe("https://consultation.example.ca");
      expect(env.TRUST_PROXY).toEqual(["loopback"]);
      expect(env.EMAIL_DELIVERY).toBe("resend");
    });

    it("refuses to start without PUBLIC_URL, saying what it is for", () => {
      expect(() => parseEnv(without("PUBLIC_URL"))).toThrow(
        /PUBLIC_URL: in production PUBLIC_URL must be the address people use.*sign-in links/,
      );
    });

    it("refuses a PUBLIC_URL with a path, and keeps only the origin of one with a slash", () => {
      expect(() => parseEnv({ ...complete, PUBLIC_URL: "https://example.ca/portal" })).toThrow(/origin only, without a path/);
      expect(parseEnv({ ...complete, PUBLIC_URL: "https://consultation.example.ca/" }).PUBLIC_URL).toBe("https://consultation.example.ca");
    });

    it("refuses to start until TRUST_PROXY says which proxy, if any, reports the client", () => {
      expect(() => parseEnv(without("TRUST_PROXY"))).toThrow(/TRUST_PROXY: in production TRUST_PROXY must say which proxy/);
      expect(parseEnv({ ...complete, TRUST_PROXY: "none" }).TRUST_PROXY).toBe(false);
      expect(parseEnv({ ...complete, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
      expect(parseEnv({ ...complete, TRUST_PROXY: "10.0.0.0/8, ::1" }).TRUST_PROXY).toEqual(["10.0.0.0/8", "::1"]);
      // "true" would let any client choose its own address through X-Forwarded-For.
      for (const bad of ["true", "0", "10.0.0.0/40", "proxy.example"]) {
        expect(() => parseEnv({ ...complete, TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY must be none, a number of proxies/);
      }
    });

    it("refuses to start without somewhere for email to go", () => {
      expect(() => parseEnv(without("RESEND_API_KEY"))).toThrow(/email must go somewhere: set RESEND_API_KEY.*EMAIL_DELIVERY=outbox/);
      expect(parseEnv({ ...without("RESEND_API_KEY"), EMAIL_DELIVERY: "outbox" }).EMAIL_DELIVERY).toBe("outbox");
      expect(() => parseEnv({ ...without("RESEND_API_KEY"), EMAIL_DELIVERY: "resend" })).toThrow(
        /EMAIL_DELIVERY=resend needs RESEND_API_KEY/,
      );
    });
  });

  it("outside production, keeps email in the local mailbox and links on localhost", () => {
    const env = parseEnv({ PORT: "4123" });
    expect(env.EMAIL_DELIVERY).toBe("local-mailbox");
    expect(env.PUBLIC_URL).toBe("http://localhost:4123");
    expect(env.TRUST_PROXY).toBe(false);
    expect(parseEnv({ RESEND_API_KEY: "re_1" }).EMAIL_DELIVERY).toBe("resend");
  });
});
