import { describe, expect, it } from "vitest";
import type { MetricsBatch } from "../../../src/metrics/batch";
import { MetricsBuffer } from "../../../src/metrics/buffer";
import { seriesKey } from "../../../src/metrics/labels";

/** A buffer on a fake clock whose sleeps advance the clock instantly. */
function fakeBuffer(options: { maxPendingBatches?: number; maxBatchAgeMs?: number } = {}) {
  const clock = { now: 10_000 };
  const sleeps: number[] = [];
  let n = 0;
  const buffer = new MetricsBuffer({
    ...options,
    now: () => clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock.now += ms;
    },
    newId: () => `batch-${++n}`,
  });
  return { buffer, clock, sleeps };
}

function sink(behaviour: { fail?: boolean } = {}) {
  const received: MetricsBatch[] = [];
  return {
    received,
    behaviour,
    async ingest(batch: MetricsBatch) {
      if (behaviour.fail) throw new Error("aggregator unavailable");
      received.push(batch);
    },
  };
}

const hit = (buffer: MetricsBuffer, tenantId = "acme") => buffer.record.cacheLookup({ tenantId, hit: true });
const hits = (batch: MetricsBatch | undefined, tenant = "acme") =>
  batch?.counters.find(([key]) => key === seriesKey("cache_hits_total", [tenant]))?.[1];

describe("MetricsBuffer", () => {
  it("does nothing when nothing was recorded", () => {
    const { buffer } = fakeBuffer();
    expect(buffer.flush(sink())).toBeUndefined();
  });

  it("sends the first batch at once, then at most one per second", async () => {
    const { buffer, clock, sleeps } = fakeBuffer();
    const target = sink();
    hit(buffer);
    await buffer.flush(target);
    expect(target.received).toHaveLength(1);
    expect(sleeps).toEqual([]);

    clock.now += 200;
    hit(buffer);
    const second = buffer.flush(target);
    // A request that arrives while the flush waits does not start another one...
    hit(buffer);
    expect(buffer.flush(target)).toBeUndefined();
    await second;
    // ...its recording rides along in the same batch, sent a second after the first.
    expect(sleeps).toEqual([800]);
    expect(target.received).toHaveLength(2);
    expect(hits(target.received[1])).toBe(2);
  });

  it("keeps a failed batch and resends it with the same id, never merged with newer data", async () => {
    const { buffer, clock } = fakeBuffer();
    const target = sink({ fail: true });
    hit(buffer);
    await buffer.flush(target);
    expect(buffer.pendingBatches).toBe(1);

    clock.now += 5_000;
    hit(buffer);
    hit(buffer);
    target.behaviour.fail = false;
    await buffer.flush(target);
    expect(target.received.map((b) => b.id)).toEqual(["batch-1", "batch-2"]);
    expect(target.received.map((b) => hits(b))).toEqual([1, 2]);
    expect(buffer.pendingBatches).toBe(0);
    expect(buffer.isEmpty).toBe(true);
  });

  it("bounds the pending queue and reports what it dropped", async () => {
    const { buffer, clock } = fakeBuffer({ maxPendingBatches: 2 });
    const target = sink({ fail: true });
    for (let i = 0; i < 5; i++) {
      hit(buffer);
      await buffer.flush(target);
      clock.now += 1_000;
    }
    expect(buffer.pendingBatches).toBe(2);
    target.behaviour.fail = false;
    await buffer.flush(target);
    const dropped = target.received
      .flatMap((b) => b.counters)
      .filter(([key]) => key === seriesKey("promshield_metrics_batches_total", ["dropped"]))
      .reduce((sum, [, n]) => sum + n, 0);
    // b1..b4 were dropped (b3 and b4 carried earlier drop counts, which are carried over).
    expect(dropped).toBe(4);
    expect(target.received.reduce((sum, b) => sum + (hits(b) ?? 0), 0)).toBe(1);
  });

  it("drops batches older than the age limit", async () => {
    const { buffer, clock } = fakeBuffer({ maxBatchAgeMs: 60_000 });
    const target = sink({ fail: true });
    hit(buffer);
    await buffer.flush(target);
    clock.now += 120_000;
    hit(buffer);
    target.behaviour.fail = false;
    await buffer.flush(target);
    expect(target.received.map((b) => b.id)).toEqual(["batch-2"]);
    expect(target.received[0]?.counters).toContainEqual([
      seriesKey("promshield_metrics_batches_total", ["dropped"]),
      1,
    ]);
  });

  it("starts a new flush if the previous one never settled (its request was cancelled)", () => {
    const { buffer, clock } = fakeBuffer();
    const hanging = { ingest: () => new Promise<never>(() => {}) };
    hit(buffer);
    expect(buffer.flush(hanging)).toBeDefined();
    hit(buffer);
    expect(buffer.flush(hanging)).toBeUndefined();
    clock.now += 31_000;
    expect(buffer.flush(hanging)).toBeDefined();
  });
});
