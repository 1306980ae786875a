/**
 * Contracts shared by every model provider. Providers are pure TypeScript over the Web
 * `fetch` API, so they run unchanged in workerd, in Node and in tests.
 */

/** How a provider reaches its verdict; judges get the judge-addressing rule in the cascade. */
export type ProviderKind = "classifier" | "judge";

/** Why one provider call failed. Every failure is classified as exactly one of these. */
export type ProviderErrorKind =
  | "timeout"
  | "network"
  | "http_4xx"
  | "http_5xx"
  | "rate_limited"
  | "bad_response";

/** Per-call limits handed to a provider by the cascade. */
export interface CallContext {
  /** Absolute time (epoch ms, `Date.now()` clock) after which no request of this call may still run. */
  deadline: number;
  /** Aborted by the cascade when it stops waiting (deadline reached or result already decided). */
  signal?: AbortSignal;
  /** Counts HTTP requests (retries and chunks included), also when the call fails. */
  meter?: { requests: number };
}

/** A successful provider answer. */
export interface ProviderScore {
  /** Probability-like score in [0, 1] that the text is an injection (strongest chunk). */
  score: number;
  /** Chunks sent (each chunk is one logical request, before retries). */
  chunks: number;
  /** True when the text was longer than `maxChunks` chunks could cover (see chunking.ts). */
  truncated: boolean;
  /** HTTP requests made, retries included: the cost of this answer. */
  requests: number;
  /** A judge's short justification, when the provider is a judge. Never contains secrets. */
  reason?: string;
}

/** One model behind the cascade: a classifier or an LLM judge reached over HTTP. */
export interface ModelProvider {
  /** Stable provider id: "huggingface", "gemini", "openai-compatible". Also the breaker name. */
  readonly name: string;
  /** Model id sent to the provider (reported in results and logs). */
  readonly model: string;
  readonly kind: ProviderKind;
  /**
   * Scores `text`. Resolves with a score or rejects with a `ProviderError`; never outlives
   * `ctx.deadline` by more than the time it takes to notice an abort.
   */
  score(text: string, ctx: CallContext): Promise<ProviderScore>;
}

/** Injection point for `fetch` (tests may wrap it; the default is the global). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
