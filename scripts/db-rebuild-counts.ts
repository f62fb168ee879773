// `npm run db:rebuild-counts [-- <database>]`: recounts the kept counts (the
// summary tables the staff queue's filter counts and the report figures are
// read from; db/schema.ts, migration 0011_kept_counts.sql) from the answers,
// in one transaction. The triggers keep them right on every change; this is
// for after a restore of an old backup made by hand, a bulk import that
// turned the triggers off, or to check them: it says whether anything moved.
// Safe while the server runs (one write transaction, a few seconds at a
// million answers; saves wait for it through busy_timeout).
import { keptCountLines, rebuildKeptCounts } from "../db/kept-counts.server";

const { openDatabase } = await import("../db/client.server");
const { databaseFile } = await import("../app/platform/env.server");
const file = process.argv.slice(2).find((arg) => arg !== "--") ?? databaseFile(process.env);
const db = openDatabase(file);
const client = db.$client;
const started = performance.now();
const before = keptCountLines(client, "kept");
const written = rebuildKeptCounts(client);
const after = keptCountLines(client, "kept");
let moved = 0;
for (const [table, lines] of Object.entries(after)) {
  // Rows that were kept wrong or missing, plus rows that should not have been there.
  const was = new Set(before[table]);
  const now = new Set(lines);
  const changed = lines.filter((line) => !was.has(line)).length + before[table]!.filter((line) => !now.has(line)).length;
  moved += changed;
  console.log(
    `${table}: ${written[table]!.toLocaleString("en")} rows${changed ? `, ${changed.toLocaleString("en")} differed from what was kept` : ""}`,
  );
}
console.log(
  `Kept counts of ${file} rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s: ${moved === 0 ? "they were already right" : `${moved.toLocaleString("en")} rows were wrong and are now right`}.`,
);
client.close();
