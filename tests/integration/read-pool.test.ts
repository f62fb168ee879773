// The read pool (app/platform/read-pool.server.ts) in real worker threads: the
// other integration files run the long reads on their own thread
// (READ_WORKERS=0 in vitest.config.ts), so this one checks that a worker, with
// its own read-only connection, gives what the main thread would, streams
// the export, sees committed writes, and survives a failing task.
import fs from "node:fs";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { answersCsv } from "~/models/moderate/answers-export.server";
import type { CurrentUser } from "~/models/accounts/auth.server";
import { decide } from "~/models/moderate/moderation.server";
import { listQueue, queueFilterSchema } from "~/models/moderate/queue.server";
import { read, readStream, readWorkersRunning } from "~/platform/read-pool.server";
import { READ_WORKER_NICE } from "~/platform/thread-priority.server";
import { computeFigures } from "~/models/report/figures.server";
import { consultationIdOfCluster } from "~/models/moderate/themes.server";
import { createOrganization, createSubmittedAnswer, createUser, seedContent } from "../support/fixtures";

// Before anything reads the environment (env() is read on first use).
process.env.READ_WORKERS = "2";

// Starting a worker loads the models through tsx: seconds on a busy machine.
const SLOW = 60_000;

async function text(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder();
  let out = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    chunks += 1;
    out += decoder.decode(next.value, { stream: true });
  }
  return { text: out + decoder.decode(), chunks };
}

const ids: number[] = [];
let moderator: CurrentUser;

beforeAll(() => {
  seedContent();
  const user = createUser({ role: "moderator" });
  moderator = { id: user.id, email: user.email, name: user.name, role: "moderator", language: "en", organization: null };
  for (let i = 0; i < 600; i++) {
    const organization = createOrganization({
      type: i % 3 ? "ngo" : "academic",
      region: i % 2 ? "QC" : "ON",
      consentQuote: i % 4 ? "named" : "none",
    });
    ids.push(
      createSubmittedAnswer(
        organization.id,
        1 + (i % 5),
        `Answer ${i}: shelters for victims of trafficking need stable funding ${"and more ".repeat(60)}`,
      ).id,
    );
  }
});

describe("the read pool", () => {
  it("runs the queue and the figures in a worker and gives what the main thread gives", { timeout: SLOW }, async () => {
    const filters = queueFilterSchema.parse({ q: "victims", orgType: "ngo" });
    expect(await read("listQueue", filters, { withCounts: true })).toEqual(listQueue(filters, { withCounts: true }));
    const consultationId = consultationIdOfCluster(1)!;
    expect(await read("computeFigures", consultationId)).toEqual(computeFigures(consultationId));
    expect(readWorkersRunning()).toBeGreaterThanOrEqual(1);
  });

  // Linux only: elsewhere the workers run at the main thread's priority.
  it.runIf(process.platform === "linux")("runs its workers at a lower priority than the main thread", { timeout: SLOW }, async () => {
    await read("computeFigures", consultationIdOfCluster(1)!);
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the command in parentheses).
    const niceOf = (tid: string) => Number(fs.readFileSync(`/proc/${process.pid}/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]);
    const threads = fs.readdirSync(`/proc/${process.pid}/task`);
    const main = niceOf(String(process.pid));
    expect(main).toBeLessThan(READ_WORKER_NICE);
    expect(threads.filter((tid) => niceOf(tid) === READ_WORKER_NICE).length).toBeGreaterThanOrEqual(1);
  });

  it("starts a second worker only when the first is busy", { timeout: SLOW }, async () => {
    const filters = queueFilterSchema.parse({});
    await Promise.all([read("listQueue", filters), read("listQueue", filters), read("listQueue", filters)]);
    expect(readWorkersRunning()).toBe(2);
  });

  it("streams the export chunk by chunk, the same bytes as on the main thread", { timeout: SLOW }, async () => {
    const fromWorker = await text(readStream("answersCsv", "en", null));
    const onMain = await text(answersCsv({ lang: "en", cluster: null }));
    expect(fromWorker.text).toBe(onMain.text);
    expect(fromWorker.chunks).toBeGreaterThan(1);
  });

  it("gzips the export in the worker when asked: the same CSV, fewer bytes", { timeout: SLOW }, async () => {
    const bytes = Buffer.from(await new Response(readStream("answersCsv", "en", null, true)).arrayBuffer());
    const onMain = Buffer.from(await new Response(answersCsv({ lang: "en", cluster: null })).arrayBuffer());
    expect(gunzipSync(bytes).equals(onMain)).toBe(true);
    expect(bytes.length).toBeLessThan(onMain.length / 2);
  });

  it("lets go of a cancelled export and keeps serving", { timeout: SLOW }, async () => {
    const reader = readStream("answersCsv", "fr", null).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect((await read("listQueue", queueFilterSchema.parse({}))).total).toBe(ids.length);
  });

  it("sees a decision the moment the main thread has committed it", { timeout: SLOW }, async () => {
    decide(moderator, [ids[0]!, ids[1]!], { kind: "approve" });
    const approved = await read("listQueue", queueFilterSchema.parse({ state: "approved" }), { withCounts: true });
    expect(approved.total).toBe(2);
    expect(approved.counts?.state.approved).toBe(2);
  });

  it("rejects a failing task with its error, and the worker goes on", { timeout: SLOW }, async () => {
    // @ts-expect-error: no filters at all, so the task throws inside the worker.
    await expect(read("listQueue", undefined)).rejects.toThrow(/undefined/);
    expect((await read("listQueue", queueFilterSchema.parse({}))).total).toBe(ids.length);
  });
});
