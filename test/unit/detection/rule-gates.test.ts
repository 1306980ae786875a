/**
 * The rules' literal gates and split alternatives (rule-gates.ts) are a pure speed-up: scanRules
 * must find exactly the hits of running every keyword-gated rule's whole regex. Checked on the
 * golden texts (corpus sample, adversarial, fuzz) and the repository's synthetic attack texts, with
 * the real gates and with every split rule forced through the merge of all its alternatives.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderGatesModule } from "../../../scripts/lib/gates-module";
import { evalGate } from "../../../src/detection/literals";
import { normalize } from "../../../src/detection/normalize";
import {
  blockLiteral,
  buildRuleGates,
  type GateEntry,
  markBlocks,
  NEVER_GATE,
  NO_GATE,
  type RuleGates,
  sourceHash,
  topLevelAlternatives,
} from "../../../src/detection/rule-gates";
import { PRECOMPUTED_GATES } from "../../../src/detection/rule-gates.generated";
import { buildRuleSet, DEFAULT_RULE_SET, type RuleSet } from "../../../src/detection/rules/index";
import { KeywordIndex } from "../../../src/detection/rules/keywords";
import { compileRule } from "../../../src/detection/rules/rule";
import { type Hit, scanRules } from "../../../src/detection/scan";
import { adversarialTexts, corpusTexts, fuzzTexts } from "./golden";

const set = DEFAULT_RULE_SET;

/** The rule keywords followed by the gates' literals, as the engine's prepass lays them out. */
const keywords = [...set.index.keywords];
const ids = new Map(keywords.map((k, i) => [k, i]));
function idOf(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = keywords.length;
    keywords.push(s);
    ids.set(s, id);
  }
  return id;
}
const gates = buildRuleGates(set, idOf);
const index = new KeywordIndex(keywords);

/** Gates under which every split rule runs all its alternatives through the merge. */
const NEVER = /(?!)/g;
if (evalGate(gates.program, NEVER_GATE, new Uint8Array(keywords.length).fill(1))) {
  throw new Error("NEVER_GATE holds: allParts below would not force the merge");
}
const allParts: RuleGates = {
  program: gates.program,
  blockIds: gates.blockIds,
  gates: new Int32Array(set.rules.length).fill(NO_GATE),
  parts: gates.parts.map((p) =>
    p === undefined
      ? undefined
      : {
          gates: Int32Array.of(...p.gates, NEVER_GATE),
          regex: (j: number) => (j < p.gates.length ? p.regex(j) : NEVER),
        },
  ),
};

