/**
 * Flattens series state into Prometheus samples: one per counter/gauge, and for a histogram the
 * classic `_bucket{le}` (cumulative), `_sum` and `_count` series. Both the text exposition and the
 * remote-write encoder consume this, so the two can never disagree.
 */
import { formatNumber } from "./format";
import { sortedLabelPairs } from "./labels";
import type { SeriesState } from "./series-store";

/** One sample with its full, name-sorted label set (`__name__` included). */
export interface FlatSample {
  readonly labels: Array<[string, string]>;
  readonly value: number;
}

/** The flat samples of one series state. */
export function flattenSeries(state: SeriesState): FlatSample[] {
  const { def, values } = state;
  if (state.kind !== "histogram") return [{ labels: sortedLabelPairs(def, values), value: state.value }];
  const out: FlatSample[] = [];
  const buckets = def.buckets ?? [];
  let cumulative = 0;
  for (let i = 0; i <= buckets.length; i++) {
    cumulative += state.counts[i] ?? 0;
    const le = i < buckets.length ? formatNumber(buckets[i] as number) : "+Inf";
    out.push({ labels: sortedLabelPairs(def, values, "_bucket", ["le", le]), value: cumulative });
  }
  out.push({ labels: sortedLabelPairs(def, values, "_sum"), value: state.sum });
  out.push({ labels: sortedLabelPairs(def, values, "_count"), value: state.count });
  return out;
}
