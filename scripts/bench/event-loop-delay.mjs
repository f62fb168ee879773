// How the bench reads perf_hooks.monitorEventLoopDelay, in the server
// (event-loop.mjs) and in each mixed-load client (mixed-client.ts) alike.
//
// The histogram holds the time between two of its timer's ticks, not how
// late a tick was: an idle loop records the resolution itself (10.1 ms at
// p50 on Node 20; nodejs/node#25378 and #32018 say the same). The delay is
// that less the resolution. Runs before 3 December 2026 reported the raw
// values, 10 ms higher (docs/performance/HISTORY.md).
import { monitorEventLoopDelay } from "node:perf_hooks";

// 10 ms sampling, the default: fine enough for a p99 target of 20 ms.
export const RESOLUTION_MS = 10;

/** A histogram of this thread's event-loop delay, recording from now. */
export function delayHistogram() {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  return histogram;
}

/** A histogram value (ns) as the delay it means, in ms to two decimals. */
export function delayMs(ns) {
  return Math.max(0, Math.round(ns / 1e4 - RESOLUTION_MS * 100) / 100);
}