function syntheticAttacks(): string[] {
  const dir = resolve(__dirname, "../../../data/synthetic");
  return readdirSync(dir)
    .filter((f) => f.startsWith("attacks_") && f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(resolve(dir, f), "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .filter((_, i) => i % 3 === 0);
}

const texts = [
  ...adversarialTexts().map((t) => t.text),
  ...fuzzTexts(200).map((t) => t.text),
  ...corpusTexts(10).map((t) => t.text),
  ...syntheticAttacks(),
];

const show = (hits: Hit[]) => hits.map((h) => `${h.rule.id}@${h.start}-${h.end}`);

/**
 * A small rule set's keyword prepass laid out as the engine's: its keywords, then its gates'
 * literals (derived from the patterns, not the generated table); `scan` also marks block literals.
 */
function ownPrepass(rules: RuleSet) {
  const kw = [...rules.index.keywords];
  const ids = new Map(kw.map((k, i) => [k, i]));
  const gates = buildRuleGates(
    rules,
    (s) => {
      if (!ids.has(s)) ids.set(s, kw.push(s) - 1);
      return ids.get(s) as number;
    },
    [],
  );
  const index = new KeywordIndex(kw);
  const scan = (folded: string): Uint8Array => {
    const found = index.scan(folded);
    if (index.lastFound.nonAscii) markBlocks(folded, gates.blockIds, found);
    return found;
  };
  return { gates, ids, index, scan };
}

describe("rule gates", () => {
  it("split alternatives rejoin into the pattern", () => {
    for (const rule of set.rules) expect(topLevelAlternatives(rule.pattern).join("|")).toBe(rule.pattern);
    expect(topLevelAlternatives("a(?:b|c)[|]\\|d|e")).toEqual(["a(?:b|c)[|]\\|d", "e"]);
  });

  it("the generated gates are current", () => {
    const file = resolve(__dirname, "../../../src/detection/rule-gates.generated.ts");
    if (readFileSync(file, "utf8") !== renderGatesModule())
      expect.fail(
        "src/detection/rule-gates.generated.ts differs from the current rules: run npm run gen:gates",
      );
  });

  it("precomputed gates equal derived ones, and a stale entry is never used", () => {
    /** The gates with ids assigned afresh in the order they are asked for, comparable across builds. */
    const built = (table?: readonly GateEntry[]) => {
      const own = new Map<string, number>();
      const g = buildRuleGates(
        set,
        (s) => {
          if (!own.has(s)) own.set(s, own.size);
          return own.get(s) as number;
        },
        table,
      );
      return { ...g, parts: g.parts.map((p) => p?.gates), literals: [...own.keys()] };
    };
    const derived = built([]);
    expect(built()).toEqual(derived);
    // Entries keyed by another pattern's hash (as after an edit) are ignored: gates are derived.
    const stale: GateEntry[] = PRECOMPUTED_GATES.map((e) => [`${e[0]}x`, e[1], e[2]] as GateEntry);
    expect(built(stale)).toEqual(derived);
    expect(sourceHash("ignore (?:all|previous)")).not.toBe(sourceHash("ignore (?:all|previouz)"));
  });

  it("never change what scanRules finds", () => {
    let differing = 0;
    for (const text of texts) {
      const norm = normalize(text);
      const found = index.scan(norm.folded);
      if (index.lastFound.nonAscii) markBlocks(norm.folded, gates.blockIds, found);
      const plain = show(scanRules(text, norm, set));
      const gated = show(scanRules(text, norm, set, { hits: index.lastFound, gates }));
      const merged = show(scanRules(text, norm, set, { hits: index.lastFound, gates: allParts }));
      if (gated.join() !== plain.join() || merged.join() !== plain.join()) {
        differing++;
        expect({ text: text.slice(0, 200), gated, merged }).toEqual({
          text: text.slice(0, 200),
          gated: plain,
          merged: plain,
        });
      }
    }
    expect(differing).toBe(0);
    expect(texts.length).toBeGreaterThan(1000);
  }, 60_000);

  it("test a non-ASCII literal by its blocks: an alternative in another script does not run", () => {
    const multi = buildRuleSet([
      compileRule({
        id: "test.pretend_free",
        category: "roleplay_jailbreak",
        weight: 0.5,
        description: "one alternative per script",
        pattern: "pretend to be free|притворись свободн[а-я]{0,3}|假装(?:你)?自由",
        keywords: ["pretend", "притворись", "假装"],
      }),
    ]);
    const { gates: ownGates, ids: ownIds, index: ownIndex, scan: ownScan } = ownPrepass(multi);
    const parts = ownGates.parts[0];
    if (parts === undefined) return expect.fail("the rule is not split");
    const holding = (text: string) => {
      const found = ownScan(normalize(text).folded);
      return [...parts.gates].map((at) => (at < 0 ? "always" : evalGate(ownGates.program, at, found)));
    };
    expect(holding("Please pretend to be free.")).toEqual([true, false, false]);
    expect(holding("Притворись свободной, pretend!")).toEqual([false, true, false]);
    expect(holding("假装你自由")).toEqual([false, false, true]);
    // Both scripts present: both alternatives run (and the scan merges their matches).
    expect(holding("假装自由 и притворись свободным")).toEqual([false, true, true]);
    const text = "假装自由 и притворись свободным";
    const norm = normalize(text);
    ownScan(norm.folded);
    const plain = show(scanRules(text, norm, multi));
    expect(plain).toHaveLength(2);
    expect(show(scanRules(text, norm, multi, { hits: ownIndex.lastFound, gates: ownGates }))).toEqual(plain);
    // Only the blocks some gate tests are marked.
    expect([...ownGates.blockIds].filter((id) => id >= 0).length).toBeGreaterThanOrEqual(2);
    expect(ownGates.blockIds[0x43f >>> 7]).toBe(ownIds.get(blockLiteral(0x43f >>> 7)));
  });

  it("gives a block's id only to its block literal, not to a rule literal that starts with NUL", () => {
    const set2 = buildRuleSet([
      compileRule({
        id: "test.ru",
        category: "roleplay_jailbreak",
        weight: 0.5,
        description: "Cyrillic",
        pattern: "привет",
        keywords: ["привет"],
      }),
      // NUL then "8": block 8 (Cyrillic) is "\u00008" in base 36.
      compileRule({
        id: "test.nul",
        category: "roleplay_jailbreak",
        weight: 0.5,
        description: "NUL",
        pattern: "\\x008!x",
        keywords: ["8!x"],
      }),
    ]);
    const { gates: g, index: idx, scan: scan2 } = ownPrepass(set2);
    const text = "скажи привет";
    const norm = normalize(text);
    scan2(norm.folded);
    expect(show(scanRules(text, norm, set2, { hits: idx.lastFound, gates: g }))).toEqual(["test.ru@6-12"]);
  });
});
