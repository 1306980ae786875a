/**
 * Upstash Redis adapter (REST, via @upstash/redis): the production store.
 *
 * Failure policy: cache and stats calls never throw. A failed or slow read is a miss, a failed
 * write is skipped; each failure goes to `onError` so the caller can log and count it. Every call
 * is bounded by `timeoutMs` (see upstash-client.ts), so a dead Redis costs at most that much.
 */
import { createUpstashBreakerStateStore } from "./breaker-state";
import { decodeDetection, encodeDetection } from "./encoding";
import { assertTenantId, CACHE_STATS_TENANTS_KEY, cacheStatsKey, detectionKey } from "./keys";
import type {
  CachedDetection,
  CacheStats,
  PingResult,
  Store,
  StoreOperation,
  StoreOptions,
  TenantCacheStats,
} from "./ports";
import { createUpstashAuthStores } from "./upstash-auth";
import { createUpstashAuthFailureCounter } from "./upstash-auth-failures";
import {
  type CallBounds,
  DEFAULT_CALL_BOUNDS,
  type RedisConnection,
  sharedRedisClient,
} from "./upstash-client";
import { createUpstashRateLimiter } from "./upstash-ratelimit";

/** Options of {@link createUpstashStore}. */
export interface UpstashStoreOptions extends StoreOptions, Partial<CallBounds> {
  /** Keep @upstash/ratelimit's in-isolate block cache (default true). Tests turn it off. */
  ephemeralCache?: boolean;
  /** Lifetime of a tenant's strikes counter after its last denial (default 60 s). */
  strikesTtlSeconds?: number;
}

function toCount(value: unknown): number {
  const count = typeof value === "number" ? value : Number(value ?? 0);
  return Number.isFinite(count) && count > 0 ? count : 0;
}

function statsFrom(hits: unknown, misses: unknown): CacheStats {
  const h = toCount(hits);
  const m = toCount(misses);
  return { hits: h, misses: m, hitRate: h + m === 0 ? 0 : h / (h + m) };
}

/**
 * HMGET hits misses → stats. The client is created with automaticDeserialization off, under which
 * it returns Redis' flat array; the object form (deserialization on) is accepted too.
 */
function statsFromHmget(reply: unknown): CacheStats {
  if (Array.isArray(reply)) return statsFrom(reply[0], reply[1]);
  if (reply && typeof reply === "object" && "hits" in reply && "misses" in reply)
    return statsFrom(reply.hits, reply.misses);
  return statsFrom(0, 0);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Creates the Upstash store. Cheap: clients and limiters are shared at module scope. */
export function createUpstashStore(connection: RedisConnection, options: UpstashStoreOptions = {}): Store {
  const bounds: CallBounds = {
    timeoutMs: options.timeoutMs ?? DEFAULT_CALL_BOUNDS.timeoutMs,
    retries: options.retries ?? DEFAULT_CALL_BOUNDS.retries,
    retryBackoffMs: options.retryBackoffMs ?? DEFAULT_CALL_BOUNDS.retryBackoffMs,
  };
  const client = sharedRedisClient(connection, bounds);
  const { redis } = client;

  /**
   * Runs `work`; on failure reports it and returns `fallback`. Keys are built before, outside:
   * an invalid tenant id is a caller bug and rejects instead of passing for a miss.
   */
  async function guarded<T>(operation: StoreOperation, fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      options.onError?.(operation, error);
      return fallback;
    }
  }

  return {
    ...createUpstashAuthStores(client),
    kind: "upstash",
    breakers: createUpstashBreakerStateStore(client),
    cache: {
      async get(tenantId, hash): Promise<CachedDetection | null> {
        const key = detectionKey(tenantId, hash);
        return guarded("cache.get", null, async () => {
          const encoded = await redis.get<string>(key);
          return typeof encoded === "string" ? decodeDetection(encoded) : null;
        });
      },
      async put(tenantId, hash, value, ttlSeconds): Promise<void> {
        const key = detectionKey(tenantId, hash);
        const ttl = Math.floor(ttlSeconds);
        if (ttl < 1) return;
        const encoded = encodeDetection(value);
        return guarded("cache.put", undefined, async () => {
          await redis.set(key, encoded, { ex: ttl });
        });
      },
    },
    stats: {
      async record(tenantId, hit): Promise<void> {
        const key = cacheStatsKey(tenantId);
        return guarded("stats.record", undefined, async () => {
          // One /pipeline request through auto-pipelining.
          await Promise.all([
            redis.hincrby(key, hit ? "hits" : "misses", 1),
            redis.zincrby(CACHE_STATS_TENANTS_KEY, 1, tenantId),
          ]);
        });
      },
      async get(tenantId): Promise<CacheStats> {
        const key = cacheStatsKey(tenantId);
        return guarded("stats.get", statsFrom(0, 0), async () => {
          const reply: unknown = await redis.hmget(key, "hits", "misses");
          return statsFromHmget(reply);
        });
      },
      async all(limit = 100): Promise<TenantCacheStats[]> {
        return guarded("stats.all", [], async () => {
          const ids = await redis.zrange<string[]>(CACHE_STATS_TENANTS_KEY, 0, Math.max(0, limit - 1), {
            rev: true,
          });
          // Ids come from Redis: skip anything that is not a tenant id rather than build odd keys.
          const tenants = ids.map(String).filter((id) => {
            try {
              assertTenantId(id);
              return true;
            } catch {
              return false;
            }
          });
          if (tenants.length === 0) return [];
          const pipeline = redis.pipeline();
          for (const tenantId of tenants) pipeline.hmget(cacheStatsKey(tenantId), "hits", "misses");
          const rows: unknown[] = await pipeline.exec();
          return tenants.map((tenantId, i) => ({ tenantId, ...statsFromHmget(rows[i]) }));
        });
      },
    },
    rateLimiter: createUpstashRateLimiter(client, {
      ...options,
      timeoutMs: bounds.timeoutMs,
    }),
    authFailures: createUpstashAuthFailureCounter(client, options),
    health: {
      async ping(): Promise<PingResult> {
        const started = Date.now();
        try {
          const answer = await redis.ping();
          const latencyMs = Date.now() - started;
          return answer === "PONG"
            ? { ok: true, latencyMs }
            : { ok: false, latencyMs, error: `unexpected PING answer ${String(answer)}` };
        } catch (error) {
          options.onError?.("ping", error);
          return { ok: false, latencyMs: Date.now() - started, error: describe(error) };
        }
      },
    },
  };
}
