/**
 * MetricsAggregator: the one Durable Object that owns the cumulative metrics. Isolates are
 * short-lived and many, so they send it delta batches (see buffer.ts); it adds them to cumulative
 * series persisted in its SQLite storage, and on an alarm every PROMETHEUS_PUSH_INTERVAL_SECONDS
 * snapshots them into a remote-write request queued in a bounded backlog, then drains the backlog.
 *
 * - Idempotent ingest: a batch id is applied once; a retried flush is acknowledged, not re-added.
 * - Durable: every applied batch is written in one SQLite transaction before the RPC answers.
 * - Pushes carry cumulative values, so re-sending a snapshot after a failure never double counts.
 */
import { DurableObject } from "cloudflare:workers";
import { getConfig, type RawEnv } from "../config";
import { createLogger, type Logger } from "../logging";
import { type AggregatorSettings, aggregatorSettings } from "./aggregator-settings";
import { AggregatorStorage } from "./aggregator-storage";
import { isMetricsBatch, type MetricsBatch, mergeBatch } from "./batch";
import { CATALOGUE, type MetricDefinition } from "./catalogue";
import { allSeries } from "./derived";
import { renderExposition } from "./exposition";
import { type PushOutcome, pushRemoteWrite, type RemoteWriteTarget } from "./remote-write/client";
import { encodeRemoteWriteBody } from "./remote-write/request";
import { SeriesStore } from "./series-store";
import { takeSnapshot } from "./snapshot";
import { TenantCap } from "./tenant-cap";

/** Environment the aggregator reads (the Worker's vars and secrets). */
export type AggregatorEnv = RawEnv;

/** Answer to {@link MetricsAggregator.ingest}. */
export interface IngestResult {
  status: "accepted" | "duplicate" | "invalid";
  /** Series entries applied from the batch. */
  applied: number;
  /** Series entries refused (unknown metric, bad labels or numbers). */
  invalid: number;
}

/** Operational view of the aggregator (for tests and a status route). */
export interface AggregatorStatus {
  series: number;
  tenants: number;
  backlogRows: number;
  backlogSamples: number;
  consecutiveFailures: number;
  nextAlarm: number | null;
}

/** Batch ids are remembered this long; an isolate drops a batch after 10 minutes of failures. */
const DEDUPE_WINDOW_MS = 60 * 60_000;
/** Requests sent per alarm at most, so one alarm cannot run for long after an outage. */
const MAX_REQUESTS_PER_ALARM = 20;
const FAILURES_KEY = "consecutive_failures";
const LAST_SNAPSHOT_KEY = "last_snapshot_at";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The metrics aggregator Durable Object (binding METRICS_AGGREGATOR, one instance named "global"). */
export class MetricsAggregator extends DurableObject<AggregatorEnv> {
  private readonly storage: AggregatorStorage;
  private store: SeriesStore;
  private alarmEnsured = false;

  constructor(ctx: DurableObjectState, env: AggregatorEnv) {
    super(ctx, env);
    this.storage = new AggregatorStorage(ctx.storage.sql);
    this.storage.migrate();
    this.store = this.load();
  }

  /** Applies one isolate's delta batch, at most once per batch id. */
  async ingest(batch: MetricsBatch): Promise<IngestResult> {
    if (!isMetricsBatch(batch)) {
      this.transaction(() => this.bump(CATALOGUE.promshield_metrics_batches_total, ["invalid"]));
      return { status: "invalid", applied: 0, invalid: 0 };
    }
    const now = Date.now();
    const result = this.transaction((): IngestResult => {
      if (this.storage.hasBatch(batch.id)) {
        this.bump(CATALOGUE.promshield_metrics_batches_total, ["duplicate"]);
        return { status: "duplicate", applied: 0, invalid: 0 };
      }
      this.storage.addBatch(batch.id, now);
      const merged = mergeBatch(this.store, batch);
      for (const key of merged.touched) this.persist(key);
      this.bump(CATALOGUE.promshield_metrics_batches_total, ["accepted"]);
      return { status: "accepted", applied: merged.applied, invalid: merged.invalid };
    });
    await this.ensureAlarm();
    return result;
  }

  /** The cumulative metrics in Prometheus text format (for GET /metrics). */
  async exposition(): Promise<string> {
    return renderExposition(allSeries(this.store, Date.now()));
  }

  /** Counts for tests and operators. */
  async status(): Promise<AggregatorStatus> {
    const totals = this.storage.backlogTotals();
    return {
      series: this.store.size,
      tenants: this.storage.tenants().length,
      backlogRows: totals.rows,
      backlogSamples: totals.samples,
      consecutiveFailures: this.storage.getMeta(FAILURES_KEY),
      nextAlarm: await this.ctx.storage.getAlarm(),
    };
  }

