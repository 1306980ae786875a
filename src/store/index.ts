/**
 * Storage for the Worker: ports (ports.ts), the Upstash adapter and the in-memory adapter.
 *
 * `createStore` is cheap and may be called per request: Upstash clients and rate limiters are
 * cached at module scope, and the in-memory store is one per isolate.
 */
import { createMemoryStore, type MemoryStoreOptions } from "./memory";
import type { Store } from "./ports";
import { createUpstashStore, type UpstashStoreOptions } from "./upstash";

/** The part of the Worker's Config the store needs. */
export interface StoreConfig {
  /** Upstash REST URL and token; null selects the in-memory adapter. */
  redis: { url: string; token: string } | null;
}

/** Options of {@link createStore}: those of the adapter in use (the other ones are ignored). */
export type CreateStoreOptions = UpstashStoreOptions & MemoryStoreOptions;

let isolateMemoryStore: Store | null = null;

/**
 * The store for this configuration: Upstash when `config.redis` is set, otherwise the isolate's
 * shared in-memory store (created on first call with the options of that call). Callers should
 * log once that the in-memory store is serving (its state is per isolate and not durable).
 */
export function createStore(config: StoreConfig, options: CreateStoreOptions = {}): Store {
  if (config.redis) return createUpstashStore(config.redis, options);
  isolateMemoryStore ??= createMemoryStore(options);
  return isolateMemoryStore;
}

export { BACKOFF_SCHEDULE, retryAfterForStrikes } from "./backoff";
export { decodeDetection, ENCODING_VERSION, encodeDetection } from "./encoding";
export { type DetectionCacheInput, detectionCacheHash } from "./hash";
export { assertTenantId, InvalidIdError, InvalidTenantIdError } from "./keys";
export { createMemoryStore, dumpMemoryStore, type MemoryStoreOptions } from "./memory";
export type * from "./ports";
export { type ConfidenceTtls, DEFAULT_CONFIDENCE_TTLS, ttlForConfidence } from "./ttl";
export { createUpstashStore, type UpstashStoreOptions } from "./upstash";
export { DEFAULT_CALL_BOUNDS } from "./upstash-client";
