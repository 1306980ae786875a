import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import { flushMetrics, metrics } from "../metrics";
import type { AppEnv } from "../types";

/**
 * Records `api_gateway_requests_total` and `api_gateway_request_duration_seconds` for every
 * request (labelled by route pattern, never the raw path) and hands this isolate's batched
 * deltas to the metrics aggregator off the request path (at most about once a second).
 */
export function requestMetrics() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      metrics.record.apiRequest({
        method: c.req.method,
        endpoint: routePath(c),
        status: c.res.status,
        durationSeconds: (performance.now() - started) / 1000,
      });
      flushMetrics(c.env, c.executionCtx, metrics, c.var.config.durableObjects.timeoutMs);
    }
  });
}
