/**
 * What the rest of the Worker uses: the isolate's metrics buffer, the flush to hand to
 * `ctx.waitUntil`, and the GET /metrics handler body. Imports the aggregator only as a type, so
 * this module stays runnable outside workerd.
 */

import type { IngestResult, MetricsAggregator } from "./aggregator";
import type { MetricsBatch } from "./batch";
import { MetricsBuffer } from "./buffer";
import { EXPOSITION_CONTENT_TYPE } from "./exposition";

/** Bindings the metrics glue needs (declared in wrangler.toml). */
export interface MetricsBindings {
  METRICS_AGGREGATOR: DurableObjectNamespace<MetricsAggregator>;
}

/** Name of the single aggregator instance. */
export const AGGREGATOR_NAME = "global";

/** This isolate's buffer. Record with `metrics.record.detection({...})` etc. */
export const metrics = new MetricsBuffer();

/** The aggregator's stub (cheap; create per request, stubs must not cross requests). */
export function aggregatorStub(env: MetricsBindings): DurableObjectStub<MetricsAggregator> {
  return env.METRICS_AGGREGATOR.getByName(AGGREGATOR_NAME);
}

/**
 * Sends buffered deltas to the aggregator off the request path, at most about once a second per
 * isolate. Call once per request, after recording (e.g. in the outermost middleware's `finally`).
 */
export function flushMetrics(
  env: MetricsBindings,
  ctx: { waitUntil(promise: Promise<unknown>): void },
  buffer: MetricsBuffer = metrics,
): void {
  // The stub is made only when a batch is actually sent, within this request's waitUntil.
  const promise = buffer.flush({
    ingest: (batch: MetricsBatch): Promise<IngestResult> => aggregatorStub(env).ingest(batch),
  });
  if (promise) ctx.waitUntil(promise);
}

/**
 * Constant-time check of `Authorization: Bearer <token>` against METRICS_TOKEN. A missing
 * configured token always fails: /metrics is never public by accident.
 */
export function metricsTokenMatches(authorization: string | undefined | null, token: string | null): boolean {
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  const given = new TextEncoder().encode(authorization.slice("Bearer ".length).trim());
  const expected = new TextEncoder().encode(token);
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (given[i] ?? 0) ^ (expected[i] as number);
  return diff === 0;
}

/** Body of GET /metrics: the aggregator's cumulative metrics in Prometheus text format. */
export async function metricsResponse(env: MetricsBindings): Promise<Response> {
  const text = await aggregatorStub(env).exposition();
  return new Response(text, {
    headers: { "Content-Type": EXPOSITION_CONTENT_TYPE, "Cache-Control": "no-store" },
  });
}
