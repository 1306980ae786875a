/**
 * The hold-out (data/holdout) must stay a test of texts the classifier never saw: no hold-out text
 * may also be a training text (data/synthetic, data/rules-dev — trained on since round 24 — or the
 * development corpus when it is present), and a
 * pair-split file keeps each attack with its benign twin on one side.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusFiles, loadCorpus } from "../../../scripts/lib/corpus";
import { DATA_DIR } from "../detection/golden";

const ROOT = resolve(__dirname, "../../..");

/** Case and whitespace do not make a text new. */
const key = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

describe("hold-out data", () => {
  const holdout = loadCorpus(corpusFiles(resolve(ROOT, "data/holdout")));
  const synthetic = loadCorpus(corpusFiles(resolve(ROOT, "data/synthetic")));
  const rulesDev = loadCorpus(corpusFiles(resolve(ROOT, "data/rules-dev")));

  it("shares no text with the training data", () => {
    // Without the development corpus on this machine, the project's own training files are still checked.
    const dev = existsSync(DATA_DIR) ? loadCorpus(corpusFiles(DATA_DIR)) : [];
    expect(rulesDev.length).toBeGreaterThan(4000);
    const training = new Set([...synthetic, ...rulesDev, ...dev].map((r) => key(r.text)));
    const shared = holdout.filter((r) => training.has(key(r.text))).map((r) => `${r.file}:${r.line}`);
    expect(shared).toEqual([]);
  });

  it("keeps each pair of a pair-split round on one side (rounds 10 and 11: #n is the pair)", () => {
    const pairsOf = (recs: typeof holdout) =>
      new Set(
        recs.filter((r) => /_r1[01]\.jsonl$/.test(r.file)).map((r) => `${r.file}#${r.source.split("#")[1]}`),
      );
    const inHoldout = pairsOf(holdout);
    const both = [...pairsOf(synthetic)].filter((p) => inHoldout.has(p));
    expect(inHoldout.size).toBeGreaterThan(0);
    expect(both).toEqual([]);
  });
});
