/**
 * Trains the on-edge classifier from ../shared/data, data/synthetic and data/rules-dev, fits the
 * rules+classifier combination policy on cross-source held-out predictions, writes the committed
 * artefacts and prints the report.
 *
 *   npx tsx scripts/train.ts               full run: artefacts + cross-source report (~10 min)
 *   npx tsx scripts/train.ts --check       retrain what the artefacts depend on and verify that the
 *                                          committed weights.ts and weights-policy.ts are reproduced
 *                                          byte for byte
 *   npx tsx scripts/train.ts --experiment  cross-source headline numbers only, nothing written
 *                                          (for trying feature / regularisation changes)
 *
 * Deterministic: one seed, sorted inputs, no time or environment dependence in the artefacts.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { loadModel } from "../src/detection/classifier/artefact";
import { classifyWith } from "../src/detection/classifier/score";
import { type CombinationPolicy, combineScores, injectionProbability } from "../src/detection/score";
import { fmtRate, formatTable } from "./lib/metrics";
import { latencyReport } from "./train/bench";
import { bipiaTwinStats, isRulesDevProbe, loadTrainingCorpus, type TrainRecord } from "./train/data";
import {
  auc as aucOf,
  breakdown,
  headline,
  lengthMatched,
  type Prediction,
  reliability,
  targetTable,
} from "./train/evaluate";
import { featurize } from "./train/featurize";
import {
  crossFittedPredictions,
  evalFold,
  fitModel,
  HYPER,
  outOfFold,
  serializeFitted,
  type TrainingSet,
} from "./train/pipeline";
import { fitPlatt } from "./train/platt";
import {
  bandStats,
  ESCALATE_BENIGN,
  FLAG_FPR,
  FLAG_FPR_HARD,
  fitPolicy,
  type HeldOut,
  MIN_FLAG_PRECISION,
  policyModule,
  SURE_FPR,
  SURE_PRECISION,
  withCalibrationFrom,
} from "./train/policy";
import { mulberry32 } from "./train/prng";
import { PROBES } from "./train/probes";
import { ENGINE_VERSION, ruleScores } from "./train/rules";
import { weightsModule } from "./train/serialize";
import { type Fold, groupedKFold, leaveOneRepoOut, sourceFile, stratifiedGroupKFold } from "./train/splits";

const SEED = 20240601;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA_DIR = resolve(ROOT, process.env.PROMPTSHIELD_DATA ?? "../shared/data");
/** The project's own synthetic training texts (data/synthetic/README.md). */
const SYNTHETIC_DIR = resolve(ROOT, "data/synthetic");
/**
 * The rules' development probes (data/rules-dev/README.md): trained on since round 24, but left out
 * of the policy's fit and of the held-out report, because the rules were written while reading them
 * (their rule scores are in-sample, not a held-out estimate of the rules' errors).
 */
const RULES_DEV_DIR = resolve(ROOT, "data/rules-dev");
const WEIGHTS_PATH = join(ROOT, "src/detection/classifier/weights.ts");
const POLICY_PATH = join(ROOT, "src/detection/classifier/weights-policy.ts");
const REFERENCE_PATH = join(ROOT, "test/unit/classifier/fixtures/reference.json");
const CHECK = process.argv.includes("--check");
const EXPERIMENT = process.argv.includes("--experiment");

const log = (s = "") => process.stdout.write(`${s}\n`);
const section = (t: string) => log(`\n## ${t}\n`);
const pct = (v: number) => fmtRate(v, 3);

/** Held-out classifier predictions of a cross-source scheme, joined with the rule scores. */
function heldOut(
  preds: readonly Prediction[],
  rules: Float64Array,
  index: Map<TrainRecord, number>,
): HeldOut[] {
  return preds.map((p) => ({ rec: p.rec, prob: p.prob, rule: rules[index.get(p.rec) as number] as number }));
}

/** Combined-engine predictions (prob = engine score, so threshold 0.5 = the engine's verdict). */
function combined(items: readonly HeldOut[], policy: CombinationPolicy): Prediction[] {
  return items.map((h) => ({ rec: h.rec, prob: combineScores(h.rule, h.prob, policy).score }));
}

