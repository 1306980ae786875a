/**
 * Behaviour every Store adapter must have. Run by memory.test.ts (in-memory adapter) and by
 * test/integration/upstash-store.test.ts (Upstash adapter against redis-server via the proxy).
 *
 * Each test uses fresh random tenant ids, so adapters sharing one Redis do not see each other.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { CachedDetection, Store } from "../../../src/store";

/** A unique, valid tenant id. */
export function tenant(label = "t"): string {
  return `${label}-${randomBytes(6).toString("hex")}`;
}

/** A cache hash-like string (the store treats it as opaque). */
export function someHash(): string {
  return randomBytes(32).toString("base64url");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits while the wall clock is within 3 s of a minute boundary: a sequence of rate-limit calls
 * that straddles two 60 s windows would see the previous window weighted in (one extra request
 * allowed), which is correct behaviour but not what a boundary test means to check.
 */
export async function awayFromWindowEdge(): Promise<void> {
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 57_000) await sleep(60_000 - intoWindow + 50);
}

/** A typical cached answer: 3 matches, 2 categories, scores with at most 4 decimals. */
export const TYPICAL_DETECTION: CachedDetection = {
  verdict: "injection",
  score: 0.9731,
  confidence: 0.9462,
  categories: [
    { name: "instruction_override", score: 0.9731 },
    { name: "prompt_extraction", score: 0.612 },
  ],
  matches: [
    { rule: "override.ignore_previous", category: "instruction_override", start: 0, end: 32, weight: 0.9 },
    { rule: "override.disregard_rules", category: "instruction_override", start: 34, end: 61, weight: 0.85 },
    { rule: "extraction.system_prompt", category: "prompt_extraction", start: 70, end: 101, weight: 0.85 },
  ],
};

/** An answer with documents and names the encoding has no short codes for. */
const UNUSUAL_DETECTION: CachedDetection = {
  verdict: "benign",
  score: 0.1234,
  confidence: 0.8,
  categories: [{ name: "brand_new:category|x", score: 0.1234 }],
  matches: [
    {
      rule: "Custom,Rule;#1",
      category: "obfuscation",
      start: 5,
      end: 9,
      weight: 1.25,
      decodedFrom: "base64",
    },
  ],
  documents: [
    { verdict: "benign", score: 0, confidence: 1, categories: [], matches: [] },
    { ...TYPICAL_DETECTION },
  ],
};

