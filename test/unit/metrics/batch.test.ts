import { describe, expect, it } from "vitest";
import {
  BATCH_VERSION,
  drainToBatch,
  isMetricsBatch,
  type MetricsBatch,
  mergeBatch,
} from "../../../src/metrics/batch";
import { seriesKey } from "../../../src/metrics/labels";
import { MetricsRecorder } from "../../../src/metrics/recorder";
import { SeriesStore } from "../../../src/metrics/series-store";
import { TenantCap } from "../../../src/metrics/tenant-cap";

function isolateBatch(id: string, tenant: string, detections: number): MetricsBatch {
  const deltas = new SeriesStore(null);
  const record = new MetricsRecorder(deltas, () => 5_000);
  for (let i = 0; i < detections; i++) {
    record.detection({
      tenantId: tenant,
      result: "benign",
      model: "edge",
      durationSeconds: 0.002,
      confidence: 0.9,
    });
  }
  record.jwtTokensActive({ type: "access", count: detections });
  const batch = drainToBatch(deltas, id, 5_000);
  if (!batch) throw new Error("empty");
  expect(deltas.size).toBe(0);
  return batch;
}

describe("delta batches", () => {
  it("drains a store into a compact batch and returns null when empty", () => {
    const batch = isolateBatch("b1", "acme", 3);
    expect(batch).toMatchObject({ v: BATCH_VERSION, id: "b1", createdAt: 5_000 });
    expect(batch.counters).toEqual([[seriesKey("detection_requests_total", ["acme", "benign", "edge"]), 3]]);
    expect(batch.gauges).toEqual([[seriesKey("jwt_tokens_active_total", ["access"]), 3, 5_000]]);
    expect(batch.histograms).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(batch))).toEqual(batch);
    expect(drainToBatch(new SeriesStore(null), "x", 0)).toBeNull();
  });

  it("adds two isolates' deltas into cumulative series", () => {
    const cumulative = new SeriesStore(null);
    mergeBatch(cumulative, isolateBatch("a", "acme", 2));
    const result = mergeBatch(cumulative, isolateBatch("b", "acme", 5));
    expect(result.invalid).toBe(0);
    expect(result.touched.size).toBe(4);
    expect(
      cumulative.valueOf("detection_requests_total", { tenant_id: "acme", result: "benign", model: "edge" }),
    ).toBe(7);
    const hist = cumulative.get(seriesKey("detection_duration_seconds", ["acme", "edge"]));
    expect(hist?.kind === "histogram" && hist.count).toBe(7);
  });

  it("skips invalid entries instead of throwing", () => {
    const cumulative = new SeriesStore(null);
    const bad: MetricsBatch = {
      v: BATCH_VERSION,
      id: "bad",
      createdAt: 0,
      counters: [
        ["no_such_metric\u001fx", 1],
        [seriesKey("cache_hits_total", ["a"]), -5],
        [seriesKey("cache_hits_total", ["a"]), Number.POSITIVE_INFINITY],
        [seriesKey("jwt_tokens_active_total", ["access"]), 1], // a gauge sent as a counter
        [seriesKey("cache_hits_total", ["a"]), 2],
      ],
      gauges: [[seriesKey("cache_hits_total", ["a"]), 1, 0]],
      histograms: [[seriesKey("detection_confidence_histogram", ["a"]), [1, 2], 1, 3]],
    };
    const garbage = { ...bad, counters: [...bad.counters, 42, [7, 1]] } as unknown as MetricsBatch;
    const result = mergeBatch(cumulative, garbage);
    expect(result).toMatchObject({ applied: 1, invalid: 8 });
    expect(cumulative.valueOf("cache_hits_total", { tenant_id: "a" })).toBe(2);
  });

  it("re-applies the tenant cap on the aggregator side", () => {
    const cumulative = new SeriesStore(new TenantCap(1));
    mergeBatch(cumulative, isolateBatch("a", "first", 1));
    mergeBatch(cumulative, isolateBatch("b", "second", 1));
    expect(
      cumulative.valueOf("detection_requests_total", { tenant_id: "other", result: "benign", model: "edge" }),
    ).toBe(1);
  });

  it("recognises batch shapes", () => {
    expect(isMetricsBatch(isolateBatch("a", "t", 1))).toBe(true);
    expect(isMetricsBatch({ v: 2, id: "x", createdAt: 0, counters: [], gauges: [], histograms: [] })).toBe(
      false,
    );
    expect(isMetricsBatch({ v: 1, id: "", createdAt: 0, counters: [], gauges: [], histograms: [] })).toBe(
      false,
    );
    expect(isMetricsBatch(null)).toBe(false);
  });
});
