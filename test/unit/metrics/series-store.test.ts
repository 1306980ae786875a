import { describe, expect, it } from "vitest";
import { CATALOGUE, definitionOf, type MetricDefinition } from "../../../src/metrics/catalogue";
import {
  isValidLabelName,
  isValidMetricName,
  MetricsError,
  parseSeriesKey,
  sanitizeLabelValue,
  seriesKey,
} from "../../../src/metrics/labels";
import { bucketIndex, SeriesStore } from "../../../src/metrics/series-store";
import { TenantCap } from "../../../src/metrics/tenant-cap";

describe("catalogue", () => {
  const defs = Object.values(CATALOGUE) as MetricDefinition[];

  it("declares the design's whole catalogue", () => {
    const names = defs.map((d) => d.name);
    for (const name of [
      "detection_requests_total",
      "detection_duration_seconds",
      "detection_confidence_histogram",
      "cache_hits_total",
      "cache_misses_total",
      "cache_hit_rate_percent",
      "rate_limit_exceeded_total",
      "rate_limit_backoff_seconds",
      "websocket_connections_active",
      "websocket_events_sent_total",
      "api_gateway_requests_total",
      "api_gateway_request_duration_seconds",
      "jwt_tokens_active_total",
      "circuit_breaker_state",
      "model_calls_total",
      "model_call_duration_seconds",
    ]) {
      expect(names).toContain(name);
    }
    expect(CATALOGUE.detection_requests_total.labelNames).toEqual(["tenant_id", "result", "model"]);
    expect(CATALOGUE.websocket_events_sent_total.labelNames).toEqual(["event_type", "tenant_id"]);
  });

  it("uses only legal names and strictly increasing buckets", () => {
    for (const def of defs) {
      expect(isValidMetricName(def.name), def.name).toBe(true);
      for (const label of def.labelNames) expect(isValidLabelName(label), `${def.name}.${label}`).toBe(true);
      if (def.kind === "histogram") {
        const buckets = def.buckets ?? [];
        expect(buckets.length).toBeGreaterThan(3);
        for (let i = 1; i < buckets.length; i++) expect(buckets[i]).toBeGreaterThan(buckets[i - 1] as number);
      } else {
        expect(def.buckets).toBeUndefined();
      }
    }
    expect(definitionOf("nope")).toBeUndefined();
    expect(definitionOf("toString")).toBeUndefined();
  });
});

describe("labels", () => {
  it("sanitizes values: control characters, length, emptiness", () => {
    expect(sanitizeLabelValue("acme")).toBe("acme");
    expect(sanitizeLabelValue("a\u001fb\nc")).toBe("a_b_c");
    expect(sanitizeLabelValue("")).toBe("none");
    expect(sanitizeLabelValue("x".repeat(500))).toHaveLength(128);
    expect(sanitizeLabelValue('quote " and \\ stay')).toBe('quote " and \\ stay');
  });

  it("round-trips series keys and refuses foreign ones", () => {
    const key = seriesKey("detection_requests_total", ["acme", "benign", "edge"]);
    expect(parseSeriesKey(key)?.values).toEqual(["acme", "benign", "edge"]);
    expect(parseSeriesKey("unknown_metric")).toBeNull();
    expect(parseSeriesKey(seriesKey("cache_hits_total", ["a", "b"]))).toBeNull();
    expect(parseSeriesKey(`cache_hits_total\u001fbad\nvalue`)).toBeNull();
  });
});

