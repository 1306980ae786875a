/**
 * In-memory adapter: the store of a fresh `npm run dev` without Upstash credentials, and a test
 * double. Same semantics as the Upstash adapter (TTL expiry, sliding window, strikes/backoff), but
 * per isolate: nothing is shared between Worker isolates or survives a restart. Every map is
 * bounded (LRU), so a long-running dev Worker does not grow without bound.
 */

import { InMemoryBreakerStateStore } from "../detection/breaker/memory-store";
import { DEFAULT_STRIKES_TTL_SECONDS, RATE_LIMIT_WINDOW_MS, retryAfterForStrikes } from "./backoff";
import { decodeDetection, encodeDetection } from "./encoding";
import { assertTenantId, assertWindowMs, authFailuresKey, cacheStatsKey, detectionKey } from "./keys";
import { LruMap } from "./lru";
import { createMemoryAuthStores, MemoryKeySpace } from "./memory-auth";
import type {
  AuthFailureWindow,
  CachedDetection,
  CacheStats,
  RateLimitDecision,
  Store,
  TenantCacheStats,
} from "./ports";
import { slideWindow, type WindowState } from "./sliding-window";

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Most cached answers kept (all tenants together); least recently used go first. Default 10 000. */
  maxCacheEntries?: number;
  /** Most tenants tracked for stats, windows and strikes. Default 10 000. */
  maxTenants?: number;
  strikesTtlSeconds?: number;
  /** Most client buckets tracked for failed credential attempts. Default 10 000. */
  maxAuthClients?: number;
  /** Clock (ms since epoch); tests pass a fake one to cross windows without waiting. */
  now?: () => number;
}

function statsOf(counters: { hits: number; misses: number } | undefined): CacheStats {
  const hits = counters?.hits ?? 0;
  const misses = counters?.misses ?? 0;
  const total = hits + misses;
  return { hits, misses, hitRate: total === 0 ? 0 : hits / total };
}

const keySpaces = new WeakMap<Store, MemoryKeySpace>();

/**
 * Everything an in-memory store holds for tenants, API keys and tokens, as `[key, value]` strings
 * (same keys as in Redis). For tests that assert what is (not) stored; empty for other stores.
 */
export function dumpMemoryStore(store: Store): Array<[string, string]> {
  return [...(keySpaces.get(store)?.dump() ?? [])];
}

/**
 * Creates an independent in-memory store. Values are kept in their encoded form, so a format
 * bug shows up in development rather than only against Redis.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const maxTenants = options.maxTenants ?? 10_000;
  const strikesTtlMs = (options.strikesTtlSeconds ?? DEFAULT_STRIKES_TTL_SECONDS) * 1000;
  const entries = new LruMap<string>(options.maxCacheEntries ?? 10_000, now);
  const counters = new LruMap<{ hits: number; misses: number; lookups: number }>(maxTenants, now);
  const windows = new LruMap<WindowState>(maxTenants, now);
  const strikes = new LruMap<number>(maxTenants, now);
  // Bounded and evicting (unlike the auth key space, which refuses writes when full): a flood of
  // distinct client addresses must not crowd out tenants and keys. Entries expire with their window.
  const authFailures = new LruMap<{ failures: number; expiresAt: number }>(
    options.maxAuthClients ?? 10_000,
    now,
  );
  const space = new MemoryKeySpace(now);

  const store: Store = {
    ...createMemoryAuthStores(space, now),
    kind: "memory",
    breakers: new InMemoryBreakerStateStore(),
    cache: {
      async get(tenantId, hash): Promise<CachedDetection | null> {
        const encoded = entries.get(detectionKey(tenantId, hash));
        return encoded === undefined ? null : decodeDetection(encoded);
      },
      async put(tenantId, hash, value, ttlSeconds): Promise<void> {
        const key = detectionKey(tenantId, hash);
        if (!(ttlSeconds > 0)) return;
        entries.set(key, encodeDetection(value), ttlSeconds * 1000);
      },
    },
    stats: {
      async record(tenantId, hit): Promise<void> {
        const key = cacheStatsKey(tenantId);
        const current = counters.get(key) ?? { hits: 0, misses: 0, lookups: 0 };
        if (hit) current.hits += 1;
        else current.misses += 1;
        current.lookups += 1;
        counters.set(key, current);
      },
      async get(tenantId): Promise<CacheStats> {
        return statsOf(counters.get(cacheStatsKey(tenantId)));
      },
      async all(limit = 100): Promise<TenantCacheStats[]> {
        const rows = [...counters.liveEntries()].map(([key, value]) => ({
          tenantId: key.split(":")[1] ?? "",
          lookups: value.lookups,
          ...statsOf(value),
        }));
        rows.sort((a, b) => b.lookups - a.lookups || a.tenantId.localeCompare(b.tenantId));
        return rows.slice(0, limit).map(({ lookups: _, ...row }) => row);
      },
    },
    rateLimiter: {
      async limit(tenantId, limitPerMinute, cost = 1): Promise<RateLimitDecision> {
        assertTenantId(tenantId);
        const state = windows.get(tenantId) ?? { window: 0, current: 0, previous: 0 };
        const decision = slideWindow(state, limitPerMinute, RATE_LIMIT_WINDOW_MS, now(), cost);
        // Windows end after two window lengths at the latest (the previous window's weight).
        windows.set(tenantId, state, 2 * RATE_LIMIT_WINDOW_MS);
        const base = { limit: limitPerMinute, remaining: decision.remaining, resetAt: decision.resetAt };
        if (decision.allowed) {
          strikes.delete(tenantId);
          return { ...base, allowed: true, retryAfterSeconds: 0 };
        }
        const count = (strikes.get(tenantId) ?? 0) + 1;
        strikes.set(tenantId, count, strikesTtlMs);
        return { ...base, allowed: false, retryAfterSeconds: retryAfterForStrikes(count) };
      },
    },
    authFailures: {
      async peek(bucket): Promise<AuthFailureWindow> {
        const entry = authFailures.get(authFailuresKey(bucket));
        if (!entry) return { failures: 0, resetInMs: 0 };
        return { failures: entry.failures, resetInMs: Math.max(0, entry.expiresAt - now()) };
      },
      async record(bucket, windowMs): Promise<AuthFailureWindow> {
        const key = authFailuresKey(bucket);
        const window = assertWindowMs(windowMs);
        const at = now();
        const entry = authFailures.get(key) ?? { failures: 0, expiresAt: at + window };
        entry.failures += 1;
        // Same expiry as before: the window opens with the first failure and is never extended.
        authFailures.set(key, entry, entry.expiresAt - at);
        return { failures: entry.failures, resetInMs: entry.expiresAt - at };
      },
    },
    health: {
      async ping() {
        return { ok: true, latencyMs: 0 };
      },
    },
  };
  keySpaces.set(store, space);
  return store;
}
