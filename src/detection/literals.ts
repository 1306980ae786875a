/**
 * Literal gate of a regular expression: a condition on which strings occur in a text that every
 * text the regex matches satisfies — an and/or tree of "one of these strings occurs" (each string
 * a substring of the match). A text failing the gate cannot match, so after one keyword scan the
 * regex need not run. Example: `\b(?:ignore|forget)\b.{0,40}?\b(?:previous|above) rules` gives
 * (ignore ∨ forget) ∧ (previous ∨ above) ∧ " rules".
 *
 * The analysis is conservative and handles the JavaScript regex syntax used by the classifier cues
 * and rules: literal characters and escapes, `.`, character classes, `\b` `\s` `\d` `\w`, anchors,
 * groups (capturing, non-capturing, named), lookarounds, alternation and quantifiers (greedy or
 * lazy). Anything it does not understand makes the answer `null` ("no usable literal: always run
 * the regex"), never a wrong set. Flags that change matching (`i`, `m`, `s`, `u`, `v`) are not
 * supported: callers use it for plain case-sensitive patterns only.
 */

/**
 * Gate: `{ any }` = one of these strings occurs; `{ all }` = every part holds; `{ one }` = some
 * part holds. `null` = no condition (the regex must always run).
 */
export type LiteralGate = { any: string[] } | { all: LiteralGate[] } | { one: LiteralGate[] };

type Lits = LiteralGate | null;

/**
 * Literals shorter than this (not counting spaces) occur in almost every text and would make the
 * keyword scan report a hit at nearly every character: they are dropped (treated as "always").
 */
const MIN_LITERAL_WEIGHT = 3;

/** Escapes that stand for the character itself (outside and inside classes). */
const IDENTITY_ESCAPES = new Set("^$\\.*+?()[]{}|/-,:;!=<>'\"#%&@`~ ");

const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };

/** Thrown for syntax the analysis does not handle; turned into `null`. */
class Unsupported extends Error {}

/**
 * Rarity proxy of a literal: ASCII characters count 1 except spaces (" of " is as common as
 * "of"), other code units 2 (a two-character CJK word is as specific as a short English one).
 */
function weight(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += 2;
    else if (c !== 0x20) n++;
  }
  return n;
}

/** `{ any: strings }`, or null when one of them is too short to be worth gating on. */
function anyOf(strings: string[]): Lits {
  return strings.every((x) => weight(x) >= MIN_LITERAL_WEIGHT) ? { any: [...new Set(strings)] } : null;
}

/** Disjunction of gates (null when one of them is null: that alternative has no condition). */
function oneOf(gates: Lits[]): Lits {
  if (gates.length === 0 || gates.some((g) => g === null)) return null;
  const parts = gates as LiteralGate[];
  if (parts.length === 1) return parts[0] as LiteralGate;
  // Alternatives that are plain string sets merge into one set.
  if (parts.every((g) => "any" in g))
    return { any: [...new Set(parts.flatMap((g) => (g as { any: string[] }).any))] };
  return { one: parts };
}

/** Conjunction of gates (null parts impose nothing and are dropped). */
function allOf(gates: Lits[]): Lits {
  const parts = gates.filter((g): g is LiteralGate => g !== null);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] as LiteralGate;
  return { all: parts.flatMap((g) => ("all" in g ? g.all : [g])) };
}

/** ASCII characters that are not a literal character on their own outside a class. */
const SPECIAL = new Uint8Array(128);
for (const c of "\\[]()|.^$*+?{}") SPECIAL[c.charCodeAt(0)] = 1;

/** A code unit that stands for itself (outside a class). */
function isPlain(c: number): boolean {
  return c >= 128 || SPECIAL[c] === 0;
}

/** A code unit that starts a quantifier (`{` only maybe: it falls back to the general path). */
function isQuantifierStart(c: number): boolean {
  return c === 0x3f /* ? */ || c === 0x2a /* * */ || c === 0x2b /* + */ || c === 0x7b /* { */;
}

