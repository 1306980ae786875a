/**
 * Public surface of the metrics module for the Worker. The Durable Object class is exported
 * from ./aggregator (and re-exported by src/index.ts) so pure code never imports workerd APIs.
 */
export type { MetricsBatch } from "./batch";
export { type BatchSink, MetricsBuffer, type MetricsBufferOptions } from "./buffer";
export { CATALOGUE, type MetricName } from "./catalogue";
export type {
  CircuitState,
  DetectionEvent,
  DetectionResult,
  ModelCallOutcome,
  ModelDecision,
} from "./recorder";
export {
  AGGREGATOR_NAME,
  aggregatorStub,
  flushMetrics,
  type MetricsBindings,
  metrics,
  metricsResponse,
  metricsTokenMatches,
} from "./worker";
