/**
 * Literal gates of the rules' regexes (literals.ts), a second prefilter after the rules' own
 * keywords. Many rules are gated by common words ("ta ", "su ", "prompt") yet their regex needs a
 * conjunction of rarer ones (a verb AND a possessive AND a noun), so on attack-dense text most rules
 * pass their keyword gate and then scan the whole text without a match. The literal gate is derived
 * from the pattern itself: every match contains its strings, so a text failing it cannot match and
 * skipping the regex changes nothing the rule finds.
 *
 * A pattern that is a top-level alternation (the multilingual rules: one alternative per language)
 * gets a gate per alternative, and each alternative is also compiled alone, so a text that can
 * only match some alternatives runs only those (scan.ts merges their matches into exactly the
 * matches of the whole regex).
 *
 * Only ASCII literals are scanned for: the non-ASCII keyword automaton (keywords.ts) is built only
 * when a text holds a non-ASCII code unit, and these literals would double it. A non-ASCII literal
 * is gated by the blocks of 128 code units its non-ASCII characters fall in instead ("the text holds
 * a code unit of U+0400..U+047F"): the rules match the folded text exactly (no `i` flag), so a text
 * lacking one of those blocks cannot hold the literal. That keeps an alternative written in one
 * script from running on text in another (the Chinese alternatives of a rule on a Russian
 * document) or on ASCII text, at the cost of one pass over the code units of non-ASCII texts.
 *
 * The gates are derived from the patterns at build time (`npm run gen:gates` writes
 * rule-gates.generated.ts): parsing ~300 K characters of pattern took 160–270 ms of an isolate's
 * first request. The entries hold the gates in block form and are emitted straight into the gate
 * program (emitSerial): rebuilding them as objects and rewriting their non-ASCII literals took
 * another ~40 ms of it. Each generated entry carries the hash of the exact pattern it came from,
 * and a pattern without a matching entry (edited since) has its gates derived here, as before.
 */
import { ALL, ANY, emitGate, type LiteralGate, ONE, sourceGate } from "./literals";
import { PRECOMPUTED_GATES } from "./rule-gates.generated";
import type { RuleSet } from "./rules/index";
import { withTraceFlushes } from "./rules/rule";

/** Gate offset meaning "no gate: always run". */
export const NO_GATE = -1;

/** Offset, in every RuleGates program, of a gate that never holds (an empty "one of"). */
export const NEVER_GATE = 0;

/** The top-level alternatives of a split rule, each compiled alone, with their gates. */
export interface RuleParts {
  /** gates[j]: offset of alternative j's gate in RuleGates.program, or NO_GATE. */
  readonly gates: Int32Array;
  /** Alternative j's regex (built on first use: most alternatives never run on given traffic). */
  regex(j: number): RegExp;
}

/**
 * RuleParts whose regexes are constructed when first asked for (V8 parses a pattern on
 * construction; and splitting every pattern took ~10 ms of the first request, unoptimised code on
 * 300 K characters).
 */
class LazyParts implements RuleParts {
  private alts: string[] | undefined;
  private readonly compiled: (RegExp | undefined)[] = [];

  constructor(
    private readonly pattern: string,
    readonly gates: Int32Array,
  ) {}

  regex(j: number): RegExp {
    let re = this.compiled[j];
    if (re === undefined) {
      this.alts ??= topLevelAlternatives(this.pattern);
      re = new RegExp(withTraceFlushes(this.alts[j] as string), "g");
      this.compiled[j] = re;
    }
    return re;
  }
}

/**
 * The literal gates of one rule set, as offsets into one gate program (literals.ts evalGate) over a
 * presence vector of their literals. One program rather than a closure and a typed array per
 * gate: scanRules tests a few dozen gates per text, at places that differ from text to text, and
 * scattered over the heap each test was a few cache misses.
 */
export interface RuleGates {
  readonly program: Int32Array;
  /** gates[ri]: offset of rule ri's gate; NO_GATE when it has none, or is split (its parts carry the gates). */
  readonly gates: Int32Array;
  /** parts[ri]: the rule's alternatives (in pattern order) when it has several, one gated at least. */
  readonly parts: readonly (RuleParts | undefined)[];
  /** blockIds[b]: the id of blockLiteral(b), or −1 when no gate tests it (see markBlocks). */
  readonly blockIds: Int32Array;
}

/**
 * Splits a regex source at its top-level `|` (outside groups and character classes).
 * Returns [source] when there is no top-level alternation.
 */
export function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  // Code units, not one-character strings: this runs over every rule's pattern on the first request.
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5c /* \\ */) i++;
    else if (inClass) inClass = c !== 0x5d; /* ] */
    else if (c === 0x5b /* [ */) inClass = true;
    else if (c === 0x28 /* ( */) depth++;
    else if (c === 0x29 /* ) */) depth--;
    else if (c === 0x7c /* | */ && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}

