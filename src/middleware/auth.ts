import { createMiddleware } from "hono/factory";
import { SCOPES, type Scope, TokenError, verifyAccessToken } from "../auth/tokens";
import { ApiError } from "../errors";
import type { AppEnv } from "../types";

export interface BearerAuthOptions {
  /** Scope the token must carry for the routes behind this middleware. */
  scope: Scope;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

function unauthorized(message: string): ApiError {
  return new ApiError(401, "unauthorized", message, {
    "WWW-Authenticate": 'Bearer realm="promptshield", error="invalid_token"',
  });
}

/**
 * Requires `Authorization: Bearer <JWT>`, verifies it and sets `c.var.tenant`. 401 for a
 * missing or invalid token, 403 for a valid token without the required scope.
 */
export function bearerAuth(options: BearerAuthOptions) {
  if (!SCOPES.includes(options.scope)) throw new Error(`bearerAuth: unknown scope "${options.scope}"`);
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("Authorization");
    if (!header) throw unauthorized("Send an access token: Authorization: Bearer <token>.");
    const match = BEARER.exec(header.trim());
    if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <JWT>".');
    const { secret, issuer, audience } = c.var.config.jwt;
    let tenant: Awaited<ReturnType<typeof verifyAccessToken>>;
    try {
      tenant = await verifyAccessToken(match[1], { secret, issuer, audience });
    } catch (error) {
      if (error instanceof TokenError) throw unauthorized(`Invalid access token: ${error.message}.`);
      throw error;
    }
    if (!tenant.scopes.includes(options.scope)) {
      throw new ApiError(403, "forbidden", `This token lacks the "${options.scope}" scope.`);
    }
    c.set("tenant", tenant);
    await next();
  });
}
