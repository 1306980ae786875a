/**
 * Hashed n-gram features of one chunk of normalised text. Shared verbatim by the training
 * script and by inference, so the two can never disagree on a feature index.
 *
 * Features (all presence, deduplicated per chunk):
 * - character 3- and 4-grams (2-grams too until feature version 2): survive word-splitting tricks,
 *   spelling variants and scripts without spaces (zh, ja);
 * - word unigrams and bigrams (words of at most MAX_WORD_LEN code units): the phrasing.
 * The model divides their weight sum by sqrt(count), i.e. an L2-normalised presence vector, so
 * that the score measures how attack-like the text is, not how long it is.
 */
import { combineHash, FNV_PRIME, familySeed, fmix32 } from "./hash";

/** Everything that defines the feature space; stored in the artefact and checked at load. */
export const FEATURE_CONFIG = {
  version: 4,
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
if (CHAR_MIN_ORDER !== 3 || CHAR_MAX_ORDER !== 4) {
  throw new Error(
    "extractFeatures() is unrolled for character 3- and 4-grams: update it with FEATURE_CONFIG",
  );
}

// extractWeighted() writes the bucket mask and the FNV prime as literals (immediate operands).
if (MASK !== 0xffff || FNV_PRIME !== 16777619) {
  throw new Error(
    "extractWeighted() hard-codes hashBits 16 and the FNV prime: update it with FEATURE_CONFIG",
  );
}

/** Upper bound of distinct features of one chunk (3 char n-grams + 2 word features per unit). */
export const MAX_CHUNK_FEATURES = FEATURE_CONFIG.window * (CHAR_MAX_ORDER - 1 + 2) + 8;

/** Reusable buffers; allocate once and pass to every call (no per-call allocation). */
export interface FeatureScratch {
  /** Presence bitset of the buckets seen in the current chunk (8 KiB: stays in the L1 cache). */
  seen: Int32Array;
  /** Distinct bucket ids of the last chunk, first `count` entries valid (in another order when weights are passed). */
  ids: Int32Array;
  count: number;
  /** Sum of the weights passed to the last extractFeatures call over its distinct ids (0 without weights). */
  sum: number;
}

/** Allocates scratch buffers for chunks up to `maxLen` code units long. */
export function createScratch(maxLen: number = FEATURE_CONFIG.window): FeatureScratch {
  return {
    seen: new Int32Array(NUM_BUCKETS >>> 5),
    ids: new Int32Array(maxLen * (CHAR_MAX_ORDER - 1 + 2) + 8),
    count: 0,
    sum: 0,
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

/** isWordUnit for ASCII, as a table (the hot loop reads it per character). */
const ASCII_WORD: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, c) => (isWordUnit(c) ? 1 : 0));

/**
 * extractFeatures with weights (inference): the same distinct features, count and weight sum, in
 * two passes over the chunk — character n-grams, then words — instead of one fused loop. Each loop
 * keeps its few live values in registers (the fused loop has about twenty and spills), the bucket
 * mask and FNV prime are immediates: about 20 % faster on a 1 KiB prompt. The ids are stored too
 * (the MLP's first layer reads them). The features are visited in a different order, which
 * integer sums do not see; training, whose float sums over the ids depend on their order, keeps
 * the fused loop (no weights). The golden tests' exact classifier
 * logits pin the two paths to the same result.
 */
function extractWeighted(
  folded: string,
  start: number,
  end: number,
  s: FeatureScratch,
  w: Int8Array | Int32Array,
): number {
  s.seen.fill(0);
  const seen = s.seen;
  const ids = s.ids;
  let count = 0;
  let sum = 0;
  // Character 3- and 4-grams: positions with a full 4-gram, then the last 3-gram (if any).
  const charSeed = CHAR_SEED;
  let c1 = start < end ? folded.charCodeAt(start) : 0;
  let c2 = start + 1 < end ? folded.charCodeAt(start + 1) : 0;
  let c3 = start + 2 < end ? folded.charCodeAt(start + 2) : 0;
  const last4 = end - 3;
  for (let i = start; i < last4; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = folded.charCodeAt(i + 3);
    let h = Math.imul(Math.imul(Math.imul(charSeed ^ c0, 16777619) ^ c1, 16777619) ^ c2, 16777619);
    let x = h ^ (h >>> 16);
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    let b = (x ^ (x >>> 16)) & 0xffff;
    if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
      seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
      ids[count++] = b;
      sum += w[b] as number;
    }
    h = Math.imul(h ^ c3, 16777619);
    x = h ^ (h >>> 16);
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    b = (x ^ (x >>> 16)) & 0xffff;
    if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
      seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
      ids[count++] = b;
      sum += w[b] as number;
    }
  }
  if (end - start >= 3) {
    // The last 3-gram, folded[end - 3, end), has no 4-gram.
    const h = Math.imul(
      Math.imul(
        Math.imul(charSeed ^ folded.charCodeAt(end - 3), 16777619) ^ folded.charCodeAt(end - 2),
        16777619,
      ) ^ folded.charCodeAt(end - 1),
      16777619,
    );
    const b = fmix32(h) & 0xffff;
    if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
      seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
      ids[count++] = b;
      sum += w[b] as number;
    }
  }
  // Word unigrams and bigrams.
  const asciiWord = ASCII_WORD;
  const wordSeed = WORD_SEED;
  const maxWordLen = MAX_WORD_LEN;
  let wordHash = wordSeed;
  let wordLen = 0;
  let prevWord = 0; // int32 view of the previous word's hash
  let havePrev = false;
  for (let i = start; i <= end; i++) {
    // i === end is a virtual separator: the end of the chunk ends the last word.
    const c = i < end ? folded.charCodeAt(i) : 0x20;
    if (c < 0x80 ? asciiWord[c] === 1 : isWordUnit(c)) {
      wordHash = Math.imul(wordHash ^ c, 16777619);
      wordLen++;
    } else if (wordLen > 0) {
      if (wordLen <= maxWordLen) {
        let x = wordHash ^ (wordHash >>> 16);
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        x = Math.imul(x, 0xc2b2ae35);
        const wd = x ^ (x >>> 16);
        const b = wd & 0xffff;
        if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
          seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
          ids[count++] = b;
          sum += w[b] as number;
        }
        if (havePrev) {
          let y = Math.imul(prevWord, 0x9e3779b1) ^ ((wd + 0x7f4a7c15) | 0);
          y ^= y >>> 16;
          y = Math.imul(y, 0x85ebca6b);
          y ^= y >>> 13;
          y = Math.imul(y, 0xc2b2ae35);
          const b2 = (y ^ (y >>> 16)) & 0xffff;
          if (((seen[b2 >>> 5] as number) & (1 << (b2 & 31))) === 0) {
            seen[b2 >>> 5] = (seen[b2 >>> 5] as number) | (1 << (b2 & 31));
            ids[count++] = b2;
            sum += w[b2] as number;
          }
        }
        prevWord = wd;
        havePrev = true;
      } else {
        havePrev = false; // an over-long token breaks the bigram chain
      }
      wordHash = wordSeed;
      wordLen = 0;
    }
  }
  s.count = count;
  s.sum = sum;
  return count;
}

