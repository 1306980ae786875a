import { describe, expect, it } from "vitest";
import { createMemoryStore, createStore } from "../../../src/store";
import { runStoreContract, someHash, TYPICAL_DETECTION, tenant } from "./contract";

runStoreContract("memory", () => createMemoryStore());

describe("memory store specifics", () => {
  it("is what createStore returns without Redis, one per isolate", () => {
    const store = createStore({ redis: null });
    expect(store.kind).toBe("memory");
    expect(createStore({ redis: null })).toBe(store);
  });

  it("caps the number of cached answers (least recently used go first)", async () => {
    const store = createMemoryStore({ maxCacheEntries: 2 });
    const id = tenant();
    const [h1, h2, h3] = [someHash(), someHash(), someHash()];
    await store.cache.put(id, h1, TYPICAL_DETECTION, 60);
    await store.cache.put(id, h2, TYPICAL_DETECTION, 60);
    await store.cache.get(id, h1); // h1 is now the most recently used
    await store.cache.put(id, h3, TYPICAL_DETECTION, 60);
    expect(await store.cache.get(id, h2)).toBeNull();
    expect(await store.cache.get(id, h1)).not.toBeNull();
    expect(await store.cache.get(id, h3)).not.toBeNull();
  });

  it("slides the window: the previous minute counts, weighted by its overlap", async () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 0); // start of a window
    const store = createMemoryStore({ now: () => now });
    const id = tenant();
    for (let i = 0; i < 10; i++) expect((await store.rateLimiter.limit(id, 10)).allowed).toBe(true);
    expect((await store.rateLimiter.limit(id, 10)).allowed).toBe(false);
    // 30 s into the next window half of the previous one still counts: floor(10 × 0.5) = 5 used.
    now += 90_000;
    const decisions = [];
    for (let i = 0; i < 6; i++) decisions.push(await store.rateLimiter.limit(id, 10));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
    expect(decisions[0]?.resetAt).toBe(Date.UTC(2026, 0, 1, 12, 2, 0));
    // Two windows later nothing of the first minute counts any more.
    now += 120_000;
    expect(await store.rateLimiter.limit(id, 10)).toMatchObject({ allowed: true, remaining: 9 });
  });

  it("forgets strikes after their TTL even while still limited", async () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const store = createMemoryStore({ now: () => now, strikesTtlSeconds: 10 });
    const id = tenant();
    await store.rateLimiter.limit(id, 1);
    expect((await store.rateLimiter.limit(id, 1)).retryAfterSeconds).toBe(1);
    now += 9_000;
    expect((await store.rateLimiter.limit(id, 1)).retryAfterSeconds).toBe(2);
    now += 11_000; // same window, still denied, but the tenant paused longer than the TTL
    expect(await store.rateLimiter.limit(id, 1)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });
});
