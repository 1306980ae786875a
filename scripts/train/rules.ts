/**
 * Rule-engine scores for the combination policy: the rules-only entry point `analyzeRules`
 * (not `analyze`, which already contains the classifier).
 */
import { analyzeRules, ENGINE_INFO } from "../../src/detection/engine";

/** Name and code version of the rule engine the policy is fitted on. */
export const ENGINE_VERSION = `${ENGINE_INFO.name}@${ENGINE_INFO.version.split("+")[0]}`;

/** Rule score per text. */
export function ruleScores(texts: readonly string[]): Float64Array {
  return Float64Array.from(texts, (t) => analyzeRules(t).score);
}
