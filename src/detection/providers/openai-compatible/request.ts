/**
 * OpenAI-compatible `/chat/completions` request body for the judge: the same hardened prompt
 * as Gemini (system + user messages), temperature 0, and a JSON response format — a strict
 * `json_schema` (OpenAI, most gateways) or the looser `json_object` (servers without schema
 * support; the prompt names "JSON", which json_object mode requires).
 */
import type { JudgePrompt } from "../judge/prompt";
import { OPENAI_JUDGE_SCHEMA } from "../judge/schema";

/** Which `response_format` to request. */
export type ResponseFormatMode = "json_schema" | "json_object";

/** Generation settings of the judge. */
export interface ChatGeneration {
  model: string;
  maxTokens: number;
  responseFormat: ResponseFormatMode;
}

/** The JSON body of one judge call. */
export function chatJudgeBody(prompt: JudgePrompt, generation: ChatGeneration): Record<string, unknown> {
  return {
    model: generation.model,
    messages: [
      { role: "system", content: prompt.system },
      { role: "user", content: prompt.user },
    ],
    temperature: 0,
    max_tokens: generation.maxTokens,
    response_format:
      generation.responseFormat === "json_schema"
        ? { type: "json_schema", json_schema: OPENAI_JUDGE_SCHEMA }
        : { type: "json_object" },
  };
}
