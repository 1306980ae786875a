/**
 * Scoring of a whole text with a given model: normalise once, find cues once, then score each
 * overlapping window and keep the strongest. Used by `classify()` with the committed artefact and
 * by the training script with fold models, so evaluation runs exactly the production code path.
 */
import { type NormalizedText, normalize } from "../normalize";
import { CUE_NAMES, type CueName, createCueHits, cueVector, findCues, NUM_BASE_CUES, NUM_CUES } from "./cues";
import { createScratch, extractFeatures, FEATURE_CONFIG } from "./features";
import {
  calibrate,
  chunkLogit,
  linearLogit,
  type MlpModel,
  type Model,
  type PackedLanes,
  packedMlpLogit,
} from "./model";

/** Output of the classifier for one text. */
export interface ClassifierResult {
  /** Calibrated P(injection) of the strongest window, in [0, 1]. */
  probability: number;
  /** Raw model logit of the strongest window (input of the stacker in combine()). */
  logit: number;
  /** Span of the strongest window in the caller's original text (UTF-16 offsets, end exclusive). */
  chunk?: { start: number; end: number };
  /** Structural cues seen in the strongest window (explanation, not a verdict). */
  cues: CueName[];
}

// Module-level buffers: inference allocates no large array per call.
const scratch = createScratch(FEATURE_CONFIG.window);
const hits = createCueHits();
const cueX = new Float32Array(NUM_CUES);

/**
 * Scores `text` with `model`. Never throws on any string (empty, huge, lone surrogates, ...).
 *
 * @param model inference model (see artefact.ts)
 * @param text the caller's text
 */
export function classifyWith(model: Model, text: string): ClassifierResult {
  const input = typeof text === "string" ? text : String(text);
  return classifyNormalizedWith(model, normalize(input));
}

/**
 * Same as classifyWith for a text the caller has already normalised (the engine normalises once
 * for rules and classifier; normalising is a third of the classifier's time on a 1 KiB prompt).
 *
 * @param cueKeywords which of CUE_KEYWORDS occur in `norm.folded`, when the caller has scanned for
 *   them already (see findCues); scanned here otherwise
 */
export function classifyNormalizedWith(
  model: Model,
  norm: NormalizedText,
  cueKeywords?: Uint8Array,
): ClassifierResult {
  const { folded, offsets } = norm;
  const len = folded.length;
  const W = FEATURE_CONFIG.window;
  // One window (len <= W): cueVector only asks whether each cue occurs, so its first hit is enough.
  findCues(folded, hits, cueKeywords, len <= W);
  const S = FEATURE_CONFIG.stride;
  let best = Number.NEGATIVE_INFINITY;
  let bestStart = 0;
  let bestEnd = len;
  let bestCues = 0;
  // Windows inline (not forEachChunk) to avoid a closure per call on the hot path.
  let start = 0;
  for (;;) {
    const end = Math.min(len, start + W);
    cueVector(hits, start, end, cueX);
    let z: number;
    if (model.kind === "linear") {
      // Weights summed during extraction (one pass over the window, no second walk over the ids).
      extractFeatures(folded, start, end, scratch, model.w);
      z = linearLogit(model, scratch.count, scratch.sum, cueX);
    } else if (model.packed !== undefined) {
      // Two of the four hidden sums accumulated during extraction (model.ts, PackedLanes).
      extractFeatures(folded, start, end, scratch, model.packed.lo);
      z = packedMlpLogit(model as MlpModel & { packed: PackedLanes }, scratch, cueX);
    } else {
      extractFeatures(folded, start, end, scratch);
      z = chunkLogit(model, scratch, cueX);
    }
    if (z > best) {
      best = z;
      bestStart = start;
      bestEnd = end;
      let mask = 0;
      for (let c = 0; c < NUM_BASE_CUES; c++) if (cueX[c] === 1) mask |= 1 << c;
      bestCues = mask;
    }
    if (end >= len) break;
    start = start + S + W >= len ? len - W : start + S;
  }
  const cues: CueName[] = [];
  for (let c = 0; c < NUM_BASE_CUES; c++) if (bestCues & (1 << c)) cues.push(CUE_NAMES[c] as CueName);
  return {
    probability: calibrate(model.platt, best),
    logit: best,
    chunk: { start: offsets[bestStart] ?? 0, end: offsets[bestEnd] ?? offsets[len] ?? 0 },
    cues,
  };
}
