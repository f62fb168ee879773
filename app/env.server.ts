// Environment variables, validated once at start. A bad value stops the server
// with a sentence that says which variable and what is expected, not a stack.
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

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce
    .number({ message: "PORT must be a number" })
    .int()
    .min(1, "PORT must be between 1 and 65535")
    .max(65535, "PORT must be between 1 and 65535")
    .default(3000),
  /** Path of the SQLite file. "file:" prefixes are accepted and stripped. */
  DATABASE_URL: databaseUrl,
  /** The address people use to reach the portal; used in emailed links. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, message: "PUBLIC_URL must be a full URL such as https://consultation.example.ca" }).optional(),
  /** Without it no email leaves the machine: messages stay in the outbox. */
  RESEND_API_KEY: z.string().trim().min(1).optional(),
  /** Lets tests point the real Resend SDK at a local stub server. */
  RESEND_BASE_URL: z.url({ protocol: /^https?$/, message: "RESEND_BASE_URL must be a full URL such as http://127.0.0.1:4010" }).optional(),
  /** Where the public writes to the consultation team (shown in every page's footer). */
  CONTACT_EMAIL: z
    .email({ message: "CONTACT_EMAIL must be an email address" })
    .default("consultation@example.ca"),
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
  EMAIL_FROM: z
    .string()
    .trim()
    .min(3)
    .default("Consultation <consultation@example.gc.ca>"),
  /**
   * Signs the session cookie. Required in production (at least 32
   * characters, checked below); elsewhere a fixed development secret is used.
   */
  SESSION_SECRET: z.string().optional(),
  /**
   * Worker threads running the long reads (queue, report figures, exports,
   * theme suggestions), each with its own read-only connection
   * (app/models/read-pool.server.ts). 0 runs them on the main thread.
   */
  READ_WORKERS: z.coerce
    .number({ message: "READ_WORKERS must be a whole number from 0 to 16" })
    .int("READ_WORKERS must be a whole number from 0 to 16")
    .min(0, "READ_WORKERS must be a whole number from 0 to 16")
    .max(16, "READ_WORKERS must be a whole number from 0 to 16")
    .default(2),
}).superRefine((value, ctx) => {
  if (value.NODE_ENV === "production" && (value.SESSION_SECRET ?? "").length < MIN_SECRET_LENGTH) {
    ctx.addIssue({
      code: "custom",
      path: ["SESSION_SECRET"],
      message: `in production SESSION_SECRET must be a random value of at least ${MIN_SECRET_LENGTH} characters, which signs the session cookie; make one with \`openssl rand -base64 48\``,
    });
  }
});

export type Env = z.infer<typeof schema>;


export class EnvError extends Error {}

/** Parses an environment; throws EnvError with one readable line per problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable counts as unset, as most shells and .env files mean it.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    // Never print a secret, not even a weak one.
    const secret = name === "SESSION_SECRET";
    const got = !secret ? JSON.stringify(source[name]) : source[name] ? `${source[name].length} characters` : "nothing";
    return `- ${name}: ${issue.message} (got ${got})`;
  });
  throw new EnvError(
    `The portal cannot start: the environment has a bad value.\n${lines.join("\n")}`,
  );
}

/**
 * Whether people reach this portal over HTTPS in production: then the session
 * cookie is Secure and responses carry HSTS. Not in development, nor when
 * PUBLIC_URL is http (as with `npm start` on http://localhost), where a
 * Secure cookie would never come back and nobody could sign in.
 */
export function servedOverHttps(config: Env): boolean {
  return config.NODE_ENV === "production" && (config.PUBLIC_URL ?? "").startsWith("https:");
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