  /** Snapshot → backlog → push, then schedules the next alarm (backing off while pushes fail). */
  override async alarm(): Promise<void> {
    const settings = aggregatorSettings(this.env);
    if (!settings.target) return; // remote-write switched off: stop the schedule
    // Strictly increasing snapshot times: two alarms in one millisecond, or a clock behind ours
    // after the object moved, would otherwise send duplicate or out-of-order samples.
    const now = Math.max(Date.now(), this.storage.getMeta(LAST_SNAPSHOT_KEY) + 1);
    this.storage.setMeta(LAST_SNAPSHOT_KEY, now);
    this.transaction(() => {
      this.storage.pruneBatches(now - DEDUPE_WINDOW_MS);
      this.snapshot(now, settings);
      this.trimBacklog(now, settings);
    });
    const delivered = await this.drainBacklog(settings.target, settings.pushAttempts);
    const failures = delivered ? 0 : this.storage.getMeta(FAILURES_KEY) + 1;
    this.storage.setMeta(FAILURES_KEY, failures);
    const delay = delivered
      ? settings.pushIntervalMs
      : Math.min(settings.pushIntervalMs * 2 ** failures, settings.maxBackoffMs);
    await this.ctx.storage.setAlarm(Date.now() + delay);
  }

  private load(): SeriesStore {
    const cap = new TenantCap(aggregatorSettings(this.env).maxTenants, this.storage.tenants());
    // Runs inside the ingest transaction, so an admitted tenant is durable with its data.
    cap.onAdmit = (tenantId) => this.storage.addTenant(tenantId);
    const store = new SeriesStore(cap);
    for (const state of this.storage.loadSeries()) store.restore(state);
    return store;
  }

  /** Runs `fn` in one SQLite transaction; if it fails, memory is rebuilt from storage. */
  private transaction<T>(fn: () => T): T {
    try {
      return this.ctx.storage.transactionSync(fn);
    } catch (error) {
      this.store = this.load();
      throw error;
    }
  }

  private persist(key: string): void {
    const state = this.store.get(key);
    if (state) this.storage.saveSeries(key, state);
  }

  private bump(def: MetricDefinition, values: string[], by = 1): void {
    const key = this.store.incValues(def, values, by);
    if (key) this.persist(key);
  }

  /** Queues the current cumulative state as remote-write request(s) stamped `now`. */
  private snapshot(now: number, settings: AggregatorSettings): void {
    const { series, touched } = takeSnapshot(this.store, now, this.storage.backlogTotals().samples);
    for (const key of touched) this.persist(key);
    for (let i = 0; i < series.length; i += settings.maxSeriesPerRequest) {
      const chunk = series.slice(i, i + settings.maxSeriesPerRequest);
      this.storage.appendBacklog(now, chunk.length, encodeRemoteWriteBody(chunk));
    }
  }

  /**
   * Drops the oldest queued requests beyond the sample bound or the age limit, counting what is
   * lost. The snapshot just taken is always kept, so the bound is max(limit, one snapshot).
   */
  private trimBacklog(now: number, settings: AggregatorSettings): void {
    let { samples } = this.storage.backlogTotals();
    for (const row of this.storage.backlog()) {
      if (row.takenAt >= now) break;
      const tooOld = row.takenAt < now - settings.backlogMaxAgeMs;
      if (!tooOld && samples <= settings.backlogMaxSamples) break;
      this.storage.deleteBacklog(row.seq);
      samples -= row.samples;
      this.bump(
        CATALOGUE.promshield_metrics_samples_dropped_total,
        [tooOld ? "too_old" : "backlog_full"],
        row.samples,
      );
    }
  }

  /** Sends queued requests oldest first; false if the endpoint is (still) failing. */
  private async drainBacklog(target: RemoteWriteTarget, attempts: number): Promise<boolean> {
    for (const row of this.storage.backlog(MAX_REQUESTS_PER_ALARM)) {
      const body = this.storage.backlogBody(row.seq);
      if (body === null) continue; // trimmed meanwhile
      const outcome = await this.pushWithRetry(target, new Uint8Array(body), attempts);
      if (outcome.kind === "retry") {
        this.transaction(() => this.bump(CATALOGUE.promshield_metrics_push_failures_total, []));
        this.logger().warn("metrics remote-write failed; will retry", {
          status: outcome.status,
          detail: outcome.detail,
          backlogRows: this.storage.backlogTotals().rows,
        });
        return false;
      }
      this.transaction(() => {
        this.storage.deleteBacklog(row.seq);
        if (outcome.kind === "reject") {
          this.bump(CATALOGUE.promshield_metrics_samples_dropped_total, ["rejected"], row.samples);
        }
      });
      if (outcome.kind === "reject") {
        this.logger().error("metrics remote-write rejected; samples dropped", {
          status: outcome.status,
          detail: outcome.detail,
          samples: row.samples,
        });
      }
    }
    return true;
  }

  /** A few quick attempts (250 ms, 1 s apart) ride out a blip before the alarm backs off. */
  private async pushWithRetry(
    target: RemoteWriteTarget,
    body: Uint8Array<ArrayBuffer>,
    attempts: number,
  ): Promise<PushOutcome> {
    let outcome: PushOutcome = { kind: "retry", status: null, detail: "not attempted" };
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await sleep(250 * 4 ** (attempt - 1));
      outcome = await pushRemoteWrite(target, body);
      if (outcome.kind !== "retry") return outcome;
    }
    return outcome;
  }

  private async ensureAlarm(): Promise<void> {
    if (this.alarmEnsured) return;
    const settings = aggregatorSettings(this.env);
    if (!settings.target) return;
    if ((await this.ctx.storage.getAlarm()) === null) {
      await this.ctx.storage.setAlarm(Date.now() + settings.pushIntervalMs);
    }
    this.alarmEnsured = true;
  }

  private logger(): Logger {
    const config = getConfig(this.env);
    return createLogger(config.logging.level, config.logging.structured, { component: "metrics-aggregator" });
  }
}
