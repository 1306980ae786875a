/**
 * The Upstash adapter against a real redis-server through the REST proxy (shared stack from
 * test/support/global-setup.ts), with the real @upstash/redis and @upstash/ratelimit clients.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "@upstash/redis/cloudflare";
import { describe, expect, inject, it } from "vitest";
import { createStore, createUpstashStore, type StoreOperation } from "../../src/store";
import { authFailuresKey, detectionKey } from "../../src/store/keys";
import { runStoreContract, someHash, TYPICAL_DETECTION, tenant } from "../unit/store/contract";

const connection = { url: inject("redisRestUrl"), token: inject("redisRestToken") };

// Deterministic: without the ephemeral cache every decision comes from Redis.
runStoreContract("upstash", () => createUpstashStore(connection, { ephemeralCache: false }));

/** A raw client for inspecting what the adapter wrote. */
const raw = new Redis({
  ...connection,
  automaticDeserialization: false,
  enableTelemetry: false,
  retry: false,
});

describe("upstash store specifics", () => {
  it("is what createStore returns when Redis is configured", () => {
    expect(createStore({ redis: connection }).kind).toBe("upstash");
  });

  it("writes the documented key layout, with the TTL", async () => {
    const store = createUpstashStore(connection, { ephemeralCache: false });
    const id = tenant();
    const hash = someHash();
    await store.cache.put(id, hash, TYPICAL_DETECTION, 900);
    const ttl = await raw.ttl(detectionKey(id, hash));
    expect(ttl).toBeGreaterThan(890);
    expect(ttl).toBeLessThanOrEqual(900);
    await store.stats.record(id, true);
    await store.rateLimiter.limit(id, 1);
    await store.rateLimiter.limit(id, 1);
    const keys = (await raw.keys(`tenant:${id}:*`)).sort();
    expect(keys).toHaveLength(4);
    expect(keys[0]).toBe(`tenant:${id}:cache:stats`);
    expect(keys[1]).toBe(`tenant:${id}:detection:${hash}`);
    expect(keys[2]).toMatch(new RegExp(`^tenant:${id}:ratelimit:\\d+$`));
    expect(keys[3]).toBe(`tenant:${id}:ratelimit:strikes`);
  });

  it("stays under 256 bytes of Redis memory for a typical cached answer (MEMORY USAGE)", async () => {
    const store = createUpstashStore(connection);
    const id = "acme-corp"; // a typical tenant id length
    const hash = someHash().slice(0, 43);
    await store.cache.put(id, hash, TYPICAL_DETECTION, 1800);
    const bytes = await raw.eval(
      "return redis.call('MEMORY', 'USAGE', KEYS[1], 'SAMPLES', 0)",
      [detectionKey(id, hash)],
      [],
    );
    console.log(
      `MEMORY USAGE of a typical cached answer (3 matches, key ${detectionKey(id, hash).length} chars): ${bytes} bytes`,
    );
    expect(Number(bytes)).toBeLessThanOrEqual(256);
  });

  it("treats a value in another encoding version as a miss", async () => {
    const store = createUpstashStore(connection);
    const id = tenant();
    const hash = someHash();
    await raw.set(detectionKey(id, hash), "0|some|old|format", { ex: 60 });
    expect(await store.cache.get(id, hash)).toBeNull();
  });

  it("answers denied tenants from the ephemeral cache when it is on", async () => {
    const store = createUpstashStore(connection, { ephemeralCache: true });
    const id = tenant();
    expect((await store.rateLimiter.limit(id, 1)).allowed).toBe(true);
    const first = await store.rateLimiter.limit(id, 1);
    expect(first).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    const second = await store.rateLimiter.limit(id, 1);
    expect(second).toMatchObject({ allowed: false, reason: "cacheBlock", retryAfterSeconds: 2 });
  });

  it("reports nothing to onError while Redis is healthy", async () => {
    const errors: StoreOperation[] = [];
    const store = createUpstashStore(connection, { onError: (operation) => errors.push(operation) });
    const id = tenant();
    await store.cache.get(id, someHash());
    await store.stats.record(id, false);
    await store.stats.all(5);
    await store.rateLimiter.limit(id, 10);
    expect(errors).toEqual([]);
  });

  it("keeps failed credential attempts at auth:failures:{bucket}, always with the window as TTL", async () => {
    const store = createUpstashStore(connection);
    const bucket = randomBytes(16).toString("base64url");
    const key = authFailuresKey(bucket);
    expect(key).toBe(`auth:failures:${bucket}`);
    await store.authFailures.record(bucket, 60_000);
    await store.authFailures.record(bucket, 60_000);
    expect(await raw.get(key)).toBe("2");
    const pttl = await raw.pttl(key);
    expect(pttl).toBeGreaterThan(55_000);
    expect(pttl).toBeLessThanOrEqual(60_000);
    // A counter that somehow lost its TTL gets one back on the next failure: nothing lives forever.
    await raw.persist(key);
    expect(await raw.pttl(key)).toBe(-1);
    expect((await store.authFailures.record(bucket, 60_000)).failures).toBe(3);
    expect(await raw.pttl(key)).toBeGreaterThan(55_000);
  });

  it("fails open on a dead Redis: no failures, a reason, onError called, within the call bound", async () => {
    const errors: StoreOperation[] = [];
    const store = createUpstashStore(
      { url: "http://127.0.0.1:9", token: "x" },
      { timeoutMs: 300, retries: 0, onError: (operation) => errors.push(operation) },
    );
    const bucket = randomBytes(16).toString("base64url");
    const started = Date.now();
    expect(await store.authFailures.peek(bucket)).toMatchObject({ failures: 0, resetInMs: 0 });
    const recorded = await store.authFailures.record(bucket, 60_000);
    expect(recorded.failures).toBe(0);
    expect(["error", "timeout"]).toContain(recorded.reason);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(errors).toEqual(["authFailures.peek", "authFailures.record"]);
  });
});
