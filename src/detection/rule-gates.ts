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
 * Only ASCII literals are scanned for: an automaton over non-ASCII keywords needs a 65,536-entry
 * class table and rows as wide as its alphabet (tens of MB for these literals), too much for a
 * Worker isolate. A non-ASCII literal is treated as always present (the gate stays conservative).
 */
import { compileGate, sourceGate } from "./literals";
import type { RuleSet } from "./rules/index";
import { withTraceFlushes } from "./rules/rule";

/** A test of a presence vector of the gates' literals. */
export type Gate = (found: Uint8Array) => boolean;

/** One top-level alternative of a rule's pattern, compiled alone. */
export interface RulePart {
  /** The alternative's regex (built on first use: most alternatives never run on given traffic). */
  readonly regex: RegExp;
  /** Undefined: the alternative always runs. */
  readonly gate: Gate | undefined;
}

/** A RulePart whose regex is constructed when first read (V8 parses a pattern on construction). */
class LazyPart implements RulePart {
  private compiled: RegExp | undefined;

  constructor(
    private readonly source: string,
    readonly gate: Gate | undefined,
  ) {}

  get regex(): RegExp {
    this.compiled ??= new RegExp(withTraceFlushes(this.source), "g");
    return this.compiled;
  }
}

/** The literal gates of one rule set, as tests of a presence vector of their literals. */
export interface RuleGates {
  /**
   * gates[ri]: the gate of rule ri; undefined when it has none, or is split (then its parts carry
   * the gates).
   */
  readonly gates: readonly (Gate | undefined)[];
  /** parts[ri]: the rule's alternatives (in pattern order) when it has several, one gated at least. */
  readonly parts: readonly (readonly RulePart[] | undefined)[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII range test starts at NUL on purpose
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Splits a regex source at its top-level `|` (outside groups and character classes).
 * Returns [source] when there is no top-level alternation.
 */
export function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}

/** Assigns literals their ids in the presence vector the gates will test. */
type IdOf = (literal: string) => number;

/**
 * Compiles the literal gate of `source` (undefined when it has none worth testing).
 *
 * @param idOf id of an ASCII literal
 * @param always id whose presence byte is always 1: non-ASCII literals are not scanned for (an
 *   automaton over them costs tens of MB, see the file comment), so they count as present
 */
function gateOf(source: string, idOf: IdOf, always: number): Gate | undefined {
  const gate = sourceGate(source);
  if (gate === null) return undefined;
  let scanned = false; // some literal is ASCII (otherwise the gate would always hold)
  const compiled = compileGate(gate, (s) => {
    if (!ASCII_ONLY.test(s)) return always;
    scanned = true;
    return idOf(s);
  });
  return scanned ? compiled : undefined;
}

/**
 * The alternatives of `pattern` compiled alone, or undefined when splitting cannot help (a single
 * alternative, none gated) or could change matches (a back-reference numbers groups across them).
 */
function partsOf(pattern: string, idOf: IdOf, always: number): RulePart[] | undefined {
  if (/\\[1-9]|\\k</.test(pattern)) return undefined;
  const alts = topLevelAlternatives(pattern);
  if (alts.length < 2) return undefined;
  const parts = alts.map((alt) => new LazyPart(alt, gateOf(alt, idOf, always)));
  return parts.some((p) => p.gate !== undefined) ? parts : undefined;
}

/**
 * Builds the literal gates of `set`'s rules (a rule whose pattern yields no gate gets none).
 *
 * @param set the rule set; its rules' `pattern` is analysed (the same matches as `regex`, whose
 *   source is only rewritten by withTraceFlushes)
 * @param idOf id of an ASCII literal in the presence vector the gates will be given (the caller
 *   scans the folded text for every literal it was asked about)
 * @param always an id whose presence byte the caller always sets to 1
 */
export function buildRuleGates(set: RuleSet, idOf: IdOf, always: number): RuleGates {
  const parts = set.rules.map((rule) => partsOf(rule.pattern, idOf, always));
  // A split rule is gated by its alternatives' gates (scan.ts never reads its own).
  const gates = set.rules.map((rule, ri) =>
    parts[ri] === undefined ? gateOf(rule.pattern, idOf, always) : undefined,
  );
  return { gates, parts };
}
