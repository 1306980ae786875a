import { describe, expect, it } from "vitest";
import {
  type BreakerRecord,
  type BreakerStateStore,
  breakerGauge,
  CircuitBreaker,
  createBreakers,
  InMemoryBreakerStateStore,
  snapshotBreakers,
} from "../../../src/detection/breaker/index";

/** A hand-driven clock. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const OPTS = { failureThreshold: 3, windowMs: 10_000, coolDownMs: 5_000, probeLeaseMs: 2_000 };

async function failTimes(breaker: CircuitBreaker, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const permit = await breaker.acquire();
    if (!permit) throw new Error("breaker refused a call it should admit");
    await breaker.recordFailure(permit);
  }
}

describe("circuit breaker transitions", () => {
  it("opens after N failures within the window, then refuses calls", async () => {
    const c = clock();
    const breaker = new CircuitBreaker("huggingface", new InMemoryBreakerStateStore(), {
      ...OPTS,
      now: c.now,
    });
    await failTimes(breaker, 2);
    expect(breaker.snapshot()).toMatchObject({ state: "closed", recentFailures: 2 });
    await failTimes(breaker, 1);
    expect(breaker.snapshot()).toMatchObject({ state: "open", retryAt: c.now() + 5_000 });
    expect(await breaker.acquire()).toBeNull();
  });

  it("does not count failures that left the window", async () => {
    const c = clock();
    const breaker = new CircuitBreaker("hf", null, { ...OPTS, now: c.now });
    await failTimes(breaker, 2);
    c.advance(10_001);
    await failTimes(breaker, 2);
    expect(breaker.snapshot()).toMatchObject({ state: "closed", recentFailures: 2 });
  });

  it("admits a single half-open probe after the cool-down; success closes it", async () => {
    const c = clock();
    const breaker = new CircuitBreaker("hf", new InMemoryBreakerStateStore(), { ...OPTS, now: c.now });
    await failTimes(breaker, 3);
    c.advance(4_999);
    expect(await breaker.acquire()).toBeNull();
    c.advance(1);
    const probe = await breaker.acquire();
    expect(probe).toEqual({ probe: true });
    expect(breaker.snapshot().state).toBe("half_open");
    expect(await breaker.acquire()).toBeNull(); // only one probe at a time
    await breaker.recordSuccess(probe as { probe: boolean });
    expect(breaker.snapshot()).toMatchObject({ state: "closed", recentFailures: 0 });
    expect(await breaker.acquire()).toEqual({ probe: false });
  });

  it("re-opens (cool-down restarts) when the probe fails", async () => {
    const c = clock();
    const breaker = new CircuitBreaker("hf", new InMemoryBreakerStateStore(), { ...OPTS, now: c.now });
    await failTimes(breaker, 3);
    c.advance(5_000);
    const probe = await breaker.acquire();
    await breaker.recordFailure(probe as { probe: boolean });
    expect(breaker.snapshot()).toMatchObject({ state: "open", openedAt: c.now() });
    c.advance(4_000);
    expect(await breaker.acquire()).toBeNull();
  });

  it("hands the probe to another caller when the first probe's lease expires", async () => {
    const c = clock();
    const breaker = new CircuitBreaker("hf", null, { ...OPTS, now: c.now });
    await failTimes(breaker, 3);
    c.advance(5_000);
    expect(await breaker.acquire()).toEqual({ probe: true });
    c.advance(2_000);
    expect(await breaker.acquire()).toEqual({ probe: true });
  });

  it("takes back a probe that was never sent, so the next caller probes at once", async () => {
    const c = clock();
    const breaker = new CircuitBreaker("huggingface", new InMemoryBreakerStateStore(), {
      ...OPTS,
      now: c.now,
    });
    await failTimes(breaker, 3);
    c.advance(5_000);
    const probe = await breaker.acquire();
    expect(probe).toEqual({ probe: true });
    expect(await breaker.acquire()).toBeNull(); // the lease holds while the probe is out
    if (probe) await breaker.release(probe);
    expect(await breaker.acquire()).toEqual({ probe: true }); // no wait for the 2 s lease
    expect(breaker.snapshot().state).toBe("half_open");
  });

  it("ignores a late non-probe failure while half-open", async () => {
    const c = clock();
    const breaker = new CircuitBreaker("hf", null, { ...OPTS, now: c.now });
    const early = await breaker.acquire();
    await failTimes(breaker, 3);
    c.advance(5_000);
    await breaker.acquire();
    await breaker.recordFailure(early as { probe: boolean });
    expect(breaker.snapshot().state).toBe("half_open");
  });
});

describe("circuit breaker: shared state", () => {
  it("a second instance over the same store sees the open breaker and competes for the probe", async () => {
    const c = clock();
    const store = new InMemoryBreakerStateStore();
    const isolateA = new CircuitBreaker("gemini", store, { ...OPTS, now: c.now });
    const isolateB = new CircuitBreaker("gemini", store, { ...OPTS, now: c.now });
    await failTimes(isolateA, 2);
    await failTimes(isolateB, 1); // failures from both isolates add up
    expect(isolateA.snapshot().state).toBe("closed"); // A's view is stale until it reads again
    expect(await isolateA.acquire()).toBeNull();
    expect(isolateA.snapshot().state).toBe("open");
    c.advance(5_000);
    const [a, b] = await Promise.all([isolateA.acquire(), isolateB.acquire()]);
    expect([a, b].filter((p) => p?.probe)).toHaveLength(1); // compare-and-set: exactly one probe
    const winner = (a ? isolateA : isolateB) as CircuitBreaker;
    await winner.recordSuccess({ probe: true });
    expect((await isolateA.refresh()).state).toBe("closed");
    expect((await isolateB.refresh()).state).toBe("closed");
  });

  it("works with a set-only store (no compareAndSet)", async () => {
    const values = new Map<string, BreakerRecord>();
    const store: BreakerStateStore = {
      get: async (name) => values.get(name) ?? null,
      set: async (name, record) => void values.set(name, structuredClone(record)),
    };
    const a = new CircuitBreaker("x", store, OPTS);
    const b = new CircuitBreaker("x", store, OPTS);
    await failTimes(a, 3);
    expect(await b.acquire()).toBeNull();
    expect(values.get("x")?.version).toBe(3);
  });

  it("falls back to its local view when the store throws", async () => {
    const broken: BreakerStateStore = {
      get: async () => {
        throw new Error("redis down");
      },
      set: async () => {
        throw new Error("redis down");
      },
    };
    const breaker = new CircuitBreaker("x", broken, OPTS);
    await failTimes(breaker, 3);
    expect(breaker.snapshot()).toMatchObject({ state: "open", storeHealthy: false });
    expect(await breaker.acquire()).toBeNull();
  });

  it("does not wait for a hanging store longer than storeTimeoutMs", async () => {
    const hanging: BreakerStateStore = { get: () => new Promise(() => {}), set: () => new Promise(() => {}) };
    const breaker = new CircuitBreaker("x", hanging, { ...OPTS, storeTimeoutMs: 50 });
    const start = performance.now();
    expect(await breaker.acquire()).toEqual({ probe: false });
    expect(performance.now() - start).toBeLessThan(500);
  });

  it("treats a corrupt stored value as closed", async () => {
    const store: BreakerStateStore = {
      get: async () => ({ nonsense: true }) as unknown as BreakerRecord,
      set: async () => {},
    };
    expect(await new CircuitBreaker("x", store, OPTS).acquire()).toEqual({ probe: false });
  });
});

describe("circuit breaker snapshots", () => {
  it("reports one-hot circuit_breaker_state samples per breaker", async () => {
    const c = clock();
    const breakers = createBreakers(["huggingface", "gemini"], new InMemoryBreakerStateStore(), {
      ...OPTS,
      now: c.now,
    });
    await failTimes(breakers.get("gemini") as CircuitBreaker, 3);
    const snapshots = await snapshotBreakers(breakers.values(), { refresh: true });
    expect(snapshots.map((s) => [s.name, s.state])).toEqual([
      ["huggingface", "closed"],
      ["gemini", "open"],
    ]);
    const gauge = breakerGauge(snapshots);
    expect(gauge).toHaveLength(6);
    expect(gauge.filter((g) => g.value === 1).map((g) => g.labels)).toEqual([
      { model: "huggingface", state: "closed" },
      { model: "gemini", state: "open" },
    ]);
  });
});
