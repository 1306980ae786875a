import { createMiddleware } from "hono/factory";
import { storeFor } from "../services/store";
import type { AppEnv } from "../types";

/** Puts the isolate's store (cache, stats, rate limiter) into `c.var.store`. */
export function attachStore() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { store, status } = storeFor(c.var.config);
    c.set("store", store);
    c.set("storeStatus", status);
    await next();
  });
}
