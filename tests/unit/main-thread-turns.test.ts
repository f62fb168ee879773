// The main thread's turns (app/platform/main-thread-turns.server.ts): work
// waiting for a turn lets the event loop go round once the pass's budget is
// used, and a worker's answer goes before a new request. Orders, not times:
// each piece of work below takes more than half the budget, so at most two
// fit in one pass, however fast the machine.
import { describe, expect, it } from "vitest";
import { BUDGET_MS, inTurn, turn, turnsWaiting } from "~/platform/main-thread-turns.server";

/** Keeps the thread busy, as a render or a save does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

/** Resolves when every turn queued so far has run. */
async function drained(): Promise<void> {
  while (turnsWaiting() > 0) await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

describe("main-thread turns", () => {
  it("lets a timer run between turns once a pass has used its budget", async () => {
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      inTurn("start", () => {
        busy(BUDGET_MS * 0.6);
        order.push(`work ${i}`);
      });
    }
    // Queued after all six: without turns they would all run first.
    setTimeout(() => order.push("timer"), 0);
    await drained();
    expect(order).toHaveLength(7);
    // The timer came before the last piece of work (it may even come first).
    expect(order.indexOf("timer")).toBeLessThan(6);
    // Every piece of work ran, in the order it came.
    expect(order.filter((entry) => entry !== "timer")).toEqual([0, 1, 2, 3, 4, 5].map((i) => `work ${i}`));
  });

  it("counts the work a resolved turn does in its awaits, not only the call that resolves it", async () => {
    const order: string[] = [];
    const request = async (i: number) => {
      await turn("start");
      // The request's own work comes a few awaits later, as a loader's
      // does inside Remix: the turn's cost is known only once they are done.
      for (let step = 0; step < 5; step++) await Promise.resolve();
      busy(BUDGET_MS * 0.6);
      order.push(`request ${i}`);
    };
    const requests = [0, 1, 2, 3, 4, 5].map(request);
    setTimeout(() => order.push("timer"), 0);
    await Promise.all(requests);
    await drained();
    expect(order).toHaveLength(7);
    expect(order.indexOf("timer")).toBeLessThan(6);
  });

  it("resumes a request a worker has answered before it starts a new one", async () => {
    const order: string[] = [];
    inTurn("start", () => order.push("start 1"));
    inTurn("start", () => order.push("start 2"));
    inTurn("resume", () => order.push("resume 1"));
    await drained();
    expect(order).toEqual(["resume 1", "start 1", "start 2"]);
  });

  it("runs work queued while a pass is under way", async () => {
    const order: string[] = [];
    inTurn("start", () => {
      order.push("first");
      inTurn("resume", () => order.push("queued by the first"));
    });
    await drained();
    expect(order).toEqual(["first", "queued by the first"]);
  });
});
