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
 * Encodings the engine decodes and rescans. `unicode_tags` (added by the detection engine):
 * ASCII smuggled as invisible Unicode tag characters (U+E0020–U+E007E).
 */
/** Encodings the engine decodes and rescans. */
export const DECODINGS = ["base64", "hex", "url", "rot13", "unicode_tags"] as const;
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
  /** Probability-like score in [0, 1] that the text is an injection. */
  score: number;
  /** How sure the engine is of its verdict, in [0, 1]. */
  confidence: number;
  /** Per-category scores, highest first; only categories with a non-zero score. */
  categories: CategoryScore[];
  matches: RuleMatch[];
  /**
   * Encoded-looking segments that were not decoded because they exceeded the decode budget
   * (added by the detection engine; absent when zero). The plain text is always scanned whole.
   */
  skippedSegments?: number;
}
