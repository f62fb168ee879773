// Drains the staff CSV export (app/models/moderate/answers-export.server.ts) of a
// database, as the /en/admin/answers.csv route streams it, and reports rows,
// bytes, time and the process's peak RSS (VmHWM, plus a polled
// process.memoryUsage().rss as a cross-check).
// Usage: DATABASE_URL=file tsx csv-child.ts; prints one JSON line.
import { performance } from "node:perf_hooks";
import { getDb } from "~db/client.server";
import { answersCsv } from "~/models/moderate/answers-export.server";
import { peakRssMb, rssMb } from "./memory";

getDb();
const before = rssMb() ?? 0;
let polledPeak = process.memoryUsage().rss;
const poll = setInterval(() => (polledPeak = Math.max(polledPeak, process.memoryUsage().rss)), 50);
let rows = 0;
const started = performance.now();
const reader = answersCsv({ lang: "en", cluster: null, onBatch: (n) => (rows = n) }).getReader();
let bytes = 0;
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  bytes += value.byteLength;
}
const ms = performance.now() - started;
clearInterval(poll);
console.log(JSON.stringify({ rows, bytes, ms, rssBeforeMb: before, peakRssMb: peakRssMb(), polledPeakRssMb: polledPeak / 1024 / 1024 }));