describe("SeriesStore", () => {
  it("validates label names per metric", () => {
    const store = new SeriesStore(null);
    // @ts-expect-error: missing label, caught by the types and at runtime
    expect(() => store.inc("cache_hits_total", {})).toThrow(MetricsError);
    // @ts-expect-error: extra label
    expect(() => store.inc("cache_hits_total", { tenant_id: "a", model: "x" })).toThrow(
      /has no label "model"/,
    );
    // A gauge is not a counter: only the runtime check can catch a cast like this one.
    expect(() => store.inc("cache_hit_rate_percent" as "cache_hits_total", { tenant_id: "a" })).toThrow(
      /gauge/,
    );
  });

  it("counts, keeps the newest gauge value and buckets observations", () => {
    const store = new SeriesStore(null);
    store.inc("cache_hits_total", { tenant_id: "acme" });
    store.inc("cache_hits_total", { tenant_id: "acme" }, 2);
    store.inc("cache_hits_total", { tenant_id: "acme" }, Number.NaN);
    store.inc("cache_hits_total", { tenant_id: "acme" }, -1);
    expect(store.valueOf("cache_hits_total", { tenant_id: "acme" })).toBe(3);

    store.set("jwt_tokens_active_total", { type: "access" }, 5, 2000);
    store.set("jwt_tokens_active_total", { type: "access" }, 9, 1000); // older report loses
    expect(store.valueOf("jwt_tokens_active_total", { type: "access" })).toBe(5);

    store.observe("detection_confidence_histogram", { tenant_id: "acme" }, 0.97);
    store.observe("detection_confidence_histogram", { tenant_id: "acme" }, 0.1);
    const hist = store.get(seriesKey("detection_confidence_histogram", ["acme"]));
    expect(hist?.kind).toBe("histogram");
    if (hist?.kind !== "histogram") return;
    expect(hist.count).toBe(2);
    expect(hist.sum).toBeCloseTo(1.07);
    expect(hist.counts[bucketIndex(CATALOGUE.detection_confidence_histogram.buckets ?? [], 0.97)]).toBe(1);
    expect(hist.counts[0]).toBe(1); // 0.1 <= le 0.1
  });

  it("places values on bucket boundaries in the bucket they equal (le is inclusive)", () => {
    const buckets = [1, 2, 4];
    expect(bucketIndex(buckets, 0)).toBe(0);
    expect(bucketIndex(buckets, 1)).toBe(0);
    expect(bucketIndex(buckets, 1.5)).toBe(1);
    expect(bucketIndex(buckets, 4)).toBe(2);
    expect(bucketIndex(buckets, 4.01)).toBe(3);
  });
});

describe("TenantCap", () => {
  it("keeps the first N tenants and folds the rest into other", () => {
    const store = new SeriesStore(new TenantCap(2));
    for (const tenant of ["a", "b", "c", "d", "a"]) store.inc("cache_misses_total", { tenant_id: tenant });
    expect(store.valueOf("cache_misses_total", { tenant_id: "a" })).toBe(2);
    expect(store.valueOf("cache_misses_total", { tenant_id: "b" })).toBe(1);
    expect(store.valueOf("cache_misses_total", { tenant_id: "other" })).toBe(2);
    expect(store.valueOf("cache_misses_total", { tenant_id: "c" })).toBeUndefined();
  });

  it("caps across metrics and leaves tenant-less metrics alone", () => {
    const cap = new TenantCap(1);
    const store = new SeriesStore(cap);
    store.inc("cache_hits_total", { tenant_id: "first" });
    store.inc("websocket_events_sent_total", { event_type: "detection", tenant_id: "second" });
    store.inc("model_calls_total", { model: "gemini", outcome: "success" });
    expect(
      store.valueOf("websocket_events_sent_total", { event_type: "detection", tenant_id: "other" }),
    ).toBe(1);
    expect(store.valueOf("model_calls_total", { model: "gemini", outcome: "success" })).toBe(1);
    expect(cap.size).toBe(1);
    expect(cap.folded).toBe(1);
  });

  it("restores admitted tenants and reports new admissions", () => {
    const admitted: string[] = [];
    const cap = new TenantCap(2, ["x"]);
    cap.onAdmit = (t) => admitted.push(t);
    expect(cap.admit("x")).toBe("x");
    expect(cap.admit("y")).toBe("y");
    expect(cap.admit("z")).toBe("other");
    expect(admitted).toEqual(["y"]);
  });
});
