/**
 * @upstash/redis clients with a hard time bound per call, shared at module scope.
 *
 * How a call is bounded (@upstash/redis 1.39, read from its HttpClient):
 * - `retry` only covers fetch throwing (network errors); an HTTP error answer is never retried.
 *   Default is 5 retries with exp backoff (~9 s against a dead host): we use 1 retry after 50 ms.
 * - `signal` may be a FUNCTION returning a signal; it is called once per HTTP request, and the
 *   same signal then spans every retry of that request. When it aborts, the client rethrows the
 *   abort error (a `TimeoutError` DOMException from AbortSignal.timeout). A plain AbortSignal
 *   would instead be turned into a fake successful `{result: "Aborted"}` and is unusable here.
 * So `signal: () => AbortSignal.timeout(ms)` bounds each request (one auto-pipelined batch), retries
 * included, to `ms`.
 */
import { Redis } from "@upstash/redis/cloudflare";

/** Connection settings of an Upstash database (Config.redis). */
export interface RedisConnection {
  url: string;
  token: string;
}

/** Time bounds of every Redis call. */
export interface CallBounds {
  /** Upper bound for one HTTP request, retries included (ms). */
  timeoutMs: number;
  /** Retries after a network error (not after an error answer). */
  retries: number;
  /** Wait before each retry (ms). */
  retryBackoffMs: number;
}

/** Defaults: a dead Redis adds at most ~0.5 s to a request, never seconds. */
export const DEFAULT_CALL_BOUNDS: Readonly<CallBounds> = { timeoutMs: 500, retries: 1, retryBackoffMs: 50 };

/** A client together with the state that must live as long as it does (per isolate). */
export interface SharedClient {
  redis: Redis;
  /** Identity of the client settings, to key further module-scope caches. */
  key: string;
}

// Module scope: Workers re-create per-request objects, but isolates live for many requests;
// reusing clients keeps HTTP keep-alive connections and the rate limiter's ephemeral caches.
const clients = new Map<string, SharedClient>();
const MAX_CLIENTS = 16;

/** The shared client for these settings (created on first use). */
export function sharedRedisClient(connection: RedisConnection, bounds: CallBounds): SharedClient {
  const key = [
    connection.url,
    connection.token,
    bounds.timeoutMs,
    bounds.retries,
    bounds.retryBackoffMs,
  ].join("\n");
  const existing = clients.get(key);
  if (existing) return existing;
  const redis = new Redis({
    url: connection.url,
    token: connection.token,
    retry: { retries: bounds.retries, backoff: () => bounds.retryBackoffMs },
    signal: () => AbortSignal.timeout(bounds.timeoutMs),
    // Values are our own encoded strings: never let the client JSON-parse them.
    automaticDeserialization: false,
    enableTelemetry: false,
  });
  // Settings rarely vary (tests do): bound the map anyway instead of trusting callers.
  if (clients.size >= MAX_CLIENTS) clients.clear();
  const shared = { redis, key };
  clients.set(key, shared);
  return shared;
}

/** True when `error` is the abort raised by the per-call timeout. */
export function isTimeout(error: unknown): boolean {
  // Checked by name: DOMException is not an Error subclass on every runtime.
  const name = typeof error === "object" && error !== null && "name" in error ? error.name : undefined;
  return name === "TimeoutError" || name === "AbortError";
}
