/**
 * Tenants' custom detection rules: regular expressions, vetted before they are stored so that no
 * tenant can submit one that backtracks catastrophically (ReDoS) and stalls the isolate.
 *
 * JavaScript's regex engine backtracks, so the check is structural, not a timer: only a subset
 * whose worst case is bounded by the pattern's own size is accepted.
 * - at most {@link MAX_PATTERN_LENGTH} characters, {@link MAX_RULES_PER_TENANT} rules per tenant;
 * - no backreferences (`\1`, `\k<n>`), no lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`);
 * - no unbounded repetition (`*`, `+`, `{n,}`): use `{m,n}` with n <= {@link MAX_REPEAT};
 * - no nested quantifiers (a quantified group may not contain a quantifier) and no repeated
 *   group containing an alternation (`(a|aa){1,9}`: overlapping alternatives multiply paths;
 *   an optional one, `(?:a|b)?`, is fine);
 * - the product of all repetition bounds (the number of ways the pattern can split one input
 *   position) at most {@link MAX_COMPLEXITY};
 * - must not match the empty string; must compile with the `iu` flags.
 * At run time, each rule scans at most {@link SCAN_CHARS} characters of the normalised text and
 * reports at most {@link MAX_MATCHES_PER_RULE} matches. Worst case per rule and text is then about
 * SCAN_CHARS × MAX_COMPLEXITY steps.
 */
import { CATEGORIES } from "../detection/types";

export const MAX_PATTERN_LENGTH = 200;
export const MAX_RULES_PER_TENANT = 20;
export const MAX_REPEAT = 50;
export const MAX_COMPLEXITY = 2_500;
export const SCAN_CHARS = 8_192;
export const MAX_MATCHES_PER_RULE = 10;
export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** Why a pattern was refused (client-safe). */
export class UnsafePatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafePatternError";
  }
}

