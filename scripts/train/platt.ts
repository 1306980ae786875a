/** Platt scaling: a 1-D logistic regression of labels on raw logits, fitted by Newton's method. */
import type { Platt } from "../../src/detection/classifier/model";

/**
 * Fits P(y=1|z) = sigmoid(a·z + b) with Platt's smoothed targets (avoids infinite slopes on
 * separable folds). Deterministic: fixed iteration count, no randomness.
 */
export function fitPlatt(z: readonly number[], y: readonly number[]): Platt {
  const npos = y.filter((v) => v === 1).length;
  const nneg = y.length - npos;
  const tPos = (npos + 1) / (npos + 2);
  const tNeg = 1 / (nneg + 2);
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-9;
    let h01 = 0;
    let h11 = 1e-9;
    for (let i = 0; i < z.length; i++) {
      const zi = z[i] as number;
      const t = y[i] === 1 ? tPos : tNeg;
      const f = a * zi + b;
      const p = f >= 0 ? 1 / (1 + Math.exp(-f)) : Math.exp(f) / (1 + Math.exp(f));
      const d = p - t;
      const w = p * (1 - p);
      g0 += d * zi;
      g1 += d;
      h00 += w * zi * zi;
      h01 += w * zi;
      h11 += w;
    }
    const det = h00 * h11 - h01 * h01;
    if (Math.abs(det) < 1e-12) break;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}
