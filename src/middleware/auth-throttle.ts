import { createMiddleware } from "hono/factory";
import { clientBucket } from "../auth/client-address";
import { ApiError } from "../errors";
import type { AppEnv } from "../types";

/** Options of {@link authThrottle}. */
export interface AuthThrottleOptions {
  /**
   * Length of a client's window in seconds (default 60: AUTH_FAILURES_PER_MINUTE is per minute).
   * Only tests shorten it.
   */
  windowSeconds?: number;
}

/**
 * Whether this isolate is currently failing open because the store cannot count. Module scope so
 * that an outage is logged once when it starts (and once when it ends), not on every request; the
 * store's own onError hook still logs each failed call (throttled) and marks /system/status degraded.
 */
let failingOpen = false;

/**
 * Throttles failed credential attempts per client address on the routes it guards (`/v1/auth/*`).
 *
 * Before the handler: if the client's bucket (a keyed hash of CF-Connecting-IP, see
 * src/auth/client-address.ts) already holds AUTH_FAILURES_PER_MINUTE failures in its window, the
 * request is refused with 429 `rate_limited` and `Retry-After` (seconds until the window ends),
 * before any body parsing or credential lookup. After the handler: a 401 answer counts one failure.
 * Nothing else counts, so clients that succeed (many behind one NAT) are never throttled.
 *
 * The window is fixed: it opens with the client's first failure and ends `windowSeconds` later
 * (TTL of `auth:failures:{bucket}`). AUTH_FAILURES_PER_MINUTE=0 turns the middleware off.
 * Store failures fail open (no throttling), since the credential lookup behind it fails closed.
 *
 * @throws Error at start-up when `windowSeconds` is not a whole number between 1 and 3600.
 */
export function authThrottle(options: AuthThrottleOptions = {}) {
  const windowSeconds = options.windowSeconds ?? 60;
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1 || windowSeconds > 3600) {
    throw new Error(
      `authThrottle: windowSeconds must be a whole number from 1 to 3600, got ${windowSeconds}`,
    );
  }
  const windowMs = windowSeconds * 1000;

  return createMiddleware<AppEnv>(async (c, next) => {
    const limit = c.var.config.auth.failuresPerMinute;
    if (limit === 0) return next();
    const store = c.var.store.authFailures;
    const bucket = await clientBucket(c.req.header("CF-Connecting-IP"), c.var.config.auth.apiKeyPepper);

    const current = await store.peek(bucket);
    if (current.reason) {
      if (!failingOpen) {
        failingOpen = true;
        c.var.logger.warn(
          "auth throttle cannot read failure counts; not throttling until the store recovers",
          {
            reason: current.reason,
          },
        );
      }
    } else if (failingOpen) {
      failingOpen = false;
      c.var.logger.info("auth throttle reads failure counts again");
    }
    if (current.failures >= limit) {
      const retryAfter = Math.min(windowSeconds, Math.max(1, Math.ceil(current.resetInMs / 1000)));
      throw new ApiError(
        429,
        "rate_limited",
        `Too many failed credential attempts from this address; retry after ${retryAfter} s.`,
        { "Retry-After": String(retryAfter) },
      );
    }

    await next();

    if (c.res.status !== 401) return;
    // Awaited, not waitUntil: the next attempt must see this failure (bounded by the store's
    // per-call timeout; only failing requests pay for it).
    const after = await store.record(bucket, windowMs);
    if (after.failures === limit) {
      // Once per client and window: the bucket (a keyed hash), never the address.
      c.var.logger.warn("too many failed credential attempts; throttling the client", {
        client: bucket,
        failures: after.failures,
        windowSeconds,
      });
    }
  });
}