/** One line of headline numbers (for --experiment and the summary). */
function summaryRow(name: string, preds: readonly Prediction[]): string[] {
  const m = headline(preds);
  const ben = preds.filter((p) => p.rec.y === 0);
  const fpr = (ps: readonly Prediction[]) => headline(ps).fpr;
  return [
    name,
    pct(m.f1),
    pct(m.precision),
    pct(m.recall),
    pct(fpr(ben)),
    pct(fpr(ben.filter((p) => p.rec.category === "benign_hard"))),
    pct(fpr(ben.filter((p) => p.rec.lang !== "en"))),
  ];
}
const SUMMARY_HEADER = ["", "F1", "precision", "recall", "FPR benign", "FPR hard", "FPR non-en"];

function escalationTable(rows: [string, HeldOut[], CombinationPolicy][]): string {
  return formatTable(
    ["scheme", "in band (all)", "benign in band", "injection in band", "injection < 0.25", "benign > 0.75"],
    rows.map(([name, items, pol]) => {
      const b = bandStats(items, pol);
      return [name, pct(b.all), pct(b.benign), pct(b.injection), pct(b.injBelow), pct(b.benignAbove)];
    }),
  );
}

/** Reliability of the engine's confidence (P(verdict right)) on `items`, with calibration fitted elsewhere. */
function confidenceReliability(
  items: readonly HeldOut[],
  policy: CombinationPolicy,
): { table: string; ece: number } {
  const preds: Prediction[] = items.map((h) => {
    const s = combineScores(h.rule, h.prob, policy).score;
    return { rec: h.rec, prob: injectionProbability(s, policy) };
  });
  return reliability(preds);
}

/** One-line summary for comparing experiment variants (AUC, escalation, indirect). */
function experimentLine(hL: HeldOut[], hF: HeldOut[], policy: CombinationPolicy): string {
  const parts: string[] = [];
  for (const [name, hs] of [
    ["LORO", hL],
    ["file", hF],
  ] as const) {
    const a = aucOf(
      hs.map((h) => h.prob),
      hs.map((h) => h.rec.y),
    );
    const inj = hs.filter((h) => h.rec.y === 1);
    const ben = hs.filter((h) => h.rec.y === 0);
    const sc = (h: HeldOut) => combineScores(h.rule, h.prob, policy).score;
    const esc = inj.filter((h) => sc(h) >= 0.25).length / inj.length;
    const indirect = inj.filter((h) => h.rec.category === "indirect");
    const ind = indirect.filter((h) => sc(h) >= 0.25).length / indirect.length;
    const benEsc = ben.filter((h) => sc(h) >= 0.25).length / ben.length;
    const m = headline(hs.map((h) => ({ rec: h.rec, prob: h.prob })));
    // Engine-level escalation at a fixed benign cost: lowest cut c such that benign texts with
    // rule >= 0.25 or p >= c are at most 7.5 % / 10 %, and the injections reaching it.
    const atCost = (cost: number): string => {
      const bp = ben
        .filter((h) => h.rule < 0.25)
        .map((h) => h.prob)
        .sort((x, y) => y - x);
      const base = ben.length - bp.length;
      const k = Math.max(0, Math.floor(cost * ben.length) - base);
      const c = k >= bp.length ? 0 : (bp[k] as number) + 1e-12;
      return pct(inj.filter((h) => h.rule >= 0.25 || h.prob >= c).length / inj.length);
    };
    // Classifier alone: recall at a benign FPR of 5 % (threshold from the benign quantile).
    const bq = ben.map((h) => h.prob).sort((x, y) => y - x);
    const c5 = (bq[Math.floor(0.05 * bq.length)] as number) + 1e-12;
    const r5 = inj.filter((h) => h.prob >= c5).length / inj.length;
    const only = hs.filter((h) => h.rule < 0.5 && sc(h) >= 0.5);
    const onlyTp = only.filter((h) => h.rec.y === 1).length;
    parts.push(
      `${name}: clf-only flags ${onlyTp}/${only.length} F1 ${pct(m.f1)} AUC ${pct(a)} R@5%FPR ${pct(r5)} inj>=0.25 ${pct(esc)} inj@ben7.5% ${atCost(0.075)} @10% ${atCost(0.1)} indirect>=0.25 ${pct(ind)} benign>=0.25 ${pct(benEsc)}`,
    );
  }
  return `EXP ${parts.join(" | ")}`;
}

