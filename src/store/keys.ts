/**
 * Redis key layout. Every per-tenant key starts with `tenant:{tenantId}:`, so one tenant's data
 * can be found (SCAN MATCH tenant:x:*), exported or deleted, and can never collide with another's.
 */

const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Raised when a key would be built from an invalid tenant id (a bug upstream, not user input). */
export class InvalidTenantIdError extends Error {
  constructor(tenantId: string) {
    super(`invalid tenant id for a store key: ${JSON.stringify(tenantId.slice(0, 80))}`);
    this.name = "InvalidTenantIdError";
  }
}

/**
 * Asserts the tenant id format. Ids are validated where tokens are verified; this second check
 * keeps a future caller from building keys like `tenant:*:` or `tenant:a:b:` by mistake.
 */
export function assertTenantId(tenantId: string): void {
  if (!TENANT_ID.test(tenantId)) throw new InvalidTenantIdError(tenantId);
}

function tenantPrefix(tenantId: string): string {
  assertTenantId(tenantId);
  return `tenant:${tenantId}`;
}

/** `tenant:{id}:detection:{hash}` — one cached answer (string, with TTL). */
export function detectionKey(tenantId: string, hash: string): string {
  return `${tenantPrefix(tenantId)}:detection:${hash}`;
}

/** `tenant:{id}:cache:stats` — hash with fields `hits` and `misses`. */
export function cacheStatsKey(tenantId: string): string {
  return `${tenantPrefix(tenantId)}:cache:stats`;
}

/**
 * `cache:stats:tenants` — sorted set: member = tenant id, score = lookups. Gives the operator view
 * (most active tenants first) without KEYS/SCAN over the whole keyspace.
 */
export const CACHE_STATS_TENANTS_KEY = "cache:stats:tenants";

/**
 * Identifier given to @upstash/ratelimit, whose keys are `{prefix}:{identifier}:{window}`.
 * With prefix `tenant` (RATELIMIT_PREFIX) the windows live at `tenant:{id}:ratelimit:{window}`.
 */
export function rateLimitIdentifier(tenantId: string): string {
  assertTenantId(tenantId);
  return `${tenantId}:ratelimit`;
}

/** Prefix handed to @upstash/ratelimit (see rateLimitIdentifier). */
export const RATELIMIT_PREFIX = "tenant";

/** `tenant:{id}:ratelimit:strikes` — consecutive denied requests (integer, with TTL). */
export function strikesKey(tenantId: string): string {
  return `${tenantPrefix(tenantId)}:ratelimit:strikes`;
}

// ─── Tenants, API keys, refresh tokens (docs/auth.md) ─────────────────────────────────────

const OPAQUE_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Raised when a global key would be built from an id that is not one of ours. */
export class InvalidIdError extends Error {
  constructor(kind: string) {
    super(`invalid ${kind} id for a store key`);
    this.name = "InvalidIdError";
  }
}

function assertOpaqueId(kind: string, id: string): string {
  if (!OPAQUE_ID.test(id)) throw new InvalidIdError(kind);
  return id;
}

/** `tenant:{id}:record` — the tenant's record (JSON string, no TTL). */
export function tenantRecordKey(tenantId: string): string {
  return `${tenantPrefix(tenantId)}:record`;
}

/** `tenant:{id}:revoked` — sorted set of revoked `jti:`/`sid:`/`key:` members, score = until (ms). */
export function tenantRevokedKey(tenantId: string): string {
  return `${tenantPrefix(tenantId)}:revoked`;
}

/** `tenant:{id}:apikeys` — set of the tenant's API key ids. */
export function tenantApiKeysKey(tenantId: string): string {
  return `${tenantPrefix(tenantId)}:apikeys`;
}

/** `tenants:index` — sorted set of tenant ids, score = creation time (ms): the admin list. */
export const TENANTS_INDEX_KEY = "tenants:index";

/** `apikey:{id}` — hash: tid, name, scopes, hash (HMAC of the key), createdAt, revokedAt, lastUsedAt. */
export function apiKeyKey(id: string): string {
  return `apikey:${assertOpaqueId("api key", id)}`;
}

/** `refresh:{id}` — hash: fam, tid, hash, used (0/1); TTL = refresh lifetime. */
export function refreshKey(id: string): string {
  return `refresh:${assertOpaqueId("refresh token", id)}`;
}

/** `family:{id}` — hash: tid, key, scopes, current, revoked; TTL = refresh lifetime, renewed on rotation. */
export function familyKey(id: string): string {
  return `family:${assertOpaqueId("family", id)}`;
}

/** `tokens:active:{type}` — sorted set of live token ids, score = expiry (ms). */
export function activeTokensKey(type: "access" | "refresh"): string {
  return `tokens:active:${type}`;
}

// ─── Throttling of failed credential attempts (docs/auth.md) ──────────────────────────────

/** A client bucket: 22 base64url characters (16 bytes of an HMAC), or `unknown`. */
const CLIENT_BUCKET = /^(?:[A-Za-z0-9_-]{22}|unknown)$/;

/**
 * `auth:failures:{bucket}` — failed credential attempts of one client (integer, TTL = the window).
 * Not per tenant: a guessed credential names no tenant we could trust. `bucket` is a keyed hash of
 * the client's address (see src/auth/client-address.ts), never the address itself; anything else
 * is refused so that a raw IP can never end up in a key by mistake.
 */
export function authFailuresKey(bucket: string): string {
  if (!CLIENT_BUCKET.test(bucket)) throw new InvalidIdError("client bucket");
  return `auth:failures:${bucket}`;
}

/**
 * Checks the window (the TTL of an `auth:failures:` key) before anything is written: a caller bug
 * rejects instead of producing a key without a TTL.
 */
export function assertWindowMs(windowMs: number): number {
  if (!Number.isInteger(windowMs) || windowMs < 1) {
    throw new RangeError(`auth failure window must be a positive whole number of ms, got ${windowMs}`);
  }
  return windowMs;
}
