import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { ApiError } from "../errors";
import { metrics } from "../metrics";
import { rateLimitEvent } from "../realtime";
import { publishToTenant } from "../services/events";
import type { AppEnv } from "../types";

/**
 * Charges `cost` requests to the verified tenant's sliding window. Sets
 * `RateLimit-Limit/Remaining/Reset` on the answer; over the limit throws 429 with a `Retry-After`
 * that grows 1, 2, 4, 8, 15 s while the tenant keeps pushing.
 */
export async function enforceRateLimit(c: Context<AppEnv>, cost: number): Promise<void> {
  // The tenant's plan, else RATE_LIMIT_PER_MINUTE (unregistered tenants in development/test).
  const perMinute = c.var.tenantProfile?.plan.requestsPerMinute ?? c.var.config.rateLimit.perMinute;
  const decision = await c.var.store.rateLimiter.limit(c.var.tenant.tenantId, perMinute, cost);
  if (decision.pending) c.executionCtx.waitUntil(decision.pending);
  c.header("RateLimit-Limit", String(decision.limit));
  c.header("RateLimit-Remaining", String(decision.remaining));
  c.header("RateLimit-Reset", String(Math.max(0, Math.ceil((decision.resetAt - Date.now()) / 1000))));
  if (!decision.allowed) {
    metrics.record.rateLimited({
      tenantId: c.var.tenant.tenantId,
      backoffSeconds: decision.retryAfterSeconds,
    });
    publishToTenant(
      c,
      rateLimitEvent({
        limit: decision.limit,
        windowSeconds: 60,
        retryAfterSeconds: decision.retryAfterSeconds,
      }),
    );
    throw new ApiError(
      429,
      "rate_limited",
      `Rate limit of ${decision.limit} requests per minute exceeded; retry after ${decision.retryAfterSeconds} s.`,
      { "Retry-After": String(decision.retryAfterSeconds) },
    );
  }
}

/**
 * Rate limit per tenant, one unit per request, before the handler runs. Must come after auth:
 * the identity is the verified tenant only. Batch routes call {@link enforceRateLimit} with
 * their item count instead.
 */
export function rateLimit() {
  return createMiddleware<AppEnv>(async (c, next) => {
    await enforceRateLimit(c, 1);
    await next();
  });
}
