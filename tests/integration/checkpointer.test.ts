// app/platform/checkpointer.server.ts: the WAL's pages reach the database
// file through the worker, not through a commit on the main thread.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "~db/client.server";
import { CHECKPOINT_INTERVAL_MS, SAFETY_NET_PAGES, startCheckpointer, stopCheckpointer } from "~/platform/checkpointer.server";

afterEach(() => stopCheckpointer());

/** Writes a row holding `marker` in a table of its own, a commit far below any automatic checkpoint. */
function writeMarker(marker: string): void {
  const client = getDb().$client;
  client.exec("CREATE TABLE IF NOT EXISTS checkpoint_probe (text TEXT NOT NULL)");
  client.prepare("INSERT INTO checkpoint_probe (text) VALUES (?)").run(marker);
}

/** Whether the database file itself (not its -wal) holds `marker` yet. */
const inDatabaseFile = (marker: string) => fs.readFileSync(getDb().$client.name).includes(marker);

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}

describe("the WAL checkpointer", () => {
  it("copies committed pages into the database file from its own thread", async () => {
    startCheckpointer();
    const marker = `probe-${randomBytes(8).toString("hex")}`;
    writeMarker(marker);
    expect(inDatabaseFile(marker)).toBe(false); // in the WAL only, straight after the commit
    expect(await waitFor(() => inDatabaseFile(marker), 20 * CHECKPOINT_INTERVAL_MS)).toBe(true);
  });

  it("leaves the main connection only a safety-net checkpoint while it runs, and gives back the default after", async () => {
    const client = getDb().$client;
    startCheckpointer();
    expect(client.pragma("wal_autocheckpoint", { simple: true })).toBe(SAFETY_NET_PAGES);
    await stopCheckpointer();
    expect(client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
  });

  it("copies nothing once stopped (so the first test's pass is the worker's doing)", async () => {
    startCheckpointer();
    await stopCheckpointer();
    const marker = `probe-${randomBytes(8).toString("hex")}`;
    writeMarker(marker);
    expect(await waitFor(() => inDatabaseFile(marker), 8 * CHECKPOINT_INTERVAL_MS)).toBe(false);
  });
});
