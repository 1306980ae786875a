import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ApiError } from "../errors";
import { bearerAuth } from "../middleware/auth";
import { requireJson } from "../middleware/require-json";
import {
  type BatchItemResult,
  BatchRequestSchema,
  BatchResponseSchema,
  DetectRequestSchema,
  DetectResponseSchema,
  describeIssues,
  ErrorSchema,
} from "../schemas/detection";
import { assertWithinLimits, detectRequest } from "../services/detection";
import type { AppEnv } from "../types";
import { validationHook } from "./validation";

const errorResponses = {
  400: {
    description: "Invalid JSON or a request that fails validation",
    content: { "application/json": { schema: ErrorSchema } },
  },
  401: {
    description: "Missing or invalid access token",
    content: { "application/json": { schema: ErrorSchema } },
  },
  403: {
    description: "The token lacks the `detect` scope",
    content: { "application/json": { schema: ErrorSchema } },
  },
  413: {
    description: "Body or text larger than the configured limits",
    content: { "application/json": { schema: ErrorSchema } },
  },
  415: {
    description: "The body is not declared as JSON",
    content: { "application/json": { schema: ErrorSchema } },
  },
} as const;

const detectRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["Detection"],
  summary: "Scan one text (and optional documents) for prompt injection",
  security: [{ bearerAuth: [] }],
  middleware: [requireJson()] as const,
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

/** `/v1/detect` and `/v1/detect/batch`. */
export const detectRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

detectRoutes.use("*", bearerAuth({ scope: "detect" }));

detectRoutes
  .openapi(detectRoute, (c) => {
    const request = c.req.valid("json");
    assertWithinLimits(request, c.var.config.limits);
    return c.json(detectRequest(request, c.var.config), 200);
  })
  .openapi(batchRoute, (c) => {
    const { items } = c.req.valid("json");
    const config = c.var.config;
    if (items.length > config.limits.maxBatchItems) {
      throw new ApiError(
        400,
        "validation_failed",
        `items holds ${items.length} requests; at most ${config.limits.maxBatchItems} are allowed per batch.`,
      );
    }
    const results = items.map((item, index): BatchItemResult => {
      const parsed = DetectRequestSchema.safeParse(item);
      if (!parsed.success) {
        return {
          index,
          status: 400,
          error: { code: "validation_failed", message: describeIssues(parsed.error.issues) },
        };
      }
      try {
        assertWithinLimits(parsed.data, config.limits);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return { index, status: error.status, error: { code: error.code, message: error.message } };
      }
      return { index, status: 200, result: detectRequest(parsed.data, config) };
    });
    const summary = {
      total: results.length,
      injections: results.filter((item) => item.result?.verdict === "injection").length,
      errors: results.filter((item) => item.error).length,
    };
    return c.json({ results, summary }, 200);
  });
