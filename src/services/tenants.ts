/**
 * Tenant administration: create, update (plan, policy, status), list; API keys issue/revoke.
 * Every change writes an audit line (ids only, never a key) and drops the isolate's cached copy;
 * other isolates see it within TENANT_CACHE_SECONDS.
 */
import type { Context } from "hono";
import { apiKeyPrefix, generateApiKey, keyedHash } from "../auth/api-keys";
import { audit } from "../auth/audit";
import { EMPTY_PLAN, EMPTY_POLICY } from "../auth/tenants";
import { ApiError } from "../errors";
import { hubFor } from "../realtime/publish";
import type { CreateTenantInput, UpdateTenantInput } from "../schemas/tenants";
import type { ApiKeyRecord, TenantRecord } from "../store";
import type { AppEnv } from "../types";
import { storeCall } from "./auth";
import { boundDurableObjectCall } from "./durable-objects";
import { forgetTenant } from "./tenant-directory";

/** An API key as the admin API shows it (never the hash). */
export function publicKey(record: ApiKeyRecord) {
  const { hash: _hash, ...rest } = record;
  return { ...rest, prefix: apiKeyPrefix(record.id) };
}

function actor(c: Context<AppEnv>): string {
  return c.var.admin?.subject ?? "unknown";
}

function notFound(tenantId: string): ApiError {
  return new ApiError(404, "not_found", `No tenant "${tenantId}".`);
}

export async function createTenant(c: Context<AppEnv>, input: CreateTenantInput): Promise<TenantRecord> {
  const now = new Date().toISOString();
  const record: TenantRecord = {
    id: input.id,
    name: input.name ?? input.id,
    status: "active",
    plan: { ...EMPTY_PLAN, ...input.plan },
    policy: { ...EMPTY_POLICY, ...input.policy },
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const created = await storeCall(c, "tenants.create", () => c.var.store.tenants.create(record));
  if (!created) throw new ApiError(409, "conflict", `Tenant "${input.id}" already exists.`);
  forgetTenant(record.id);
  audit("tenant.created", { requestId: c.var.requestId, actor: actor(c), tenantId: record.id });
  return record;
}

export async function getTenant(c: Context<AppEnv>, tenantId: string): Promise<TenantRecord> {
  const record = await storeCall(c, "tenants.get", () => c.var.store.tenants.get(tenantId));
  if (!record) throw notFound(tenantId);
  return record;
}

/** Applies `input` with compare-and-set (retried on a concurrent change). */
export async function updateTenant(
  c: Context<AppEnv>,
  tenantId: string,
  input: UpdateTenantInput,
): Promise<TenantRecord> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await getTenant(c, tenantId);
    const next: TenantRecord = {
      ...current,
      name: input.name ?? current.name,
      status: input.status ?? current.status,
      plan: { ...current.plan, ...input.plan },
      policy: { ...current.policy, ...input.policy },
      updatedAt: new Date().toISOString(),
      version: current.version + 1,
    };
    const written = await storeCall(c, "tenants.update", () =>
      c.var.store.tenants.update(next, current.version),
    );
    if (!written) continue;
    forgetTenant(tenantId);
    audit("tenant.updated", {
      requestId: c.var.requestId,
      actor: actor(c),
      tenantId,
      fields: Object.keys(input),
      status: next.status,
      version: next.version,
    });
    if (current.status !== "disabled" && next.status === "disabled") {
      // Live event sockets end now; new tokens are refused within TENANT_CACHE_SECONDS.
      c.executionCtx.waitUntil(
        boundDurableObjectCall(
          c,
          "TenantHub.closeAll",
          hubFor(c.env.TENANT_HUB, tenantId).closeAll("tenant disabled"),
        )
          .then((closed) => audit("tenant.sockets_closed", { tenantId, closed }))
          .catch((error: unknown) =>
            c.var.logger.warn("closing the tenant's sockets failed", {
              tenantId,
              error: error instanceof Error ? error.message : String(error),
            }),
          ),
      );
    }
    return next;
  }
  throw new ApiError(409, "conflict", "The tenant changed concurrently; retry.");
}

export async function listTenants(c: Context<AppEnv>, offset: number, limit: number) {
  return storeCall(c, "tenants.list", () => c.var.store.tenants.list(offset, limit));
}

/** Issues an API key for the tenant; the key is in the answer and nowhere else. */
export async function issueApiKey(
  c: Context<AppEnv>,
  tenantId: string,
  input: { name?: string; scopes?: string[] },
) {
  await getTenant(c, tenantId);
  const { id, key } = generateApiKey();
  const record: ApiKeyRecord = {
    id,
    tenantId,
    name: input.name ?? "default",
    scopes: input.scopes ?? ["detect", "events"],
    hash: await keyedHash(key, c.var.config.auth.apiKeyPepper),
    createdAt: new Date().toISOString(),
    revokedAt: null,
    lastUsedAt: null,
  };
  await storeCall(c, "apiKeys.create", () => c.var.store.apiKeys.create(record));
  audit("apikey.created", {
    requestId: c.var.requestId,
    actor: actor(c),
    tenantId,
    keyId: id,
    scopes: record.scopes,
  });
  return { ...publicKey(record), key };
}

export async function listApiKeys(c: Context<AppEnv>, tenantId: string) {
  const keys = await storeCall(c, "apiKeys.list", () => c.var.store.apiKeys.list(tenantId));
  return keys.map(publicKey);
}

/**
 * Revokes a key: it can no longer be exchanged, its sessions cannot refresh, and access tokens
 * obtained with it are refused within TENANT_CACHE_SECONDS.
 */
export async function revokeApiKey(c: Context<AppEnv>, tenantId: string, keyId: string) {
  const existing = await storeCall(c, "apiKeys.get", () => c.var.store.apiKeys.get(keyId));
  if (!existing || existing.tenantId !== tenantId) {
    throw new ApiError(404, "not_found", `No API key "${keyId}" for tenant "${tenantId}".`);
  }
  const at = new Date().toISOString();
  const record = await storeCall(c, "apiKeys.revoke", async () => {
    const revoked = await c.var.store.apiKeys.revoke(keyId, at);
    const until = Date.now() + c.var.config.jwt.accessTokenTtlMinutes * 60_000 + 60_000;
    await c.var.store.tenants.revoke(tenantId, `key:${keyId}`, until);
    return revoked;
  });
  forgetTenant(tenantId);
  audit("apikey.revoked", { requestId: c.var.requestId, actor: actor(c), tenantId, keyId });
  return publicKey(record ?? existing);
}
