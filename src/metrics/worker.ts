/**
 * What the rest of the Worker uses: the isolate's metrics buffer, the flush to hand to
 * `ctx.waitUntil`, and the GET /metrics handler body. Imports the aggregator only as a type, so
 * this module stays runnable outside workerd.
 */

import { durableObjectFailure } from "../durable-object-failure";
import { DEFAULT_DURABLE_OBJECT_TIMEOUT_MS, withTimeout } from "../timeout";
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
 * An ingest that does not answer within `timeoutMs` (DURABLE_OBJECT_TIMEOUT_MS) counts as failed:
 * the batch stays pending and is resent with the same id, which the aggregator applies once.
 */
export function flushMetrics(
  env: MetricsBindings,
  ctx: { waitUntil(promise: Promise<unknown>): void },
  buffer: MetricsBuffer = metrics,
  timeoutMs = DEFAULT_DURABLE_OBJECT_TIMEOUT_MS,
): void {
  // The stub is made only when a batch is actually sent, within this request's waitUntil.
  const promise = buffer.flush({
    ingest: (batch: MetricsBatch): Promise<IngestResult> =>
      withTimeout(aggregatorStub(env).ingest(batch), timeoutMs, "MetricsAggregator.ingest").catch(
        (error: unknown) => {
          // Counted in the buffer itself: it travels with the next batch the aggregator takes.
          buffer.record.durableObjectError({
            object: "MetricsAggregator",
            operation: "ingest",
            reason: durableObjectFailure(error),
          });
          throw error;
        },
      ),
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

/** Body of GET /metrics from the aggregator's exposition (its cumulative metrics, Prometheus text). */
export function metricsResponse(text: string): Response {
  return new Response(text, {
    headers: { "Content-Type": EXPOSITION_CONTENT_TYPE, "Cache-Control": "no-store" },
  });
}
