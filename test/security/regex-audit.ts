/**
 * A timing-independent ReDoS audit for JavaScript regex sources (the subset the detection rules
 * use; anything else is reported as unsupported, never silently accepted).
 *
 * V8's irregexp backtracks, so a pattern is safe when the work per start position is bounded by
 * a constant that does not depend on the text: matching is then O(n · C). The audit parses the
 * source into an AST and checks, without running the regex:
 *
 *  - no backreferences (`\1`, `\k<name>`): they defeat every linear-time argument;
 *  - every quantifier is bounded (`{n,m}`, `?`), m ≤ `maxRepeat`, except an unbounded one in
 *    tail position (nothing after it can fail, so its greedy match is never backtracked into);
 *  - no nested repetition: a quantifier with max > 1 contains no other quantifier with max > 1
 *    (star height 1; `(a+)+`, `(a{1,9}){1,9}` are refused);
 *  - no quantified alternation whose branches can match the same text or the empty string
 *    (`(a|a)*`, `(a|ab)*`, `(a|)*`): checked on the branches' first characters and literal
 *    prefixes — an over-approximation (it may refuse a safe pattern, never pass a listed bad one);
 *  - a bound C on the backtracking paths per start position (product over sequences, sum over
 *    alternatives, Σ_k C(body)^k over quantifiers): reported as log10(C), and it must be finite.
 *
 * The scaling check that complements it (running each rule on adversarial inputs of growing
 * size) lives in test/unit/redos.test.ts.
 */

export type Node =
  | { type: "alt"; branches: Node[] }
  | { type: "seq"; items: Node[] }
  | { type: "char"; source: string }
  | { type: "assert"; source: string }
  | { type: "look"; behind: boolean; negative: boolean; body: Node }
  | { type: "group"; capture: boolean; body: Node }
  | { type: "backref"; source: string }
  | { type: "quant"; min: number; max: number; lazy: boolean; body: Node };

export class RegexParseError extends Error {}

/** Parses a regex source (no flags) into the AST above. */
export function parseRegex(source: string): Node {
  let i = 0;
  const peek = () => source[i];
  const eat = (s: string) => {
    if (source.startsWith(s, i)) {
      i += s.length;
      return true;
    }
    return false;
  };

  function parseAlt(): Node {
    const branches: Node[] = [parseSeq()];
    while (eat("|")) branches.push(parseSeq());
    return branches.length === 1 ? (branches[0] as Node) : { type: "alt", branches };
  }

  function parseSeq(): Node {
    const items: Node[] = [];
    while (i < source.length && peek() !== "|" && peek() !== ")") {
      const atom = parseAtom();
      items.push(parseQuantifier(atom));
    }
    return { type: "seq", items };
  }

  function parseQuantifier(atom: Node): Node {
    let min: number;
    let max: number;
    const c = peek();
    if (c === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return atom; // a literal "{" (Annex B)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      i += m[0].length - 1;
    } else return atom;
    i++;
    const lazy = eat("?");
    if (atom.type === "assert" || atom.type === "look")
      throw new RegexParseError(`quantified assertion at ${i} in ${source}`);
    return parseQuantifier({ type: "quant", min, max, lazy, body: atom });
  }

  function parseClass(): Node {
    const start = i;
    i++; // [
    if (peek() === "^") i++;
    if (peek() === "]") i++; // a leading ] is literal
    while (i < source.length && peek() !== "]") {
      if (peek() === "\\") i += 2;
      else i++;
    }
    if (!eat("]")) throw new RegexParseError(`unterminated class at ${start} in ${source}`);
    return { type: "char", source: source.slice(start, i) };
  }

  function parseEscape(): Node {
    const start = i;
    i++; // backslash
    const c = peek();
    if (c === undefined) throw new RegexParseError("trailing backslash");
    if (c === "b" || c === "B") {
      i++;
      return { type: "assert", source: source.slice(start, i) };
    }
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(peek() ?? "")) i++;
      return { type: "backref", source: source.slice(start, i) };
    }
    if (c === "k" && source[i + 1] === "<") {
      i = source.indexOf(">", i) + 1;
      return { type: "backref", source: source.slice(start, i) };
    }
    if (c === "u" && /^u[0-9a-fA-F]{4}/.test(source.slice(i))) i += 5;
    else if (c === "x" && /^x[0-9a-fA-F]{2}/.test(source.slice(i))) i += 3;
    else if (c === "c") i += 2;
    else if (c === "p" || c === "P") throw new RegexParseError("\\p needs the u flag, unsupported here");
    else i++;
    return { type: "char", source: source.slice(start, i) };
  }

  function parseAtom(): Node {
    const c = peek();
    if (c === "(") {
      i++;
      let node: Node;
      if (eat("?:")) node = { type: "group", capture: false, body: parseAlt() };
      else if (eat("?=")) node = { type: "look", behind: false, negative: false, body: parseAlt() };
      else if (eat("?!")) node = { type: "look", behind: false, negative: true, body: parseAlt() };
      else if (eat("?<=")) node = { type: "look", behind: true, negative: false, body: parseAlt() };
      else if (eat("?<!")) node = { type: "look", behind: true, negative: true, body: parseAlt() };
      else if (eat("?<")) {
        i = source.indexOf(">", i) + 1;
        node = { type: "group", capture: true, body: parseAlt() };
      } else if (peek() === "?") throw new RegexParseError(`unsupported group at ${i} in ${source}`);
      else node = { type: "group", capture: true, body: parseAlt() };
      if (!eat(")")) throw new RegexParseError(`unbalanced ( in ${source}`);
      return node;
    }
    if (c === "[") return parseClass();
    if (c === "\\") return parseEscape();
    if (c === "^" || c === "$") {
      i++;
      return { type: "assert", source: c };
    }
    if (c === "*" || c === "+" || c === "?")
      throw new RegexParseError(`nothing to repeat at ${i} in ${source}`);
    i++;
    return { type: "char", source: c === "." ? "." : (c as string) };
  }

  const ast = parseAlt();
  if (i !== source.length) throw new RegexParseError(`unexpected ${peek()} at ${i} in ${source}`);
  return ast;
}

