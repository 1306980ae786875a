/**
 * The local detection engine: normalise once, scan the rules, decode-and-rescan embedded
 * encodings, add obfuscation signals, run the learned classifier on the same normalised text, and
 * merge both into one score (policy in score.ts / classifier/weights-policy.ts). Pure and
 * synchronous; safe to call in workerd, Node and tests.
 */

import { classifyNormalized } from "./classifier/classify";
import { CUE_KEYWORDS } from "./classifier/cues";
import { WEIGHTS } from "./classifier/weights";
import { POLICY } from "./classifier/weights-policy";
import { CORRECTION_SCORE_CAP, onlySelfCorrections } from "./correction";
import {
  DEFAULT_DECODE_BUDGET,
  type DecodedSegment,
  findEncodedSegments,
  REVERSED_GATE,
  ROT13_GATE,
  type TextGates,
} from "./decode";
import { excerptOf } from "./excerpt";
import { compileGate, literalGate } from "./literals";
import { MENTION_SCORE_CAP, onlyQuotedMentions, rulesAtSpanLimit } from "./mention";
import { type NormalizedText, normalize } from "./normalize";
import { buildRuleGates, markBlocks, type RuleGates } from "./rule-gates";
import { DEFAULT_RULE_SET, type RuleSet } from "./rules/index";
import { type KeywordHits, KeywordIndex } from "./rules/keywords";
import { type Hit, scanRuleSpans, scanRules } from "./scan";
import { combineScores, confidenceOf, DEFAULT_THRESHOLD, scoreMatches, verdictConfidence } from "./score";
import { signalMatches } from "./signals";
import type { CategoryScore, EngineOptions, EngineResult, RuleMatch } from "./types";

/**
 * Version of the rules, normalisation and combination code. Bump it whenever rules, rule weights,
 * normalisation or scoring code change (minor: rules/weights; major: result shape or score
 * semantics). Classifier weights and the fitted policy are versioned by their digests below.
 */
const CODE_VERSION = "2.14.1";

/** Digest part of the classifier artefact version ("2.0.0+<digest>" → "<digest>"). */
const CLASSIFIER_DIGEST = WEIGHTS.version.slice(WEIGHTS.version.indexOf("+") + 1);

/**
 * Engine identity, part of cache keys: `<code>+clf.<classifier digest>.pol.<policy digest>`, so it
 * changes whenever the rules (manual bump), the classifier weights or the combination policy change.
 */
export const ENGINE_INFO = {
  name: "promptshield-local",
  version: `${CODE_VERSION}+clf.${CLASSIFIER_DIGEST}.pol.${POLICY.digest}`,
} as const;

/** Decoded text is itself decoded again once (base64 inside base64, %xx inside base64 …). */
const MAX_DECODE_DEPTH = 2;

/** Weight of the synthetic rule recording that an encoded segment carried a payload. */
const ENCODED_PAYLOAD_WEIGHT = 0.5;

/**
 * One keyword pass for the whole call: the rules' prefilter keywords (ids 0 .. n−1, the rule set's
 * own ids) followed by the classifier cues' keywords (all of them, in CUE_KEYWORDS order), the
 * ROT13 / reversed-text gate words and the rules' literal-gate strings (rule-gates.ts) not already
 * present, so rules, cues and the ROT13 gate skip the regexes whose keywords are absent after a
 * single scan of the folded text.
 */
interface Prepass {
  index: KeywordIndex;
  /** Presence per keyword id of the last scan (reused buffer). */
  found: Uint8Array;
  /**
   * Presence per CUE_KEYWORDS id: a view of `found`, because CUE_KEYWORDS[j] has its own id
   * (rule keywords + j) in the index, so no per-call copy of 600+ bytes is needed.
   */
  cueFound: Uint8Array;
  /** False when ROT13_GATE cannot match (none of its words occurs). */
  rot13: (found: Uint8Array) => boolean;
  /** False when REVERSED_GATE cannot match. */
  reversed: (found: Uint8Array) => boolean;
  /** Literal gates of DEFAULT_RULE_SET over `found`. */
  ruleGates: RuleGates;
}

let prepass: Prepass | undefined;

