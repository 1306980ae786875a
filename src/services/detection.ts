import type { Config } from "../config";
import { analyze, ENGINE_INFO, RULE_DEFS, SIGNAL_RULES } from "../detection";
import type { EngineResult } from "../detection/types";
import { ApiError } from "../errors";
import type { DetectRequest, DetectResponse } from "../schemas/detection";

const utf8 = new TextEncoder();

const RULE_DESCRIPTIONS = new Map<string, string>([
  ...RULE_DEFS.map((rule): [string, string] => [rule.id, rule.description]),
  ...Object.entries(SIGNAL_RULES),
]);

function describeRule(id: string): string {
  return RULE_DESCRIPTIONS.get(id) ?? "Detection rule.";
}

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
      `text is larger than MAX_TEXT_BYTES (${maxTextBytes} bytes in UTF-8); split it into several requests.`,
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
        `documents.${index} is larger than MAX_TEXT_BYTES (${maxTextBytes} bytes in UTF-8).`,
      );
    }
  });
}

type VerdictFields = Pick<DetectResponse, "verdict" | "score" | "confidence" | "categories" | "matches">;

function toVerdictFields(result: EngineResult, explain: boolean): VerdictFields {
  return {
    verdict: result.verdict,
    score: result.score,
    confidence: result.confidence,
    categories: result.categories,
    matches: explain
      ? result.matches.map((match) => ({ ...match, description: describeRule(match.rule) }))
      : result.matches,
  };
}

/** Highest score per category across several results, highest first. */
function mergeCategories(results: EngineResult[]): DetectResponse["categories"] {
  const best = new Map<string, DetectResponse["categories"][number]>();
  for (const result of results) {
    for (const category of result.categories) {
      const current = best.get(category.name);
      if (!current || current.score < category.score) best.set(category.name, category);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Runs the local engine on a request's text and documents and assembles the answer. The overall
 * verdict is that of the highest-scoring part, so one poisoned document flags the request.
 */
export function detectRequest(request: DetectRequest, config: Config): DetectResponse {
  const started = performance.now();
  const threshold = request.options?.threshold ?? config.detection.threshold;
  const explain = request.options?.explain ?? false;
  const main = analyze(request.text, { threshold });
  const documentResults = (request.documents ?? []).map((document) => analyze(document, { threshold }));
  let strongest = main;
  for (const result of documentResults) if (result.score > strongest.score) strongest = result;
  return {
    id: crypto.randomUUID(),
    ...toVerdictFields(main, explain),
    verdict: strongest.verdict,
    score: strongest.score,
    confidence: strongest.confidence,
    categories: documentResults.length > 0 ? mergeCategories([main, ...documentResults]) : main.categories,
    ...(request.documents
      ? {
          documents: documentResults.map((result, index) => ({ index, ...toVerdictFields(result, explain) })),
        }
      : {}),
    engine: { name: ENGINE_INFO.name, version: ENGINE_INFO.version },
    cached: false,
    latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
  };
}
