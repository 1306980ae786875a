/**
 * The token lifecycle (docs/auth.md): API key → access JWT + refresh token; refresh rotation
 * (each refresh token works once; presenting a used one revokes its whole family); revocation.
 * Store failures become 503: a credential is never accepted without the store having said so.
 */

import type { Context } from "hono";
import { apiKeyId, keyedHash, safeEqual } from "../auth/api-keys";
import { audit } from "../auth/audit";
import { newOpaqueId, newRefreshToken, parseRefreshToken } from "../auth/refresh-tokens";
import { issueAccessToken, type Scope, TokenError, verifyAccessToken } from "../auth/tokens";
import { ApiError } from "../errors";
import { metrics } from "../metrics";
import { tokenKeys, unauthorized } from "../middleware/auth";
import { hubFor } from "../realtime";
import type { RefreshFamily, Store, TenantRecord } from "../store";
import type { AppEnv } from "../types";
import { boundDurableObjectCall } from "./durable-objects";
import { forgetTenant } from "./tenant-directory";

/** What the token endpoints answer (OAuth 2.0 token response field names). */
export interface TokenPair {
  access_token: string;
  token_type: "Bearer";
  /** Seconds */
  expires_in: number;
  refresh_token: string;
  /** Seconds */
  refresh_expires_in: number;
  scope: string;
  tenant_id: string;
}

/** Runs a store call; a failure becomes 503 (logged without secrets). */
export async function storeCall<T>(
  c: Context<AppEnv>,
  operation: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    c.var.logger.error("auth store operation failed", {
      operation,
      error: error instanceof Error ? error.message : String(error),
    });
    throw new ApiError(503, "service_unavailable", "The credential store is unreachable; retry shortly.", {
      "Retry-After": "5",
    });
  }
}

function lifetimes(c: Context<AppEnv>) {
  const { accessTokenTtlMinutes, refreshTokenTtlDays } = c.var.config.jwt;
  return { accessSeconds: accessTokenTtlMinutes * 60, refreshMs: refreshTokenTtlDays * 86_400_000 };
}

/**
 * Updates the live-token ledger and reports `jwt_tokens_active_total{type}`. Bookkeeping only:
 * its failures are logged, never fail the request.
 */
