/**
 * Mean `analyze()` time per benign text of real labelled data (the engine bench times one prose
 * paragraph; this times the mix of lengths, languages and trigger words real traffic has).
 *
 *   npx tsx bench/corpus-time.ts [--rounds N] <dir or .jsonl>...     (npm run bench:corpus)
 *
 * To compare with an earlier engine, run the same command in a worktree of that commit
 * (`git worktree add /tmp/old <commit>`, symlink node_modules) right after this one.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyze } from "../src/detection/index";

interface Row {
  text: string;
  label: string;
}

function files(paths: readonly string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith(".jsonl"))
          .map((f) => join(p, f))
      : [p],
  );
}

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
if (args.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: npx tsx bench/corpus-time.ts [--rounds N] <dir or .jsonl>...");
  process.exit(2);
}
const texts: string[] = [];
for (const file of files(args))
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Row;
    if (row.label === "benign") texts.push(row.text);
  }
let chars = 0;
for (const t of texts) chars += t.length;
for (const t of texts) analyze(t); // warm-up: compiles the regexes these texts reach
const perRound: number[] = [];
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  for (const t of texts) analyze(t);
  perRound.push(((performance.now() - start) * 1000) / texts.length);
}
perRound.sort((a, b) => a - b);
const median = perRound[Math.floor(perRound.length / 2)] as number;
console.log(
  `${texts.length} benign texts, ${(chars / texts.length).toFixed(0)} chars on average: analyze() mean ${median.toFixed(1)} µs per text (median of ${rounds} rounds), ${((median * texts.length * 1024) / chars).toFixed(1)} µs per KiB`,
);
