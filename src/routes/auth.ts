/**
 * `/v1/auth`: API key → tokens, refresh rotation, revocation (docs/auth.md). These routes take
 * credentials in the JSON body, never in the URL; answers carry `Cache-Control: no-store`.
 */
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { authThrottle } from "../middleware/auth-throttle";
import { requireJson } from "../middleware/require-json";
import {
  RefreshRequestSchema,
  RevokeRequestSchema,
  RevokeResponseSchema,
  TokenRequestSchema,
  TokenResponseSchema,
} from "../schemas/auth";
import { errorResponse } from "../schemas/errors";
import { exchangeApiKey, revokeToken, rotateRefreshToken } from "../services/auth";
import type { AppEnv } from "../types";
import { validationHook } from "./validation";

const errors = {
  400: errorResponse("Invalid JSON or a request that fails validation"),
  401: errorResponse("Invalid, revoked or reused credential; unknown or disabled tenant"),
  415: errorResponse("The body is not declared as JSON"),
  429: {
    ...errorResponse(
      "Too many failed credential attempts (401s) from this client address in the last window (AUTH_FAILURES_PER_MINUTE); refused before any credential lookup",
    ),
    headers: {
      "Retry-After": {
        description: "Seconds until the address's failure window ends",
        schema: { type: "integer", minimum: 1 },
      },
    },
  },
  503: errorResponse("The credential store is unreachable"),
} as const;

const tokenRoute = createRoute({
  method: "post",
  path: "/token",
  tags: ["Auth"],
  summary: "Exchange an API key for an access token (JWT) and a refresh token",
  middleware: [requireJson()] as const,
  request: { body: { required: true, content: { "application/json": { schema: TokenRequestSchema } } } },
  responses: {
    200: { description: "Tokens", content: { "application/json": { schema: TokenResponseSchema } } },
    ...errors,
    403: errorResponse("A requested scope is not granted to the key"),
  },
});

const refreshRoute = createRoute({
  method: "post",
  path: "/refresh",
  tags: ["Auth"],
  summary: "Rotate a refresh token: a new access and refresh token; the old refresh token stops working",
  description:
    "Each refresh token works once. Presenting one that was already used revokes its whole session (every refresh and access token issued from the same API-key exchange).",
  middleware: [requireJson()] as const,
  request: { body: { required: true, content: { "application/json": { schema: RefreshRequestSchema } } } },
  responses: {
    200: { description: "New tokens", content: { "application/json": { schema: TokenResponseSchema } } },
    ...errors,
  },
});

const revokeRoute = createRoute({
  method: "post",
  path: "/revoke",
  tags: ["Auth"],
  summary: "Revoke a refresh token (its whole session) or an access token",
  description:
    "RFC 7009 semantics: 200 whatever the token; `revoked` says whether something was revoked. Revoked access tokens are refused everywhere within TENANT_CACHE_SECONDS.",
  middleware: [requireJson()] as const,
  request: { body: { required: true, content: { "application/json": { schema: RevokeRequestSchema } } } },
  responses: {
    200: { description: "Done", content: { "application/json": { schema: RevokeResponseSchema } } },
    ...errors,
  },
});

/** `/v1/auth/token`, `/v1/auth/refresh`, `/v1/auth/revoke`. */
export const authRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

authRoutes.use("*", async (c, next) => {
  await next();
  c.header("Cache-Control", "no-store");
});

// Before the routes' own middleware (JSON check, validation): a throttled client is refused
// before its body is read or any credential is looked up.
authRoutes.use("*", authThrottle());

authRoutes
  .openapi(tokenRoute, async (c) => {
    const { apiKey, scopes } = c.req.valid("json");
    return c.json(await exchangeApiKey(c, apiKey, scopes), 200);
  })
  .openapi(refreshRoute, async (c) => {
    const { refreshToken } = c.req.valid("json");
    return c.json(await rotateRefreshToken(c, refreshToken), 200);
  })
  .openapi(revokeRoute, async (c) => {
    const { token } = c.req.valid("json");
    return c.json(await revokeToken(c, token), 200);
  });
