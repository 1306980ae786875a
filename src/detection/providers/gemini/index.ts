/**
 * Gemini as an LLM judge (`models/{model}:generateContent`, key in `x-goog-api-key`), with the
 * shared hardened prompt and strict answer parser (../judge/).
 */

import { createJudgeProvider } from "../judge/provider";
import { joinUrl, type RuntimeOverrides } from "../runtime";
import type { ModelProvider } from "../types";
import { interpretGenerateContent } from "./parse";
import { geminiJudgeBody } from "./request";

/** Default judge model: fast and cheap, no thinking by default. Override with GEMINI_MODEL. */
export const DEFAULT_GEMINI_MODEL = "gemini-2.5-flash-lite";
/** API root; `/models/{model}:generateContent` is appended. */
export const DEFAULT_GEMINI_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";

/** Options of the Gemini judge. */
export interface GeminiOptions extends RuntimeOverrides {
  apiKey: string;
  model?: string;
  /** API root up to and including the version. Default DEFAULT_GEMINI_BASE_URL. */
  baseUrl?: string;
  /** Default 256: the answer is one small JSON object. */
  maxOutputTokens?: number;
  /** thinkingConfig.thinkingBudget; unset = the model's default. 0 disables thinking on 2.5 Flash. */
  thinkingBudget?: number;
  /** Nonce source; tests only. */
  makeNonce?: () => string;
}

/** Builds the Gemini judge provider. */
export function createGeminiProvider(options: GeminiOptions): ModelProvider {
  const model = options.model ?? DEFAULT_GEMINI_MODEL;
  const url = joinUrl(
    options.baseUrl ?? DEFAULT_GEMINI_BASE_URL,
    `models/${encodeURIComponent(model)}:generateContent`,
  );
  const generation = {
    maxOutputTokens: options.maxOutputTokens ?? 256,
    ...(options.thinkingBudget !== undefined ? { thinkingBudget: options.thinkingBudget } : {}),
  };
  const headers = { "x-goog-api-key": options.apiKey, "content-type": "application/json" };
  return createJudgeProvider(
    {
      name: "gemini",
      model,
      request: (prompt) => ({ url, headers, body: JSON.stringify(geminiJudgeBody(prompt, generation)) }),
      interpret: interpretGenerateContent,
    },
    options,
  );
}
