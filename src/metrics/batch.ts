/**
 * The delta batch an isolate sends to the aggregator: small, JSON/structured-clone friendly,
 * and carrying a unique id so the aggregator can ignore a retried batch it already applied.
 */
import { parseSeriesKey } from "./labels";
import type { SeriesStore } from "./series-store";

/** Format version; bump on any incompatible change so an old isolate's batch is refused, not misread. */
export const BATCH_VERSION = 1;

/** Deltas accumulated by one isolate since its previous batch. */
export interface MetricsBatch {
  readonly v: typeof BATCH_VERSION;
  /** Unique per batch; retries reuse it. */
  readonly id: string;
  /** When the batch was cut (ms since the epoch). */
  readonly createdAt: number;
  /** [series key, increment]. */
  readonly counters: ReadonlyArray<readonly [string, number]>;
  /** [series key, last value, timestamp ms]. */
  readonly gauges: ReadonlyArray<readonly [string, number, number]>;
  /** [series key, per-bucket counts (last = +Inf), sum, count]. */
  readonly histograms: ReadonlyArray<readonly [string, readonly number[], number, number]>;
}

/** Cuts a batch from a delta store; the store is left empty. Returns null if there is nothing. */
export function drainToBatch(store: SeriesStore, id: string, createdAt: number): MetricsBatch | null {
  if (store.size === 0) return null;
  const counters: Array<readonly [string, number]> = [];
  const gauges: Array<readonly [string, number, number]> = [];
  const histograms: Array<readonly [string, readonly number[], number, number]> = [];
  for (const [key, state] of store.entries()) {
    if (state.kind === "counter") {
      // Zero increments are kept: they create the series (see MetricsRecorder.cacheLookup).
      counters.push([key, state.value]);
    } else if (state.kind === "gauge") {
      gauges.push([key, state.value, state.timestampMs]);
    } else if (state.count > 0) {
      histograms.push([key, state.counts, state.sum, state.count]);
    }
  }
  store.clear();
  return { v: BATCH_VERSION, id, createdAt, counters, gauges, histograms };
}

/** What merging a batch did: how many series were applied and how many were refused. */
export interface MergeResult {
  applied: number;
  invalid: number;
  /** Keys of the series that changed (after tenant capping), for the aggregator to persist. */
  touched: Set<string>;
}

/**
 * An entry as an untrusted tuple: a malformed entry (not an array, key not a string) becomes one
 * that fails validation instead of throwing, which would make the isolate retry it forever.
 */
function tuple(entry: unknown): [string, unknown, unknown, unknown] {
  if (!Array.isArray(entry) || typeof entry[0] !== "string") return ["", undefined, undefined, undefined];
  return [entry[0], entry[1], entry[2], entry[3]];
}

function nonNegative(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/**
 * Adds a batch's deltas to a cumulative store. Every entry is re-validated (the batch crossed an
 * RPC boundary and may come from an older deploy): unknown metrics, wrong label counts, wrong
 * types and non-finite numbers are skipped and counted as invalid, never thrown.
 */
export function mergeBatch(store: SeriesStore, batch: MetricsBatch): MergeResult {
  const result: MergeResult = { applied: 0, invalid: 0, touched: new Set() };
  for (const entry of batch.counters) {
    const [key, delta] = tuple(entry);
    const parsed = parseSeriesKey(key);
    if (parsed?.def.kind !== "counter" || !nonNegative(delta)) {
      result.invalid++;
      continue;
    }
    const touched = store.incValues(parsed.def, parsed.values, delta);
    if (touched) result.touched.add(touched);
    result.applied++;
  }
  for (const entry of batch.gauges) {
    const [key, value, timestampMs] = tuple(entry);
    const parsed = parseSeriesKey(key);
    if (
      parsed?.def.kind !== "gauge" ||
      typeof value !== "number" ||
      !Number.isFinite(value) ||
      !nonNegative(timestampMs)
    ) {
      result.invalid++;
      continue;
    }
    const touched = store.setValues(parsed.def, parsed.values, value, timestampMs);
    if (touched) result.touched.add(touched);
    result.applied++;
  }
  for (const entry of batch.histograms) {
    const [key, counts, sum, count] = tuple(entry);
    const parsed = parseSeriesKey(key);
    const size = (parsed?.def.buckets?.length ?? -2) + 1;
    if (
      parsed?.def.kind !== "histogram" ||
      !Array.isArray(counts) ||
      counts.length !== size ||
      !counts.every(nonNegative) ||
      typeof sum !== "number" ||
      !Number.isFinite(sum) ||
      !nonNegative(count)
    ) {
      result.invalid++;
      continue;
    }
    const touched = store.addHistogram(parsed.def, parsed.values, counts, sum, count);
    if (touched) result.touched.add(touched);
    result.applied++;
  }
  return result;
}

/** Structural check of an untrusted value before it is treated as a batch. */
export function isMetricsBatch(value: unknown): value is MetricsBatch {
  if (typeof value !== "object" || value === null) return false;
  const batch = value as Record<string, unknown>;
  return (
    batch.v === BATCH_VERSION &&
    typeof batch.id === "string" &&
    batch.id.length > 0 &&
    batch.id.length <= 128 &&
    typeof batch.createdAt === "number" &&
    Array.isArray(batch.counters) &&
    Array.isArray(batch.gauges) &&
    Array.isArray(batch.histograms)
  );
}
