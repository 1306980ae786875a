/**
 * Runs the rule set over one normalised text and maps hits back to original offsets.
 */

import { evalGate } from "./literals";
import type { NormalizedText } from "./normalize";
import type { RuleGates, RuleParts } from "./rule-gates";
import type { Rule, RuleSet } from "./rules/index";
import type { KeywordHits } from "./rules/keywords";

/** A rule hit with its span in the scanned text (before any decode mapping). */
export interface Hit {
  rule: Rule;
  start: number;
  end: number;
}

/**
 * At most this many spans are reported per rule and text. Scanning for a rule stops there:
 * further matches of the same rule do not change the score (a rule counts once), so this bounds
 * work and output on adversarial repetitive input without hiding any rule that fires. Only the
 * mention check needs them all: it scans a rule at this limit on (scanRuleSpans, engine.ts).
 */
export const MAX_SPANS_PER_RULE = 5;

/** Characters allowed before a `lineStart` match on its line: indentation and quote/list markers. */
function isLinePrefixChar(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x3e /* > */ || c === 0x2a /* * */ || c === 0x2d /* - */ || c === 0x0d
  );
}

/** True when `pos` in `text` is at the start of a line, ignoring indentation and list/quote markers. */
export function atLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1, seen = 0; i >= 0; i--, seen++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (seen >= 64 || !isLinePrefixChar(c)) return false;
  }
  return true;
}

/**
 * Maps a folded span to the original text: start is the origin of the first folded character;
 * end is the origin of the character after the span, pulled back over trailing whitespace.
 */
function mapSpan(original: string, norm: NormalizedText, fs: number, fe: number): [number, number] {
  const start = norm.offsets[fs] as number;
  let end = norm.offsets[fe] as number;
  if (fe > fs) {
    // If the last folded char came from a multi-unit cluster, include the whole cluster.
    const lastOrigin = norm.offsets[fe - 1] as number;
    if (end <= lastOrigin) end = lastOrigin + 1;
  }
  while (end > start + 1) {
    const c = original.charCodeAt(end - 1);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) end--;
    else break;
  }
  return [start, Math.max(start, end)];
}

