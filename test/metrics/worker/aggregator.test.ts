import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import { drainToBatch, type MetricsBatch } from "../../../src/metrics/batch";
import { MetricsBuffer } from "../../../src/metrics/buffer";
import { MetricsRecorder } from "../../../src/metrics/recorder";
import { SeriesStore } from "../../../src/metrics/series-store";
import { aggregator, exposed, fakeEndpoint, isolate, samplesOf } from "./helpers";

let endpoint: ReturnType<typeof fakeEndpoint> | null = null;
afterEach(() => {
  endpoint?.restore();
  endpoint = null;
});

function batchOf(id: string, hits: number, tenantId = "acme"): MetricsBatch {
  const deltas = new SeriesStore(null);
  const record = new MetricsRecorder(deltas);
  for (let i = 0; i < hits; i++) record.cacheLookup({ tenantId, hit: true });
  const batch = drainToBatch(deltas, id, Date.now());
  if (!batch) throw new Error("empty batch");
  return batch;
}

const HITS = 'cache_hits_total{tenant_id="acme"}';

describe("MetricsAggregator ingest", () => {
  it("adds up the deltas of two isolates", async () => {
    const stub = aggregator("two-isolates");
    const first = isolate();
    const second = isolate();
    for (let i = 0; i < 3; i++) {
      first.record.detection({
        tenantId: "acme",
        result: "injection",
        model: "edge",
        durationSeconds: 0.002,
        confidence: 0.99,
      });
    }
    second.record.detection({
      tenantId: "acme",
      result: "injection",
      model: "edge",
      durationSeconds: 0.2,
      confidence: 0.6,
    });
    second.record.detection({
      tenantId: "beta",
      result: "benign",
      model: "gemini",
      durationSeconds: 1.5,
      confidence: 0.1,
    });
    await Promise.all([first.flush(stub), second.flush(stub)]);
    expect(first.pendingBatches + second.pendingBatches).toBe(0);

    const text = await stub.exposition();
    expect(exposed(text, 'detection_requests_total{model="edge",result="injection",tenant_id="acme"}')).toBe(
      4,
    );
    expect(exposed(text, 'detection_requests_total{model="gemini",result="benign",tenant_id="beta"}')).toBe(
      1,
    );
    expect(exposed(text, 'detection_duration_seconds_count{model="edge",tenant_id="acme"}')).toBe(4);
    expect(
      exposed(text, 'detection_duration_seconds_bucket{le="0.0025",model="edge",tenant_id="acme"}'),
    ).toBe(3);
    expect(exposed(text, 'detection_duration_seconds_sum{model="edge",tenant_id="acme"}')).toBeCloseTo(0.206);
    expect(exposed(text, 'promshield_metrics_batches_total{outcome="accepted"}')).toBe(2);
  });

  it("flushes through workerd timers: a flush within the interval is deferred, then delivers", async () => {
    const stub = aggregator("timer-flush");
    const buffer = new MetricsBuffer({ minFlushIntervalMs: 50 });
    buffer.record.cacheLookup({ tenantId: "acme", hit: true });
    await buffer.flush(stub);
    buffer.record.cacheLookup({ tenantId: "acme", hit: true });
    await buffer.flush(stub);
    expect(exposed(await stub.exposition(), HITS)).toBe(2);
  });

  it("applies a retried batch id once", async () => {
    const stub = aggregator("retried-batch");
    const batch = batchOf("batch-retried", 5);
    expect(await stub.ingest(batch)).toMatchObject({ status: "accepted", applied: 2, invalid: 0 });
    expect(await stub.ingest(batch)).toMatchObject({ status: "duplicate" });

    // An acknowledgement lost on the way back: the isolate retries, the aggregator recognises it.
    const buffer = isolate();
    let loseAck = true;
    const lossySink = {
      async ingest(b: MetricsBatch) {
        await stub.ingest(b);
        if (loseAck) {
          loseAck = false;
          throw new Error("connection reset after delivery");
        }
      },
    };
    buffer.record.cacheLookup({ tenantId: "acme", hit: true });
    await buffer.flush(lossySink);
    expect(buffer.pendingBatches).toBe(1);
    await buffer.flush(lossySink);
    expect(buffer.pendingBatches).toBe(0);

    const text = await stub.exposition();
    expect(exposed(text, HITS)).toBe(6);
    expect(exposed(text, 'promshield_metrics_batches_total{outcome="duplicate"}')).toBe(2);
  });

  it("refuses malformed batches without failing", async () => {
    const stub = aggregator("malformed");
    const notABatch = { v: 99, id: "x" } as unknown as MetricsBatch;
    expect(await stub.ingest(notABatch)).toMatchObject({ status: "invalid" });
    const partly = {
      ...batchOf("partly", 1),
      counters: [["no_such_metric", 1] as const, ...batchOf("p2", 1).counters],
    };
    expect(await stub.ingest(partly)).toMatchObject({ status: "accepted", applied: 2, invalid: 1 });
  });

  it("caps tenants (METRICS_MAX_TENANTS=3) and keeps the admitted set across restarts", async () => {
    const stub = aggregator("tenant-cap");
    for (const tenant of ["t1", "t2", "t3", "t4"]) await stub.ingest(batchOf(`cap-${tenant}`, 1, tenant));
    await abortAllDurableObjects();
    const again = aggregator("tenant-cap");
    await again.ingest(batchOf("cap-t5", 1, "t5"));
    await again.ingest(batchOf("cap-t1b", 1, "t1"));
    const text = await again.exposition();
    expect(exposed(text, 'cache_hits_total{tenant_id="t1"}')).toBe(2);
    expect(exposed(text, 'cache_hits_total{tenant_id="other"}')).toBe(2);
    expect(exposed(text, 'cache_hits_total{tenant_id="t5"}')).toBeUndefined();
    expect((await again.status()).tenants).toBe(3);
  });
});

