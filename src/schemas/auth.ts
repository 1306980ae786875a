import { z } from "@hono/zod-openapi";

export const TokenRequestSchema = z
  .strictObject({
    apiKey: z.string().min(1).max(200).openapi({ example: "psk_3f9a0c1d2e4b5a69_…" }),
    scopes: z
      .array(z.enum(["detect", "events", "admin"]))
      .min(1)
      .optional()
      .openapi({
        description:
          "Narrow the token to these scopes (each must be granted to the key). Default: all of the key's.",
      }),
  })
  .openapi("TokenRequest");

export const RefreshRequestSchema = z
  .strictObject({ refreshToken: z.string().min(1).max(4096) })
  .openapi("RefreshRequest");

export const RevokeRequestSchema = z
  .strictObject({
    token: z.string().min(1).max(4096).openapi({
      description: "A refresh token (revokes its whole session) or an access token (revokes that token).",
    }),
  })
  .openapi("RevokeRequest");

export const TokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().openapi({ description: "Seconds (JWT_ACCESS_TOKEN_EXPIRE_MINUTES)." }),
    refresh_token: z.string().openapi({ description: "Single use: each refresh returns a new one." }),
    refresh_expires_in: z.number().int().openapi({ description: "Seconds (JWT_REFRESH_TOKEN_EXPIRE_DAYS)." }),
    scope: z.string(),
    tenant_id: z.string(),
  })
  .openapi("TokenResponse");

export const RevokeResponseSchema = z.object({ revoked: z.boolean() }).openapi("RevokeResponse");
