/**
 * Per-tenant sliding-window rate limiting with @upstash/ratelimit, plus progressive Retry-After.
 *
 * One Ratelimit instance per (client, limit value), cached at module scope with its own ephemeral
 * cache: a tenant already over its limit is then denied from isolate memory ("cacheBlock") without
 * a Redis round trip until its window resets. The limit value is not part of the Redis key, so a
 * tenant whose limit changes keeps its window counts.
 */
import { Ratelimit } from "@upstash/ratelimit";
import { DEFAULT_STRIKES_TTL_SECONDS, retryAfterForStrikes } from "./backoff";
import { RATELIMIT_PREFIX, rateLimitIdentifier, strikesKey } from "./keys";
import type { RateLimitDecision, RateLimiter, RateLimitReason, StoreOptions } from "./ports";
import { isTimeout, type SharedClient } from "./upstash-client";

/** Options of {@link createUpstashRateLimiter}. */
export interface UpstashRateLimiterOptions extends StoreOptions {
  /** Ratelimit's own timeout (ms), after which it answers `reason: "timeout"`. */
  timeoutMs: number;
  /** Keep @upstash/ratelimit's in-isolate block cache (default true; tests turn it off). */
  ephemeralCache?: boolean;
  strikesTtlSeconds?: number;
}

const limiters = new Map<string, Ratelimit>();
const MAX_LIMITERS = 256;

/**
 * Tenants (per client) denied by this isolate whose strikes counter may still exist. Deleting the
 * counter on every allowed request would add a Redis write to every request, so only tenants seen
 * denied here are reset. A tenant denied in another isolate keeps its counter until the TTL ends.
 */
const possibleStrikes = new Set<string>();
const MAX_POSSIBLE_STRIKES = 10_000;

function limiterFor(client: SharedClient, limit: number, options: UpstashRateLimiterOptions): Ratelimit {
  const ephemeral = options.ephemeralCache ?? true;
  const key = [client.key, limit, ephemeral, options.timeoutMs].join("\n");
  let limiter = limiters.get(key);
  if (!limiter) {
    if (limiters.size >= MAX_LIMITERS) limiters.clear();
    limiter = new Ratelimit({
      redis: client.redis,
      limiter: Ratelimit.slidingWindow(limit, "60 s"),
      prefix: RATELIMIT_PREFIX,
      // A Map of its own per instance: the block entries are only valid for this limit value.
      ephemeralCache: ephemeral ? new Map<string, number>() : false,
      timeout: options.timeoutMs,
      analytics: false,
      enableProtection: false,
    });
    limiters.set(key, limiter);
  }
  return limiter;
}

/** The decision when Redis could not decide, per the configured fail mode. */
function failDecision(limit: number, mode: "open" | "closed", reason: RateLimitReason): RateLimitDecision {
  const resetAt = Date.now() + 1000;
  return mode === "open"
    ? { allowed: true, limit, remaining: limit, resetAt, retryAfterSeconds: 0, reason }
    : { allowed: false, limit, remaining: 0, resetAt, retryAfterSeconds: 1, reason };
}

/** Creates the rate limiter port on a shared client. */
export function createUpstashRateLimiter(
  client: SharedClient,
  options: UpstashRateLimiterOptions,
): RateLimiter {
  const failMode = options.rateLimitFailMode ?? "open";
  const strikesTtl = options.strikesTtlSeconds ?? DEFAULT_STRIKES_TTL_SECONDS;
  const report = (error: unknown) => options.onError?.("ratelimit", error);

  /** Counts one more denial; falls back to 1 s when Redis fails at this point. */
  async function strike(tenantId: string): Promise<number> {
    const key = strikesKey(tenantId);
    if (possibleStrikes.size >= MAX_POSSIBLE_STRIKES) possibleStrikes.clear();
    possibleStrikes.add(`${client.key}\n${key}`);
    try {
      // Both go out as one /pipeline request (auto-pipelining).
      const [count] = await Promise.all([client.redis.incr(key), client.redis.expire(key, strikesTtl)]);
      return retryAfterForStrikes(count);
    } catch (error) {
      report(error);
      return retryAfterForStrikes(1);
    }
  }

  async function clearStrikes(tenantId: string): Promise<void> {
    const key = strikesKey(tenantId);
    if (!possibleStrikes.delete(`${client.key}\n${key}`)) return;
    try {
      await client.redis.del(key);
    } catch (error) {
      report(error);
    }
  }

  return {
    async limit(tenantId, limitPerMinute, cost = 1): Promise<RateLimitDecision> {
      const identifier = rateLimitIdentifier(tenantId);
      let response: Awaited<ReturnType<Ratelimit["limit"]>>;
      try {
        response = await limiterFor(client, limitPerMinute, options).limit(
          identifier,
          cost === 1 ? undefined : { rate: cost },
        );
      } catch (error) {
        report(error);
        return failDecision(limitPerMinute, failMode, isTimeout(error) ? "timeout" : "error");
      }
      if (response.reason === "timeout") {
        report(new Error(`rate limit check timed out after ${options.timeoutMs} ms`));
        return failDecision(limitPerMinute, failMode, "timeout");
      }
      const base = {
        limit: response.limit,
        remaining: response.remaining,
        resetAt: response.reset,
        pending: response.pending,
      };
      if (!response.success && cost > 1 && response.reason !== "cacheBlock") {
        // The sliding-window script counts a request before it checks the cost against the limit:
        // give back a denied batch's tokens, so that a denial consumes nothing (as in memory).
        // The refund also lifts the ephemeral block, so later single requests are not refused.
        try {
          await limiterFor(client, limitPerMinute, options).limit(identifier, { rate: -cost });
        } catch (error) {
          report(error);
        }
      }
      if (response.success) {
        await clearStrikes(tenantId);
        return { ...base, allowed: true, retryAfterSeconds: 0 };
      }
      const retryAfterSeconds = await strike(tenantId);
      const reason = response.reason === "cacheBlock" ? ({ reason: "cacheBlock" } as const) : {};
      return { ...base, allowed: false, retryAfterSeconds, ...reason };
    },
  };
}
