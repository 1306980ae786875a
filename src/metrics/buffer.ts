/**
 * Isolate-side batching. Recording only touches memory; at most about once a second the buffer
 * cuts a delta batch and sends it to the aggregator, from `ctx.waitUntil`, off the request path.
 *
 * Guarantees: a batch is removed only after the aggregator acknowledged it, and a retry resends
 * the *same* batch (same id), which the aggregator applies at most once. What an isolate can lose
 * is what it recorded and never got to send: the last second, if the isolate dies before a flush.
 */
import { drainToBatch, type MetricsBatch } from "./batch";
import { CATALOGUE } from "./catalogue";
import { seriesKey } from "./labels";
import { MetricsRecorder } from "./recorder";
import { SeriesStore } from "./series-store";
import { DEFAULT_MAX_TENANTS, TenantCap } from "./tenant-cap";

/** Where batches go: the aggregator's RPC stub satisfies this. */
export interface BatchSink {
  ingest(batch: MetricsBatch): Promise<unknown>;
}

/** Tunables; the defaults suit production. */
export interface MetricsBufferOptions {
  /** Distinct tenant_id values kept per isolate before folding into "other". */
  maxTenants?: number;
  /** Minimum time between two batches of this isolate. */
  minFlushIntervalMs?: number;
  /** Unacknowledged batches kept for retry; the oldest is dropped beyond this. */
  maxPendingBatches?: number;
  /** A pending batch older than this is dropped rather than retried. */
  maxBatchAgeMs?: number;
  /** A flush that has not settled after this long is presumed dead (its request was cancelled). */
  flushTimeoutMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  newId?: () => string;
}

const DROPPED_KEY = seriesKey(CATALOGUE.promshield_metrics_batches_total.name, ["dropped"]);

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Per-isolate metric buffer with typed recording helpers. */
export class MetricsBuffer {
  /** Typed recording helpers; each call is a few map operations. */
  readonly record: MetricsRecorder;
  private readonly deltas: SeriesStore;
  private readonly pending: MetricsBatch[] = [];
  private readonly minFlushIntervalMs: number;
  private readonly maxPendingBatches: number;
  private readonly maxBatchAgeMs: number;
  private readonly flushTimeoutMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly newId: () => string;
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  private inFlight: { promise: Promise<void>; since: number } | null = null;
  private droppedBatches = 0;

  constructor(options: MetricsBufferOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.minFlushIntervalMs = options.minFlushIntervalMs ?? 1000;
    this.maxPendingBatches = options.maxPendingBatches ?? 30;
    this.maxBatchAgeMs = options.maxBatchAgeMs ?? 10 * 60_000;
    this.flushTimeoutMs = options.flushTimeoutMs ?? 30_000;
    this.deltas = new SeriesStore(new TenantCap(options.maxTenants ?? DEFAULT_MAX_TENANTS));
    this.record = new MetricsRecorder(this.deltas, this.now);
  }

  /** True when there is nothing to send. */
  get isEmpty(): boolean {
    return this.deltas.size === 0 && this.pending.length === 0 && this.droppedBatches === 0;
  }

  /** Batches cut but not yet acknowledged. */
  get pendingBatches(): number {
    return this.pending.length;
  }

  /**
   * Starts a flush if there is something to send and none is running; hand the promise to
   * `ctx.waitUntil`. Returns undefined when there is nothing to do (or another request's flush
   * is running: sharing its promise across requests is something workerd warns about).
   * A flush sleeps until a second has passed since the previous one, so recordings of a burst
   * of requests travel in one batch, and data is sent within ~1 s even if no request follows.
   * The promise never rejects.
   */
  flush(sink: BatchSink): Promise<void> | undefined {
    const now = this.now();
    if (this.inFlight && now - this.inFlight.since < this.flushTimeoutMs) return undefined;
    if (this.isEmpty) return undefined;
    const promise = this.run(sink).finally(() => {
      if (this.inFlight?.promise === promise) this.inFlight = null;
    });
    this.inFlight = { promise, since: now };
    return promise;
  }

  /** Cuts the current deltas into a pending batch now (tests and shutdown paths). */
  cut(): MetricsBatch | null {
    // Make room first, so what this trim drops is reported in the very batch being cut.
    this.trimPending(this.maxPendingBatches - 1);
    if (this.droppedBatches > 0) {
      // Report our own losses through the same pipe, so they show up in Prometheus.
      this.deltas.incValues(CATALOGUE.promshield_metrics_batches_total, ["dropped"], this.droppedBatches);
      this.droppedBatches = 0;
    }
    const batch = drainToBatch(this.deltas, this.newId(), this.now());
    if (batch) this.pending.push(batch);
    return batch;
  }

  private async run(sink: BatchSink): Promise<void> {
    // Two rounds at most: the second picks up what was recorded while the first was sending,
    // without turning one request's waitUntil into an endless loop.
    for (let round = 0; round < 2 && !this.isEmpty; round++) {
      const wait = this.lastFlushAt + this.minFlushIntervalMs - this.now();
      if (wait > 0) await this.sleep(wait);
      this.lastFlushAt = this.now();
      this.cut();
      if (!(await this.sendPending(sink))) return;
    }
  }

  /** Sends pending batches oldest first; stops at the first failure, keeping it for a retry. */
  private async sendPending(sink: BatchSink): Promise<boolean> {
    while (this.pending.length > 0) {
      const batch = this.pending[0] as MetricsBatch;
      try {
        await sink.ingest(batch);
      } catch {
        return false;
      }
      // Only now is it safe to forget: the aggregator has made it durable.
      if (this.pending[0] === batch) this.pending.shift();
    }
    return true;
  }

  private trimPending(keep: number): void {
    const oldest = this.now() - this.maxBatchAgeMs;
    while (
      this.pending.length > 0 &&
      (this.pending.length > keep || (this.pending[0] as MetricsBatch).createdAt < oldest)
    ) {
      const dropped = this.pending.shift() as MetricsBatch;
      // A dropped batch may itself carry an earlier drop count: carry it over, so the total is exact.
      this.droppedBatches += 1 + (dropped.counters.find(([key]) => key === DROPPED_KEY)?.[1] ?? 0);
    }
  }
}
