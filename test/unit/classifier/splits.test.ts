import { describe, expect, it } from "vitest";
import type { TrainRecord } from "../../../scripts/train/data";
import { groupedKFold, stratifiedGroupKFold } from "../../../scripts/train/splits";

/** `n` records of one source file and label. */
function file(name: string, y: 0 | 1, n: number, start: number): TrainRecord[] {
  return Array.from({ length: n }, (_, k) => ({
    text: `${name} ${k}`,
    label: y === 1 ? "injection" : "benign",
    category: y === 1 ? "indirect" : "benign_document",
    source: `${name}:${name}.json#${k}`,
    lang: "en",
    file: `${name}.jsonl`,
    line: start + k,
    group: `${name}#${k}`,
    repo: name,
    y,
  }));
}

/** Ten benign files and ten injection files of unequal sizes. */
function corpus(): TrainRecord[] {
  const recs: TrainRecord[] = [];
  for (let f = 0; f < 10; f++) recs.push(...file(`benign${f}`, 0, 20 + 15 * f, recs.length));
  for (let f = 0; f < 10; f++) recs.push(...file(`attack${f}`, 1, 10 + 12 * f, recs.length));
  return recs;
}

const byFile = (r: TrainRecord) => r.repo;

describe("stratifiedGroupKFold", () => {
  it("holds every record out exactly once and never splits a group", () => {
    const recs = corpus();
    const folds = stratifiedGroupKFold(recs, 5, byFile, "t");
    const seen = new Map<number, number>();
    for (const [f, fold] of folds.entries()) {
      expect(fold.train.length + fold.test.length).toBe(recs.length);
      for (const i of fold.test) seen.set(i, f);
      const testFiles = new Set(fold.test.map((i) => byFile(recs[i] as TrainRecord)));
      for (const i of fold.train) expect(testFiles.has(byFile(recs[i] as TrainRecord))).toBe(false);
    }
    expect(seen.size).toBe(recs.length);
  });

  it("keeps each fold's share of benign and of injection records near 1/k, where hashing need not", () => {
    const recs = corpus();
    const spread = (folds: ReturnType<typeof stratifiedGroupKFold>, y: 0 | 1) => {
      const total = recs.filter((r) => r.y === y).length;
      const shares = folds.map((f) => f.test.filter((i) => (recs[i] as TrainRecord).y === y).length / total);
      return Math.max(...shares) - Math.min(...shares);
    };
    const folds = stratifiedGroupKFold(recs, 5, byFile, "t");
    expect(spread(folds, 0)).toBeLessThan(0.12);
    expect(spread(folds, 1)).toBeLessThan(0.12);
    // The hash assignment it replaces for source-file folds is unbalanced on the same corpus.
    const hashed = groupedKFold(recs, 5, byFile, "t");
    expect(Math.max(spread(hashed, 0), spread(hashed, 1))).toBeGreaterThan(0.2);
  });

  it("does not depend on record order", () => {
    const recs = corpus();
    const reversed = [...recs].reverse();
    const testFiles = (rs: TrainRecord[]) =>
      stratifiedGroupKFold(rs, 5, byFile, "t").map((f) =>
        [...new Set(f.test.map((i) => byFile(rs[i] as TrainRecord)))].sort().join(","),
      );
    expect(testFiles(reversed)).toEqual(testFiles(recs));
  });
});
