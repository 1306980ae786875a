import type { Config } from "../config";
import { createLogger } from "../logging";
import { createStore, type Store, type StoreOperation } from "../store";

/** What the Worker knows about its store's recent health (per isolate; safe to lose). */
export interface StoreStatus {
  kind: Store["kind"];
  /** Epoch ms of the last swallowed store failure, or null. */
  lastErrorAt: number | null;
  lastErrorOperation: StoreOperation | null;
}

/** A store failure within this window marks the service `degraded` in /system/status. */
export const DEGRADED_WINDOW_MS = 60_000;
/** At most one log line per operation per second while Redis is failing. */
const LOG_INTERVAL_MS = 1_000;

const stores = new WeakMap<Config, { store: Store; status: StoreStatus }>();

/**
 * The store for this configuration (Upstash when configured, else the in-memory one), created
 * once per isolate. Failures the store swallows are logged (throttled) and remembered so that
 * /system/status can report the service as degraded.
 */
export function storeFor(config: Config): { store: Store; status: StoreStatus } {
  const existing = stores.get(config);
  if (existing) return existing;
  const logger = createLogger(config.logging.level, config.logging.structured);
  const lastLogged = new Map<StoreOperation, number>();
  const status: StoreStatus = {
    kind: config.redis ? "upstash" : "memory",
    lastErrorAt: null,
    lastErrorOperation: null,
  };
  const store = createStore(config, {
    rateLimitFailMode: config.rateLimit.failMode,
    timeoutMs: config.store.timeoutMs,
    onError(operation, error) {
      const now = Date.now();
      status.lastErrorAt = now;
      status.lastErrorOperation = operation;
      if (now - (lastLogged.get(operation) ?? 0) < LOG_INTERVAL_MS) return;
      lastLogged.set(operation, now);
      logger.warn("store operation failed; continuing without it", {
        operation,
        error: error instanceof Error ? error.message : String(error),
      });
    },
  });
  if (!config.redis) {
    logger.info("UPSTASH_REDIS_REST_URL is not set: using the in-memory store (per isolate, not durable)");
  }
  const entry = { store, status };
  stores.set(config, entry);
  return entry;
}

/** True when the store failed recently. */
export function isStoreDegraded(status: StoreStatus, now = Date.now()): boolean {
  return status.lastErrorAt !== null && now - status.lastErrorAt < DEGRADED_WINDOW_MS;
}
