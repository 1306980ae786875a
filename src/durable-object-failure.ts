/**
 * What a failed Durable Object call was, from the flags workerd sets on its errors (Cloudflare's
 * "Error handling" page) and our own bound. Shared by the request-path helper and the metrics flush.
 */
import { TimeoutError } from "./timeout";

/** Why a Durable Object call failed, as counted in promshield_durable_object_errors_total. */
export type DurableObjectFailure = "timeout" | "unavailable" | "overloaded" | "error";

function flag(error: object, name: string): boolean {
  return name in error && Reflect.get(error, name) === true;
}

/**
 * - `timeout`: no answer within DURABLE_OBJECT_TIMEOUT_MS;
 * - `overloaded`: the runtime reports the object overloaded (retrying at once makes it worse);
 * - `error`: an exception of the object's own code (remote, not retryable, not a reset) — a bug;
 * - `unavailable`: anything else (unreachable, reset by a deploy or a limit, transient).
 */
export function durableObjectFailure(error: unknown): DurableObjectFailure {
  if (error instanceof TimeoutError) return "timeout";
  if (typeof error !== "object" || error === null) return "unavailable";
  if (flag(error, "overloaded")) return "overloaded";
  if (flag(error, "remote") && !flag(error, "retryable") && !flag(error, "durableObjectReset"))
    return "error";
  return "unavailable";
}
