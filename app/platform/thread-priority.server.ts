// Lowers the priority of the calling thread, for the read workers.
//
// On a small machine the read workers and the main thread share the cores:
// while a worker streams a million-row CSV or runs a broad search, the
// kernel gives it the same share of a core as the main thread, and every
// public page and save waits for the main thread's next time slice. On two
// cores under the bench's mixed load, nice 10 took public pages' p99 from
// 267 to 148 ms and the event loop's delay p99 from 142 to 80 ms. A worker
// at a lower priority still gets every cycle nobody else wants, so its long
// reads finish as fast on an idle machine and slower only when the main
// thread has short work to do, which is the order we want: a page or a save
// answered now, a staff export a little later.
//
// Linux keeps a nice value per thread, and os.setPriority accepts a thread's
// id; Node does not expose that id, but /proc/thread-self names it, and
// fs.readlinkSync runs on the calling thread. Raising one's own nice value
// needs no privilege. Elsewhere (macOS, Windows: development machines) this
// does nothing.
import fs from "node:fs";
import os from "node:os";

/** The nice value of a read worker: 10 gives it a tenth of a core's weight against the main thread (0). */
export const READ_WORKER_NICE = 10;

/** Sets the calling thread's nice value to READ_WORKER_NICE; does nothing where the platform cannot (not Linux). */
export function lowerThisThreadPriority(): void {
  if (process.platform !== "linux") return;
  try {
    const threadId = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId)) os.setPriority(threadId, READ_WORKER_NICE);
  } catch {
    // A container without /proc: the worker keeps the main thread's priority.
  }
}
