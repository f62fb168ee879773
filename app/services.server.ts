// What the server does once, before it accepts requests.
import { getDb } from "~db/client.server";
import { seedIfEmpty } from "~db/seed";
import { env, type Env } from "./env.server";

/** Returns the validated environment, for the server to listen on its PORT. */
export function startServices(): Env {
  const config = env(); // a bad variable stops here, with a sentence
  const db = getDb(); // opens the file and applies migrations
  const seeded = seedIfEmpty(db);
  if (seeded) {
    console.log(`Empty database: seeded the demo consultation (${seeded.inserted} rows) in ${config.DATABASE_URL}.`);
  }
  return config;
}
