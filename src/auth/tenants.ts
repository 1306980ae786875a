/**
 * The tenant model: defaults, the effective plan and policy of a tenant (registered or not), and
 * the policy id that goes into detection cache keys. Pure: no store, no Workers APIs.
 */
import type { Config } from "../config";
import type { TenantPlan, TenantPolicy, TenantRecord } from "../store";
import { type CompiledRule, compileCustomRules } from "./custom-rules";

/** A plan with every value decided (service defaults filled in). */
export interface EffectivePlan {
  requestsPerMinute: number;
  maxBatchItems: number;
  maxTextBytes: number;
}

export const EMPTY_PLAN: TenantPlan = { requestsPerMinute: null, maxBatchItems: null, maxTextBytes: null };

export const EMPTY_POLICY: TenantPolicy = {
  threshold: null,
  mode: null,
  allowList: [],
  denyList: [],
  customRules: [],
  eventPrivacy: null,
};

/** The plan in force: the tenant's values, else the service's (RATE_LIMIT_PER_MINUTE, …). */
export function effectivePlan(plan: TenantPlan | null, config: Config): EffectivePlan {
  return {
    requestsPerMinute: plan?.requestsPerMinute ?? config.rateLimit.perMinute,
    maxBatchItems: plan?.maxBatchItems ?? config.limits.maxBatchItems,
    maxTextBytes: Math.min(plan?.maxTextBytes ?? config.limits.maxTextBytes, config.limits.maxBodyBytes),
  };
}

/** Everything detection needs to know about the calling tenant. */
export interface TenantProfile {
  tenantId: string;
  /** Null for an unregistered tenant (allowed when REQUIRE_REGISTERED_TENANTS=false). */
  record: TenantRecord | null;
  plan: EffectivePlan;
  policy: TenantPolicy;
  /** Short hash of the policy ("default" without one): part of every detection cache key. */
  policyId: string;
  customRules: CompiledRule[];
  /** Live revocations: `jti:…`, `sid:…`, `key:…`. */
  revoked: ReadonlySet<string>;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 of the policy's canonical JSON, 16 base64url characters; "default" for the empty policy. */
export async function policyIdOf(policy: TenantPolicy): Promise<string> {
  const text = canonical(policy);
  if (text === canonical(EMPTY_POLICY)) return "default";
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let binary = "";
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_").slice(0, 16);
}

/** Builds the profile of a tenant from its record (null = unregistered, service defaults). */
export async function buildProfile(
  tenantId: string,
  record: TenantRecord | null,
  revoked: readonly string[],
  config: Config,
): Promise<TenantProfile> {
  const policy = record?.policy ?? EMPTY_POLICY;
  return {
    tenantId,
    record,
    plan: effectivePlan(record?.plan ?? null, config),
    policy,
    policyId: await policyIdOf(policy),
    customRules: compileCustomRules(policy.customRules),
    revoked: new Set(revoked),
  };
}
