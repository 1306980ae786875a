import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { TenantProfile } from "../auth/tenants";
import { SCOPES, type Scope, type TenantContext, TokenError, verifyAccessToken } from "../auth/tokens";
import type { Config } from "../config";
import { ApiError } from "../errors";
import { resolveTenant } from "../services/tenant-directory";
import type { AppEnv } from "../types";

export interface BearerAuthOptions {
  /** Scope the token must carry for the routes behind this middleware. */
  scope: Scope;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

export function unauthorized(message: string): ApiError {
  return new ApiError(401, "unauthorized", message, {
    "WWW-Authenticate": 'Bearer realm="promptshield", error="invalid_token"',
  });
}

/** The verification keys of this configuration. */
export function tokenKeys(config: Config) {
  const { secret, previousSecret, issuer, audience, trustedIssuers } = config.jwt;
  return { secret, previousSecret, issuer, audience, trustedIssuers };
}

/** Verifies the bearer JWT of `header` (401 on any problem). */
async function verifyBearer(c: Context<AppEnv>, header: string | undefined): Promise<TenantContext> {
  if (!header) throw unauthorized("Send an access token: Authorization: Bearer <token>.");
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <JWT>".');
  try {
    return await verifyAccessToken(match[1], tokenKeys(c.var.config));
  } catch (error) {
    if (error instanceof TokenError) throw unauthorized(`Invalid access token: ${error.message}.`);
    throw error;
  }
}

/**
 * The verified caller's tenant, checked against the registry (through the isolate's short cache):
 * unknown (when registration is required), disabled, or a revoked token, session or key → 401.
 */
export async function admitTenant(c: Context<AppEnv>, tenant: TenantContext): Promise<TenantProfile> {
  const config = c.var.config;
  const profile = await resolveTenant(c.var.store, config, tenant.tenantId, (error) =>
    c.var.logger.warn("tenant lookup failed; using the isolate's last known state", {
      tenantId: tenant.tenantId,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  if (!profile.record && config.auth.requireRegisteredTenants) {
    throw unauthorized("Invalid access token: the tenant is not registered.");
  }
  if (profile.record?.status === "disabled") {
    throw unauthorized("Invalid access token: the tenant is disabled.");
  }
  const { revoked } = profile;
  if (
    revoked.size > 0 &&
    ((tenant.tokenId && revoked.has(`jti:${tenant.tokenId}`)) ||
      (tenant.sessionId && revoked.has(`sid:${tenant.sessionId}`)) ||
      (tenant.keyId && revoked.has(`key:${tenant.keyId}`)))
  ) {
    throw unauthorized("Invalid access token: the token has been revoked.");
  }
  return profile;
}

/**
 * Requires `Authorization: Bearer <JWT>`, verifies it, checks the scope and the tenant, and sets
 * `c.var.tenant` and `c.var.tenantProfile`. 401 for a missing, invalid or revoked token or an
 * unknown/disabled tenant; 403 for a valid token without the required scope.
 */
export function bearerAuth(options: BearerAuthOptions) {
  if (!SCOPES.includes(options.scope)) throw new Error(`bearerAuth: unknown scope "${options.scope}"`);
  return createMiddleware<AppEnv>(async (c, next) => {
    const tenant = await verifyBearer(c, c.req.header("Authorization"));
    if (!tenant.scopes.includes(options.scope)) {
      throw new ApiError(403, "forbidden", `This token lacks the "${options.scope}" scope.`);
    }
    const profile = await admitTenant(c, tenant);
    c.set("tenant", tenant);
    c.set("tenantProfile", profile);
    await next();
  });
}

const utf8 = new TextEncoder();

async function digest(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", utf8.encode(value)));
}

/** Constant-time equality of two secrets (compared as SHA-256 digests, so lengths do not leak). */
async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * The admin API's gate: `Authorization: Bearer <ADMIN_TOKEN>`, or one of our own JWTs with the
 * `admin` scope (never a trusted issuer's: tenants' identity providers cannot grant `admin`).
 * Sets `c.var.admin` (who, for audit lines).
 */
export function adminAuth() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("Authorization")?.trim();
    const adminToken = c.var.config.auth.adminToken;
    const presented = header?.startsWith("Bearer ") ? header.slice(7).trim() : null;
    if (presented && adminToken && (await secretsEqual(presented, adminToken))) {
      c.set("admin", { via: "admin_token", subject: "admin-token" });
      return next();
    }
    const tenant = await verifyBearer(c, header);
    if (!tenant.scopes.includes("admin") || tenant.source === "external") {
      throw new ApiError(403, "forbidden", 'This token lacks the "admin" scope.');
    }
    const profile = await admitTenant(c, tenant);
    c.set("tenant", tenant);
    c.set("tenantProfile", profile);
    c.set("admin", { via: "jwt", subject: `${tenant.tenantId}/${tenant.subject}` });
    await next();
  });
}
