import type { Context } from "hono";
import { ApiError } from "../errors";
import { TimeoutError, withTimeout } from "../timeout";
import type { AppEnv } from "../types";

/** What workerd sets on errors of a Durable Object call (see Cloudflare's "Error handling"). */
interface DurableObjectErrorFlags {
  /** Thrown by the object's own code: a bug on our side, not an outage. */
  remote?: boolean;
  /** The object is overloaded: retrying at once makes it worse. */
  overloaded?: boolean;
}

/** Retry-After for an overloaded object: long enough for its queue to drain. */
const OVERLOADED_RETRY_AFTER_SECONDS = 10;

/**
 * When a Durable Object call made now stops being waited for (ms since the epoch). Sent along
 * with calls that change state, so an object reached after the Worker gave up changes nothing.
 */
export function answerBy(c: Context<AppEnv>): number {
  return Date.now() + c.var.config.durableObjects.timeoutMs;
}

/**
 * Awaits a Durable Object call on the request path, bounded by DURABLE_OBJECT_TIMEOUT_MS:
 * - no answer in time, or the runtime could not reach the object → 503 `service_unavailable`,
 *   Retry-After 1 (an overloaded object: Retry-After 10);
 * - an error thrown by the object's own code is a bug: it is rethrown, so the app's error handler
 *   answers 500 `internal_error` in the one error shape and logs it.
 * @param service what the client is told is unavailable, e.g. "The event hub".
 * @param operation what is logged, e.g. "TenantHub.issueTicket".
 */
export async function callDurableObject<T>(
  c: Context<AppEnv>,
  service: string,
  operation: string,
  call: PromiseLike<T>,
): Promise<T> {
  const { timeoutMs } = c.var.config.durableObjects;
  try {
    return await withTimeout(call, timeoutMs, operation);
  } catch (error) {
    const flags = (typeof error === "object" && error !== null ? error : {}) as DurableObjectErrorFlags;
    if (flags.remote === true && flags.overloaded !== true) throw error;
    const timedOut = error instanceof TimeoutError;
    c.var.logger.error("durable object call failed", {
      operation,
      timedOut,
      overloaded: flags.overloaded === true,
      timeoutMs,
      error: error instanceof Error ? error.message : String(error),
    });
    const retryAfter = flags.overloaded === true ? OVERLOADED_RETRY_AFTER_SECONDS : 1;
    throw new ApiError(
      503,
      "service_unavailable",
      `${service} ${timedOut ? "did not answer in time" : "is unavailable"}; retry shortly.`,
      { "Retry-After": String(retryAfter) },
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
  operation: string,
  call: PromiseLike<T>,
): Promise<T> {
  return withTimeout(call, c.var.config.durableObjects.timeoutMs, operation);
}
