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
