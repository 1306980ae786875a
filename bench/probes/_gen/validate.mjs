import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CATS = new Set([
  "direct_injection",
  "indirect",
  "jailbreak",
  "prompt_leak",
  "benign_instruction",
  "benign_document",
  "benign_hard",
]);
const INJ = new Set(["direct_injection", "indirect", "jailbreak", "prompt_leak"]);
let errors = 0;
const seen = new Map();
const tot = {};
for (const f of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()) {
  const lines = fs
    .readFileSync(path.join(dir, f), "utf8")
    .split("\n")
    .filter((l) => l.length);
  const byCat = {},
    byLang = {},
    byCL = {};
  const lens = [];
  lines.forEach((l, i) => {
    let o;
    try {
      o = JSON.parse(l);
    } catch {
      console.error(`${f}:${i + 1} parse error`);
      errors++;
      return;
    }
    const keys = ["text", "label", "category", "source", "lang"];
    for (const k of keys)
      if (typeof o[k] !== "string" || !o[k].length) {
        console.error(`${f}:${i + 1} bad field ${k}`);
        errors++;
      }
    if (Object.keys(o).length !== keys.length) {
      console.error(`${f}:${i + 1} extra fields`);
      errors++;
    }
    if (!CATS.has(o.category)) {
      console.error(`${f}:${i + 1} bad category ${o.category}`);
      errors++;
    }
    if ((o.label === "injection") !== INJ.has(o.category) || !["injection", "benign"].includes(o.label)) {
      console.error(`${f}:${i + 1} label/category mismatch`);
      errors++;
    }
    if (o.source !== `probe:${f}#${i + 1}`) {
      console.error(`${f}:${i + 1} bad source ${o.source}`);
      errors++;
    }
    if (!/^[a-z]{2}$/.test(o.lang)) {
      console.error(`${f}:${i + 1} bad lang`);
      errors++;
    }
    const key = o.text.toLowerCase().replace(/\s+/g, " ").trim();
    if (seen.has(key)) {
      console.error(`${f}:${i + 1} duplicate of ${seen.get(key)}`);
      errors++;
    } else seen.set(key, `${f}:${i + 1}`);
    byCat[o.category] = (byCat[o.category] || 0) + 1;
    byLang[o.lang] = (byLang[o.lang] || 0) + 1;
    const ck = `${o.category}/${o.lang}`;
    byCL[ck] = (byCL[ck] || 0) + 1;
    lens.push(o.text.length);
    tot[o.label] = (tot[o.label] || 0) + 1;
  });
  lens.sort((a, b) => a - b);
  console.log(
    `\n${f}: ${lines.length} records; length min ${lens[0]} median ${lens[lens.length >> 1]} max ${lens[lens.length - 1]}`,
  );
  console.log("  by category:", JSON.stringify(byCat));
  console.log("  by lang:", JSON.stringify(byLang));
  console.log("  by category/lang:", JSON.stringify(byCL));
}
console.log("\ntotals:", JSON.stringify(tot), "errors:", errors);
process.exit(errors ? 1 : 0);
