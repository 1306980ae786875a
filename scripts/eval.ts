/**
 * Evaluates the local rule engine on labelled JSONL corpus files.
 *
 *   npx tsx scripts/eval.ts /work/shared/data/*.jsonl [--threshold 0.5] [--fp N] [--fn N] [--sweep]
 *
 * Prints, per file and overall: n, precision, recall, F1, FPR on all benign and on `benign_hard`,
 * p50/p99 µs per text; then recall per injection category. `--fp N` / `--fn N` list up to N false
 * positives / negatives (for rule work), `--sweep` prints the metrics across thresholds.
 */
import { performance } from "node:perf_hooks";
import { analyze, DEFAULT_THRESHOLD } from "../src/detection/index";
import { type CorpusRecord, loadCorpusFile } from "./lib/corpus";
import {
  addPrediction,
  binaryMetrics,
  emptyConfusion,
  fmtRate,
  formatTable,
  percentiles,
} from "./lib/metrics";

interface Scored {
  rec: CorpusRecord;
  score: number;
  us: number;
  rules: string[];
}

function parseArgs(argv: string[]): {
  files: string[];
  threshold: number;
  fp: number;
  fn: number;
  sweep: boolean;
} {
  const files: string[] = [];
  let threshold = DEFAULT_THRESHOLD;
  let fp = 0;
  let fn = 0;
  let sweep = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--threshold") threshold = Number(argv[++i]);
    else if (a === "--fp") fp = Number(argv[++i]);
    else if (a === "--fn") fn = Number(argv[++i]);
    else if (a === "--sweep") sweep = true;
    else files.push(a);
  }
  if (files.length === 0) {
    console.error("usage: tsx scripts/eval.ts FILE.jsonl... [--threshold T] [--fp N] [--fn N] [--sweep]");
    process.exit(2);
  }
  return { files, threshold, fp, fn, sweep };
}

function row(name: string, items: readonly Scored[], t: number): string[] {
  const all = emptyConfusion();
  const hard = emptyConfusion();
  for (const s of items) {
    const pred = s.score >= t;
    addPrediction(all, s.rec.label === "injection", pred);
    if (s.rec.category === "benign_hard") addPrediction(hard, false, pred);
  }
  const m = binaryMetrics(all);
  const h = binaryMetrics(hard);
  const lat = percentiles(
    items.map((s) => s.us),
    [50, 99],
  );
  return [
    name,
    String(m.n),
    String(m.tp + m.fn),
    fmtRate(m.precision),
    fmtRate(m.recall),
    fmtRate(m.f1),
    fmtRate(m.fpr),
    String(h.n),
    fmtRate(h.fpr),
    (lat[50] ?? Number.NaN).toFixed(1),
    (lat[99] ?? Number.NaN).toFixed(1),
  ];
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const t = args.threshold;
  const byFile = new Map<string, Scored[]>();
  // Warm-up so the first file's latency is not JIT compilation.
  for (let i = 0; i < 200; i++) analyze(`warm up ${i} ignore previous instructions`);
  for (const f of args.files) {
    const scored: Scored[] = [];
    for (const rec of loadCorpusFile(f)) {
      const t0 = performance.now();
      const r = analyze(rec.text);
      const us = (performance.now() - t0) * 1000;
      scored.push({ rec, score: r.score, us, rules: [...new Set(r.matches.map((m) => m.rule))] });
    }
    byFile.set(f.split("/").pop() as string, scored);
  }
  const all = [...byFile.values()].flat();

  const header = [
    "file",
    "n",
    "inj",
    "prec",
    "recall",
    "F1",
    "FPR",
    "n_hard",
    "FPR_hard",
    "p50_us",
    "p99_us",
  ];
  const rows = [...byFile].map(([name, items]) => row(name, items, t));
  rows.push(row("OVERALL", all, t));
  console.log(`threshold ${t}\n`);
  console.log(formatTable(header, rows));

  const cats = new Map<string, Scored[]>();
  for (const s of all) {
    const list = cats.get(s.rec.category) ?? [];
    list.push(s);
    cats.set(s.rec.category, list);
  }
  const catRows = [...cats]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cat, items]) => {
      const flagged = items.filter((s) => s.score >= t).length;
      const isInj = items[0]?.rec.label === "injection";
      return [
        cat,
        items[0]?.rec.label ?? "",
        String(items.length),
        String(flagged),
        fmtRate(flagged / items.length),
        isInj ? "recall" : "FPR",
      ];
    });
  console.log(`\nper category\n`);
  console.log(formatTable(["category", "label", "n", "flagged", "rate", "meaning"], catRows));

  const langs = new Map<string, Scored[]>();
  for (const s of all) {
    const list = langs.get(s.rec.lang) ?? [];
    list.push(s);
    langs.set(s.rec.lang, list);
  }
  const langRows = [...langs]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([lang, items]) => {
      const inj = items.filter((s) => s.rec.label === "injection");
      const ben = items.filter((s) => s.rec.label === "benign");
      return [
        lang,
        String(inj.length),
        fmtRate(inj.filter((s) => s.score >= t).length / inj.length),
        String(ben.length),
        fmtRate(ben.filter((s) => s.score >= t).length / ben.length),
      ];
    });
  console.log(`\nper language\n`);
  console.log(formatTable(["lang", "n_inj", "recall", "n_benign", "FPR"], langRows));

  if (args.sweep) {
    const sweepRows = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8].map((th) => row(`t=${th}`, all, th));
    console.log(`\nthreshold sweep (all files)\n`);
    console.log(formatTable(header, sweepRows));
  }
  const show = (label: string, items: Scored[], n: number) => {
    if (n <= 0) return;
    console.log(`\n${label} (${items.length}, showing ${Math.min(n, items.length)})`);
    for (const s of items.slice(0, n)) {
      console.log(
        `  [${s.rec.file} ${s.rec.category} ${s.rec.lang} ${s.score}] ${s.rules.join(",")} | ${s.rec.text.slice(0, 200).replace(/\s+/g, " ")}`,
      );
    }
  };
  show(
    "false positives",
    all.filter((s) => s.rec.label === "benign" && s.score >= t),
    args.fp,
  );
  show(
    "false negatives",
    all.filter((s) => s.rec.label === "injection" && s.score < t),
    args.fn,
  );
}

main();
