import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import { createLogger } from "../logging";
import type { AppEnv } from "../types";

/**
 * Creates the request's logger (`c.var.logger`, tagged with the request id) and writes one log
 * line per request when it ends: method, route pattern, status, duration and tenant. Headers,
 * bodies and query strings are never logged (they may carry tokens or prompt text).
 */
export function requestLogger() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { level, structured } = c.var.config.logging;
    const logger = createLogger(level, structured, { requestId: c.var.requestId });
    c.set("logger", logger);
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      route: routePath(c),
      path: new URL(c.req.url).pathname,
      status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      tenantId: c.get("tenant")?.tenantId,
    };
    if (status >= 500) logger.error("request", fields);
    else if (status >= 400) logger.warn("request", fields);
    else logger.info("request", fields);
  });
}
