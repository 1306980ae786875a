/**
 * One remote-write snapshot of the aggregator's cumulative state: stamps the heartbeat and backlog
 * gauges, adds the derived series, and flattens everything at a single timestamp. Pure, so the
 * end-to-end tests push exactly what the Durable Object pushes.
 */
import { CATALOGUE } from "./catalogue";
import { allSeries } from "./derived";
import type { TimeSeries } from "./remote-write/protobuf";
import { toTimeSeries } from "./remote-write/series";
import type { SeriesStore } from "./series-store";

/** The series of a snapshot and the keys of the state it changed (to persist). */
export interface Snapshot {
  series: TimeSeries[];
  touched: string[];
}

/** Takes a snapshot at `nowMs`; `backlogSamples` is the number of samples still queued. */
export function takeSnapshot(store: SeriesStore, nowMs: number, backlogSamples: number): Snapshot {
  const touched: string[] = [];
  const heartbeat = store.setValues(
    CATALOGUE.promshield_aggregator_last_push_timestamp_seconds,
    [],
    nowMs / 1000,
    nowMs,
  );
  const backlog = store.setValues(CATALOGUE.promshield_metrics_backlog_samples, [], backlogSamples, nowMs);
  if (heartbeat) touched.push(heartbeat);
  if (backlog) touched.push(backlog);
  return { series: toTimeSeries(allSeries(store, nowMs), nowMs), touched };
}
