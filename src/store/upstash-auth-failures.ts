/**
 * Failed credential attempts per client bucket in Upstash Redis (`auth:failures:{bucket}`).
 *
 * Fail open: a Redis failure or timeout is reported to `onError` and reads as "no failures", so an
 * outage never locks legitimate clients out of /v1/auth (the credential lookup behind it fails
 * closed on its own). Every call is bounded by the shared client's per-call timeout.
 */
import { assertWindowMs, authFailuresKey } from "./keys";
import type { AuthFailureCounter, AuthFailureWindow, StoreOptions } from "./ports";
import { isTimeout, type SharedClient } from "./upstash-client";

/**
 * INCR, and give the key its TTL when it has none: on the first failure, and also whenever a key
 * somehow lost its TTL, so that no counter can ever outlive its window. One script, so the
 * counter and its TTL are never written apart (a pipeline could INCR and then fail to EXPIRE).
 * KEYS[1] = counter; ARGV[1] = window (ms). Returns {count, remaining ms}.
 */
const RECORD_FAILURE = `local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

function toInt(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value ?? 0);
  return Number.isFinite(n) ? Math.trunc(n) : 0;
}

/** Creates the failed-attempt counter on a shared (time-bounded) client. */
export function createUpstashAuthFailureCounter(
  client: SharedClient,
  options: Pick<StoreOptions, "onError">,
): AuthFailureCounter {
  const { redis } = client;
  const failOpen = (operation: "authFailures.peek" | "authFailures.record", error: unknown) => {
    options.onError?.(operation, error);
    const reason = isTimeout(error) ? "timeout" : "error";
    return { failures: 0, resetInMs: 0, reason } satisfies AuthFailureWindow;
  };

  return {
    async peek(bucket): Promise<AuthFailureWindow> {
      const key = authFailuresKey(bucket);
      try {
        // One /pipeline request (auto-pipelining). Not atomic, and need not be: if the key expires
        // between the two reads the answer is at worst a Retry-After of 1 s.
        const [count, pttl] = await Promise.all([redis.get<string>(key), redis.pttl(key)]);
        const failures = Math.max(0, toInt(count));
        return { failures, resetInMs: failures > 0 ? Math.max(0, toInt(pttl)) : 0 };
      } catch (error) {
        return failOpen("authFailures.peek", error);
      }
    },
    async record(bucket, windowMs): Promise<AuthFailureWindow> {
      const key = authFailuresKey(bucket);
      const window = assertWindowMs(windowMs);
      try {
        const reply: unknown = await redis.eval(RECORD_FAILURE, [key], [String(window)]);
        const [count, ttl] = Array.isArray(reply) ? reply : [];
        return { failures: Math.max(0, toInt(count)), resetInMs: Math.max(0, toInt(ttl)) };
      } catch (error) {
        return failOpen("authFailures.record", error);
      }
    },
  };
}
