/**
 * Fits the combination policy (src/detection/score.ts, CombinationPolicy) on cross-source
 * held-out predictions: for every record, the rule score (rules are not trained, so they need no
 * folds) and the classifier probability from a model that never saw the record's repository
 * (leave-one-repository-out) or source file (source-file folds).
 *
 * - p[2] (threshold knot): the lowest classifier probability allowed to flag a text on its own,
 *   chosen so that, on the WORSE of the two held-out schemes, the texts it flags on its own (at
 *   least MIN_FLAG_SUPPORT of them) are right ≥ MIN_FLAG_PRECISION of the time as a set (since
 *   round 9 not at every higher cut too) and the engine's benign FPR stays ≤ FLAG_FPR
 *   (benign_hard ≤ FLAG_FPR_HARD). When no probability qualifies, the classifier never flags on
 *   its own: its map tops out at CLASSIFIER_ONLY_MAX, inside the band (escalated, locally benign).
 * - p[3] (top of the uncertain band): the lowest probability flagged without escalation, chosen
 *   so that classifier-only flags above it keep benign FPR ≤ SURE_FPR and are right ≥
 *   SURE_PRECISION of the time (with MIN_FLAG_SUPPORT of them) on both schemes; otherwise the
 *   map ends at the band's top (0.75) and every classifier-only flag is escalated.
 * - p[1] (bottom of the band): the lowest probability escalated, chosen so that at most
 *   ESCALATE_BENIGN of benign texts land in the uncertain band on either scheme (the cost cap).
 * - calScore/calInjection: isotonic P(injection | combined score) on both schemes pooled.
 */
import { createHash } from "node:crypto";
import { type CombinationPolicy, combineScores, injectionProbability } from "../../src/detection/score";
import type { TrainRecord } from "./data";
import { r7 } from "./serialize";

/** One held-out record: its rule score and the classifier probability of a model that did not see it. */
export interface HeldOut {
  rec: TrainRecord;
  rule: number;
  prob: number;
}

export const FLAG_FPR = 0.01;
/**
 * Precision that classifier-only flags must reach on the worse held-out scheme. 0.90 since round 8
 * (0.95 before): a classifier-only flag below the band top p[3] still lies in the uncertain band,
 * so in `balanced` mode a model reviews it whenever a provider is configured; the local verdict
 * stands alone only without providers. Flags right 90 % of the time raise F1 at any F1 below 1.8
 * (an added flag pays when its precision exceeds F1 / 2); FLAG_FPR and FLAG_FPR_HARD bound the
 * benign cost, and flags above the band (SURE_FPR) are held to a benign rate, not a precision.
 */
export const MIN_FLAG_PRECISION = 0.9;
/** Highest score the classifier alone can give when it may not flag on its own. */
export const CLASSIFIER_ONLY_MAX = 0.45;
export const FLAG_FPR_HARD = 0.02;
/**
 * Fewest classifier-only flags a cut must make on every held-out scheme before its precision
 * counts as measured: a cut above every held-out probability has no evidence at all, and the
 * final model's probabilities (trained on everything) can reach where no fold model did.
 */
export const MIN_FLAG_SUPPORT = 30;
export const SURE_FPR = 0.002;
/**
 * Precision (on at least MIN_FLAG_SUPPORT texts, every scheme) of classifier-only flags that skip
 * escalation: above p[3] no model reviews the flag, so it is held to the stricter bar.
 */
export const SURE_PRECISION = 0.95;
export const ESCALATE_BENIGN = 0.1;
/** Score anchors of the knots: below band, band bottom, threshold, band top, p = 1. */
const ANCHORS = [0, 0.25, 0.5, 0.75, 0.95] as const;
const BAND: readonly [number, number] = [0.25, 0.75];

/**
 * Smallest number of 7 significant digits above x: the artefact stores knots with 7 (r7), so a cut
 * meant to sit just above a benign text must not round back down onto it and flag it.
 */
function above7(x: number): number {
  const y = r7(x);
  return y > x ? y : r7(y + 10 ** (Math.floor(Math.log10(x)) - 6));
}

/** Candidate cuts: a fine grid plus just above every held-out benign probability (exact FPR steps). */
function candidates(schemes: readonly (readonly HeldOut[])[]): number[] {
  const set = new Set<number>();
  for (let i = 1; i < 1000; i++) set.add(i / 1000);
  for (let i = 1; i < 100; i++) set.add(0.999 + i / 100000);
  for (const s of schemes) for (const h of s) if (h.rec.y === 0 && h.prob > 0.05) set.add(above7(h.prob));
  return [...set].filter((x) => x > 0 && x < 1).sort((a, b) => a - b);
}

function rate(items: readonly HeldOut[], pred: (h: HeldOut) => boolean): number {
  let n = 0;
  let k = 0;
  for (const h of items) {
    n++;
    if (pred(h)) k++;
  }
  return n === 0 ? 0 : k / n;
}

