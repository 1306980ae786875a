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

async function score(detector: Detector, records: readonly CorpusRecord[]): Promise<Row> {
  let all = emptyConfusion();
  let hard = emptyConfusion();
  const micros: number[] = [];
  for (const record of records) {
    const started = performance.now();
    const flagged = await detector.flags(record.text);
    micros.push((performance.now() - started) * 1000);
    const actual = record.label === "injection";
    all = addPrediction(all, actual, flagged);
    if (record.category === "benign_hard") hard = addPrediction(hard, actual, flagged);
  }
  const metrics = binaryMetrics(all);
  const latency = percentiles(micros, [50, 99]);
  return {
    name: detector.name,
    cells: [
      fmtRate(metrics.precision),
      fmtRate(metrics.recall),
      fmtRate(metrics.f1),
      fmtRate(metrics.fpr),
      fmtRate(binaryMetrics(hard).fpr),
      (latency[50] ?? 0).toFixed(1),
      (latency[99] ?? 0).toFixed(1),
    ],
  };
}

/** Runs the comparison on `files` and prints one table. */
export async function compare(files: readonly string[]): Promise<void> {
  const records = loadCorpus(files);
  const peers: PeerDetector[] = await loadPeers();
  const ours: Detector = {
    name: `promptshield ${ENGINE_INFO.version}`,
    flags: (text) => analyze(text).verdict === "injection",
  };
  const rows: Row[] = [];
  for (const detector of [ours, ...peers]) rows.push(await score(detector, records));
  const injections = records.filter((record) => record.label === "injection").length;
  console.log(`${records.length} texts (${injections} injections) from ${files.length} file(s)\n`);
  console.log(
    formatTable(
      ["detector", "precision", "recall", "F1", "FPR", "FPR_hard", "p50_us", "p99_us"],
      rows.map((row) => [row.name, ...row.cells]),
    ),
  );
  console.log(`\npeers: ${peers.map((peer) => `${peer.name}@${peer.version}`).join(", ")}`);
}
