// The kept counts (db/schema.ts, migration 0011_kept_counts.sql): how to
// count them from scratch. `npm run db:rebuild-counts` empties and refills
// the tables with the SQL of the migration's backfill (a test checks the two
// agree), and the kept-counts test compares what the triggers kept with a
// fresh recount after a random run of real changes.
import type Database from "better-sqlite3";

/** Each summary table and the statement that fills it from the answers (the migration's backfill, without its backquotes). */
export const KEPT_COUNT_BACKFILL: Record<string, string> = {
  queue_counts: `
    INSERT INTO queue_counts (question_id, state, org_type, region, language, quotable, n)
    SELECT r.question_id, coalesce(m.state, 'pending'), o.type, o.region, r.language, o.consent_quote <> 'none', count(*)
    FROM responses r JOIN organizations o ON o.id = r.organization_id LEFT JOIN moderation m ON m.response_id = r.id
    WHERE r.state = 'submitted' GROUP BY 1, 2, 3, 4, 5, 6`,
  answer_counts: `
    INSERT INTO answer_counts (question_id, state, org_type, region, language, closed_answer, n)
    SELECT r.question_id, coalesce(m.state, 'pending'), o.type, o.region, r.language, coalesce(r.closed_answer, ''), count(*)
    FROM responses r JOIN organizations o ON o.id = r.organization_id LEFT JOIN moderation m ON m.response_id = r.id
    WHERE r.state = 'submitted' GROUP BY 1, 2, 3, 4, 5, 6`,
  theme_counts: `
    INSERT INTO theme_counts (theme_id, question_id, state, org_type, region, language, quotable, n)
    SELECT rt.theme_id, r.question_id, coalesce(m.state, 'pending'), o.type, o.region, r.language, o.consent_quote <> 'none', count(*)
    FROM responses r JOIN organizations o ON o.id = r.organization_id LEFT JOIN moderation m ON m.response_id = r.id
    JOIN response_themes rt ON rt.response_id = r.id
    WHERE r.state = 'submitted' GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  campaign_counts: `
    INSERT INTO campaign_counts (group_id, question_id, n)
    SELECT s.group_id, min(r.question_id), count(*)
    FROM responses r JOIN organizations o ON o.id = r.organization_id LEFT JOIN moderation m ON m.response_id = r.id
    JOIN response_signatures s ON s.response_id = r.id
    WHERE r.state = 'submitted' AND coalesce(m.state, 'pending') <> 'rejected' GROUP BY 1`,
  organization_counts: `
    INSERT INTO organization_counts (consultation_id, organization_id, org_type, region, n)
    SELECT qu.consultation_id, r.organization_id, o.type, o.region, count(*)
    FROM responses r JOIN organizations o ON o.id = r.organization_id LEFT JOIN moderation m ON m.response_id = r.id
    JOIN questions qu ON qu.id = r.question_id
    WHERE r.state = 'submitted' AND coalesce(m.state, 'pending') <> 'rejected' GROUP BY 1, 2, 3, 4`,
};

export const KEPT_COUNT_TABLES = Object.keys(KEPT_COUNT_BACKFILL);

/** Empties and refills every summary table in one transaction; returns the rows written per table. */
export function rebuildKeptCounts(client: Database.Database): Record<string, number> {
  const written: Record<string, number> = {};
  client.transaction(() => {
    for (const [table, backfill] of Object.entries(KEPT_COUNT_BACKFILL)) {
      client.prepare(`DELETE FROM ${table}`).run();
      written[table] = client.prepare(backfill).run().changes;
    }
  })();
  return written;
}

/**
 * Each table's non-zero rows as sorted "value|value|…|n" lines: what the
 * table holds (kept) or what a full recount gives (the backfill's SELECT).
 */
export function keptCountLines(client: Database.Database, source: "kept" | "recount"): Record<string, string[]> {
  const lines: Record<string, string[]> = {};
  for (const [table, backfill] of Object.entries(KEPT_COUNT_BACKFILL)) {
    const select = source === "kept" ? `SELECT * FROM ${table} WHERE n <> 0` : backfill.slice(backfill.indexOf("SELECT"));
    const rows = client.prepare(select).raw(true).all() as unknown[][];
    lines[table] = rows.map((row) => row.join("|")).sort();
  }
  return lines;
}
