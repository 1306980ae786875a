import { describe, expect, it } from "vitest";
import { CUE_REGEXES } from "../../../src/detection/classifier/cues";
import { compileGate, gateLiterals, literalGate } from "../../../src/detection/literals";
import { normalize } from "../../../src/detection/normalize";
import { RULES } from "../../../src/detection/rules/index";
import { KeywordIndex } from "../../../src/detection/rules/keywords";
import { adversarialTexts, corpusTexts, fuzzTexts } from "./golden";

const texts = [...adversarialTexts(), ...fuzzTexts(600, 11), ...corpusTexts(25)].map(
  (t) => normalize(t.text).folded,
);

describe("keyword index (Aho–Corasick)", () => {
  it("reports exactly the keywords that occur, overlapping and nested ones included", () => {
    const kws = ["he", "she", "his", "hers", "ushers", "忽略", "略以", "a b", "[", "<|im_start|>", "ß", "ı"];
    const index = new KeywordIndex(kws);
    for (const t of ["ushers", "she sells", "忽略以上", "a b c", "x[y", "<|im_start|>", "ßı", "", "h"]) {
      expect(Array.from(index.scan(t)), t).toEqual(kws.map((k) => (t.includes(k) ? 1 : 0)));
    }
  });

  it("agrees with String.includes past the dense states (deep goto/failure records, branching deep states)", () => {
    // A small alphabet makes long shared prefixes, many branching deep states and long failure
    // chains; 4,000 keywords give far more states than get dense rows.
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const word = (len: number): string => Array.from({ length: len }, () => "abc "[rand(4)]).join("");
    const kws = [...new Set(Array.from({ length: 4000 }, () => word(2 + rand(14))))].filter(
      (k) => k.trim() !== "",
    );
    const index = new KeywordIndex(kws);
    const found = new Uint8Array(kws.length);
    for (let t = 0; t < 300; t++) {
      // Short texts take the single-stream scan, long ones the two-stream one.
      const text = word(t % 2 === 0 ? 1 + rand(150) : 300 + rand(900)) + (t % 5 === 0 ? "é" : "");
      index.scan(text, found);
      const wrong = kws.filter((k, i) => (found[i] === 1) !== text.includes(k));
      expect(wrong, text.slice(0, 80)).toEqual([]);
    }
  });

  it("agrees with String.includes for the rule keywords on corpus, adversarial and fuzz texts", () => {
    const kws = [...new Set(RULES.flatMap((r) => r.keywords))];
    const index = new KeywordIndex(kws);
    const found = new Uint8Array(kws.length);
    for (const t of texts) {
      index.scan(t, found);
      const wrong = kws.filter((k, i) => (found[i] === 1) !== t.includes(k));
      expect(wrong, t.slice(0, 80)).toEqual([]);
    }
  });
});

describe("literal gates", () => {
  it("derives and/or conditions from regex sources", () => {
    expect(literalGate(/\b(?:ignore|forget)\b.{0,40}?\b(?:previous|above) rules/g)).toEqual({
      all: [{ any: ["ignore", "forget"] }, { any: ["previous", "above"] }, { any: [" rules"] }],
    });
    expect(literalGate(/abc|x/)).toBeNull(); // "x" is too short to gate on
    expect(literalGate(/(?:abc)?def/)).toEqual({ any: ["def"] });
    expect(literalGate(/abcd+ef/)).toEqual({ any: ["abc"] });
    expect(literalGate(/(?=abcd)efgh/)).toEqual({ any: ["efgh"] });
    expect(literalGate(/abc\.def/)).toEqual({ any: ["abc.def"] });
    expect(literalGate(/(xyz)\1abc/)).toBeNull(); // backreference: unsupported, no gate
    expect(literalGate(/(?<n>xy)\k<n>abc|abc/)).toBeNull(); // named backreference: unsupported, no gate
    expect(literalGate(/abcdef/i)).toBeNull(); // flags change matching: no gate
  });

  it("never rejects a text a cue or rule pattern matches (soundness on real and fuzz texts)", () => {
    const patterns = [
      ...CUE_REGEXES.map((re, i) => ({ id: `cue ${i}`, re })),
      ...RULES.map((r) => ({ id: r.id, re: r.regex })),
    ];
    expect(CUE_REGEXES.filter((re) => literalGate(re) === null).map((re) => re.source.slice(0, 20))).toEqual([
      "\\b(?:ai|a\\.i\\.|assis",
    ]);
    for (const rule of patterns) {
      const re = new RegExp(rule.re.source, "g");
      const gate = literalGate(re);
      const lits = gateLiterals(gate);
      const test = compileGate(gate, (k) => lits.indexOf(k));
      for (const t of texts) {
        re.lastIndex = 0;
        if (!re.test(t)) continue;
        const found = Uint8Array.from(lits, (k) => (t.includes(k) ? 1 : 0));
        expect(test(found), `${rule.id} on ${t.slice(0, 80)}`).toBe(true);
      }
    }
  });
});
