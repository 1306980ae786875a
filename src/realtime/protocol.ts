/**
 * Wire protocol of `GET /v1/events`: event types, the messages the hub sends, the messages a
 * client may send, and the close codes. Pure types and parsing, shared by the hub, the routes,
 * the viewer page and the tests.
 */
import type { Category } from "../detection/types";

/** Event types a tenant can subscribe to. */
export const EVENT_TYPES = ["detection.completed", "rate_limit.exceeded", "circuit_breaker.changed"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Verdicts a `detection.completed` subscription can be narrowed to. */
export const VERDICTS = ["injection", "benign"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How much of the scanned text an event reveals (per tenant; default `hash-only`). */
export const PRIVACY_MODES = ["hash-only", "redacted-excerpt"] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];

/** Circuit-breaker states as reported by `circuit_breaker.changed`. */
export type BreakerState = "closed" | "open" | "half_open";

/** Payload of `detection.completed`. Never carries the raw text. */
export interface DetectionCompletedData {
  id: string;
  verdict: Verdict;
  score: number;
  categories: Category[];
  cached: boolean;
  latencyMs: number;
  /** Hex SHA-256 of the scanned text (UTF-8), so a tenant can correlate with its own logs. */
  textSha256: string;
  privacy: PrivacyMode;
  /** Only in `redacted-excerpt` mode: the start of the text with emails, URLs and digits masked. */
  excerpt?: string;
}

/** Payload of `rate_limit.exceeded`. */
export interface RateLimitExceededData {
  limit: number;
  windowSeconds: number;
  retryAfterSeconds: number;
}

/** Payload of `circuit_breaker.changed`. */
export interface CircuitBreakerChangedData {
  provider: string;
  from: BreakerState;
  to: BreakerState;
}

/** What the Worker publishes; the hub adds `seq` and `ts`. */
export type HubEventInput =
  | { type: "detection.completed"; data: DetectionCompletedData }
  | { type: "rate_limit.exceeded"; data: RateLimitExceededData }
  | { type: "circuit_breaker.changed"; data: CircuitBreakerChangedData };

/** An event as stored and delivered: `seq` increases by one per tenant, `ts` is ISO-8601. */
export type HubEvent = HubEventInput & { seq: number; ts: string };

/** The subscription of one socket; `null` means "everything". */
export interface Subscription {
  events: EventType[] | null;
  verdicts: Verdict[] | null;
}

/** Control messages from the hub. Events are sent as {@link HubEvent} (their `type` has a dot). */
export type ServerMessage =
  | {
      type: "welcome";
      tenantId: string;
      authMethod: AuthMethod;
      lastSeq: number;
      limits: { maxMessageBytes: number; idleTimeoutSeconds: number; ringSize: number };
    }
  | { type: "subscribed"; events: EventType[] | null; verdicts: Verdict[] | null }
  | {
      type: "gap";
      since: number;
      oldestSeq: number | null;
      lastSeq: number;
      reason: "ring_exceeded" | "unknown_cursor";
    }
  | { type: "replayed"; since: number; through: number; count: number }
  | { type: "error"; code: ClientErrorCode; message: string };

/** Error codes of `{"type":"error"}` messages. */
export type ClientErrorCode = "bad_message" | "resume_after_live";

/** How a socket authenticated; also the `auth_method` metric label. */
export type AuthMethod = "header" | "ticket";

/** Messages a client may send (besides the text `ping`, answered `pong` without waking the hub). */
export type ClientMessage =
  | { type: "subscribe"; events: EventType[] | null; verdicts: Verdict[] | null }
  | { type: "resume"; since: number };

/**
 * Close codes the hub uses. 1xxx are standard; the 4000 range is ours and documented in
 * docs/realtime.md so clients can decide whether to reconnect.
 */
export const CLOSE = {
  normal: 1000,
  unsupportedData: 1003,
  policyViolation: 1008,
  messageTooBig: 1009,
  internalError: 1011,
  /** No message or ping within the idle timeout: reconnect when you need events again. */
  idle: 4000,
  /** Closed by the service (tenant disabled, token revoked, …): do not reconnect blindly. */
  closedByServer: 4001,
  /** The token (or the token behind the ticket) expired: get a new one, then reconnect. */
  credentialsExpired: 4003,
} as const;

/** Result of parsing a client message: the message, or a client-safe reason. */
export type ParseResult = { ok: true; message: ClientMessage } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses an optional list of allowed strings; absent or empty means "all" (null). */
function parseList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T[] | null | string {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return `"${field}" must be an array`;
  if (value.length > allowed.length * 2) return `"${field}" has too many entries`;
  const result: T[] = [];
  for (const item of value) {
    const found = allowed.find((candidate) => candidate === item);
    if (!found) return `"${field}" has an unknown value; allowed: ${allowed.join(", ")}`;
    if (!result.includes(found)) result.push(found);
  }
  return result.length === 0 ? null : result;
}

/** Parses one text frame from a client. Never throws. */
export function parseClientMessage(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "messages must be JSON objects (or the text ping)" };
  }
  if (!isRecord(value)) return { ok: false, reason: "messages must be JSON objects" };
  if (value.type === "subscribe") {
    const events = parseList(value.events, EVENT_TYPES, "events");
    if (typeof events === "string") return { ok: false, reason: events };
    const verdicts = parseList(value.verdicts, VERDICTS, "verdicts");
    if (typeof verdicts === "string") return { ok: false, reason: verdicts };
    return { ok: true, message: { type: "subscribe", events, verdicts } };
  }
  if (value.type === "resume") {
    const since = value.since;
    if (typeof since !== "number" || !Number.isSafeInteger(since) || since < 0) {
      return { ok: false, reason: '"since" must be a non-negative integer' };
    }
    return { ok: true, message: { type: "resume", since } };
  }
  return { ok: false, reason: 'unknown message type; expected "subscribe" or "resume"' };
}

/** The fields a subscription filters on; stored as columns so replay needs no JSON parsing. */
export interface EventKey {
  type: EventType;
  /** The verdict of a `detection.completed` event; null for other types. */
  verdict: Verdict | null;
}

/** The filter key of an event. */
export function eventKey(event: HubEventInput): EventKey {
  return { type: event.type, verdict: event.type === "detection.completed" ? event.data.verdict : null };
}

/** True when an event with `key` passes `subscription`. Verdict filters only narrow detections. */
export function matches(subscription: Subscription, key: EventKey): boolean {
  if (subscription.events && !subscription.events.includes(key.type)) return false;
  if (subscription.verdicts && key.verdict !== null) return subscription.verdicts.includes(key.verdict);
  return true;
}
