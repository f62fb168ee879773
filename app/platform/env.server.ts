// Environment variables, validated once at start. A bad value stops the server
// with a sentence that says which variable and what is expected, not a stack.
import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import { z } from "zod";

export const MIN_SECRET_LENGTH = 32;
/**
 * Signs session cookies outside production (development, tests) so nothing
 * needs configuring there. Production refuses to start without its own.
 */
export const DEVELOPMENT_SESSION_SECRET = "development-only-session-secret-never-used-in-production";

const databaseUrl = z
  .string()
  .trim()
  .min(1, "DATABASE_URL must be a file path such as data/portal.db")
  .default("data/portal.db")
  .transform((value) => value.replace(/^file:/, ""));

/** The database file DATABASE_URL names, read before the whole environment is. */
export function databaseFile(source: Record<string, string | undefined>): string {
  const result = databaseUrl.safeParse(source.DATABASE_URL || undefined);
  return result.success ? result.data : "data/portal.db";
}

/**
 * What Express's "trust proxy" setting takes (proxy-addr, which Express
 * already uses): false, a hop count, or addresses and ranges. "true" (trust
 * any X-Forwarded-For) is refused: any client could then pick its address.
 */
export type TrustProxy = false | number | string[];

const PROXY_RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, bits, extra] = entry.split("/");
  if (extra !== undefined || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (value === "none" || value === "false") return false;
    if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10) return Number(value);
    const entries = value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (entries.length > 0 && entries.every(isProxyAddress)) return entries;
    ctx.addIssue({
      code: "custom",
      message:
        "TRUST_PROXY must be none, a number of proxies from 1 to 10, or proxy addresses and ranges separated by commas such as loopback or 10.0.0.0/8",
    });
    return z.NEVER;
  });

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce
      .number({ message: "PORT must be a number" })
      .int()
      .min(1, "PORT must be between 1 and 65535")
      .max(65535, "PORT must be between 1 and 65535")
      .default(3000),
    /** Path of the SQLite file. "file:" prefixes are accepted and stripped. */
    DATABASE_URL: databaseUrl,
    /**
     * The address people use to reach the portal. Every link in an email is
     * built from it, never from the request's Host, and a request sent to any
     * other host is refused (app/platform/security.server.ts). Required in production;
     * elsewhere (and under `npm start`'s --demo) it is http://localhost:PORT.
     */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, message: "PUBLIC_URL must be a full URL such as https://consultation.example.ca" })
      .refine((value) => new URL(value).pathname === "/" && !new URL(value).search && !new URL(value).hash, {
        message: "PUBLIC_URL must be the portal's origin only, without a path, such as https://consultation.example.ca",
      })
      .transform((value) => new URL(value).origin)
      .optional(),
    /**
     * Which proxies in front of the portal may say who the client is (through
     * X-Forwarded-For): "none" (people connect straight to the portal), a
     * number of proxy hops, or a comma-separated list of proxy addresses and
     * ranges ("loopback", "uniquelocal", "10.0.0.0/8", "::1"). Rate limits key
     * on the client address this gives; behind a proxy without it, every
     * visitor would share the proxy's address and one visitor's limit.
     * Required in production, so that the choice is made, not defaulted.
     */
    TRUST_PROXY: trustProxy.optional(),
    /** The key of the Resend account that sends the portal's email. */
    RESEND_API_KEY: z.string().trim().min(1).optional(),
    /**
     * Where email goes: "resend" (sent; needs RESEND_API_KEY), "outbox" (kept
     * in the outbox table and shown nowhere, for `npm run outbox:send` later)
     * or "local-mailbox" (kept, and readable at /en/mailbox from this machine:
     * development, tests and the `npm start` demo). It defaults to "resend"
     * with a key, to "local-mailbox" outside production, and production
     * without a key refuses to start until one is chosen: the mailbox holds
     * live sign-in links.
     */
    EMAIL_DELIVERY: z
      .enum(["resend", "outbox", "local-mailbox"], { message: "EMAIL_DELIVERY must be resend, outbox or local-mailbox" })
      .optional(),
    /** Lets tests point the real Resend SDK at a local stub server. */
    RESEND_BASE_URL: z
      .url({ protocol: /^https?$/, message: "RESEND_BASE_URL must be a full URL such as http://127.0.0.1:4010" })
      .optional(),
    /** Where the public writes to the consultation team (shown in every page's footer). */
    CONTACT_EMAIL: z.email({ message: "CONTACT_EMAIL must be an email address" }).default("consultation@example.ca"),
    /**
     * Whether an empty database is also filled with the demo's fictional
     * organizations and answers (db/seed/demo-answers.ts). Off unless asked
     * for: `npm start` asks (server.mjs --demo) so the demo shows a working
     * workspace and report; `npm run serve`, for a real consultation, does not.
     */
    DEMO_DATA: z
      .enum(["true", "false"], { message: "DEMO_DATA must be true or false" })
      .default("false")
      .transform((value) => value === "true"),
    EMAIL_FROM: z.string().trim().min(3).default("Consultation <consultation@example.gc.ca>"),
    /**
     * Signs the session cookie. Required in production (at least 32
     * characters, checked below); elsewhere a fixed development secret is used.
     */
    SESSION_SECRET: z.string().optional(),
    /**
     * Worker threads running the long reads (queue, report figures, exports,
     * theme suggestions), each with its own read-only connection
     * (app/platform/read-pool.server.ts). 0 runs them on the main thread.
     * The default leaves one core to the event loop: the long reads are CPU
     * bound, and with as many workers as cores the main thread's short work
     * waits for a time slice (measured on 2 cores under the mixed load: one
     * worker answered public pages and saves about twice as fast as two;
     * README, Performance).
     */
    READ_WORKERS: z.coerce
      .number({ message: "READ_WORKERS must be a whole number from 0 to 16" })
      .int("READ_WORKERS must be a whole number from 0 to 16")
      .min(0, "READ_WORKERS must be a whole number from 0 to 16")
      .max(16, "READ_WORKERS must be a whole number from 0 to 16")
      .default(Math.min(16, Math.max(1, availableParallelism() - 1))),
  })
  .superRefine((value, ctx) => {
    const production = value.NODE_ENV === "production";
    if (production && !value.PUBLIC_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["PUBLIC_URL"],
        message:
          "in production PUBLIC_URL must be the address people use to reach the portal, such as https://consultation.example.ca: sign-in links in emails are built from it and requests to any other host are refused",
      });
    }
    if (production && value.TRUST_PROXY === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["TRUST_PROXY"],
        message:
          'in production TRUST_PROXY must say which proxy in front of the portal reports the client\'s address: "none" when people connect to the portal directly, else the proxy\'s address ("loopback" for one on the same machine) or the number of proxies',
      });
    }
    if (value.EMAIL_DELIVERY === "resend" && !value.RESEND_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "EMAIL_DELIVERY=resend needs RESEND_API_KEY, the key of the Resend account",
      });
    }
    if (production && !value.EMAIL_DELIVERY && !value.RESEND_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message:
          "in production email must go somewhere: set RESEND_API_KEY to send it, or EMAIL_DELIVERY=outbox to keep it in the outbox (no page shows it; send it later with `npm run outbox:send`)",
      });
    }
    if (production && (value.SESSION_SECRET ?? "").length < MIN_SECRET_LENGTH) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: `in production SESSION_SECRET must be a random value of at least ${MIN_SECRET_LENGTH} characters, which signs the session cookie; make one with \`openssl rand -base64 48\``,
      });
    }
  });