/** Assigns literals their ids in the presence vector the gates will test. */
type IdOf = (literal: string) => number;

/** A block is the code units sharing `unit >>> BLOCK_BITS` (128 of them). */
const BLOCK_BITS = 7;

/** Number of blocks of UTF-16 code units. */
export const BLOCK_COUNT = 0x10000 >>> BLOCK_BITS;

/**
 * The literal standing for "the text holds a code unit of block `b`": NUL and `b` in base 36. NUL
 * starts no rule keyword, so the keyword scan finds it only in a text holding NUL and those digits,
 * which only runs a regex the gate could have skipped.
 */
export function blockLiteral(b: number): string {
  return `\u0000${b.toString(36)}`;
}

/** The distinct blocks of `s`'s non-ASCII code units, ascending. */
function blocksOf(s: string): number[] {
  const blocks = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) blocks.add(c >>> BLOCK_BITS);
  }
  return [...blocks].sort((a, b) => a - b);
}

/**
 * `g` with each non-ASCII literal replaced by all the block literals of its non-ASCII code units
 * (a match holds every code unit of the literal); ASCII literals stay.
 */
function blockGate(g: LiteralGate): LiteralGate {
  if ("all" in g) return { all: g.all.map(blockGate) };
  if ("one" in g) return { one: g.one.map(blockGate) };
  const single = new Set<string>();
  const several = new Map<string, LiteralGate>(); // one gate per set of blocks
  for (const s of g.any) {
    const blocks = blocksOf(s);
    if (blocks.length === 0) single.add(s);
    else if (blocks.length === 1) single.add(blockLiteral(blocks[0] as number));
    else several.set(blocks.join(), { all: blocks.map((b) => ({ any: [blockLiteral(b)] })) });
  }
  if (several.size === 0) return { any: [...single] };
  const multi = [...several.values()];
  return { one: single.size > 0 ? [{ any: [...single] }, ...multi] : multi };
}

/**
 * Marks in `found` the block literals (blockLiteral) of `text`'s non-ASCII code units that some
 * gate tests. Call it after the keyword scan of a text holding a non-ASCII code unit.
 *
 * @param blockIds RuleGates.blockIds
 */
export function markBlocks(text: string, blockIds: Int32Array, found: Uint8Array): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const id = blockIds[c >>> BLOCK_BITS] as number;
    if (id >= 0) found[id] = 1;
  }
}

/**
 * The gates of one rule's pattern, non-ASCII literals in block form (blockGate): `parts` (one per
 * top-level alternative, in pattern order) when the rule is split, else `whole`.
 */
export interface PatternGates {
  whole: LiteralGate | null;
  parts?: (LiteralGate | null)[];
}

/**
 * Derives the gates of a pattern (the slow path: parses the pattern). The alternatives are split
 * off unless splitting cannot help (a single alternative, none gated) or could change matches (a
 * back-reference numbers groups across them).
 */
export function derivePatternGates(pattern: string): PatternGates {
  const gateOf = (source: string) => {
    const g = sourceGate(source);
    return g === null ? null : blockGate(g);
  };
  const whole = () => ({ whole: gateOf(pattern) });
  if (/\\[1-9]|\\k</.test(pattern)) return whole();
  const alts = topLevelAlternatives(pattern);
  if (alts.length < 2) return whole();
  const parts = alts.map(gateOf);
  return parts.some((p) => p !== null) ? { whole: null, parts } : whole();
}

/**
 * Short hash of a pattern source: its length and 32-bit FNV-1a over its UTF-16 code units, base 36.
 * A precomputed entry is used only for a pattern with the same hash, so an edited rule whose
 * generated entry was not refreshed derives its gates (the unit test catches the stale file).
 */
export function sourceHash(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return `${source.length.toString(36)}.${(h >>> 0).toString(36)}`;
}

/**
 * A LiteralGate as JSON-able data, compactly, for a given pattern: `{ any }` is its array of
 * strings, `{ all }` is `["&", ...parts]`, `{ one }` is `["|", ...parts]` (no literal is "&" or
 * "|": too short to gate on); 0: no gate. Most strings occur in the pattern (runs of plain
 * characters) and are written as a number, `delta · 64 + length`: the string is at `delta` code
 * units after the end of the previous string so written (in the order a depth-first walk of the
 * rule's gates meets them, across its alternatives), which keeps the numbers small (the table
 * file was 19 KB gzip instead of 38 with absolute offsets). Non-ASCII literals are stored already
 * rewritten into block literals (written as strings), so loading a gate only looks its strings up.
 */
export type SerialGate = readonly (string | number | SerialGate)[] | 0;

