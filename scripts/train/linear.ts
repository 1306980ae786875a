/**
 * Sparse logistic regression trained with AdaGrad, multiple-instance style: a document is a bag of
 * windows and its score is its strongest window (as at inference). A positive document pushes up
 * only its strongest window — the one holding the injection in a long BIPIA email — while every
 * window of a benign document is pushed down.
 *
 * Optionally (`hidden > 0`) with a residual MLP head over the window's cue inputs and its n-gram
 * score u (see ResidualMlp in model.ts), trained jointly: logit = linear + mlp(cues, u).
 */
import { NUM_CUES } from "../../src/detection/classifier/cues";
import { NUM_BUCKETS } from "../../src/detection/classifier/features";
import type { DocFeatures } from "./featurize";
import { strongestWindow, trainMultipleInstance } from "./mil";
import { mulberry32, type Rng } from "./prng";

/** Float parameters of the residual MLP head during training (layout as ResidualMlp). */
export interface MlpParams {
  hidden: number;
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: number;
}

/** Float parameters of a linear model during training. */
export interface LinearParams {
  w: Float64Array;
  cueW: Float64Array;
  bias: number;
  mlp?: MlpParams;
}

/** Hyper-parameters. */
export interface LinearOptions {
  epochs: number;
  lr: number;
  /** L2 strength applied to touched weights at each step (sparse, "lazy" regularisation). */
  l2: number;
  /** L2 on cue weights; cues are few and dense, so they get their own strength. */
  l2Cue: number;
  /** Hidden units of the residual MLP head (0 = none). */
  hidden?: number;
  /** L2 on the MLP head's weights. */
  l2Mlp?: number;
  /** Learning rate of the MLP head. */
  lrMlp?: number;
  /** Whether the head sees the n-gram score u (otherwise its u weights stay 0: cues only). */
  headU?: boolean;
  /** Probability of dropping each hashed feature of a window at a training step (0 = none). */
  dropout?: number;
}

export const DEFAULT_LINEAR: LinearOptions = { epochs: 6, lr: 0.08, l2: 1e-4, l2Cue: 1e-4 };

/** Scratch for the MLP head's pre-activations. */
const pre = new Float64Array(256);

/** n-gram score u of window k (before the head). */
function ngramScore(p: LinearParams, d: DocFeatures, k: number): number {
  const a = d.off[k] as number;
  const b = d.off[k + 1] as number;
  let s = 0;
  for (let i = a; i < b; i++) s += p.w[d.ids[i] as number] as number;
  const norm = b > a ? 1 / Math.sqrt(b - a) : 0;
  return s * norm;
}

/** Head output for window k with n-gram score u; fills `pre` with the pre-activations. */
function headOut(m: MlpParams, d: DocFeatures, k: number, u: number): number {
  const H = m.hidden;
  const co = k * NUM_CUES;
  let z = m.b2;
  for (let j = 0; j < H; j++) {
    let a = (m.b1[j] as number) + u * (m.w1[NUM_CUES * H + j] as number);
    for (let c = 0; c < NUM_CUES; c++) {
      const x = d.cues[co + c] as number;
      if (x !== 0) a += (m.w1[c * H + j] as number) * x;
    }
    pre[j] = a;
    if (a > 0) z += (m.w2[j] as number) * a;
  }
  return z;
}

function chunkLogit(p: LinearParams, d: DocFeatures, k: number): number {
  const u = ngramScore(p, d, k);
  let z = p.bias + u;
  const co = k * NUM_CUES;
  for (let c = 0; c < NUM_CUES; c++) z += (p.cueW[c] as number) * (d.cues[co + c] as number);
  if (p.mlp !== undefined) z += headOut(p.mlp, d, k, u);
  return z;
}

