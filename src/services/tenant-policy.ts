/**
 * A tenant's detection policy applied around the engine (docs/auth.md):
 * - custom rules: extra matches on the normalised text, rescored with the engine's own scoring
 *   (they can raise a score, never lower it); part of the cached answer;
 * - deny-list phrases: the part becomes `injection` (score >= 0.99) with a `tenant.deny_list` match;
 * - allow-list phrases: the part becomes `benign` (its score is kept, as evidence of what the
 *   engine saw). A deny-list hit wins over an allow-list hit. Applied after the cache (cheap, and
 *   deterministic for a given text and policy), and a request they decide is never escalated to
 *   model providers.
 * Phrases are compared on the normalised (folded) form of both, so homoglyph or zero-width tricks
 * do not get around a deny-list entry.
 */
import { runCustomRules } from "../auth/custom-rules";
import type { TenantProfile } from "../auth/tenants";
import { normalize } from "../detection/normalize";
import { confidenceOf, scoreMatches } from "../detection/score";
import type { RuleMatch } from "../detection/types";
import type { CachedMatch, CachedResult } from "../store";

/** The rule id of deny-list matches, and the category they count in. */
export const DENY_LIST_RULE = "tenant.deny_list";
export const DENY_LIST_CATEGORY = "instruction_override";
const FORCED_SCORE = 0.99;
const MAX_PHRASE_HITS = 5;

/** Adds the tenant's custom-rule matches to one part's local result (rescoring it). */
export function applyCustomRules(
  text: string,
  result: CachedResult,
  profile: TenantProfile,
  threshold: number,
): CachedResult {
  if (profile.customRules.length === 0) return result;
  const norm = normalize(text);
  const hits = runCustomRules(profile.customRules, norm.folded);
  if (hits.length === 0) return result;
  const added: CachedMatch[] = hits.map((hit) => ({
    rule: hit.rule,
    category: hit.category,
    start: norm.offsets[hit.start] ?? 0,
    end: norm.offsets[hit.end] ?? text.length,
    weight: hit.weight,
  }));
  const matches = [...result.matches, ...added];
  const scored = scoreMatches(matches as unknown as RuleMatch[]);
  const score = Math.max(result.score, scored.score);
  const categories = new Map(result.categories.map((category) => [category.name, category.score]));
  for (const category of scored.categories)
    categories.set(category.name, Math.max(category.score, categories.get(category.name) ?? 0));
  return {
    ...result,
    verdict: score >= threshold ? "injection" : "benign",
    score,
    confidence: score === result.score ? result.confidence : confidenceOf(score, threshold),
    categories: [...categories]
      .map(([name, value]) => ({ name, score: value }))
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)),
    matches,
  };
}

/** A phrase of the tenant's lists found in one part. */
export interface PhraseHit {
  list: "allow" | "deny";
  /** Index of the phrase in its list. */
  phrase: number;
  start: number;
  end: number;
}

const foldedLists = new WeakMap<TenantProfile, { allow: string[]; deny: string[] }>();

function foldedPhrases(profile: TenantProfile): { allow: string[]; deny: string[] } {
  let lists = foldedLists.get(profile);
  if (!lists) {
    const fold = (phrase: string) => normalize(phrase).folded.trim();
    lists = { allow: profile.policy.allowList.map(fold), deny: profile.policy.denyList.map(fold) };
    foldedLists.set(profile, lists);
  }
  return lists;
}

/** True when the tenant has allow- or deny-list phrases. */
export function hasPhraseLists(profile: TenantProfile | undefined): profile is TenantProfile {
  return profile !== undefined && (profile.policy.allowList.length > 0 || profile.policy.denyList.length > 0);
}

/** Allow/deny phrases found in `text` (spans in the caller's text). */
export function findPhrases(text: string, profile: TenantProfile): PhraseHit[] {
  const lists = foldedPhrases(profile);
  const norm = normalize(text);
  const hits: PhraseHit[] = [];
  for (const list of ["deny", "allow"] as const) {
    lists[list].forEach((phrase, index) => {
      if (phrase === "") return;
      let from = 0;
      for (let n = 0; n < MAX_PHRASE_HITS; n++) {
        const at = norm.folded.indexOf(phrase, from);
        if (at < 0) break;
        hits.push({
          list,
          phrase: index,
          start: norm.offsets[at] ?? 0,
          end: norm.offsets[at + phrase.length] ?? text.length,
        });
        from = at + phrase.length;
      }
    });
  }
  return hits;
}

/** One part's result after the lists: deny wins, then allow; unchanged without hits. */
export function applyPhraseHits(result: CachedResult, hits: readonly PhraseHit[]): CachedResult {
  const deny = hits.filter((hit) => hit.list === "deny");
  if (deny.length > 0) {
    const categories = result.categories.filter((category) => category.name !== DENY_LIST_CATEGORY);
    const existing = result.categories.find((category) => category.name === DENY_LIST_CATEGORY);
    categories.unshift({ name: DENY_LIST_CATEGORY, score: Math.max(FORCED_SCORE, existing?.score ?? 0) });
    return {
      ...result,
      verdict: "injection",
      score: Math.max(result.score, FORCED_SCORE),
      confidence: Math.max(result.confidence, FORCED_SCORE),
      categories,
      matches: [
        ...deny.map((hit) => ({
          rule: DENY_LIST_RULE,
          category: DENY_LIST_CATEGORY,
          start: hit.start,
          end: hit.end,
          weight: 1,
        })),
        ...result.matches,
      ],
    };
  }
  if (hits.some((hit) => hit.list === "allow")) return { ...result, verdict: "benign" };
  return result;
}
