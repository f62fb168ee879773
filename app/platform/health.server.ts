// The health check's one question: does the database answer?
import { sql } from "drizzle-orm";
import { getDb } from "~db/client.server";

export function databaseAnswers(): void {
  getDb().run(sql`select 1`);
}
