/**
 * Hashed n-gram features of one chunk of normalised text. Shared verbatim by the training
 * script and by inference, so the two can never disagree on a feature index.
 *
 * Features (all presence, deduplicated per chunk):
 * - character 2-, 3- and 4-grams: survive word-splitting tricks, spelling variants and scripts
 *   without spaces (zh, ja);
 * - word unigrams and bigrams (words of at most MAX_WORD_LEN code units): the phrasing.
 * The model divides their weight sum by sqrt(count), i.e. an L2-normalised presence vector, so
 * that the score measures how attack-like the text is, not how long it is.
 */
import { combineHash, FNV_PRIME, familySeed, fmix32 } from "./hash";

/** Everything that defines the feature space; stored in the artefact and checked at load. */
export const FEATURE_CONFIG = {
  version: 2,
  /** log2 of the number of hash buckets. */
  hashBits: 16,
  /** Lowest character n-gram order (orders charMinOrder..charMaxOrder are used). */
  charMinOrder: 3,
  /** Highest character n-gram order. */
  charMaxOrder: 4,
  /** Words longer than this (URLs, base64, CJK runs) do not become word features. */
  maxWordLen: 24,
  /** Chunk window and stride, in folded code units (overlap = window - stride). */
  window: 1024,
  stride: 768,
} as const;

/** Number of hash buckets. */
export const NUM_BUCKETS = 1 << FEATURE_CONFIG.hashBits;
const MASK = NUM_BUCKETS - 1;
const CHAR_SEED = familySeed(1);
const WORD_SEED = familySeed(2);
const MAX_WORD_LEN = FEATURE_CONFIG.maxWordLen;
const CHAR_MAX_ORDER = FEATURE_CONFIG.charMaxOrder;
const CHAR_MIN_ORDER = FEATURE_CONFIG.charMinOrder;

/** Upper bound of distinct features of one chunk (3 char n-grams + 2 word features per unit). */
export const MAX_CHUNK_FEATURES = FEATURE_CONFIG.window * (CHAR_MAX_ORDER - 1 + 2) + 8;

/** Reusable buffers; allocate once and pass to every call (no per-call allocation). */
export interface FeatureScratch {
  /** Generation stamp per bucket: a bucket is "present" when its stamp equals `gen`. */
  stamp: Uint32Array;
  gen: number;
  /** Distinct bucket ids of the last chunk, first `count` entries valid. */
  ids: Int32Array;
  count: number;
}

/** Allocates scratch buffers for chunks up to `maxLen` code units long. */
export function createScratch(maxLen: number = FEATURE_CONFIG.window): FeatureScratch {
  return {
    stamp: new Uint32Array(NUM_BUCKETS),
    gen: 0,
    ids: new Int32Array(maxLen * (CHAR_MAX_ORDER - 1 + 2) + 8),
    count: 0,
  };
}

/**
 * True for code units that belong to a word: ASCII letters and digits, and every non-ASCII code
 * unit outside the punctuation/symbol blocks (so Cyrillic, Devanagari, CJK, ... all count).
 */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, arrows, symbols
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe30 && c <= 0xfe4f) return false; // CJK compatibility forms
  if (c >= 0xff00 && c <= 0xff0f) return false; // fullwidth punctuation
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xbf || c === 0xa1 || c === 0xb7) return false;
  return true;
}

/**
 * Extracts the distinct hashed features of folded[start, end) into `s.ids[0 .. s.count)`.
 * Runs in O(end - start). The caller guarantees end - start <= the scratch's maxLen.
 *
 * @returns the number of distinct features
 */
export function extractFeatures(folded: string, start: number, end: number, s: FeatureScratch): number {
  let gen = (s.gen + 1) >>> 0;
  if (gen === 0 || gen > 0x3fffffff) {
    // Wrap-around: clear once so stale stamps cannot alias (kept below 2^30 so it stays a small int).
    s.stamp.fill(0);
    gen = 1;
  }
  s.gen = gen;
  // Locals, not property accesses or module bindings, in the hot loop: a module-level `const`
  // read inside the loop is a context load plus a hole check per use that V8 does not hoist,
  // which made this loop 3x slower than with the same values held in locals.
  const stamp = s.stamp;
  const ids = s.ids;
  const mask = MASK;
  const prime = FNV_PRIME;
  const charSeed = CHAR_SEED;
  const wordSeed = WORD_SEED;
  const maxWordLen = MAX_WORD_LEN;
  const maxOrder = CHAR_MAX_ORDER;
  const firstEmit = CHAR_MIN_ORDER - 1; // j - i at which the first n-gram is complete
  let count = 0;
  let wordHash = wordSeed;
  let wordLen = 0;
  let prevWord = 0;
  let havePrev = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? folded.charCodeAt(i) : 32;
    if (i < end) {
      // Character n-grams starting at i, orders CHAR_MIN_ORDER..CHAR_MAX_ORDER, one incremental
      // hash. fnvStep and fmix32 are inlined by hand: this loop is the classifier's hot path. A
      // unit test checks that the result equals hash.ts's definition.
      let h = Math.imul(charSeed ^ c, prime);
      const last = Math.min(i + maxOrder, end);
      for (let j = i + 1; j < last; j++) {
        h = Math.imul(h ^ folded.charCodeAt(j), prime);
        if (j - i < firstEmit) continue;
        let x = h ^ (h >>> 16);
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        x = Math.imul(x, 0xc2b2ae35);
        const b = (x ^ (x >>> 16)) & mask;
        if (stamp[b] !== gen) {
          stamp[b] = gen;
          ids[count++] = b;
        }
      }
    }
    if (i < end && isWordUnit(c)) {
      wordHash = Math.imul(wordHash ^ c, prime);
      wordLen++;
    } else if (wordLen > 0) {
      if (wordLen <= maxWordLen) {
        const w = fmix32(wordHash);
        const b = w & mask;
        if (stamp[b] !== gen) {
          stamp[b] = gen;
          ids[count++] = b;
        }
        if (havePrev) {
          const b2 = combineHash(prevWord, w) & mask;
          if (stamp[b2] !== gen) {
            stamp[b2] = gen;
            ids[count++] = b2;
          }
        }
        prevWord = w;
        havePrev = true;
      } else {
        havePrev = false; // an over-long token breaks the bigram chain
      }
      wordHash = wordSeed;
      wordLen = 0;
    }
  }
  s.count = count;
  return count;
}
