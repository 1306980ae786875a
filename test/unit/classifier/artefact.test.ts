import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CLASSIFIER_INFO, classify } from "../../../src/detection/classifier";
import { base64ToInt8, int8ToBase64, loadModel } from "../../../src/detection/classifier/artefact";
import { NUM_CUES } from "../../../src/detection/classifier/cues";
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

  it("is the hashed MLP (round 7): a ReLU layer over the hashed features and the cues", () => {
    const m = loadModel(WEIGHTS);
    expect(m.kind).toBe("mlp");
    if (m.kind !== "mlp") return;
    expect(m.hidden).toBe(WEIGHTS.hidden);
    expect(m.w1.length).toBe(2 ** WEIGHTS.features.hashBits * m.hidden);
    // A tensor of the wrong shape is refused rather than scored.
    expect(() => loadModel({ ...WEIGHTS, hidden: WEIGHTS.hidden + 1 })).toThrow();
    expect(() => loadModel({ ...WEIGHTS, cueW: WEIGHTS.cueW.slice(1) })).toThrow();
  });

  it("still loads the linear shape with its residual cue head (rounds 1–6)", () => {
    const linear = {
      ...WEIGHTS,
      kind: "linear" as const,
      hidden: 0,
      int8: int8ToBase64(new Int8Array(2 ** WEIGHTS.features.hashBits)),
      cueW: new Array<number>(NUM_CUES).fill(0),
      b1: [0],
      w2: [],
      b2: 0,
      mlp: { hidden: 2, w1: new Array<number>((NUM_CUES + 1) * 2).fill(0), b1: [0, 0], w2: [1, 1], b2: 0 },
    };
    const m = loadModel(linear);
    expect(m.kind === "linear" && m.mlp?.hidden).toBe(2);
    expect(() => loadModel({ ...linear, mlp: { ...linear.mlp, w2: [1] } })).toThrow();
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