/** A `{n}` / `{n,}` / `{n,m}` quantifier at lastIndex. */
const BRACE_QUANTIFIER = /\{(\d+)(?:,(\d*))?\}/y;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Lits {
    const lits = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return lits;
  }

  /** alternatives separated by `|`, up to `)` or the end */
  private alternation(): Lits {
    const alts: Lits[] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return oneOf(alts);
  }

  /**
   * one alternative: atoms with quantifiers. No closures inside: the rules' gates parse ~300 K
   * characters of pattern on an isolate's first request, and bundlers that keep function names
   * wrap every closure creation in a call.
   */
  private sequence(): Lits {
    const parts: Lits[] = [];
    let run = "";
    const src = this.src;
    while (this.i < src.length) {
      const ch = src[this.i] as string;
      if (ch === "|" || ch === ")") break;
      // Fast path for the common case, a run of plain characters none followed by a quantifier:
      // appended with one slice (char by char, it was most of the parse's time and garbage).
      const from = this.i;
      let i = from;
      while (i < src.length && isPlain(src.charCodeAt(i)) && !isQuantifierStart(src.charCodeAt(i + 1))) i++;
      if (i > from) {
        run += src.slice(from, i);
        this.i = i;
        continue;
      }
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === "char" && q === null) {
        run += atom.char;
        continue;
      }
      if (atom.kind === "zero-width" && q !== null) throw new Unsupported("quantified assertion");
      if (run.length > 0) parts.push(anyOf([run]));
      run = "";
      if (atom.kind === "zero-width") continue;
      const min = q === null ? 1 : q.min;
      if (min === 0) continue;
      if (atom.kind === "char") parts.push(anyOf([atom.char]));
      else if (atom.kind === "group") parts.push(atom.lits);
      // "any" atoms (classes, dot) contribute nothing
    }
    if (run.length > 0) parts.push(anyOf([run]));
    return allOf(parts);
  }

  private quantifier(): { min: number } | null {
    const s = this.src;
    const ch = s[this.i];
    let min: number;
    if (ch === "?" || ch === "*") {
      min = 0;
      this.i++;
    } else if (ch === "+") {
      min = 1;
      this.i++;
    } else if (ch === "{") {
      // Sticky at this.i: slicing the rest of the source here made parsing quadratic in its length.
      BRACE_QUANTIFIER.lastIndex = this.i;
      const m = BRACE_QUANTIFIER.exec(s);
      if (m === null) return null; // a literal "{" (handled by atom() on the next round)
      min = Number(m[1]);
      this.i += m[0].length;
    } else return null;
    if (s[this.i] === "?") this.i++; // lazy
    if (s[this.i] === "?" || s[this.i] === "*" || s[this.i] === "+")
      throw new Unsupported("double quantifier");
    return { min };
  }

  private atom():
    | { kind: "char"; char: string }
    | { kind: "group"; lits: Lits }
    | { kind: "any" }
    | { kind: "zero-width" } {
    const s = this.src;
    const ch = s[this.i] as string;
    if (ch === "(") {
      this.i++;
      let lookaround = false;
      if (s[this.i] === "?") {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith("?:")) this.i += 2;
        else if (rest.startsWith("?=") || rest.startsWith("?!")) {
          this.i += 2;
          lookaround = true;
        } else if (rest === "?<=" || rest === "?<!") {
          this.i += 3;
          lookaround = true;
        } else if (rest.startsWith("?<")) {
          const close = s.indexOf(">", this.i);
          if (close < 0) throw new Unsupported("group name");
          this.i = close + 1;
        } else throw new Unsupported("group modifier");
      }
      const lits = this.alternation();
      if (s[this.i] !== ")") throw new Unsupported("unclosed group");
      this.i++;
      return lookaround ? { kind: "zero-width" } : { kind: "group", lits };
    }
    if (ch === "[") {
      this.i++;
      if (s[this.i] === "^") this.i++;
      if (s[this.i] === "]") throw new Unsupported("empty class");
      while (this.i < s.length && s[this.i] !== "]") this.i += s[this.i] === "\\" ? 2 : 1;
      if (this.i >= s.length) throw new Unsupported("unclosed class");
      this.i++;
      return { kind: "any" };
    }
    if (ch === "\\") {
      const e = s[this.i + 1];
      if (e === undefined) throw new Unsupported("trailing backslash");
      this.i += 2;
      if (e === "b" || e === "B") return { kind: "zero-width" };
      if ("dDwWsS".includes(e)) return { kind: "any" };
      if (CONTROL_ESCAPES[e] !== undefined) return { kind: "char", char: CONTROL_ESCAPES[e] as string };
      if (e === "u" || e === "x") {
        const n = e === "u" ? 4 : 2;
        const hex = s.slice(this.i, this.i + n);
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) throw new Unsupported("bad hex escape");
        this.i += n;
        return { kind: "char", char: String.fromCharCode(Number.parseInt(hex, 16)) };
      }
      if (IDENTITY_ESCAPES.has(e)) return { kind: "char", char: e };
      throw new Unsupported(`escape \\${e}`);
    }
    if (ch === "^" || ch === "$") {
      this.i++;
      return { kind: "zero-width" };
    }
    if (ch === ".") {
      this.i++;
      return { kind: "any" };
    }
    if (ch === "*" || ch === "+" || ch === "?") throw new Unsupported("nothing to repeat");
    this.i++;
    return { kind: "char", char: ch };
  }
}

