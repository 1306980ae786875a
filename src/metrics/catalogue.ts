/**
 * The metric catalogue: every series the service emits, with its type, labels and buckets.
 * Names and labels follow the design (docs/metrics.md); nothing may be recorded that is not
 * declared here, so a typo at a call site fails in tests instead of creating a stray series.
 */

/** The three Prometheus metric types we use. */
export type MetricKind = "counter" | "gauge" | "histogram";

/** Declaration of one metric family. */
export interface MetricDefinition {
  readonly name: string;
  readonly kind: MetricKind;
  readonly help: string;
  /** Label names in the order call sites pass them; the wire order is always sorted. */
  readonly labelNames: readonly string[];
  /** Upper bounds (le) for histograms, strictly increasing, without +Inf. */
  readonly buckets?: readonly number[];
}

/**
 * Request/model latency buckets in seconds: edge answers take well under 10 ms, model calls
 * hundreds of ms up to the provider timeout (5 s default, 60 s max), so the range spans 1 ms..30 s.
 */
export const LATENCY_BUCKETS: readonly number[] = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
];

/** Confidence is a probability; tenths are enough to see the shape, 0.95/0.99 mark the cache TTL tiers. */
export const CONFIDENCE_BUCKETS: readonly number[] = [
  0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1,
];

/** The limiter's progressive backoff is 1, 2, 4, 8, 15 s; one bucket per step. */
export const BACKOFF_BUCKETS: readonly number[] = [1, 2, 4, 8, 15, 30, 60];

function define<const N extends string, const L extends readonly string[]>(
  name: N,
  kind: MetricKind,
  help: string,
  labelNames: L,
  buckets?: readonly number[],
): MetricDefinition & { readonly name: N; readonly labelNames: L } {
  return buckets === undefined ? { name, kind, help, labelNames } : { name, kind, help, labelNames, buckets };
}

/** Every metric the service emits, keyed by name. */
export const CATALOGUE = {
  detection_requests_total: define(
    "detection_requests_total",
    "counter",
    "Detection verdicts by tenant, result (injection, benign, error) and deciding model.",
    ["tenant_id", "result", "model"],
  ),
  detection_duration_seconds: define(
    "detection_duration_seconds",
    "histogram",
    "Time to a detection verdict, cache hits included.",
    ["tenant_id", "model"],
    LATENCY_BUCKETS,
  ),
  detection_confidence_histogram: define(
    "detection_confidence_histogram",
    "histogram",
    "Confidence (0..1) of detection verdicts.",
    ["tenant_id"],
    CONFIDENCE_BUCKETS,
  ),
  cache_hits_total: define("cache_hits_total", "counter", "Detection cache hits.", ["tenant_id"]),
  cache_misses_total: define("cache_misses_total", "counter", "Detection cache misses.", ["tenant_id"]),
  cache_hit_rate_percent: define(
    "cache_hit_rate_percent",
    "gauge",
    "Lifetime cache hit rate, computed by the aggregator from the cumulative hit/miss counters.",
    ["tenant_id"],
  ),
  rate_limit_exceeded_total: define(
    "rate_limit_exceeded_total",
    "counter",
    "Requests refused by the per-tenant rate limit.",
    ["tenant_id"],
  ),
  rate_limit_backoff_seconds: define(
    "rate_limit_backoff_seconds",
    "histogram",
    "Retry-After handed to rate-limited requests (progressive backoff).",
    ["tenant_id"],
    BACKOFF_BUCKETS,
  ),
  websocket_connections_active: define(
    "websocket_connections_active",
    "gauge",
    "Open WebSocket connections, as last reported by the tenant's hub.",
    ["tenant_id", "auth_method"],
  ),
  websocket_events_sent_total: define(
    "websocket_events_sent_total",
    "counter",
    "Events sent to WebSocket subscribers.",
    ["event_type", "tenant_id"],
  ),
  api_gateway_requests_total: define(
    "api_gateway_requests_total",
    "counter",
    "HTTP requests by method, route pattern and status code.",
    ["method", "endpoint", "status"],
  ),
  api_gateway_request_duration_seconds: define(
    "api_gateway_request_duration_seconds",
    "histogram",
    "HTTP request duration by method and route pattern.",
    ["method", "endpoint"],
    LATENCY_BUCKETS,
  ),
  jwt_tokens_active_total: define(
    "jwt_tokens_active_total",
    "gauge",
    "Tokens currently valid (issued, not expired, not revoked), as last reported.",
    ["type"],
  ),
  circuit_breaker_state: define(
    "circuit_breaker_state",
    "gauge",
    "1 for the current state of a model's circuit breaker, 0 for the others (last reported view).",
    ["model", "state"],
  ),
  model_calls_total: define("model_calls_total", "counter", "Calls to model providers by outcome.", [
    "model",
    "outcome",
  ]),
  model_escalations_total: define(
    "model_escalations_total",
    "counter",
    "Per detection with model providers configured: escalated to them, or a call avoided by the cache or a confident local verdict.",
    ["tenant_id", "decision"],
  ),
  model_call_duration_seconds: define(
    "model_call_duration_seconds",
    "histogram",
    "Duration of model provider calls.",
    ["model"],
    LATENCY_BUCKETS,
  ),
  promshield_aggregator_last_push_timestamp_seconds: define(
    "promshield_aggregator_last_push_timestamp_seconds",
    "gauge",
    "Unix time at which the aggregator took the snapshot carried by this push (heartbeat).",
    [],
  ),
  promshield_metrics_samples_dropped_total: define(
    "promshield_metrics_samples_dropped_total",
    "counter",
    "Samples the aggregator gave up on: backlog_full, too_old, or rejected (4xx) by the endpoint.",
    ["reason"],
  ),
  promshield_metrics_push_failures_total: define(
    "promshield_metrics_push_failures_total",
    "counter",
    "Remote-write attempts that failed and will be retried.",
    [],
  ),
  promshield_metrics_backlog_samples: define(
    "promshield_metrics_backlog_samples",
    "gauge",
    "Samples waiting in the aggregator's backlog for the remote-write endpoint.",
    [],
  ),
  promshield_metrics_batches_total: define(
    "promshield_metrics_batches_total",
    "counter",
    "Delta batches: accepted, duplicate (a retry, ignored), invalid (aggregator); dropped (isolate gave up).",
    ["outcome"],
  ),
  promshield_durable_object_errors_total: define(
    "promshield_durable_object_errors_total",
    "counter",
    "Failed Durable Object calls by object, operation and reason: timeout (DURABLE_OBJECT_TIMEOUT_MS), unavailable, overloaded, error (the object's own exception).",
    ["object", "operation", "reason"],
  ),
} as const satisfies Record<string, MetricDefinition>;

/** A metric name from the catalogue. */
export type MetricName = keyof typeof CATALOGUE;

/** The label set a metric takes: exactly its declared label names, each with a string value. */
export type LabelsOf<N extends MetricName> = {
  readonly [K in (typeof CATALOGUE)[N]["labelNames"][number]]: string;
};

/** Looks up a definition by an untrusted name (e.g. from a batch); undefined if unknown. */
export function definitionOf(name: string): MetricDefinition | undefined {
  return Object.hasOwn(CATALOGUE, name) ? CATALOGUE[name as MetricName] : undefined;
}

/** The label that is cardinality-capped, and the value overflow tenants are folded into. */
export const TENANT_LABEL = "tenant_id";
export const OTHER_TENANT = "other";
