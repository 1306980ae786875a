/** Public surface of the real-time module (see docs/realtime.md). */

export type { DetectionEventInput, DetectionSummary } from "./events";
export { buildDetectionEvent, circuitBreakerEvent, rateLimitEvent, sha256Hex } from "./events";
export type { HubStats, PublishResult } from "./hub";
export { TenantHub } from "./hub";
export type { EventType, HubEvent, HubEventInput, PrivacyMode, ServerMessage } from "./protocol";
export { CLOSE, EVENT_TYPES, PRIVACY_MODES, VERDICTS } from "./protocol";
export type { HubNamespace, PublishOptions, WaitUntil } from "./publish";
export { hubFor, publishDetection, publishEvent } from "./publish";
