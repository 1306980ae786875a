/**
 * Obfuscation signals that are not phrases: invisible characters, bidi controls, tag characters,
 * lookalike letters and leetspeak counted by normalize(), turned into rule matches with a span.
 */
import type { NormalizedText } from "./normalize";
import type { RuleMatch } from "./types";

/** Descriptions of the synthetic (non-regex) rules, for docs and the rule listing. */
export const SIGNAL_RULES = {
  "obfuscation.invisible_chars": "Zero-width / invisible format characters inside words (filter evasion).",
  "obfuscation.bidi_controls":
    "Bidirectional override/isolate controls (text shown differs from text read; 'Trojan Source').",
  "obfuscation.tag_chars": "Unicode tag characters outside flag emoji (invisible ASCII smuggling).",
  "obfuscation.homoglyphs":
    "Lookalike letters from other scripts mixed into Latin words ('ignоre' with Cyrillic о).",
  "obfuscation.leetspeak": "Leetspeak inside words ('1gn0r3').",
  "obfuscation.encoded_payload":
    "An encoded segment (base64, hex, %xx, ROT13, tag characters) whose decoded text triggers rules.",
} as const;

export type SignalRuleId = keyof typeof SIGNAL_RULES;

/** Weight as a step function of the count: the first threshold the count reaches wins. */
function stepWeight(count: number, steps: readonly (readonly [number, number])[]): number {
  let w = 0;
  for (const [min, weight] of steps) if (count >= min) w = weight;
  return w;
}

type Predicate = (cp: number) => boolean;

/** Span from the first to the last original character satisfying `pred` (bounded scan). */
function spanOf(text: string, pred: Predicate): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (pred(cp)) {
      if (first < 0) first = i;
      last = i + (cp > 0xffff ? 2 : 1);
    }
    if (cp > 0xffff) i++;
  }
  return first < 0 ? [0, 0] : [first, last];
}

const invisible: Predicate = (cp) =>
  cp === 0x200b ||
  (cp >= 0x2060 && cp <= 0x2064) ||
  cp === 0x200c ||
  cp === 0x200d ||
  cp === 0xfeff ||
  cp === 0x180e ||
  cp === 0x034f;
const bidi: Predicate = (cp) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const tags: Predicate = (cp) => cp >= 0xe0000 && cp <= 0xe007f;
/** Non-ASCII letter next to an ASCII letter: where mixed-script lookalikes sit. */
function mixedScriptSpan(text: string): [number, number] {
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    const asciiA = (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7a;
    const asciiB = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
    if ((asciiA && b >= 0x0370 && b < 0x0530) || (asciiB && a >= 0x0370 && a < 0x0530)) {
      let s = i - 1;
      while (s > 0 && text.charCodeAt(s - 1) > 0x20) s--;
      let e = i;
      while (e < text.length && text.charCodeAt(e) > 0x20) e++;
      return [s, e];
    }
  }
  return [0, Math.min(text.length, 1)];
}

/**
 * Builds obfuscation matches from the normalisation signals.
 *
 * @param text the original text (for spans)
 * @param norm its normalisation
 * @param excerpt function that cuts the excerpt for a span
 */
export function signalMatches(
  text: string,
  norm: NormalizedText,
  excerpt: (start: number, end: number) => string,
): RuleMatch[] {
  const out: RuleMatch[] = [];
  const { signals } = norm;
  const push = (rule: SignalRuleId, weight: number, [start, end]: [number, number]) => {
    if (weight <= 0) return;
    out.push({ rule, category: "obfuscation", start, end, excerpt: excerpt(start, end), weight });
  };
  if (signals.invisible > 0) {
    push(
      "obfuscation.invisible_chars",
      stepWeight(signals.invisible, [
        [1, 0.3],
        [3, 0.45],
        [10, 0.6],
      ]),
      spanOf(text, invisible),
    );
  }
  if (signals.bidi > 0) {
    // LRM/RLM are normal in right-to-left text; overrides and isolates are what Trojan Source uses.
    const [s, e] = spanOf(text, bidi);
    if (e > s)
      push(
        "obfuscation.bidi_controls",
        stepWeight(signals.bidi, [
          [1, 0.35],
          [3, 0.5],
        ]),
        [s, e],
      );
  }
  if (signals.tags > 0) push("obfuscation.tag_chars", 0.7, spanOf(text, tags));
  if (signals.homoglyphs > 0) {
    push(
      "obfuscation.homoglyphs",
      stepWeight(signals.homoglyphs, [
        [1, 0.25],
        [3, 0.45],
      ]),
      mixedScriptSpan(text),
    );
  }
  if (signals.leet >= 3) push("obfuscation.leetspeak", 0.15, [0, 0]);
  return out;
}
