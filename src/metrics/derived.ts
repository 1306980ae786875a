/**
 * Series the aggregator computes instead of recording: cache_hit_rate_percent per tenant, from the
 * cumulative hit and miss counters. It is a lifetime ratio (since the aggregator's storage was
 * created); dashboards and alerts use the rate() form over a window instead (docs/metrics.md).
 */
import { CATALOGUE } from "./catalogue";
import { seriesKey } from "./labels";
import type { GaugeState, SeriesState, SeriesStore } from "./series-store";

/** Cache hit rate gauges, one per tenant with at least one lookup. */
export function derivedSeries(store: SeriesStore, timestampMs: number): GaugeState[] {
  const lookups = new Map<string, { hits: number; misses: number }>();
  for (const [, state] of store.entries()) {
    const isHit = state.def === CATALOGUE.cache_hits_total;
    if (state.kind !== "counter" || (!isHit && state.def !== CATALOGUE.cache_misses_total)) continue;
    const tenant = state.values[0] as string;
    const entry = lookups.get(tenant) ?? { hits: 0, misses: 0 };
    if (isHit) entry.hits += state.value;
    else entry.misses += state.value;
    lookups.set(tenant, entry);
  }
  const out: GaugeState[] = [];
  for (const [tenant, { hits, misses }] of lookups) {
    if (hits + misses === 0) continue;
    out.push({
      kind: "gauge",
      key: seriesKey(CATALOGUE.cache_hit_rate_percent.name, [tenant]),
      def: CATALOGUE.cache_hit_rate_percent,
      values: [tenant],
      value: (hits / (hits + misses)) * 100,
      timestampMs,
    });
  }
  return out;
}

/** Every series of the store plus the derived ones, ready for exposition or remote-write. */
export function allSeries(store: SeriesStore, timestampMs: number): SeriesState[] {
  const out: SeriesState[] = [];
  for (const [, state] of store.entries()) out.push(state);
  return out.concat(derivedSeries(store, timestampMs));
}
