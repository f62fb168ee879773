// The event loop's delay in the portal's own process, for `npm run bench`
// (the mixed-load scenario): how long a ready callback waited because
// something else held the thread. server.mjs loads this only when
// BENCH_EVENT_LOOP=1, so a production server never measures or exposes it.
//
// GET /__bench/event-loop         → {"p50","p99","max","mean","samples","resolution"}, in ms, since the last reset
// GET /__bench/event-loop?reset=1 → the same, then starts afresh (the bench calls it after its warm-up)
import { delayHistogram, delayMs as ms, RESOLUTION_MS } from "./event-loop-delay.mjs";

const histogram = delayHistogram();

/** Answers the bench's request and returns true; any other request returns false. */
export function answer(req, res) {
  if (!req.url?.startsWith("/__bench/event-loop")) return false;
  const body = JSON.stringify({
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
    mean: ms(histogram.mean),
    samples: histogram.count,
    resolution: RESOLUTION_MS,
  });
  if (req.url.includes("reset=1")) histogram.reset();
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  res.end(body);
  return true;
}
