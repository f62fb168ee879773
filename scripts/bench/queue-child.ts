// Times the staff queue's function (listQueue with its counts, what the
// queue page's loader asks the read pool for) directly on one database, in a
// process of its own (the app's database is one per process, from DATABASE_URL).
// Usage: DATABASE_URL=file tsx scripts/bench/queue-child.ts [runs] [--json];
// prints, per case, the median and p95 in ms and what the page would show.
// Each case runs once untimed first (statements prepared, pages cached).
import { performance } from "node:perf_hooks";
import { getDb } from "~db/client.server";
import { listQueue, queueFilterSchema } from "~/models/moderate/queue.server";

const runs = Number(process.argv[2] ?? 30);
const json = process.argv.includes("--json");
const client = getDb().$client;
const answers = (client.prepare("SELECT count(*) AS n FROM responses WHERE state = 'submitted'").get() as { n: number }).n;

const CASES: [string, string][] = [
  ["unfiltered, with counts", ""],
  ["state=pending", "state=pending"],
  ["state=pending, page 3", "state=pending&page=3"],
  ["state=pending&q=victims (common word)", "state=pending&q=victims"],
  ["q=victims, page 5", "q=victims&page=5"],
  ["q=victims sorted newest", "q=victims&sort=newest"],
  ["q=accords (24,000 matches)", "q=accords"],
  ["q=casework (rarer word, 7,600 matches)", "q=casework"],
  ["q=accountants (rare word, 550 matches)", "q=accountants"],
  ["q=coalition (1,881 matches)", "q=coalition"],
  ["q=coalition&state=pending", "q=coalition&state=pending"],
  ["q=traite&language=fr", "q=traite&language=fr"],
  ["q=victims&question=7 (search + question)", "q=victims&question=7"],
  ["q=casework&question=7 (rarer + question)", "q=casework&question=7"],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const results: Record<string, unknown>[] = [];
for (const [name, query] of CASES) {
  const filters = queueFilterSchema.parse(Object.fromEntries(new URLSearchParams(query)));
  let shown = listQueue(filters, { withCounts: true });
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    shown = listQueue(filters, { withCounts: true });
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const result = {
    case: name,
    query,
    median: Number(percentile(ms, 50).toFixed(1)),
    p95: Number(percentile(ms, 95).toFixed(1)),
    total: shown.total,
    // Fields the bounded counts add; absent before them.
    ...("totalKind" in shown ? { kind: (shown as { totalKind: string }).totalKind } : {}),
    items: shown.items.length,
  };
  results.push(result);
  if (!json)
    console.log(
      `${name.padEnd(50)} median ${String(result.median).padStart(8)} ms  p95 ${String(result.p95).padStart(8)} ms  total ${"kind" in result && result.kind !== "exact" ? `${result.kind} ` : ""}${result.total}`,
    );
}
if (json) console.log(JSON.stringify({ answers, runs, results }));
else console.log(`${answers.toLocaleString("en")} submitted answers, ${runs} runs each`);
