/**
 * Cost of recording metrics on the request path: the three calls a detection request makes
 * (apiRequest, cacheLookup, detection) against a baseline loop that builds the same event
 * objects and hands them to a no-op. Prints µs/request; the bound is loose so CI noise on two
 * shared cores cannot fail it, while an accidental O(series) path (e.g. sorting or JSON per call)
 * would.
 */
import { describe, expect, it } from "vitest";
import { MetricsBuffer } from "../../../src/metrics/buffer";
import type { DetectionEvent } from "../../../src/metrics/recorder";

const TENANTS = Array.from({ length: 50 }, (_, i) => `tenant-${i}`);
const N = 200_000;

function timeLoop(body: (i: number) => void): number {
  for (let i = 0; i < 20_000; i++) body(i); // warm-up: let the JIT settle
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) body(i);
  return Number(process.hrtime.bigint() - start) / 1000 / N; // µs per iteration
}

describe("recording overhead", () => {
  it("costs a few microseconds per request", () => {
    const buffer = new MetricsBuffer({ sleep: async () => {} });
    let sink = 0;
    const noop = (event: object) => {
      sink += Object.keys(event).length;
    };
    const request = (i: number, record: boolean) => {
      const tenantId = TENANTS[i % TENANTS.length] as string;
      const http = { method: "POST", endpoint: "/v1/detect", status: 200, durationSeconds: 0.004 };
      const cache = { tenantId, hit: i % 5 !== 0 };
      const detection: DetectionEvent = {
        tenantId,
        result: i % 7 === 0 ? "injection" : "benign",
        model: "edge",
        durationSeconds: 0.003,
        confidence: 0.93,
      };
      if (record) {
        buffer.record.apiRequest(http);
        buffer.record.cacheLookup(cache);
        buffer.record.detection(detection);
      } else {
        noop(http);
        noop(cache);
        noop(detection);
      }
    };
    const baseline = timeLoop((i) => request(i, false));
    const recording = timeLoop((i) => request(i, true));
    // Cutting a batch happens at most once a second per isolate: refill and cut a few times, keep
    // the median (the first cut also pays for JIT compilation).
    const cuts: number[] = [];
    let series = 0;
    for (let round = 0; round < 9; round++) {
      for (let i = 0; i < 2_000; i++) request(i, true);
      const cutStart = process.hrtime.bigint();
      const batch = buffer.cut();
      cuts.push(Number(process.hrtime.bigint() - cutStart) / 1000);
      series = batch ? batch.counters.length + batch.histograms.length + batch.gauges.length : 0;
    }
    const cutMicros = cuts.sort((a, b) => a - b)[4] ?? 0;
    const overhead = recording - baseline;
    console.log(
      `metrics overhead: ${overhead.toFixed(3)} µs/request (recording ${recording.toFixed(3)} µs, baseline ${baseline.toFixed(3)} µs, ${N} requests, ${TENANTS.length} tenants); ` +
        `cutting a batch of ${series} series: ${cutMicros.toFixed(0)} µs (once per second at most)`,
    );
    expect(sink).toBeGreaterThan(0);
    expect(overhead).toBeLessThan(10);
  });
});
