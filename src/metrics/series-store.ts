/**
 * In-memory metric state keyed by series key: the isolate's buffer holds *deltas* in one, the
 * aggregator holds *cumulative* values in another. The store validates against the catalogue and
 * applies the tenant cap, so both sides enforce the same rules.
 */
import { CATALOGUE, type LabelsOf, type MetricDefinition, type MetricName, TENANT_LABEL } from "./catalogue";
import { labelValuesOf, MetricsError, sanitizeLabelValue, seriesKey } from "./labels";
import type { TenantCap } from "./tenant-cap";

/** Fields every series state has. `key` is its canonical series key (see labels.ts). */
interface SeriesBase {
  readonly key: string;
  readonly def: MetricDefinition;
  /** Canonical (sanitized, capped) label values in definition order. */
  readonly values: string[];
}

/** State of one counter series. */
export interface CounterState extends SeriesBase {
  readonly kind: "counter";
  value: number;
}

/** State of one gauge series: the last value and when it was set (ms), newest wins on merge. */
export interface GaugeState extends SeriesBase {
  readonly kind: "gauge";
  value: number;
  timestampMs: number;
}

/** State of one histogram series: per-bucket (non-cumulative) counts, the last being +Inf. */
export interface HistogramState extends SeriesBase {
  readonly kind: "histogram";
  counts: number[];
  sum: number;
  count: number;
}

/** Any series state. */
export type SeriesState = CounterState | GaugeState | HistogramState;

/** Index of the bucket `value` falls in (first upper bound >= value; last index = +Inf). */
export function bucketIndex(buckets: readonly number[], value: number): number {
  // Linear scan: at most 14 buckets, faster than a binary search at this size.
  for (let i = 0; i < buckets.length; i++) {
    if (value <= (buckets[i] as number)) return i;
  }
  return buckets.length;
}

/** Label values → state, one level per label; a metric without labels maps straight to its state. */
type Trie = Map<string, Trie | SeriesState>;

/**
 * Series state with validation and tenant capping. Not thread-safe; Workers are single-threaded.
 *
 * Lookups on the recording path walk a per-metric trie of label values instead of building and
 * hashing a key string: the values (tenant id, route, model) are existing strings whose hashes
 * V8 caches, so a recording is a few Map hits and no allocation. Only canonical values are
 * indexed, so a value that needs sanitizing or a tenant folded into "other" takes the slow path
 * and the index never grows beyond the series count.
 */
export class SeriesStore {
  private readonly map = new Map<string, SeriesState>();
  private readonly index = new Map<MetricDefinition, Trie | SeriesState>();

  /** @param tenantCap applied to every tenant_id value; null disables capping. */
  constructor(private readonly tenantCap: TenantCap | null) {}

  /** Adds `by` (>= 0) to a counter; throws {@link MetricsError} on a wrong metric type or labels. */
  inc<N extends MetricName>(name: N, labels: LabelsOf<N>, by = 1): void {
    this.incValues(this.expect(name, "counter"), labelValuesOf(CATALOGUE[name], labels), by);
  }

  /** Sets a gauge; `timestampMs` orders concurrent reports (newest wins in the aggregator). */
  set<N extends MetricName>(name: N, labels: LabelsOf<N>, value: number, timestampMs = Date.now()): void {
    this.setValues(this.expect(name, "gauge"), labelValuesOf(CATALOGUE[name], labels), value, timestampMs);
  }

  /** Records one observation in a histogram. */
  observe<N extends MetricName>(name: N, labels: LabelsOf<N>, value: number): void {
    this.observeValues(this.expect(name, "histogram"), labelValuesOf(CATALOGUE[name], labels), value);
  }

  /**
   * Fast path for the typed helpers: `values` are raw label values in definition order (the
   * array may be rewritten in place). Returns the series key, or null if the value was ignored:
   * non-finite or negative increments are dropped rather than thrown, because a metrics bug
   * must never fail a detection request.
   */
  incValues(def: MetricDefinition, values: string[], by = 1): string | null {
    if (!(by >= 0) || !Number.isFinite(by)) return null;
    const state = this.resolve(def, values, "counter");
    if (state.kind !== "counter") return null;
    state.value += by;
    return state.key;
  }

  /** Fast path for gauges; see {@link incValues}. An older timestamp never overwrites a newer one. */
  setValues(def: MetricDefinition, values: string[], value: number, timestampMs: number): string | null {
    if (Number.isNaN(value)) return null;
    const state = this.resolve(def, values, "gauge");
    if (state.kind !== "gauge") return null;
    if (timestampMs >= state.timestampMs) {
      state.value = value;
      state.timestampMs = timestampMs;
    }
    return state.key;
  }

