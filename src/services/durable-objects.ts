import type { Context } from "hono";
import { ApiError } from "../errors";
import { TimeoutError, withTimeout } from "../timeout";
import type { AppEnv } from "../types";

/**
 * Awaits a Durable Object call on the request path, bounded by DURABLE_OBJECT_TIMEOUT_MS. A call
 * that fails or does not answer in time (the object is overloaded, resetting, or unreachable)
 * becomes a 503 the client may retry, logged with what was called: never a hung request or a 500.
 * `ApiError`s pass through unchanged.
 * @param service what the client is told is unavailable, e.g. "The event hub".
 */
export async function callDurableObject<T>(
  c: Context<AppEnv>,
  service: string,
  call: PromiseLike<T>,
): Promise<T> {
  const { timeoutMs } = c.var.config.durableObjects;
  try {
    return await withTimeout(call, timeoutMs, service);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const timedOut = error instanceof TimeoutError;
    c.var.logger.error("durable object call failed", {
      service,
      timedOut,
      timeoutMs,
      error: error instanceof Error ? error.message : String(error),
    });
    throw new ApiError(
      503,
      "service_unavailable",
      `${service} ${timedOut ? "did not answer in time" : "is unavailable"}; retry shortly.`,
      { "Retry-After": "1" },
    );
  }
}

/**
 * Bounds a Durable Object call made after the response (inside `waitUntil`), so the request's
 * context never outlives DURABLE_OBJECT_TIMEOUT_MS waiting for it. Rejects with a
 * {@link TimeoutError} when late; the caller decides what a failure costs (usually a log line).
 */
export function boundDurableObjectCall<T>(
  c: Context<AppEnv>,
  service: string,
  call: PromiseLike<T>,
): Promise<T> {
  return withTimeout(call, c.var.config.durableObjects.timeoutMs, service);
}
