/**
 * Scores our engine and the offline npm peer detectors on the same labelled texts, in the same
 * process: precision, recall, F1, false-positive rate on all benign and on `benign_hard`, and
 * per-text latency. Run through `npm run eval -- --compare FILE.jsonl...`.
 */
import { performance } from "node:perf_hooks";
import { analyze, ENGINE_INFO } from "../src/detection/index";
import { type CorpusRecord, loadCorpus } from "./lib/corpus";
import {
  addPrediction,
  binaryMetrics,
  emptyConfusion,
  fmtRate,
  formatTable,
  percentiles,
} from "./lib/metrics";
import { loadPeers, type PeerDetector } from "./lib/peers";

interface Detector {
  name: string;
  flags(text: string): Promise<boolean> | boolean;
}

interface Row {
  name: string;
  cells: string[];
}

/** Warm rounds after the first pass: enough for stable medians on a few hundred texts. */
const WARM_ROUNDS = 5;

/** Per-text latencies (µs) of one pass of `detector` over `records`, and its verdicts. */
async function timedPass(
  detector: Detector,
  records: readonly CorpusRecord[],
): Promise<{ micros: number[]; verdicts: boolean[] }> {
  const micros: number[] = [];
  const verdicts: boolean[] = [];
  for (const record of records) {
    const started = performance.now();
    const flagged = await detector.flags(record.text);
    micros.push((performance.now() - started) * 1000);
    verdicts.push(flagged);
  }
  return { micros, verdicts };
}

function qualityCells(verdicts: readonly boolean[], records: readonly CorpusRecord[]): string[] {
  let all = emptyConfusion();
  let hard = emptyConfusion();
  records.forEach((record, i) => {
    const actual = record.label === "injection";
    const flagged = verdicts[i] === true;
    all = addPrediction(all, actual, flagged);
    if (record.category === "benign_hard") hard = addPrediction(hard, actual, flagged);
  });
  const metrics = binaryMetrics(all);
  return [
    fmtRate(metrics.precision),
    fmtRate(metrics.recall),
    fmtRate(metrics.f1),
    fmtRate(metrics.fpr),
    fmtRate(binaryMetrics(hard).fpr),
  ];
}

/**
 * Quality from the first pass, and latency twice: the first pass over the texts (cold: each
 * detector compiles its regexes and JITs on these texts, what a fresh isolate pays once) and
 * `WARM_ROUNDS` further passes (steady state, what a serving isolate pays per request). The warm
 * rounds interleave the detectors, so machine noise falls on all of them alike.
 */
async function scoreAll(detectors: readonly Detector[], records: readonly CorpusRecord[]): Promise<Row[]> {
  const first: { micros: number[]; verdicts: boolean[] }[] = [];
  for (const detector of detectors) first.push(await timedPass(detector, records));
  const warm: number[][] = detectors.map(() => []);
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const [i, detector] of detectors.entries())
      warm[i]?.push(...(await timedPass(detector, records)).micros);
  }
  return detectors.map((detector, i) => {
    const cold = percentiles(first[i]?.micros ?? [], [50]);
    const steady = percentiles(warm[i] ?? [], [50, 99]);
    return {
      name: detector.name,
      cells: [
        ...qualityCells(first[i]?.verdicts ?? [], records),
        (cold[50] ?? 0).toFixed(1),
        (steady[50] ?? 0).toFixed(1),
        (steady[99] ?? 0).toFixed(1),
      ],
    };
  });
}

/** Runs the comparison on `files` and prints one table. */
export async function compare(files: readonly string[]): Promise<void> {
  const records = loadCorpus(files);
  const peers: PeerDetector[] = await loadPeers();
  const ours: Detector = {
    name: `promptshield ${ENGINE_INFO.version}`,
    flags: (text) => analyze(text).verdict === "injection",
  };
  const rows = await scoreAll([ours, ...peers], records);
  const injections = records.filter((record) => record.label === "injection").length;
  console.log(`${records.length} texts (${injections} injections) from ${files.length} file(s)\n`);
  console.log(
    formatTable(
      ["detector", "precision", "recall", "F1", "FPR", "FPR_hard", "cold_p50_us", "p50_us", "p99_us"],
      rows.map((row) => [row.name, ...row.cells]),
    ),
  );
  console.log(
    `\ncold_p50_us: first pass over these texts (regex compilation and JIT included); p50_us, p99_us: ${WARM_ROUNDS} further passes, detectors interleaved`,
  );
  console.log(`peers: ${peers.map((peer) => `${peer.name}@${peer.version}`).join(", ")}`);
}
