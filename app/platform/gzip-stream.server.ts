// A byte stream gzipped, in chunks of at least MIN_CHUNK bytes: the CSV
// export's (read-tasks.server.ts), made in its read worker, so the main
// thread passes on about a tenth of the bytes and the download is that much
// smaller. Only when the request accepts gzip (accept-encoding.ts).
//
// node:zlib's stream, driven by hand, one raw chunk in at a time, each pull
// reading only until a chunk's worth of gzip has come out. Not the web's
// CompressionStream: measured in a read worker with the CSV of a million
// answers, piping through it made 44 MB of gzip in 25 s and held the
// worker's other jobs (a queue page) for up to 21 s; this way the worker
// answers between chunks (a queue page waited 21 ms at most).
//
// Level 1: the same CSV gzipped whole in 20.5 s to 162 MB (12% of 1.30 GB),
// against 17.2 s unzipped; level 6 (zlib's default) saved a further 2% of
// the bytes and took 25 s for 1.1 GB of it.
import { once } from "node:events";
import { createGzip } from "node:zlib";

/** Gather gzip output up to this size before passing it on: each chunk is a message from the worker and a turn of the main thread. */
const MIN_CHUNK = 64 * 1024;

export function gzipped(source: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const gzip = createGzip({ chunkSize: MIN_CHUNK, level: 1 });
  let pieces: Buffer[] = [];
  let size = 0;
  gzip.on("data", (piece: Buffer) => {
    pieces.push(piece);
    size += piece.length;
  });
  // A zlib error reaches the pull through write's callback or once(); this
  // listener only keeps Node from also throwing it, unhandled, in the worker.
  gzip.on("error", () => {});
  const take = (): Uint8Array => {
    const chunk = Buffer.concat(pieces, size);
    pieces = [];
    size = 0;
    return chunk;
  };
  let ended = false;

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (size < MIN_CHUNK && !ended) {
          const next = await reader.read();
          if (next.done) {
            const finished = once(gzip, "end");
            gzip.end();
            await finished;
            ended = true;
          } else {
            await new Promise<void>((resolve, reject) => gzip.write(next.value, (error) => (error ? reject(error) : resolve())));
          }
        }
        if (size > 0) controller.enqueue(take());
        if (ended) controller.close();
      } catch (error) {
        gzip.destroy();
        controller.error(error);
      }
    },
    async cancel(reason) {
      gzip.destroy();
      await reader.cancel(reason);
    },
  });
}
