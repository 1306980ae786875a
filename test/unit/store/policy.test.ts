import { describe, expect, it } from "vitest";
import { assertTenantId, BACKOFF_SCHEDULE, retryAfterForStrikes, ttlForConfidence } from "../../../src/store";
import {
  cacheStatsKey,
  detectionKey,
  RATELIMIT_PREFIX,
  rateLimitIdentifier,
  strikesKey,
} from "../../../src/store/keys";

describe("ttlForConfidence", () => {
  it("uses high at >= 0.95, medium at >= 0.8, low below", () => {
    expect([1, 0.95, 0.9499, 0.8, 0.7999, 0].map((c) => ttlForConfidence(c))).toEqual([
      1800, 1800, 900, 900, 300, 300,
    ]);
    expect(ttlForConfidence(0.9, { high: 10, medium: 5, low: 1 })).toBe(5);
  });
});

describe("retryAfterForStrikes", () => {
  it("grows 1, 2, 4, 8, 15 and stays at 15", () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(retryAfterForStrikes)).toEqual([1, 2, 4, 8, 15, 15, 15]);
    expect(retryAfterForStrikes(0)).toBe(BACKOFF_SCHEDULE[0]);
  });
});

describe("key layout", () => {
  it("prefixes every key with the tenant", () => {
    expect(detectionKey("acme", "h")).toBe("tenant:acme:detection:h");
    expect(cacheStatsKey("acme")).toBe("tenant:acme:cache:stats");
    expect(strikesKey("acme")).toBe("tenant:acme:ratelimit:strikes");
    expect(`${RATELIMIT_PREFIX}:${rateLimitIdentifier("acme")}`).toBe("tenant:acme:ratelimit");
  });

  it("asserts the tenant id format", () => {
    for (const ok of ["a", "A-b_9", "x".repeat(64)]) expect(() => assertTenantId(ok)).not.toThrow();
    for (const bad of ["", "-a", "a:b", "a*", "x".repeat(65), "a b", "é"]) {
      expect(() => assertTenantId(bad)).toThrow(/invalid tenant id/);
    }
  });
});
