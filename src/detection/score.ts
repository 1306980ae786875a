/**
 * From rule matches to score, verdict and confidence.
 *
 * - Each rule counts once (its weight), however many times it matched.
 * - Category score: noisy-OR of its rules' weights, 1 - Π(1 - w), capped per category (weak
 *   structural evidence such as obfuscation alone should not reach certainty).
 * - Overall: noisy-OR of the category scores, then a bonus for independent evidence: every
 *   additional category scoring ≥ 0.25 removes MULTI_FAMILY_BONUS of the remaining doubt.
 * - Confidence: distance of the score from the threshold, scaled to [0, 1] on each side
 *   (0 = on the threshold, 1 = score 0 for a benign verdict or 1 for an injection verdict).
 *   It is a margin, not a calibrated probability; see docs/detection.md for the measured
 *   precision by confidence band.
 */
import type { Category, CategoryScore, RuleMatch } from "./types";

/** Score at or above which the verdict is "injection"; chosen on the development corpus (docs/detection.md). */
export const DEFAULT_THRESHOLD = 0.5;

/** Share of the remaining doubt removed by each additional independent family. */
export const MULTI_FAMILY_BONUS = 0.15;

/** Upper bound of each category's score. */
export const CATEGORY_CAPS: Readonly<Record<Category, number>> = {
  instruction_override: 0.98,
  roleplay_jailbreak: 0.98,
  prompt_extraction: 0.97,
  chat_template: 0.95,
  fake_tool_trace: 0.9,
  exfiltration: 0.97,
  payload_splitting: 0.9,
  obfuscation: 0.85,
  indirect_injection: 0.95,
};

/** Scores of one text. */
export interface Scored {
  score: number;
  categories: CategoryScore[];
}

/**
 * Combines matches into per-category scores and the overall score.
 *
 * @param matches all matches (several per rule allowed; each rule counts once)
 */
export function scoreMatches(matches: readonly RuleMatch[]): Scored {
  const ruleWeight = new Map<string, { category: Category; weight: number }>();
  for (const m of matches) {
    const prev = ruleWeight.get(m.rule);
    if (!prev || m.weight > prev.weight) ruleWeight.set(m.rule, { category: m.category, weight: m.weight });
  }
  const doubt = new Map<Category, number>();
  for (const { category, weight } of ruleWeight.values()) {
    doubt.set(category, (doubt.get(category) ?? 1) * (1 - clamp01(weight)));
  }
  const categories: CategoryScore[] = [];
  for (const [name, d] of doubt) {
    const score = Math.min(CATEGORY_CAPS[name], 1 - d);
    if (score > 0) categories.push({ name, score: round4(score) });
  }
  categories.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));

  let remaining = 1;
  let strong = 0;
  for (const c of categories) {
    remaining *= 1 - c.score;
    if (c.score >= 0.25) strong++;
  }
  if (strong > 1) remaining *= (1 - MULTI_FAMILY_BONUS) ** (strong - 1);
  return { score: round4(1 - remaining), categories };
}

/**
 * Confidence of the verdict implied by `score` at `threshold`: 0 at the threshold, 1 at the far
 * end of the verdict's side.
 */
export function confidenceOf(score: number, threshold: number): number {
  const t = clamp01(threshold);
  if (score >= t) return t >= 1 ? 1 : round4((score - t) / (1 - t));
  return t <= 0 ? 1 : round4((t - score) / t);
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * How the classifier's calibrated probability enters the engine score, and what the final score
 * means. Fitted by the training script on cross-source held-out predictions (leave-one-repository-out
 * and source-file folds) and shipped in `classifier/weights-policy.ts`.
 */
export interface CombinationPolicy {
  /**
   * Piecewise-linear monotone map from classifier probability to a score: `p[i]` ↦ `s[i]`.
   * The knots put p < p[1] below the uncertain band (s < 0.25), p[1] ≤ p < p[2] inside the band
   * but below the threshold (escalated, locally benign), p ≥ p[2] at or above the threshold, and,
   * with five knots (s[3] = 0.75 < s[4]), p > p[3] above the band (flagged without escalation); with
   * four knots (`s = [0, 0.25, 0.5, 0.75]`, round 24) the classifier's flags stay inside the band,
   * escalated whenever a model is configured. When held-out data show no probability
   * at which the classifier's own flags are reliable, the map has three knots and ends inside the
   * band (s < 0.5): the classifier escalates but never flags on its own.
   */
  p: readonly number[];
  s: readonly number[];
  /**
   * Reliability of the final score: P(injection | score), isotonic fit on held-out folds, as
   * knots (`score[i]` ↦ `pInjection[i]`, linear in between, flat outside).
   */
  calScore: readonly number[];
  calInjection: readonly number[];
  /** Short digest of the fields above (part of ENGINE_INFO.version). */
  digest: string;
  /** Provenance: rule engine, classifier version, folds. */
  fittedOn: string;
}

/** Linear interpolation through monotone knots xs ↦ ys; flat outside; NaN-safe (NaN → ys[0]). */
export function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  const n = xs.length;
  if (n === 0) return 0;
  if (!(x > (xs[0] as number))) return ys[0] as number;
  if (x >= (xs[n - 1] as number)) return ys[n - 1] as number;
  let i = 1;
  while (i < n - 1 && x > (xs[i] as number)) i++;
  const x0 = xs[i - 1] as number;
  const x1 = xs[i] as number;
  const y0 = ys[i - 1] as number;
  const y1 = ys[i] as number;
  return x1 > x0 ? y0 + ((y1 - y0) * (x - x0)) / (x1 - x0) : y1;
}

/** Score the classifier alone would give, through the policy's map. */
export function classifierScore(probability: number, policy: CombinationPolicy): number {
  return interpolate(policy.p, policy.s, clamp01(probability));
}

/** The combined score and how much of it the classifier added. */
export interface CombinedScore {
  score: number;
  /** Combined score minus the rule score (≥ 0): what the classifier added. */
  contribution: number;
}

/**
 * One score from the rules and the classifier: `max(ruleScore, g(p))`. Strong rule evidence
 * decides on its own (a classifier can never lower it); the classifier raises the score into the
 * uncertain band on moderate probability and over the threshold only on high probability (the
 * cut `policy.p[2]` is chosen so that held-out-source benign FPR stays about 1%).
 */
export function combineScores(
  ruleScore: number,
  probability: number,
  policy: CombinationPolicy,
): CombinedScore {
  const r = clamp01(ruleScore);
  // Rounded down, so that rounding can never lift a classifier-only score over a knot (the threshold).
  const c = Math.floor(classifierScore(probability, policy) * 10000) / 10000;
  const score = round4(Math.max(r, c));
  return { score, contribution: round4(Math.max(0, score - r)) };
}

/** Estimated P(injection | score) from the policy's held-out reliability fit. */
export function injectionProbability(score: number, policy: CombinationPolicy): number {
  return clamp01(interpolate(policy.calScore, policy.calInjection, clamp01(score)));
}

/**
 * Probability that the verdict implied by `score` at `threshold` is right, estimated on
 * held-out sources: P(injection | score) for an injection verdict, 1 − P(injection | score) for a
 * benign one. Usually ≥ 0.5; below 0.5 only when a caller's threshold puts the verdict on the
 * less likely side.
 */
export function verdictConfidence(score: number, threshold: number, policy: CombinationPolicy): number {
  const p = injectionProbability(score, policy);
  return round4(score >= clamp01(threshold) ? p : 1 - p);
}
