import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ENGINE_INFO } from "../detection";
import { snapshotBreakers } from "../detection/breaker";
import { modelCascadeFor } from "../services/models";
import { isStoreDegraded } from "../services/store";
import type { AppEnv } from "../types";

const HealthSchema = z.object({ status: z.literal("ok") }).openapi("Health");

const DependencySchema = z.object({
  configured: z.boolean(),
  reachable: z.boolean().nullable().openapi({ description: "null when not checked" }),
});

const StatusSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    service: z.string(),
    version: z.string(),
    environment: z.string(),
    engine: z.object({ name: z.string(), version: z.string() }),
    auth: z.object({ developmentSecret: z.boolean() }),
    dependencies: z.object({
      redis: DependencySchema,
      huggingface: DependencySchema,
      gemini: DependencySchema,
      openaiCompatible: DependencySchema,
      prometheus: DependencySchema,
    }),
    cascade: z.object({
      mode: z.enum(["fast", "balanced", "thorough"]),
      uncertainBand: z.tuple([z.number(), z.number()]),
      circuitBreakers: z.array(
        z.object({
          name: z.string(),
          model: z.string(),
          state: z.enum(["closed", "open", "half_open"]),
          recentFailures: z.number().int(),
          retryAt: z.number().nullable(),
        }),
      ),
    }),
  })
  .openapi("SystemStatus");

const StoreHealthSchema = z
  .object({
    status: z.enum(["ok", "down"]),
    store: z.enum(["upstash", "memory"]),
    latencyMs: z.number(),
    error: z.string().optional(),
  })
  .openapi("StoreHealth");

const storeHealthRoute = createRoute({
  method: "get",
  path: "/db/health",
  tags: ["Operations"],
  summary: "Store (Redis) health and round-trip latency",
  responses: {
    200: { description: "The store answers", content: { "application/json": { schema: StoreHealthSchema } } },
    503: {
      description: "The store does not answer",
      content: { "application/json": { schema: StoreHealthSchema } },
    },
  },
});

const healthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["Operations"],
  summary: "Liveness: the Worker answers",
  responses: { 200: { description: "Alive", content: { "application/json": { schema: HealthSchema } } } },
});

const statusRoute = createRoute({
  method: "get",
  path: "/system/status",
  tags: ["Operations"],
  summary: "Version, engine version and which optional dependencies are configured (never their secrets)",
  responses: { 200: { description: "Status", content: { "application/json": { schema: StatusSchema } } } },
});

/** `/health` and `/system/status`. */
export const healthRoutes = new OpenAPIHono<AppEnv>()
  .openapi(healthRoute, (c) => c.json({ status: "ok" as const }, 200))
  .openapi(storeHealthRoute, async (c) => {
    const ping = await c.var.store.health.ping();
    const body = {
      status: ping.ok ? ("ok" as const) : ("down" as const),
      store: c.var.store.kind,
      latencyMs: ping.latencyMs,
      ...(ping.error ? { error: ping.error } : {}),
    };
    return ping.ok ? c.json(body, 200) : c.json(body, 503);
  })
  .openapi(statusRoute, async (c) => {
    const config = c.var.config;
    const unchecked = (configured: boolean) => ({ configured, reachable: null });
    const ping = config.redis ? await c.var.store.health.ping() : null;
    const cascade = modelCascadeFor(config, c.var.store);
    const snapshots = await snapshotBreakers(cascade.breakers.values(), { refresh: true });
    const breakerState = new Map(snapshots.map((snapshot) => [snapshot.name, snapshot.state]));
    const degraded =
      (ping !== null && !ping.ok) ||
      isStoreDegraded(c.var.storeStatus) ||
      snapshots.some((snapshot) => snapshot.state === "open");
    // Providers are not probed (calls cost money): an open breaker is the evidence we have.
    const provider = (name: string) => ({
      configured: cascade.providers.some((candidate) => candidate.name === name),
      reachable: breakerState.get(name) === "open" ? false : null,
    });

    return c.json(
      {
        status: degraded ? ("degraded" as const) : ("ok" as const),
        service: "promptshield-edge",
        version: config.version,
        environment: config.environment,
        engine: { name: ENGINE_INFO.name, version: ENGINE_INFO.version },
        auth: { developmentSecret: config.jwt.usingDevSecret },
        dependencies: {
          redis: { configured: config.redis !== null, reachable: ping ? ping.ok : null },
          huggingface: provider("huggingface"),
          gemini: provider("gemini"),
          openaiCompatible: provider("openai-compatible"),
          prometheus: unchecked(config.prometheus.enabled),
        },
        cascade: {
          mode: config.cascade.mode,
          uncertainBand: [...config.cascade.uncertainBand] as [number, number],
          circuitBreakers: snapshots.map((snapshot) => ({
            name: snapshot.name,
            model:
              cascade.providers.find((candidate) => candidate.name === snapshot.name)?.model ?? snapshot.name,
            state: snapshot.state,
            recentFailures: snapshot.recentFailures,
            retryAt: snapshot.retryAt,
          })),
        },
      },
      200,
    );
  });
