/**
 * The classifier with the committed artefact: decoded on first use (not at module load, so that
 * the rules-only entry point and the training script's bootstrap never depend on the weights),
 * then `classify()` is allocation-light and runs in microseconds per KiB.
 */
import type { NormalizedText } from "../normalize";
import { loadModel } from "./artefact";
import { FEATURE_CONFIG } from "./features";
import type { Model } from "./model";
import { type ClassifierResult, classifyNormalizedWith, classifyWith } from "./score";
import { WEIGHTS } from "./weights";

let model: Model | undefined;

/** The decoded committed model (decoded once, on first call). */
function shippedModel(): Model {
  if (model === undefined) model = loadModel(WEIGHTS);
  return model;
}

const charOrders = `${FEATURE_CONFIG.charMinOrder}-${FEATURE_CONFIG.charMaxOrder}`;

/** Identity of the shipped classifier (for responses, logs and cache keys). */
export const CLASSIFIER_INFO = {
  name: WEIGHTS.name,
  version: WEIGHTS.version,
  features: `hashed char ${charOrders}-grams + word 1-2-grams (2^${FEATURE_CONFIG.hashBits} buckets) + ${WEIGHTS.cueNames.length} structural cues; window ${FEATURE_CONFIG.window}/stride ${FEATURE_CONFIG.stride}`,
  trainedOn: WEIGHTS.trainedOn,
} as const;

/**
 * Calibrated probability that `text` is a prompt injection, from the strongest window of the text.
 * Never throws on any string.
 */
export function classify(text: string): ClassifierResult {
  return classifyWith(shippedModel(), text);
}

/**
 * classify() for a text already normalised with `normalize()` (lets the engine normalise once).
 *
 * @param cueKeywords optional result of the caller's keyword scan for CUE_KEYWORDS (see findCues)
 */
export function classifyNormalized(norm: NormalizedText, cueKeywords?: Uint8Array): ClassifierResult {
  return classifyNormalizedWith(shippedModel(), norm, cueKeywords);
}
