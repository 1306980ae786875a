/**
 * Serialised form of the trained model (what `weights.ts` holds) and its decoding. The int8
 * tensor travels as one base64 string — compact in the bundle, decoded once at module load with
 * `atob` (present in workerd and Node ≥ 16), no JSON parsing of 65k numbers.
 */
import { CUE_NAMES, NUM_CUES } from "./cues";
import { FEATURE_CONFIG, NUM_BUCKETS } from "./features";
import { type LinearModel, type Model, type Platt, packLanes, type ResidualMlp, residualMlp } from "./model";

/** The artefact as written by the training script. Plain data: JSON-compatible. */
export interface SerializedModel {
  format: 1;
  name: string;
  version: string;
  /** FEATURE_CONFIG at training time; inference refuses a mismatch. */
  features: typeof FEATURE_CONFIG;
  cueNames: readonly string[];
  kind: "linear" | "mlp";
  hidden: number;
  /** Scale of the int8 tensor (hashed weights / first layer). */
  scale: number;
  /** Base64 of the int8 tensor: NUM_BUCKETS (linear) or NUM_BUCKETS·hidden (mlp) bytes. */
  int8: string;
  /** linear: cue weights (NUM_CUES); mlp: cue rows of layer 1 (NUM_CUES·hidden). */
  cueW: number[];
  /** linear: [bias]; mlp: b1 (hidden). */
  b1: number[];
  /** mlp only: output weights (hidden) and output bias; empty / 0 for linear. */
  w2: number[];
  b2: number;
  platt: Platt;
  /** linear only, optional: residual MLP head over the cues and the n-gram score (model.ts). */
  mlp?: { hidden: number; w1: number[]; b1: number[]; w2: number[]; b2: number };
  /** Free-text provenance: corpus files and seed. */
  trainedOn: string;
}

/** Thrown when an artefact does not match the feature code it is loaded with. */
export class ArtefactMismatchError extends Error {
  override name = "ArtefactMismatchError";
}

/** Decodes base64 into an Int8Array (platform-neutral: atob only). */
export function base64ToInt8(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

/** Encodes an Int8Array as base64 (platform-neutral: btoa only; used by the training script). */
export function int8ToBase64(a: Int8Array): string {
  let s = "";
  const CH = 0x8000;
  const u = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  for (let i = 0; i < u.length; i += CH) {
    s += String.fromCharCode.apply(null, Array.from(u.subarray(i, Math.min(u.length, i + CH))));
  }
  return btoa(s);
}

/**
 * Turns a serialised artefact into an inference model, checking that it was trained with the
 * same feature space as the code running now (a silent mismatch would score garbage).
 */
export function loadModel(s: SerializedModel): Model {
  const f = s.features;
  if (
    f.version !== FEATURE_CONFIG.version ||
    f.hashBits !== FEATURE_CONFIG.hashBits ||
    f.charMaxOrder !== FEATURE_CONFIG.charMaxOrder ||
    f.charMinOrder !== FEATURE_CONFIG.charMinOrder ||
    f.maxWordLen !== FEATURE_CONFIG.maxWordLen ||
    s.cueNames.length !== CUE_NAMES.length ||
    s.cueNames.some((n, i) => n !== CUE_NAMES[i])
  ) {
    throw new ArtefactMismatchError("classifier artefact was trained with a different feature space");
  }
  const int8 = base64ToInt8(s.int8);
  if (s.kind === "linear") {
    if (int8.length !== NUM_BUCKETS || s.cueW.length !== NUM_CUES) {
      throw new ArtefactMismatchError("linear artefact has wrong tensor sizes");
    }
    const model: LinearModel = {
      kind: "linear",
      w: int8,
      scale: s.scale,
      cueW: Float32Array.from(s.cueW),
      bias: s.b1[0] ?? 0,
      platt: s.platt,
    };
    const r = s.mlp;
    if (r !== undefined) {
      if (r.w1.length !== (NUM_CUES + 1) * r.hidden || r.b1.length !== r.hidden || r.w2.length !== r.hidden) {
        throw new ArtefactMismatchError("residual mlp has wrong tensor sizes");
      }
      const head: ResidualMlp = {
        hidden: r.hidden,
        w1: Float32Array.from(r.w1),
        b1: Float32Array.from(r.b1),
        w2: Float32Array.from(r.w2),
        b2: r.b2,
      };
      // A head that ignores u is constant on windows without cues: precompute that constant.
      if (head.w1.subarray(NUM_CUES * r.hidden).every((v) => v === 0)) {
        head.idle = residualMlp(head, 0, new Float32Array(NUM_CUES));
      }
      model.mlp = head;
    }
    return model;
  }
  if (int8.length !== NUM_BUCKETS * s.hidden || s.cueW.length !== NUM_CUES * s.hidden) {
    throw new ArtefactMismatchError("mlp artefact has wrong tensor sizes");
  }
  return {
    kind: "mlp",
    hidden: s.hidden,
    w1: int8,
    scale1: s.scale,
    cueW1: Float32Array.from(s.cueW),
    b1: Float32Array.from(s.b1),
    w2: Float32Array.from(s.w2),
    b2: s.b2,
    platt: s.platt,
    ...(s.hidden === 4 ? { packed: packLanes(int8) } : {}),
  };
}