/** True when each of rule ri's `requires` clauses has at least one of its keyword ids present. */
function clausesHold(requires: NonNullable<RuleSet["requires"]>, ri: number, present: Uint8Array): boolean {
  const { ruleClauses, clauses } = requires;
  for (let j = ruleClauses.start[ri] as number, je = ruleClauses.start[ri + 1] as number; j < je; j++) {
    const c = ruleClauses.ids[j] as number;
    let ok = false;
    for (let k = clauses.start[c] as number, ke = clauses.start[c + 1] as number; k < ke; k++) {
      if (present[clauses.ids[k] as number] === 1) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}

/**
 * Scratch buffer reused across calls: a typed array over 64 bytes gets an off-heap backing store,
 * and allocating one per call cost about as much as the keyword-to-rule pass itself. scanRules
 * never calls itself, so one buffer is enough.
 */
let activeBuf: Uint8Array = new Uint8Array(0);

/** The shared scratch buffer as a zeroed `active` array of `n` bytes (one per rule). */
function activeFor(n: number): Uint8Array {
  if (activeBuf.length !== n) activeBuf = new Uint8Array(n);
  else activeBuf.fill(0);
  return activeBuf;
}

/**
 * Finds rule hits in `norm.folded`.
 *
 * @param original the text `norm` was made from (for line-start checks and span mapping)
 * @param norm its normalisation
 * @param set rules with their prefilter
 * @param prescan when the caller has scanned `norm.folded` already: `hits`, a KeywordIndex scan
 *   whose ids start with `set.index.keywords` (it may hold more keywords after them), and
 *   optionally `gates`, the literal gates of `set` (rule-gates.ts) over the same scan: a rule
 *   passing its keywords then runs only when its gate holds too, and a split rule runs only the
 *   alternatives whose gate holds. Without it, `set.index` scans here.
 */
export function scanRules(
  original: string,
  norm: NormalizedText,
  set: RuleSet,
  prescan?: { hits: KeywordHits; gates?: RuleGates },
): Hit[] {
  const folded = norm.folded;
  let scanned = prescan?.hits;
  if (scanned === undefined) {
    set.index.scan(folded);
    scanned = set.index.lastFound;
  }
  const present = scanned.bytes;
  const active = activeFor(set.rules.length);
  const { start: ruleStart, ids: ruleIds } = set.keywordRules;
  const nk = ruleStart.length - 1;
  for (let i = 0; i < scanned.count; i++) {
    const k = scanned.ids[i] as number;
    if (k >= nk) continue; // a cue or gate literal of the same scan
    for (let j = ruleStart[k] as number, je = ruleStart[k + 1] as number; j < je; j++)
      active[ruleIds[j] as number] = 1;
  }
  const requires = set.requires;
  if (requires !== undefined) {
    const { rules: requiring } = requires;
    for (let i = 0; i < requiring.length; i++) {
      const ri = requiring[i] as number;
      if (active[ri] === 1 && !clausesHold(requires, ri, present)) active[ri] = 0;
    }
  }
  const hits: Hit[] = [];
  for (let ri = 0; ri < set.rules.length; ri++) {
    if (active[ri] === 0) continue;
    const rule = set.rules[ri] as Rule;
    const ruleGates = prescan?.gates;
    if (ruleGates !== undefined) {
      const { program, parts, gates } = ruleGates;
      const ruleParts = parts[ri];
      if (ruleParts !== undefined) {
        const chosen = partsToRun(ruleParts, program, present);
        if (chosen !== undefined) {
          if (chosen.length > 0) scanParts(original, norm, rule, chosen, hits);
          continue;
        }
      }
      const gate = gates[ri] as number;
      if (gate >= 0 && !evalGate(program, gate, present)) continue;
    }
    scanRegex(original, norm, rule, hits);
  }
  return hits;
}

/**
 * The matches of one rule over the whole text, up to `limit` (scanRules stops at
 * MAX_SPANS_PER_RULE): for the mention check, which must see a rule's later matches before it may
 * discount the rule.
 */
export function scanRuleSpans(original: string, norm: NormalizedText, rule: Rule, limit: number): Hit[] {
  const hits: Hit[] = [];
  scanRegex(original, norm, rule, hits, limit);
  return hits;
}

/**
 * Records a match of `rule` at folded [fs, fe) unless the rule wants a line start and it is not at
 * one. Returns true when the match was recorded.
 */
function record(
  original: string,
  norm: NormalizedText,
  rule: Rule,
  fs: number,
  fe: number,
  hits: Hit[],
): boolean {
  const [start, end] = mapSpan(original, norm, fs, fe);
  if (rule.lineStart && !atLineStart(original, start)) return false;
  hits.push({ rule, start, end });
  return true;
}

/** Runs the rule's whole regex over the folded text, up to `limit` recorded matches. */
function scanRegex(
  original: string,
  norm: NormalizedText,
  rule: Rule,
  hits: Hit[],
  limit = MAX_SPANS_PER_RULE,
): void {
  const folded = norm.folded;
  const re = rule.regex;
  re.lastIndex = 0;
  let found = 0;
  let m: RegExpExecArray | null = re.exec(folded);
  while (m !== null) {
    const fs = m.index;
    const fe = fs + m[0].length;
    if (fe === fs) re.lastIndex = fs + 1; // never loop on an empty match
    if (record(original, norm, rule, fs, fe, hits) && ++found >= limit) break;
    m = re.exec(folded);
  }
  re.lastIndex = 0;
}

/**
 * Scratch for the alternatives chosen for one rule, their indices and regexes (scanRules is not
 * re-entrant, and a rule's chosen alternatives are used before the next rule's are picked);
 * bounded by the largest number of alternatives of a rule.
 */
const chosenBuf: number[] = [];
const chosenRegexes: RegExp[] = [];

/**
 * The regexes of the alternatives of a split rule whose gate holds (in chosenRegexes, `length`
 * set), or undefined when they all hold (then the whole regex runs: one scan instead of several).
 */
function partsToRun(parts: RuleParts, program: Int32Array, literals: Uint8Array): RegExp[] | undefined {
  const gates = parts.gates;
  let n = 0;
  for (let j = 0; j < gates.length; j++) {
    const at = gates[j] as number;
    if (at < 0 || evalGate(program, at, literals)) chosenBuf[n++] = j;
  }
  if (n === gates.length) return undefined;
  const regexes = chosenRegexes;
  regexes.length = n;
  for (let j = 0; j < n; j++) regexes[j] = parts.regex(chosenBuf[j] as number);
  return regexes;
}

/** Scratch of scanParts: per alternative, its next match's start (−1: none left) and end. */
const partStart: number[] = [];
const partEnd: number[] = [];

/** Sets partStart[j] / partEnd[j] to the leftmost match of `re` at or after `from`. */
function nextMatch(folded: string, re: RegExp, j: number, from: number): void {
  re.lastIndex = from;
  const m = re.exec(folded);
  partStart[j] = m === null ? -1 : m.index;
  partEnd[j] = m === null ? -1 : m.index + m[0].length;
}

/**
 * Runs some top-level alternatives of a rule's pattern, each compiled alone, and reports exactly
 * the matches the whole regex would report if the other alternatives cannot match: the whole regex
 * from a position finds the leftmost start where some alternative matches, taking the first
 * alternative (in pattern order) that matches there, and continues after that match.
 *
 * @param parts the alternatives to run, in pattern order
 */
function scanParts(original: string, norm: NormalizedText, rule: Rule, parts: RegExp[], hits: Hit[]): void {
  const folded = norm.folded;
  const n = parts.length;
  for (let j = 0; j < n; j++) nextMatch(folded, parts[j] as RegExp, j, 0);
  let found = 0;
  for (;;) {
    let best = -1;
    for (let j = 0; j < n; j++) {
      const s = partStart[j] as number;
      if (s >= 0 && (best < 0 || s < (partStart[best] as number))) best = j;
    }
    if (best < 0) break;
    const fs = partStart[best] as number;
    const fe = partEnd[best] as number;
    if (record(original, norm, rule, fs, fe, hits) && ++found >= MAX_SPANS_PER_RULE) break;
    const from = fe === fs ? fs + 1 : fe; // never loop on an empty match
    for (let j = 0; j < n; j++) {
      const s = partStart[j] as number;
      if (s >= 0 && s < from) nextMatch(folded, parts[j] as RegExp, j, from);
    }
  }
  for (let j = 0; j < n; j++) (parts[j] as RegExp).lastIndex = 0;
}
