/**
 * One detector of `eval --compare`, in its own worker thread, so in its own V8 isolate: V8 stops
 * optimising regexes an isolate compiles once that isolate has produced ~1 MB of regexp code (and
 * holds 16 MB of executable memory), so detectors sharing an isolate would slow whichever compiles
 * last. The parent sends the texts once, then asks for timed passes over them.
 */

import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { analyze } from "../../src/detection/index";
import { loadPeers } from "./peers";

/** What the parent passes as workerData. */
export interface CompareWorkerData {
  /** "ours", or a peer's name as loadPeers() reports it. */
  detector: string;
  texts: string[];
}

/** One timed pass over every text: per-text latency (µs) and verdict. */
export interface PassResult {
  micros: number[];
  verdicts: boolean[];
}

type Flags = (text: string) => Promise<boolean> | boolean;

async function detectorFor(name: string): Promise<Flags> {
  if (name === "ours") return (text) => analyze(text).verdict === "injection";
  const peer = (await loadPeers()).find((p) => p.name === name);
  if (peer === undefined) throw new Error(`unknown peer detector ${name}`);
  return (text) => peer.flags(text);
}

async function main(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error("compare-worker.ts runs as a worker thread");
  const { detector, texts } = workerData as CompareWorkerData;
  const flags = await detectorFor(detector);
  port.on("message", async () => {
    const result: PassResult = { micros: [], verdicts: [] };
    for (const text of texts) {
      const started = performance.now();
      const flagged = await flags(text);
      result.micros.push((performance.now() - started) * 1000);
      result.verdicts.push(flagged);
    }
    port.postMessage(result);
  });
  port.postMessage("ready");
}

// A failure rejects the module, which the parent receives as the worker's "error" event.
await main();
