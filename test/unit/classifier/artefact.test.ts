import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CLASSIFIER_INFO, classify } from "../../../src/detection/classifier";
import { base64ToInt8, int8ToBase64, loadModel } from "../../../src/detection/classifier/artefact";
import { WEIGHTS } from "../../../src/detection/classifier/weights";

interface Reference {
  version: string;
  probes: { text: string; probability: number }[];
}

const reference = JSON.parse(
  readFileSync(new URL("./fixtures/reference.json", import.meta.url), "utf8"),
) as Reference;

describe("artefact", () => {
  it("loads and matches the feature code", () => {
    const m = loadModel(WEIGHTS);
    expect(m.kind).toBe(WEIGHTS.kind);
  });

  it("reproduces the reference predictions stored at training time", () => {
    expect(CLASSIFIER_INFO.version).toBe(reference.version);
    for (const p of reference.probes) expect(classify(p.text).probability).toBe(p.probability);
  });

  it("stays small in the bundle", () => {
    const text = readFileSync(
      new URL("../../../src/detection/classifier/weights.ts", import.meta.url),
      "utf8",
    );
    expect(gzipSync(text).length).toBeLessThan(150 * 1024);
  });

  it("round-trips int8 through base64", () => {
    const a = Int8Array.from([-128, -127, -1, 0, 1, 127, 42]);
    expect(Array.from(base64ToInt8(int8ToBase64(a)))).toEqual(Array.from(a));
  });

  it("loads the residual MLP head over the cues (round 4)", () => {
    const m = loadModel(WEIGHTS);
    expect(m.kind === "linear" && m.mlp?.hidden).toBe(WEIGHTS.mlp?.hidden);
    const head = WEIGHTS.mlp;
    if (head === undefined) return;
    expect(() => loadModel({ ...WEIGHTS, mlp: { ...head, w2: head.w2.slice(1) } })).toThrow();
    // Without the head the model is the plain linear one: different scores on attack-like text.
    const { mlp: _drop, ...plain } = WEIGHTS;
    expect(loadModel(plain).kind).toBe("linear");
  });

  it("refuses an artefact trained with another feature space", () => {
    expect(() =>
      loadModel({
        ...WEIGHTS,
        features: { ...WEIGHTS.features, hashBits: 12 } as unknown as typeof WEIGHTS.features,
      }),
    ).toThrow();
  });
});
