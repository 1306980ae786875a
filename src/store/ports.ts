/**
 * Storage ports: what the Worker needs from per-tenant state, independent of where it lives.
 * Two adapters implement them: Upstash Redis over REST (`upstash.ts`) and in-memory (`memory.ts`).
 * Everything here is plain TypeScript (no Workers-only or Node-only APIs).
 */

import type { BreakerStateStore } from "../detection/breaker/types";
import type { DecodedFrom } from "../detection/types";

export type { DecodedFrom };

/** One rule hit as cached: its span in the caller's text, never the text itself. */
export interface CachedMatch {
  rule: string;
  category: string;
  /** Start offset in the original text (UTF-16, inclusive). */
  start: number;
  /** End offset in the original text (UTF-16, exclusive). */
  end: number;
  weight: number;
  decodedFrom?: DecodedFrom;
}

/** A verdict as cached. Excerpts are rebuilt from the request text on a hit (same text ⇒ same hash). */
export interface CachedResult {
  verdict: "injection" | "benign";
  score: number;
  confidence: number;
  categories: { name: string; score: number }[];
  matches: CachedMatch[];
  /** The learned classifier's calibrated probability and what it added to the rules' score. */
  classifier?: { probability: number; contribution: number };
}

/** A cached answer: the overall result plus, when the request had documents, one result per document. */
export interface CachedDetection extends CachedResult {
  documents?: CachedResult[];
}

/**
 * Per-tenant detection cache. Store failures never reject: a failed read is a miss, a failed write
 * is skipped. Only an invalid tenant id rejects (InvalidTenantIdError: a caller bug).
 */
export interface DetectionCache {
  /** The cached answer for `hash` (see detectionCacheHash), or null on a miss or a store failure. */
  get(tenantId: string, hash: string): Promise<CachedDetection | null>;
  /** Stores `value` for `ttlSeconds` (see ttlForConfidence). */
  put(tenantId: string, hash: string, value: CachedDetection, ttlSeconds: number): Promise<void>;
}

/** Cache counters of one tenant. `hitRate` is hits / (hits + misses), 0 before any lookup. */
export interface CacheStats {
  hits: number;
  misses: number;
  hitRate: number;
}

/** Cache counters with the tenant they belong to (operator view). */
export interface TenantCacheStats extends CacheStats {
  tenantId: string;
}

/** Cache hit/miss counters. Store failures never reject: no-op (record), zeros/empty (reads). */
export interface CacheStatsStore {
  record(tenantId: string, hit: boolean): Promise<void>;
  get(tenantId: string): Promise<CacheStats>;
  /** Tenants with the most lookups first, at most `limit` (default 100). */
  all(limit?: number): Promise<TenantCacheStats[]>;
}

/**
 * Why a decision did not come from a normal window check:
 * - `timeout` / `error`: the store did not answer in time / failed; the fail mode decided.
 * - `cacheBlock`: denied from the isolate's memory (the tenant was already over its limit).
 */
export type RateLimitReason = "timeout" | "error" | "cacheBlock";

/** Outcome of one rate-limit check. */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the current window ends (ms since epoch). */
  resetAt: number;
  /**
   * Seconds the client should wait (0 when allowed). Grows 1, 2, 4, 8, 15, 15… while the tenant
   * keeps pushing while limited; starts again at 1 once a request has been allowed.
   */
  retryAfterSeconds: number;
  reason?: RateLimitReason;
  /** Background work (e.g. analytics) the caller must hand to `ctx.waitUntil`. */
  pending?: Promise<unknown>;
}

/** Sliding-window rate limiter, one window per tenant. */
export interface RateLimiter {
  /**
   * Counts `cost` requests (default 1; a batch costs its item count) of `tenantId` against
   * `limitPerMinute` (sliding 60 s window). A request is admitted only if its whole cost fits in
   * the window; a denied request consumes nothing.
   */
  limit(tenantId: string, limitPerMinute: number, cost?: number): Promise<RateLimitDecision>;
}

/** Result of a health check. */
export interface PingResult {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** Store health for /system/status and readiness probes. Never throws. */
export interface StoreHealth {
  ping(): Promise<PingResult>;
}

/** All ports of one backend. */
export interface Store {
  cache: DetectionCache;
  stats: CacheStatsStore;
  rateLimiter: RateLimiter;
  health: StoreHealth;
  /** Model-provider circuit-breaker records shared by every isolate (throws on failure). */
  breakers: BreakerStateStore;
  kind: "upstash" | "memory";
}

/** Store operations reported to {@link StoreOptions.onError}. */
export type StoreOperation =
  | "cache.get"
  | "cache.put"
  | "stats.record"
  | "stats.get"
  | "stats.all"
  | "ratelimit"
  | "ping";

/** Options shared by both adapters. */
export interface StoreOptions {
  /**
   * What the rate limiter decides when the store fails or times out: `open` allows (default,
   * see docs/store.md), `closed` denies with Retry-After 1.
   */
  rateLimitFailMode?: "open" | "closed";
  /** Called for every swallowed store failure, so the caller can log and count it. */
  onError?: (operation: StoreOperation, error: unknown) => void;
}