/**
 * Per-record training weights. Experiment mode may set PS_SW=repo (each repository's records
 * weighted by (mean repo size / repo size)^PS_SW_POW) or PS_SW=hard (benign_hard records weighted
 * PS_SW_HARD, default 2).
 */
function sampleWeights(recs: readonly TrainRecord[]): Float64Array {
  const sw = new Float64Array(recs.length).fill(1);
  if (EXPERIMENT && process.env.PS_SW === "hard") {
    const k = Number(process.env.PS_SW_HARD ?? "2");
    recs.forEach((r, i) => {
      if (r.category === "benign_hard") sw[i] = k;
    });
    return sw;
  }
  if (!EXPERIMENT || process.env.PS_SW !== "repo") return sw;
  const pow = Number(process.env.PS_SW_POW ?? "0.5");
  const count = new Map<string, number>();
  for (const r of recs) count.set(`${r.repo}|${r.y}`, (count.get(`${r.repo}|${r.y}`) ?? 0) + 1);
  const mean = recs.length / count.size;
  recs.forEach((r, i) => {
    sw[i] = (mean / (count.get(`${r.repo}|${r.y}`) as number)) ** pow;
  });
  let tot = 0;
  for (const v of sw) tot += v;
  for (let i = 0; i < sw.length; i++) sw[i] = (sw[i] as number) * (recs.length / tot);
  return sw;
}

/**
 * Rule scores; in experiment mode PS_RULES_CACHE names a file that freezes them (rules edited
 * concurrently would otherwise move the engine-level numbers between variants).
 */
function experimentRules(recs: readonly TrainRecord[]): Float64Array {
  const cache = EXPERIMENT ? process.env.PS_RULES_CACHE : undefined;
  if (cache && existsSync(cache))
    return Float64Array.from(JSON.parse(readFileSync(cache, "utf8")) as number[]);
  const r = ruleScores(recs.map((x) => x.text));
  if (cache) writeFileSync(cache, JSON.stringify(Array.from(r)));
  return r;
}

