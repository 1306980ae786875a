/**
 * Evaluates the local engine (rules + classifier, as `analyze()` ships) on labelled JSONL files.
 *
 *   npx tsx scripts/eval.ts ../shared/data/*.jsonl [--rules-only] [--threshold 0.5] [--fp N] [--fn N] [--sweep]
 *   npx tsx scripts/eval.ts ../shared/data/*.jsonl --compare   (ours next to the offline npm peers)
 *
 * Prints, per file and overall: n, precision, recall, F1, FPR on all benign and on `benign_hard`,
 * share of texts in the uncertain band [0.25, 0.75] (what the cascade escalates), p50/p99 µs per
 * text; then recall per category and per language. `--rules-only` evaluates `analyzeRules()` (the
 * rule engine alone) for comparison. `--fp N` / `--fn N` list up to N false positives / negatives,
 * `--sweep` prints the metrics across thresholds.
 *
 * NOTE: the classifier was trained on these files, so with the classifier the numbers here are
 * in-distribution (optimistic). Cross-source (held-out) numbers come from `npx tsx scripts/train.ts`.
 */
import { existsSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { analyze, analyzeRules, DEFAULT_THRESHOLD, ENGINE_INFO } from "../src/detection/index";
import { compare } from "./compare";
import { type CorpusRecord, loadCorpusFile } from "./lib/corpus";
import {
  addPrediction,
  binaryMetrics,
  emptyConfusion,
  fmtRate,
  formatTable,
  percentiles,
} from "./lib/metrics";
import { auc } from "./train/evaluate";

interface Scored {
  rec: CorpusRecord;
  score: number;
  /** The learned classifier's calibrated probability (undefined with --rules-only). */
  prob: number | undefined;
  us: number;
  rules: string[];
}

const USAGE =
  "usage: tsx scripts/eval.ts FILE.jsonl... [--rules-only] [--compare] [--threshold T] [--fp N] [--fn N] [--sweep]";

/** Prints the usage (to stderr with `problem` and exit code 2, else to stdout with 0) and exits. */
function usage(problem?: string): never {
  if (problem === undefined) {
    console.log(USAGE);
    process.exit(0);
  }
  console.error(`error: ${problem}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): {
  files: string[];
  threshold: number;
  fp: number;
  fn: number;
  sweep: boolean;
  rulesOnly: boolean;
  compare: boolean;
} {
  const files: string[] = [];
  let rulesOnly = false;
  let compare = false;
  let threshold = DEFAULT_THRESHOLD;
  let fp = 0;
  let fn = 0;
  let sweep = false;
  const number = (flag: string, value: string | undefined, min: number, max: number): number => {
    const n = Number(value);
    if (value === undefined || value.trim() === "" || !Number.isFinite(n) || n < min || n > max)
      usage(
        `${flag} needs a number in [${min}, ${max}], got ${value === undefined ? "nothing" : JSON.stringify(value)}`,
      );
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--help" || a === "-h") usage();
    else if (a === "--threshold") threshold = number(a, argv[++i], 0, 1);
    else if (a === "--fp") fp = number(a, argv[++i], 0, Number.MAX_SAFE_INTEGER);
    else if (a === "--fn") fn = number(a, argv[++i], 0, Number.MAX_SAFE_INTEGER);
    else if (a === "--sweep") sweep = true;
    else if (a === "--rules-only") rulesOnly = true;
    else if (a === "--compare") compare = true;
    else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else if (!existsSync(a) || !statSync(a).isFile()) usage(`not a corpus file: ${a}`);
    else files.push(a);
  }
  if (files.length === 0) usage("no corpus file given");
  return { files, threshold, fp, fn, sweep, rulesOnly, compare };
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
  const band = items.filter((s) => s.score >= 0.25 && s.score <= 0.75).length / Math.max(1, items.length);
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
    fmtRate(band),
    (lat[50] ?? Number.NaN).toFixed(1),
    (lat[99] ?? Number.NaN).toFixed(1),
  ];
}

/**
 * What the cascade sees: the classifier's ranking quality on its own (AUC) and the share of
 * injections and benign texts that are flagged or escalated (score ≥ 0.25, the band's bottom).
 */
function routingSummary(items: readonly Scored[]): string {
  const y = items.map((s) => (s.rec.label === "injection" ? 1 : 0));
  const a = auc(
    items.map((s) => s.prob ?? 0),
    y,
  );
  const share = (label: string) => {
    const xs = items.filter((s) => s.rec.label === label);
    return fmtRate(xs.filter((s) => s.score >= 0.25).length / Math.max(1, xs.length));
  };
  return `classifier alone: AUC ${fmtRate(a)}; flagged or escalated (score >= 0.25): injections ${share("injection")}, benign ${share("benign")}`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.compare) {
    compare(args.files).catch((error: unknown) => {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    });
    return;
  }
  const t = args.threshold;
  const byFile = new Map<string, Scored[]>();
  const engine = args.rulesOnly ? analyzeRules : analyze;
  // Warm-up so the first file's latency is not JIT compilation.
  for (let i = 0; i < 200; i++) engine(`warm up ${i} ignore previous instructions`);
  for (const f of args.files) {
    const scored: Scored[] = [];
    for (const rec of loadCorpusFile(f)) {
      const t0 = performance.now();
      const r = engine(rec.text);
      const us = (performance.now() - t0) * 1000;
      scored.push({
        rec,
        score: r.score,
        prob: "classifier" in r ? r.classifier?.probability : undefined,
        us,
        rules: [...new Set(r.matches.map((m) => m.rule))],
      });
    }
    // Files of different folders may share a name (bench/probes and data/synthetic do): keep both.
    const parts = f.split("/");
    let name = parts.pop() as string;
    while (byFile.has(name) && parts.length > 0) name = `${parts.pop()}/${name}`;
    byFile.set(name, scored);
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
    "band",
    "p50_us",
    "p99_us",
  ];
  const rows = [...byFile].map(([name, items]) => row(name, items, t));
  rows.push(row("OVERALL", all, t));
  console.log(
    `${args.rulesOnly ? "rules only (analyzeRules)" : `engine ${ENGINE_INFO.version} (rules + classifier)`}, threshold ${t}; band = share of texts scoring in [0.25, 0.75]\n`,
  );
  console.log(formatTable(header, rows));
  if (!args.rulesOnly) console.log(`\n${routingSummary(all)}`);

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
      const inBand = items.filter((s) => s.score >= 0.25 && s.score <= 0.75).length;
      const isInj = items[0]?.rec.label === "injection";
      return [
        cat,
        items[0]?.rec.label ?? "",
        String(items.length),
        String(flagged),
        fmtRate(flagged / items.length),
        isInj ? "recall" : "FPR",
        fmtRate(inBand / items.length),
      ];
    });
  console.log(`\nper category\n`);
  console.log(formatTable(["category", "label", "n", "flagged", "rate", "meaning", "band"], catRows));

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
