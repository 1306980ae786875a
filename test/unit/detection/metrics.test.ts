import { describe, expect, it } from "vitest";
import { groupKey, parseCorpus } from "../../../scripts/lib/corpus";
import { binaryMetrics, confusion, formatTable, percentile } from "../../../scripts/lib/metrics";

describe("scripts/lib/metrics", () => {
  it("computes precision, recall, F1 and FPR", () => {
    const m = binaryMetrics(confusion([true, true, false, false, false], [true, false, true, false, false]));
    expect(m).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 2, n: 5 });
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBe(0.5);
    expect(m.fpr).toBeCloseTo(1 / 3);
  });

  it("returns NaN for undefined rates", () => {
    expect(binaryMetrics(confusion([false], [false])).precision).toBeNaN();
  });

  it("interpolates percentiles", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([5], 99)).toBe(5);
    expect(percentile([], 50)).toBeNaN();
  });

  it("formats aligned tables", () => {
    const t = formatTable(
      ["a", "n"],
      [
        ["x", "1"],
        ["yy", "10"],
      ],
    ).split("\n");
    expect(t[2]).toBe("x    1");
    expect(t[3]).toBe("yy  10");
  });
});

describe("scripts/lib/corpus", () => {
  it("parses JSONL records and rejects malformed lines", () => {
    const recs = parseCorpus(
      '{"text":"hi","label":"benign","category":"x","source":"a/b:c#3","lang":"en"}\n\n',
      "xsafety.jsonl",
    );
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ text: "hi", label: "benign", file: "xsafety.jsonl", line: 1 });
    expect(groupKey(recs[0] as (typeof recs)[number])).toBe("xsafety.jsonl#3");
    expect(() => parseCorpus('{"text":1,"label":"benign"}')).toThrow(/text/);
    expect(() => parseCorpus('{"text":"a","label":"maybe"}')).toThrow(/label/);
  });
});
