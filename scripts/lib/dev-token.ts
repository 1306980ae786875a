import { type Scope, signAccessToken } from "../../src/auth/tokens";
import { DEV_ADMIN_TOKEN, parseConfig } from "../../src/config";
import { readDevVars } from "./dev-vars";

export interface DevTokenRequest {
  tenantId: string;
  scopes: Scope[];
  ttlMinutes?: number;
}

/**
 * Mints an access token the local Worker accepts: signed with SECRET_KEY from the environment
 * or `.dev.vars`, else with the built-in development secret the Worker also falls back to.
 */
export async function mintDevToken(
  request: DevTokenRequest,
): Promise<{ token: string; usingDevSecret: boolean; ttlMinutes: number }> {
  const env = { ...readDevVars(), ...pick(process.env) };
  const config = parseConfig(env);
  const ttlMinutes = request.ttlMinutes ?? config.jwt.accessTokenTtlMinutes;
  const token = await signAccessToken(
    { tenantId: request.tenantId, scopes: request.scopes, ttlSeconds: ttlMinutes * 60 },
    { secret: config.jwt.secret, issuer: config.jwt.issuer, audience: config.jwt.audience },
  );
  return { token, usingDevSecret: config.jwt.usingDevSecret, ttlMinutes };
}

function pick(env: NodeJS.ProcessEnv): Record<string, string> {
  const keys = ["SECRET_KEY", "JWT_ISSUER", "JWT_AUDIENCE", "JWT_ACCESS_TOKEN_EXPIRE_MINUTES", "ENVIRONMENT"];
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = env[key];
    if (value) picked[key] = value;
  }
  return picked;
}

/** Where the admin API of the local (or given) Worker is, and the credential to call it with. */
export interface AdminTarget {
  baseUrl: string;
  adminToken: string;
  /** True when the built-in development ADMIN_TOKEN is used (only a development Worker accepts it). */
  usingDevAdminToken: boolean;
}

/**
 * Base URL from PROMPTSHIELD_URL (default http://127.0.0.1:8787); ADMIN_TOKEN from the
 * environment or `.dev.vars`, else the development fallback the local Worker also uses.
 */
export function adminTarget(overrides: { baseUrl?: string } = {}): AdminTarget {
  const vars = { ...readDevVars(), ...process.env };
  const baseUrl = (
    overrides.baseUrl ??
    vars.PROMPTSHIELD_URL ??
    `http://127.0.0.1:${vars.PORT ?? "8787"}`
  ).replace(/\/+$/, "");
  const explicit = vars.ADMIN_TOKEN?.trim();
  return {
    baseUrl,
    adminToken: explicit || DEV_ADMIN_TOKEN,
    usingDevAdminToken: !explicit,
  };
}

/** Calls the admin API; returns the parsed JSON body, or throws with the API's error message. */
export async function adminRequest<T>(
  target: AdminTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${target.baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${target.adminToken}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string } } | null)?.error;
    throw new AdminApiError(response.status, error?.code ?? "error", error?.message ?? text.slice(0, 200));
  }
  return parsed as T;
}

/** An admin API refusal, with its status and code. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
    this.name = "AdminApiError";
  }
}
