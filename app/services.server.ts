// What the server does once, before it accepts requests.
import { getDb } from "~db/client.server";
import { seedIfEmpty } from "~db/seed";
import { seedDemo } from "~db/seed/demo";
import { ensureDemoSessionSecret } from "./demo-secret.server";
import { env, type Env } from "./env.server";
import { startOutboxWorker } from "./models/outbox.server";

/** Returns the validated environment, for the server to listen on its PORT. */
export function startServices(options: { demo?: boolean } = {}): Env {
  const demoSecret = options.demo ? ensureDemoSessionSecret() : null;
  const config = env(); // a bad variable stops here, with a sentence
  if (demoSecret) {
    console.log(
      demoSecret.file
        ? `Demo: SESSION_SECRET is not set, so sessions are signed with a secret ${demoSecret.created ? "made now and kept" : "kept"} in ${demoSecret.file}. Set SESSION_SECRET for a real consultation.`
        : "Demo: SESSION_SECRET is not set, so sessions are signed with a secret made for this run only.",
    );
  }
  const db = getDb(); // opens the file and applies migrations
  const seeded = seedIfEmpty(db);
  if (seeded) {
    console.log(`Empty database: seeded the consultation (${seeded.inserted} rows) in ${config.DATABASE_URL}.`);
    if (config.DEMO_DATA) {
      console.log(`Demo data: added ${seedDemo(db)} rows of fictional organizations, answers and report (DEMO_DATA=true).`);
    }
  }
  if (config.RESEND_API_KEY) {
    startOutboxWorker();
    console.log("Email: delivered through Resend by the outbox worker.");
  } else {
    console.log("Email: RESEND_API_KEY is not set, so no email leaves this machine; messages stay in the local outbox, readable at /en/mailbox on this machine.");
  }
  return config;
}
