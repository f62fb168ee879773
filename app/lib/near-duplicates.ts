// Near-duplicate detection for campaign answers: the same text sent by many
// organizations, with a name swapped or a typo fixed. Pure functions, no
// database: app/models/moderate/campaigns.server.ts stores what these compute.
//
// How: a text becomes a set of word shingles (every run of SHINGLE_WORDS
// consecutive words, after normalisation); two texts are near-identical when
// the Jaccard similarity of their shingle sets is at least
// NEAR_DUPLICATE_THRESHOLD. Comparing sets directly would mean keeping every
// text's shingles, so each text is summarised by a MinHash signature of
// SIGNATURE_SIZE values, whose share of equal positions estimates that
// similarity. LSH bands over the signature find the few answers worth
// comparing without comparing against all of them.

import { stripAccents } from "./fold";

/**
 * Two answers are near-identical when at least 80% of their three-word
 * sequences are shared. Why 0.8: one changed word in a 60-word answer keeps
 * about 90%, a swapped organization name or a fixed typo keeps 85–90%, and a
 * campaign copy with a sentence added still clears 80%; while two answers
 * written independently on the same subject, even with the same vocabulary
 * ("victims of trafficking", "temporary resident permit"), share well under
 * 20% of their three-word sequences. The gap is wide, so the exact value is
 * not delicate; 0.8 leans towards missing a loosely edited copy rather than
 * merging two organizations' own words, which would misstate the report.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

/**
 * Words per shingle. Three keeps word order (two answers listing the same
 * keywords in another order are not copies) while one changed word only
 * spoils three shingles.
 */
export const SHINGLE_WORDS = 3;

/**
 * Answers under 20 words are never grouped. Short answers ("We agree with the
 * proposal as drafted.") coincide by chance, not by coordination, and with so
 * few shingles one word swings the similarity by a third: grouping them would
 * make organizations that merely agree look like a campaign.
 */
export const MIN_WORDS = 20;

/** MinHash values per signature: the estimate's standard error is √(J(1−J)/128), about 0.035 at 0.8. */
export const SIGNATURE_SIZE = 128;

/**
 * LSH banding: 32 bands of 4 values. Two signatures are compared only when
 * one band is equal in full. Why not bands placing the S-curve at 0.8 (e.g.
 * 8 × 16): with 32 × 4, a pair whose estimate reaches 0.8 agrees on at least
 * 103 of 128 positions, so at most 25 disagreeing positions can spoil at most
 * 25 of the 32 bands: such a pair always shares a band. The banding then
 * never misses a match; it only lets through a few extra candidates (about a
 * quarter of pairs at 0.3 similarity), which the estimate then turns down.
 */
export const BANDS = 32;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
/** Eight hexadecimal characters per value in the serialised signature. */
const HEX_PER_VALUE = 8;
/** Characters of one band in the serialised signature, so a band can be compared as a substring. */
export const BAND_CHARS = ROWS_PER_BAND * HEX_PER_VALUE;

/** Lower-case, accents folded (é → e, ç → c), every run of punctuation and spacing made one space. */
export function normalise(text: string): string {
  return stripAccents(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function words(text: string): string[] {
  const normalised = normalise(text);
  return normalised === "" ? [] : normalised.split(" ");
}

/** The set of word shingles of a text, or null when it is too short to be grouped. */
export function shingles(text: string): Set<string> | null {
  const list = words(text);
  if (list.length < MIN_WORDS) return null;
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i += 1) {
    set.add(list.slice(i, i + SHINGLE_WORDS).join(" "));
  }
  return set;
}

/** The exact Jaccard similarity of two sets: shared over all. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit hash of a shingle. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's finaliser: a bijection on 32-bit integers that spreads every
 * input bit over the output. Applied to `hash ^ seed`, each seed gives one
 * permutation of the hash space, which is what MinHash needs.
 */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Fixed seeds, derived from the position alone: signatures must stay
 * comparable across processes, deployments and years, so nothing random.
 * Changing them (or SIGNATURE_SIZE, or the hash) means recomputing every
 * stored signature.
 */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9)));

/** The MinHash signature of a shingle set: for each seed, the smallest permuted hash. */
export function minHash(set: Set<string>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of set) {
    const hash = fnv1a(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      const value = mix(hash ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** The signature of a text, or null when the text is too short to be grouped. */
export function signatureOf(text: string): Uint32Array | null {
  const set = shingles(text);
  return set ? minHash(set) : null;
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error("Signatures of different sizes cannot be compared.");
  let equal = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / a.length;
}

export function isNearDuplicate(a: Uint32Array, b: Uint32Array): boolean {
  return estimatedJaccard(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}

/**
 * Fixed-width hexadecimal, 1,024 characters. Hex rather than base64 (684)
 * because each band is then a plain substring at a known offset, which SQLite
 * can compare with substr() without decoding anything.
 */
export function serialiseSignature(signature: Uint32Array): string {
  let text = "";
  for (const value of signature) text += value.toString(16).padStart(HEX_PER_VALUE, "0");
  return text;
}

export function parseSignature(text: string): Uint32Array {
  if (text.length !== SIGNATURE_SIZE * HEX_PER_VALUE || !/^[0-9a-f]+$/.test(text)) {
    throw new Error("Not a serialised signature.");
  }
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
    signature[i] = Number.parseInt(text.slice(i * HEX_PER_VALUE, (i + 1) * HEX_PER_VALUE), 16);
  }
  return signature;
}

/** The serialised signature cut into its LSH bands, in order. */
export function bandKeys(serialised: string): string[] {
  return Array.from({ length: BANDS }, (_, band) => serialised.slice(band * BAND_CHARS, (band + 1) * BAND_CHARS));
}

/**
 * Groups signatures into sets of near-duplicates (single linkage: A joins B's
 * group when A is near-identical to any member). Each group is named after
 * its smallest id. Candidates come from shared bands; a candidate already in
 * the same group is skipped without comparing, so a large campaign of copies
 * costs about one comparison per member, not one per pair.
 */
export function groupSignatures(items: { id: number; signature: Uint32Array }[]): Map<number, number> {
  const sorted = [...items].sort((a, b) => a.id - b.id);
  const parent = new Map<number, number>(sorted.map((item) => [item.id, item.id]));
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression: the next lookup is direct.
    for (let node = id; node !== root;) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const buckets = new Map<string, { id: number; signature: Uint32Array }[]>();
  for (const item of sorted) {
    const keys = bandKeys(serialiseSignature(item.signature)).map((key, band) => `${band}:${key}`);
    const seen = new Set<number>();
    for (const key of keys) {
      for (const mate of buckets.get(key) ?? []) {
        if (seen.has(mate.id)) continue;
        seen.add(mate.id);
        const mateRoot = find(mate.id);
        const ownRoot = find(item.id);
        if (mateRoot === ownRoot || !isNearDuplicate(item.signature, mate.signature)) continue;
        // The smaller id stays the root, so a group's root is its smallest id.
        parent.set(Math.max(mateRoot, ownRoot), Math.min(mateRoot, ownRoot));
      }
    }
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    }
  }
  return new Map(sorted.map((item) => [item.id, find(item.id)]));
}
