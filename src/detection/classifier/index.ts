/**
 * On-edge learned classifier: public API. Pure TypeScript (no Node or Workers imports).
 * See docs/classifier.md for the model, its training and its evaluation; the engine merges it with
 * the rules in `analyze()` (src/detection/engine.ts, policy in weights-policy.ts).
 */
export { CLASSIFIER_INFO, classify, classifyNormalized } from "./classify";
export type { CueName } from "./cues";
export type { ClassifierResult } from "./score";
export { classifyNormalizedWith, classifyWith } from "./score";
export { POLICY } from "./weights-policy";
