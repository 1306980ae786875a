/**
 * ReDoS audit of every detection rule (issue 10).
 *
 * 1. Structural, timing-independent: each rule's regex source is parsed and checked by
 *    test/security/regex-audit.ts (no backreferences, bounded quantifiers only — or unbounded in
 *    tail position —, no nested repetition, no ambiguous repeated alternation, a finite bound on
 *    backtracking paths per start position). The audit itself is tested on classic ReDoS
 *    patterns, which it must refuse.
 * 2. Scaling, with very generous bounds: each compiled rule runs over adversarial inputs of
 *    4 KiB and 64 KiB built from its own keywords and words (dense partial matches, no sentence
 *    punctuation so every bounded gap stretches to its maximum; and only its leading words, so
 *    partial matches fail late); 64 KiB must cost less than 50 × the 4 KiB time + 50 ms (linear
 *    would be 16 ×; quadratic 256 ×) and less than MAX_LARGE_MS. The minimum of up to three runs
 *    is used, so a busy machine cannot fail it by itself.
 *
 * 3. Tenant custom rules (src/auth/custom-rules.ts): the validator must refuse every classic
 *    ReDoS pattern, and whatever it accepts (seeded fast-check generation) must pass the same
 *    structural audit and stay fast on adversarial input.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulberry32 as prng } from "../../scripts/train/prng";
import { checkPatternSafety } from "../../src/auth/custom-rules";
import { RULES } from "../../src/detection/rules";
import { auditRegex, KNOWN_BAD_PATTERNS, parseRegex } from "../security/regex-audit";

/** Upper bound on log10(backtracking paths per start position) a rule may have. */
const MAX_LOG10_PATHS = 40;

/**
 * Absolute bound on one rule over 64 KiB of adversarial input (best of three runs). Linear growth
 * alone does not make a rule safe: a pattern whose gaps nest costs their product at every start
 * position, linearly. Every rule takes ≤ 12 ms here (round 9); 250 ms leaves a busy machine 20×.
 */
const MAX_LARGE_MS = 250;

describe("the regex audit itself", () => {
  it.each(KNOWN_BAD_PATTERNS)("refuses the classic ReDoS pattern %s", (pattern) => {
    const result = auditRegex(pattern);
    expect(result.ok, JSON.stringify(result)).toBe(false);
  });

  it.each([
    "\\bignore\\b[^.!?\\n]{0,40}?\\b(?:previous|prior)\\b",
    "(?: me| back| out){0,2} (?:your|the)",
    "[a-z0-9._%+-]{1,40}@[a-z0-9.-]{1,60}\\.[a-z]{2,}",
    "(?<!\\b(?:you|i) )\\bforget\\b(?!x)",
    "^#{1,6} ?system:",
  ])("accepts the linear-time pattern %s", (pattern) => {
    const result = auditRegex(pattern);
    expect(result.findings).toEqual([]);
    expect(Number.isFinite(result.log10Paths)).toBe(true);
  });

  it("parses what it prints (round trip on every rule)", () => {
    for (const rule of RULES) expect(() => parseRegex(rule.pattern), rule.id).not.toThrow();
  });
});