/** Lowest candidate c for which ok(c) holds and holds for every larger candidate (monotone search). */
function lowestMonotone(cands: readonly number[], ok: (c: number) => boolean): number {
  let best = 1;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i] as number;
    if (!ok(c)) break;
    best = c;
  }
  return best;
}

/** Lowest candidate c for which ok(c) holds (1 when none does): no condition on the others. */
function lowestPassing(cands: readonly number[], ok: (c: number) => boolean): number {
  for (const c of cands) if (ok(c)) return c;
  return 1;
}

/** Pool-adjacent-violators isotonic fit of y on x over fixed-width bins; returns knots. */
export function isotonicKnots(xs: readonly number[], ys: readonly number[], bins = 40): [number[], number[]] {
  const cnt = new Array<number>(bins).fill(0);
  const sx = new Array<number>(bins).fill(0);
  const sy = new Array<number>(bins).fill(0);
  xs.forEach((x, i) => {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(x * bins)));
    cnt[b] = (cnt[b] as number) + 1;
    sx[b] = (sx[b] as number) + x;
    sy[b] = (sy[b] as number) + (ys[i] as number);
  });
  // Blocks of [weight, mean x, mean y]; merge while the y means decrease.
  const blocks: [number, number, number][] = [];
  for (let b = 0; b < bins; b++) {
    const n = cnt[b] as number;
    if (n === 0) continue;
    blocks.push([n, (sx[b] as number) / n, (sy[b] as number) / n]);
    while (blocks.length > 1) {
      const a = blocks[blocks.length - 2] as [number, number, number];
      const c = blocks[blocks.length - 1] as [number, number, number];
      if (a[2] <= c[2]) break;
      const w = a[0] + c[0];
      blocks.splice(blocks.length - 2, 2, [
        w,
        (a[1] * a[0] + c[1] * c[0]) / w,
        (a[2] * a[0] + c[2] * c[0]) / w,
      ]);
    }
  }
  // Laplace-style shrink so no knot claims certainty from a finite sample. The shrink pulls a
  // small block harder towards 1/2, which can put a small all-injection block below a larger one
  // before it; a running maximum keeps the map monotone.
  let floor = 0;
  const shrunk = blocks.map((b) => {
    floor = Math.max(floor, (b[2] * b[0] + 0.5) / (b[0] + 1));
    return r7(floor);
  });
  return [blocks.map((b) => r7(b[1])), shrunk];
}

