import { describe, expect, it } from "vitest";
import { allSeries } from "../../../src/metrics/derived";
import { renderExposition } from "../../../src/metrics/exposition";
import { MetricsRecorder } from "../../../src/metrics/recorder";
import { SeriesStore } from "../../../src/metrics/series-store";

describe("text exposition", () => {
  it("renders the golden text", () => {
    const store = new SeriesStore(null);
    const record = new MetricsRecorder(store, () => 0);
    record.cacheLookup({ tenantId: "beta", hit: false });
    record.cacheLookup({ tenantId: "acme", hit: true });
    record.cacheLookup({ tenantId: "acme", hit: true });
    record.cacheLookup({ tenantId: "acme", hit: false });
    record.rateLimited({ tenantId: 'we"ird\\', backoffSeconds: 4 });
    record.circuitBreaker({ model: "gemini", state: "half_open" });
    expect(renderExposition(allSeries(store, 0))).toBe(
      `# HELP cache_hits_total Detection cache hits.
# TYPE cache_hits_total counter
cache_hits_total{tenant_id="acme"} 2
cache_hits_total{tenant_id="beta"} 0
# HELP cache_misses_total Detection cache misses.
# TYPE cache_misses_total counter
cache_misses_total{tenant_id="acme"} 1
cache_misses_total{tenant_id="beta"} 1
# HELP cache_hit_rate_percent Lifetime cache hit rate, computed by the aggregator from the cumulative hit/miss counters.
# TYPE cache_hit_rate_percent gauge
cache_hit_rate_percent{tenant_id="acme"} 66.66666666666666
cache_hit_rate_percent{tenant_id="beta"} 0
# HELP rate_limit_exceeded_total Requests refused by the per-tenant rate limit.
# TYPE rate_limit_exceeded_total counter
rate_limit_exceeded_total{tenant_id="we\\"ird\\\\"} 1
# HELP rate_limit_backoff_seconds Retry-After handed to rate-limited requests (progressive backoff).
# TYPE rate_limit_backoff_seconds histogram
rate_limit_backoff_seconds_bucket{le="1",tenant_id="we\\"ird\\\\"} 0
rate_limit_backoff_seconds_bucket{le="2",tenant_id="we\\"ird\\\\"} 0
rate_limit_backoff_seconds_bucket{le="4",tenant_id="we\\"ird\\\\"} 1
rate_limit_backoff_seconds_bucket{le="8",tenant_id="we\\"ird\\\\"} 1
rate_limit_backoff_seconds_bucket{le="15",tenant_id="we\\"ird\\\\"} 1
rate_limit_backoff_seconds_bucket{le="30",tenant_id="we\\"ird\\\\"} 1
rate_limit_backoff_seconds_bucket{le="60",tenant_id="we\\"ird\\\\"} 1
rate_limit_backoff_seconds_bucket{le="+Inf",tenant_id="we\\"ird\\\\"} 1
rate_limit_backoff_seconds_sum{tenant_id="we\\"ird\\\\"} 4
rate_limit_backoff_seconds_count{tenant_id="we\\"ird\\\\"} 1
# HELP circuit_breaker_state 1 for the current state of a model's circuit breaker, 0 for the others (last reported view).
# TYPE circuit_breaker_state gauge
circuit_breaker_state{model="gemini",state="closed"} 0
circuit_breaker_state{model="gemini",state="half_open"} 1
circuit_breaker_state{model="gemini",state="open"} 0
`,
    );
  });

  it("renders nothing for an empty store", () => {
    expect(renderExposition([])).toBe("");
  });
});
