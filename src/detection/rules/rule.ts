/**
 * Shape of a detection rule and its compilation. Rules are data: a regex source matched against
 * the folded text (see normalize.ts), plus the keywords that gate it in the prefilter.
 */
import type { Category } from "../types";

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
   * Optional further prefilter, for rules whose keywords are common words: clauses that must all
   * hold for the rule to run, each clause holding when the folded text contains at least one of
   * its substrings. Like `keywords`, every match of `pattern` must contain a substring of every
   * clause (so the gate never changes what the rule finds, only how often its regex runs).
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
 * Compiles a rule definition. The pattern and the keywords go through NFKC + lower-casing like
 * the text they are matched against, so rule authors can write Devanagari with precomposed
 * nukta letters or use capitals without silently never matching.
 *
 * @throws SyntaxError when the pattern is not a valid regex (caught by the registry tests)
 */
export function compileRule(def: RuleDef): Rule {
  const pattern = def.pattern.normalize("NFKC");
  const fold = (k: string): string => {
    if (typeof k !== "string" || k.length === 0) throw new Error(`bad keyword in ${def.id}: ${String(k)}`);
    return k.normalize("NFKC").toLowerCase();
  };
  const rule: Rule = { ...def, pattern, keywords: def.keywords.map(fold), regex: new RegExp(pattern, "g") };
  if (def.requires !== undefined) {
    rule.requires = def.requires.map((clause) => {
      if (clause.length === 0) throw new Error(`empty requires clause in ${def.id}`);
      return clause.map(fold);
    });
  }
  return rule;
}
