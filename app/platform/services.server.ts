// What the server does once, before it accepts requests.
import { getDb } from "~db/client.server";
import { seedIfEmpty } from "~db/seed";
import { seedDemo } from "~db/seed/demo";
import { startCheckpointer } from "./checkpointer.server";
import { ensureDemoSessionSecret } from "./demo-secret.server";
import { env, type Env } from "./env.server";
import { startOutboxWorker } from "../models/email/outbox.server";

/** Returns the validated environment, for the server to listen on its PORT. */
export function startServices(options: { demo?: boolean } = {}): Env {
  const demoSecret = options.demo ? ensureDemoSessionSecret() : null;
  if (options.demo) applyDemoDefaults(process.env);
  const config = env(); // a bad variable stops here, with a sentence
  if (demoSecret) {
    console.log(
      demoSecret.file
        ? `Demo: SESSION_SECRET is not set, so sessions are signed with a secret ${demoSecret.created ? "made now and kept" : "kept"} in ${demoSecret.file}. Set SESSION_SECRET for a real consultation.`
        : "Demo: SESSION_SECRET is not set, so sessions are signed with a secret made for this run only.",
    );
  }
  const db = getDb(); // opens the file and applies migrations
  // WAL checkpoints in a worker thread, not inside a save's commit (checkpointer.server.ts).
  startCheckpointer();
  const seeded = seedIfEmpty(db);
  if (seeded) {
    console.log(`Empty database: seeded the consultation (${seeded.inserted} rows) in ${config.DATABASE_URL}.`);
    if (config.DEMO_DATA) {
      console.log(`Demo data: added ${seedDemo(db)} rows of fictional organizations, answers and report (DEMO_DATA=true).`);
    }
  }
  if (config.EMAIL_DELIVERY === "resend") {
    startOutboxWorker();
    console.log("Email: delivered through Resend by the outbox worker.");
  } else if (config.EMAIL_DELIVERY === "outbox") {
    console.log(
      "Email: EMAIL_DELIVERY=outbox, so no email leaves this machine and no page shows it; `npm run outbox:send` with RESEND_API_KEY delivers it.",
    );
  } else if (config.NODE_ENV === "production") {
    // Loud on purpose: the mailbox shows live sign-in links.
    console.warn(
      [
        "WARNING: EMAIL_DELIVERY=local-mailbox in production. No email leaves this machine; every message,",
        "sign-in links included, is readable at /en/mailbox by anyone on this machine. This is for a demo only:",
        "a real consultation sets RESEND_API_KEY (or EMAIL_DELIVERY=outbox).",
      ].join("\n"),
    );
  } else {
    console.log("Email: no email leaves this machine; messages stay in the local outbox, readable at /en/mailbox on this machine.");
  }
  console.log(`Public address: ${config.PUBLIC_URL} (links in emails; requests for any other host are refused).`);
  return config;
}

/**
 * `npm start` runs the production build as a demo on http://localhost, on a
 * fresh machine where nothing is configured: only there these defaults apply.
 * A real deployment (`npm run serve`) must set each of them itself.
 */
export function applyDemoDefaults(source: Record<string, string | undefined>): void {
  source.PUBLIC_URL ||= `http://localhost:${source.PORT || 3000}`;
  source.TRUST_PROXY ||= "none";
  source.EMAIL_DELIVERY ||= source.RESEND_API_KEY ? "resend" : "local-mailbox";
}
