/**
 * The judge's answer contract, in the two schema dialects the providers accept. One source of
 * truth for field names and the verdict enum; the parser (parse.ts) checks the same contract.
 */

/** The two verdicts a judge may give. */
export const JUDGE_VERDICTS = ["injection", "benign"] as const;

/** A judge verdict. */
export type JudgeVerdict = (typeof JUDGE_VERDICTS)[number];

/** Longest `reason` accepted; the prompt asks for one short sentence. */
export const MAX_REASON_CHARS = 500;

/** Gemini `generationConfig.responseSchema` (OpenAPI 3.0 subset, upper-case types). */
export const GEMINI_JUDGE_SCHEMA = {
  type: "OBJECT",
  properties: {
    verdict: { type: "STRING", enum: [...JUDGE_VERDICTS] },
    score: { type: "NUMBER", description: "Probability in [0, 1] that the text is a prompt injection." },
    reason: { type: "STRING", description: "One short sentence; do not quote the text." },
  },
  required: ["verdict", "score", "reason"],
  propertyOrdering: ["verdict", "score", "reason"],
} as const;

/** OpenAI `response_format` json_schema (strict: every property required, no extra ones). */
export const OPENAI_JUDGE_SCHEMA = {
  name: "injection_verdict",
  strict: true,
  schema: {
    type: "object",
    properties: {
      verdict: { type: "string", enum: [...JUDGE_VERDICTS] },
      score: { type: "number", description: "Probability in [0, 1] that the text is a prompt injection." },
      reason: { type: "string", description: "One short sentence; do not quote the text." },
    },
    required: ["verdict", "score", "reason"],
    additionalProperties: false,
  },
} as const;
