/** Shared helpers of the provider tests. */
import { expect } from "vitest";
import { ProviderError } from "../../../src/detection/providers/errors";
import type { RetryPolicy } from "../../../src/detection/providers/transport/retry";
import type { CallContext } from "../../../src/detection/providers/types";

/** Fast backoff so retry tests take milliseconds (Retry-After is still honoured). */
export const FAST_RETRY: Partial<RetryPolicy> = { baseDelayMs: 5, maxDelayMs: 20, minAttemptMs: 50 };

/** A call context with `budgetMs` from now. */
export function budget(budgetMs: number, meter?: { requests: number }): CallContext {
  return { deadline: Date.now() + budgetMs, ...(meter ? { meter } : {}) };
}

/** Awaits a rejection and returns it as a ProviderError (fails the test otherwise). */
export async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error("expected the call to fail");
}

/** Milliseconds taken by `fn`, with its settled value. */
export async function timed<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; value: PromiseSettledResult<T> }> {
  const start = performance.now();
  const [value] = await Promise.allSettled([fn()]);
  return { ms: performance.now() - start, value: value as PromiseSettledResult<T> };
}
