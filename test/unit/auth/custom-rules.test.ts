import { describe, expect, it } from "vitest";
import {
  checkPatternSafety,
  compileCustomRules,
  MAX_MATCHES_PER_RULE,
  MAX_RULES_PER_TENANT,
  runCustomRules,
  SCAN_CHARS,
  UnsafePatternError,
  validateCustomRules,
} from "../../../src/auth/custom-rules";

/** Patterns known to backtrack catastrophically, or that could, in JavaScript's engine. */
const EVIL = [
  "(a+)+$",
  "(a|aa)*b",
  "(.*a){20}",
  "(a*)*b",
  "(a|a)+",
  "([a-z]+)*x",
  "(x+x+)+y",
  "(\\w+\\s?)+$",
  "^(a+)+$",
  "(a{1,10}){1,10}",
  "(a|aa){1,20}b",
  "(.{0,20}a){20}",
  "((ab|a){1,9})",
  "a{0,50}a{0,50}a{0,50}b",
  "(a)\\1",
  "(?<x>a)\\k<x>",
  "foo(?=bar)",
  "(?<!x)foo",
  "a{2,}",
  ".*",
  "a?",
  "x".repeat(201),
];

const SAFE = [
  "ignore\\s{1,3}previous",
  "project bluebird",
  "(?:root|admin) password",
  "[a-z]{3,12}@corp\\.example",
  "codename[-_ ]?zeta",
  "\\bsecret sauce\\b",
  "exfil(?:trate)? to https?://",
];

describe("custom-rule safety check", () => {
  it("rejects every known catastrophic or unsupported pattern (count, not wall-clock)", () => {
    const rejected = EVIL.filter((pattern) => {
      try {
        checkPatternSafety(pattern);
        return false;
      } catch (error) {
        expect(error).toBeInstanceOf(UnsafePatternError);
        return true;
      }
    });
    expect(rejected).toEqual(EVIL);
  });

  it("accepts ordinary bounded patterns", () => {
    for (const pattern of SAFE) expect(() => checkPatternSafety(pattern), pattern).not.toThrow();
  });

  it("explains why a pattern is refused", () => {
    expect(() => checkPatternSafety("(a+)+$")).toThrow(/unbounded repetition/);
    expect(() => checkPatternSafety("(a{1,5}){1,5}")).toThrow(/nested quantifiers/);
    expect(() => checkPatternSafety("(a|aa){1,5}")).toThrow(/alternatives/);
    expect(() => checkPatternSafety("(a)\\1")).toThrow(/backreferences/);
    expect(() => checkPatternSafety("a(?=b)")).toThrow(/lookahead/);
  });

  it("validates a tenant's rule list: ids, categories, weights, count", () => {
    const good = { id: "r1", pattern: "bluebird", category: "exfiltration", weight: 0.8 };
    expect(validateCustomRules([good])).toEqual([]);
    const problems = validateCustomRules([
      good,
      { ...good },
      { id: "Bad Id", pattern: "(a+)+", category: "nope", weight: 2 },
    ]);
    expect(problems.join("\n")).toMatch(/used twice/);
    expect(problems.join("\n")).toMatch(/customRules\.2\.id/);
    expect(problems.join("\n")).toMatch(/customRules\.2\.category/);
    expect(problems.join("\n")).toMatch(/customRules\.2\.weight/);
    expect(problems.join("\n")).toMatch(/customRules\.2\.pattern is refused/);
    const many = Array.from({ length: MAX_RULES_PER_TENANT + 1 }, (_, i) => ({ ...good, id: `r${i}` }));
    expect(validateCustomRules(many).join()).toMatch(/at most/);
  });

  it("runs rules on a bounded prefix with a bounded number of matches", () => {
    const [rule] = compileCustomRules([
      { id: "bb", pattern: "bluebird", category: "exfiltration", weight: 0.9 },
    ]);
    if (!rule) throw new Error("not compiled");
    const text = "bluebird ".repeat(100);
    const hits = runCustomRules([rule], text);
    expect(hits).toHaveLength(MAX_MATCHES_PER_RULE);
    expect(hits[0]).toEqual({
      rule: "tenant.custom.bb",
      category: "exfiltration",
      weight: 0.9,
      start: 0,
      end: 8,
    });
    const late = `${"x".repeat(SCAN_CHARS)}bluebird`;
    expect(runCustomRules([rule], late)).toEqual([]);
  });

  it("never compiles a stored rule that fails the check", () => {
    expect(
      compileCustomRules([{ id: "evil", pattern: "(a+)+$", category: "obfuscation", weight: 1 }]),
    ).toEqual([]);
  });
});