/** Fits the policy. `schemes` = held-out predictions of each cross-source scheme (same records). */
export function fitPolicy(schemes: readonly (readonly HeldOut[])[], fittedOn: string): CombinationPolicy {
  const cands = candidates(schemes);
  const benign = schemes.map((s) => s.filter((h) => h.rec.y === 0));
  const hard = benign.map((s) => s.filter((h) => h.rec.category === "benign_hard"));
  const precisionOk = (items: readonly HeldOut[], c: number, min = MIN_FLAG_PRECISION) => {
    let tp = 0;
    let fp = 0;
    for (const h of items) {
      if (h.rule >= 0.5 || h.prob < c) continue;
      if (h.rec.y === 1) tp++;
      else fp++;
    }
    // Cuts with too few flags to measure pass (the no-escalation scan goes on down by its FPR cap);
    // the cut finally chosen must have the support (below).
    return tp + fp < MIN_FLAG_SUPPORT || tp / (tp + fp) >= min;
  };
  const support = (items: readonly HeldOut[], c: number) =>
    items.filter((h) => h.rule < 0.5 && h.prob >= c).length;
  // The FPR caps only tighten as the cut falls, so they bound the search from below. Precision is
  // judged on the flag set a cut would ship (every classifier-only flag at or above it), not at
  // every higher cut on the way down: a dip on a few dozen flags near the top (37 of 42 right,
  // round 9) is sampling noise, and stopping there kept the cut above a flag set that is ≥ 90 %
  // right as a whole.
  const fprFloor = lowestMonotone(cands, (c) =>
    schemes.every(
      (_, k) =>
        rate(benign[k] as HeldOut[], (h) => h.rule >= 0.5 || h.prob >= c) <= FLAG_FPR &&
        rate(hard[k] as HeldOut[], (h) => h.rule >= 0.5 || h.prob >= c) <= FLAG_FPR_HARD,
    ),
  );
  const pCut = lowestPassing(
    cands.filter((c) => c >= fprFloor),
    (c) => schemes.every((sch) => support(sch, c) >= MIN_FLAG_SUPPORT && precisionOk(sch, c)),
  );
  const pHigh = schemes.every((sch) => support(sch, pCut) >= MIN_FLAG_SUPPORT) ? pCut : 1;
  const sureCut = Math.max(
    pHigh,
    lowestMonotone(cands, (c) =>
      schemes.every(
        (sch, k) =>
          precisionOk(sch, c, SURE_PRECISION) &&
          rate(benign[k] as HeldOut[], (h) => h.rule < 0.5 && h.prob >= c) <= SURE_FPR,
      ),
    ),
  );
  const pSure = schemes.every((sch) => support(sch, sureCut) >= MIN_FLAG_SUPPORT) ? sureCut : 1;
  const pLow = Math.min(
    pHigh,
    lowestMonotone(cands, (c) =>
      schemes.every(
        (_, k) =>
          rate(
            benign[k] as HeldOut[],
            (h) => h.prob >= c && h.prob < pSure && h.rule < BAND[1] && !(h.rule >= BAND[0]),
          ) <= ESCALATE_BENIGN,
      ),
    ),
  );
  // pHigh = 1: no probability earns a classifier-only flag; the map ends inside the band. A cut
  // that rounds to 1 in the artefact (r7) counts as 1: otherwise the collapse below would merge the
  // threshold knot into p = 1 and the line from pLow to 1 would flag far below the fitted cut.
  const noFlag = r7(pHigh) >= 1;
  const noSure = r7(pSure) >= 1;
  const p = noFlag ? [0, pLow, 1] : noSure ? [0, pLow, pHigh, 1] : [0, pLow, pHigh, pSure, 1];
  const s: number[] = noFlag
    ? [0, ANCHORS[1], CLASSIFIER_ONLY_MAX]
    : noSure
      ? [0, ANCHORS[1], ANCHORS[2], ANCHORS[3]]
      : [...ANCHORS];
  // Collapse coinciding knots (e.g. pSure = pHigh). A merged knot that holds the threshold cut
  // keeps the threshold score, otherwise the lower score: raising a knot lifts the line below it,
  // and a line from the band's bottom to a cut raised to 0.75 would cross the threshold far below
  // the fitted cut pHigh. Both ways err on the cautious side: with pSure = pHigh, texts just above
  // the cut flag but are still escalated; with pLow = pHigh, the band starts below pLow (the line
  // from 0 reaches 0.25 at pHigh / 2), escalating more than the cap, never flagging more.
  const T = ANCHORS[2];
  const P: number[] = [];
  const S: number[] = [];
  p.forEach((x, i) => {
    if (P.length > 0 && r7(x) <= (P[P.length - 1] as number)) {
      const prev = S[S.length - 1] as number;
      const cur = s[i] as number;
      S[S.length - 1] = prev === T || cur === T ? T : Math.min(prev, cur);
      return;
    }
    P.push(r7(x));
    S.push(s[i] as number);
  });
  const draft: CombinationPolicy = {
    p: P,
    s: S,
    calScore: [0, 1],
    calInjection: [0, 1],
    digest: "",
    fittedOn,
  };
  const xs: number[] = [];
  const ys: number[] = [];
  for (const sch of schemes)
    for (const h of sch) {
      xs.push(combineScores(h.rule, h.prob, draft).score);
      ys.push(h.rec.y);
    }
  const [calScore, calInjection] = isotonicKnots(xs, ys);
  const body = { p: P, s: S, calScore, calInjection };
  const digest = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 8);
  return { ...body, digest, fittedOn };
}

/** Calibration of a policy fitted on other predictions, applied to `items` (for honest ECE). */
export function withCalibrationFrom(policy: CombinationPolicy, fitOn: readonly HeldOut[]): CombinationPolicy {
  const xs = fitOn.map((h) => combineScores(h.rule, h.prob, policy).score);
  const [calScore, calInjection] = isotonicKnots(
    xs,
    fitOn.map((h) => h.rec.y),
  );
  return { ...policy, calScore, calInjection };
}

/** Escalation (uncertain band) statistics of combined scores. */
export function bandStats(items: readonly HeldOut[], policy: CombinationPolicy) {
  const sc = items.map((h) => ({ h, s: combineScores(h.rule, h.prob, policy).score }));
  const inBand = (x: number) => x >= BAND[0] && x <= BAND[1];
  const ben = sc.filter((x) => x.h.rec.y === 0);
  const inj = sc.filter((x) => x.h.rec.y === 1);
  const frac = (a: typeof sc, f: (s: number) => boolean) =>
    a.length ? a.filter((x) => f(x.s)).length / a.length : 0;
  return {
    all: frac(sc, inBand),
    benign: frac(ben, inBand),
    injection: frac(inj, inBand),
    injBelow: frac(inj, (s) => s < BAND[0]),
    benignAbove: frac(ben, (s) => s > BAND[1]),
  };
}

/** The confidence reported for a combined score (P(verdict right)), for reliability tables. */
export function confidenceOfPolicy(score: number, policy: CombinationPolicy, threshold = 0.5): number {
  const p = injectionProbability(score, policy);
  return score >= threshold ? p : 1 - p;
}

/** Text of `src/detection/classifier/weights-policy.ts`. */
export function policyModule(p: CombinationPolicy): string {
  return [
    "// Generated by `npm run train` (scripts/train.ts). Do not edit: retrain instead.",
    "// Refit whenever the rules or the classifier change: it is fitted on their held-out outputs.",
    'import type { CombinationPolicy } from "../score";',
    "",
    "/** How the classifier's probability enters the engine score, and the score's reliability. */",
    `export const POLICY: CombinationPolicy = ${JSON.stringify(p, null, 1)};`,
    "",
  ].join("\n");
}