/** Registers the contract suite for one adapter. `makeStore` is called once per suite. */
export function runStoreContract(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await makeStore();
    });

    describe("detection cache", () => {
      it("misses, then returns what was put (round-trip of the encoding)", async () => {
        const id = tenant();
        const hash = someHash();
        expect(await store.cache.get(id, hash)).toBeNull();
        await store.cache.put(id, hash, TYPICAL_DETECTION, 60);
        expect(await store.cache.get(id, hash)).toEqual(TYPICAL_DETECTION);
      });

      it("round-trips documents, unknown categories and odd rule ids", async () => {
        const id = tenant();
        const hash = someHash();
        await store.cache.put(id, hash, UNUSUAL_DETECTION, 60);
        expect(await store.cache.get(id, hash)).toEqual(UNUSUAL_DETECTION);
      });

      it("expires entries after their TTL", async () => {
        const id = tenant();
        const hash = someHash();
        await store.cache.put(id, hash, TYPICAL_DETECTION, 1);
        expect(await store.cache.get(id, hash)).not.toBeNull();
        await sleep(1_100);
        expect(await store.cache.get(id, hash)).toBeNull();
      });

      it("ignores a TTL below one second (nothing is stored)", async () => {
        const id = tenant();
        const hash = someHash();
        await store.cache.put(id, hash, TYPICAL_DETECTION, 0);
        expect(await store.cache.get(id, hash)).toBeNull();
      });

      it("keeps tenants apart: B never reads A's entry", async () => {
        const [a, b] = [tenant("a"), tenant("b")];
        const hash = someHash();
        await store.cache.put(a, hash, TYPICAL_DETECTION, 60);
        expect(await store.cache.get(b, hash)).toBeNull();
        expect(await store.cache.get(a, hash)).not.toBeNull();
      });

      it("refuses to build keys from an invalid tenant id", async () => {
        await expect(store.cache.get("bad:tenant", someHash())).rejects.toThrow(/invalid tenant id/);
        await expect(store.cache.put("*", someHash(), TYPICAL_DETECTION, 60)).rejects.toThrow(
          /invalid tenant id/,
        );
      });
    });

    describe("cache stats", () => {
      it("counts hits and misses per tenant with a hit rate", async () => {
        const [a, b] = [tenant("a"), tenant("b")];
        expect(await store.stats.get(a)).toEqual({ hits: 0, misses: 0, hitRate: 0 });
        await store.stats.record(a, true);
        await store.stats.record(a, true);
        await store.stats.record(a, true);
        await store.stats.record(a, false);
        await store.stats.record(b, false);
        expect(await store.stats.get(a)).toEqual({ hits: 3, misses: 1, hitRate: 0.75 });
        expect(await store.stats.get(b)).toEqual({ hits: 0, misses: 1, hitRate: 0 });
      });

      it("lists tenants for operators, busiest first", async () => {
        const [busy, quiet] = [tenant("busy"), tenant("quiet")];
        await store.stats.record(quiet, true);
        for (let i = 0; i < 5; i++) await store.stats.record(busy, i % 2 === 0);
        const rows = await store.stats.all(10_000);
        const busyIndex = rows.findIndex((row) => row.tenantId === busy);
        const quietIndex = rows.findIndex((row) => row.tenantId === quiet);
        expect(rows[busyIndex]).toEqual({ tenantId: busy, hits: 3, misses: 2, hitRate: 0.6 });
        expect(rows[quietIndex]).toEqual({ tenantId: quiet, hits: 1, misses: 0, hitRate: 1 });
        expect(busyIndex).toBeLessThan(quietIndex);
        expect(await store.stats.all(1)).toHaveLength(1);
      });
    });

    describe("rate limiter", () => {
      it("allows exactly N requests in the window, then denies", async () => {
        await awayFromWindowEdge();
        const id = tenant();
        const decisions = [];
        for (let i = 0; i < 6; i++) decisions.push(await store.rateLimiter.limit(id, 5));
        expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
        expect(decisions.map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0, 0]);
        for (const decision of decisions) {
          expect(decision.limit).toBe(5);
          expect(decision.resetAt).toBeGreaterThan(Date.now());
          expect(decision.resetAt).toBeLessThanOrEqual(Date.now() + 60_000);
        }
        expect(decisions[0]?.retryAfterSeconds).toBe(0);
        expect(decisions[5]?.retryAfterSeconds).toBe(1);
      });

      it("charges a batch its cost, admitting it only when the whole cost fits", async () => {
        await awayFromWindowEdge();
        const id = tenant();
        expect(await store.rateLimiter.limit(id, 10, 8)).toMatchObject({ allowed: true, remaining: 2 });
        expect((await store.rateLimiter.limit(id, 10, 5)).allowed).toBe(false);
        const fits = await store.rateLimiter.limit(id, 10, 2);
        await fits.pending;
        expect(fits).toMatchObject({ allowed: true, remaining: 0 });
        expect((await store.rateLimiter.limit(id, 10, 1)).allowed).toBe(false);
      });

      it("keeps tenants apart: B does not count against A", async () => {
        await awayFromWindowEdge();
        const [a, b] = [tenant("a"), tenant("b")];
        for (let i = 0; i < 3; i++) expect((await store.rateLimiter.limit(a, 3)).allowed).toBe(true);
        expect((await store.rateLimiter.limit(a, 3)).allowed).toBe(false);
        for (let i = 0; i < 3; i++) expect((await store.rateLimiter.limit(b, 3)).allowed).toBe(true);
        expect((await store.rateLimiter.limit(b, 3)).allowed).toBe(false);
      });

      it("backs off 1, 2, 4, 8, 15, 15 s while the tenant keeps pushing, and resets once allowed", async () => {
        await awayFromWindowEdge();
        const id = tenant();
        expect((await store.rateLimiter.limit(id, 1)).allowed).toBe(true);
        const waits: number[] = [];
        for (let i = 0; i < 6; i++) {
          const decision = await store.rateLimiter.limit(id, 1);
          expect(decision.allowed).toBe(false);
          waits.push(decision.retryAfterSeconds);
        }
        expect(waits).toEqual([1, 2, 4, 8, 15, 15]);
        // A higher limit (e.g. a plan upgrade) lets the next request through, on the same window.
        const allowed = await store.rateLimiter.limit(id, 100);
        expect(allowed).toMatchObject({ allowed: true, retryAfterSeconds: 0 });
        await allowed.pending;
        const again = await store.rateLimiter.limit(id, 1);
        expect(again).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
      });
    });

    describe("health", () => {
      it("pings ok", async () => {
        const result = await store.health.ping();
        expect(result.ok).toBe(true);
        expect(result.latencyMs).toBeGreaterThanOrEqual(0);
      });
    });
  });
}
