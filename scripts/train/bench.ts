/** Latency of the classifier through the production path, for the training report. */
import type { Model } from "../../src/detection/classifier/model";
import { classifyWith } from "../../src/detection/classifier/score";
import { formatTable, percentiles } from "../lib/metrics";

const PARAGRAPH =
  "Thanks for the quick reply. Could you summarise the attached quarterly report for the team, " +
  "highlighting revenue changes, the hiring plan and any risks mentioned by finance? Keep it short. ";

/** A text of exactly `bytes` ASCII characters made of ordinary prose. */
export function prose(bytes: number): string {
  return PARAGRAPH.repeat(Math.ceil(bytes / PARAGRAPH.length)).slice(0, bytes);
}

/** p50/p99 µs per call for 1 KiB, and mean µs for growing sizes (linearity). */
export function latencyReport(model: Model): string {
  const rows: string[][] = [];
  for (const kib of [1, 4, 16, 64]) {
    const text = prose(kib * 1024);
    const iters = Math.max(50, Math.round(4000 / kib));
    for (let i = 0; i < 200; i++) classifyWith(model, text); // warm-up (JIT)
    const times: number[] = [];
    for (let i = 0; i < iters; i++) {
      const t = performance.now();
      classifyWith(model, text);
      times.push((performance.now() - t) * 1000);
    }
    const p = percentiles(times, [50, 99]);
    const p50 = p[50] as number;
    rows.push([
      `${kib} KiB`,
      String(iters),
      p50.toFixed(1),
      (p[99] as number).toFixed(1),
      (p50 / kib).toFixed(1),
    ]);
  }
  return formatTable(["input", "iters", "p50 µs", "p99 µs", "p50 µs/KiB"], rows);
}
