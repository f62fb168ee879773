// `npm run db:seed`: brings the database at DATABASE_URL up to date and adds
// any missing content. `npm run db:seed -- --demo` (or DEMO_DATA=true) adds
// the demo's fictional organizations and answers too. Safe to run again: it
// never overwrites.
import { closeDb, getDb } from "../db/client.server";
import { seed } from "../db/seed";
import { seedDemo } from "../db/seed/demo";
import { env } from "../app/platform/env.server";

try {
  const { inserted } = seed(getDb());
  console.log(
    inserted === 0
      ? "The database already holds all seed content; nothing changed."
      : `Seeded ${inserted} rows into ${process.env.DATABASE_URL || "data/portal.db"}.`,
  );
  if (env().DEMO_DATA || process.argv.includes("--demo")) {
    console.log(`Demo data: added ${seedDemo(getDb())} rows of fictional organizations, answers and report.`);
  }
} finally {
  closeDb();
}