/** One rule's precomputed gates: the hash of its pattern (sourceHash), whole, parts. */
export type GateEntry = readonly [hash: string, whole: SerialGate, parts?: readonly SerialGate[]];

/** Where the previous string written as a number ended in the pattern. */
interface Cursor {
  at: number;
}

function serializeGate(g: LiteralGate | null, pattern: string, cur: Cursor): SerialGate {
  if (g === null) return 0;
  if ("any" in g)
    return g.any.map((x) => {
      let at = pattern.indexOf(x, cur.at);
      if (at < 0) at = pattern.indexOf(x);
      if (at < 0 || x.length >= 64) return x;
      const delta = at - cur.at;
      cur.at = at + x.length;
      return delta * 64 + x.length;
    });
  return ["all" in g ? "&" : "|", ...("all" in g ? g.all : g.one).map((p) => serializeGate(p, pattern, cur))];
}

/**
 * Appends a stored gate to `prog` as literals.ts emitGate would append the gate it stands for,
 * without building that gate: this runs for every rule on an isolate's first request.
 *
 * @returns the node's offset, or NO_GATE for 0 (no gate)
 */
function emitSerial(g: SerialGate, pattern: string, cur: Cursor, idOf: IdOf, prog: number[]): number {
  if (g === 0) return NO_GATE;
  const at = prog.length;
  const tag = g[0];
  if (tag === "&" || tag === "|") {
    prog.push(tag === "&" ? ALL : ONE, g.length - 1);
    for (let i = 1; i < g.length; i++) prog.push(0);
    for (let i = 1; i < g.length; i++)
      prog[at + 1 + i] = emitSerial(g[i] as SerialGate, pattern, cur, idOf, prog);
    return at;
  }
  prog.push(ANY, g.length);
  for (const x of g) {
    if (typeof x !== "number") {
      prog.push(idOf(x as string));
      continue;
    }
    const delta = Math.floor(x / 64);
    const from = cur.at + delta;
    cur.at = from + (x - delta * 64);
    prog.push(idOf(pattern.slice(from, cur.at)));
  }
  return at;
}

/** The generated entry of a pattern (`npm run gen:gates`). */
export function gateEntry(pattern: string): GateEntry {
  const g = derivePatternGates(pattern);
  const hash = sourceHash(pattern);
  const cur = { at: 0 };
  return g.parts === undefined
    ? [hash, serializeGate(g.whole, pattern, cur)]
    : [hash, 0, g.parts.map((p) => serializeGate(p, pattern, cur))];
}

/**
 * Builds the literal gates of `set`'s rules (a rule whose pattern yields no gate gets none).
 *
 * @param set the rule set; its rules' `pattern` is analysed (the same matches as `regex`, whose
 *   source is only rewritten by withTraceFlushes)
 * @param idOf id of a literal in the presence vector the gates will be given: the caller scans the
 *   folded text for every literal it was asked about, ASCII strings and block literals (which
 *   markBlocks sets, with the returned blockIds)
 * @param table precomputed gates (default: the generated table)
 */
export function buildRuleGates(
  set: RuleSet,
  idOf: IdOf,
  table: readonly GateEntry[] = PRECOMPUTED_GATES,
): RuleGates {
  const blockIds = new Int32Array(BLOCK_COUNT).fill(-1);
  const gateIdOf: IdOf = (s) => {
    const id = idOf(s);
    // Exactly a block literal: a rule literal that merely starts with NUL must not take a block's id.
    if (s.charCodeAt(0) === 0) {
      const b = Number.parseInt(s.slice(1), 36);
      if (b >= 0 && b < BLOCK_COUNT && s === blockLiteral(b)) blockIds[b] = id;
    }
    return id;
  };
  const byHash = new Map<string, GateEntry>();
  for (const e of table) byHash.set(e[0], e);
  const prog: number[] = [];
  emitGate({ one: [] }, gateIdOf, prog); // NEVER_GATE
  const gates = new Int32Array(set.rules.length).fill(NO_GATE);
  const parts = set.rules.map((rule, ri) => {
    // A table entry is used only for the pattern it was derived from (by hash).
    const e = byHash.get(sourceHash(rule.pattern)) ?? gateEntry(rule.pattern);
    const cur = { at: 0 };
    const alts = e[2];
    if (alts === undefined) {
      gates[ri] = emitSerial(e[1], rule.pattern, cur, gateIdOf, prog);
      return undefined;
    }
    // A split rule is gated by its alternatives' gates (scan.ts never reads its own).
    return new LazyParts(
      rule.pattern,
      Int32Array.from(alts, (g) => emitSerial(g, rule.pattern, cur, gateIdOf, prog)),
    );
  });
  return { program: Int32Array.from(prog), gates, parts, blockIds };
}
