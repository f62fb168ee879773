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
// Turns are handed out in the check phase (setImmediate), a few at a time
// (see `pass`), until BUDGET_MS of this pass is used; the rest wait for the
// next pass, after the loop has served the sockets and timers that came in
// meanwhile. A page from memory never waits here: server.mjs sends it
// before any of this.
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
 * again. A turn runs to its next wait however long it takes (a save about
 * half a millisecond under load); the budget stops new ones from joining
 * the pass.
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

/** Turns handed out together at the start of a pass, and at most in any later step of it. */
const FIRST_BATCH = 4;
const MAX_BATCH = 32;

/**
 * One pass's turns, handed out in batches. A turn's code runs in the
 * microtasks after it is handed out (a promise resolved, an await going
 * on, and the awaits after it), so the next step waits until they have all
 * run: it is queued as a nextTick from a microtask, and Node runs nextTicks
 * only once the microtask queue is empty. The clock read at each step then
 * counts the whole of the turns before it, up to their first real wait (a
 * worker's answer, a socket). Each batch is as many turns as fit in what is
 * left of the budget at the pass's cost per turn so far.
 *
 * Why batches and not one turn at a time: the turns of a batch run
 * interleaved, each await letting the next one on, and at the same budget
 * that was measured at 1,694-1,806 saves/s against 1,065-1,172 one at a
 * time (the save scenario; the same main thread, busier per save). And why
 * the clock is read only after a batch's microtasks: a step queued as a
 * plain microtask ran after only the first slice of each turn, and handed
 * out a pass's worth of turns before any of their work had run (flat out,
 * event-loop p99 32-43 ms against 15 ms with the work counted).
 */
function pass(): void {
  scheduled = false;
  const started = performance.now();
  let handedOut = 0;
  const step = (): void => {
    if (turnsWaiting() === 0) return;
    const used = performance.now() - started;
    if (used >= BUDGET_MS) {
      schedule();
      return;
    }
    const batch = handedOut === 0 ? FIRST_BATCH : Math.max(1, Math.min(MAX_BATCH, Math.floor((BUDGET_MS - used) / (used / handedOut))));
    for (let i = 0; i < batch && turnsWaiting() > 0; i++) {
      next()!();
      handedOut++;
    }
    queueMicrotask(() => process.nextTick(step));
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