async function ledger(c: Context<AppEnv>, work: (store: Store) => Promise<unknown>): Promise<void> {
  const store = c.var.store;
  try {
    await work(store);
    const [access, refresh] = await Promise.all([
      store.tokens.count("access"),
      store.tokens.count("refresh"),
    ]);
    metrics.record.jwtTokensActive({ type: "access", count: access });
    metrics.record.jwtTokensActive({ type: "refresh", count: refresh });
  } catch (error) {
    c.var.logger.warn("token ledger update failed", {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The tenant as stored now (not the isolate's cached copy): token issuance reads the truth. */
async function liveTenant(c: Context<AppEnv>, tenantId: string): Promise<TenantRecord> {
  const record = await storeCall(c, "tenants.get", () => c.var.store.tenants.get(tenantId));
  if (!record) throw unauthorized("The tenant of this credential is not registered.");
  if (record.status === "disabled") throw unauthorized("The tenant of this credential is disabled.");
  return record;
}

async function issuePair(
  c: Context<AppEnv>,
  family: { id: string; tenantId: string; keyId: string; scopes: string[] },
  refreshToken: string,
): Promise<TokenPair> {
  const { accessSeconds, refreshMs } = lifetimes(c);
  const access = await issueAccessToken(
    {
      tenantId: family.tenantId,
      subject: `apikey:${family.keyId}`,
      scopes: family.scopes as Scope[],
      ttlSeconds: accessSeconds,
      sessionId: family.id,
      keyId: family.keyId,
    },
    tokenKeys(c.var.config),
  );
  await ledger(c, (store) => store.tokens.add("access", access.jti, access.expiresAt));
  return {
    access_token: access.token,
    token_type: "Bearer",
    expires_in: accessSeconds,
    refresh_token: refreshToken,
    refresh_expires_in: Math.round(refreshMs / 1000),
    scope: family.scopes.join(" "),
    tenant_id: family.tenantId,
  };
}

/** POST /v1/auth/token: exchanges an API key for an access token and a refresh token. */
export async function exchangeApiKey(
  c: Context<AppEnv>,
  key: string,
  requested: readonly string[] | undefined,
): Promise<TokenPair> {
  const config = c.var.config;
  const id = apiKeyId(key);
  const invalid = () => unauthorized("Invalid API key.");
  if (!id) throw invalid();
  const [record, hash] = await Promise.all([
    storeCall(c, "apiKeys.get", () => c.var.store.apiKeys.get(id)),
    keyedHash(key, config.auth.apiKeyPepper),
  ]);
  if (!record || !safeEqual(record.hash, hash)) throw invalid();
  if (record.revokedAt) throw unauthorized("This API key has been revoked.");
  await liveTenant(c, record.tenantId);
  const scopes = requested && requested.length > 0 ? [...new Set(requested)] : record.scopes;
  const denied = scopes.filter((scope) => !record.scopes.includes(scope));
  if (denied.length > 0) {
    throw new ApiError(403, "forbidden", `This API key does not grant the scope(s): ${denied.join(", ")}.`);
  }
  const now = Date.now();
  const familyId = newOpaqueId();
  const refresh = newRefreshToken(familyId);
  const family: RefreshFamily = {
    id: familyId,
    tenantId: record.tenantId,
    keyId: record.id,
    scopes,
    current: refresh.tokenId,
    revokedReason: null,
  };
  const { refreshMs } = lifetimes(c);
  const refreshHash = await keyedHash(refresh.secret, config.auth.apiKeyPepper);
  await storeCall(c, "refresh.open", () =>
    c.var.store.refreshTokens.open(family, refreshHash, refreshMs, now),
  );
  c.executionCtx.waitUntil(
    c.var.store.apiKeys.touch(record.id, new Date(now).toISOString()).catch(() => undefined),
  );
  await ledger(c, (store) => store.tokens.add("refresh", refresh.tokenId, now + refreshMs, now));
  const pair = await issuePair(c, family, refresh.token);
  audit("token.issued", {
    requestId: c.var.requestId,
    tenantId: record.tenantId,
    keyId: record.id,
    family: familyId,
    scopes,
  });
  return pair;
}

/** Revokes a family and, within the tenant cache bound, every access token issued from it. */
async function revokeFamily(c: Context<AppEnv>, family: RefreshFamily, reason: string): Promise<void> {
  const { accessSeconds } = lifetimes(c);
  const store = c.var.store;
  await storeCall(c, "refresh.revokeFamily", async () => {
    await store.refreshTokens.revokeFamily(family.id, reason);
    await store.tenants.revoke(
      family.tenantId,
      `sid:${family.id}`,
      Date.now() + accessSeconds * 1000 + 60_000,
    );
  });
  forgetTenant(family.tenantId);
  await ledger(c, (s) => s.tokens.remove("refresh", family.current));
}

/** POST /v1/auth/refresh: rotates a refresh token (single use; reuse revokes the family). */
export async function rotateRefreshToken(c: Context<AppEnv>, token: string): Promise<TokenPair> {
  const config = c.var.config;
  const store = c.var.store;
  const parts = parseRefreshToken(token);
  const invalid = () => unauthorized("Invalid refresh token.");
  if (!parts) throw invalid();
  const hash = await keyedHash(parts.secret, config.auth.apiKeyPepper);
  const family = await storeCall(c, "refresh.find", () =>
    store.refreshTokens.find(parts.familyId, parts.tokenId, hash),
  );
  if (!family) throw invalid();
  // The key and the tenant must still be good: a revoked key or disabled tenant ends its sessions.
  const key = await storeCall(c, "apiKeys.get", () => store.apiKeys.get(family.keyId));
  if (!key || key.revokedAt) {
    await revokeFamily(c, family, "key_revoked");
    throw unauthorized("The API key behind this session has been revoked.");
  }
  await liveTenant(c, family.tenantId);
  const { refreshMs } = lifetimes(c);
  const next = newRefreshToken(parts.familyId);
  const nextHash = await keyedHash(next.secret, config.auth.apiKeyPepper);
  const now = Date.now();
  const outcome = await storeCall(c, "refresh.rotate", () =>
    store.refreshTokens.rotate(
      parts.familyId,
      parts.tokenId,
      hash,
      { id: next.tokenId, hash: nextHash },
      refreshMs,
      now,
    ),
  );
  if (outcome.status === "unknown") throw invalid();
  if (outcome.status === "revoked") throw unauthorized("This session has been revoked; sign in again.");
  if (outcome.status === "reused") {
    await revokeFamily(c, outcome.family, "reuse");
    audit("refresh.reuse_detected", {
      requestId: c.var.requestId,
      tenantId: outcome.family.tenantId,
      keyId: outcome.family.keyId,
      family: outcome.family.id,
    });
    throw unauthorized(
      "This refresh token was already used; the whole session has been revoked. Sign in again with the API key.",
    );
  }
  await ledger(c, async (s) => {
    await s.tokens.remove("refresh", parts.tokenId);
    await s.tokens.add("refresh", next.tokenId, now + refreshMs, now);
  });
  const pair = await issuePair(c, outcome.family, next.token);
  audit("token.refreshed", {
    requestId: c.var.requestId,
    tenantId: outcome.family.tenantId,
    family: outcome.family.id,
  });
  return pair;
}

/**
 * POST /v1/auth/revoke (RFC 7009 semantics: 200 whatever the token). A refresh token revokes its
 * session (family and the access tokens issued from it); an access token revokes itself.
 */
export async function revokeToken(c: Context<AppEnv>, token: string): Promise<{ revoked: boolean }> {
  const config = c.var.config;
  const store = c.var.store;
  const parts = parseRefreshToken(token);
  if (parts) {
    const hash = await keyedHash(parts.secret, config.auth.apiKeyPepper);
    const family = await storeCall(c, "refresh.find", () =>
      store.refreshTokens.find(parts.familyId, parts.tokenId, hash),
    );
    if (!family) return { revoked: false };
    await revokeFamily(c, family, "revoked");
    audit("session.revoked", { requestId: c.var.requestId, tenantId: family.tenantId, family: family.id });
    return { revoked: true };
  }
  let verified: Awaited<ReturnType<typeof verifyAccessToken>>;
  try {
    verified = await verifyAccessToken(token, tokenKeys(config));
  } catch (error) {
    if (error instanceof TokenError) return { revoked: false };
    throw error;
  }
  if (verified.source !== "own" || !verified.tokenId) return { revoked: false };
  const until = (verified.expiresAt ?? Date.now()) + 60_000;
  const tokenId = verified.tokenId;
  await storeCall(c, "tenants.revoke", () =>
    store.tenants.revoke(verified.tenantId, `jti:${tokenId}`, until),
  );
  forgetTenant(verified.tenantId);
  await ledger(c, (s) => s.tokens.remove("access", tokenId));
  audit("token.revoked", { requestId: c.var.requestId, tenantId: verified.tenantId, jti: tokenId });
  // Live event streams opened with this token end now, not when it would have expired.
  c.executionCtx.waitUntil(
    boundDurableObjectCall(
      c,
      "TenantHub.closeToken",
      hubFor(c.env.TENANT_HUB, verified.tenantId).closeToken(tokenId, "access token revoked"),
    ).catch((error: unknown) =>
      c.var.logger.warn("closing the revoked token's sockets failed", {
        tenantId: verified.tenantId,
        error: error instanceof Error ? error.message : String(error),
      }),
    ),
  );
  return { revoked: true };
}
