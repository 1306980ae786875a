/**
 * The one error type providers throw. The cascade reads `kind` for the model outcome,
 * `retryable`/`retryAfterMs` for the retry loop and `breakerNeutral` for the circuit breaker.
 */
import type { ProviderErrorKind } from "./types";

/** Extra facts about a failure; all optional. */
export interface ProviderErrorDetails {
  /** HTTP status, when the failure came from an HTTP answer. */
  status?: number;
  /** Server-requested wait before a retry (Retry-After, RetryInfo, estimated_time …), in ms. */
  retryAfterMs?: number;
  /** Overrides the default retry rule of `kind` (e.g. a per-day quota is never retried). */
  retryable?: boolean;
  /**
   * True when the failure was caused by the judged text rather than by the provider's health
   * (a forged verdict echoed by the judge, a prompt blocked by the provider's safety filter).
   * Such failures must not open the breaker: otherwise an attacker could switch the models off
   * for every tenant by sending a handful of crafted texts.
   */
  breakerNeutral?: boolean;
}

/** Kinds retried by default: transient by nature. 4xx and bad answers repeat identically. */
const RETRYABLE_KINDS: ReadonlySet<ProviderErrorKind> = new Set([
  "timeout",
  "network",
  "http_5xx",
  "rate_limited",
]);

/** A classified provider failure. Messages never include API keys or the judged text. */
export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retryable: boolean;
  readonly breakerNeutral: boolean;

  constructor(kind: ProviderErrorKind, message: string, details: ProviderErrorDetails = {}) {
    super(message);
    this.name = "ProviderError";
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.retryable = details.retryable ?? RETRYABLE_KINDS.has(kind);
    this.breakerNeutral = details.breakerNeutral ?? false;
  }
}

/** Maps an HTTP status to its error kind (429 is rate limiting, not a generic 4xx). */
export function kindOfStatus(status: number): ProviderErrorKind {
  if (status === 429) return "rate_limited";
  if (status >= 500) return "http_5xx";
  return "http_4xx";
}

/** Normalises anything thrown into a ProviderError (unknown errors count as network failures). */
export function toProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError("network", message);
}
