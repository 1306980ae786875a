/**
 * Limits of the real-time hub. EVENTS_MAX_CONNECTIONS_PER_TENANT and EVENTS_IDLE_TIMEOUT_SECONDS
 * come from the shared, validated Config; the rest are fixed defaults.
 */
import { getConfig, type RawEnv } from "../config";

/** Parsed hub limits. */
export interface HubConfig {
  /** Open sockets allowed per tenant; the next upgrade is answered 429. */
  maxConnections: number;
  /** A socket that sends nothing (not even `ping`) for this long is closed with 4000. */
  idleTimeoutMs: number;
  /** Largest client frame accepted; bigger ones close the socket with 1009. */
  maxMessageBytes: number;
  /** Malformed client messages tolerated before closing with 1008. */
  maxStrikes: number;
  /** Events kept for replay. */
  ringSize: number;
  /** Outstanding (unused, unexpired) tickets allowed per tenant. */
  maxTickets: number;
  /** Lifetime of a connection ticket. */
  ticketTtlMs: number;
}

/** Defaults; only the first two are configurable through variables. */
export const HUB_DEFAULTS: HubConfig = {
  maxConnections: 100,
  idleTimeoutMs: 300_000,
  maxMessageBytes: 4096,
  maxStrikes: 3,
  ringSize: 1000,
  maxTickets: 1000,
  ticketTtlMs: 60_000,
};

/** The hub limits for this Worker env: the configurable ones from the shared Config. */
export function hubConfig(env: RawEnv): HubConfig {
  const { events } = getConfig(env);
  return {
    ...HUB_DEFAULTS,
    maxConnections: events.maxConnectionsPerTenant,
    idleTimeoutMs: events.idleTimeoutSeconds * 1000,
  };
}