  /** Fast path for histograms; see {@link incValues}. */
  observeValues(def: MetricDefinition, values: string[], value: number): string | null {
    if (!Number.isFinite(value)) return null;
    const state = this.resolve(def, values, "histogram");
    if (state.kind !== "histogram") return null;
    const index = bucketIndex(def.buckets ?? [], value);
    state.counts[index] = (state.counts[index] ?? 0) + 1;
    state.sum += value;
    state.count += 1;
    return state.key;
  }

  /** Merges whole-bucket histogram deltas (from a batch) into a series; returns its key. */
  addHistogram(
    def: MetricDefinition,
    values: string[],
    counts: readonly number[],
    sum: number,
    count: number,
  ): string | null {
    const state = this.resolve(def, values, "histogram");
    if (state.kind !== "histogram") return null;
    for (let i = 0; i < state.counts.length; i++) state.counts[i] = (state.counts[i] ?? 0) + (counts[i] ?? 0);
    state.sum += sum;
    state.count += count;
    return state.key;
  }

  /** Puts a fully formed state back (the aggregator restoring from storage). */
  restore(state: SeriesState): void {
    this.map.set(state.key, state);
    this.remember(state);
  }

  /** Current value of a counter or gauge series (tests, derived gauges); undefined if absent. */
  valueOf<N extends MetricName>(name: N, labels: LabelsOf<N>): number | undefined {
    const def = CATALOGUE[name];
    const state = this.map.get(seriesKey(name, labelValuesOf(def, labels)));
    return state && state.kind !== "histogram" ? state.value : undefined;
  }

  /** The state of one series by key. */
  get(key: string): SeriesState | undefined {
    return this.map.get(key);
  }

  /** All series with their keys, in insertion order. */
  entries(): IterableIterator<[string, SeriesState]> {
    return this.map.entries();
  }

  /** Number of series held. */
  get size(): number {
    return this.map.size;
  }

  /** Forgets everything (the buffer drains itself this way). */
  clear(): void {
    this.map.clear();
    this.index.clear();
  }

  /** Canonical values (sanitized, tenant capped) written back into `values`; returns the key. */
  keyOf(def: MetricDefinition, values: string[]): string {
    const tenantIndex = def.labelNames.indexOf(TENANT_LABEL);
    for (let i = 0; i < values.length; i++) {
      let value = sanitizeLabelValue(values[i] as string);
      if (i === tenantIndex && this.tenantCap) value = this.tenantCap.admit(value);
      values[i] = value;
    }
    return seriesKey(def.name, values);
  }

  /** Finds or creates the state of a series. A kind mismatch (misuse) returns the existing state. */
  private resolve(def: MetricDefinition, values: string[], kind: SeriesState["kind"]): SeriesState {
    const indexed = this.lookup(def, values);
    if (indexed) return indexed;
    const key = this.keyOf(def, values);
    const existing = this.map.get(key);
    if (existing) return existing;
    const state = this.create(key, def, values, kind);
    this.map.set(key, state);
    this.remember(state);
    return state;
  }

  private create(
    key: string,
    def: MetricDefinition,
    values: string[],
    kind: SeriesState["kind"],
  ): SeriesState {
    if (kind === "counter") return { kind, key, def, values, value: 0 };
    if (kind === "gauge") return { kind, key, def, values, value: 0, timestampMs: Number.NEGATIVE_INFINITY };
    const size = (def.buckets?.length ?? 0) + 1;
    return { kind, key, def, values, counts: new Array<number>(size).fill(0), sum: 0, count: 0 };
  }

  private lookup(def: MetricDefinition, values: readonly string[]): SeriesState | undefined {
    let node: Trie | SeriesState | undefined = this.index.get(def);
    for (let i = 0; i < values.length; i++) {
      if (!(node instanceof Map)) return undefined;
      node = node.get(values[i] as string);
    }
    return node instanceof Map ? undefined : node;
  }

  private remember(state: SeriesState): void {
    const { def, values } = state;
    if (values.length === 0) {
      this.index.set(def, state);
      return;
    }
    let node = this.index.get(def);
    if (!(node instanceof Map)) {
      node = new Map();
      this.index.set(def, node);
    }
    for (let i = 0; i < values.length - 1; i++) {
      let next: Trie | SeriesState | undefined = node.get(values[i] as string);
      if (!(next instanceof Map)) {
        next = new Map();
        node.set(values[i] as string, next);
      }
      node = next;
    }
    node.set(values[values.length - 1] as string, state);
  }

  private expect(name: MetricName, kind: MetricDefinition["kind"]): MetricDefinition {
    const def: MetricDefinition = CATALOGUE[name];
    if (def.kind !== kind) throw new MetricsError(`${name} is a ${def.kind}, not a ${kind}`);
    return def;
  }
}