/**
 * The literal gate of `re` (see LiteralGate), or null when no condition can be derived (then the
 * regex must always run).
 *
 * @param re a regex without the i/m/s/u/v flags
 */
export function literalGate(re: RegExp): LiteralGate | null {
  if (/[imsuv]/.test(re.flags)) return null;
  return sourceGate(re.source);
}

/**
 * literalGate of `new RegExp(source)` (no flags), without building the RegExp: V8 parses a
 * pattern when it is constructed, and the rules' gates are derived from ~300 K characters of
 * pattern on an isolate's first request.
 */
export function sourceGate(source: string): LiteralGate | null {
  try {
    return new Parser(source).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** Every string the gate refers to (the keywords to scan for). */
export function gateLiterals(g: LiteralGate | null): string[] {
  if (g === null) return [];
  if ("any" in g) return g.any;
  return [...new Set(("all" in g ? g.all : g.one).flatMap(gateLiterals))];
}

/** Node kinds of a compiled gate program (see emitGate; rule-gates.ts emits programs too). */
export const ANY = 0;
export const ALL = 1;
export const ONE = 2;

/**
 * Appends gate `g` to `prog` as a node: [ANY, n, id1 .. idn] or [ALL | ONE, n, child offsets ..].
 *
 * @returns the node's offset (evaluate it with evalGate over the finished program)
 */
export function emitGate(g: LiteralGate, idOf: (s: string) => number, prog: number[]): number {
  const at = prog.length;
  if ("any" in g) {
    prog.push(ANY, g.any.length);
    for (const s of g.any) prog.push(idOf(s));
    return at;
  }
  const parts = "all" in g ? g.all : g.one;
  prog.push("all" in g ? ALL : ONE, parts.length);
  for (let i = 0; i < parts.length; i++) prog.push(0);
  parts.forEach((p, i) => {
    prog[at + 2 + i] = emitGate(p, idOf, prog);
  });
  return at;
}

/** True when one of the keywords of the ANY node at `at` is present. */
function anyPresent(prog: Int32Array, at: number, found: Uint8Array): boolean {
  for (let k = at + 2, end = k + (prog[at + 1] as number); k < end; k++) {
    if (found[prog[k] as number] === 1) return true;
  }
  return false;
}

/**
 * Evaluates the node at `at` of a compiled gate program (children left to right, short-circuit).
 *
 * @param prog the program (emitGate's list, as an Int32Array)
 * @param at the node's offset
 * @param found presence byte per keyword id
 */
export function evalGate(prog: Int32Array, at: number, found: Uint8Array): boolean {
  const kind = prog[at] as number;
  if (kind === ANY) return anyPresent(prog, at, found);
  const all = kind === ALL;
  for (let k = at + 2, end = k + (prog[at + 1] as number); k < end; k++) {
    const child = prog[k] as number;
    // Most children are keyword lists: tested here without a recursive call.
    const holds = prog[child] === ANY ? anyPresent(prog, child, found) : evalGate(prog, child, found);
    if (holds !== all) return !all;
  }
  return all;
}

/**
 * Compiles a gate into a test over a keyword-presence vector.
 *
 * The gate is flattened into one Int32Array walked by a single function, rather than a tree of
 * closures: the gates run for every cue pattern on every analyze() call (~900 keyword checks), and
 * the calls between closures of different shapes cost more than the checks themselves.
 *
 * @param g the gate (null: always true)
 * @param idOf keyword id of each string of the gate
 */
export function compileGate(
  g: LiteralGate | null,
  idOf: (s: string) => number,
): (found: Uint8Array) => boolean {
  if (g === null) return () => true;
  const list: number[] = [];
  emitGate(g, idOf, list);
  const prog = Int32Array.from(list);
  return (found) => evalGate(prog, 0, found);
}
