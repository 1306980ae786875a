/**
 * How the Worker reaches a tenant's hub and publishes to it, off the hot path.
 */
import { TENANT_ID_PATTERN } from "../auth/tokens";
import { DEFAULT_DURABLE_OBJECT_TIMEOUT_MS, withTimeout } from "../timeout";
import { buildDetectionEvent, type DetectionEventInput } from "./events";
import type { PublishResult, TenantHub } from "./hub";
import type { HubEventInput } from "./protocol";

/** The binding type of `TENANT_HUB`. */
export type HubNamespace = DurableObjectNamespace<TenantHub>;

/** Anything with `waitUntil` (an ExecutionContext, or Hono's `c.executionCtx`). */
export interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

/** Optional hooks of {@link publishEvent}. */
export interface PublishOptions {
  /** Called with the hub's answer, e.g. to add `delivered` to websocket_events_sent_total. */
  onPublished?: (result: PublishResult) => void;
  /**
   * Called when building the event (`stage` "build") or publishing it ("publish": the hub failed
   * or timed out) failed; events are best effort and never fail the request.
   */
  onError?: (error: unknown, stage: "build" | "publish") => void;
  /** How long to wait for the hub (DURABLE_OBJECT_TIMEOUT_MS); a late publish counts as failed. */
  timeoutMs?: number;
}

/**
 * The hub of `tenantId`. The name is derived from the verified tenant id only.
 * @throws Error for a tenant id that could not have come from a verified token.
 */
export function hubFor(namespace: HubNamespace, tenantId: string): DurableObjectStub<TenantHub> {
  if (!TENANT_ID_PATTERN.test(tenantId)) throw new Error("hubFor: invalid tenant id");
  return namespace.get(namespace.idFromName(`tenant:${tenantId}`));
}

/**
 * Publishes `event` (or an event still being built) to the tenant's hub inside `waitUntil`, so
 * the response never waits for it; the call to the hub is bounded by `timeoutMs` (building the
 * event, a hash, comes before). Returns the same promise, which never rejects (null on error or
 * timeout).
 */
export function publishEvent(
  namespace: HubNamespace,
  tenantId: string,
  event: HubEventInput | Promise<HubEventInput>,
  ctx: WaitUntil,
  options: PublishOptions = {},
): Promise<PublishResult | null> {
  const task = (async () => {
    let stage: "build" | "publish" = "build";
    try {
      const input = await event;
      stage = "publish";
      const result = await withTimeout(
        hubFor(namespace, tenantId).publish(input),
        options.timeoutMs ?? DEFAULT_DURABLE_OBJECT_TIMEOUT_MS,
        "TenantHub.publish",
      );
      options.onPublished?.(result);
      return result;
    } catch (error) {
      if (options.onError) options.onError(error, stage);
      else
        console.error(
          JSON.stringify({
            level: "error",
            msg: "event publish failed",
            tenantId,
            stage,
            error: String(error),
          }),
        );
      return null;
    }
  })();
  ctx.waitUntil(task);
  return task;
}

/**
 * Builds and publishes a `detection.completed` event; hashing the text happens inside
 * `waitUntil` too. The one call the detect route needs.
 */
export function publishDetection(
  namespace: HubNamespace,
  tenantId: string,
  input: DetectionEventInput,
  ctx: WaitUntil,
  options: PublishOptions = {},
): Promise<PublishResult | null> {
  return publishEvent(namespace, tenantId, buildDetectionEvent(input), ctx, options);
}
