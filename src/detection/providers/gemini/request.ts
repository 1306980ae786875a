/**
 * Gemini `generateContent` request body for the judge: the hardened prompt as system
 * instruction + user turn, deterministic decoding, and structured output
 * (`responseMimeType: application/json` + `responseSchema`) so the model can only answer
 * {verdict, score, reason}.
 */
import type { JudgePrompt } from "../judge/prompt";
import { GEMINI_JUDGE_SCHEMA } from "../judge/schema";

/** Generation settings of the judge. */
export interface GeminiGeneration {
  maxOutputTokens: number;
  /** Sent as thinkingConfig.thinkingBudget when set (0 turns thinking off on 2.5 Flash models). */
  thinkingBudget?: number;
}

/**
 * The text being judged often *is* harmful (jailbreaks quote it); a safety block would turn a
 * clear injection into a failed call. The judge only emits a verdict object, so the content
 * filters are relaxed for the four classic categories.
 */
const SAFETY_SETTINGS = [
  "HARM_CATEGORY_HARASSMENT",
  "HARM_CATEGORY_HATE_SPEECH",
  "HARM_CATEGORY_SEXUALLY_EXPLICIT",
  "HARM_CATEGORY_DANGEROUS_CONTENT",
].map((category) => ({ category, threshold: "BLOCK_NONE" }));

/** The JSON body of one judge call. */
export function geminiJudgeBody(prompt: JudgePrompt, generation: GeminiGeneration): Record<string, unknown> {
  const generationConfig: Record<string, unknown> = {
    temperature: 0,
    maxOutputTokens: generation.maxOutputTokens,
    responseMimeType: "application/json",
    responseSchema: GEMINI_JUDGE_SCHEMA,
  };
  if (generation.thinkingBudget !== undefined) {
    generationConfig.thinkingConfig = { thinkingBudget: generation.thinkingBudget };
  }
  return {
    systemInstruction: { parts: [{ text: prompt.system }] },
    contents: [{ role: "user", parts: [{ text: prompt.user }] }],
    generationConfig,
    safetySettings: SAFETY_SETTINGS,
  };
}
