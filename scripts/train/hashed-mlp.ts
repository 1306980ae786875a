/**
 * One-hidden-layer ReLU MLP over the hashed n-gram features and the cue inputs (the `mlp` kind of
 * model.ts), trained with AdaGrad in the multiple-instance loop of mil.ts, like the linear model.
 *
 * The first layer starts at zero (symmetry is broken by the random output layer), so buckets that
 * no training window touches stay zero in the artefact.
 */
import { NUM_CUES } from "../../src/detection/classifier/cues";
import { NUM_BUCKETS } from "../../src/detection/classifier/features";
import type { DocFeatures } from "./featurize";
import { strongestWindow, trainMultipleInstance } from "./mil";
import { mulberry32, type Rng } from "./prng";

/** Float parameters (layout as MlpModel: bucket-major first layer). */
export interface HashedMlpParams {
  kind: "mlp";
  hidden: number;
  w1: Float64Array;
  cueW1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: number;
}

/** Hyper-parameters of the hashed MLP. */
export interface HashedMlpOptions {
  hidden: number;
  epochs: number;
  lr: number;
  /** L2 on the touched rows of the first layer (lazy, per step). */
  l2: number;
  /** L2 on the cue rows and the output layer. */
  l2Dense: number;
}

export const DEFAULT_HASHED_MLP: HashedMlpOptions = {
  hidden: 4,
  epochs: 6,
  lr: 0.05,
  l2: 3e-3,
  l2Dense: 1e-4,
};

const pre = new Float64Array(256);
/** Share of the gradient an inactive unit's bias still receives (training only; see step()). */
export const BIAS_LEAK = 0.01;

/** Logit of window k; fills `pre` with the hidden pre-activations. */
function windowLogit(p: HashedMlpParams, d: DocFeatures, k: number): number {
  const H = p.hidden;
  const a0 = d.off[k] as number;
  const b0 = d.off[k + 1] as number;
  const norm = b0 > a0 ? 1 / Math.sqrt(b0 - a0) : 0;
  for (let j = 0; j < H; j++) pre[j] = 0;
  for (let i = a0; i < b0; i++) {
    const row = (d.ids[i] as number) * H;
    for (let j = 0; j < H; j++) pre[j] = (pre[j] as number) + (p.w1[row + j] as number);
  }
  const co = k * NUM_CUES;
  let z = p.b2;
  for (let j = 0; j < H; j++) {
    let a = (p.b1[j] as number) + (pre[j] as number) * norm;
    for (let c = 0; c < NUM_CUES; c++) {
      const x = d.cues[co + c] as number;
      if (x !== 0) a += (p.cueW1[c * H + j] as number) * x;
    }
    pre[j] = a;
    if (a > 0) z += (p.w2[j] as number) * a;
  }
  return z;
}

/** Raw logit of a document: its strongest window. */
export function hashedMlpDocLogit(p: HashedMlpParams, d: DocFeatures): number {
  return strongestWindow(d, (dd, k) => windowLogit(p, dd, k));
}

/**
 * Trains on docs[idx] with labels y and per-document weights sw.
 *
 * @param rng seeded stream for the epoch shuffles
 */
export function trainHashedMlp(
  docs: readonly DocFeatures[],
  idx: readonly number[],
  y: ArrayLike<number>,
  sw: ArrayLike<number>,
  rng: Rng,
  o: HashedMlpOptions = DEFAULT_HASHED_MLP,
): HashedMlpParams {
  const H = o.hidden;
  const init = mulberry32(0x3a11 + H);
  const p: HashedMlpParams = {
    kind: "mlp",
    hidden: H,
    w1: new Float64Array(NUM_BUCKETS * H),
    cueW1: new Float64Array(NUM_CUES * H),
    b1: new Float64Array(H).fill(0.1),
    w2: Float64Array.from({ length: H }, (_, j) => (j % 2 === 0 ? 1 : -1) * (0.3 + 0.4 * init())),
    b2: 0,
  };
  const g1 = new Float64Array(NUM_BUCKETS * H).fill(1e-6);
  const gc = new Float64Array(NUM_CUES * H).fill(1e-6);
  const gb1 = new Float64Array(H).fill(1e-6);
  const g2 = new Float64Array(H).fill(1e-6);
  let gb2 = 1e-6;
  const dA = new Float64Array(H);
  const step = (d: DocFeatures, k: number, g: number): void => {
    windowLogit(p, d, k);
    const a0 = d.off[k] as number;
    const b0 = d.off[k + 1] as number;
    const norm = b0 > a0 ? 1 / Math.sqrt(b0 - a0) : 0;
    const co = k * NUM_CUES;
    for (let j = 0; j < H; j++) {
      const a = pre[j] as number;
      const w2j = p.w2[j] as number;
      dA[j] = a > 0 ? g * w2j : 0;
      if (a > 0) {
        // Decayed only while the unit fires: an idle unit keeps its output weight, and with it
        // the leaked bias gradient below that can bring it back.
        const gw2 = g * a + o.l2Dense * w2j;
        g2[j] = (g2[j] as number) + gw2 * gw2;
        p.w2[j] = w2j - (o.lr * gw2) / Math.sqrt(g2[j] as number);
      }
      // An inactive unit passes no gradient, so a unit whose pre-activation falls below zero on
      // every window is dead for good (the final round-8 model lost two of its four units that
      // way, capping its probability at 0.95). Its bias still gets a leaked share of the gradient,
      // which revives it where firing would reduce the loss; inference stays a plain ReLU.
      const gh = a > 0 ? (dA[j] as number) : BIAS_LEAK * g * w2j;
      if (gh !== 0) {
        gb1[j] = (gb1[j] as number) + gh * gh;
        p.b1[j] = (p.b1[j] as number) - (o.lr * gh) / Math.sqrt(gb1[j] as number);
      }
    }
    gb2 += g * g;
    p.b2 -= (o.lr * g) / Math.sqrt(gb2);
    for (let c = 0; c < NUM_CUES; c++) {
      const x = d.cues[co + c] as number;
      if (x === 0) continue;
      for (let j = 0; j < H; j++) {
        const t = c * H + j;
        const gi = (dA[j] as number) * x + o.l2Dense * (p.cueW1[t] as number);
        if (gi === 0) continue;
        gc[t] = (gc[t] as number) + gi * gi;
        p.cueW1[t] = (p.cueW1[t] as number) - (o.lr * gi) / Math.sqrt(gc[t] as number);
      }
    }
    for (let i = a0; i < b0; i++) {
      const row = (d.ids[i] as number) * H;
      for (let j = 0; j < H; j++) {
        const t = row + j;
        const gi = (dA[j] as number) * norm + o.l2 * (p.w1[t] as number);
        if (gi === 0) continue;
        g1[t] = (g1[t] as number) + gi * gi;
        p.w1[t] = (p.w1[t] as number) - (o.lr * gi) / Math.sqrt(g1[t] as number);
      }
    }
  };
  trainMultipleInstance(docs, idx, y, sw, rng, o.epochs, { logit: (d, k) => windowLogit(p, d, k), step });
  return p;
}
