/**
 * Scores our engine and the offline npm peer detectors on the same labelled texts, in the same
 * run: precision, recall, F1, false-positive rate on all benign and on `benign_hard`, and
 * per-text latency. Run through `npm run eval -- --compare FILE.jsonl...`.
 */
import { Worker } from "node:worker_threads";
import { ENGINE_INFO } from "../src/detection/index";
import type { CompareWorkerData, PassResult } from "./lib/compare-worker";
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

/** A detector running in its own worker thread (scripts/lib/compare-worker.ts, via its .mjs loader). */
interface IsolatedDetector {
  name: string;
  pass(): Promise<PassResult>;
  close(): Promise<number>;
}

interface Row {
  name: string;
  cells: string[];
}

/** Warm rounds after the first pass: enough for stable medians on a few hundred texts. */
const WARM_ROUNDS = 5;

/** Starts `detector` ("ours" or a peer's name) in a worker thread holding `texts`. */
async function isolated(name: string, detector: string, texts: string[]): Promise<IsolatedDetector> {
  const worker = new Worker(new URL("./lib/compare-worker.mjs", import.meta.url), {
    workerData: { detector, texts } satisfies CompareWorkerData,
  });
  const next = (): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: unknown): void => {
        worker.off("error", onError);
        resolve(message);
      };
      const onError = (error: Error): void => {
        worker.off("message", onMessage);
        reject(error);
      };
      worker.once("message", onMessage);
      worker.once("error", onError);
    });
  await next(); // "ready": the detector is loaded
  return {
    name,
    pass: async () => {
      const reply = next();
      worker.postMessage("pass");
      return (await reply) as PassResult;
    },
    close: () => worker.terminate(),
  };
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
 * `WARM_ROUNDS` further passes (steady state, what a serving isolate pays per request). Each
 * detector has its own isolate; the warm rounds interleave them, rotating who goes first, so
 * machine noise and the others' garbage collection fall on all of them alike.
 */
async function scoreAll(
  detectors: readonly IsolatedDetector[],
  records: readonly CorpusRecord[],
): Promise<Row[]> {
  const first: PassResult[] = [];
  for (const detector of detectors) first.push(await detector.pass());
  const warm: number[][] = detectors.map(() => []);
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (let k = 0; k < detectors.length; k++) {
      const i = (round + k) % detectors.length;
      warm[i]?.push(...(await (detectors[i] as IsolatedDetector).pass()).micros);
    }
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
  const texts = records.map((record) => record.text);
  const detectors = [await isolated(`promptshield ${ENGINE_INFO.version}`, "ours", texts)];
  for (const peer of peers) detectors.push(await isolated(peer.name, peer.name, texts));
  const rows = await scoreAll(detectors, records);
  await Promise.all(detectors.map((detector) => detector.close()));
  const injections = records.filter((record) => record.label === "injection").length;
  console.log(`${records.length} texts (${injections} injections) from ${files.length} file(s)\n`);
  console.log(
    formatTable(
      ["detector", "precision", "recall", "F1", "FPR", "FPR_hard", "cold_p50_us", "p50_us", "p99_us"],
      rows.map((row) => [row.name, ...row.cells]),
    ),
  );
  console.log(
    `\neach detector in its own isolate; cold_p50_us: first pass over these texts (regex compilation and JIT included); p50_us, p99_us: ${WARM_ROUNDS} further passes, detectors interleaved`,
  );
  console.log(`peers: ${peers.map((peer) => `${peer.name}@${peer.version}`).join(", ")}`);
}
