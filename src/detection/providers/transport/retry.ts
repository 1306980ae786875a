/**
 * Bounded retries with jitter. A retry happens only when (a) the failure is transient
 * (timeout, network, 5xx, 429 — unless the provider said otherwise, e.g. a daily quota),
 * (b) attempts remain, and (c) the wait plus a useful attempt still fits before the deadline.
 * A server-requested wait (Retry-After & co.) is honoured: we never retry earlier than asked,
 * and if the asked wait does not fit in the budget we give up at once instead of sleeping.
 */
import { ProviderError, toProviderError } from "../errors";
import type { CallContext } from "../types";
import { sleep } from "./sleep";

/** Retry policy of one provider. */
export interface RetryPolicy {
  /** Attempts in total, the first included (1 = no retry). */
  maxAttempts: number;
  /** Base of the exponential backoff, in ms (full jitter: wait = random × base × 2^(n-1)). */
  baseDelayMs: number;
  /** Cap of one backoff wait, in ms. */
  maxDelayMs: number;
  /** An attempt is not started with less than this much budget left: it could not finish. */
  minAttemptMs: number;
  /** Source of randomness in [0, 1); injectable for tests. */
  random: () => number;
}

/** Defaults: 3 attempts, 100 ms base, 1 s cap, 150 ms minimum useful attempt. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  minAttemptMs: 150,
  random: Math.random,
};

/** Counts HTTP requests across retries and chunks (the cost reported per model). */
export interface RequestMeter {
  requests: number;
}

/** Wait before retry number `attempt` (1-based count of failures so far). */
export function retryDelay(error: ProviderError, attempt: number, policy: RetryPolicy): number {
  if (error.retryAfterMs !== undefined) {
    // Honour the server's wait; add up to 10 % (≤ 250 ms) so isolates do not retry in lockstep.
    return error.retryAfterMs + policy.random() * Math.min(error.retryAfterMs * 0.1, 250);
  }
  return policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** Runs `attempt` until it succeeds or the policy/budget says stop; rethrows the last ProviderError. */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  ctx: CallContext,
  meter: RequestMeter,
): Promise<T> {
  for (let n = 1; ; n++) {
    if (ctx.deadline - Date.now() < policy.minAttemptMs && n > 1) {
      throw new ProviderError("timeout", "request budget exhausted before a retry", { retryable: false });
    }
    try {
      meter.requests++;
      return await attempt();
    } catch (thrown) {
      const error = toProviderError(thrown);
      if (!error.retryable || n >= policy.maxAttempts) throw error;
      const wait = retryDelay(error, n, policy);
      if (Date.now() + wait + policy.minAttemptMs > ctx.deadline) throw error;
      try {
        await sleep(wait, ctx.signal);
      } catch {
        throw error;
      }
    }
  }
}
