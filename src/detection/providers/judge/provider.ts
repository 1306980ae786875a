/**
 * An LLM-judge provider from its wire format alone: Gemini and OpenAI-compatible endpoints differ
 * only in how a prompt becomes an HTTP request and how the answer text is read back.
 */
import { scoreChunked } from "../chunked-scoring";
import { JUDGE_CHUNKING } from "../chunking";
import { type RuntimeOverrides, resolveRuntime, sendWithRetries } from "../runtime";
import type { HttpAnswer, HttpRequest } from "../transport/http";
import type { ModelProvider } from "../types";
import type { JudgePrompt } from "./prompt";
import { judgeScorer } from "./scorer";

/** What distinguishes one judge API from another. */
export interface JudgeWireFormat {
  name: string;
  model: string;
  /** The HTTP request that asks the model to judge `prompt`. */
  request(prompt: JudgePrompt): HttpRequest;
  /** The model's answer text from the HTTP answer (throws a ProviderError otherwise). */
  interpret(answer: HttpAnswer): string;
}

/** Builds a judge provider: shared prompt, parser, chunking, retries and deadline handling. */
export function createJudgeProvider(
  format: JudgeWireFormat,
  options: RuntimeOverrides & { makeNonce?: () => string },
): ModelProvider {
  const runtime = resolveRuntime(options, JUDGE_CHUNKING);
  const scorer = judgeScorer(
    (prompt, ctx, meter) =>
      sendWithRetries(runtime, ctx, meter, () => format.request(prompt), format.interpret),
    options.makeNonce,
  );
  return {
    name: format.name,
    model: format.model,
    kind: "judge",
    score: (text, ctx) => scoreChunked(text, runtime.chunking, ctx, scorer),
  };
}
