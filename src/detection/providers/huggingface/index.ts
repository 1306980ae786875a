/**
 * Hugging Face text-classification provider (HF Inference via the router, or a Dedicated
 * Endpoint). One string per call (router batching is unconfirmed); long text is chunked to the
 * ~512-token limit and the strongest chunk wins.
 */

import { scoreChunked } from "../chunked-scoring";
import { CLASSIFIER_CHUNKING } from "../chunking";
import { joinUrl, type RuntimeOverrides, resolveRuntime, sendWithRetries } from "../runtime";
import type { ModelProvider } from "../types";
import { DEFAULT_LABELS, type LabelMapping } from "./labels";
import { interpretClassification } from "./parse";

export { DEFAULT_LABELS, type LabelMapping, maliciousScore } from "./labels";
export { labelScores } from "./parse";

/** Default classifier: DeBERTa-v3 fine-tuned for prompt injection (labels SAFE / INJECTION). */
export const DEFAULT_HF_MODEL = "protectai/deberta-v3-base-prompt-injection-v2";
/** HF Inference through the router; the model id is appended. */
export const DEFAULT_HF_BASE_URL = "https://router.huggingface.co/hf-inference/models";

/** Options of the Hugging Face provider. */
export interface HuggingFaceOptions extends RuntimeOverrides {
  apiKey: string;
  model?: string;
  /** Prefix the model id is appended to. Default DEFAULT_HF_BASE_URL. */
  baseUrl?: string;
  /** A Dedicated Endpoint's full URL; when set it is used as is (no model id appended). */
  endpointUrl?: string;
  labels?: LabelMapping;
  /** `parameters.top_k`; 2 returns both classes of a binary head. Null omits `parameters`. */
  topK?: number | null;
  /** Send `X-Wait-For-Model: true` (the call then waits for a cold model, within the deadline). */
  waitForModel?: boolean;
}

/** Builds the Hugging Face provider. */
export function createHuggingFaceProvider(options: HuggingFaceOptions): ModelProvider {
  const model = options.model ?? DEFAULT_HF_MODEL;
  const url = options.endpointUrl ?? joinUrl(options.baseUrl ?? DEFAULT_HF_BASE_URL, model);
  const labels = options.labels ?? DEFAULT_LABELS;
  const topK = options.topK === undefined ? 2 : options.topK;
  const runtime = resolveRuntime(options, CLASSIFIER_CHUNKING);
  const headers: Record<string, string> = {
    authorization: `Bearer ${options.apiKey}`,
    "content-type": "application/json",
    accept: "application/json",
  };
  if (options.waitForModel) headers["x-wait-for-model"] = "true";
  return {
    name: "huggingface",
    model,
    kind: "classifier",
    score: (text, ctx) =>
      scoreChunked(text, runtime.chunking, ctx, async (chunk, chunkCtx, meter) => {
        const body = topK === null ? { inputs: chunk } : { inputs: chunk, parameters: { top_k: topK } };
        const request = () => ({ url, headers, body: JSON.stringify(body) });
        const score = await sendWithRetries(runtime, chunkCtx, meter, request, (a) =>
          interpretClassification(a, labels),
        );
        return { score };
      }),
  };
}
