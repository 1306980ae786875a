/**
 * The model's parameters in inference form and the scoring of one chunk.
 *
 * Two shapes share one input layout — hashed features (L2-normalised presence) followed by the
 * dense cue inputs — so training can pick whichever generalises better:
 * - linear: logistic regression, logit = b + s·Σw[id]/√n + Σ v·cue;
 * - mlp: one ReLU hidden layer over the same inputs, int8 first layer.
 */
import { NUM_CUES } from "./cues";
import type { FeatureScratch } from "./features";

/** Platt scaling of the raw logit: P(injection) = sigmoid(a·logit + b). */
export interface Platt {
  a: number;
  b: number;
}

/**
 * Optional residual head of a linear model: a small ReLU MLP over the chunk's cue inputs and its
 * n-gram score u = scale·Σw/√n (NUM_CUES + 1 inputs), added to the linear logit. It learns
 * interactions the linear model cannot express (e.g. "high n-gram score but no structural cue").
 * Cost: (NUM_CUES + 1) × hidden multiply-adds per window, independent of the text.
 */
export interface ResidualMlp {
  hidden: number;
  /** Input-major: w1[i·hidden + j], i < NUM_CUES are the cues, i = NUM_CUES is u. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
  /**
   * Set (at load) when the head does not read u (its u weights are all 0): its output with no
   * active cue, a constant, so windows without cues skip the head.
   */
  idle?: number;
}

/** Parameters of a linear model in inference form. */
export interface LinearModel {
  kind: "linear";
  /** Residual MLP head, when the artefact has one. */
  mlp?: ResidualMlp;
  /** Hashed weights, int8; real weight = w[i] · scale. */
  w: Int8Array;
  scale: number;
  /** One weight per cue input (length NUM_CUES). */
  cueW: Float32Array;
  bias: number;
  platt: Platt;
}

/** Parameters of a one-hidden-layer MLP in inference form. */
export interface MlpModel {
  kind: "mlp";
  hidden: number;
  /** First layer, bucket-major: w1[bucket·hidden + j], int8; real = w1 · scale1. */
  w1: Int8Array;
  scale1: number;
  /** Cue rows of the first layer: cueW1[c·hidden + j]. */
  cueW1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
  platt: Platt;
  /** Set at load for 4 hidden units: the first layer as two packed lane pairs (see packLanes). */
  packed?: PackedLanes;
}

export type Model = LinearModel | MlpModel;

/**
 * A 4-unit first layer packed two lanes per int32: `lo[b] = (w[b,0] + 128) + (w[b,1] + 128)·2^21`,
 * `hi[b]` likewise for units 2 and 3. A plain sum of packed values over a window's distinct
 * features holds both lanes' sums exactly: each biased lane is in [0, 255] (any int8, −128
 * included), a window has at most MAX_CHUNK_FEATURES (5,128) features, so a lane's sum stays below
 * 2^21 and the total below 2^53.
 * extractFeatures sums `lo` inside its hashing loop like a linear model's weights, so the layer
 * costs one extra load per feature (for `hi`) instead of four.
 */
export interface PackedLanes {
  lo: Int32Array;
  hi: Int32Array;
}

const LANE = 2 ** 21;
const LANE_BIAS = 128;

/** Packs a bucket-major 4-unit int8 first layer into two lane pairs. */
export function packLanes(w1: Int8Array): PackedLanes {
  const n = w1.length >>> 2;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let b = 0; b < n; b++) {
    const r = b << 2;
    lo[b] = (w1[r] as number) + LANE_BIAS + ((w1[r + 1] as number) + LANE_BIAS) * LANE;
    hi[b] = (w1[r + 2] as number) + LANE_BIAS + ((w1[r + 3] as number) + LANE_BIAS) * LANE;
  }
  return { lo, hi };
}

/** Scratch for the four hidden sums of the packed path. */
const packedBuf = new Float32Array(4);

/**
 * Raw logit of one chunk of a 4-unit MLP whose `lo` lanes were summed during extraction
 * (`f.sum` from extractFeatures with `m.packed.lo`): equals chunkLogit to the last bit.
 */
export function packedMlpLogit(
  m: MlpModel & { packed: PackedLanes },
  f: FeatureScratch,
  cues: Float32Array,
): number {
  const n = f.count;
  const ids = f.ids;
  const hiW = m.packed.hi;
  let hiSum = 0;
  for (let i = 0; i < n; i++) hiSum += hiW[ids[i] as number] as number;
  const bias = LANE_BIAS * n;
  const lo1 = Math.floor(f.sum / LANE);
  const hi1 = Math.floor(hiSum / LANE);
  packedBuf[0] = f.sum - lo1 * LANE - bias;
  packedBuf[1] = lo1 - bias;
  packedBuf[2] = hiSum - hi1 * LANE - bias;
  packedBuf[3] = hi1 - bias;
  return mlpOutput(m, packedBuf, n, cues);
}

