/** Converts series state into remote-write TimeSeries, all stamped with one snapshot time. */
import { flattenSeries } from "../samples";
import type { SeriesState } from "../series-store";
import type { TimeSeries } from "./protobuf";

/** One TimeSeries per flat sample (histograms expand to _bucket/_sum/_count), at `timestampMs`. */
export function toTimeSeries(states: readonly SeriesState[], timestampMs: number): TimeSeries[] {
  const out: TimeSeries[] = [];
  for (const state of states) {
    for (const sample of flattenSeries(state)) {
      out.push({ labels: sample.labels, samples: [{ value: sample.value, timestampMs }] });
    }
  }
  return out;
}
