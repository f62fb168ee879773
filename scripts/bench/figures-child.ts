// Times computeFigures (the report's figures) on one database, in a process
// of its own (the app's database is one per process, from DATABASE_URL).
// Usage: DATABASE_URL=file tsx figures-child.ts [runs]; prints one JSON line.
import { performance } from "node:perf_hooks";
import { getDb } from "~db/client.server";
import { computeFigures } from "~/models/report/figures.server";
import { peakRssMb } from "./memory";

const runs = Number(process.argv[2] ?? 3);
const client = getDb().$client;
const answers = (client.prepare("SELECT count(*) AS n FROM responses").get() as { n: number }).n;
const consultation = (client.prepare("SELECT id FROM consultations WHERE slug = 'cluster-1'").get() as { id: number }).id;
const ms: number[] = [];
let counted = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const figures = computeFigures(consultation);
  ms.push(performance.now() - started);
  counted = figures.consultation.answers;
}
console.log(JSON.stringify({ answers, counted, ms, peakRssMb: peakRssMb() }));
