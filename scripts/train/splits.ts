/**
 * Grouped splits. A split never separates records of one `group` (twins, translations,
 * duplicates); cross-source splits hold out whole repositories or whole source files.
 */
import type { TrainRecord } from "./data";
import { strHash } from "./prng";

/** One train/test split: record indices. */
export interface Fold {
  name: string;
  train: number[];
  test: number[];
}

/** Leave-one-repository-out: one fold per repository. */
export function leaveOneRepoOut(recs: readonly TrainRecord[]): Fold[] {
  const repos = [...new Set(recs.map((r) => r.repo))].sort();
  return repos.map((repo) => ({
    name: repo,
    train: recs.flatMap((r, i) => (r.repo !== repo ? [i] : [])),
    test: recs.flatMap((r, i) => (r.repo === repo ? [i] : [])),
  }));
}

/**
 * The source file of a record with language and row removed, so that the translations of one
 * XSafety file (en/Goal_Hijacking_n.csv, zh/Goal_Hijacking.csv, ...) count as one file, and a
 * BIPIA injected file counts with its clean contexts (email, table, code).
 */
export function sourceFile(r: TrainRecord): string {
  const path = (r.source.split(":")[1] ?? "").split("#")[0] ?? "";
  if (r.file === "xsafety.jsonl") {
    return `xsafety:${(path.split("/")[1] ?? path).replace(/_n\.(csv|xlsx)$/, "").replace(/\.(csv|xlsx)$/, "")}`;
  }
  if (r.file === "bipia.jsonl") return `bipia:${path.split("/")[1] ?? path}`;
  if (r.file.startsWith("ml_")) return `${r.repo}`; // per-language files of one benchmark
  return `${r.repo}:${path}`;
}

/**
 * k folds over groups chosen by `key` (records sharing a key stay together); a group is assigned
 * by a hash of its key, so the assignment does not depend on record order.
 */
export function groupedKFold(
  recs: readonly TrainRecord[],
  k: number,
  key: (r: TrainRecord) => string,
  salt: string,
): Fold[] {
  const folds: Fold[] = Array.from({ length: k }, (_, f) => ({ name: `fold${f}`, train: [], test: [] }));
  recs.forEach((r, i) => {
    const f = strHash(`${salt}:${key(r)}`) % k;
    for (let j = 0; j < k; j++) {
      const fold = folds[j] as Fold;
      if (j === f) fold.test.push(i);
      else fold.train.push(i);
    }
  });
  return folds;
}

/**
 * Splits training indices into (fit, calibrate) by group, about 80/20, for calibrating a fold's
 * model on data it was not fitted on.
 */
export function calibrationSplit(
  recs: readonly TrainRecord[],
  idx: readonly number[],
): { fit: number[]; cal: number[] } {
  const fit: number[] = [];
  const cal: number[] = [];
  for (const i of idx) (strHash(`cal:${(recs[i] as TrainRecord).group}`) % 5 === 0 ? cal : fit).push(i);
  return { fit, cal };
}

/**
 * k folds over groups chosen by `key`, balanced by label: groups are placed largest first, each
 * into the fold where it leaves the held-out shares of benign and injection records most even
 * (as scikit-learn's StratifiedGroupKFold does). Hash-assigned source-file folds put five of the
 * six synthetic benign e-mail/document files in one fold while their injected twins trained, so
 * that fold's model learned "a synthetic e-mail is an attack": a held-out test of a corpus no
 * production model has, not of unseen sources. Ties go to the group's hash, so the assignment
 * does not depend on record order.
 */
export function stratifiedGroupKFold(
  recs: readonly TrainRecord[],
  k: number,
  key: (r: TrainRecord) => string,
  salt: string,
): Fold[] {
  const groups = new Map<string, { idx: number[]; n: [number, number] }>();
  recs.forEach((r, i) => {
    const g = key(r);
    let e = groups.get(g);
    if (!e) {
      e = { idx: [], n: [0, 0] };
      groups.set(g, e);
    }
    e.idx.push(i);
    e.n[r.y === 1 ? 1 : 0]++;
  });
  const total = [0, 0];
  for (const g of groups.values()) {
    total[0] = (total[0] as number) + g.n[0];
    total[1] = (total[1] as number) + g.n[1];
  }
  const share = (c: number, label: 0 | 1) => c / Math.max(1, total[label] as number);
  const order = [...groups.entries()].sort(
    ([ka, a], [kb, b]) =>
      b.idx.length - a.idx.length ||
      strHash(`${salt}:${ka}`) - strHash(`${salt}:${kb}`) ||
      (ka < kb ? -1 : 1),
  );
  const held = Array.from({ length: k }, () => [0, 0] as [number, number]);
  const assigned = new Array<number>(recs.length);
  for (const [, g] of order) {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let f = 0; f < k; f++) {
      const h = held[f] as [number, number];
      const cost = Math.max(share(h[0] + g.n[0], 0), share(h[1] + g.n[1], 1));
      if (cost < bestCost) {
        bestCost = cost;
        best = f;
      }
    }
    const h = held[best] as [number, number];
    h[0] += g.n[0];
    h[1] += g.n[1];
    for (const i of g.idx) assigned[i] = best;
  }
  return Array.from({ length: k }, (_, f) => ({
    name: `fold${f}`,
    train: assigned.flatMap((a, i) => (a !== f ? [i] : [])),
    test: assigned.flatMap((a, i) => (a === f ? [i] : [])),
  }));
}
