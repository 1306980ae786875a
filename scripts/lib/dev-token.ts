import { type Scope, signAccessToken } from "../../src/auth/tokens";
import { parseConfig } from "../../src/config";
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