interface GroupFrame {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

/**
 * Checks `pattern` against the safe subset. Returns its complexity (product of repetition
 * bounds); throws UnsafePatternError with the reason otherwise.
 */
export function checkPatternSafety(pattern: string): number {
  if (pattern.length === 0) throw new UnsafePatternError("the pattern is empty");
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new UnsafePatternError(`the pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  const stack: GroupFrame[] = [{ hasQuantifier: false, hasAlternation: false }];
  let complexity = 1;
  /** What the next quantifier would apply to. */
  let previous: "none" | "atom" | "group" | "quantifier" = "none";
  let lastGroup: GroupFrame | null = null;

  const quantify = (max: number, token: string) => {
    if (previous === "none") throw new UnsafePatternError(`"${token}" has nothing to repeat`);
    if (previous === "quantifier") throw new UnsafePatternError(`"${token}" repeats a repetition`);
    if (previous === "group" && lastGroup) {
      if (lastGroup.hasQuantifier)
        throw new UnsafePatternError("nested quantifiers (a repeated group that contains a repetition)");
      if (lastGroup.hasAlternation && max > 1)
        throw new UnsafePatternError("a repeated group with alternatives (|) (only ? may follow one)");
    }
    for (const frame of stack) frame.hasQuantifier = true;
    complexity *= max + 1;
    if (complexity > MAX_COMPLEXITY)
      throw new UnsafePatternError(
        `too much repetition (the product of repetition bounds exceeds ${MAX_COMPLEXITY})`,
      );
    previous = "quantifier";
  };

  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) throw new UnsafePatternError("the pattern ends with a backslash");
      if (/[1-9]/.test(next) || next === "k") throw new UnsafePatternError("backreferences are not allowed");
      if (next === "u" && pattern[i + 2] === "{") {
        const close = pattern.indexOf("}", i);
        i = close < 0 ? pattern.length : close + 1;
      } else if (next === "p" || next === "P") {
        const close = pattern.indexOf("}", i);
        i = close < 0 ? pattern.length : close + 1;
      } else if (next === "x") i += 4;
      else if (next === "u") i += 6;
      else if (next === "c") i += 3;
      else i += 2;
      previous = "atom";
      continue;
    }
    if (ch === "[") {
      // Character class: skip to its closing bracket (escapes inside are fine).
      let j = i + 1;
      if (pattern[j] === "^") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") j += pattern[j] === "\\" ? 2 : 1;
      if (j >= pattern.length) throw new UnsafePatternError("unterminated character class");
      i = j + 1;
      previous = "atom";
      continue;
    }
    if (ch === "(") {
      if (pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i))
        throw new UnsafePatternError("lookaheads are not allowed");
      if (pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i))
        throw new UnsafePatternError("lookbehinds are not allowed");
      if (pattern.startsWith("(?:", i)) i += 3;
      else if (pattern.startsWith("(?<", i)) {
        const close = pattern.indexOf(">", i);
        if (close < 0) throw new UnsafePatternError("unterminated group name");
        i = close + 1;
      } else if (pattern[i + 1] === "?") throw new UnsafePatternError("unsupported group modifier");
      else i += 1;
      stack.push({ hasQuantifier: false, hasAlternation: false });
      previous = "none";
      continue;
    }
    if (ch === ")") {
      if (stack.length === 1) throw new UnsafePatternError("unbalanced parenthesis");
      const frame = stack.pop() as GroupFrame;
      const parent = stack[stack.length - 1] as GroupFrame;
      // An alternation inside a group counts for every enclosing group too.
      if (frame.hasAlternation) parent.hasAlternation = true;
      lastGroup = frame;
      previous = "group";
      i += 1;
      continue;
    }
    if (ch === "|") {
      (stack[stack.length - 1] as GroupFrame).hasAlternation = true;
      previous = "none";
      i += 1;
      continue;
    }
    if (ch === "*" || ch === "+") {
      throw new UnsafePatternError(`unbounded repetition "${ch}": use {m,n} with n <= ${MAX_REPEAT}`);
    }
    if (ch === "?") {
      quantify(1, "?");
      i += 1;
      if (pattern[i] === "?") i += 1; // lazy modifier
      continue;
    }
    if (ch === "{") {
      const match = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(pattern.slice(i));
      if (!match) {
        previous = "atom"; // a literal brace (rejected later by the `u` flag if malformed)
        i += 1;
        continue;
      }
      const min = Number(match[1]);
      const hasComma = match[2] !== undefined;
      if (hasComma && (match[3] ?? "") === "")
        throw new UnsafePatternError(`unbounded repetition "{${min},}": give an upper bound`);
      const max = hasComma ? Number(match[3]) : min;
      if (max < min) throw new UnsafePatternError(`repetition {${min},${max}} has max < min`);
      if (max > MAX_REPEAT) throw new UnsafePatternError(`repetition above ${MAX_REPEAT} is not allowed`);
      quantify(max, match[0]);
      i += match[0].length;
      if (pattern[i] === "?") i += 1;
      continue;
    }
    previous = "atom";
    i += 1;
  }
  if (stack.length !== 1) throw new UnsafePatternError("unbalanced parenthesis");
  let compiled: RegExp;
  try {
    compiled = new RegExp(pattern, "iu");
  } catch {
    throw new UnsafePatternError("the pattern is not a valid regular expression");
  }
  if (compiled.test("")) throw new UnsafePatternError("the pattern matches the empty string");
  return complexity;
}

/** A rule as a tenant submits it. */
export interface CustomRuleInput {
  id: string;
  pattern: string;
  category: string;
  weight: number;
  description?: string;
}

/** Problems with a tenant's rule list, one message per rejected rule (empty = all accepted). */
export function validateCustomRules(rules: readonly CustomRuleInput[]): string[] {
  const problems: string[] = [];
  if (rules.length > MAX_RULES_PER_TENANT)
    problems.push(`at most ${MAX_RULES_PER_TENANT} custom rules per tenant (got ${rules.length})`);
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    const at = `customRules.${index}`;
    if (!RULE_ID_PATTERN.test(rule.id)) problems.push(`${at}.id must match ${RULE_ID_PATTERN}`);
    else if (ids.has(rule.id)) problems.push(`${at}.id "${rule.id}" is used twice`);
    ids.add(rule.id);
    if (!(CATEGORIES as readonly string[]).includes(rule.category))
      problems.push(`${at}.category must be one of ${CATEGORIES.join(", ")}`);
    if (!(rule.weight > 0 && rule.weight <= 1)) problems.push(`${at}.weight must be in (0, 1]`);
    try {
      checkPatternSafety(rule.pattern);
    } catch (error) {
      if (!(error instanceof UnsafePatternError)) throw error;
      problems.push(`${at}.pattern is refused: ${error.message}`);
    }
  });
  return problems;
}

/** A vetted rule, compiled. */
export interface CompiledRule {
  rule: string;
  category: string;
  weight: number;
  regex: RegExp;
}

/** Compiles rules already accepted by validateCustomRules (anything that fails now is skipped). */
export function compileCustomRules(rules: readonly CustomRuleInput[]): CompiledRule[] {
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    try {
      checkPatternSafety(rule.pattern);
      compiled.push({
        rule: `tenant.custom.${rule.id}`,
        category: rule.category,
        weight: rule.weight,
        regex: new RegExp(rule.pattern, "giu"),
      });
    } catch {
      // A stored rule that no longer passes the check (e.g. tightened limits) is not run.
    }
  }
  return compiled;
}

/** A hit of a custom rule on the normalised text (folded offsets, end exclusive). */
export interface FoldedHit {
  rule: string;
  category: string;
  weight: number;
  start: number;
  end: number;
}

/** Runs compiled rules over the first SCAN_CHARS characters of `folded`. */
export function runCustomRules(rules: readonly CompiledRule[], folded: string): FoldedHit[] {
  const input = folded.length > SCAN_CHARS ? folded.slice(0, SCAN_CHARS) : folded;
  const hits: FoldedHit[] = [];
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (let n = 0; n < MAX_MATCHES_PER_RULE; n++) {
      const match = rule.regex.exec(input);
      if (!match) break;
      const end = match.index + match[0].length;
      hits.push({ rule: rule.rule, category: rule.category, weight: rule.weight, start: match.index, end });
      if (match[0].length === 0) rule.regex.lastIndex++;
    }
  }
  return hits;
}