function keywordPrepass(): Prepass {
  if (prepass !== undefined) return prepass;
  const ruleKeywords = DEFAULT_RULE_SET.index.keywords;
  // Cue j gets id ruleKeywords.length + j even when it is also a rule keyword (the index marks
  // every id of a repeated keyword), so the cues' presence is one contiguous slice of `found`.
  const all = [...ruleKeywords, ...CUE_KEYWORDS];
  const ids = new Map<string, number>();
  all.forEach((k, i) => {
    if (!ids.has(k)) ids.set(k, i);
  });
  const idOf = (k: string): number => {
    let id = ids.get(k);
    if (id === undefined) {
      id = all.length;
      all.push(k);
      ids.set(k, id);
    }
    return id;
  };
  const rot13 = compileGate(literalGate(ROT13_GATE), idOf);
  const reversed = compileGate(literalGate(REVERSED_GATE), idOf);
  const ruleGates = buildRuleGates(DEFAULT_RULE_SET, idOf);
  const found = new Uint8Array(all.length);
  prepass = {
    index: new KeywordIndex(all),
    found,
    cueFound: found.subarray(ruleKeywords.length, ruleKeywords.length + CUE_KEYWORDS.length),
    rot13,
    reversed,
    ruleGates,
  };
  return prepass;
}

/**
 * Sizes of the engine's keyword automata (every rule, cue and gate keyword), for diagnostics:
 * `npm run bench:engine` prints them, and a unit test keeps them within 16-bit state numbers.
 */
export function keywordIndexStats(): ReturnType<KeywordIndex["stats"]> {
  return keywordPrepass().index.stats();
}

/** Keyword evidence of one folded text, for rules, cues and the decoders' gates. */
interface Keywords {
  /** The scan (its ids start with the rules' keywords: what scanRules takes). */
  hits: KeywordHits;
  cues: Uint8Array;
  gates: TextGates;
}

/** The prepass's keyword scan of `folded` into `found`, with the block literals of the rule gates. */
function scanFolded(p: Prepass, folded: string, found: Uint8Array): Uint8Array {
  p.index.scan(folded, found);
  if (p.index.lastFound.nonAscii) markBlocks(folded, p.ruleGates.blockIds, found);
  return found;
}

/** Scans `folded` once for every rule, cue and ROT13 keyword. */
function scanKeywords(folded: string): Keywords {
  const p = keywordPrepass();
  const found = scanFolded(p, folded, p.found);
  return {
    hits: p.index.lastFound,
    cues: p.cueFound,
    gates: { rot13: p.rot13(found), reversed: p.reversed(found) },
  };
}

/**
 * scanRules' prescan of a decoded segment for `set`: for the default rule set, the call's single
 * keyword pass and literal gates, as for the text itself (the gates then skip most regexes, and the
 * rule set's own keyword automaton is never built), into a fresh buffer because the shared one
 * still holds the text's cue keywords for the classifier. Undefined for other sets (scanRules
 * scans for their keywords itself).
 */
