/**
 * Behaviour every Store adapter must have. Run by memory.test.ts (in-memory adapter) and by
 * test/integration/upstash-store.test.ts (Upstash adapter against redis-server via the proxy).
 *
 * Each test uses fresh random tenant ids, so adapters sharing one Redis do not see each other.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { CachedDetection, RefreshFamily, Store, TenantRecord } from "../../../src/store";

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

/** A tenant record with service defaults. */
export function tenantRecord(id: string, overrides: Partial<TenantRecord> = {}): TenantRecord {
  const now = new Date().toISOString();
  return {
    id,
    name: id,
    status: "active",
    plan: { requestsPerMinute: 60, maxBatchItems: null, maxTextBytes: null },
    policy: {
      threshold: null,
      mode: null,
      allowList: [],
      denyList: ["codeword"],
      customRules: [],
      eventPrivacy: null,
    },
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}

/** A random opaque id like the ones refresh tokens use (22 base64url characters). */
export function opaqueId(): string {
  return randomBytes(16).toString("base64url");
}

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

    describe("failed credential attempts (auth throttle)", () => {
      /** A client bucket as the throttle builds them: 16 bytes of an HMAC, base64url. */
      const bucket = () => randomBytes(16).toString("base64url");

      it("counts failures per bucket in a window that opens with the first one", async () => {
        const [a, b] = [bucket(), bucket()];
        expect(await store.authFailures.peek(a)).toEqual({ failures: 0, resetInMs: 0 });
        const counts = [];
        for (let i = 0; i < 3; i++) counts.push(await store.authFailures.record(a, 60_000));
        expect(counts.map((w) => w.failures)).toEqual([1, 2, 3]);
        for (const window of counts) {
          expect(window.reason).toBeUndefined();
          expect(window.resetInMs).toBeGreaterThan(55_000);
          expect(window.resetInMs).toBeLessThanOrEqual(60_000);
        }
        const seen = await store.authFailures.peek(a);
        expect(seen.failures).toBe(3);
        expect(seen.resetInMs).toBeGreaterThan(55_000);
        expect(seen.resetInMs).toBeLessThanOrEqual(60_000);
        // Buckets are independent.
        expect(await store.authFailures.peek(b)).toEqual({ failures: 0, resetInMs: 0 });
        expect((await store.authFailures.record(b, 60_000)).failures).toBe(1);
        expect((await store.authFailures.peek(a)).failures).toBe(3);
      });

      it("keeps the unknown bucket like any other", async () => {
        const before = (await store.authFailures.peek("unknown")).failures;
        expect((await store.authFailures.record("unknown", 60_000)).failures).toBe(before + 1);
      });

      it("does not extend the window on later failures, and forgets the bucket when it ends", async () => {
        const id = bucket();
        await store.authFailures.record(id, 1_000);
        await sleep(400);
        const later = await store.authFailures.record(id, 1_000);
        expect(later.failures).toBe(2);
        expect(later.resetInMs).toBeLessThanOrEqual(650);
        await sleep(later.resetInMs + 150);
        expect(await store.authFailures.peek(id)).toEqual({ failures: 0, resetInMs: 0 });
        // A new window starts from one.
        expect(await store.authFailures.record(id, 1_000)).toMatchObject({ failures: 1 });
      });

      it("refuses a raw address or an odd string as a bucket, and a window without a TTL", async () => {
        await expect(store.authFailures.peek("203.0.113.7")).rejects.toThrow(/client bucket/);
        await expect(store.authFailures.record("auth:*", 60_000)).rejects.toThrow(/client bucket/);
        await expect(store.authFailures.record(bucket(), 0)).rejects.toThrow(/window/);
        await expect(store.authFailures.record(bucket(), 1.5)).rejects.toThrow(/window/);
      });
    });

    describe("tenant registry", () => {
      it("creates once, reads back, and refuses a second create of the same id", async () => {
        const record = tenantRecord(tenant("reg"));
        expect(await store.tenants.get(record.id)).toBeNull();
        expect(await store.tenants.create(record)).toBe(true);
        expect(await store.tenants.create({ ...record, name: "other" })).toBe(false);
        expect(await store.tenants.get(record.id)).toEqual(record);
        expect(await store.tenants.lookup(record.id)).toEqual({ record, revoked: [] });
      });

      it("updates with compare-and-set on the version", async () => {
        const record = tenantRecord(tenant("cas"));
        await store.tenants.create(record);
        const next = { ...record, status: "disabled" as const, version: 2 };
        expect(await store.tenants.update(next, 1)).toBe(true);
        expect(await store.tenants.update({ ...next, name: "stale", version: 2 }, 1)).toBe(false);
        expect(await store.tenants.get(record.id)).toEqual(next);
      });

      it("lists tenants with a total", async () => {
        const ids = [tenant("list"), tenant("list")];
        for (const id of ids) await store.tenants.create(tenantRecord(id));
        const { tenants, total } = await store.tenants.list(0, 100_000);
        expect(total).toBeGreaterThanOrEqual(2);
        for (const id of ids) expect(tenants.map((t) => t.id)).toContain(id);
        expect((await store.tenants.list(0, 1)).tenants).toHaveLength(1);
      });

      it("keeps revocations until they expire, per tenant", async () => {
        const [a, b] = [tenant("rev"), tenant("rev")];
        const now = Date.now();
        await store.tenants.revoke(a, "jti:one", now + 60_000, now);
        await store.tenants.revoke(a, "sid:two", now + 500, now);
        expect((await store.tenants.lookup(a, now)).revoked.sort()).toEqual(["jti:one", "sid:two"]);
        expect((await store.tenants.lookup(a, now + 1_000)).revoked).toEqual(["jti:one"]);
        expect((await store.tenants.lookup(b, now)).revoked).toEqual([]);
      });
    });

    describe("API keys", () => {
      it("stores, lists, touches and revokes keys by id", async () => {
        const id = tenant("keys");
        const keyId = randomBytes(8).toString("hex");
        const record = {
          id: keyId,
          tenantId: id,
          name: "ci",
          scopes: ["detect"],
          hash: "ab".repeat(32),
          createdAt: new Date().toISOString(),
          revokedAt: null,
          lastUsedAt: null,
        };
        await store.apiKeys.create(record);
        expect(await store.apiKeys.get(keyId)).toEqual(record);
        expect(await store.apiKeys.list(id)).toEqual([record]);
        await store.apiKeys.touch(keyId, "2026-01-01T00:00:00.000Z");
        const revoked = await store.apiKeys.revoke(keyId, "2026-01-02T00:00:00.000Z");
        expect(revoked).toMatchObject({
          lastUsedAt: "2026-01-01T00:00:00.000Z",
          revokedAt: "2026-01-02T00:00:00.000Z",
        });
        // Idempotent: the first revocation time stays.
        expect((await store.apiKeys.revoke(keyId, "2027-01-01T00:00:00.000Z"))?.revokedAt).toBe(
          "2026-01-02T00:00:00.000Z",
        );
        expect(await store.apiKeys.get(randomBytes(8).toString("hex"))).toBeNull();
        expect(await store.apiKeys.list(tenant("none"))).toEqual([]);
      });
    });

    describe("refresh-token families", () => {
      function family(): RefreshFamily {
        return {
          id: opaqueId(),
          tenantId: tenant("fam"),
          keyId: randomBytes(8).toString("hex"),
          scopes: ["detect", "events"],
          current: opaqueId(),
          revokedReason: null,
        };
      }

      it("rotates once per token; presenting a used token revokes the family", async () => {
        const fam = family();
        await store.refreshTokens.open(fam, "h0", 60_000);
        expect(await store.refreshTokens.find(fam.id, fam.current, "h0")).toEqual(fam);
        expect(await store.refreshTokens.find(fam.id, fam.current, "wrong")).toBeNull();
        const second = opaqueId();
        const rotated = await store.refreshTokens.rotate(
          fam.id,
          fam.current,
          "h0",
          { id: second, hash: "h1" },
          60_000,
        );
        expect(rotated).toEqual({ status: "rotated", family: { ...fam, current: second } });
        // The first token again: reuse → the whole family is revoked, including the second token.
        const reused = await store.refreshTokens.rotate(
          fam.id,
          fam.current,
          "h0",
          { id: opaqueId(), hash: "h2" },
          60_000,
        );
        expect(reused.status).toBe("reused");
        const afterReuse = await store.refreshTokens.rotate(
          fam.id,
          second,
          "h1",
          { id: opaqueId(), hash: "h3" },
          60_000,
        );
        expect(afterReuse).toMatchObject({ status: "revoked", family: { revokedReason: "reuse" } });
      });

      it("refuses a wrong hash or family without revoking anything", async () => {
        const fam = family();
        await store.refreshTokens.open(fam, "h0", 60_000);
        expect(
          (
            await store.refreshTokens.rotate(
              fam.id,
              fam.current,
              "bad",
              { id: opaqueId(), hash: "x" },
              60_000,
            )
          ).status,
        ).toBe("unknown");
        expect(
          (
            await store.refreshTokens.rotate(
              opaqueId(),
              fam.current,
              "h0",
              { id: opaqueId(), hash: "x" },
              60_000,
            )
          ).status,
        ).toBe("unknown");
        expect(
          (await store.refreshTokens.rotate(fam.id, fam.current, "h0", { id: opaqueId(), hash: "x" }, 60_000))
            .status,
        ).toBe("rotated");
      });

      it("is single-use under concurrency: exactly one of many simultaneous rotations wins", async () => {
        const fam = family();
        await store.refreshTokens.open(fam, "h0", 60_000);
        const outcomes = await Promise.all(
          Array.from({ length: 8 }, () =>
            store.refreshTokens.rotate(fam.id, fam.current, "h0", { id: opaqueId(), hash: "hx" }, 60_000),
          ),
        );
        expect(outcomes.filter((o) => o.status === "rotated")).toHaveLength(1);
        expect(
          outcomes.filter((o) => o.status === "rotated" || o.status === "reused" || o.status === "revoked"),
        ).toHaveLength(8);
      });

      it("revokes a family on demand (idempotent)", async () => {
        const fam = family();
        await store.refreshTokens.open(fam, "h0", 60_000);
        expect(await store.refreshTokens.revokeFamily(fam.id, "revoked")).toMatchObject({
          revokedReason: "revoked",
        });
        expect(await store.refreshTokens.revokeFamily(fam.id, "other")).toMatchObject({
          revokedReason: "revoked",
        });
        expect(
          (await store.refreshTokens.rotate(fam.id, fam.current, "h0", { id: opaqueId(), hash: "x" }, 60_000))
            .status,
        ).toBe("revoked");
        expect(await store.refreshTokens.revokeFamily(opaqueId(), "x")).toBeNull();
      });
    });

    describe("live-token ledger", () => {
      it("counts tokens until they expire or are removed", async () => {
        const now = Date.now();
        const before = await store.tokens.count("refresh", now);
        const [a, b] = [opaqueId(), opaqueId()];
        await store.tokens.add("refresh", a, now + 60_000, now);
        await store.tokens.add("refresh", b, now + 1_000, now);
        expect(await store.tokens.count("refresh", now)).toBe(before + 2);
        await store.tokens.remove("refresh", a);
        expect(await store.tokens.count("refresh", now)).toBe(before + 1);
        expect(await store.tokens.count("refresh", now + 2_000)).toBeLessThanOrEqual(before);
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
