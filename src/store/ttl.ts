/** TTLs (seconds) by confidence band. */
export interface ConfidenceTtls {
  high: number;
  medium: number;
  low: number;
}

/** Defaults: confident answers are stable; uncertain ones may change when models are consulted. */
export const DEFAULT_CONFIDENCE_TTLS: Readonly<ConfidenceTtls> = { high: 1800, medium: 900, low: 300 };

/**
 * Cache TTL for an answer of the given confidence: `high` at >= 0.95, `medium` at >= 0.8,
 * otherwise `low`. Uncertain answers expire sooner so that improvements reach tenants faster.
 */
export function ttlForConfidence(confidence: number, ttls: ConfidenceTtls = DEFAULT_CONFIDENCE_TTLS): number {
  if (confidence >= 0.95) return ttls.high;
  if (confidence >= 0.8) return ttls.medium;
  return ttls.low;
}
