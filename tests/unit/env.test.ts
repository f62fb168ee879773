import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "~/env.server";

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
});
