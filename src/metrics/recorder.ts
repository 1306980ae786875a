/**
 * Typed, one-line recording helpers for call sites. Each helper writes straight into a
 * {@link SeriesStore} through its positional fast path (no label objects, no validation by name:
 * the types already guarantee the labels), because these run on the request path.
 */
import type { DurableObjectFailure } from "../durable-object-failure";
import { CATALOGUE } from "./catalogue";
import type { SeriesStore } from "./series-store";

/** Verdict label values of detection_requests_total. */
export type DetectionResult = "injection" | "benign" | "error";
/** Circuit breaker states; circuit_breaker_state has one series per state (1 = current). */
export type CircuitState = "closed" | "open" | "half_open";
/** Outcome label values of model_calls_total. */
/** What a detection did about the model providers (the cost driver: calls made vs avoided). */
export type ModelDecision = "escalated" | "avoided_cache" | "avoided_local";

/** How one provider call ended (the cascade's outcomes, with `ok` spelled `success`). */
export type ModelCallOutcome =
  | "success"
  | "timeout"
  | "network"
  | "http_4xx"
  | "http_5xx"
  | "rate_limited"
  | "bad_response"
  | "circuit_open"
  | "budget_exhausted";

const CIRCUIT_STATES: readonly CircuitState[] = ["closed", "open", "half_open"];

/** One detection verdict. `model` is what decided it: "edge" (local engine), "cache", or a provider. */
export interface DetectionEvent {
  tenantId: string;
  result: DetectionResult;
  model: string;
  durationSeconds: number;
  /** Omit for errors (no verdict, no confidence). */
  confidence?: number;
}

/** One HTTP request, labelled by route *pattern* (e.g. "/v1/detect"), never the raw path. */
export interface ApiRequestEvent {
  method: string;
  endpoint: string;
  status: number;
  durationSeconds: number;
}

/** Recording helpers over a store; see docs/metrics.md for where each one is called. */
export class MetricsRecorder {
  /** @param now clock for gauge timestamps (ms), injectable for tests. */
  constructor(
    private readonly store: SeriesStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** A detection verdict: request count, latency and (unless an error) confidence. */
  detection(event: DetectionEvent): void {
    const s = this.store;
    s.incValues(CATALOGUE.detection_requests_total, [event.tenantId, event.result, event.model]);
    s.observeValues(
      CATALOGUE.detection_duration_seconds,
      [event.tenantId, event.model],
      event.durationSeconds,
    );
    if (event.confidence !== undefined) {
      s.observeValues(CATALOGUE.detection_confidence_histogram, [event.tenantId], event.confidence);
    }
  }

  /**
   * A detection cache lookup. The other counter is touched with 0 so hits and misses always
   * exist together: a tenant with only misses then reads 0% in `hits / (hits + misses)` instead
   * of dropping out of the query (PromQL binary operators need both sides).
   */
  cacheLookup(event: { tenantId: string; hit: boolean }): void {
    this.store.incValues(CATALOGUE.cache_hits_total, [event.tenantId], event.hit ? 1 : 0);
    this.store.incValues(CATALOGUE.cache_misses_total, [event.tenantId], event.hit ? 0 : 1);
  }

  /** A request refused by the rate limiter, with the Retry-After it was given. */
  rateLimited(event: { tenantId: string; backoffSeconds: number }): void {
    this.store.incValues(CATALOGUE.rate_limit_exceeded_total, [event.tenantId]);
    this.store.observeValues(CATALOGUE.rate_limit_backoff_seconds, [event.tenantId], event.backoffSeconds);
  }

  /** The current number of open sockets of a tenant's hub (a gauge: report the total, not a change). */
  websocketConnections(event: { tenantId: string; authMethod: string; active: number }): void {
    this.store.setValues(
      CATALOGUE.websocket_connections_active,
      [event.tenantId, event.authMethod],
      event.active,
      this.now(),
    );
  }

  /** Events sent to WebSocket subscribers (`count` = recipients, default 1). */
  websocketEvent(event: { tenantId: string; eventType: string; count?: number }): void {
    this.store.incValues(
      CATALOGUE.websocket_events_sent_total,
      [event.eventType, event.tenantId],
      event.count ?? 1,
    );
  }

  /** One HTTP request through the gateway. */
  apiRequest(event: ApiRequestEvent): void {
    const method = event.method.toUpperCase();
    this.store.incValues(CATALOGUE.api_gateway_requests_total, [
      method,
      event.endpoint,
      String(event.status),
    ]);
    this.store.observeValues(
      CATALOGUE.api_gateway_request_duration_seconds,
      [method, event.endpoint],
      event.durationSeconds,
    );
  }

  /** Whether a detection asked the model providers, or a call was avoided (cache, confident local verdict). */
  modelDecision(event: { tenantId: string; decision: ModelDecision }): void {
    this.store.incValues(CATALOGUE.model_escalations_total, [event.tenantId, event.decision]);
  }

  /** The number of currently valid tokens of a type ("access", "refresh", "api_key"). */
  jwtTokensActive(event: { type: string; count: number }): void {
    this.store.setValues(CATALOGUE.jwt_tokens_active_total, [event.type], event.count, this.now());
  }

  /** A model's circuit breaker state: sets 1 on the current state and 0 on the others. */
  circuitBreaker(event: { model: string; state: CircuitState }): void {
    const now = this.now();
    for (const state of CIRCUIT_STATES) {
      this.store.setValues(
        CATALOGUE.circuit_breaker_state,
        [event.model, state],
        state === event.state ? 1 : 0,
        now,
      );
    }
  }

  /** One call to a model provider. */
  modelCall(event: { model: string; outcome: ModelCallOutcome; durationSeconds: number }): void {
    this.store.incValues(CATALOGUE.model_calls_total, [event.model, event.outcome]);
    this.store.observeValues(CATALOGUE.model_call_duration_seconds, [event.model], event.durationSeconds);
  }

  /** A failed call to a Durable Object ("TenantHub" / "publish" / "timeout"). */
  durableObjectError(event: { object: string; operation: string; reason: DurableObjectFailure }): void {
    this.store.incValues(CATALOGUE.promshield_durable_object_errors_total, [
      event.object,
      event.operation,
      event.reason,
    ]);
  }
}
