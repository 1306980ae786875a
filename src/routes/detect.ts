import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ApiError } from "../errors";
import { bearerAuth } from "../middleware/auth";
import { enforceRateLimit, rateLimit } from "../middleware/rate-limit";
import { requireJson } from "../middleware/require-json";
import { buildDetectionEvent } from "../realtime";
import type { DetectRequest, DetectResponse } from "../schemas/detection";
import {
  type BatchItemResult,
  BatchRequestSchema,
  BatchResponseSchema,
  DetectRequestSchema,
  DetectResponseSchema,
  describeIssues,
} from "../schemas/detection";
import { errorResponse } from "../schemas/errors";
import { assertWithinLimits, type DetectionContext, detect } from "../services/detection";
import { publishToTenant } from "../services/events";
import type { AppEnv } from "../types";
import { validationHook } from "./validation";

const errorResponses = {
  400: errorResponse("Invalid JSON or a request that fails validation"),
  401: errorResponse("Missing or invalid access token"),
  403: errorResponse("The token lacks the `detect` scope"),
  413: errorResponse("Body or text larger than the configured limits"),
  415: errorResponse("The body is not declared as JSON"),
  429: errorResponse("Over the tenant's rate limit; wait for Retry-After seconds"),
} as const;

const detectRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["Detection"],
  summary: "Scan one text (and optional documents) for prompt injection",
  security: [{ bearerAuth: [] }],
  middleware: [rateLimit(), requireJson()] as const,
  request: { body: { required: true, content: { "application/json": { schema: DetectRequestSchema } } } },
  responses: {
    200: { description: "The verdict", content: { "application/json": { schema: DetectResponseSchema } } },
    ...errorResponses,
  },
});

const batchRoute = createRoute({
  method: "post",
  path: "/batch",
  tags: ["Detection"],
  summary: "Scan up to MAX_BATCH_ITEMS texts in one call; a bad item fails alone",
  security: [{ bearerAuth: [] }],
  middleware: [requireJson()] as const,
  request: { body: { required: true, content: { "application/json": { schema: BatchRequestSchema } } } },
  responses: {
    200: {
      description: "One result or error per item, in order",
      content: { "application/json": { schema: BatchResponseSchema } },
    },
    ...errorResponses,
  },
});

function detectionContext(c: Context<AppEnv>): DetectionContext {
  return {
    config: c.var.config,
    store: c.var.store,
    tenantId: c.var.tenant.tenantId,
    waitUntil: (promise) => c.executionCtx.waitUntil(promise),
    publish: (event) => publishToTenant(c, event),
    profile: c.var.tenantProfile,
  };
}

/** The request limits of the tenant's plan (MAX_TEXT_BYTES, MAX_BATCH_ITEMS unless its plan says otherwise). */
function planLimits(c: Context<AppEnv>) {
  const plan = c.var.tenantProfile.plan;
  return { ...c.var.config.limits, maxTextBytes: plan.maxTextBytes, maxBatchItems: plan.maxBatchItems };
}

/** Fans a `detection.completed` event out to the tenant's listeners, after the response. */
function announce(c: Context<AppEnv>, request: DetectRequest, response: DetectResponse): void {
  publishToTenant(
    c,
    buildDetectionEvent({
      result: response,
      text: request.text,
      cached: response.cached,
      latencyMs: response.latencyMs,
      privacy: c.var.tenantProfile.policy.eventPrivacy ?? c.var.config.events.privacy,
    }),
  );
}

/** `/v1/detect` and `/v1/detect/batch`. */
export const detectRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

detectRoutes.use("*", bearerAuth({ scope: "detect" }));

detectRoutes
  .openapi(detectRoute, async (c) => {
    const request = c.req.valid("json");
    assertWithinLimits(request, planLimits(c));
    const response = await detect(request, detectionContext(c));
    announce(c, request, response);
    return c.json(response, 200);
  })
  .openapi(batchRoute, async (c) => {
    const { items } = c.req.valid("json");
    const limits = planLimits(c);
    if (items.length > limits.maxBatchItems) {
      throw new ApiError(
        400,
        "validation_failed",
        `items holds ${items.length} requests; at most ${limits.maxBatchItems} are allowed per batch.`,
      );
    }
    // A batch costs its item count, charged once the count is known to be acceptable.
    await enforceRateLimit(c, items.length);
    const context = detectionContext(c);
    const results = await Promise.all(
      items.map(async (item, index): Promise<BatchItemResult> => {
        const parsed = DetectRequestSchema.safeParse(item);
        if (!parsed.success) {
          return {
            index,
            status: 400,
            error: { code: "validation_failed", message: describeIssues(parsed.error.issues) },
          };
        }
        try {
          assertWithinLimits(parsed.data, limits);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          return { index, status: error.status, error: { code: error.code, message: error.message } };
        }
        const result = await detect(parsed.data, context);
        announce(c, parsed.data, result);
        return { index, status: 200, result };
      }),
    );
    const summary = {
      total: results.length,
      injections: results.filter((item) => item.result?.verdict === "injection").length,
      errors: results.filter((item) => item.error).length,
    };
    return c.json({ results, summary }, 200);
  });
