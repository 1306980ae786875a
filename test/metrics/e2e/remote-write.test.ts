import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrometheusInstance, startPrometheus } from "../../support/prometheus";
import { PipelineHarness } from "./pipeline";

describe("remote-write into a real Prometheus", () => {
  let prom: PrometheusInstance;
  let harness: PipelineHarness;
  // Whole seconds: Prometheus answers instant queries at second precision.
  const t1 = Math.floor(Date.now() / 1000) * 1000 - 60_000;
  const t2 = t1 + 15_000;

  beforeAll(async () => {
    prom = await startPrometheus();
    harness = new PipelineHarness(prom.remoteWriteUrl);
    // Two isolates before the first push, one more before the second.
    harness.isolate((r) => {
      for (let i = 0; i < 3; i++)
        r.detection({
          tenantId: "acme",
          result: "injection",
          model: "edge",
          durationSeconds: 0.004,
          confidence: 0.97,
        });
      r.cacheLookup({ tenantId: "acme", hit: true });
      r.circuitBreaker({ model: "gemini", state: "open" });
    }, t1);
    harness.isolate((r) => {
      r.detection({
        tenantId: "acme",
        result: "injection",
        model: "edge",
        durationSeconds: 0.2,
        confidence: 0.6,
      });
      r.detection({
        tenantId: "zeta",
        result: "benign",
        model: "gemini",
        durationSeconds: 1.5,
        confidence: 0.05,
      });
      r.cacheLookup({ tenantId: "acme", hit: false });
      r.cacheLookup({ tenantId: "acme", hit: true });
      r.cacheLookup({ tenantId: "acme", hit: true });
    }, t1);
    await harness.push(t1);
    harness.isolate((r) => {
      r.detection({
        tenantId: "acme",
        result: "injection",
        model: "edge",
        durationSeconds: 0.003,
        confidence: 0.99,
      });
      r.circuitBreaker({ model: "gemini", state: "half_open" });
    }, t2);
    await harness.push(t2);
  });

  afterAll(async () => {
    await prom?.stop();
  });

  it("stores exactly the values and labels we pushed", async () => {
    const at1 = t1 / 1000;
    const at2 = t2 / 1000;
    const requests = await prom.queryVector('detection_requests_total{tenant_id="acme"}', at1);
    expect(requests).toEqual([
      {
        metric: {
          __name__: "detection_requests_total",
          model: "edge",
          result: "injection",
          tenant_id: "acme",
        },
        value: [at1, "4"],
      },
    ]);
    expect(await prom.queryValue('detection_requests_total{tenant_id="acme"}', at2)).toBe(5);
    expect(
      await prom.queryValue('detection_requests_total{tenant_id="zeta",result="benign",model="gemini"}', at2),
    ).toBe(1);
    expect(await prom.queryValue('cache_hits_total{tenant_id="acme"}', at2)).toBe(3);
    expect(await prom.queryValue('cache_misses_total{tenant_id="acme"}', at2)).toBe(1);
    expect(await prom.queryValue('cache_hit_rate_percent{tenant_id="acme"}', at2)).toBe(75);
    expect(await prom.queryValue('circuit_breaker_state{model="gemini",state="open"}', at1)).toBe(1);
    expect(await prom.queryValue('circuit_breaker_state{model="gemini",state="open"}', at2)).toBe(0);
    expect(await prom.queryValue('circuit_breaker_state{model="gemini",state="half_open"}', at2)).toBe(1);
    expect(await prom.queryValue("promshield_aggregator_last_push_timestamp_seconds", at2)).toBe(at2);
  });

  it("stores histograms as classic _bucket/_sum/_count series", async () => {
    const at = t2 / 1000;
    const buckets = await prom.queryVector(
      'detection_duration_seconds_bucket{tenant_id="acme",model="edge"}',
      at,
    );
    const byLe = Object.fromEntries(buckets.map((b) => [b.metric.le, Number(b.value[1])]));
    expect(byLe).toMatchObject({ "0.0025": 0, "0.005": 4, "0.1": 4, "0.25": 5, "+Inf": 5 });
    expect(Object.keys(byLe)).toHaveLength(15);
    expect(await prom.queryValue('detection_duration_seconds_count{tenant_id="acme",model="edge"}', at)).toBe(
      5,
    );
    expect(
      await prom.queryValue('detection_duration_seconds_sum{tenant_id="acme",model="edge"}', at),
    ).toBeCloseTo(0.215, 10);
    expect(
      await prom.queryValue('detection_confidence_histogram_bucket{tenant_id="zeta",le="0.1"}', at),
    ).toBe(1);
  });

  it("computes increases across pushes without double counting", async () => {
    expect(
      await prom.queryValue('sum(increase(detection_requests_total{tenant_id="acme"}[1m]))', t2 / 1000),
    ).toBeGreaterThan(0);
    // The raw samples of the window, exactly as pushed.
    const { body } = await prom.queryRaw('detection_requests_total{tenant_id="acme"}[1m]', t2 / 1000);
    const data = body.data as { result: Array<{ values: Array<[number, string]> }> };
    expect(data.result[0]?.values).toEqual([
      [t1 / 1000, "4"],
      [t2 / 1000, "5"],
    ]);
  });
});
