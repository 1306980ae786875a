/**
 * Runs the rule set over one normalised text and maps hits back to original offsets.
 */
import type { NormalizedText } from "./normalize";
import type { Rule, RuleSet } from "./rules/index";

/** A rule hit with its span in the scanned text (before any decode mapping). */
export interface Hit {
  rule: Rule;
  start: number;
  end: number;
}

/**
 * At most this many spans are reported per rule and text. Scanning for a rule stops there:
 * further matches of the same rule do not change the score (a rule counts once), so this bounds
 * work and output on adversarial repetitive input without hiding any rule that fires.
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

/** True when every clause has at least one of its keyword ids present. */
function clausesHold(clauses: readonly (readonly number[])[], present: Uint8Array): boolean {
  for (const clause of clauses) {
    let ok = false;
    for (const id of clause) {
      if (present[id] === 1) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}

/**
 * Scratch buffers reused across calls: a typed array over 64 bytes gets an off-heap backing
 * store, and allocating one (plus a Uint32Array view) per call cost about as much as the
 * keyword-to-rule pass itself. scanRules never calls itself, so one buffer of each is enough.
 */
let activeBuf: Uint8Array = new Uint8Array(0);
let quadsSrc: Uint8Array | undefined;
let quadsBuf: Uint32Array<ArrayBufferLike> = new Uint32Array(0);

/** The shared scratch buffer as a zeroed `active` array of `n` bytes (one per rule). */
function activeFor(n: number): Uint8Array {
  if (activeBuf.length !== n) activeBuf = new Uint8Array(n);
  else activeBuf.fill(0);
  return activeBuf;
}

/** `present` viewed as `words` 32-bit words; the view is kept while the caller reuses its array. */
function quadsOf(present: Uint8Array, words: number): Uint32Array {
  if (quadsSrc !== present || quadsBuf.length !== words || quadsBuf.buffer !== present.buffer) {
    quadsSrc = present;
    quadsBuf = new Uint32Array(present.buffer, present.byteOffset, words);
  }
  return quadsBuf;
}

/**
 * Finds rule hits in `norm.folded`.
 *
 * @param original the text `norm` was made from (for line-start checks and span mapping)
 * @param norm its normalisation
 * @param set rules with their prefilter
 * @param keywords which of `set.index.keywords` occur in `norm.folded` (byte per keyword id; may be
 *   longer), when the caller has scanned for them already; scanned here otherwise
 */
export function scanRules(
  original: string,
  norm: NormalizedText,
  set: RuleSet,
  keywords?: Uint8Array,
): Hit[] {
  const folded = norm.folded;
  const present = keywords ?? set.index.scan(folded);
  const active = activeFor(set.rules.length);
  const keywordRules = set.keywordRules;
  const nk = keywordRules.length;
  // Most keywords are absent: test them four at a time (one 32-bit load per four presence bytes).
  const words = present.byteOffset % 4 === 0 ? nk >>> 2 : 0;
  const quads = quadsOf(present, words);
  for (let w = 0; w < words; w++) {
    if (quads[w] === 0) continue;
    for (let k = w << 2, e = k + 4; k < e; k++) {
      if (present[k] === 0) continue;
      for (const ri of keywordRules[k] as readonly number[]) active[ri] = 1;
    }
  }
  for (let k = words << 2; k < nk; k++) {
    if (present[k] === 0) continue;
    for (const ri of keywordRules[k] as readonly number[]) active[ri] = 1;
  }
  const requires = set.requires;
  if (requires !== undefined) {
    for (let ri = 0; ri < active.length; ri++) {
      if (active[ri] === 0) continue;
      const clauses = requires[ri];
      if (clauses !== undefined && !clausesHold(clauses, present)) active[ri] = 0;
    }
  }
  const hits: Hit[] = [];
  for (let ri = 0; ri < set.rules.length; ri++) {
    if (active[ri] === 0) continue;
    const rule = set.rules[ri] as Rule;
    const re = rule.regex;
    re.lastIndex = 0;
    let found = 0;
    let m: RegExpExecArray | null = re.exec(folded);
    while (m !== null) {
      const fs = m.index;
      const fe = fs + m[0].length;
      if (fe === fs) re.lastIndex = fs + 1; // never loop on an empty match
      const [start, end] = mapSpan(original, norm, fs, fe);
      if (!rule.lineStart || atLineStart(original, start)) {
        hits.push({ rule, start, end });
        if (++found >= MAX_SPANS_PER_RULE) break;
      }
      m = re.exec(folded);
    }
    re.lastIndex = 0;
  }
  return hits;
}
