/**
 * Drives the real metrics pipeline in Node, minus workerd: isolate buffers → delta batches →
 * the aggregator's merge and snapshot → remote-write encoding → push to a real Prometheus.
 * Only the Durable Object shell (SQLite, alarms) is left out; test/metrics/worker covers it.
 */
import { drainToBatch, mergeBatch } from "../../../src/metrics/batch";
import { MetricsRecorder } from "../../../src/metrics/recorder";
import { pushRemoteWrite } from "../../../src/metrics/remote-write/client";
import { encodeRemoteWriteBody } from "../../../src/metrics/remote-write/request";
import { SeriesStore } from "../../../src/metrics/series-store";
import { takeSnapshot } from "../../../src/metrics/snapshot";
import { TenantCap } from "../../../src/metrics/tenant-cap";

/** The aggregator's cumulative state plus a way to feed it and push it. */
export class PipelineHarness {
  readonly cumulative = new SeriesStore(new TenantCap(100));
  private batches = 0;

  constructor(private readonly remoteWriteUrl: string) {}

  /** Records on a fresh "isolate" and merges its batch, as the aggregator's ingest does. */
  isolate(record: (recorder: MetricsRecorder) => void, atMs: number): void {
    const deltas = new SeriesStore(new TenantCap(100));
    record(new MetricsRecorder(deltas, () => atMs));
    const batch = drainToBatch(deltas, `batch-${++this.batches}`, atMs);
    if (batch) mergeBatch(this.cumulative, batch);
  }

  /** Takes a snapshot at `atMs` and pushes it; throws unless Prometheus accepts it. */
  async push(atMs: number): Promise<void> {
    const { series } = takeSnapshot(this.cumulative, atMs, 0);
    const outcome = await pushRemoteWrite(
      { url: this.remoteWriteUrl, username: "123456", password: "local" },
      encodeRemoteWriteBody(series),
    );
    if (outcome.kind !== "ok") throw new Error(`push rejected: ${JSON.stringify(outcome)}`);
  }
}

/**
 * A bad day, every 15 s for `minutes`: errors (20%), slow model calls, an open breaker, a tenant
 * with a 10% cache hit rate, 5xx answers, rate limiting. Representative of everything we emit,
 * and enough to make every alert condition true.
 */
export async function pushBadDay(harness: PipelineHarness, endMs: number, minutes: number): Promise<void> {
  const steps = (minutes * 60) / 15;
  for (let step = steps; step >= 0; step--) {
    const at = endMs - step * 15_000;
    harness.isolate((r) => {
      for (let i = 0; i < 12; i++)
        r.detection({
          tenantId: "acme",
          result: "benign",
          model: "edge",
          durationSeconds: 0.003,
          confidence: 0.95,
        });
      for (let i = 0; i < 4; i++)
        r.detection({
          tenantId: "acme",
          result: "injection",
          model: "edge",
          durationSeconds: 0.004,
          confidence: 0.99,
        });
      for (let i = 0; i < 4; i++)
        r.detection({ tenantId: "acme", result: "error", model: "gemini", durationSeconds: 8 });
      for (let i = 0; i < 2; i++) r.cacheLookup({ tenantId: "acme", hit: true });
      for (let i = 0; i < 18; i++) r.cacheLookup({ tenantId: "acme", hit: false });
      for (let i = 0; i < 20; i++)
        r.apiRequest({ method: "POST", endpoint: "/v1/detect", status: 200, durationSeconds: 0.02 });
      for (let i = 0; i < 2; i++)
        r.apiRequest({ method: "POST", endpoint: "/v1/detect", status: 503, durationSeconds: 8 });
      for (let i = 0; i < 4; i++) r.modelCall({ model: "gemini", outcome: "timeout", durationSeconds: 8 });
      r.circuitBreaker({ model: "gemini", state: "open" });
      r.websocketConnections({ tenantId: "acme", authMethod: "jwt", active: 3 });
      r.websocketEvent({ tenantId: "acme", eventType: "detection", count: 10 });
      for (let i = 0; i < 3; i++)
        r.durableObjectError({ object: "TenantHub", operation: "publish", reason: "timeout" });
    }, at);
    harness.isolate((r) => {
      for (let i = 0; i < 5; i++) {
        r.detection({
          tenantId: "beta",
          result: "benign",
          model: "cache",
          durationSeconds: 0.001,
          confidence: 0.9,
        });
        r.cacheLookup({ tenantId: "beta", hit: true });
      }
      for (let i = 0; i < 3; i++) r.rateLimited({ tenantId: "gamma", backoffSeconds: 4 });
      for (let i = 0; i < 3; i++)
        r.apiRequest({ method: "POST", endpoint: "/v1/detect", status: 429, durationSeconds: 0.001 });
      r.apiRequest({ method: "GET", endpoint: "/health", status: 200, durationSeconds: 0.0005 });
      for (let i = 0; i < 2; i++)
        r.modelCall({ model: "huggingface", outcome: "success", durationSeconds: 0.4 });
      r.modelDecision({ tenantId: "beta", decision: "escalated" });
      for (let i = 0; i < 7; i++) r.modelDecision({ tenantId: "beta", decision: "avoided_local" });
      for (let i = 0; i < 2; i++) r.modelDecision({ tenantId: "beta", decision: "avoided_cache" });
      r.circuitBreaker({ model: "huggingface", state: "closed" });
      r.jwtTokensActive({ type: "access", count: 42 });
      r.jwtTokensActive({ type: "refresh", count: 7 });
    }, at);
    await harness.push(at);
  }
}
