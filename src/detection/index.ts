/**
 * Public surface of the local detection engine.
 */

export { DEFAULT_DECODE_BUDGET, type DecodedSegment, findEncodedSegments } from "./decode";
export { analyze, analyzeRules, ENGINE_INFO } from "./engine";
export { type NormalizedText, normalize } from "./normalize";
export { RULE_DEFS, RULE_FAMILIES, RULES, type Rule, type RuleDef } from "./rules/index";
export {
  CATEGORY_CAPS,
  type CombinationPolicy,
  type CombinedScore,
  classifierScore,
  combineScores,
  confidenceOf,
  DEFAULT_THRESHOLD,
  injectionProbability,
  scoreMatches,
  verdictConfidence,
} from "./score";
export { SIGNAL_RULES } from "./signals";
export * from "./types";
