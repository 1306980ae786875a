import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { adminAuth, bearerAuth } from "../middleware/auth";
import { errorResponse } from "../schemas/errors";
import type { AppEnv } from "../types";

const StatsFields = {
  hits: z.number().int(),
  misses: z.number().int(),
  hitRate: z.number().openapi({ description: "hits / (hits + misses), 0 before any lookup" }),
};

const TenantStatsSchema = z.object({ tenantId: z.string(), ...StatsFields }).openapi("TenantCacheStats");

const OperatorStatsSchema = z
  .object({
    store: z.enum(["upstash", "memory"]),
    totals: z.object(StatsFields),
    tenants: z.array(TenantStatsSchema).openapi({ description: "Busiest tenants first (at most 100)" }),
  })
  .openapi("CacheStatsOverview");

const tenantStatsRoute = createRoute({
  method: "get",
  path: "/v1/cache/stats",
  tags: ["Cache"],
  summary: "The calling tenant's detection-cache hits, misses and hit rate",
  security: [{ bearerAuth: [] }],
  middleware: [bearerAuth({ scope: "detect" })] as const,
  responses: {
    200: { description: "Stats", content: { "application/json": { schema: TenantStatsSchema } } },
    401: errorResponse("Missing or invalid access token"),
  },
});

const operatorStatsRoute = createRoute({
  method: "get",
  path: "/cache/stats",
  tags: ["Cache"],
  summary: "Operator view: cache stats of the busiest tenants (admin scope or ADMIN_TOKEN)",
  security: [{ bearerAuth: [] }],
  middleware: [adminAuth()] as const,
  responses: {
    200: { description: "Stats", content: { "application/json": { schema: OperatorStatsSchema } } },
    401: errorResponse("Missing or invalid access token"),
    403: errorResponse("The token lacks the `admin` scope"),
  },
});

/** `/v1/cache/stats` (own tenant) and `/cache/stats` (operators). */
export const cacheRoutes = new OpenAPIHono<AppEnv>()
  .openapi(tenantStatsRoute, async (c) => {
    const { tenantId } = c.var.tenant;
    return c.json({ tenantId, ...(await c.var.store.stats.get(tenantId)) }, 200);
  })
  .openapi(operatorStatsRoute, async (c) => {
    const tenants = await c.var.store.stats.all(100);
    const hits = tenants.reduce((sum, row) => sum + row.hits, 0);
    const misses = tenants.reduce((sum, row) => sum + row.misses, 0);
    const totals = { hits, misses, hitRate: hits + misses === 0 ? 0 : hits / (hits + misses) };
    return c.json({ store: c.var.store.kind, totals, tenants }, 200);
  });
