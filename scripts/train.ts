/**
 * Trains the on-edge classifier from ../shared/data, fits the rules+classifier combination policy
 * on cross-source held-out predictions, writes the committed artefacts and prints the report.
 *
 *   npx tsx scripts/train.ts               full run: artefacts + cross-source report (~2 min)
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
import { bipiaTwinStats, loadTrainingCorpus, type TrainRecord } from "./train/data";
import {
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
  withCalibrationFrom,
} from "./train/policy";
import { mulberry32 } from "./train/prng";
import { PROBES } from "./train/probes";
import { ENGINE_VERSION, ruleScores } from "./train/rules";
import { serializeLinear, weightsModule } from "./train/serialize";
import { type Fold, groupedKFold, leaveOneRepoOut, sourceFile } from "./train/splits";

const SEED = 20240601;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA_DIR = resolve(ROOT, process.env.PROMPTSHIELD_DATA ?? "../shared/data");
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

function main(): void {
  const t0 = performance.now();
  const recs = loadTrainingCorpus(DATA_DIR);
  const docs = featurize(recs.map((r) => r.text));
  const ts: TrainingSet = {
    recs,
    docs,
    y: Uint8Array.from(recs, (r) => r.y),
    sw: new Float64Array(recs.length).fill(1),
  };
  const index = new Map(recs.map((r, i) => [r, i] as const));
  const twins = bipiaTwinStats(recs);
  log(
    `corpus: ${recs.length} records from ${DATA_DIR}; BIPIA twins matched ${twins.matched}, orphans ${twins.orphans}; hyper ${JSON.stringify(HYPER)}`,
  );
  const rules = ruleScores(recs.map((r) => r.text));

  // Cross-source held-out predictions: the policy is fitted on these.
  const losoFolds = leaveOneRepoOut(recs);
  const loso = losoFolds.flatMap((f, k) => evalFold(ts, f, SEED + 100 + k));
  const fileFolds = groupedKFold(recs, 5, sourceFile, "file");
  const byFile = fileFolds.flatMap((f, k) => evalFold(ts, f, SEED + 200 + k));
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
    log(`policy p = [${policy.p.join(", ")}]`);
    log(summaryTable());
    log(
      escalationTable([
        ["LORO", hLoso, policy],
        ["file", hFile, policy],
      ]),
    );
    const auc = (xs: Prediction[]) => lengthMatched(xs, mulberry32(SEED));
    log(auc(loso));
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
  const body = serializeLinear(finalParams, {
    name: "promptshield-linear-hashed",
    version: "0",
    trainedOn: "",
    platt,
  });
  const digest = createHash("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 12);
  const artefact = {
    ...body,
    version: `2.0.0+${digest}`,
    trainedOn: `../shared/data: ${recs.length} records (${ts.y.reduce((a, v) => a + v, 0)} injection), seed ${SEED}`,
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
    `policy targets: classifier-only flags precision >= ${MIN_FLAG_PRECISION}, flag FPR <= ${FLAG_FPR} (benign_hard <= ${FLAG_FPR_HARD}), unescalated classifier-only FPR <= ${SURE_FPR}, benign escalation <= ${ESCALATE_BENIGN}, on the worse held-out scheme`,
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
          String(new Set(f.test.map((i) => sourceFile(recs[i] as TrainRecord))).size),
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

  const docPreds = crossFittedPredictions(ts, oof);
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
