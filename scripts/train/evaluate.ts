/**
 * Evaluation tables of the training report: headline metrics, breakdowns by source, category and
 * language, a length-matched evaluation (the corpus's length shortcut), and calibration (reliability
 * table, expected calibration error). Pure functions over (record, probability) pairs.
 */
import { binaryMetrics, confusion, fmtRate, formatTable } from "../lib/metrics";
import type { TrainRecord } from "./data";
import { type Rng, shuffle } from "./prng";

/** A held-out prediction. */
export interface Prediction {
  rec: TrainRecord;
  prob: number;
}

const pct = (v: number) => fmtRate(v, 3);

/** P/R/F1/FPR at `threshold`. */
export function headline(preds: readonly Prediction[], threshold = 0.5) {
  return binaryMetrics(
    confusion(
      preds.map((p) => p.rec.y === 1),
      preds.map((p) => p.prob >= threshold),
    ),
  );
}

/** ROC AUC by the rank statistic (ties count half). */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let rankSum = 0;
  let npos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] as number] === scores[idx[i] as number]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[idx[k] as number] === 1) {
        rankSum += avg;
        npos++;
      }
    }
    i = j + 1;
  }
  const nneg = labels.length - npos;
  if (npos === 0 || nneg === 0) return Number.NaN;
  return (rankSum - (npos * (npos + 1)) / 2) / (npos * nneg);
}

/** One row per value of `key`: n, injections, recall, benign, FPR. */
export function breakdown(
  preds: readonly Prediction[],
  key: (r: TrainRecord) => string,
  threshold = 0.5,
): string {
  const groups = new Map<string, Prediction[]>();
  for (const p of preds) {
    const k = key(p.rec);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, ps]) => {
      const m = headline(ps, threshold);
      return [
        k,
        String(ps.length),
        String(m.tp + m.fn),
        pct(m.recall),
        String(m.fp + m.tn),
        pct(m.fpr),
        pct(m.f1),
      ];
    });
  return formatTable(["", "n", "inj", "recall", "benign", "FPR", "F1"], rows);
}

/** Reliability table (10 equal-width bins) and expected calibration error. */
export function reliability(preds: readonly Prediction[], bins = 10): { table: string; ece: number } {
  const cnt = new Array<number>(bins).fill(0);
  const sumP = new Array<number>(bins).fill(0);
  const sumY = new Array<number>(bins).fill(0);
  for (const p of preds) {
    const b = Math.min(bins - 1, Math.floor(p.prob * bins));
    cnt[b] = (cnt[b] as number) + 1;
    sumP[b] = (sumP[b] as number) + p.prob;
    sumY[b] = (sumY[b] as number) + p.rec.y;
  }
  let ece = 0;
  const rows: string[][] = [];
  for (let b = 0; b < bins; b++) {
    const n = cnt[b] as number;
    if (n === 0) continue;
    const mp = (sumP[b] as number) / n;
    const my = (sumY[b] as number) / n;
    ece += (n / preds.length) * Math.abs(mp - my);
    rows.push([`[${(b / bins).toFixed(1)},${((b + 1) / bins).toFixed(1)})`, String(n), pct(mp), pct(my)]);
  }
  return { table: formatTable(["bin", "n", "mean p", "frac inj"], rows), ece };
}

/**
 * Length-matched evaluation: records are binned by log2(length); in each bin the larger class is
 * subsampled (seeded) to the size of the smaller, so length carries no information about the
 * label. Reports the classifier's AUC/F1 there and, as a control, the AUC of length alone
 * (≈ 0.5 by construction) next to length's AUC on the unmatched set (the shortcut's strength).
 */
export function lengthMatched(preds: readonly Prediction[], rng: Rng, threshold = 0.5): string {
  const bins = new Map<number, { pos: Prediction[]; neg: Prediction[] }>();
  for (const p of preds) {
    const b = Math.floor(Math.log2(Math.max(1, p.rec.text.length)) * 2); // half-octave bins
    const e = bins.get(b) ?? { pos: [], neg: [] };
    (p.rec.y === 1 ? e.pos : e.neg).push(p);
    bins.set(b, e);
  }
  const matched: Prediction[] = [];
  for (const b of [...bins.keys()].sort((x, y) => x - y)) {
    const e = bins.get(b) as { pos: Prediction[]; neg: Prediction[] };
    const n = Math.min(e.pos.length, e.neg.length);
    matched.push(...shuffle([...e.pos], rng).slice(0, n), ...shuffle([...e.neg], rng).slice(0, n));
  }
  const lenAll = auc(
    preds.map((p) => p.rec.text.length),
    preds.map((p) => p.rec.y),
  );
  const lenM = auc(
    matched.map((p) => p.rec.text.length),
    matched.map((p) => p.rec.y),
  );
  const clfAll = auc(
    preds.map((p) => p.prob),
    preds.map((p) => p.rec.y),
  );
  const clfM = auc(
    matched.map((p) => p.prob),
    matched.map((p) => p.rec.y),
  );
  const mAll = headline(preds, threshold);
  const mM = headline(matched, threshold);
  return formatTable(
    ["set", "n", "AUC(length)", "AUC(classifier)", "recall", "FPR", "F1"],
    [
      [
        "all held-out",
        String(preds.length),
        pct(lenAll),
        pct(clfAll),
        pct(mAll.recall),
        pct(mAll.fpr),
        pct(mAll.f1),
      ],
      [
        "length-matched",
        String(matched.length),
        pct(lenM),
        pct(clfM),
        pct(mM.recall),
        pct(mM.fpr),
        pct(mM.f1),
      ],
    ],
  );
}

/** The set of benign-FPR targets of the issue, in one small table. */
export function targetTable(preds: readonly Prediction[], threshold = 0.5): string {
  const m = headline(preds, threshold);
  const benign = preds.filter((p) => p.rec.y === 0);
  const fprOf = (ps: readonly Prediction[]) => headline(ps, threshold).fpr;
  const hard = benign.filter((p) => p.rec.category === "benign_hard");
  const nonEn = benign.filter((p) => p.rec.lang !== "en");
  const cats = [...new Set(preds.filter((p) => p.rec.y === 1).map((p) => p.rec.category))].sort();
  const minCat = Math.min(
    ...cats.map(
      (c) =>
        headline(
          preds.filter((p) => p.rec.category === c),
          threshold,
        ).recall,
    ),
  );
  return formatTable(
    ["metric", "value", "target"],
    [
      ["F1 (injection)", pct(m.f1), ">= 0.90"],
      ["precision", pct(m.precision), ""],
      ["recall", pct(m.recall), ""],
      ["min recall over injection categories", pct(minCat), ">= 0.85"],
      ["FPR all benign", pct(fprOf(benign)), "<= 0.02"],
      ["FPR benign_hard", pct(fprOf(hard)), "<= 0.05"],
      ["FPR non-English benign", pct(fprOf(nonEn)), "<= 0.03"],
    ],
  );
}
