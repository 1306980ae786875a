/**
 * Helpers for the tenant, API-key and token tests inside workerd: the admin API (with the
 * ADMIN_TOKEN bound in vitest.config.ts), API-key exchange, refresh, revoke.
 */
import { call } from "./helpers";

/** The ADMIN_TOKEN bound in vitest.config.ts. */
export const TEST_ADMIN_TOKEN = "test-admin-token-that-is-at-least-32-bytes-long";

/** A fresh tenant id. */
export function newTenantId(label = "t"): string {
  return `${label}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Calls the admin API with ADMIN_TOKEN (or `token`). */
export function admin(
  method: string,
  path: string,
  body?: unknown,
  token = TEST_ADMIN_TOKEN,
): Promise<Response> {
  return call(path, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function ok<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export interface CreatedKey {
  id: string;
  prefix: string;
  key: string;
  scopes: string[];
}

/** Creates a tenant (plan/policy optional) and one API key. */
export async function tenantWithKey(
  body: { plan?: unknown; policy?: unknown } = {},
  scopes?: string[],
): Promise<{ tenantId: string; key: CreatedKey }> {
  const tenantId = newTenantId();
  await ok(await admin("POST", "/admin/tenants", { id: tenantId, ...body }), 201);
  const key = await ok<CreatedKey>(
    await admin("POST", `/admin/tenants/${tenantId}/keys`, { name: "test", ...(scopes ? { scopes } : {}) }),
    201,
  );
  return { tenantId, key };
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  refresh_expires_in: number;
  scope: string;
  tenant_id: string;
}

export function postAuth(path: string, body: unknown): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** POST /v1/auth/token → tokens (throws unless 200). */
export async function exchange(apiKey: string, scopes?: string[]): Promise<Tokens> {
  return ok<Tokens>(await postAuth("/v1/auth/token", { apiKey, ...(scopes ? { scopes } : {}) }), 200);
}

/** POST /v1/auth/refresh → tokens (throws unless 200). */
export async function refresh(refreshToken: string): Promise<Tokens> {
  return ok<Tokens>(await postAuth("/v1/auth/refresh", { refreshToken }), 200);
}

/** POST /v1/detect with a bearer token. */
export function detectWith(token: string, body: unknown = { text: "hello there" }): Promise<Response> {
  return call("/v1/detect", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

export { ok };
