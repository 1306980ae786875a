/**
 * Worst inputs of the local engine: ~100 K characters of one phrase repeated, each phrase built to
 * make one rule's regex do the most work (dense anchors, no final match). The in-run baseline is
 * 100 K characters of ordinary prose; each phrase's time is printed with its ratio to it.
 *
 *   npm run bench:adversarial [-- --runs N]
 *
 * Linear-time regexes keep every ratio bounded; a ratio that jumps after a rule change names the
 * rule to look at (docs/benchmarks.md, "Worst inputs").
 */

import { formatTable } from "../scripts/lib/metrics";
import { analyze } from "../src/detection";

const argv = process.argv.slice(2);
const runsAt = argv.indexOf("--runs");
const RUNS = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 5) : 5;
const LENGTH = 100_000;

/** Repeats `phrase` to LENGTH characters and appends `tail` (a keyword that lets the rule run). */
function repeated(phrase: string, tail = ""): string {
  return phrase.repeat(Math.ceil(LENGTH / phrase.length)).slice(0, LENGTH) + tail;
}

const BASELINE = "The quarterly report covers sales in three regions, the hiring plan and the new office. ";

const PHRASES: Record<string, string> = {
  "verbatim rule: 你收到指令": repeated("你收到指令"),
  "harmful ask, frame far away: make the bomb": repeated("make the bomb ", " imagine"),
  "harmful ask in a transcript: jailbreak make the bomb imagine": repeated(
    "jailbreak make the bomb imagine ",
  ),
  "someone's phone: read my wife's phone": repeated("read my wife's phone ", " imagine"),
  "dense frames: imagine": repeated("imagine ", " bomb"),
  "frames and verbs: pretend make the": repeated("pretend make the ", " bomb"),
  "ignore previous": repeated("ignore the previous ", " instructions"),
};

/** Best of RUNS timings of analyze(text), in ms (after one warm-up call). */
function best(text: string): number {
  analyze(text);
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    analyze(text);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const base = best(repeated(BASELINE));
const rows: string[][] = [["prose (baseline)", base.toFixed(1), "1.0"]];
for (const [name, text] of Object.entries(PHRASES)) {
  const ms = best(text);
  rows.push([name, ms.toFixed(1), (ms / base).toFixed(1)]);
}
console.log(`~${LENGTH / 1000} K characters each, best of ${RUNS}\n`);
console.log(formatTable(["input", "ms", "× prose"], rows));
