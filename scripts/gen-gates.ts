/**
 * `npm run gen:gates`: writes src/detection/rule-gates.generated.ts, the literal gates of the
 * default rule set's patterns (and of their top-level alternatives) precomputed, so an isolate's
 * first analyze() does not parse ~300 K characters of pattern (rule-gates.ts). Run it after
 * changing a rule's pattern; test/unit/detection/rule-gates.test.ts fails while the file is stale
 * (a stale entry is never used at runtime: each one carries the hash of the source it came from).
 *
 *   tsx scripts/gen-gates.ts [--check]
 *
 * --check: exit 1 when the file differs from what the current rules produce, writing nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderGatesModule } from "./lib/gates-module";

const OUT = fileURLToPath(new URL("../src/detection/rule-gates.generated.ts", import.meta.url));
const text = renderGatesModule();
let current = "";
try {
  current = readFileSync(OUT, "utf8");
} catch {
  // first run
}
if (process.argv.includes("--check")) {
  if (current !== text) {
    console.error(`${OUT} is stale: run npm run gen:gates`);
    process.exit(1);
  }
  console.log(`${OUT} is current`);
} else if (current === text) {
  console.log(`${OUT} unchanged`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${text.length} characters)`);
}
