/**
 * The multiple-instance training loop shared by the linear model and the hashed MLP: a document is
 * a bag of windows and its score is its strongest window (as at inference). A positive document
 * pushes up only its strongest window — the one holding the injection in a long BIPIA email —
 * while every window of a benign document is pushed down.
 */
import type { DocFeatures } from "./featurize";
import { type Rng, shuffle } from "./prng";

/** Numerically safe logistic function. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Raw logit of a document under a window scorer: its strongest window. */
export function strongestWindow(d: DocFeatures, windowLogit: (d: DocFeatures, k: number) => number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < d.chunks; k++) best = Math.max(best, windowLogit(d, k));
  return best;
}

/** A model's two training hooks: score window k, and take a gradient step g on it. */
export interface WindowModel {
  logit(d: DocFeatures, k: number): number;
  step(d: DocFeatures, k: number, g: number): void;
}

/**
 * Runs `epochs` seeded epochs of log-loss gradient steps over docs[idx].
 *
 * @param y labels (0/1) by document index
 * @param sw sample weight by document index
 * @param rng seeded stream for the epoch shuffles
 */
export function trainMultipleInstance(
  docs: readonly DocFeatures[],
  idx: readonly number[],
  y: ArrayLike<number>,
  sw: ArrayLike<number>,
  rng: Rng,
  epochs: number,
  m: WindowModel,
): void {
  const order = [...idx];
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rng);
    for (const n of order) {
      const d = docs[n] as DocFeatures;
      const w = sw[n] as number;
      if (y[n] === 1) {
        let bestK = 0;
        let best = Number.NEGATIVE_INFINITY;
        for (let k = 0; k < d.chunks; k++) {
          const z = m.logit(d, k);
          if (z > best) {
            best = z;
            bestK = k;
          }
        }
        m.step(d, bestK, w * (sigmoid(best) - 1));
      } else {
        for (let k = 0; k < d.chunks; k++) m.step(d, k, w * sigmoid(m.logit(d, k)));
      }
    }
  }
}