function decodedPrescan(set: RuleSet, folded: string): { hits: KeywordHits; gates: RuleGates } | undefined {
  if (set !== DEFAULT_RULE_SET) return undefined;
  const p = keywordPrepass();
  scanFolded(p, folded, new Uint8Array(p.found.length));
  return { hits: p.index.lastFound, gates: p.ruleGates };
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
  gates?: TextGates,
): DecodeScan {
  const { segments, skipped: skippedHere } = findEncodedSegments(
    text,
    DEFAULT_DECODE_BUDGET,
    folded ?? text.toLowerCase(),
    gates,
  );
  let skipped = skippedHere;
  const matches: RuleMatch[] = [];
  for (const seg of segments) {
    const span = outer ?? { start: seg.start, end: seg.end, kind: seg.kind };
    const norm = normalize(seg.decoded);
    const hits = scanRules(seg.decoded, norm, set, decodedPrescan(set, norm.folded));
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

/** Rule-engine evidence for one text. */
interface RuleEvidence {
  score: number;
  categories: CategoryScore[];
  matches: RuleMatch[];
  skipped: number;
}

/**
 * Spans looked at per rule before a text may count as only mentions, when a rule reached the
 * scan's limit (a write-up may quote dozens of examples; beyond this many it is not discounted).
 */
const MAX_MENTION_SPANS = 50;

/**
 * True when the strong evidence of `input` is only quoted mentions (mention.ts). A rule that
 * stopped reporting at the scan's span limit is scanned on to MAX_MENTION_SPANS first: what the
 * scan never reached must be quoted mentions too.
 */
function onlyMentions(input: string, norm: NormalizedText, matches: readonly RuleMatch[]): boolean {
  if (!onlyQuotedMentions(input, matches)) return false;
  const limited = rulesAtSpanLimit(matches);
  if (limited.length === 0) return true;
  const all = matches.filter((m) => m.decodedFrom !== undefined || !limited.includes(m.rule));
  for (const rule of DEFAULT_RULE_SET.rules) {
    if (!limited.includes(rule.id)) continue;
    const hits = scanRuleSpans(input, norm, rule, MAX_MENTION_SPANS);
    if (hits.length >= MAX_MENTION_SPANS) return false;
    for (const h of hits) all.push(hitToMatch(input, h));
  }
  all.sort((a, b) => a.start - b.start);
  return onlyQuotedMentions(input, all);
}

/**
 * @param keywords keyword evidence of norm.folded (scanKeywords), when already scanned
 */
function runRules(input: string, norm: NormalizedText, keywords?: Keywords): RuleEvidence {
  const set = DEFAULT_RULE_SET;
  const matches: RuleMatch[] = scanRules(
    input,
    norm,
    set,
    keywords && { hits: keywords.hits, gates: keywordPrepass().ruleGates },
  ).map((h) => hitToMatch(input, h));
  const signals = signalMatches(input, norm, (s, e) => excerptOf(input, s, e));
  for (const m of signals) matches.push(m);
  const decoded = scanDecoded(input, input, set, 0, null, norm.folded, keywords?.gates);
  for (const m of decoded.matches) matches.push(m);
  if (matches.length > 1) {
    matches.sort((a, b) => a.start - b.start || b.weight - a.weight || a.rule.localeCompare(b.rule));
  }
  const scored = scoreMatches(matches);
  // Quoted examples inside a discussion of attacks (mention.ts) and retractions of one's own last
  // message (correction.ts) are escalated, not flagged.
  let score = scored.score;
  if (score > MENTION_SCORE_CAP && onlyMentions(input, norm, matches)) score = MENTION_SCORE_CAP;
  else if (score > CORRECTION_SCORE_CAP && onlySelfCorrections(input, matches)) score = CORRECTION_SCORE_CAP;
  return { score, categories: scored.categories, matches, skipped: decoded.skipped };
}

function toInput(text: unknown): string {
  return typeof text === "string" ? text : String(text ?? "");
}

/**
 * The rule engine alone (no classifier): score = rule score, confidence = margin from the
 * threshold (confidenceOf). Used by the training script (the combination policy is fitted on
 * rule scores) and by `scripts/eval.ts --rules-only`.
 *
 * @param text the text to check
 * @param options threshold override
 */
export function analyzeRules(text: string, options?: EngineOptions): EngineResult {
  const input = toInput(text);
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD;
  const rules = runRules(input, normalize(input));
  const result: EngineResult = {
    verdict: rules.score >= threshold ? "injection" : "benign",
    score: rules.score,
    confidence: confidenceOf(rules.score, threshold),
    categories: rules.categories,
    matches: rules.matches,
  };
  if (rules.skipped > 0) result.skippedSegments = rules.skipped;
  return result;
}

/**
 * Analyses one text for prompt injection: rules and learned classifier, merged.
 *
 * The whole text is scanned, whatever its length (regexes are linear-time, the work per rule is
 * bounded, the classifier reads fixed-size windows). Never throws for any string input, including
 * empty strings and lone surrogates.
 *
 * Score: `max(rule score, g(classifier probability))` (see combineScores and docs/detection.md):
 * strong rule evidence decides alone; the classifier lifts a text into the uncertain band
 * [0.25, 0.75] (escalated by the cascade) on moderate probability, and over the threshold only on
 * high probability. Confidence: estimated probability, on held-out sources, that the verdict is
 * right.
 *
 * @param text the text to check (a user prompt, a retrieved document, a tool result)
 * @param options threshold override
 * @returns verdict, score in [0, 1], confidence in [0, 1], per-category rule scores, the rule
 *   matches (spans are UTF-16 offsets in `text`; hits inside decoded segments cover the encoded
 *   segment) and the classifier's part
 */
export function analyze(text: string, options?: EngineOptions): EngineResult {
  const input = toInput(text);
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD;
  const norm = normalize(input);
  const keywords = scanKeywords(norm.folded);
  const rules = runRules(input, norm, keywords);
  const clf = classifyNormalized(norm, keywords.cues);
  const { score, contribution } = combineScores(rules.score, clf.probability, POLICY);
  const classifier: NonNullable<EngineResult["classifier"]> = {
    probability: Math.round(clf.probability * 10000) / 10000,
    contribution,
  };
  if (clf.chunk && (clf.chunk.start > 0 || clf.chunk.end < input.length)) classifier.chunk = clf.chunk;
  const result: EngineResult = {
    verdict: score >= threshold ? "injection" : "benign",
    score,
    confidence: verdictConfidence(score, threshold, POLICY),
    categories: rules.categories,
    matches: rules.matches,
    classifier,
  };
  if (rules.skipped > 0) result.skippedSegments = rules.skipped;
  return result;
}