/** Scratch for the hidden layer (largest hidden size supported without reallocation). */
const hiddenBuf = new Float32Array(256);

/**
 * Raw (uncalibrated) logit of one chunk.
 *
 * @param m model
 * @param f the chunk's hashed features (ids[0..count))
 * @param cues the chunk's dense cue inputs (length NUM_CUES)
 */
export function chunkLogit(m: Model, f: FeatureScratch, cues: Float32Array): number {
  const n = f.count;
  const ids = f.ids;
  if (m.kind === "linear") {
    let s = 0;
    const w = m.w;
    for (let i = 0; i < n; i++) s += w[ids[i] as number] as number;
    return linearLogit(m, n, s, cues);
  }
  const H = m.hidden;
  const h = H <= hiddenBuf.length ? hiddenBuf : new Float32Array(H);
  const w1 = m.w1;
  h.fill(0, 0, H);
  for (let i = 0; i < n; i++) {
    const row = (ids[i] as number) * H;
    for (let j = 0; j < H; j++) h[j] = (h[j] as number) + (w1[row + j] as number);
  }
  return mlpOutput(m, h, n, cues);
}

/** The MLP after the first layer's integer sums `h` of a chunk with `n` features. */
function mlpOutput(m: MlpModel, h: Float32Array, n: number, cues: Float32Array): number {
  const H = m.hidden;
  const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
  const k = m.scale1 * norm;
  let z = m.b2;
  for (let j = 0; j < H; j++) {
    let a = (m.b1[j] as number) + (h[j] as number) * k;
    for (let c = 0; c < NUM_CUES; c++) {
      const x = cues[c] as number;
      if (x !== 0) a += (m.cueW1[c * H + j] as number) * x;
    }
    if (a > 0) z += (m.w2[j] as number) * a;
  }
  return z;
}

/**
 * Raw logit of a linear model from the chunk's feature count and the (integer, hence exact in any
 * order) sum of its int8 weights: what chunkLogit computes, for callers that summed the weights
 * while extracting the features (extractFeatures with weights).
 */
export function linearLogit(m: LinearModel, count: number, weightSum: number, cues: Float32Array): number {
  const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
  const u = weightSum * m.scale * norm;
  let z = m.bias + u;
  for (let c = 0; c < NUM_CUES; c++) z += (m.cueW[c] as number) * (cues[c] as number);
  return m.mlp === undefined ? z : z + residualMlp(m.mlp, u, cues);
}

/** Scratch for the residual head's hidden units. */
const headBuf = new Float64Array(256);

/**
 * Output of the residual head for n-gram score `u` and cue inputs `cues`. Cues are sparse (most
 * windows of ordinary text have none), so the first layer adds only the rows of the active cues,
 * and a head that does not read u (`idle` set) returns its constant output when no cue is active.
 */
export function residualMlp(r: ResidualMlp, u: number, cues: Float32Array): number {
  const nCues = cues.length;
  const idle = r.idle;
  if (idle !== undefined) {
    let any = false;
    for (let c = 0; c < nCues; c++) {
      if (cues[c] !== 0) {
        any = true;
        break;
      }
    }
    if (!any) return idle;
  }
  const H = r.hidden;
  const w1 = r.w1;
  const b1 = r.b1;
  const h = H <= headBuf.length ? headBuf : new Float64Array(H);
  const uRow = nCues * H;
  for (let j = 0; j < H; j++) h[j] = (b1[j] as number) + u * (w1[uRow + j] as number);
  for (let c = 0; c < nCues; c++) {
    const x = cues[c] as number;
    if (x === 0) continue;
    const row = c * H;
    for (let j = 0; j < H; j++) h[j] = (h[j] as number) + (w1[row + j] as number) * x;
  }
  const w2 = r.w2;
  let z = r.b2;
  for (let j = 0; j < H; j++) {
    const a = h[j] as number;
    if (a > 0) z += (w2[j] as number) * a;
  }
  return z;
}

/** Numerically safe logistic function. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Calibrated probability of a raw logit. */
export function calibrate(p: Platt, logit: number): number {
  return sigmoid(p.a * logit + p.b);
}