/** Raw logit of a document under float parameters: its strongest window. */
export function docLogit(p: LinearParams, d: DocFeatures): number {
  return strongestWindow(d, (dd, k) => chunkLogit(p, dd, k));
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
  const H = o.hidden ?? 0;
  const l2m = o.l2Mlp ?? 1e-3;
  const lrm = o.lrMlp ?? o.lr;
  const drop = o.dropout ?? 0;
  const headU = o.headU ?? true;
  // Head initialisation from its own seeded stream, so the epoch shuffles do not depend on H.
  const init = mulberry32(0x5eed + H);
  const m: MlpParams | undefined =
    H > 0
      ? {
          hidden: H,
          w1: Float64Array.from({ length: (NUM_CUES + 1) * H }, (_, i) =>
            headU || i < NUM_CUES * H ? (init() - 0.5) * 0.2 : 0,
          ),
          b1: new Float64Array(H).fill(0.05),
          w2: Float64Array.from({ length: H }, () => (init() - 0.5) * 0.2),
          b2: 0,
        }
      : undefined;
  if (m !== undefined) p.mlp = m;
  const g1 = new Float64Array((NUM_CUES + 1) * Math.max(H, 1)).fill(1e-6);
  const gb1 = new Float64Array(Math.max(H, 1)).fill(1e-6);
  const g2 = new Float64Array(Math.max(H, 1)).fill(1e-6);
  let gb2 = 1e-6;
  const dropRng = mulberry32(0xd209);
  const step = (d: DocFeatures, k: number, g: number): void => {
    const a = d.off[k] as number;
    const b = d.off[k + 1] as number;
    const norm = b > a ? 1 / Math.sqrt(b - a) : 0;
    const co = k * NUM_CUES;
    // Gradient of the logit with respect to u: 1 (residual) + the head's path.
    let dzdu = 1;
    if (m !== undefined) {
      const u = ngramScore(p, d, k);
      headOut(m, d, k, u);
      const uRow = NUM_CUES * H;
      for (let j = 0; j < H; j++) {
        const aj = pre[j] as number;
        if (aj <= 0) {
          const gi = l2m * (m.w2[j] as number);
          g2[j] = (g2[j] as number) + gi * gi;
          m.w2[j] = (m.w2[j] as number) - (lrm * gi) / Math.sqrt(g2[j] as number);
          continue;
        }
        const w2j = m.w2[j] as number;
        dzdu += w2j * (m.w1[uRow + j] as number);
        const gw2 = g * aj + l2m * w2j;
        g2[j] = (g2[j] as number) + gw2 * gw2;
        m.w2[j] = w2j - (lrm * gw2) / Math.sqrt(g2[j] as number);
        const gh = g * w2j;
        gb1[j] = (gb1[j] as number) + gh * gh;
        m.b1[j] = (m.b1[j] as number) - (lrm * gh) / Math.sqrt(gb1[j] as number);
        for (let c = 0; c <= (headU ? NUM_CUES : NUM_CUES - 1); c++) {
          const x = c === NUM_CUES ? u : (d.cues[co + c] as number);
          const idx = c * H + j;
          const gi = gh * x + l2m * (m.w1[idx] as number);
          if (gi === 0) continue;
          g1[idx] = (g1[idx] as number) + gi * gi;
          m.w1[idx] = (m.w1[idx] as number) - (lrm * gi) / Math.sqrt(g1[idx] as number);
        }
      }
      gb2 += g * g;
      m.b2 -= (lrm * g) / Math.sqrt(gb2);
    }
    const gu = g * dzdu * norm;
    for (let i = a; i < b; i++) {
      if (drop > 0 && dropRng() < drop) continue;
      const j = d.ids[i] as number;
      const gi = gu + o.l2 * (p.w[j] as number);
      gw[j] = (gw[j] as number) + gi * gi;
      p.w[j] = (p.w[j] as number) - (o.lr * gi) / Math.sqrt(gw[j] as number);
    }
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
  trainMultipleInstance(docs, idx, y, sw, rng, o.epochs, { logit: (d, k) => chunkLogit(p, d, k), step });
  return p;
}
