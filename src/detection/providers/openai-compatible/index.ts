/**
 * Any OpenAI-compatible Chat Completions server as an LLM judge: OpenAI, Cloudflare Workers AI's
 * compatibility endpoint, Portkey-style gateways, Groq, vLLM, Ollama… Same hardened prompt and
 * strict parser as the Gemini judge (../judge/).
 */

import { createJudgeProvider } from "../judge/provider";
import { joinUrl, type RuntimeOverrides } from "../runtime";
import type { ModelProvider } from "../types";
import { interpretChatCompletion } from "./parse";
import { chatJudgeBody, type ResponseFormatMode } from "./request";

export type { ResponseFormatMode } from "./request";

/** Options of the OpenAI-compatible judge. */
export interface OpenAICompatibleOptions extends RuntimeOverrides {
  /** API root including the version, e.g. `https://api.openai.com/v1`; `/chat/completions` is appended. */
  baseUrl: string;
  model: string;
  /** Sent as `Authorization: Bearer …` when set (local servers often need none). */
  apiKey?: string;
  /** Default "json_schema" (strict). Use "json_object" for servers without schema support. */
  responseFormat?: ResponseFormatMode;
  /** Default 256. */
  maxTokens?: number;
  /** Extra headers, e.g. a gateway's routing headers (`x-portkey-provider` …). Never logged. */
  headers?: Record<string, string>;
  /** Nonce source; tests only. */
  makeNonce?: () => string;
}

/** Builds the OpenAI-compatible judge provider. */
export function createOpenAICompatibleProvider(options: OpenAICompatibleOptions): ModelProvider {
  const url = joinUrl(options.baseUrl, "chat/completions");
  const generation = {
    model: options.model,
    maxTokens: options.maxTokens ?? 256,
    responseFormat: options.responseFormat ?? "json_schema",
  };
  const headers: Record<string, string> = { ...options.headers, "content-type": "application/json" };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  return createJudgeProvider(
    {
      name: "openai-compatible",
      model: options.model,
      request: (prompt) => ({ url, headers, body: JSON.stringify(chatJudgeBody(prompt, generation)) }),
      interpret: interpretChatCompletion,
    },
    options,
  );
}
