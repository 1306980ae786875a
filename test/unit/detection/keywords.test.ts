import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../scripts/train/prng";
import { CUE_REGEXES } from "../../../src/detection/classifier/cues";
import { keywordIndexStats } from "../../../src/detection/engine";
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
    // chains; thousands of keywords give far more states than get dense rows.
    const rand = mulberry32(12345);
    const pick = (n: number): number => Math.floor(rand() * n);
    const word = (len: number): string => Array.from({ length: len }, () => "abc "[pick(4)]).join("");
    const kws = [...new Set(Array.from({ length: 6000 }, () => word(2 + pick(14))))].filter(
      (k) => k.trim() !== "",
    );
    expect(kws.length).toBeGreaterThan(4000);
    const index = new KeywordIndex(kws);
    const found = new Uint8Array(kws.length);
    for (let t = 0; t < 300; t++) {
      // Short texts take the single-stream scan, long ones the two-stream one.
      const text = word(t % 2 === 0 ? 1 + pick(150) : 300 + pick(900)) + (t % 5 === 0 ? "é" : "");
      index.scan(text, found);
      const wrong = kws.filter((k, i) => (found[i] === 1) !== text.includes(k));
      expect(wrong, text.slice(0, 80)).toEqual([]);
      // The list of found ids: exactly the bytes set, each once.
      const listed = Array.from(index.lastFound.ids.subarray(0, index.lastFound.count)).sort((x, y) => x - y);
      expect(listed).toEqual(kws.flatMap((_, i) => (found[i] === 1 ? [i] : [])));
    }
  });

  it("agrees with String.includes past the dense rows of the wide (non-ASCII) automaton", () => {
    // Its rows are as wide as its alphabet, so only a few hundred states get one: 400 one-character
    // keywords make the alphabet wide, and thousands of keywords over a few Cyrillic, CJK, Hangul
    // (a block above 0x80, low byte above 0x80) and ASCII code units (each with a non-ASCII one, so
    // all go to it) give mostly deep states, many branching, and long failure chains. The texts
    // mix in, anywhere (both streams and the tail), keyword code units and code units in no
    // keyword: in keyword blocks and others, Latin-1, astral pairs and a lone surrogate.
    const rand = mulberry32(2024);
    const pick = (n: number): number => Math.floor(rand() * n);
    const wide = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e10 + i));
    const alphabet = ["д", "а", "中", "x", " ", wide[7] as string, "\uac99"];
    const noise = ["\u4e05", "é", "\uac00", "\ud83d\ude00", "\udc00", "\uff21", "Z", "\u0434\u0301"];
    const word = (len: number): string =>
      Array.from({ length: len }, () => alphabet[pick(alphabet.length)]).join("");
    const text = (len: number): string =>
      Array.from({ length: len }, () =>
        rand() < 0.85
          ? alphabet[pick(alphabet.length)]
          : rand() < 0.5
            ? wide[pick(400)]
            : noise[pick(noise.length)],
      ).join("");
    const kws = [
      ...new Set(
        [...wide, ...Array.from({ length: 5000 }, () => word(2 + pick(12)))].filter((k) =>
          [...k].some((ch) => ch.charCodeAt(0) >= 0x80),
        ),
      ),
    ];
    expect(kws.length).toBeGreaterThan(3000);
    const index = new KeywordIndex(kws);
    const found = new Uint8Array(kws.length);
    for (let t = 0; t < 200; t++) {
      const sample = text(t % 2 === 0 ? 1 + pick(150) : 300 + pick(900));
      index.scan(sample, found);
      expect(
        kws.filter((k, i) => (found[i] === 1) !== sample.includes(k)),
        sample.slice(0, 80),
      ).toEqual([]);
      const listed = Array.from(index.lastFound.ids.subarray(0, index.lastFound.count)).sort((x, y) => x - y);
      expect(listed).toEqual(kws.flatMap((_, i) => (found[i] === 1 ? [i] : [])));
    }
  });

  it("takes 32-bit state numbers past 65,536 states, and scans with no ASCII keyword", () => {
    const rand = mulberry32(7);
    const word = (len: number): string =>
      Array.from({ length: len }, () => (rand() < 0.5 ? "a" : "b")).join("");
    const kws = [...new Set(Array.from({ length: 20000 }, () => word(8 + Math.floor(rand() * 17))))];
    const index = new KeywordIndex(kws);
    const found = new Uint8Array(kws.length);
    for (let t = 0; t < 20; t++) {
      const text = word(50 + Math.floor(rand() * 400));
      index.scan(text, found);
      expect(kws.filter((k, i) => (found[i] === 1) !== text.includes(k))).toEqual([]);
    }
    // The same past 65,536 states for keywords holding non-ASCII code units.
    const wideWord = (len: number): string =>
      Array.from({ length: len }, () => (rand() < 0.5 ? "д" : "中")).join("");
    const wideKws = [...new Set(Array.from({ length: 20000 }, () => wideWord(8 + Math.floor(rand() * 17))))];
    const wideIndex = new KeywordIndex(wideKws);
    expect(wideIndex.stats().wide.stateBytes).toBe(4);
    const wideFound = new Uint8Array(wideKws.length);
    for (let t = 0; t < 10; t++) {
      const text = wideWord(50 + Math.floor(rand() * 400));
      wideIndex.scan(text, wideFound);
      expect(wideKws.filter((k, i) => (wideFound[i] === 1) !== text.includes(k))).toEqual([]);
    }
    // Only non-ASCII keywords: the ASCII automaton is empty and must still report non-ASCII text.
    expect(Array.from(new KeywordIndex(["é"]).scan(`${"a".repeat(40)}é${"a".repeat(40)}`))).toEqual([1]);
    expect(Array.from(new KeywordIndex(["é"]).scan("a".repeat(90)))).toEqual([0]);
  });

  it("keeps the engine's automata small: 16-bit state numbers with headroom, tables under 1.5 MiB (1.1 MiB now)", () => {
    // Past 65,536 states the scan stays right (32-bit states) but its tables double and it slows;
    // fail here first, with room for a few more rule families.
    const { ascii, wide } = keywordIndexStats();
    expect(ascii.states).toBeLessThan(50_000);
    expect(wide.states).toBeLessThan(50_000);
    expect([ascii.stateBytes, wide.stateBytes]).toEqual([2, 2]);
    expect(ascii.bytes + wide.bytes).toBeLessThan(1.5 * 2 ** 20);
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
