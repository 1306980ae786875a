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
