import type { Context } from "hono";
import { type DurableObjectFailure, durableObjectFailure } from "../durable-object-failure";
import { ApiError } from "../errors";
import { metrics } from "../metrics";
import { withTimeout } from "../timeout";
import type { AppEnv } from "../types";

/** Retry-After for an overloaded object: long enough for its queue to drain. */
const OVERLOADED_RETRY_AFTER_SECONDS = 10;

/**
 * When a state-changing Durable Object call made now must have started, to count (ms since the
 * epoch): the Worker's bound less a margin for the object's storage write and the way back
 * (min(1 s, a quarter of the bound)). An object reached later changes nothing, so a client that
 * was told 503 finds no state behind it.
 */
export function answerBy(c: Context<AppEnv>): number {
  const { timeoutMs } = c.var.config.durableObjects;
  return Date.now() + timeoutMs - Math.min(1000, Math.floor(timeoutMs / 4));
}

/**
 * Awaits a Durable Object call on the request path, bounded by DURABLE_OBJECT_TIMEOUT_MS:
 * - no answer in time, an unreachable, reset or otherwise transiently failing object → 503
 *   `service_unavailable`, Retry-After 1 (an overloaded object: Retry-After 10);
 * - an exception of the object's own code (remote, not retryable, not a reset) is a bug: it is
 *   logged with the operation and rethrown, so the app's error handler answers 500
 *   `internal_error` in the one error shape.
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
    const reason = recordDurableObjectFailure(operation, error);
    const message = error instanceof Error ? error.message : String(error);
    if (reason === "error") {
      c.var.logger.error("durable object threw", { operation, error: message });
      throw error;
    }
    c.var.logger.error("durable object call failed", { operation, reason, timeoutMs, error: message });
    const retryAfter = reason === "overloaded" ? OVERLOADED_RETRY_AFTER_SECONDS : 1;
    throw new ApiError(
      503,
      "service_unavailable",
      `${service} ${reason === "timeout" ? "did not answer in time" : "is unavailable"}; retry shortly.`,
      { "Retry-After": String(retryAfter) },
    );
  }
}

/**
 * Bounds a Durable Object call made after the response (inside `waitUntil`), so the request's
 * context never outlives DURABLE_OBJECT_TIMEOUT_MS waiting for it. A failure is counted in
 * promshield_durable_object_errors_total and rethrown (a TimeoutError when late); the caller
 * decides what else it costs (usually a log line).
 */
export function boundDurableObjectCall<T>(
  c: Context<AppEnv>,
  operation: string,
  call: PromiseLike<T>,
): Promise<T> {
  return withTimeout(call, c.var.config.durableObjects.timeoutMs, operation).catch((error: unknown) => {
    recordDurableObjectFailure(operation, error);
    throw error;
  });
}

/**
 * Counts a failed call in promshield_durable_object_errors_total and returns why it failed.
 * @param operation "Object.method", e.g. "TenantHub.publish".
 */
export function recordDurableObjectFailure(operation: string, error: unknown): DurableObjectFailure {
  const reason = durableObjectFailure(error);
  const dot = operation.indexOf(".");
  metrics.record.durableObjectError({
    object: dot < 0 ? operation : operation.slice(0, dot),
    operation: dot < 0 ? operation : operation.slice(dot + 1),
    reason,
  });
  return reason;
}
