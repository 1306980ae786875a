import type { TenantProfile } from "../auth/tenants";
import type { Config } from "../config";
import { analyze, ENGINE_INFO, RULE_DEFS, SIGNAL_RULES } from "../detection";
import type { CascadeResult } from "../detection/cascade";
import { excerptOf } from "../detection/excerpt";
import type { EngineResult } from "../detection/types";
import { ApiError } from "../errors";
import { metrics } from "../metrics";
import { circuitBreakerEvent, type HubEventInput } from "../realtime";
import type { DetectRequest, DetectResponse } from "../schemas/detection";
import {
  type CachedDetection,
  type CachedResult,
  detectionCacheHash,
  type Store,
  ttlForConfidence,
} from "../store";
import { type CascadeMode, cascadePolicy, consultModels, type ModelCascade, modelCascadeFor } from "./models";
import {
  applyCustomRules,
  applyPhraseHits,
  findPhrases,
  hasPhraseLists,
  type PhraseHit,
} from "./tenant-policy";

const utf8 = new TextEncoder();

const RULE_DESCRIPTIONS = new Map<string, string>([
  ...RULE_DEFS.map((rule): [string, string] => [rule.id, rule.description]),
  ...Object.entries(SIGNAL_RULES),
]);

/** True when `text` is longer than `maxBytes` in UTF-8. */
function exceedsBytes(text: string, maxBytes: number): boolean {
  // A UTF-16 unit is at most 3 UTF-8 bytes, so short strings are settled without encoding.
  return text.length > maxBytes / 3 && utf8.encode(text).byteLength > maxBytes;
}

/**
 * Checks a validated request against the configured limits.
 * @throws ApiError 400 (too many documents) or 413 (text or document too large).
 */
export function assertWithinLimits(request: DetectRequest, limits: Config["limits"]): void {
  const { maxTextBytes, maxDocuments } = limits;
  if (exceedsBytes(request.text, maxTextBytes)) {
    throw new ApiError(
      413,
      "payload_too_large",
      `text is larger than MAX_TEXT_BYTES / the tenant plan's maxTextBytes (${maxTextBytes} bytes in UTF-8); split it into several requests.`,
    );
  }
  const documents = request.documents ?? [];
  if (documents.length > maxDocuments) {
    throw new ApiError(
      400,
      "validation_failed",
      `documents holds ${documents.length} items; at most ${maxDocuments} are allowed per request.`,
    );
  }
  documents.forEach((document, index) => {
    if (exceedsBytes(document, maxTextBytes)) {
      throw new ApiError(
        413,
        "payload_too_large",
        `documents.${index} is larger than MAX_TEXT_BYTES / the tenant plan's maxTextBytes (${maxTextBytes} bytes in UTF-8).`,
      );
    }
  });
}

