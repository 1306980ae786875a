/**
 * The local detection engine: normalise, scan the rules, decode-and-rescan embedded encodings,
 * add obfuscation signals, score. Pure and synchronous; safe to call in workerd, Node and tests.
 */
import { DEFAULT_DECODE_BUDGET, type DecodedSegment, findEncodedSegments } from "./decode";
import { normalize } from "./normalize";
import { DEFAULT_RULE_SET, type RuleSet } from "./rules/index";
import { type Hit, scanRules } from "./scan";
import { confidenceOf, DEFAULT_THRESHOLD, scoreMatches } from "./score";
import { signalMatches } from "./signals";
import type { EngineOptions, EngineResult, RuleMatch } from "./types";

/**
 * Engine identity, part of cache keys. Bump `version` whenever rules, weights, normalisation or
 * scoring change (minor: rules/weights; major: result shape or score semantics).
 */
export const ENGINE_INFO = { name: "promptshield-local", version: "1.0.0" } as const;

/** Longest excerpt in a match, in UTF-16 units (ellipsis included). */
const MAX_EXCERPT = 120;

/** Decoded text is itself decoded again once (base64 inside base64, %xx inside base64 …). */
const MAX_DECODE_DEPTH = 2;

/** Weight of the synthetic rule recording that an encoded segment carried a payload. */
const ENCODED_PAYLOAD_WEIGHT = 0.5;

function excerptOf(text: string, start: number, end: number): string {
  const s = text.slice(start, end);
  return s.length <= MAX_EXCERPT ? s : `${s.slice(0, MAX_EXCERPT - 1)}…`;
}

function hitToMatch(text: string, h: Hit): RuleMatch {
  return {
    rule: h.rule.id,
    category: h.rule.category,
    start: h.start,
    end: h.end,
    excerpt: excerptOf(text, h.start, h.end),
    weight: h.rule.weight,
  };
}

interface DecodeScan {
  matches: RuleMatch[];
  skipped: number;
}

/**
 * Decodes the encoded segments of `text` and scans the decoded text. Matches are reported on
 * the outermost encoded segment in the caller's text (`outer` span), tagged with the outermost
 * encoding.
 */
function scanDecoded(
  original: string,
  text: string,
  set: RuleSet,
  depth: number,
  outer: { start: number; end: number; kind: DecodedSegment["kind"] } | null,
  folded?: string,
): DecodeScan {
  const { segments, skipped: skippedHere } = findEncodedSegments(
    text,
    DEFAULT_DECODE_BUDGET,
    folded ?? text.toLowerCase(),
  );
  let skipped = skippedHere;
  const matches: RuleMatch[] = [];
  for (const seg of segments) {
    const span = outer ?? { start: seg.start, end: seg.end, kind: seg.kind };
    const norm = normalize(seg.decoded);
    const hits = scanRules(seg.decoded, norm, set);
    const found: RuleMatch[] = hits.map((h) => ({
      rule: h.rule.id,
      category: h.rule.category,
      start: span.start,
      end: span.end,
      excerpt: excerptOf(original, span.start, span.end),
      weight: h.rule.weight,
      decodedFrom: span.kind,
    }));
    if (depth + 1 < MAX_DECODE_DEPTH) {
      const inner = scanDecoded(original, seg.decoded, set, depth + 1, span);
      found.push(...inner.matches);
      skipped += inner.skipped;
    }
    if (found.length > 0) {
      matches.push(...found, {
        rule: "obfuscation.encoded_payload",
        category: "obfuscation",
        start: span.start,
        end: span.end,
        excerpt: excerptOf(original, span.start, span.end),
        weight: ENCODED_PAYLOAD_WEIGHT,
        decodedFrom: span.kind,
      });
    }
  }
  return { matches, skipped };
}

/**
 * Analyses one text for prompt injection.
 *
 * The whole text is scanned, whatever its length (regexes are linear-time and the work per rule
 * is bounded). Never throws for any string input, including empty strings and lone surrogates.
 *
 * @param text the text to check (a user prompt, a retrieved document, a tool result)
 * @param options threshold override
 * @returns verdict, score in [0, 1], confidence in [0, 1], per-category scores and the matches
 *   (spans are UTF-16 offsets in `text`; hits inside decoded segments cover the encoded segment)
 */
export function analyze(text: string, options?: EngineOptions): EngineResult {
  const input = typeof text === "string" ? text : String(text ?? "");
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD;
  const set = DEFAULT_RULE_SET;

  const norm = normalize(input);
  const matches: RuleMatch[] = scanRules(input, norm, set).map((h) => hitToMatch(input, h));
  matches.push(...signalMatches(input, norm, (s, e) => excerptOf(input, s, e)));
  const decoded = scanDecoded(input, input, set, 0, null, norm.folded);
  matches.push(...decoded.matches);
  matches.sort((a, b) => a.start - b.start || b.weight - a.weight || a.rule.localeCompare(b.rule));

  const { score, categories } = scoreMatches(matches);
  const result: EngineResult = {
    verdict: score >= threshold ? "injection" : "benign",
    score,
    confidence: confidenceOf(score, threshold),
    categories,
    matches,
  };
  if (decoded.skipped > 0) result.skippedSegments = decoded.skipped;
  return result;
}
