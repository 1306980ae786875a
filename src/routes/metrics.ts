import { Hono } from "hono";
import { ApiError } from "../errors";
import { aggregatorStub, metricsResponse, metricsTokenMatches } from "../metrics";
import { callDurableObject } from "../services/durable-objects";
import type { AppEnv } from "../types";

/**
 * `GET /metrics`: the aggregator's cumulative series in the Prometheus text format, for a
 * scraping Prometheus. Requires `Authorization: Bearer <METRICS_TOKEN>`; closed when unset.
 */
export const metricsRoutes = new Hono<AppEnv>().get("/metrics", async (c) => {
  const token = c.var.config.metrics.token;
  if (!metricsTokenMatches(c.req.header("Authorization"), token)) {
    throw new ApiError(
      401,
      "unauthorized",
      token
        ? "Send Authorization: Bearer <METRICS_TOKEN>."
        : "GET /metrics is closed: set METRICS_TOKEN to open it.",
      { "WWW-Authenticate": 'Bearer realm="metrics"' },
    );
  }
  return metricsResponse(
    await callDurableObject(
      c,
      "The metrics aggregator",
      "MetricsAggregator.exposition",
      aggregatorStub(c.env).exposition(),
    ),
  );
});
