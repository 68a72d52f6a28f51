/**
 * Non-cryptographic 32-bit hashing for feature hashing. FNV-1a over UTF-16 code units is short,
 * allocation-free over a substring range, and stable across runtimes, which matters because stored
 * vectors must be reproducible from the same text forever (per model id).
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashRange(text: string, start: number, end: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

export function hashString(text: string, seed: number): number {
  return hashRange(text, 0, text.length, seed);
}

/** Combines two hashes (e.g. the two words of a bigram) without building the joined string. */
export function combineHashes(a: number, b: number): number {
  return mixHash((Math.imul(a, 31) + b) ^ 0x9e3779b9);
}

/**
 * MurmurHash3's finaliser: FNV's low bits are weak, and both the bucket index and the sign are
 * taken from this mixed value so that they are independent of each other.
 */
export function mixHash(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
