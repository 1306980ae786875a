/**
 * What every provider needs besides its own wire format: fetch, the per-call timeout, the retry
 * policy and the chunking limits — and the one function that combines them for a request.
 */
import type { ChunkOptions } from "./chunking";
import { type HttpAnswer, type HttpRequest, postOnce } from "./transport/http";
import { DEFAULT_RETRY_POLICY, type RequestMeter, type RetryPolicy, withRetries } from "./transport/retry";
import type { CallContext, FetchLike } from "./types";

/** Per-provider call settings. */
export interface ProviderRuntime {
  fetch: FetchLike;
  /** Timeout of one HTTP attempt in ms (MODEL_TIMEOUT_SECONDS × 1000); the deadline may cut it shorter. */
  timeoutMs: number;
  retry: RetryPolicy;
  chunking: ChunkOptions;
}

/** Settings a caller may override; the rest comes from defaults. */
export interface RuntimeOverrides {
  fetch?: FetchLike;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  chunking?: Partial<ChunkOptions>;
}

/** Default per-call timeout: MODEL_TIMEOUT_SECONDS' default (5 s). */
export const DEFAULT_TIMEOUT_MS = 5000;

/** Fills a runtime from overrides and a provider's chunking default. */
export function resolveRuntime(overrides: RuntimeOverrides, chunking: ChunkOptions): ProviderRuntime {
  return {
    // Bound late: tests and workerd may replace globalThis.fetch after this module loads.
    fetch: overrides.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: overrides.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY_POLICY, ...overrides.retry },
    chunking: { ...chunking, ...overrides.chunking },
  };
}

/** Sends `request` with retries under the runtime's limits; `interpret` maps the answer or throws. */
export function sendWithRetries<T>(
  runtime: ProviderRuntime,
  ctx: CallContext,
  meter: RequestMeter,
  request: () => HttpRequest,
  interpret: (answer: HttpAnswer) => T,
): Promise<T> {
  return withRetries(
    async () => {
      const limits = {
        timeoutMs: runtime.timeoutMs,
        deadline: ctx.deadline,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      };
      return interpret(await postOnce(runtime.fetch, request(), limits));
    },
    runtime.retry,
    ctx,
    meter,
  );
}

/** Joins a base URL and a path without doubling or dropping the slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}
