/**
 * Compact text encoding of a cached detection (Redis memory is the cost driver of the cache).
 *
 * Layout of version 2 (all numbers base 36):
 *
 *   "1" ["d"] RESULT ("#" RESULT)*       "d" = the request had documents; then one RESULT per document
 *   RESULT   = VERDICT SCORE "," CONFIDENCE ["," PROBABILITY "," CONTRIBUTION] "|" CATEGORY*(";") "|" MATCH*(";")
 *              (PROBABILITY, CONTRIBUTION: the learned classifier's part, when it ran)
 *   VERDICT  = "i" (injection) | "b" (benign)
 *   SCORE, CONFIDENCE, weights = round(value × 10 000)   (4 decimals; the verdict is stored, so
 *                                                         rounding can never flip it)
 *   CATEGORY = CAT score
 *   CAT      = one character from CATEGORY_CODES | "~" escaped-name ":"
 *   MATCH    = RULE "," CAT "," start "," (end − start) "," weight ["," DECODED]
 *   RULE     = PREFIX-letter rest | "!" escaped-id | escaped-id    (PREFIX letters: RULE_PREFIXES)
 *   DECODED  = "b" base64 | "h" hex | "u" url | "r" rot13 | "t" unicode_tags | "s" spaced | "v" reversed | "m" morse
 *
 * Never stored: the text, excerpts, descriptions. A typical result with 3 matches is ~110 bytes.
 * Change the layout ⇒ bump ENCODING_VERSION: old entries then decode to null (a miss) and are
 * overwritten, instead of being misread.
 */
import type { CachedDetection, CachedMatch, CachedResult, DecodedFrom } from "./ports";

/** First character of every encoded value. */
export const ENCODING_VERSION = "2";

/**
 * Category → one-character code. APPEND-ONLY: codes are persisted in Redis. Unknown category
 * names are still encoded (spelled out), so a new category works before it gets a code.
 */
const CATEGORY_CODES: Readonly<Record<string, string>> = {
  instruction_override: "0",
  roleplay_jailbreak: "1",
  prompt_extraction: "2",
  chat_template: "3",
  fake_tool_trace: "4",
  exfiltration: "5",
  payload_splitting: "6",
  obfuscation: "7",
  indirect_injection: "8",
};
const CATEGORY_NAMES = invert(CATEGORY_CODES);

/** Rule-id family prefix → one upper-case letter. APPEND-ONLY, like CATEGORY_CODES. */
const RULE_PREFIXES: Readonly<Record<string, string>> = {
  "override.": "O",
  "extraction.": "E",
  "roleplay.": "R",
  "template.": "T",
  "tool.": "L",
  "exfil.": "X",
  "indirect.": "I",
  "obfuscation.": "B",
  "split.": "S",
};
const RULE_PREFIX_BY_LETTER = invert(RULE_PREFIXES);

const DECODED_CODES: Readonly<Record<DecodedFrom, string>> = {
  base64: "b",
  hex: "h",
  url: "u",
  rot13: "r",
  unicode_tags: "t",
  spaced: "s",
  reversed: "v",
  morse: "m",
};
const DECODED_BY_CODE = invert(DECODED_CODES) as Readonly<Record<string, DecodedFrom>>;

const SCALE = 10_000;

function invert(table: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(table).map(([key, value]) => [value, key]));
}

