/**
 * 32-bit hashing shared by training and inference. Any change here changes every feature
 * index, so it must be followed by a retrain (the artefact records FEATURE_VERSION).
 */

/** FNV-1a offset basis; family seeds are derived from it so families do not share buckets. */
const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a prime (exported for the hand-inlined hot loop in features.ts). */
export const FNV_PRIME = 16777619;

/** One FNV-1a step over a UTF-16 code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** Seed of one feature family (char n-gram order, word unigram, ...). */
export function familySeed(family: number): number {
  return fnvStep(FNV_OFFSET, 0x9e37 + family * 0x1f3);
}

/**
 * Murmur3 finaliser: FNV alone distributes short keys badly in the low bits that the bucket
 * mask keeps, so every hash is mixed before masking.
 */
export function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Combines two hashes (used for word bigrams) without being symmetric in its arguments. */
export function combineHash(a: number, b: number): number {
  return fmix32(Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15));
}

/** Hash of a whole string with one family seed; handy for tests and tooling. */
export function hashString(s: string, family: number): number {
  let h = familySeed(family);
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return fmix32(h);
}
