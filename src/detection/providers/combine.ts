/**
 * Combining the local score with the model scores.
 *
 * Weighted average in logit space: p = σ( Σ wᵢ·logit(pᵢ) / Σ wᵢ ). Logits let a confident model
 * (0.99) move the result more than a lukewarm one (0.6), and the average stays a probability.
 * Scores are clamped to [0.001, 0.999] first (logit ±6.9) so that no single 0 or 1 is infinitely
 * strong. Weights (CascadeWeights): local engine = `local` × its confidence (floored at
 * LOCAL_CONFIDENCE_FLOOR so it always keeps a voice); classifiers = `classifier`; LLM judges =
 * `judge` (self-reported scores are less calibrated); `byProvider` overrides per provider name.
 *
 * Judge-addressing rule: when the text contains phrases addressing the judge or dictating a
 * verdict (judge/addressing.ts), a judge's score is raised to at least the local score — a
 * judge may confirm or strengthen the local suspicion but never talk it down, because its
 * "benign" may be exactly what the text told it to say.
 */

/** Relative weights of the local engine and the providers. */
export interface CascadeWeights {
  /** Local engine weight, multiplied by the engine's confidence. Default 1. */
  local: number;
  /** Weight of a classifier provider. Default 1. */
  classifier: number;
  /** Weight of an LLM-judge provider. Default 0.75. */
  judge: number;
  /** Per provider name ("huggingface", "gemini", "openai-compatible"), overriding the kind's weight. */
  byProvider: Readonly<Record<string, number>>;
}

/** Default weights (documented in docs/providers.md). */
export const DEFAULT_WEIGHTS: CascadeWeights = { local: 1, classifier: 1, judge: 0.75, byProvider: {} };

/** The local engine's weight never falls below local × this, however unsure it is. */
export const LOCAL_CONFIDENCE_FLOOR = 0.1;

const EPSILON = 0.001;

/** One input of the combination. */
export interface WeightedScore {
  score: number;
  weight: number;
}

/** log(p / (1 − p)) of a clamped probability. */
export function logit(p: number): number {
  const c = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return Math.log(c / (1 - c));
}

/** 1 / (1 + e^−x). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Weighted logit-space average; undefined when the total weight is zero. */
export function combineScores(inputs: readonly WeightedScore[]): number | undefined {
  let total = 0;
  let sum = 0;
  for (const { score, weight } of inputs) {
    if (!(weight > 0) || !Number.isFinite(score)) continue;
    total += weight;
    sum += weight * logit(score);
  }
  return total > 0 ? sigmoid(sum / total) : undefined;
}

/** Weight of one provider's score. */
export function providerWeight(name: string, kind: "classifier" | "judge", weights: CascadeWeights): number {
  return weights.byProvider[name] ?? (kind === "judge" ? weights.judge : weights.classifier);
}

/** Weight of the local engine's score. */
export function localWeight(confidence: number, weights: CascadeWeights): number {
  return weights.local * Math.max(LOCAL_CONFIDENCE_FLOOR, Math.min(1, confidence));
}
