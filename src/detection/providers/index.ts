/**
 * Public surface of the model providers: registry, provider factories, shared types, and the
 * pieces the cascade and tests use (chunking, judge prompt/parser, combination).
 */
export { type Chunked, type ChunkOptions, CLASSIFIER_CHUNKING, chunkText, JUDGE_CHUNKING } from "./chunking";
export {
  type CascadeWeights,
  combineScores,
  DEFAULT_WEIGHTS,
  LOCAL_CONFIDENCE_FLOOR,
  localWeight,
  logit,
  providerWeight,
  sigmoid,
} from "./combine";
export { kindOfStatus, ProviderError, type ProviderErrorDetails } from "./errors";
export {
  createGeminiProvider,
  DEFAULT_GEMINI_BASE_URL,
  DEFAULT_GEMINI_MODEL,
  type GeminiOptions,
} from "./gemini/index";
export {
  createHuggingFaceProvider,
  DEFAULT_HF_BASE_URL,
  DEFAULT_HF_MODEL,
  DEFAULT_LABELS,
  type HuggingFaceOptions,
  type LabelMapping,
} from "./huggingface/index";
export { findJudgeAddressing } from "./judge/addressing";
export { type JudgeAnswer, parseJudgeAnswer } from "./judge/parse";
export { buildJudgePrompt, type JudgePrompt } from "./judge/prompt";
export { GEMINI_JUDGE_SCHEMA, JUDGE_VERDICTS, type JudgeVerdict, OPENAI_JUDGE_SCHEMA } from "./judge/schema";
export {
  createOpenAICompatibleProvider,
  type OpenAICompatibleOptions,
  type ResponseFormatMode,
} from "./openai-compatible/index";
export {
  buildProviders,
  type GeminiSettings,
  type HuggingFaceSettings,
  type OpenAICompatibleSettings,
  PROVIDER_FACTORIES,
  type ProviderFactory,
  type ProviderRegistryOptions,
  type SharedCallSettings,
} from "./registry";
export { DEFAULT_TIMEOUT_MS } from "./runtime";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./transport/retry";
export type {
  CallContext,
  FetchLike,
  ModelProvider,
  ProviderErrorKind,
  ProviderKind,
  ProviderScore,
} from "./types";