/** Highest score per category across several results, highest first. */
function mergeCategories(results: readonly CachedResult[]): CachedResult["categories"] {
  const best = new Map<string, CachedResult["categories"][number]>();
  for (const result of results) {
    for (const category of result.categories) {
      const current = best.get(category.name);
      if (!current || current.score < category.score) best.set(category.name, category);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

function toCachedResult(result: EngineResult): CachedResult {
  return {
    verdict: result.verdict,
    score: result.score,
    confidence: result.confidence,
    categories: result.categories,
    matches: result.matches.map(({ excerpt: _excerpt, ...span }) => span),
    ...(result.classifier
      ? {
          classifier: {
            probability: result.classifier.probability,
            contribution: result.classifier.contribution,
          },
        }
      : {}),
  };
}

/** The local assessment, and which part decided it (for escalation). */
interface Assessment {
  result: CachedDetection;
  /** The part with the highest score: the text or one document. */
  strongest: { text: string; result: CachedResult };
}

/**
 * Runs the local engine on the text and each document. The overall verdict, score and confidence
 * are those of the highest-scoring part, so one poisoned document flags the request; the overall
 * matches are those found in `text`.
 */
function assess(request: DetectRequest, threshold: number, profile?: TenantProfile): Assessment {
  const local = (text: string): CachedResult => {
    const result = toCachedResult(analyze(text, { threshold }));
    return profile ? applyCustomRules(text, result, profile, threshold) : result;
  };
  const main = local(request.text);
  if (request.documents === undefined)
    return { result: main, strongest: { text: request.text, result: main } };
  const documents = request.documents.map(local);
  let strongest = { text: request.text, result: main };
  documents.forEach((result, index) => {
    if (result.score > strongest.result.score) strongest = { text: request.documents?.[index] ?? "", result };
  });
  const overall = strongest.result;
  return {
    result: {
      verdict: overall.verdict,
      score: overall.score,
      confidence: overall.confidence,
      categories: mergeCategories([main, ...documents]),
      matches: main.matches,
      ...(main.classifier ? { classifier: main.classifier } : {}),
      documents,
    },
    strongest,
  };
}

/**
 * Asks the model providers about the deciding part when the cascade policy says so, and folds
 * their combined opinion into that part and the overall verdict. Never throws.
 */
async function escalate(
  assessment: Assessment,
  threshold: number,
  context: DetectionContext,
  cascade: ModelCascade,
  mode: CascadeMode,
): Promise<CascadeResult> {
  const { result: part, text } = assessment.strongest;
  const outcome = await consultModels(
    part,
    text,
    threshold,
    context.config,
    cascade,
    {
      waitUntil: context.waitUntil,
      onBreakerChange: (provider, from, to) => context.publish?.(circuitBreakerEvent(provider, from, to)),
    },
    mode,
  );
  if (outcome.escalated && !outcome.degraded) {
    for (const target of new Set([part, assessment.result])) {
      target.verdict = outcome.verdict;
      target.score = outcome.score;
      target.confidence = outcome.confidence;
    }
  }
  return outcome;
}

function modelReports(outcome: CascadeResult): NonNullable<DetectResponse["models"]> {
  return outcome.models.map((model) => ({
    name: model.name,
    model: model.model,
    outcome: model.outcome,
    latencyMs: model.latencyMs,
    ...(model.score === undefined ? {} : { score: model.score }),
  }));
}

type ResponseMatches = DetectResponse["matches"];

function withExcerpts(matches: CachedResult["matches"], text: string, explain: boolean): ResponseMatches {
  return matches.map((match) => ({
    ...(match as ResponseMatches[number]),
    excerpt: excerptOf(text, match.start, match.end),
    ...(explain ? { description: RULE_DESCRIPTIONS.get(match.rule) ?? "Detection rule." } : {}),
  }));
}

function elapsedSeconds(started: number): number {
  return (performance.now() - started) / 1000;
}

/** What a detection needs from the request's surroundings. */
export interface DetectionContext {
  config: Config;
  store: Store;
  tenantId: string;
  /** Schedules work after the response (cache writes, stats). */
  waitUntil(promise: Promise<unknown>): void;
  /** Sends an event to the tenant's real-time listeners (after the response). */
  publish?(event: HubEventInput): void;
  /** The tenant's plan and policy (threshold, cascade mode, lists, custom rules). */
  profile?: TenantProfile;
}

/** Phrase-list hits of each part: the text, then each document. */
interface PhraseHits {
  text: PhraseHit[];
  documents: PhraseHit[][];
  any: boolean;
}

function phraseHitsOf(request: DetectRequest, profile: TenantProfile | undefined): PhraseHits | null {
  if (!hasPhraseLists(profile)) return null;
  const text = findPhrases(request.text, profile);
  const documents = (request.documents ?? []).map((document) => findPhrases(document, profile));
  return { text, documents, any: text.length > 0 || documents.some((hits) => hits.length > 0) };
}

/**
 * The answer after the tenant's allow/deny lists: each part is overridden on its own, then the
 * overall verdict is `injection` when any part is (score and confidence of the strongest such
 * part), else `benign` (those of the highest-scoring part).
 */
function withPhraseLists(assessment: CachedDetection, hits: PhraseHits): CachedDetection {
  const main = applyPhraseHits(assessment, hits.text);
  if (!assessment.documents) return { ...main, documents: undefined };
  const documents = assessment.documents.map((document, index) =>
    applyPhraseHits(document, hits.documents[index] ?? []),
  );
  const parts = [main, ...documents];
  const injections = parts.filter((part) => part.verdict === "injection");
  const pool = injections.length > 0 ? injections : parts;
  const strongest = pool.reduce((best, part) => (part.score > best.score ? part : best));
  return {
    ...main,
    verdict: strongest.verdict,
    score: strongest.score,
    confidence: strongest.confidence,
    categories: mergeCategories(parts),
    documents,
  };
}

function policyEvidence(
  request: DetectRequest,
  hits: PhraseHits,
): NonNullable<DetectResponse["policy"]>["overrides"] {
  const list = (part: string, partHits: PhraseHit[], document?: number) =>
    partHits.map((hit) => ({
      list: hit.list,
      phrase: hit.phrase,
      ...(document === undefined ? {} : { document }),
      start: hit.start,
      end: hit.end,
      excerpt: excerptOf(part, hit.start, hit.end),
    }));
  return [
    ...list(request.text, hits.text),
    ...hits.documents.flatMap((partHits, index) => list(request.documents?.[index] ?? "", partHits, index)),
  ];
}

/**
 * Answers a validated request: from the tenant's cache when the same text, documents, threshold
 * and engine version were seen recently, otherwise from the local engine (then cached after the
 * response, with a TTL by confidence). Store failures only cost the cache: never the answer.
 */
export async function detect(request: DetectRequest, context: DetectionContext): Promise<DetectResponse> {
  const started = performance.now();
  const { config, store, tenantId, profile } = context;
  const policy = profile?.policy;
  const threshold = request.options?.threshold ?? policy?.threshold ?? config.detection.threshold;
  const mode = policy?.mode ?? config.cascade.mode;
  const explain = request.options?.explain ?? false;
  const cascade = modelCascadeFor(config, store);
  const tenantPolicy = profile && profile.policyId !== "default" ? `|tenant:${profile.policyId}` : "";
  let assessment: CachedDetection | null = null;
  let hash: string | null = null;
  if (config.cache.enabled) {
    hash = await detectionCacheHash({
      text: request.text,
      documents: request.documents,
      threshold,
      engineVersion: `${ENGINE_INFO.name}@${ENGINE_INFO.version}`,
      policy: `${cascadePolicy(config, cascade, mode)}${tenantPolicy}`,
    });
    assessment = await store.cache.get(tenantId, hash);
    context.waitUntil(store.stats.record(tenantId, assessment !== null));
  }
  const cached = assessment !== null;
  if (config.cache.enabled) metrics.record.cacheLookup({ tenantId, hit: cached });
  let outcome: CascadeResult | null = null;
  const phrases = phraseHitsOf(request, profile);
  if (!assessment) {
    let local: Assessment;
    try {
      local = assess(request, threshold, profile);
    } catch (error) {
      metrics.record.detection({
        tenantId,
        result: "error",
        model: "local",
        durationSeconds: elapsedSeconds(started),
      });
      throw error;
    }
    // A request the tenant's lists decide is never sent to model providers.
    if (!phrases?.any) outcome = await escalate(local, threshold, context, cascade, mode);
    assessment = local.result;
    // A degraded answer is not cached: once the providers recover, they get asked again.
    if (hash && !outcome?.degraded) {
      const ttl = ttlForConfidence(assessment.confidence, config.cache.ttlSeconds);
      context.waitUntil(store.cache.put(tenantId, hash, assessment, ttl));
    }
  }
  if (phrases?.any) assessment = withPhraseLists(assessment, phrases);
  const consulted = outcome?.escalated === true;
  if (cascade.providers.length > 0) {
    const decision = cached ? "avoided_cache" : consulted ? "escalated" : "avoided_local";
    metrics.record.modelDecision({ tenantId, decision });
  }
  metrics.record.detection({
    tenantId,
    result: assessment.verdict,
    model: cached ? "cache" : consulted && !outcome?.degraded ? "ensemble" : "local",
    durationSeconds: elapsedSeconds(started),
    confidence: assessment.confidence,
  });
  const documents = request.documents ?? [];
  return {
    id: crypto.randomUUID(),
    verdict: assessment.verdict,
    score: assessment.score,
    confidence: assessment.confidence,
    categories: assessment.categories as DetectResponse["categories"],
    matches: withExcerpts(assessment.matches, request.text, explain),
    ...(assessment.classifier ? { classifier: assessment.classifier } : {}),
    ...(assessment.documents
      ? {
          documents: assessment.documents.map((result, index) => ({
            index,
            verdict: result.verdict,
            score: result.score,
            confidence: result.confidence,
            categories: result.categories as DetectResponse["categories"],
            matches: withExcerpts(result.matches, documents[index] ?? "", explain),
            ...(result.classifier ? { classifier: result.classifier } : {}),
          })),
        }
      : {}),
    engine: { name: ENGINE_INFO.name, version: ENGINE_INFO.version },
    ...(outcome && consulted ? { degraded: outcome.degraded, models: modelReports(outcome) } : {}),
    ...(profile && profile.policyId !== "default"
      ? { policy: { id: profile.policyId, overrides: phrases?.any ? policyEvidence(request, phrases) : [] } }
      : {}),
    cached,
    latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
  };
}
