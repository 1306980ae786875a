/**
 * Sparse logistic regression trained with AdaGrad, multiple-instance style: a document is a bag of
 * windows and its score is its strongest window (as at inference). A positive document pushes up
 * only its strongest window — the one holding the injection in a long BIPIA email — while every
 * window of a benign document is pushed down.
 */
import { NUM_CUES } from "../../src/detection/classifier/cues";
import { NUM_BUCKETS } from "../../src/detection/classifier/features";
import type { DocFeatures } from "./featurize";
import { type Rng, shuffle } from "./prng";

/** Float parameters of a linear model during training. */
export interface LinearParams {
  w: Float64Array;
  cueW: Float64Array;
  bias: number;
}

/** Hyper-parameters. */
export interface LinearOptions {
  epochs: number;
  lr: number;
  /** L2 strength applied to touched weights at each step (sparse, "lazy" regularisation). */
  l2: number;
  /** L2 on cue weights; cues are few and dense, so they get their own strength. */
  l2Cue: number;
}

export const DEFAULT_LINEAR: LinearOptions = { epochs: 6, lr: 0.08, l2: 1e-4, l2Cue: 1e-4 };

function chunkLogit(p: LinearParams, d: DocFeatures, k: number): number {
  const a = d.off[k] as number;
  const b = d.off[k + 1] as number;
  let s = 0;
  for (let i = a; i < b; i++) s += p.w[d.ids[i] as number] as number;
  const norm = b > a ? 1 / Math.sqrt(b - a) : 0;
  let z = p.bias + s * norm;
  const co = k * NUM_CUES;
  for (let c = 0; c < NUM_CUES; c++) z += (p.cueW[c] as number) * (d.cues[co + c] as number);
  return z;
}

/** Raw logit of a document under float parameters: its strongest window. */
export function docLogit(p: LinearParams, d: DocFeatures): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < d.chunks; k++) best = Math.max(best, chunkLogit(p, d, k));
  return best;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * Trains on docs[idx] with labels y and per-document weights sw.
 *
 * @param docs featurised corpus
 * @param idx indices of the training documents
 * @param y labels (0/1) by document index
 * @param sw sample weight by document index
 * @param rng seeded stream for the epoch shuffles
 */
export function trainLinear(
  docs: readonly DocFeatures[],
  idx: readonly number[],
  y: ArrayLike<number>,
  sw: ArrayLike<number>,
  rng: Rng,
  o: LinearOptions = DEFAULT_LINEAR,
): LinearParams {
  const p: LinearParams = { w: new Float64Array(NUM_BUCKETS), cueW: new Float64Array(NUM_CUES), bias: 0 };
  const gw = new Float64Array(NUM_BUCKETS).fill(1e-6);
  const gc = new Float64Array(NUM_CUES).fill(1e-6);
  let gb = 1e-6;
  const order = [...idx];
  const step = (d: DocFeatures, k: number, g: number): void => {
    const a = d.off[k] as number;
    const b = d.off[k + 1] as number;
    const norm = b > a ? 1 / Math.sqrt(b - a) : 0;
    for (let i = a; i < b; i++) {
      const j = d.ids[i] as number;
      const gi = g * norm + o.l2 * (p.w[j] as number);
      gw[j] = (gw[j] as number) + gi * gi;
      p.w[j] = (p.w[j] as number) - (o.lr * gi) / Math.sqrt(gw[j] as number);
    }
    const co = k * NUM_CUES;
    for (let c = 0; c < NUM_CUES; c++) {
      const x = d.cues[co + c] as number;
      const gi = g * x + o.l2Cue * (p.cueW[c] as number);
      if (gi === 0) continue;
      gc[c] = (gc[c] as number) + gi * gi;
      p.cueW[c] = (p.cueW[c] as number) - (o.lr * gi) / Math.sqrt(gc[c] as number);
    }
    gb += g * g;
    p.bias -= (o.lr * g) / Math.sqrt(gb);
  };
  for (let e = 0; e < o.epochs; e++) {
    shuffle(order, rng);
    for (const n of order) {
      const d = docs[n] as DocFeatures;
      const w = sw[n] as number;
      if (y[n] === 1) {
        let bestK = 0;
        let best = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < d.chunks; k++) {
          const z = chunkLogit(p, d, k);
          if (z > best) {
            best = z;
            bestK = k;
          }
        }
        step(d, bestK, w * (sigmoid(best) - 1));
      } else {
        for (let k = 0; k < d.chunks; k++) step(d, k, w * sigmoid(chunkLogit(p, d, k)));
      }
    }
  }
  return p;
}
