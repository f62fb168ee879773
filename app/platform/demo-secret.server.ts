// `npm start` runs the demo in production mode on a fresh machine, where
// nobody has set SESSION_SECRET. Only there (server.mjs --demo) the portal
// makes one itself and keeps it beside the database, so sessions survive a
// restart. A real deployment (`npm run serve`) must set its own.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseFile } from "./env.server";

/**
 * Sets process.env.SESSION_SECRET from `<database folder>/.session-secret`,
 * creating that file (mode 0600) the first time. Returns what it did, or null
 * when a secret was already set.
 */
export function ensureDemoSessionSecret(
  source: Record<string, string | undefined> = process.env,
): { file: string | null; created: boolean } | null {
  if (source.SESSION_SECRET) return null;
  const database = databaseFile(source);
  if (database === ":memory:") {
    source.SESSION_SECRET = randomBytes(48).toString("base64");
    return { file: null, created: true };
  }
  const file = path.join(path.dirname(path.resolve(database)), ".session-secret");
  let secret = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
  const created = secret.length < 32;
  if (created) {
    secret = randomBytes(48).toString("base64");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  }
  source.SESSION_SECRET = secret;
  return { file, created };
}