type ParsedEnv = z.infer<typeof schema>;

/** The environment with the defaults that depend on other variables filled in. */
export type Env = Omit<ParsedEnv, "PUBLIC_URL" | "TRUST_PROXY" | "EMAIL_DELIVERY"> & {
  PUBLIC_URL: string;
  TRUST_PROXY: TrustProxy;
  EMAIL_DELIVERY: "resend" | "outbox" | "local-mailbox";
};

function withDefaults(value: ParsedEnv): Env {
  return {
    ...value,
    PUBLIC_URL: value.PUBLIC_URL ?? `http://localhost:${value.PORT}`,
    TRUST_PROXY: value.TRUST_PROXY ?? false,
    EMAIL_DELIVERY: value.EMAIL_DELIVERY ?? (value.RESEND_API_KEY ? "resend" : "local-mailbox"),
  };
}

export class EnvError extends Error {}

/** Parses an environment; throws EnvError with one readable line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable counts as unset, as most shells and .env files mean it.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return withDefaults(result.data);
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    // Never print a secret, not even a weak one.
    const secret = name === "SESSION_SECRET";
    const got = !secret ? JSON.stringify(source[name]) : source[name] ? `${source[name].length} characters` : "nothing";
    return `- ${name}: ${issue.message} (got ${got})`;
  });
  throw new EnvError(`The portal cannot start: the environment has a bad value.\n${lines.join("\n")}`);
}

/**
 * Whether people reach this portal over HTTPS in production: then the session
 * cookie is Secure and responses carry HSTS. Not in development, nor when
 * PUBLIC_URL is http (as with `npm start` on http://localhost), where a
 * Secure cookie would never come back and nobody could sign in.
 */
export function servedOverHttps(config: Env): boolean {
  return config.NODE_ENV === "production" && config.PUBLIC_URL.startsWith("https:");
}

/** The secret that signs session cookies. */
export function sessionSecret(config: Env): string {
  return config.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET;
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
