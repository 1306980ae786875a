/**
 * Storage ports: what the Worker needs from per-tenant state, independent of where it lives.
 * Two adapters implement them: Upstash Redis over REST (`upstash.ts`) and in-memory (`memory.ts`).
 * Everything here is plain TypeScript (no Workers-only or Node-only APIs).
 */

import type { BreakerStateStore } from "../detection/breaker/types";
import type { Category, DecodedFrom } from "../detection/types";

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

/**
 * Failed credential attempts of one client in its current window. `reason` is set when the
 * store could not answer: the counts are then zero (fail open, see docs/auth.md).
 */
export interface AuthFailureWindow {
  /** Failures counted in the current window (0 when none or after it ended). */
  failures: number;
  /** Milliseconds until the window ends and the count is forgotten (0 when there is none). */
  resetInMs: number;
  reason?: "timeout" | "error";
}

/**
 * Counts failed credential attempts per client bucket (`auth:failures:{bucket}`): a fixed window
 * that opens with the bucket's first failure and lasts `windowMs`; every key has that TTL.
 * Store failures never reject (like the cache): they go to `onError` and read as "no failures",
 * so an outage never locks clients out. Only an invalid bucket rejects (a caller bug).
 */
export interface AuthFailureCounter {
  /** The bucket's current window (one read; nothing is written). */
  peek(bucket: string): Promise<AuthFailureWindow>;
  /** Counts one failure, opening a window of `windowMs` if none is open; returns the new state. */
  record(bucket: string, windowMs: number): Promise<AuthFailureWindow>;
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

// ─── Tenants, API keys, refresh tokens ──────────────────────────────────────────────────────
// Unlike the cache, these ports THROW on store failure: authentication must never silently pass.

/** A tenant's plan; null = the service default (RATE_LIMIT_PER_MINUTE, MAX_BATCH_ITEMS, MAX_TEXT_BYTES). */
export interface TenantPlan {
  requestsPerMinute: number | null;
  maxBatchItems: number | null;
  maxTextBytes: number | null;
}

/** A tenant's own detection rule: a vetted regular expression run on the normalised text. */
export interface CustomRuleSpec {
  id: string;
  pattern: string;
  category: Category;
  weight: number;
  description?: string;
}

/** How detection behaves for one tenant; null fields = the service default. */
export interface TenantPolicy {
  threshold: number | null;
  /** `fast` = local engine only, `balanced` = models when uncertain, `thorough` = always ensemble. */
  mode: "fast" | "balanced" | "thorough" | null;
  allowList: string[];
  denyList: string[];
  customRules: CustomRuleSpec[];
  eventPrivacy: "hash-only" | "redacted-excerpt" | null;
}

/** One tenant in the registry. */
export interface TenantRecord {
  id: string;
  name: string;
  status: "active" | "disabled";
  plan: TenantPlan;
  policy: TenantPolicy;
  /** ISO-8601 */
  createdAt: string;
  /** ISO-8601 */
  updatedAt: string;
  /** Increases by one on every update (compare-and-set). */
  version: number;
}

/** A tenant's record together with its live revocations (ids of tokens, sessions, keys). */
export interface TenantLookup {
  record: TenantRecord | null;
  /** Members like `jti:{id}`, `sid:{family}`, `key:{keyId}` whose revocation has not expired. */
  revoked: string[];
}

/** Tenant registry: `tenant:{id}:record`, `tenant:{id}:revoked`, `tenants:index`. */
export interface TenantRegistry {
  /** The record and its live revocations in one round trip (the hot path, cached by callers). */
  lookup(tenantId: string, now?: number): Promise<TenantLookup>;
  get(tenantId: string): Promise<TenantRecord | null>;
  /** Creates the tenant; false when the id is taken. */
  create(record: TenantRecord): Promise<boolean>;
  /** Replaces the record if its stored version is `expectedVersion`; false otherwise. */
  update(record: TenantRecord, expectedVersion: number): Promise<boolean>;
  /** Tenants, oldest first. */
  list(offset: number, limit: number): Promise<{ tenants: TenantRecord[]; total: number }>;
  /** Adds `member` to the tenant's revocations until `untilMs` (then it is pruned). */
  revoke(tenantId: string, member: string, untilMs: number, now?: number): Promise<void>;
}

/** An API key as stored: never the key itself, only its keyed hash. */
export interface ApiKeyRecord {
  /** Public id (the visible part of the key after `psk_`), 16 hex characters. */
  id: string;
  tenantId: string;
  name: string;
  scopes: string[];
  /** HMAC-SHA256(API_KEY_PEPPER, key), hex. */
  hash: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** API keys: `apikey:{id}` (hash) and `tenant:{id}:apikeys` (set of key ids). */
export interface ApiKeyStore {
  create(record: ApiKeyRecord): Promise<void>;
  get(id: string): Promise<ApiKeyRecord | null>;
  list(tenantId: string): Promise<ApiKeyRecord[]>;
  /** Marks the key revoked (idempotent); null when unknown. */
  revoke(id: string, at: string): Promise<ApiKeyRecord | null>;
  touch(id: string, at: string): Promise<void>;
}

/** A refresh-token family (one login): every rotation stays in it; reuse revokes all of it. */
export interface RefreshFamily {
  id: string;
  tenantId: string;
  /** API key the family was opened with. */
  keyId: string;
  scopes: string[];
  /** Id of the refresh token that is currently valid. */
  current: string;
  revokedReason: string | null;
}

/** Outcome of presenting a refresh token. */
export type RotateOutcome =
  | { status: "rotated"; family: RefreshFamily }
  | { status: "reused"; family: RefreshFamily }
  | { status: "revoked"; family: RefreshFamily }
  | { status: "unknown" };

/** Refresh tokens: `refresh:{id}` (hash of the secret part, single-use flag) and `family:{id}`. */
export interface RefreshTokenStore {
  /** Opens a family with its first refresh token. */
  open(family: RefreshFamily, tokenHash: string, ttlMs: number, now?: number): Promise<void>;
  /**
   * Atomically: if `tokenId` belongs to `familyId`, has hash `tokenHash`, is unused and the family
   * is live, marks it used and stores `next` as the family's current token (`rotated`). An
   * already-used token revokes the family (`reused`). Single-use even under concurrency.
   */
  rotate(
    familyId: string,
    tokenId: string,
    tokenHash: string,
    next: { id: string; hash: string },
    ttlMs: number,
    now?: number,
  ): Promise<RotateOutcome>;
  /** The family of a refresh token whose id and hash match, else null. */
  find(familyId: string, tokenId: string, tokenHash: string): Promise<RefreshFamily | null>;
  /** Revokes the family (idempotent); null when unknown. */
  revokeFamily(familyId: string, reason: string): Promise<RefreshFamily | null>;
}

/** Live-token bookkeeping for `jwt_tokens_active_total{type}`: a sorted set per type, score = expiry. */
export interface TokenLedger {
  add(type: "access" | "refresh", id: string, expiresAtMs: number, now?: number): Promise<void>;
  remove(type: "access" | "refresh", id: string): Promise<void>;
  /** Tokens not yet expired (expired ones are pruned). */
  count(type: "access" | "refresh", now?: number): Promise<number>;
}

/** All ports of one backend. */
export interface Store {
  cache: DetectionCache;
  stats: CacheStatsStore;
  rateLimiter: RateLimiter;
  /** Failed credential attempts per client (throttling of /v1/auth). */
  authFailures: AuthFailureCounter;
  health: StoreHealth;
  tenants: TenantRegistry;
  apiKeys: ApiKeyStore;
  refreshTokens: RefreshTokenStore;
  tokens: TokenLedger;
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
  | "authFailures.peek"
  | "authFailures.record"
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
