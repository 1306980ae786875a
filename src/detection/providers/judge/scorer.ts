/**
 * The judge half shared by Gemini and the OpenAI-compatible provider: build the hardened prompt,
 * let the provider send it and extract the model's text, validate that text. Each provider only
 * supplies its wire format (`JudgeTransport`).
 */
import type { ChunkScorer } from "../chunked-scoring";
import type { RequestMeter } from "../transport/retry";
import type { CallContext } from "../types";
import { parseJudgeAnswer } from "./parse";
import { buildJudgePrompt, type JudgePrompt } from "./prompt";

/** Sends one judge prompt and returns the model's raw answer text (or throws a ProviderError). */
export type JudgeTransport = (prompt: JudgePrompt, ctx: CallContext, meter: RequestMeter) => Promise<string>;

/** A chunk scorer that judges each chunk with `transport` and the shared prompt and parser. */
export function judgeScorer(transport: JudgeTransport, makeNonce?: () => string): ChunkScorer {
  return async (chunk, ctx, meter) => {
    const prompt = buildJudgePrompt(chunk, makeNonce);
    const raw = await transport(prompt, ctx, meter);
    const answer = parseJudgeAnswer(raw, { text: chunk, nonce: prompt.nonce });
    return { score: answer.score, reason: answer.reason };
  };
}