describe("ReDoS audit of the detection rules (structural, timing-independent)", () => {
  const audits = RULES.map((rule) => ({ rule, result: auditRegex(rule.pattern) }));

  it.each(audits.map(({ rule, result }) => [rule.id, result] as const))(
    "%s: no backreference, bounded repetition, no nested or ambiguous repetition",
    (_id, result) => {
      expect(result.findings).toEqual([]);
      expect(result.log10Paths).toBeLessThanOrEqual(MAX_LOG10_PATHS);
    },
  );

  it("prints the audit summary", () => {
    const worst = [...audits].sort((a, b) => b.result.log10Paths - a.result.log10Paths).slice(0, 5);
    const tail = audits.filter((a) => a.result.tailUnbounded > 0).map((a) => a.rule.id);
    console.log(
      [
        `ReDoS audit: ${audits.length} rules, ${audits.filter((a) => a.result.ok).length} pass the structural checks`,
        `largest repeat bound: ${Math.max(...audits.map((a) => a.result.maxRepeat))}`,
        `unbounded quantifiers accepted in tail position: ${tail.length ? tail.join(", ") : "none"}`,
        `largest path bounds per start position (log10): ${worst.map((w) => `${w.rule.id} ${w.result.log10Paths.toFixed(1)}`).join(", ")}`,
      ].join("\n"),
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Words of the rule: its keywords plus the literal words of its pattern (alternatives). */
function ruleWords(rule: (typeof RULES)[number], share = 1): string[] {
  const literal = [
    ...new Set(
      rule.pattern
        .replace(/\\[bBdDsSwW]/g, " ")
        .replace(/\[[^\]]*\]\{[^}]*\}\??/g, " ")
        .split(/[^\p{L}\p{N}'-]+/u)
        .filter((word) => word.length >= 2),
    ),
  ];
  return [
    ...new Set([...rule.keywords, ...literal.slice(0, Math.max(1, Math.ceil(literal.length * share)))]),
  ];
}

/** `size` characters of `words` in seeded random order. */
function shuffledWords(words: readonly string[], size: number, seed: number): string {
  const random = prng(seed);
  const dense: string[] = [];
  let length = 0;
  while (length < size) {
    const word = words[Math.floor(random() * words.length)] as string;
    dense.push(word);
    length += word.length + 1;
  }
  return dense.join(" ").slice(0, size);
}

/** Adversarial inputs of `size` characters for a rule. */
function adversarialInputs(rule: (typeof RULES)[number], size: number): Record<string, string> {
  const first = rule.keywords[0] ?? "a";
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    "its words, shuffled": shuffledWords(ruleWords(rule), size, size ^ rule.id.length),
    // Only the words of the pattern's first 60 %: its closing elements ("be her", the order at
    // the end) are missing, so every partial match fails after trying all its gaps. Nested
    // bounded gaps cost their product here (round 9: 384 ms on 64 KiB, every other rule ≤ 12 ms).
    "its leading words, shuffled": shuffledWords(ruleWords(rule, 0.6), size, size ^ rule.id.length),
    "first keyword repeated": repeat(`${first} `),
    "keyword then a long gap": repeat(`${first} ${"x ".repeat(40)}`),
    "one long word": repeat("a"),
    "markdown/URL-ish": repeat("![a](http://x.y/?q=a&b=c "),
  };
}

/** Runs the rule's regex over the whole text like the engine (every match). */
function runRule(regex: RegExp, text: string): number {
  const re = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`);
  let matches = 0;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const match = re.exec(text);
    if (!match) break;
    matches++;
    if (match[0].length === 0) re.lastIndex++;
  }
  return matches;
}

function timeMs(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe("ReDoS audit of the detection rules (scaling on adversarial input, generous bounds)", () => {
  it("every rule costs less than 50 × (4 KiB time) + 50 ms, and under MAX_LARGE_MS, on 64 KiB of adversarial input", () => {
    const SMALL = 4 * 1024;
    const LARGE = 64 * 1024;
    const failures: string[] = [];
    let worst = { ratio: 0, what: "" };
    const started = performance.now();
    for (const rule of RULES) {
      const small = adversarialInputs(rule, SMALL);
      const large = adversarialInputs(rule, LARGE);
      for (const name of Object.keys(small)) {
        const s = small[name] as string;
        const l = large[name] as string;
        let best = Number.POSITIVE_INFINITY;
        let ok = false;
        for (let attempt = 0; attempt < 3 && !ok; attempt++) {
          const tSmall = timeMs(() => runRule(rule.regex, s));
          const tLarge = timeMs(() => runRule(rule.regex, l));
          best = Math.min(best, tLarge - 50 * tSmall);
          ok = tLarge < 50 * tSmall + 50 && tLarge < MAX_LARGE_MS;
          const ratio = tLarge / Math.max(tSmall, 0.05);
          if (ratio > worst.ratio && tLarge > 5)
            worst = { ratio, what: `${rule.id} / ${name} (${tLarge.toFixed(1)} ms)` };
        }
        if (!ok) failures.push(`${rule.id} on "${name}": 64 KiB exceeds the bound by ${best.toFixed(1)} ms`);
      }
    }
    console.log(
      `ReDoS scaling: ${RULES.length} rules × 6 inputs in ${((performance.now() - started) / 1000).toFixed(1)} s; largest 64K/4K ratio among runs over 5 ms: ${worst.ratio.toFixed(1)} (${worst.what || "none over 5 ms"})`,
    );
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("tenant custom-rule validation (src/auth/custom-rules.ts checkPatternSafety)", () => {
  const accepts = (pattern: string): boolean => {
    try {
      checkPatternSafety(pattern);
      return true;
    } catch {
      return false;
    }
  };

  it.each(KNOWN_BAD_PATTERNS)("refuses the classic ReDoS pattern %s", (pattern) => {
    expect(accepts(pattern)).toBe(false);
  });

  it("whatever it accepts passes the structural audit and stays fast on adversarial input (fast-check, seeded)", () => {
    const atom = fc.constantFrom("a", "b", "ab", "\\s", "\\w", "[a-z]", "[^.]", ".", "\\d", " ");
    const quant = fc.constantFrom("", "", "?", "{0,5}", "{1,50}", "{0,49}", "{2}", "*", "+", "{3,}");
    const piece = fc.tuple(atom, quant).map(([a, q]) => `${a}${q}`);
    const group = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.array(piece, { maxLength: 3 }), quant)
      .map(([left, right, q]) => `(?:${left.join("")}${right.length ? `|${right.join("")}` : ""})${q}`);
    const pattern = fc
      .array(fc.oneof(piece, group), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(""));
    const adversarial = ["a".repeat(8192), "ab ".repeat(2731), "a b.".repeat(2048), " ".repeat(8192)];
    let accepted = 0;
    fc.assert(
      fc.property(pattern, (p) => {
        if (!accepts(p)) return;
        accepted++;
        const audit = auditRegex(p, { maxRepeat: 50 });
        const structural = audit.findings.filter((f) => f.kind !== "ambiguous-alternation");
        expect(structural, p).toEqual([]);
        const re = new RegExp(p, "giu");
        for (const text of adversarial) {
          const started = performance.now();
          re.lastIndex = 0;
          for (let guard = 0; guard < 10_000; guard++) {
            const match = re.exec(text);
            if (!match) break;
            if (match[0].length === 0) re.lastIndex++;
          }
          // Generous: the validator's own bound is SCAN_CHARS × MAX_COMPLEXITY steps.
          expect(performance.now() - started, p).toBeLessThan(1_000);
        }
      }),
      { seed: 20261129, numRuns: 400 },
    );
    console.log(
      `custom-rule validator: ${accepted} of 400 generated patterns accepted, all passed the audit`,
    );
    expect(accepted).toBeGreaterThan(0);
  }, 60_000);
});
