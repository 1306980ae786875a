/**
 * Public types of the local detection engine. The engine is pure TypeScript: no Workers,
 * Node or network imports, so it runs unchanged in workerd, in Node scripts and in tests.
 */

/** Rule families; every rule belongs to exactly one. */
export const CATEGORIES = [
  "instruction_override",
  "roleplay_jailbreak",
  "prompt_extraction",
  "chat_template",
  "fake_tool_trace",
  "exfiltration",
  "payload_splitting",
  "obfuscation",
  "indirect_injection",
] as const;

export type Category = (typeof CATEGORIES)[number];

/**
 * Encodings the engine decodes and rescans. `unicode_tags`: ASCII smuggled as invisible Unicode
 * tag characters (U+E0020–U+E007E); `spaced`: letter-spaced text ("i g n o r e"); `reversed`:
 * text written backwards; `morse`: Morse code in "." and "-".
 */
export const DECODINGS = [
  "base64",
  "hex",
  "url",
  "rot13",
  "unicode_tags",
  "spaced",
  "reversed",
  "morse",
] as const;
export type DecodedFrom = (typeof DECODINGS)[number];

/** One rule hit, with its span mapped back to the caller's original text (UTF-16 offsets). */
export interface RuleMatch {
  rule: string;
  category: Category;
  /** Start offset in the original text (inclusive). */
  start: number;
  /** End offset in the original text (exclusive). */
  end: number;
  /** The original text of the span, shortened to at most 120 characters. */
  excerpt: string;
  weight: number;
  /** Set when the hit was found inside a decoded segment (the span then covers the encoded segment). */
  decodedFrom?: DecodedFrom;
}

export interface CategoryScore {
  name: Category;
  score: number;
}

export interface EngineOptions {
  /** Score at or above which the verdict is "injection". Default: DEFAULT_THRESHOLD. */
  threshold?: number;
}

export interface EngineResult {
  verdict: "injection" | "benign";
  /**
   * Score in [0, 1]: injection when ≥ the threshold (default 0.5). Rules + classifier, merged as
   * max(rule score, g(classifier probability)); [0.25, 0.75] is the uncertain band the cascade
   * escalates (docs/detection.md). Monotone in risk, not itself a probability: see `confidence`.
   */
  score: number;
  /**
   * Estimated probability that `verdict` is right, in [0, 1] (normally ≥ 0.5), from a reliability
   * fit of the score on held-out sources (leave-one-repository-out and source-file folds of the
   * development corpus, ~36% injections: at a lower injection base rate, injection verdicts are
   * less often right and benign ones more often). From `analyzeRules()` it is the older margin
   * (confidenceOf).
   */
  confidence: number;
  /** Per-category rule scores, highest first; only categories with a non-zero score. */
  categories: CategoryScore[];
  /** Rule matches: the evidence. The classifier adds no matches (see `classifier`). */
  matches: RuleMatch[];
  /**
   * The learned classifier's part (added by the detection engine; absent from `analyzeRules()`):
   * - `probability`: its calibrated P(injection) for the strongest window (calibrated in
   *   distribution; on unseen sources it is over-confident, which the policy accounts for);
   * - `contribution`: how much it raised the score above the rule score (score − rule score, ≥ 0);
   * - `chunk`: the strongest window's span in `text` (UTF-16 offsets, end exclusive), only when
   *   the text is longer than one window.
   */
  classifier?: { probability: number; contribution: number; chunk?: { start: number; end: number } };
  /**
   * Encoded-looking segments that were not decoded because they exceeded the decode budget
   * (added by the detection engine; absent when zero). The plain text is always scanned whole.
   */
  skippedSegments?: number;
}
