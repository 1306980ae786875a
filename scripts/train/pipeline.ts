/**
 * Training steps shared by the full report run and the `--check` run: fit a fold model, score
 * held-out records through the production inference path, cross-fit Platt scaling.
 */
import { loadModel, type SerializedModel } from "../../src/detection/classifier/artefact";
import type { Platt } from "../../src/detection/classifier/model";
import { calibrate } from "../../src/detection/classifier/model";
import { classifyWith } from "../../src/detection/classifier/score";
import type { TrainRecord } from "./data";
import type { Prediction } from "./evaluate";
import type { DocFeatures } from "./featurize";
import { DEFAULT_HASHED_MLP, type HashedMlpParams, trainHashedMlp } from "./hashed-mlp";
import { DEFAULT_LINEAR, type LinearParams, trainLinear } from "./linear";
import { fitPlatt } from "./platt";
import { mulberry32 } from "./prng";
import { type ArtefactMeta, serializeHashedMlp, serializeLinear } from "./serialize";
import type { Fold } from "./splits";
import { calibrationSplit } from "./splits";

/** Corpus, features and labels, loaded once. */
export interface TrainingSet {
  recs: TrainRecord[];
  docs: DocFeatures[];
  y: Uint8Array;
  sw: Float64Array;
}

/** Hyper-parameters chosen on the cross-source evaluation (see docs/classifier.md). */
export const HYPER = {
  /**
   * Which model is shipped: "mlp" (round 7: one ReLU layer over the hashed features and cues,
   * `hashedMlp` below) or "linear" (rounds 1–6: logistic regression with a residual cue head).
   */
  model: "mlp" as "mlp" | "linear",
  hashedMlp: DEFAULT_HASHED_MLP,
  ...DEFAULT_LINEAR,
  l2: 3e-2,
  // Residual MLP head over the cue inputs only (round 4, docs/classifier.md): 16 ReLU units.
  hidden: 16,
  lrMlp: 0.03,
  l2Mlp: 3e-3,
  headU: false,
  // Experiment mode only (scripts/train.ts --experiment): overrides for trying hyper-parameters.
  ...(process.argv.includes("--experiment") && process.env.PS_HYPER ? JSON.parse(process.env.PS_HYPER) : {}),
};

/** Float parameters of either model shape. */
export type FittedParams = LinearParams | HashedMlpParams;

/** Fits the configured model on `idx` with the given seed. */
export function fitModel(ts: TrainingSet, idx: readonly number[], seed: number): FittedParams {
  return HYPER.model === "mlp"
    ? trainHashedMlp(ts.docs, idx, ts.y, ts.sw, mulberry32(seed), HYPER.hashedMlp)
    : trainLinear(ts.docs, idx, ts.y, ts.sw, mulberry32(seed), HYPER);
}

/** Serialises float parameters of either shape into an artefact. */
export function serializeFitted(p: FittedParams, meta: ArtefactMeta): SerializedModel {
  return "kind" in p ? serializeHashedMlp(p, meta) : serializeLinear(p, meta);
}

/** Serialises float params with a placeholder calibration; evaluation applies Platt itself. */
export function toArtefact(p: FittedParams, platt: Platt = { a: 1, b: 0 }): SerializedModel {
  return serializeFitted(p, { name: "fold", version: "0", trainedOn: "", platt });
}

/** Raw logits of `idx` through the production path (quantised model, normalise, windows). */
export function rawLogits(ts: TrainingSet, art: SerializedModel, idx: readonly number[]): number[] {
  const m = loadModel(art);
  return idx.map((i) => classifyWith(m, (ts.recs[i] as TrainRecord).text).logit);
}

/**
 * Cross-source style fold: fit on ~80% of the training groups, calibrate on the other ~20%, score
 * the held-out records. Returns calibrated predictions.
 */
export function evalFold(ts: TrainingSet, fold: Fold, seed: number): Prediction[] {
  const { fit: fitIdx, cal } = calibrationSplit(ts.recs, fold.train);
  const p = fitModel(ts, fitIdx, seed);
  // Calibrated on the quantised artefact's logits, the ones it is applied to (5-bit weights move
  // them measurably; float logits would bias the held-out probabilities the policy is fitted on).
  const art = toArtefact(p);
  const platt = fitPlatt(
    rawLogits(ts, art, cal),
    cal.map((i) => ts.y[i] as number),
  );
  const z = rawLogits(ts, art, fold.test);
  return fold.test.map((i, k) => ({
    rec: ts.recs[i] as TrainRecord,
    prob: calibrate(platt, z[k] as number),
  }));
}

/** Out-of-fold raw logits of k document-grouped folds, plus each fold's test indices. */
export interface OutOfFold {
  z: Float64Array;
  folds: Fold[];
}

/** Trains one model per fold and records held-out raw logits for every record. */
export function outOfFold(ts: TrainingSet, folds: Fold[], seed: number): OutOfFold {
  const z = new Float64Array(ts.recs.length);
  folds.forEach((f, k) => {
    const p = fitModel(ts, f.train, seed + k);
    const logits = rawLogits(ts, toArtefact(p), f.test);
    f.test.forEach((i, j) => {
      z[i] = logits[j] as number;
    });
  });
  return { z, folds };
}

/** Calibrated out-of-fold predictions with Platt cross-fitted (fold k calibrated on the other folds). */
export function crossFittedPredictions(ts: TrainingSet, oof: OutOfFold): Prediction[] {
  const prob = new Float64Array(ts.recs.length);
  for (const f of oof.folds) {
    const platt = fitPlatt(
      f.train.map((i) => oof.z[i] as number),
      f.train.map((i) => ts.y[i] as number),
    );
    for (const i of f.test) prob[i] = calibrate(platt, oof.z[i] as number);
  }
  return ts.recs.map((rec, i) => ({ rec, prob: prob[i] as number }));
}
