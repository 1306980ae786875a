/**
 * Splitting long text to fit a model's input limit. Tokens are approximated by characters
 * (about 3–4 characters per token for English; 1,500 characters stays under a 512-token
 * classifier limit with room for non-English text). Chunks overlap so that an attack phrase
 * cut at a boundary is still seen whole in one chunk.
 *
 * The number of chunks per request is capped (cost and latency). When the text needs more,
 * the chunks sent are spread evenly over it — first and last always included — and the result
 * says `truncated: true`; the uncovered gaps are not scored by the model (the local engine
 * still scans the whole text).
 */

/** Chunking limits of one model. */
export interface ChunkOptions {
  /** Longest chunk, in UTF-16 code units. */
  maxChars: number;
  /** Characters shared by consecutive chunks. Must be smaller than maxChars / 2. */
  overlapChars: number;
  /** Most chunks sent for one text. */
  maxChunks: number;
}

/** Classifier default (~512 tokens): 1,500 chars, 200 overlap, at most 8 chunks. */
export const CLASSIFIER_CHUNKING: ChunkOptions = { maxChars: 1500, overlapChars: 200, maxChunks: 8 };

/** LLM-judge default: large context, but cost grows with length: 8,000 chars, 400 overlap, 3 chunks. */
export const JUDGE_CHUNKING: ChunkOptions = { maxChars: 8000, overlapChars: 400, maxChunks: 3 };

/** The chunks to send and whether some of the text is left out. */
export interface Chunked {
  chunks: string[];
  truncated: boolean;
}

/** A boundary is moved back to whitespace when one is within this share of the chunk's end. */
const BOUNDARY_LOOKBACK = 0.15;

/** Splits `text` into overlapping chunks of at most `maxChars`, capped at `maxChunks`. */
export function chunkText(text: string, options: ChunkOptions): Chunked {
  const { maxChars } = options;
  const overlap = Math.min(options.overlapChars, Math.floor(maxChars / 2) - 1);
  if (text.length <= maxChars) return { chunks: [text], truncated: false };
  const all: string[] = [];
  let start = 0;
  for (;;) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) end = adjustBoundary(text, start, end, maxChars);
    all.push(text.slice(start, end));
    if (end >= text.length) break;
    start = avoidSurrogateSplit(text, Math.max(end - overlap, start + 1));
  }
  return pickSpread(all, Math.max(1, options.maxChunks));
}

/** Prefers ending a chunk at whitespace, and never between the halves of a surrogate pair. */
function adjustBoundary(text: string, start: number, end: number, maxChars: number): number {
  const floor = end - Math.floor(maxChars * BOUNDARY_LOOKBACK);
  for (let i = end; i > floor && i > start; i--) {
    if (/\s/.test(text[i - 1] ?? "")) return i;
  }
  return avoidSurrogateSplit(text, end);
}

function avoidSurrogateSplit(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/** Keeps `max` chunks spread evenly over `all` (first and last included). */
function pickSpread(all: string[], max: number): Chunked {
  if (all.length <= max) return { chunks: all, truncated: false };
  if (max === 1) return { chunks: [all[0] ?? ""], truncated: true };
  const picked: string[] = [];
  for (let i = 0; i < max; i++) {
    picked.push(all[Math.round((i * (all.length - 1)) / (max - 1))] ?? "");
  }
  return { chunks: picked, truncated: true };
}
