/**
 * The aggregator's settings, read from the same environment as the Worker. Prometheus settings
 * and the METRICS_* tuning variables come from the shared, validated Config.
 */
import { getConfig, type RawEnv } from "../config";
import type { RemoteWriteTarget } from "./remote-write/client";

/** Resolved aggregator settings. */
export interface AggregatorSettings {
  /** Null when remote-write is off: the aggregator then only serves GET /metrics. */
  target: RemoteWriteTarget | null;
  pushIntervalMs: number;
  /** Longest wait between attempts while the endpoint keeps failing. */
  maxBackoffMs: number;
  maxTenants: number;
  backlogMaxSamples: number;
  backlogMaxAgeMs: number;
  pushAttempts: number;
  /** Series per remote-write request: keeps each stored snapshot row well under 2 MB. */
  maxSeriesPerRequest: number;
}

/** Reads the settings from the aggregator's env. */
export function aggregatorSettings(env: RawEnv): AggregatorSettings {
  const { prometheus, metrics } = getConfig(env);
  const pushIntervalMs = prometheus.pushIntervalSeconds * 1000;
  return {
    target:
      prometheus.enabled && prometheus.remoteWriteUrl !== null
        ? { url: prometheus.remoteWriteUrl, username: prometheus.username, password: prometheus.password }
        : null,
    pushIntervalMs,
    maxBackoffMs: Math.max(pushIntervalMs, 5 * 60_000),
    maxTenants: metrics.maxTenants,
    backlogMaxSamples: metrics.backlogMaxSamples,
    backlogMaxAgeMs: metrics.backlogMaxAgeSeconds * 1000,
    pushAttempts: metrics.pushAttempts,
    maxSeriesPerRequest: 5000,
  };
}