// ---------------------------------------------------------------------------------------------
// Character sets, by membership over a sample alphabet (ASCII plus representative non-ASCII).

const ALPHABET: string[] = [
  ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
  ..."éàüßøñçåłšžăı中文日本語한국어абвгдеёжзийклмнопрстуфхцчшщъыьэюяαβγ–—‘’“”…€£¥•·،۔।𝐀😀\u00a0\u200b\u2028\ufeff",
];

const setCache = new Map<string, Set<string>>();

/** The sample characters a single-character atom matches. */
export function charSet(atomSource: string): Set<string> {
  let set = setCache.get(atomSource);
  if (!set) {
    const re = new RegExp(`^(?:${atomSource})$`);
    set = new Set(ALPHABET.filter((ch) => re.test(ch)));
    setCache.set(atomSource, set);
  }
  return set;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** True when the node can match the empty string (assertions count as empty). */
export function nullable(node: Node): boolean {
  switch (node.type) {
    case "alt":
      return node.branches.some(nullable);
    case "seq":
      return node.items.every(nullable);
    case "char":
    case "backref":
      return node.type === "backref";
    case "assert":
    case "look":
      return true;
    case "group":
      return nullable(node.body);
    case "quant":
      return node.min === 0 || nullable(node.body);
  }
}

/** Characters that can start a non-empty match of the node (over-approximated). */
export function firstChars(node: Node): Set<string> {
  const out = new Set<string>();
  const add = (s: Set<string>) => {
    for (const x of s) out.add(x);
  };
  switch (node.type) {
    case "alt":
      for (const b of node.branches) add(firstChars(b));
      break;
    case "seq":
      for (const item of node.items) {
        add(firstChars(item));
        if (!nullable(item)) break;
      }
      break;
    case "char":
      add(charSet(node.source));
      break;
    case "group":
    case "quant":
      add(firstChars(node.body));
      break;
    default:
      break; // assertions, lookarounds: zero-width
  }
  return out;
}

/** The literal prefix of a branch (only single-character atoms; stops at anything else). */
function literalPrefix(node: Node): { text: string; complete: boolean } {
  const items = node.type === "seq" ? node.items : [node];
  let text = "";
  for (const item of items) {
    if (item.type === "char") {
      const set = charSet(item.source);
      if (set.size !== 1) return { text, complete: false };
      text += [...set][0];
    } else if (item.type === "group" && !item.capture) {
      const inner = literalPrefix(item.body);
      text += inner.text;
      if (!inner.complete) return { text, complete: false };
    } else return { text, complete: false };
  }
  return { text, complete: true };
}

// ---------------------------------------------------------------------------------------------

export interface AuditFinding {
  kind:
    | "backreference"
    | "unbounded"
    | "too-large"
    | "nested-quantifier"
    | "ambiguous-alternation"
    | "unsupported";
  detail: string;
}

export interface AuditResult {
  ok: boolean;
  findings: AuditFinding[];
  /** log10 of the bound on backtracking paths per start position (Infinity when unbounded). */
  log10Paths: number;
  /** Unbounded quantifiers accepted because nothing after them can fail. */
  tailUnbounded: number;
  /** Largest finite repeat count. */
  maxRepeat: number;
}

export interface AuditOptions {
  /** Largest allowed `m` of `{n,m}`; default 1000. */
  maxRepeat?: number;
}

function show(node: Node): string {
  switch (node.type) {
    case "alt":
      return node.branches.map(show).join("|");
    case "seq":
      return node.items.map(show).join("");
    case "char":
    case "assert":
    case "backref":
      return node.source;
    case "look":
      return `(?${node.behind ? "<" : ""}${node.negative ? "!" : "="}${show(node.body)})`;
    case "group":
      return `(${node.capture ? "" : "?:"}${show(node.body)})`;
    case "quant": {
      const q =
        node.min === 0 && node.max === Number.POSITIVE_INFINITY
          ? "*"
          : node.min === 1 && node.max === Number.POSITIVE_INFINITY
            ? "+"
            : node.min === 0 && node.max === 1
              ? "?"
              : `{${node.min},${node.max === Number.POSITIVE_INFINITY ? "" : node.max}}`;
      return `${show(node.body)}${q}${node.lazy ? "?" : ""}`;
    }
  }
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** log10 of Σ_{k=min..max} c^k for c = 10^logC (bounded max). */
function log10RepeatSum(logC: number, min: number, max: number): number {
  if (max === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (logC === 0) return Math.log10(max - min + 1);
  // dominated by the largest term c^max; + log10(count) as a safe over-estimate
  return logC * max + Math.log10(max - min + 1);
}

function log10Add(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  const hi = Math.max(a, b);
  return hi + Math.log10(1 + 10 ** (Math.min(a, b) - hi));
}

/** Audits one regex source. Never runs the regex on input. */
export function auditRegex(source: string, options: AuditOptions = {}): AuditResult {
  const limit = options.maxRepeat ?? 1000;
  const findings: AuditFinding[] = [];
  let tailUnbounded = 0;
  let maxRepeat = 0;
  let ast: Node;
  try {
    ast = parseRegex(source);
    new RegExp(source); // must also be valid for V8
  } catch (error) {
    return {
      ok: false,
      findings: [{ kind: "unsupported", detail: String(error) }],
      log10Paths: Number.POSITIVE_INFINITY,
      tailUnbounded: 0,
      maxRepeat: 0,
    };
  }

  /** Walks the tree; `tail` = nothing after this node (up to the pattern's end) can fail. */
  function walk(node: Node, tail: boolean, insideRepeat: Node | null): number {
    switch (node.type) {
      case "alt": {
        let sum = Number.NEGATIVE_INFINITY;
        for (const b of node.branches) sum = log10Add(sum, walk(b, tail, insideRepeat));
        return sum;
      }
      case "seq": {
        let product = 0;
        node.items.forEach((item, index) => {
          const rest = node.items.slice(index + 1);
          const restCannotFail = rest.every((r) => r.type !== "assert" && r.type !== "look" && nullable(r));
          product += walk(item, tail && restCannotFail, insideRepeat);
        });
        return product;
      }
      case "char":
        return 0;
      case "assert":
        return 0;
      case "backref":
        findings.push({ kind: "backreference", detail: node.source });
        return Number.POSITIVE_INFINITY;
      case "look":
        // Lookarounds are atomic in JS: their body's paths are explored once per attempt.
        return walk(node.body, false, insideRepeat);
      case "group":
        return walk(node.body, tail, insideRepeat);
      case "quant": {
        const repeats = node.max > 1;
        if (node.max !== Number.POSITIVE_INFINITY) maxRepeat = Math.max(maxRepeat, node.max);
        if (node.max !== Number.POSITIVE_INFINITY && node.max > limit)
          findings.push({ kind: "too-large", detail: `${short(show(node))}: {…,${node.max}} > ${limit}` });
        if (repeats && insideRepeat)
          findings.push({
            kind: "nested-quantifier",
            detail: `${short(show(node))} inside ${short(show(insideRepeat))}`,
          });
        if (repeats) checkAlternation(node);
        const inner = walk(node.body, false, repeats ? node : insideRepeat);
        if (node.max === Number.POSITIVE_INFINITY) {
          const simpleAtom = node.body.type === "char";
          if (tail && simpleAtom && !insideRepeat) {
            tailUnbounded++;
            return Math.log10(2); // matched greedily once, never backtracked into
          }
          findings.push({
            kind: "unbounded",
            detail: `${short(show(node))} is unbounded and something after it can fail (use {0,N})`,
          });
          return Number.POSITIVE_INFINITY;
        }
        return log10RepeatSum(inner, node.min, node.max);
      }
    }
  }

  /** Branches of an alternation repeated by `quant` must not overlap (first chars / prefixes). */
  function checkAlternation(quant: Extract<Node, { type: "quant" }>): void {
    let body = quant.body;
    while (body.type === "group") body = body.body;
    if (nullable(body)) {
      findings.push({ kind: "ambiguous-alternation", detail: `${short(show(quant))}: body can match empty` });
      return;
    }
    if (body.type !== "alt") return;
    const branches = body.branches;
    for (let a = 0; a < branches.length; a++) {
      for (let b = a + 1; b < branches.length; b++) {
        const x = branches[a] as Node;
        const y = branches[b] as Node;
        if (nullable(x) || nullable(y)) {
          findings.push({ kind: "ambiguous-alternation", detail: `${short(show(quant))}: empty branch` });
          continue;
        }
        if (!intersects(firstChars(x), firstChars(y))) continue;
        // Same first character: distinguishable only if their literal prefixes differ at some
        // position both define (e.g. " me" / " back"). Otherwise one may be a prefix of the
        // other (a|ab) or they may overlap in classes: ambiguous.
        const px = literalPrefix(x);
        const py = literalPrefix(y);
        const n = Math.min(px.text.length, py.text.length);
        let differs = false;
        for (let k = 0; k < n; k++) if (px.text[k] !== py.text[k]) differs = true;
        if (!differs)
          findings.push({
            kind: "ambiguous-alternation",
            detail: `${short(show(quant))}: branches ${short(show(x))} and ${short(show(y))} can match the same text`,
          });
      }
    }
  }

  const log10Paths = walk(ast, true, null);
  return { ok: findings.length === 0, findings, log10Paths, tailUnbounded, maxRepeat };
}

/** Classic ReDoS patterns: any audit (and any tenant custom-rule validator) must refuse them. */
export const KNOWN_BAD_PATTERNS: readonly string[] = [
  "(a+)+$",
  "^(a+)+$",
  "(a|a)*$",
  "(a|ab)*c",
  "(a*)*b",
  "(\\w+\\s?)*$",
  "^(\\w+\\s?)*$",
  "(.*a){12}",
  "(x+x+)+y",
  "([a-z]+)*@",
  "(a|)+b",
  "(?:a{1,10}){1,10}b",
  "\\s*\\s*x",
  "(.*),(.*),(.*),(.*)$",
  "(\\d+)\\1",
  "(?<x>a+)\\k<x>b",
  "^(([a-z])+.)+[A-Z]([a-z])+$",
  "a.*b.*c.*d",
];
