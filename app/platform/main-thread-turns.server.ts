// Turns on the main thread: how much request work one pass of the event loop
// takes on, so that no pass runs long.
//
// Under load, Node runs, in one pass of its event loop, every socket that
// has data and every worker message that has arrived. A pass that starts
// twenty saves, three queue renders and a CSV chunk holds everything else
// for tens of milliseconds: the public reader whose page is already in
// memory (page-cache.server.ts) waits for the whole pass, and so does every
// timer. So the work that takes the main thread for a while waits for a
// turn here instead of starting at once:
// - a request for Remix (express-handler.server.ts), before its loader or
//   action runs ("start");
// - a read worker's answer or CSV chunk (read-pool.server.ts), before the
//   request that asked for it goes on ("resume").
// Turns are handed out in the check phase (setImmediate), one after another,
// until BUDGET_MS of this pass is used; the rest wait for the next pass, after
// the loop has served the sockets and timers that came in meanwhile. A page
// from memory never waits here: server.mjs sends it before any of this.
//
// "resume" goes before "start": it finishes a request already begun (its
// memory, its connection, its worker's snapshot), where a start adds one
// more in flight. Within each, first come, first served.
//
// Nothing is refused: a turn only moves work to a later pass, and the
// connections and their requests are what bounds the queue (the body limit
// and rate limits in security.server.ts and rate-limit.server.ts). Shedding
// load with a 503 past some queue length is left for when a real
// consultation shows the need.
//
// Measured by `npm run bench` (mixed load, flat out), never by a timed test.

/**
 * How long one pass may spend on request work before the loop goes round
 * again. A turn runs to its next wait however long it takes (a queue page
 * renders in 5-10 ms); the budget stops new ones from joining the pass.
 */
export const BUDGET_MS = 4;

export type TurnKind = "resume" | "start";

/** A first-in, first-out list without Array.shift's copying. */
class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return item;
  }
  get size(): number {
    return this.items.length - this.head;
  }
}

const queues: Record<TurnKind, Fifo<() => void>> = { resume: new Fifo(), start: new Fifo() };
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(pass);
}

function next(): (() => void) | undefined {
  return queues.resume.shift() ?? queues.start.shift();
}

/**
 * One pass's turns. Each turn's code runs in the microtasks after it is
 * handed out (a promise resolved, an await going on), before the next step
 * here, which is itself a microtask: so the clock read at each step counts
 * the work of the turns before it.
 */
function pass(): void {
  scheduled = false;
  const started = performance.now();
  const step = (): void => {
    if (queues.resume.size + queues.start.size === 0) return;
    if (performance.now() - started >= BUDGET_MS) {
      schedule();
      return;
    }
    next()!();
    queueMicrotask(step);
  };
  step();
}

/** Runs `work` in a turn: in this pass if the budget allows, else in a later one. */
export function inTurn(kind: TurnKind, work: () => void): void {
  queues[kind].push(work);
  schedule();
}

/** Resolves when this request's turn comes (`await turn("start")`). */
export function turn(kind: TurnKind): Promise<void> {
  return new Promise((resolve) => inTurn(kind, resolve));
}

/** How many turns are waiting (tests, diagnostics). */
export function turnsWaiting(): number {
  return queues.resume.size + queues.start.size;
}
