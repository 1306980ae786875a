import { createMiddleware } from "hono/factory";
import { ConfigError, getConfig } from "../config";
import { errorBody } from "../errors";
import { createLogger } from "../logging";
import type { AppEnv } from "../types";

const warnedEnvs = new WeakSet<object>();

/**
 * Parses the environment into `c.var.config` (once per isolate). A misconfigured Worker answers
 * every request with 500 `misconfigured` naming the variable, instead of half-working.
 */
export function loadConfig() {
  return createMiddleware<AppEnv>(async (c, next) => {
    try {
      c.set("config", getConfig(c.env));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(JSON.stringify({ level: "error", msg: error.message, variable: error.variable }));
      return c.json(errorBody("misconfigured", error.message, c.var.requestId), 500);
    }
    const config = c.var.config;
    if (config.jwt.usingDevSecret && !warnedEnvs.has(c.env)) {
      warnedEnvs.add(c.env);
      createLogger("warn", config.logging.structured).warn(
        "SECRET_KEY is not set: using the built-in DEVELOPMENT secret. Never deploy like this; set it with `wrangler secret put SECRET_KEY`.",
      );
    }
    await next();
  });
}