/** Percent-escapes the characters the layout uses as delimiters (and `%` itself). */
function escapeText(text: string): string {
  return text.replace(/[%|;,#:~!]/g, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

function unescapeText(text: string): string {
  return text.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function encodeUnit(value: number): string {
  return Math.round(Math.min(1, Math.max(0, value)) * SCALE).toString(36);
}

function encodeInt(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a non-negative integer: ${value}`);
  return value.toString(36);
}

function encodeCategory(name: string): string {
  return CATEGORY_CODES[name] ?? `~${escapeText(name)}:`;
}

function encodeRule(rule: string): string {
  for (const [prefix, letter] of Object.entries(RULE_PREFIXES)) {
    if (rule.startsWith(prefix) && rule.length > prefix.length)
      return letter + escapeText(rule.slice(prefix.length));
  }
  // Upper-case first letters mean "prefix code", so a literal id starting with one is marked.
  return /^[A-Z]/.test(rule) ? `!${escapeText(rule)}` : escapeText(rule);
}

function encodeMatch(match: CachedMatch): string {
  const fields = [
    encodeRule(match.rule),
    encodeCategory(match.category),
    encodeInt(match.start),
    encodeInt(match.end - match.start),
    // Weights are not probabilities, but the same 4-decimal fixed point fits them (non-negative).
    encodeInt(Math.round(match.weight * SCALE)),
  ];
  if (match.decodedFrom) fields.push(DECODED_CODES[match.decodedFrom]);
  return fields.join(",");
}

function encodeResult(result: CachedResult): string {
  const classifier = result.classifier
    ? `,${encodeUnit(result.classifier.probability)},${encodeUnit(result.classifier.contribution)}`
    : "";
  const head = `${result.verdict === "injection" ? "i" : "b"}${encodeUnit(result.score)},${encodeUnit(result.confidence)}${classifier}`;
  const categories = result.categories.map(
    (category) => encodeCategory(category.name) + encodeUnit(category.score),
  );
  return `${head}|${categories.join(";")}|${result.matches.map(encodeMatch).join(";")}`;
}

/**
 * Encodes a cached detection.
 * @throws RangeError when an offset is not a non-negative integer (a caller bug).
 */
export function encodeDetection(value: CachedDetection): string {
  const parts = [encodeResult(value), ...(value.documents ?? []).map(encodeResult)];
  return `${ENCODING_VERSION}${value.documents ? "d" : ""}${parts.join("#")}`;
}

/** Thrown internally for malformed input; decodeDetection turns it into null. */
class Malformed extends Error {}

function decodeInt(text: string): number {
  if (!/^[0-9a-z]+$/.test(text)) throw new Malformed(`bad number ${text}`);
  return Number.parseInt(text, 36);
}

function decodeUnit(text: string): number {
  return decodeInt(text) / SCALE;
}

/** Splits a CAT token off the front of `text`; returns the category name and the rest. */
function takeCategory(text: string): [string, string] {
  if (text.startsWith("~")) {
    const end = text.indexOf(":");
    if (end < 0) throw new Malformed("unterminated category");
    return [unescapeText(text.slice(1, end)), text.slice(end + 1)];
  }
  const name = CATEGORY_NAMES[text.charAt(0)];
  if (!name) throw new Malformed(`unknown category code ${text.charAt(0)}`);
  return [name, text.slice(1)];
}

function decodeRule(token: string): string {
  if (token.startsWith("!")) return unescapeText(token.slice(1));
  const prefix = RULE_PREFIX_BY_LETTER[token.charAt(0)];
  if (prefix) return prefix + unescapeText(token.slice(1));
  if (/^[A-Z]/.test(token)) throw new Malformed(`unknown rule prefix ${token.charAt(0)}`);
  return unescapeText(token);
}

function decodeMatch(token: string): CachedMatch {
  const [rule, categoryToken, start, length, weight, decoded, extra] = token.split(",");
  if (rule === undefined || categoryToken === undefined || start === undefined || length === undefined) {
    throw new Malformed("short match");
  }
  if (weight === undefined || extra !== undefined) throw new Malformed("bad match field count");
  const [category, rest] = takeCategory(categoryToken);
  if (rest !== "") throw new Malformed("trailing category characters");
  const startOffset = decodeInt(start);
  const match: CachedMatch = {
    rule: decodeRule(rule),
    category,
    start: startOffset,
    end: startOffset + decodeInt(length),
    weight: decodeInt(weight) / SCALE,
  };
  if (decoded !== undefined) {
    const decodedFrom = DECODED_BY_CODE[decoded];
    if (!decodedFrom) throw new Malformed(`unknown decodedFrom ${decoded}`);
    match.decodedFrom = decodedFrom;
  }
  return match;
}

function decodeResult(text: string): CachedResult {
  const [head, categories, matches, extra] = text.split("|");
  if (head === undefined || categories === undefined || matches === undefined || extra !== undefined) {
    throw new Malformed("bad section count");
  }
  const verdict = head.charAt(0) === "i" ? "injection" : head.charAt(0) === "b" ? "benign" : null;
  const [score, confidence, probability, contribution, more] = head.slice(1).split(",");
  if (
    !verdict ||
    score === undefined ||
    confidence === undefined ||
    (probability === undefined) !== (contribution === undefined) ||
    more !== undefined
  ) {
    throw new Malformed("bad head");
  }
  return {
    verdict,
    score: decodeUnit(score),
    confidence: decodeUnit(confidence),
    ...(probability !== undefined && contribution !== undefined
      ? { classifier: { probability: decodeUnit(probability), contribution: decodeUnit(contribution) } }
      : {}),
    categories:
      categories === ""
        ? []
        : categories.split(";").map((token) => {
            const [name, value] = takeCategory(token);
            return { name, score: decodeUnit(value) };
          }),
    matches: matches === "" ? [] : matches.split(";").map(decodeMatch),
  };
}

/**
 * Decodes a value written by encodeDetection. Returns null for anything else — another
 * encoding version, a truncated or foreign value — so the caller treats it as a miss.
 */
export function decodeDetection(encoded: string): CachedDetection | null {
  if (!encoded.startsWith(ENCODING_VERSION)) return null;
  const withDocuments = encoded.charAt(1) === "d";
  try {
    const [main, ...documents] = encoded.slice(withDocuments ? 2 : 1).split("#");
    if (main === undefined || (!withDocuments && documents.length > 0)) return null;
    const result: CachedDetection = decodeResult(main);
    if (withDocuments) result.documents = documents.map(decodeResult);
    return result;
  } catch (error) {
    if (error instanceof Malformed) return null;
    throw error;
  }
}
