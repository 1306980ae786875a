/**
 * A/B of analyze() on the development attack texts: an earlier copy of the engine against the
 * current one, interleaved per text (alternating which runs first), so machine load hits both alike.
 *
 *   npx tsx bench/attacks-ab.ts --baseline DIR [--rounds N] [--max-len CHARS] [--files A.jsonl,B.jsonl]
 *
 * DIR is an earlier checkout's root (e.g. `git worktree add /tmp/perf-base <commit>` with
 * node_modules symlinked). Texts: records labelled "injection" in ../shared/data/*.jsonl,
 * data/synthetic/attacks_*.jsonl and bench/probes/attacks_*.jsonl (never the held-out sets), or
 * every record of the `--files` given (any label). Checks that both engines return the same JSON
 * for every text, then prints p50/p90/p99/mean µs and the median over texts of current/baseline.
 */
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { corpusFiles, loadCorpus } from "../scripts/lib/corpus";
import { analyze } from "../src/detection/index";

type Analyze = (text: string) => unknown;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const SOURCES: [string, (file: string) => boolean][] = [
  [resolve(ROOT, "../shared/data"), () => true],
  [resolve(ROOT, "data/synthetic"), (f) => f.startsWith("attacks_")],
  [resolve(ROOT, "bench/probes"), (f) => f.startsWith("attacks_")],
];

function attackTexts(maxLen: number): string[] {
  const files = SOURCES.flatMap(([dir, keep]) =>
    existsSync(dir) ? corpusFiles(dir).filter((f) => keep(basename(f))) : [],
  );
  return loadCorpus(files)
    .filter((r) => r.label === "injection" && r.text.length <= maxLen)
    .map((r) => r.text);
}

/** Every text of the given JSONL files, whatever its label. */
function fileTexts(files: string[], maxLen: number): string[] {
  return loadCorpus(files)
    .map((r) => r.text)
    .filter((t) => t.length <= maxLen);
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((q / 100) * sorted.length))] as number;
}

function summary(name: string, samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const f = (x: number) => x.toFixed(1).padStart(8);
  return `${name}  p50 ${f(percentile(s, 50))}  p90 ${f(percentile(s, 90))}  p99 ${f(percentile(s, 99))}  mean ${f(mean)} µs`;
}

async function main(): Promise<void> {
  const baseline = arg("--baseline");
  if (baseline === undefined)
    throw new Error(
      "usage: bench/attacks-ab.ts --baseline DIR [--rounds N] [--max-len CHARS] [--files A.jsonl,B.jsonl]",
    );
  const rounds = Number(arg("--rounds") ?? 3);
  const maxLen = Number(arg("--max-len") ?? Number.POSITIVE_INFINITY);
  const old = (await import(pathToFileURL(resolve(baseline, "src/detection/index.ts")).href)) as {
    analyze: Analyze;
  };
  const files = arg("--files");
  const texts = files === undefined ? attackTexts(maxLen) : fileTexts(files.split(","), maxLen);
  let differing = 0;
  for (const t of texts) if (JSON.stringify(old.analyze(t)) !== JSON.stringify(analyze(t))) differing++;
  const mean = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(
    `${texts.length} ${files === undefined ? "attack " : ""}texts (mean ${mean.toFixed(0)} chars), differing outputs: ${differing}`,
  );
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    texts.forEach((t, i) => {
      const runs: [Analyze, number[]][] = [
        [old.analyze, a],
        [analyze, b],
      ];
      if ((i + r) % 2 === 1) runs.reverse();
      for (const [fn, out] of runs) {
        const t0 = performance.now();
        fn(t);
        out.push((performance.now() - t0) * 1000);
      }
    });
  }
  console.log(summary("baseline", a));
  console.log(summary("current ", b));
  // Per text: the median of its rounds, then current/baseline; the median of those ratios.
  const perText = (xs: number[], i: number) => {
    const own = Array.from({ length: rounds }, (_, r) => xs[r * texts.length + i] as number).sort(
      (p, q) => p - q,
    );
    return percentile(own, 50);
  };
  const ratios = texts.map((_, i) => perText(b, i) / perText(a, i)).sort((p, q) => p - q);
  console.log(`median per-text current/baseline ${percentile(ratios, 50).toFixed(3)}`);
  if (differing > 0) process.exitCode = 1;
}

await main();
