/**
 * Classification metrics and latency percentiles used by evaluation and training scripts.
 * Pure functions, no I/O. The exported API is shared with the classifier scripts: keep it stable.
 */

/** Confusion counts of a binary classifier, positive = injection. */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Derived rates. A rate whose denominator is zero is NaN (printed as "-"), never a fake 0 or 1. */
export interface BinaryMetrics extends Confusion {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  /** False-positive rate: fp / (fp + tn). */
  fpr: number;
  accuracy: number;
}

/** An empty confusion matrix. */
export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

/**
 * Adds one prediction to a confusion matrix (mutates and returns it).
 *
 * @param c the matrix
 * @param actual true if the record is really positive (injection)
 * @param predicted true if the classifier said positive
 */
export function addPrediction(c: Confusion, actual: boolean, predicted: boolean): Confusion {
  if (actual) {
    if (predicted) c.tp++;
    else c.fn++;
  } else if (predicted) c.fp++;
  else c.tn++;
  return c;
}

/**
 * Builds a confusion matrix from parallel arrays.
 *
 * @param actual true labels (true = positive)
 * @param predicted predictions (true = positive)
 */
export function confusion(actual: readonly boolean[], predicted: readonly boolean[]): Confusion {
  if (actual.length !== predicted.length) throw new RangeError("actual and predicted differ in length");
  const c = emptyConfusion();
  for (let i = 0; i < actual.length; i++) addPrediction(c, actual[i] === true, predicted[i] === true);
  return c;
}

function ratio(num: number, den: number): number {
  return den === 0 ? Number.NaN : num / den;
}

/** Precision, recall, F1, FPR and accuracy from a confusion matrix. */
export function binaryMetrics(c: Confusion): BinaryMetrics {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 =
    Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0
      ? Number.isNaN(precision) || Number.isNaN(recall)
        ? Number.NaN
        : 0
      : (2 * precision * recall) / (precision + recall);
  const n = c.tp + c.fp + c.tn + c.fn;
  return {
    ...c,
    n,
    precision,
    recall,
    f1,
    fpr: ratio(c.fp, c.fp + c.tn),
    accuracy: ratio(c.tp + c.tn, n),
  };
}

/**
 * Percentile by linear interpolation between closest ranks (same as numpy's default).
 *
 * @param values samples (not modified)
 * @param p percentile in [0, 100]
 * @returns NaN for an empty input
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return percentileSorted(sorted, p);
}

/** Percentile of an already ascending-sorted array (avoids re-sorting for several percentiles). */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const clamped = Math.min(100, Math.max(0, p));
  const rank = (clamped / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

/** Several percentiles at once, e.g. `percentiles(xs, [50, 99])` → `{ 50: …, 99: … }`. */
export function percentiles(values: readonly number[], ps: readonly number[]): Record<number, number> {
  const sorted = Float64Array.from(values).sort();
  const out: Record<number, number> = {};
  for (const p of ps) out[p] = percentileSorted(sorted, p);
  return out;
}

/** Mean of the samples (NaN when empty). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/**
 * Formats a rate in [0,1] as a fixed-decimals string; NaN as "-".
 *
 * @param v the rate
 * @param digits decimals (default 3)
 */
export function fmtRate(v: number, digits = 3): string {
  return Number.isNaN(v) ? "-" : v.toFixed(digits);
}

/**
 * Renders rows as a plain left/right-aligned text table (numbers right-aligned).
 *
 * @param header column titles
 * @param rows cells, already formatted as strings
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const numeric = /^[-+]?[\d.,]+%?$|^-$/;
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => {
        const w = widths[c] ?? 0;
        return c > 0 && numeric.test(cell) ? cell.padStart(w) : cell.padEnd(w);
      })
      .join("  ")
      .trimEnd();
  const sep = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), sep, ...rows.map(line)].join("\n");
}