function main(): void {
  const t0 = performance.now();
  const recs = loadTrainingCorpus(DATA_DIR, SYNTHETIC_DIR, RULES_DEV_DIR);
  const docs = featurize(recs.map((r) => r.text));
  const ts: TrainingSet = {
    recs,
    docs,
    y: Uint8Array.from(recs, (r) => r.y),
    sw: sampleWeights(recs),
  };
  const index = new Map(recs.map((r, i) => [r, i] as const));
  const twins = bipiaTwinStats(recs);
  log(
    `corpus: ${recs.length} records from ${DATA_DIR}, ${SYNTHETIC_DIR} and ${RULES_DEV_DIR}; BIPIA twins matched ${twins.matched}, orphans ${twins.orphans}; hyper ${JSON.stringify(HYPER.model === "mlp" ? { model: "mlp", ...HYPER.hashedMlp } : HYPER)}`,
  );
  const rules = experimentRules(recs);

  // Cross-source held-out predictions: the policy is fitted on these.
  const losoFolds = leaveOneRepoOut(recs);
  // A rules-dev file's own fold feeds only the full report's rules-dev table: --check and
  // --experiment skip it (the other folds keep their seeds, so nothing they produce changes).
  const reportsRulesDev = !CHECK && !EXPERIMENT;
  const losoAll = losoFolds.flatMap((f, k) =>
    reportsRulesDev || !f.test.every((i) => isRulesDevProbe(recs[i] as TrainRecord))
      ? evalFold(ts, f, SEED + 100 + k)
      : [],
  );
  const fileFolds =
    EXPERIMENT && process.env.PS_FILE_FOLDS === "hash"
      ? groupedKFold(recs, 5, sourceFile, "file")
      : stratifiedGroupKFold(recs, 5, sourceFile, "file");
  const byFileAll = fileFolds.flatMap((f, k) => evalFold(ts, f, SEED + 200 + k));
  // The policy and every held-out table below are on the other texts (RULES_DEV_DIR's comment).
  const loso = losoAll.filter((p) => !isRulesDevProbe(p.rec));
  const byFile = byFileAll.filter((p) => !isRulesDevProbe(p.rec));
  const hLoso = heldOut(loso, rules, index);
  const hFile = heldOut(byFile, rules, index);
  const policy = fitPolicy(
    [hLoso, hFile],
    `${ENGINE_VERSION} rules; leave-one-repository-out + source-file folds`,
  );
  log(`held-out predictions: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  /** The held-out summary: rules alone, classifier alone and the shipped engine, per scheme. */
  const summaryTable = (): string => {
    const rulesOnly = (hs: HeldOut[]) => hs.map((h) => ({ rec: h.rec, prob: h.rule }));
    return formatTable(SUMMARY_HEADER, [
      summaryRow("rules alone (no training: same on every scheme)", rulesOnly(hLoso)),
      summaryRow("classifier alone p>=0.5, leave-one-repo-out", loso),
      summaryRow("classifier alone p>=0.5, source-file folds", byFile),
      summaryRow("engine, leave-one-repo-out", combined(hLoso, policy)),
      summaryRow("engine, source-file folds", combined(hFile, policy)),
    ]);
  };

  if (EXPERIMENT) {
    log(`policy p = [${policy.p.join(", ")}] s = [${policy.s.join(", ")}]`);
    log(summaryTable());
    log(
      escalationTable([
        ["LORO", hLoso, policy],
        ["file", hFile, policy],
      ]),
    );
    const auc = (xs: Prediction[]) => lengthMatched(xs, mulberry32(SEED));
    log(auc(loso));
    log(auc(byFile));
    log(experimentLine(hLoso, hFile, policy));
    if (process.env.PS_DUMP) {
      // Held-out (rule, probability, label, category, repo) of both schemes, for offline analysis.
      const rows = (hs: HeldOut[]) =>
        hs.map((h) => [h.rule, h.prob, h.rec.y, h.rec.category, h.rec.repo, h.rec.lang]);
      writeFileSync(process.env.PS_DUMP, JSON.stringify({ loro: rows(hLoso), file: rows(hFile) }));
    }
    if (process.env.PS_NEARMISS) {
      // Classifier flags restricted to rule near-misses (rule score in [r0, 0.5)), per scheme.
      for (const [name, hs] of [
        ["LORO", hLoso],
        ["file", hFile],
      ] as const) {
        const nb = hs.filter((h) => h.rec.y === 0).length;
        for (const r0 of [0.1, 0.25, 0.35]) {
          for (const t of [0.5, 0.9, 0.99, 0.999]) {
            const f = hs.filter((h) => h.rule >= r0 && h.rule < 0.5 && h.prob >= t);
            const tp = f.filter((h) => h.rec.y === 1).length;
            log(
              `NEAR ${name} rule>=${r0} p>=${t}: flags ${f.length} tp ${tp} prec ${pct(tp / Math.max(1, f.length))} fpr ${fmtRate((f.length - tp) / nb, 4)}`,
            );
          }
        }
      }
    }
    if (process.env.PS_BREAKDOWN) {
      for (const [name, ps] of [
        ["LORO", loso],
        ["file", byFile],
      ] as const) {
        section(`classifier alone, ${name}, by category`);
        log(breakdown(ps, (r) => r.category));
        section(`classifier alone, ${name}, by language`);
        log(breakdown(ps, (r) => r.lang));
      }
    }
    log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return;
  }

  // Document-grouped 5-fold: out-of-fold logits calibrate the final model (Platt).
  const docFolds = groupedKFold(recs, 5, (r) => r.group, "doc");
  const oof = outOfFold(ts, docFolds, SEED);
  const platt = fitPlatt(Array.from(oof.z), Array.from(ts.y));
  const finalParams = fitModel(
    ts,
    recs.map((_, i) => i),
    SEED,
  );
  if ("kind" in finalParams) {
    // A hidden unit that never fires is dead weight, and when the dead units are the ones that
    // raise the logit the model's probability is capped below the policy's cuts.
    const dead = Array.from(finalParams.w2).filter((w) => Math.abs(w) < 1e-3).length;
    if (dead > 0)
      throw new Error(`final model: ${dead} of ${finalParams.hidden} hidden units are dead (|w2| < 1e-3)`);
  }
  const body = serializeFitted(finalParams, {
    name: HYPER.model === "mlp" ? "promptshield-mlp-hashed" : "promptshield-linear-hashed",
    version: "0",
    trainedOn: "",
    platt,
  });
  const digest = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 12);
  const artefact = {
    ...body,
    version: `2.0.0+${digest}`,
    trainedOn: `../shared/data + data/synthetic + data/rules-dev: ${recs.length} records (${ts.y.reduce((a, v) => a + v, 0)} injection), seed ${SEED}`,
  };
  const moduleText = weightsModule(artefact);
  const policyText = policyModule(policy);

  if (CHECK) {
    const h = (t: string) => createHash("sha256").update(t).digest("hex").slice(0, 16);
    const read = (p: string) => (existsSync(p) ? readFileSync(p, "utf8") : "");
    const committed = read(WEIGHTS_PATH);
    log(`weights.ts: retrained ${h(moduleText)} committed ${h(committed)}`);
    if (committed !== moduleText) {
      log("MISMATCH: weights.ts is not what this code and data train. Run `npm run train`.");
      process.exitCode = 1;
    } else log("OK: classifier artefact reproduced bit for bit.");
    // The policy depends on the rules too, so a rule change (not only a classifier change) shows up.
    if (read(POLICY_PATH) !== policyText) {
      log(
        `MISMATCH: weights-policy.ts differs (rules ${ENGINE_VERSION} or classifier changed?). Run \`npm run train\`.`,
      );
      process.exitCode = 1;
    } else log("OK: combination policy reproduced bit for bit.");
    log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return;
  }

  writeFileSync(WEIGHTS_PATH, moduleText);
  writeFileSync(POLICY_PATH, policyText);
  const model = loadModel(artefact);
  mkdirSync(dirname(REFERENCE_PATH), { recursive: true });
  writeFileSync(
    REFERENCE_PATH,
    `${JSON.stringify(
      {
        version: artefact.version,
        probes: PROBES.map((text) => ({ text, probability: classifyWith(model, text).probability })),
      },
      null,
      2,
    )}\n`,
  );
  log(
    `artefact: ${WEIGHTS_PATH} ${(moduleText.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(moduleText).length / 1024).toFixed(1)} KiB, version ${artefact.version}`,
  );
  log(`policy: ${JSON.stringify({ p: policy.p, s: policy.s, digest: policy.digest })}`);
  log(
    `policy targets: classifier-only flags precision >= ${MIN_FLAG_PRECISION}, flag FPR <= ${FLAG_FPR} (benign_hard <= ${FLAG_FPR_HARD}), unescalated classifier-only FPR <= ${SURE_FPR} and precision >= ${SURE_PRECISION}, benign escalation <= ${ESCALATE_BENIGN}, on the worse held-out scheme`,
  );

  const rng = mulberry32(SEED);
  const report = (title: string, preds: Prediction[]) => {
    section(`${title}: targets`);
    log(targetTable(preds));
    section(`${title}: by category`);
    log(breakdown(preds, (r) => r.category));
    section(`${title}: by language`);
    log(breakdown(preds, (r) => r.lang));
  };

  section("Summary (held-out; engine = rules + classifier through the shipped policy)");
  log(summaryTable());
  section("The rules' development probes (data/rules-dev), each file held out; rule scores in-sample");
  const devLoso = losoAll.filter((p) => isRulesDevProbe(p.rec));
  log(
    formatTable(SUMMARY_HEADER, [
      summaryRow("classifier alone p>=0.5, leave-one-repo-out", devLoso),
      summaryRow("engine, leave-one-repo-out", combined(heldOut(devLoso, rules, index), policy)),
    ]),
  );
  section("Escalation: share of texts in the uncertain band [0.25, 0.75]");
  log(
    escalationTable([
      ["leave-one-repo-out", hLoso, policy],
      ["source-file folds", hFile, policy],
    ]),
  );
  // Calibration evaluated honestly: fitted on one scheme, measured on the other.
  const calL = confidenceReliability(hLoso, withCalibrationFrom(policy, hFile));
  const calF = confidenceReliability(hFile, withCalibrationFrom(policy, hLoso));
  section(
    `Engine P(injection | score) reliability, leave-one-repo-out (calibration fitted on source-file folds), ECE ${fmtRate(calL.ece, 4)}`,
  );
  log(calL.table);
  section(
    `Engine P(injection | score) reliability, source-file folds (calibration fitted on leave-one-repo-out), ECE ${fmtRate(calF.ece, 4)}`,
  );
  log(calF.table);
  section("Shipped reliability knots (score -> P(injection)), both schemes pooled");
  log(
    formatTable(
      ["score", "P(injection)"],
      policy.calScore.map((s, i) => [s.toFixed(4), (policy.calInjection[i] as number).toFixed(4)]),
    ),
  );

  section("Cross-source: leave-one-repository-out, engine, per held-out repository");
  log(breakdown(combined(hLoso, policy), (r) => r.repo));
  report("Engine, leave-one-repository-out", combined(hLoso, policy));
  report("Engine, source-file 5-fold", combined(hFile, policy));
  for (const [name, hs] of [
    ["leave-one-repository-out", hLoso],
    ["source-file 5-fold", hFile],
  ] as const) {
    const ps = combined(hs, policy);
    section(`Engine, ${name}: flagged OR escalated (score >= 0.25), by category`);
    log(breakdown(ps, (r) => r.category, 0.25));
    section(`Engine, ${name}: flagged OR escalated (score >= 0.25), by language`);
    log(breakdown(ps, (r) => r.lang, 0.25));
  }
  section("Cross-source: source-file grouped 5-fold, engine, per fold");
  const hFileCombined = combined(hFile, policy);
  log(
    formatTable(
      ["fold", "held-out files", "n", "F1", "FPR"],
      fileFolds.map((f: Fold, k) => {
        const set = new Set(f.test);
        const ps = hFileCombined.filter((p) => set.has(index.get(p.rec) as number));
        const m = headline(ps);
        return [
          `${k}`,
          String(
            new Set(
              f.test
                .map((i) => recs[i] as TrainRecord)
                .filter((r) => !isRulesDevProbe(r))
                .map(sourceFile),
            ).size,
          ),
          String(ps.length),
          pct(m.f1),
          pct(m.fpr),
        ];
      }),
    ),
  );

  section("Classifier alone, leave-one-repository-out (threshold 0.5 on its probability)");
  report("Classifier alone, leave-one-repository-out", loso);
  section("Classifier alone, leave-one-repository-out: length-matched");
  log(lengthMatched(loso, rng));
  const relL = reliability(loso);
  section(
    `Classifier alone, leave-one-repository-out: probability reliability (ECE ${fmtRate(relL.ece, 4)})`,
  );
  log(relL.table);
  section("Classifier alone, source-file folds");
  log(targetTable(byFile));

  // Platt scaling above used every text's out-of-fold logit; the report leaves the rules' probes out.
  const docPreds = crossFittedPredictions(ts, oof).filter((p) => !isRulesDevProbe(p.rec));
  section("Classifier alone, document-grouped 5-fold (in-distribution, for reference)");
  log(targetTable(docPreds));
  const relD = reliability(docPreds);
  section(`Classifier alone, document folds: reliability (ECE ${fmtRate(relD.ece, 4)})`);
  log(relD.table);

  section("Latency (classify only, Node, this machine)");
  log(latencyReport(model));
  log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
