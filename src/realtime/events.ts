/**
 * Builders for the events the Worker publishes. They run in the Worker (not the hub), so the raw
 * text never leaves the request: only its hash and, if the tenant opted in, a redacted excerpt.
 */
import type { CategoryScore } from "../detection/types";
import type {
  BreakerState,
  DetectionCompletedData,
  HubEventInput,
  PrivacyMode,
  RateLimitExceededData,
  Verdict,
} from "./protocol";
import { redactedExcerpt } from "./redact";

/** Hex SHA-256 of `text` in UTF-8. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The parts of a detection answer an event is built from. */
export interface DetectionSummary {
  id: string;
  verdict: Verdict;
  score: number;
  categories: CategoryScore[];
}

/** Inputs of {@link buildDetectionEvent}. */
export interface DetectionEventInput {
  result: DetectionSummary;
  /** The scanned text; hashed, and excerpted only in `redacted-excerpt` mode. */
  text: string;
  cached: boolean;
  latencyMs: number;
  /** The tenant's privacy setting; `hash-only` when unknown. */
  privacy?: PrivacyMode;
}

/** Builds a `detection.completed` event. */
export async function buildDetectionEvent(input: DetectionEventInput): Promise<HubEventInput> {
  const privacy = input.privacy ?? "hash-only";
  const data: DetectionCompletedData = {
    id: input.result.id,
    verdict: input.result.verdict,
    score: Math.round(input.result.score * 10_000) / 10_000,
    categories: input.result.categories.map((category) => category.name),
    cached: input.cached,
    latencyMs: Math.round(input.latencyMs * 100) / 100,
    textSha256: await sha256Hex(input.text),
    privacy,
  };
  if (privacy === "redacted-excerpt") data.excerpt = redactedExcerpt(input.text);
  return { type: "detection.completed", data };
}

/** Builds a `rate_limit.exceeded` event. */
export function rateLimitEvent(data: RateLimitExceededData): HubEventInput {
  return { type: "rate_limit.exceeded", data };
}

/** Builds a `circuit_breaker.changed` event. */
export function circuitBreakerEvent(provider: string, from: BreakerState, to: BreakerState): HubEventInput {
  return { type: "circuit_breaker.changed", data: { provider, from, to } };
}
