// `npm run db:seed`: brings the database at DATABASE_URL up to date and adds
// any missing demo content. Safe to run again: it never overwrites.
import { closeDb, getDb } from "../db/client.server";
import { seed } from "../db/seed";

try {
  const { inserted } = seed(getDb());
  console.log(
    inserted === 0
      ? "The database already holds all seed content; nothing changed."
      : `Seeded ${inserted} rows into ${process.env.DATABASE_URL || "data/portal.db"}.`,
  );
} finally {
  closeDb();
}