/** Weights used when the caller passes none: every sum is 0. */
let zeroWeights: Int8Array | undefined;

/**
 * Extracts the distinct hashed features of folded[start, end) into `s.ids[0 .. s.count)`; when
 * `weights` is given, also sums `weights[id]` over them into `s.sum` (the linear model's score,
 * computed during the pass) and takes the faster two-pass loop, which visits the features in
 * another order (the same set).
 * Runs in O(end - start). The caller guarantees end - start <= the scratch's maxLen.
 *
 * @returns the number of distinct features
 */
export function extractFeatures(
  folded: string,
  start: number,
  end: number,
  s: FeatureScratch,
  weights?: Int8Array | Int32Array,
): number {
  if (weights !== undefined) return extractWeighted(folded, start, end, s, weights);
  // A bitset cleared per chunk (a memset of 8 KiB) rather than 2^16 generation stamps: random
  // probes into a 128–256 KiB stamp array missed the L1 cache and cost more than the hashing.
  s.seen.fill(0);
  if (weights === undefined) {
    zeroWeights ??= new Int8Array(NUM_BUCKETS);
  }
  // Locals, not property accesses or module bindings, in the hot loop: a module-level `const`
  // read inside the loop is a context load plus a hole check per use that V8 does not hoist,
  // which made this loop 3x slower than with the same values held in locals.
  const w = weights ?? (zeroWeights as Int8Array);
  const seen = s.seen;
  const ids = s.ids;
  const asciiWord = ASCII_WORD;
  const mask = MASK;
  const prime = FNV_PRIME;
  const charSeed = CHAR_SEED;
  const wordSeed = WORD_SEED;
  const maxWordLen = MAX_WORD_LEN;
  let count = 0;
  let sum = 0;
  let wordHash = wordSeed;
  let wordLen = 0;
  let prevWord = 0; // int32 view of the previous word's hash
  let havePrev = false;
  // Character n-grams (orders 3 and 4; FEATURE_CONFIG.charMinOrder/charMaxOrder, pinned by a unit
  // test) from one incremental FNV-1a hash per start position, over a sliding window of the next
  // code units (c0 = folded[i] .. c3 = folded[i + 3]) so each code unit is read once. fnvStep and
  // fmix32 are inlined by hand: this loop is the classifier's hot path. A unit test checks that
  // the result equals hash.ts's definition.
  let c1 = start < end ? folded.charCodeAt(start) : 0;
  let c2 = start + 1 < end ? folded.charCodeAt(start + 1) : 0;
  for (let i = start; i < end; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = i + 2 < end ? folded.charCodeAt(i + 2) : 0;
    if (i + 2 < end) {
      let h = Math.imul(Math.imul(Math.imul(charSeed ^ c0, prime) ^ c1, prime) ^ c2, prime);
      let x = h ^ (h >>> 16);
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      let b = (x ^ (x >>> 16)) & mask;
      if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
        seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
        ids[count++] = b;
        sum += w[b] as number;
      }
      if (i + 3 < end) {
        h = Math.imul(h ^ folded.charCodeAt(i + 3), prime);
        x = h ^ (h >>> 16);
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        x = Math.imul(x, 0xc2b2ae35);
        b = (x ^ (x >>> 16)) & mask;
        if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
          seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
          ids[count++] = b;
          sum += w[b] as number;
        }
      }
    }
    if (c0 < 0x80 ? asciiWord[c0] === 1 : isWordUnit(c0)) {
      wordHash = Math.imul(wordHash ^ c0, prime);
      wordLen++;
    } else if (wordLen > 0) {
      if (wordLen <= maxWordLen) {
        // fmix32 and combineHash of hash.ts, inlined in int32 arithmetic (their unsigned results
        // are heap numbers in V8; the masked bits are the same).
        let x = wordHash ^ (wordHash >>> 16);
        x = Math.imul(x, 0x85ebca6b);
        x ^= x >>> 13;
        x = Math.imul(x, 0xc2b2ae35);
        const wd = x ^ (x >>> 16);
        const b = wd & mask;
        if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
          seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
          ids[count++] = b;
          sum += w[b] as number;
        }
        if (havePrev) {
          let y = Math.imul(prevWord, 0x9e3779b1) ^ ((wd + 0x7f4a7c15) | 0);
          y ^= y >>> 16;
          y = Math.imul(y, 0x85ebca6b);
          y ^= y >>> 13;
          y = Math.imul(y, 0xc2b2ae35);
          const b2 = (y ^ (y >>> 16)) & mask;
          if (((seen[b2 >>> 5] as number) & (1 << (b2 & 31))) === 0) {
            seen[b2 >>> 5] = (seen[b2 >>> 5] as number) | (1 << (b2 & 31));
            ids[count++] = b2;
            sum += w[b2] as number;
          }
        }
        prevWord = wd;
        havePrev = true;
      } else {
        havePrev = false; // an over-long token breaks the bigram chain
      }
      wordHash = wordSeed;
      wordLen = 0;
    }
  }
  // The end of the chunk ends the last word.
  if (wordLen > 0 && wordLen <= maxWordLen) {
    const wd = fmix32(wordHash) | 0;
    const b = wd & mask;
    if (((seen[b >>> 5] as number) & (1 << (b & 31))) === 0) {
      seen[b >>> 5] = (seen[b >>> 5] as number) | (1 << (b & 31));
      ids[count++] = b;
      sum += w[b] as number;
    }
    if (havePrev) {
      const b2 = combineHash(prevWord, wd) & mask;
      if (((seen[b2 >>> 5] as number) & (1 << (b2 & 31))) === 0) {
        seen[b2 >>> 5] = (seen[b2 >>> 5] as number) | (1 << (b2 & 31));
        ids[count++] = b2;
        sum += w[b2] as number;
      }
    }
  }
  s.count = count;
  s.sum = sum;
  return count;
}
