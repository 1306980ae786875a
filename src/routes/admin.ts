/**
 * `/admin`: tenant and API-key administration. Authenticated by `Authorization: Bearer
 * <ADMIN_TOKEN>` or one of our own JWTs with the `admin` scope (never a tenant's IdP). JSON in,
 * JSON out, the common error shape; every change writes an audit line (ids only).
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { adminAuth } from "../middleware/auth";
import { requireJson } from "../middleware/require-json";
import { errorResponse } from "../schemas/errors";
import {
  ApiKeySchema,
  CreateApiKeySchema,
  CreatedApiKeySchema,
  CreateTenantSchema,
  TenantDetailSchema,
  TenantIdSchema,
  TenantListSchema,
  TenantSchema,
  UpdateTenantSchema,
} from "../schemas/tenants";
import {
  createTenant,
  getTenant,
  issueApiKey,
  listApiKeys,
  listTenants,
  revokeApiKey,
  updateTenant,
} from "../services/tenants";
import type { AppEnv } from "../types";
import { validationHook } from "./validation";

const security = [{ bearerAuth: [] }];
const tags = ["Admin"];
const common = {
  401: errorResponse("Missing or invalid admin credential"),
  403: errorResponse("The token lacks the `admin` scope"),
  503: errorResponse("The store is unreachable"),
} as const;
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const TenantParams = z.object({ tenantId: TenantIdSchema });
const KeyParams = z.object({
  tenantId: TenantIdSchema,
  keyId: z.string().regex(/^[0-9a-f]{16}$/, "must be a key id (16 hex characters)"),
});

const createTenantRoute = createRoute({
  method: "post",
  path: "/tenants",
  tags,
  security,
  summary: "Create a tenant (plan and policy optional: service defaults)",
  middleware: [requireJson()] as const,
  request: { body: { required: true, content: { "application/json": { schema: CreateTenantSchema } } } },
  responses: {
    201: json(TenantSchema, "Created"),
    400: errorResponse("Invalid body (e.g. an unsafe custom rule)"),
    409: errorResponse("The tenant id is taken"),
    ...common,
  },
});

const listTenantsRoute = createRoute({
  method: "get",
  path: "/tenants",
  tags,
  security,
  summary: "List tenants, oldest first",
  request: {
    query: z.object({
      offset: z.coerce.number().int().min(0).default(0),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: { 200: json(TenantListSchema, "Tenants"), ...common },
});

const getTenantRoute = createRoute({
  method: "get",
  path: "/tenants/{tenantId}",
  tags,
  security,
  summary: "A tenant with its API keys (ids and prefixes, never keys)",
  request: { params: TenantParams },
  responses: { 200: json(TenantDetailSchema, "Tenant"), 404: errorResponse("Unknown tenant"), ...common },
});

const updateTenantRoute = createRoute({
  method: "patch",
  path: "/tenants/{tenantId}",
  tags,
  security,
  summary: "Change a tenant's name, status (active/disabled), plan or policy",
  middleware: [requireJson()] as const,
  request: {
    params: TenantParams,
    body: { required: true, content: { "application/json": { schema: UpdateTenantSchema } } },
  },
  responses: {
    200: json(TenantSchema, "Updated"),
    400: errorResponse("Invalid body"),
    404: errorResponse("Unknown tenant"),
    409: errorResponse("Concurrent change"),
    ...common,
  },
});

const createKeyRoute = createRoute({
  method: "post",
  path: "/tenants/{tenantId}/keys",
  tags,
  security,
  summary: "Issue an API key (shown once)",
  middleware: [requireJson()] as const,
  request: {
    params: TenantParams,
    body: { required: true, content: { "application/json": { schema: CreateApiKeySchema } } },
  },
  responses: {
    201: json(CreatedApiKeySchema, "The key, once"),
    400: errorResponse("Invalid body"),
    404: errorResponse("Unknown tenant"),
    ...common,
  },
});

const listKeysRoute = createRoute({
  method: "get",
  path: "/tenants/{tenantId}/keys",
  tags,
  security,
  summary: "A tenant's API keys (ids, prefixes, scopes, last use; never keys or hashes)",
  request: { params: TenantParams },
  responses: { 200: json(z.object({ keys: z.array(ApiKeySchema) }), "Keys"), ...common },
});

const revokeKeyRoute = createRoute({
  method: "post",
  path: "/tenants/{tenantId}/keys/{keyId}/revoke",
  tags,
  security,
  summary: "Revoke an API key (its sessions end; its access tokens are refused within TENANT_CACHE_SECONDS)",
  request: { params: KeyParams },
  responses: { 200: json(ApiKeySchema, "Revoked"), 404: errorResponse("Unknown key"), ...common },
});

/** The admin API; mount with `app.route("/admin", adminRoutes)`. */
export const adminRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

adminRoutes.use("*", adminAuth());
adminRoutes.use("*", async (c, next) => {
  await next();
  c.header("Cache-Control", "no-store");
});

adminRoutes
  .openapi(createTenantRoute, async (c) => c.json(await createTenant(c, c.req.valid("json")), 201))
  .openapi(listTenantsRoute, async (c) => {
    const { offset, limit } = c.req.valid("query");
    return c.json({ ...(await listTenants(c, offset, limit)), offset }, 200);
  })
  .openapi(getTenantRoute, async (c) => {
    const { tenantId } = c.req.valid("param");
    const record = await getTenant(c, tenantId);
    return c.json({ ...record, keys: await listApiKeys(c, tenantId) }, 200);
  })
  .openapi(updateTenantRoute, async (c) => {
    const { tenantId } = c.req.valid("param");
    return c.json(await updateTenant(c, tenantId, c.req.valid("json")), 200);
  })
  .openapi(createKeyRoute, async (c) => {
    const { tenantId } = c.req.valid("param");
    return c.json(await issueApiKey(c, tenantId, c.req.valid("json")), 201);
  })
  .openapi(listKeysRoute, async (c) => {
    const { tenantId } = c.req.valid("param");
    return c.json({ keys: await listApiKeys(c, tenantId) }, 200);
  })
  .openapi(revokeKeyRoute, async (c) => {
    const { tenantId, keyId } = c.req.valid("param");
    return c.json(await revokeApiKey(c, tenantId, keyId), 200);
  });
