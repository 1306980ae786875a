/**
 * Circuit-breaker records shared across isolates: one small JSON value per provider, with a
 * version for compare-and-set. Unlike the cache, these calls DO throw on failure: the breaker
 * bounds each one with its own timeout and falls back to its local view.
 */
import type { BreakerRecord, BreakerStateStore } from "../detection/breaker/types";
import type { SharedClient } from "./upstash-client";

/** Records expire when no isolate touched them for an hour (a stale "open" must not linger). */
const RECORD_TTL_MS = 60 * 60 * 1000;

/** Compare-and-set on the record's version (0 = absent). Returns 1 when written. */
const COMPARE_AND_SET = `local current = redis.call('GET', KEYS[1])
local version = 0
if current then version = cjson.decode(current).version end
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1`;

/** Key of a provider's breaker record. Global, not per tenant: a provider fails for everyone. */
export function breakerKey(name: string): string {
  return `breaker:${name}`;
}

function parseRecord(raw: unknown): BreakerRecord | null {
  if (raw === null || raw === undefined) return null;
  const value: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
  if (typeof value !== "object" || value === null || !("version" in value) || !("state" in value)) {
    throw new Error("malformed circuit-breaker record");
  }
  return value as BreakerRecord;
}

/** Breaker records in Upstash Redis (GET / SET PX / a Lua compare-and-set). */
export function createUpstashBreakerStateStore(client: SharedClient): BreakerStateStore {
  const { redis } = client;
  return {
    async get(name) {
      return parseRecord(await redis.get<string>(breakerKey(name)));
    },
    async set(name, record) {
      await redis.set(breakerKey(name), JSON.stringify(record), { px: RECORD_TTL_MS });
    },
    async compareAndSet(name, expectedVersion, record) {
      const written = await redis.eval(
        COMPARE_AND_SET,
        [breakerKey(name)],
        [String(expectedVersion), JSON.stringify(record), String(RECORD_TTL_MS)],
      );
      return Number(written) === 1;
    },
  };
}
