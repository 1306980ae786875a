/**
 * Mention versus use: a text that *quotes* an attack phrase in order to talk about it ("write an
 * essay on why 'ignore previous instructions' attacks work", "a regex that finds 'ignore previous
 * instructions' in our logs") is not itself an attack. Security teams, teachers and developers
 * send such texts all day; flagging them is the over-defence users complain about first.
 *
 * The engine does not clear such a text: when every strong rule hit sits inside a quotation and
 * the text around the quotation talks about attacks, prompts or language, the rule score is capped
 * inside the uncertain band (MENTION_SCORE_CAP), so the cascade asks a model instead of the rules
 * deciding alone. An attacker who wraps an instruction in quotes and adds discussion words gains an
 * escalation, not a pass.
 *
 * Pure and linear: a bounded look-around per match plus one regex over the text.
 */
import type { RuleMatch } from "./types";

/** Highest rule score of a text whose only strong evidence is quoted mentions (inside the band). */
export const MENTION_SCORE_CAP = 0.45;

/** Hits below this weight are weak context, not evidence that decides alone. */
const STRONG_WEIGHT = 0.3;

/** How far before a hit an opening quote may be, and how far after it the closing one. */
const MAX_OPEN_DISTANCE = 80;
const MAX_CLOSE_DISTANCE = 200;

/** Longest quotation taken for a quoted example (a long quoted passage is content, not a phrase). */
const MAX_QUOTE_CHARS = 160;

/** Text outside the quotation needed to call it a discussion (a bare quoted order is not one). */
const MIN_FRAME_CHARS = 25;

/** Opening quote → accepted closing quotes. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"”'],
  ["“", '”"'],
  ["„", '“”"'],
  ["«", "»"],
  ["‘", "’'"],
  ["'", "'’"],
  ["`", "`"],
  ["「", "」"],
  ["『", "』"],
]);

/**
 * Words of talk *about* attacks, prompts and wording, in the corpus's main languages. Matched on
 * the text outside the quotation only.
 */
const DISCUSSION =
  /\b(?:prompt injections?|injections?|jailbreak(?:s|ing)?|attacks?|attackers?|exploits?|red[- ]team(?:ing|ers)?|security|defen[cs]es?|detect(?:s|ed|ion|or)?|filters?|classif(?:y|ier)|examples?|phrases?|sentences?|wording|regex(?:es)?|pattern|essay|explain(?:s|ed)?|explanation|why|lesson|class|course|lecture|handout|podcast|article|blog|paper|research(?:ers)?|quoted?|quotes|logs?|transcript|card|rule book|game)\b|(?:攻撃|攻击|注入|越狱|例文|例えば|例如|атак|инъекц|пример|beispiel|angriff|ejemplo|ataque|exemple|attaque|esempio|attacco|exemplo)/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** Symmetric quotes open and close with the same character: parity decides which one a quote is. */
const SYMMETRIC = new Set(['"', "'", "`"]);

/** A quote character that is punctuation, not an apostrophe inside a word ("don't"). */
function isQuoteMark(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "'") return true;
  return !(isLetter(text[i - 1]) && isLetter(text[i + 1]));
}

/**
 * True when the quote at `i` opens a quotation: always for asymmetric quotes; for symmetric ones
 * when an even number of the same marks precede it on its line (`"John" that is not bound` ends a
 * quotation at the second mark, it does not open one).
 */
function opensAt(text: string, i: number, lineStart: number): boolean {
  const ch = text[i] as string;
  if (!QUOTE_PAIRS.has(ch) || !isQuoteMark(text, i)) return false;
  if (ch === "'" && isLetter(text[i - 1])) return false;
  if (!SYMMETRIC.has(ch)) return true;
  let before = 0;
  for (let k = lineStart; k < i; k++) if (text[k] === ch && isQuoteMark(text, k)) before++;
  return before % 2 === 0;
}

/**
 * The quotation [open, close] that contains [start, end), if any: an opening quote at most
 * MAX_OPEN_DISTANCE before `start` on the same line with no closer between, and its closer at
 * most MAX_CLOSE_DISTANCE after `end`, the whole quotation at most MAX_QUOTE_CHARS long. The
 * nearest quote mark before the hit decides: if it closes a quotation, the hit is outside one.
 */
export function enclosingQuote(text: string, start: number, end: number): [number, number] | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let open = -1;
  for (let i = start - 1; i >= lineStart && start - i <= MAX_OPEN_DISTANCE; i--) {
    if (QUOTE_PAIRS.has(text[i] as string) && isQuoteMark(text, i)) {
      if (opensAt(text, i, lineStart)) open = i;
      break;
    }
  }
  if (open < 0) return null;
  const closers = QUOTE_PAIRS.get(text[open] as string) as string;
  for (let i = end; i < text.length && i - end <= MAX_CLOSE_DISTANCE; i++) {
    const ch = text[i] as string;
    if (ch === "\n") return null;
    if (closers.includes(ch) && isQuoteMark(text, i)) return i - open <= MAX_QUOTE_CHARS ? [open, i] : null;
  }
  return null;
}

/**
 * True when every strong rule hit of `matches` is a quoted mention inside a discussion: each lies
 * in a quotation (decoded hits never do), and the text outside the quotations is long enough and
 * talks about attacks, prompts or wording.
 *
 * @param text the caller's original text (match offsets refer to it)
 * @param matches the rule and signal matches of `text`
 */
export function onlyQuotedMentions(text: string, matches: readonly RuleMatch[]): boolean {
  const quotes: [number, number][] = [];
  let strong = 0;
  for (const m of matches) {
    if (m.weight < STRONG_WEIGHT) continue;
    strong++;
    // Persona jailbreaks quote their persona's name and motto ("DAN", "do anything now"): a quoted
    // persona is the attack itself, so persona evidence is never discounted.
    if (m.decodedFrom !== undefined || m.category === "roleplay_jailbreak") return false;
    const q = enclosingQuote(text, m.start, m.end);
    if (q === null) return false;
    quotes.push(q);
  }
  if (strong === 0) return false;
  // In JSON and other structured data quotes are syntax: a quoted value is content, not a mention.
  if (/^\s*[[{]/.test(text)) return false;
  quotes.sort((a, b) => a[0] - b[0]);
  let outside = "";
  let from = 0;
  for (const [open, close] of quotes) {
    if (open > from) outside += ` ${text.slice(from, open)}`;
    from = Math.max(from, close + 1);
  }
  outside += ` ${text.slice(from)}`;
  if (outside.replace(/\s+/g, " ").trim().length < MIN_FRAME_CHARS) return false;
  return DISCUSSION.test(outside.toLowerCase());
}
