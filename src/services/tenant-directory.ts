/**
 * Tenant lookups on the hot path. Each isolate keeps a tenant's profile (record, plan, policy,
 * compiled rules, live revocations) for TENANT_CACHE_SECONDS (default 15 s), so detection does not
 * pay a Redis round trip per request. Consequences, documented in docs/auth.md:
 * - disabling a tenant, revoking a key, a token or a session takes effect everywhere within that
 *   bound, and at once in the isolate that made the change (it drops its entry);
 * - when the store fails, a known profile is served for up to STALE_MAX_MS more (stale-if-error);
 *   an unknown tenant then gets the default profile when REQUIRE_REGISTERED_TENANTS is false and
 *   503 when it is true (fail closed: we cannot tell whether the tenant exists or is disabled).
 */
import { buildProfile, type TenantProfile } from "../auth/tenants";
import type { Config } from "../config";
import { ApiError } from "../errors";
import type { Store } from "../store";
import { LruMap } from "../store/lru";

const STALE_MAX_MS = 5 * 60_000;
const MAX_TENANTS = 10_000;

interface Entry {
  profile: TenantProfile;
  fetchedAt: number;
}

const entries = new LruMap<Entry>(MAX_TENANTS);

/** Forgets the isolate's copy of a tenant (after an admin change or a revocation here). */
export function forgetTenant(tenantId: string): void {
  entries.delete(tenantId);
}

/** Store failures while resolving tenants, for logging by the caller. */
export type TenantLookupErrorHandler = (error: unknown) => void;

/**
 * The profile of `tenantId` as this isolate knows it (see the module comment for the bounds).
 * @throws ApiError 503 when the store is down, the tenant is unknown here and registration is required.
 */
export async function resolveTenant(
  store: Store,
  config: Config,
  tenantId: string,
  onError?: TenantLookupErrorHandler,
  now = Date.now(),
): Promise<TenantProfile> {
  const cached = entries.get(tenantId);
  const ttlMs = config.auth.tenantCacheSeconds * 1000;
  if (cached && now - cached.fetchedAt < ttlMs) return cached.profile;
  try {
    const { record, revoked } = await store.tenants.lookup(tenantId, now);
    const profile = await buildProfile(tenantId, record, revoked, config);
    entries.set(tenantId, { profile, fetchedAt: now }, STALE_MAX_MS);
    return profile;
  } catch (error) {
    onError?.(error);
    if (cached) return cached.profile;
    if (config.auth.requireRegisteredTenants) {
      throw new ApiError(503, "service_unavailable", "The tenant registry is unreachable; retry shortly.", {
        "Retry-After": "5",
      });
    }
    return buildProfile(tenantId, null, [], config);
  }
}
