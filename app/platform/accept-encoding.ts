// Whether a request takes a gzipped answer: its Accept-Encoding names gzip
// (or "*") with a weight above zero (RFC 9110, 12.5.3). Shared by the kept
// public pages (page-cache.server.ts) and the CSV export, the two answers
// large enough for compression to matter: the published report is about a
// megabyte of HTML, the CSV of a million answers more than a gigabyte.
//
// gzip only: every browser takes it, Node makes it without a dependency, and
// Brotli's better ratio would cost a kept page a second encoding and the CSV
// far more CPU per byte in its worker.

/** Accept-Encoding names gzip, or "*" without refusing gzip, with a weight above zero. */
export function acceptsGzip(acceptEncoding: string | null | undefined): boolean {
  if (!acceptEncoding) return false;
  let star: boolean | undefined;
  for (const entry of acceptEncoding.split(",")) {
    const [name = "", ...params] = entry.split(";").map((part) => part.trim());
    const q = params.find((param) => /^q=/i.test(param));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const accepted = Number.isFinite(weight) && weight > 0;
    const coding = name.toLowerCase();
    if (coding === "gzip" || coding === "x-gzip") return accepted;
    if (coding === "*") star = accepted;
  }
  return star ?? false;
}
