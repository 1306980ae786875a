/**
 * Shape of a detection rule and its compilation. Rules are data: a regex source matched against
 * the folded text (see normalize.ts), plus the keywords that gate it in the prefilter.
 */
import { foldLikeText } from "../normalize";
import type { Category } from "../types";
import { unicodeBoundaries } from "./boundaries";

/** A rule as written in the family files. */
export interface RuleDef {
  /** Stable id, `<family>.<name>`, reported in matches. */
  id: string;
  category: Category;
  /** Contribution to the score in (0, 1); ~0.8+ means "enough on its own". */
  weight: number;
  description: string;
  /**
   * Regex source matched against the folded text (lower-case, one space between words, no
   * newlines). Must be linear-time: no nested quantifiers, only bounded gaps such as
   * `[^.!?]{0,40}`.
   */
  pattern: string;
  /**
   * Prefilter: the rule only runs when the folded text contains at least one of these substrings.
   * Every match of `pattern` must contain one of them.
   */
  keywords: readonly string[];
  /**
   * Optional further prefilter, for rules whose keywords are common words, or whose look-arounds
   * need words near the match (a request, a claimed authority): clauses that must all hold for the
   * rule to run, each clause holding when the folded text contains at least one of its substrings.
   * Whenever `pattern` matches, the text must hold a substring of every clause, in the match or in
   * the context its look-arounds require (so the gate never changes what the rule finds, only how
   * often its regex runs; rules.test.ts checks both contracts on real texts).
   */
  requires?: readonly (readonly string[])[];
  /**
   * The match must start a line of the original text (only whitespace or markdown/comment-free
   * markers such as `#`, `>`, `*`, `-` before it on its line). Used for role and trace headers,
   * whose meaning depends on sitting at the start of a line, which the folded text cannot show.
   */
  lineStart?: boolean;
}

/** A compiled rule, ready for matching. */
export interface Rule extends RuleDef {
  regex: RegExp;
}

/**
 * Compiles a rule definition. The pattern and the keywords go through NFKC, the fold of Latin
 * lookalikes and invisible characters (foldLikeText) and, for keywords, lower-casing like the
 * text they are matched against, so rule authors can write Devanagari with precomposed nukta
 * letters, Turkish with its dotless ı, Persian with zero-width non-joiners or capitals in keywords
 * without silently never matching; and a `\b` next to a non-ASCII letter is made to work
 * (boundaries.ts).
 *
 * @throws SyntaxError when the pattern is not a valid regex (caught by the registry tests)
 */
export function compileRule(def: RuleDef): Rule {
  const pattern = unicodeBoundaries(foldLikeText(def.pattern.normalize("NFKC")));
  const fold = (k: string): string => {
    if (typeof k !== "string" || k.length === 0) throw new Error(`bad keyword in ${def.id}: ${String(k)}`);
    return foldLikeText(k.normalize("NFKC").toLowerCase());
  };
  const rule: Rule = {
    ...def,
    pattern,
    keywords: def.keywords.map(fold),
    regex: new RegExp(withTraceFlushes(pattern), "g"),
  };
  if (def.requires !== undefined) {
    rule.requires = def.requires.map((clause) => {
      if (clause.length === 0) throw new Error(`empty requires clause in ${def.id}`);
      return clause.map(fold);
    });
  }
  return rule;
}

/**
 * Rewrites a rule's regex source so that V8 compiles it much faster, with the same matches:
 * right after a group (`(…)` or `(…)?`), a literal space becomes `(?= ) ` and a word-boundary
 * assertion `\b` / `\B` becomes `(?=\b)` / `(?=\B)` (outside character classes and
 * lookbehinds; a quantified space is left alone). The lookahead asserts exactly what the next atom
 * asserts or consumes, so the match set and every match span are unchanged (checked by the golden
 * test).
 *
 * Why: V8's irregexp emits the code that follows an alternation once per distinct backtracking
 * "trace" (up to 10 copies before it flushes), so a big alternation followed by another one
 * (`(?:ai|llm|…) (?:ignore|tell|…)\b`) is compiled many times over. A lookaround flushes the
 * trace and the continuation is emitted once. V8 compiles a regex on its first exec, so this is
 * paid on an isolate's first requests: on the rule set it cuts that compile time about 4-fold
 * (indirect.ai_vocative_order alone: ~120 ms to ~8 ms).
 */
export function withTraceFlushes(source: string): string {
  // The output is the source with insertions: kept as slices of it (a character-by-character
  // copy of the rules' ~340 K characters of pattern took ~18 ms of an isolate's start).
  const pieces: string[] = [];
  let from = 0; // source[from, i) is not yet in `pieces`
  const insert = (at: number, text: string, resume: number) => {
    pieces.push(source.slice(from, at), text);
    from = resume;
  };
  /** The output up to source[at] ends with a space lookahead (the source had one just before it). */
  const flushedBefore = (at: number): boolean => {
    let tail = source.slice(Math.max(from, at - 5), at);
    for (let k = pieces.length - 1; tail.length < 5 && k >= 0; k--)
      tail = (pieces[k] as string).slice(-(5 - tail.length)) + tail;
    return tail === "(?= )";
  };
  let inClass = false;
  const groups: boolean[] = []; // open groups: is each a lookbehind
  let behind = 0; // open lookbehinds
  let closedAt = -2; // index of the last group's ")"
  // source[i] directly follows a group, optionally made optional: `(…)x` or `(…)?x`.
  const afterGroup = (i: number): boolean =>
    closedAt === i - 1 || (closedAt === i - 2 && source.charCodeAt(i - 1) === 0x3f); /* ? */
  // Only these characters matter; the regex engine skips to them (9 in 10 are plain text).
  const special = /[\\[\]() ]/g;
  while (special.test(source)) {
    const i = special.lastIndex - 1;
    const c = source.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      // A word-boundary assertion right after a group: the same assertion, as a lookahead.
      const e = source.charCodeAt(i + 1);
      if ((e === 0x62 || e === 0x42) /* b B */ && !inClass && behind === 0 && afterGroup(i))
        insert(i, `(?=\\${e === 0x62 ? "b" : "B"})`, i + 2);
      special.lastIndex = i + 2; // the escaped character is not special
      continue;
    }
    if (inClass) {
      if (c === 0x5d /* ] */) inClass = false;
      continue;
    }
    if (c === 0x5b /* [ */) inClass = true;
    else if (c === 0x28 /* ( */) {
      const lookbehind = source.startsWith("(?<=", i) || source.startsWith("(?<!", i);
      groups.push(lookbehind);
      if (lookbehind) behind++;
    } else if (c === 0x29 /* ) */) {
      const group = groups.pop();
      if (group === true) behind--;
      closedAt = i;
    } else if (c === 0x20 && behind === 0 && !"?*+{".includes(source[i + 1] ?? "x")) {
      if (afterGroup(i) && !flushedBefore(i)) insert(i, "(?= )", i);
    }
  }
  pieces.push(source.slice(from));
  return pieces.join("");
}
