// What the bench's load generators share (scripts/bench.ts and, for the mixed
// load, scripts/bench/mixed-client.ts): the autosave requests, the timing of
// each request from the sending side, and a group's result.
import { performance } from "node:perf_hooks";
import type autocannon from "autocannon";
import type Database from "better-sqlite3";

export type Requests = autocannon.Options["requests"];

export interface Slot {
  organizationId: number;
  questionId: number;
  number: number;
  cookie: string;
  version: number;
  text: string;
  language: "en" | "fr";
  closed: string;
}

/**
 * Autosave requests: each in-flight request holds one slot (an organization
 * and a question, with its own session and baseVersion), so no two race on
 * the same answer; a reply that is not "saved" re-reads the version.
 */
export function savingRequests(slots: Slot[], versionOf: Database.Statement, counters: { saved: number; other: number }): Requests {
  const free = slots.map((_, i) => i);
  return [
    {
      method: "POST",
      setupRequest: (request, context) => {
        const index = free.shift();
        if (index === undefined) throw new Error("More requests in flight than slots.");
        context.slot = index;
        const slot = slots[index]!;
        const body = new URLSearchParams({
          intent: "save",
          baseVersion: String(slot.version),
          closedAnswer: slot.closed,
          language: slot.language,
          text: `${slot.text} (${slot.version + 1})`,
        }).toString();
        return {
          ...request,
          path: `/en/respond/1/questions/${slot.number}.data`,
          headers: { ...request.headers, cookie: slot.cookie, "content-type": "application/x-www-form-urlencoded" },
          body,
        };
      },
      onResponse: (status, body, context) => {
        const index = context.slot as number;
        const slot = slots[index]!;
        if (status === 200 && body.includes('"saved"')) {
          slot.version += 1;
          counters.saved++;
        } else {
          counters.other++;
          const row = versionOf.get(slot.organizationId, slot.questionId) as { version: number } | undefined;
          slot.version = row?.version ?? slot.version;
        }
        free.push(index);
      },
    },
  ];
}

export interface PathResult {
  path: string;
  /** Answered, plus those still waiting at the end (with their wait so far). */
  requests: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

export interface GroupResult {
  group: string;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Requests still waiting when the window ended (their wait so far is in the percentiles). */
  unanswered?: number;
  /** Per path: which page of the group is the slow one. */
  paths?: PathResult[];
  note?: string;
}

/**
 * Wraps a group's requests to time each one from this side: autocannon's
 * own latencies leave out the requests still waiting when the run ends,
 * which under a stall are the very ones that matter. A request unanswered
 * at the end counts with the time it had waited by then (a lower bound).
 */
export function timed(requests: NonNullable<Requests>) {
  const latencies: number[] = [];
  const waiting = new Set<Record<string, unknown>>();
  /** Each path's latencies, to tell which page of a group is the slow one. */
  const byPath = new Map<string, number[]>();
  const pathTimes = (path: string) => {
    let times = byPath.get(path);
    if (!times) byPath.set(path, (times = []));
    return times;
  };
  const wrapped: NonNullable<Requests> = requests.map((r) => ({
    ...r,
    setupRequest: (request, context) => {
      context.sentAt = performance.now();
      waiting.add(context);
      const made = r.setupRequest ? r.setupRequest(request, context) : request;
      context.path = made.path;
      return made;
    },
    onResponse: (status, body, context, headers) => {
      const ms = performance.now() - (context.sentAt as number);
      latencies.push(ms);
      pathTimes(String(context.path)).push(ms);
      waiting.delete(context);
      r.onResponse?.(status, body, context, headers);
    },
  }));
  return {
    requests: wrapped,
    /** Answered latencies, plus each unanswered request's wait so far; and how many were unanswered. */
    finish(now: number): { latencies: number[]; answered: number; unanswered: number; paths: PathResult[] } {
      const answered = latencies.length;
      const all = [...latencies, ...[...waiting].map((c) => now - (c.sentAt as number))];
      for (const c of waiting) {
        pathTimes(String(c.path)).push(now - (c.sentAt as number));
      }
      const paths = [...byPath].map(([path, times]) => {
        const sorted = times.sort((a, b) => a - b);
        return { path, requests: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: percentile(sorted, 100) };
      });
      return { latencies: all.sort((a, b) => a - b), answered, unanswered: all.length - answered, paths };
    },
  };
}

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

export function groupOf(
  group: string,
  result: Pick<autocannon.Result, "non2xx" | "errors" | "timeouts">,
  times: ReturnType<ReturnType<typeof timed>["finish"]>,
  connectionsUsed: number,
  seconds: number,
): GroupResult {
  return {
    group,
    connections: connectionsUsed,
    requests: times.answered,
    requestsPerSecond: times.answered / seconds,
    p50: percentile(times.latencies, 50),
    p99: percentile(times.latencies, 99),
    max: percentile(times.latencies, 100),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    unanswered: times.unanswered,
    paths: times.paths,
  };
}