describe("MetricsAggregator durability", () => {
  it("keeps cumulative state and batch ids in storage, not memory", async () => {
    const stub = aggregator("eviction");
    const batch = batchOf("before-eviction", 7);
    await stub.ingest(batch);
    const before = await runInDurableObject(stub, (instance) => instance);

    await abortAllDurableObjects(); // the object is evicted; its memory is gone

    const revived = aggregator("eviction");
    const after = await runInDurableObject(revived, (instance) => instance);
    expect(after).not.toBe(before);
    expect(exposed(await revived.exposition(), HITS)).toBe(7);
    expect(await revived.ingest(batch)).toMatchObject({ status: "duplicate" });
    await revived.ingest(batchOf("after-eviction", 1));
    expect(exposed(await revived.exposition(), HITS)).toBe(8);
  });
});

describe("MetricsAggregator remote-write", () => {
  it("schedules an alarm on first ingest and pushes a snapshot with the spec headers", async () => {
    endpoint = fakeEndpoint();
    const stub = aggregator("push-headers");
    await stub.ingest(batchOf("push-1", 2));
    const scheduled = (await stub.status()).nextAlarm;
    expect(scheduled).not.toBeNull();
    expect(scheduled ?? 0).toBeGreaterThan(Date.now() + 10_000);

    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(endpoint.received).toHaveLength(1);
    const [request] = endpoint.received;
    expect(request?.headers.get("Content-Type")).toBe("application/x-protobuf");
    expect(request?.headers.get("Content-Encoding")).toBe("snappy");
    expect(request?.headers.get("X-Prometheus-Remote-Write-Version")).toBe("0.1.0");
    expect(request?.headers.get("User-Agent")).toMatch(/^promptshield-edge\//);
    expect(request?.headers.get("Authorization")).toBe(`Basic ${btoa("123456:test-token")}`);
    expect(samplesOf(endpoint.received, HITS).map((s) => s.value)).toEqual([2]);
    expect(
      samplesOf(endpoint.received, 'cache_hit_rate_percent{tenant_id="acme"}').map((s) => s.value),
    ).toEqual([100]);
    const heartbeat = samplesOf(endpoint.received, "promshield_aggregator_last_push_timestamp_seconds");
    expect(heartbeat).toHaveLength(1);
    expect(heartbeat[0]?.value).toBe((heartbeat[0]?.timestampMs ?? 0) / 1000);

    const status = await stub.status();
    expect(status).toMatchObject({ backlogRows: 0, consecutiveFailures: 0 });
    expect(status.nextAlarm).not.toBeNull(); // the schedule continues
  });

  it("retries a failed push later with backoff, without double counting", async () => {
    endpoint = fakeEndpoint();
    const stub = aggregator("push-retry");
    await stub.ingest(batchOf("retry-1", 3));
    endpoint.state.mode = "down";
    await runDurableObjectAlarm(stub);
    let status = await stub.status();
    expect(status).toMatchObject({ backlogRows: 1, consecutiveFailures: 1 });
    // Backoff: the next attempt waits two intervals instead of one.
    expect(status.nextAlarm ?? 0).toBeGreaterThan(Date.now() + 25_000);

    endpoint.state.mode = 503;
    await stub.ingest(batchOf("retry-2", 4));
    await runDurableObjectAlarm(stub);
    status = await stub.status();
    expect(status).toMatchObject({ backlogRows: 2, consecutiveFailures: 2 });
    expect(endpoint.received).toHaveLength(0);

    endpoint.state.mode = "up";
    await stub.ingest(batchOf("retry-3", 1));
    await stub.ingest(batchOf("retry-3", 1)); // a retried flush on top
    await runDurableObjectAlarm(stub);
    expect(await stub.status()).toMatchObject({ backlogRows: 0, consecutiveFailures: 0 });

    // Three snapshots arrive oldest first, each with the cumulative value of its time.
    const hits = samplesOf(endpoint.received, HITS);
    expect(hits.map((s) => s.value)).toEqual([3, 7, 8]);
    const times = hits.map((s) => s.timestampMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(3);
    const failures = samplesOf(endpoint.received, "promshield_metrics_push_failures_total");
    expect(failures.at(-1)?.value).toBe(2);
  });

  it("bounds the backlog while the endpoint is down, dropping and counting the oldest", async () => {
    endpoint = fakeEndpoint();
    endpoint.state.mode = "down";
    const stub = aggregator("backlog-bound");
    await stub.ingest(batchOf("bound-1", 1));
    // A detection adds ~35 histogram samples to every snapshot, so 25 snapshots overflow 300.
    const busy = isolate();
    busy.record.detection({
      tenantId: "acme",
      result: "benign",
      model: "edge",
      durationSeconds: 0.01,
      confidence: 0.5,
    });
    await busy.flush(stub);
    const perSnapshot: number[] = [];
    for (let i = 0; i < 25; i++) {
      await stub.ingest(batchOf(`bound-more-${i}`, 1));
      await runDurableObjectAlarm(stub);
      perSnapshot.push((await stub.status()).backlogSamples);
    }
    const status = await stub.status();
    // METRICS_BACKLOG_MAX_SAMPLES=300 (plus, at most, the snapshot just taken).
    const snapshotSize = perSnapshot[0] ?? 0;
    expect(snapshotSize).toBeGreaterThan(30);
    expect(status.backlogSamples).toBeLessThanOrEqual(300 + snapshotSize + 5);
    expect(Math.max(...perSnapshot)).toBeLessThanOrEqual(300 + snapshotSize + 5);
    const dropped = exposed(
      await stub.exposition(),
      'promshield_metrics_samples_dropped_total{reason="backlog_full"}',
    );
    expect(dropped).toBeGreaterThan(0);

    endpoint.state.mode = "up";
    await runDurableObjectAlarm(stub);
    expect((await stub.status()).backlogRows).toBe(0);
    const hits = samplesOf(endpoint.received, HITS);
    // The newest snapshots survived, in order, ending with the full total.
    expect(hits.at(-1)?.value).toBe(26);
    const values = hits.map((s) => s.value);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(hits.length).toBeLessThan(26);
  });

  it("drops (and counts) a request the endpoint rejects as invalid instead of retrying it forever", async () => {
    endpoint = fakeEndpoint();
    endpoint.state.mode = 400;
    const stub = aggregator("push-rejected");
    await stub.ingest(batchOf("rejected-1", 1));
    await runDurableObjectAlarm(stub);
    expect(await stub.status()).toMatchObject({ backlogRows: 0, consecutiveFailures: 0 });
    endpoint.state.mode = "up";
    await runDurableObjectAlarm(stub);
    const dropped = samplesOf(
      endpoint.received,
      'promshield_metrics_samples_dropped_total{reason="rejected"}',
    );
    expect(dropped.at(-1)?.value).toBeGreaterThan(0);
  });
});
