import type { Context } from "hono";
import { metrics } from "../metrics";
import { type HubEventInput, type HubStats, type PublishResult, publishEvent } from "../realtime";
import type { AppEnv } from "../types";
import { recordDurableObjectFailure } from "./durable-objects";

/** Sets websocket_connections_active for each auth method from a hub's counts. */
export function recordConnections(tenantId: string, connections: HubStats["connections"]): void {
  metrics.record.websocketConnections({ tenantId, authMethod: "header", active: connections.header });
  metrics.record.websocketConnections({ tenantId, authMethod: "ticket", active: connections.ticket });
}

function recordPublished(tenantId: string, result: PublishResult): void {
  metrics.record.websocketEvent({ tenantId, eventType: result.eventType, count: result.delivered });
  recordConnections(tenantId, result.connections);
}

/**
 * Publishes an event to the verified tenant's hub after the response (waitUntil): the request
 * never waits for fan-out, and a failed publish is logged, never surfaced.
 */
export function publishToTenant(c: Context<AppEnv>, event: HubEventInput | Promise<HubEventInput>): void {
  const { tenantId } = c.var.tenant;
  void publishEvent(c.env.TENANT_HUB, tenantId, event, c.executionCtx, {
    timeoutMs: c.var.config.durableObjects.timeoutMs,
    onPublished: (result) => recordPublished(tenantId, result),
    onError: (error, stage) => {
      // Only the hub's failures count as Durable Object errors; building the event is ours.
      if (stage === "publish") recordDurableObjectFailure("TenantHub.publish", error);
      c.var.logger.warn("event publish failed", {
        stage,
        error: error instanceof Error ? error.message : String(error),
      });
    },
  });
}
