import { describe, expect, it } from "vitest";
import { seriesKey } from "../../../src/metrics/labels";
import { MetricsRecorder } from "../../../src/metrics/recorder";
import { SeriesStore } from "../../../src/metrics/series-store";

describe("MetricsRecorder", () => {
  const setup = () => {
    const store = new SeriesStore(null);
    return { store, record: new MetricsRecorder(store, () => 1_000) };
  };

  it("records a detection as count, latency and confidence", () => {
    const { store, record } = setup();
    record.detection({
      tenantId: "acme",
      result: "injection",
      model: "edge",
      durationSeconds: 0.004,
      confidence: 0.98,
    });
    record.detection({ tenantId: "acme", result: "error", model: "gemini", durationSeconds: 5 });
    expect(
      store.valueOf("detection_requests_total", { tenant_id: "acme", result: "injection", model: "edge" }),
    ).toBe(1);
    expect(
      store.valueOf("detection_requests_total", { tenant_id: "acme", result: "error", model: "gemini" }),
    ).toBe(1);
    const confidence = store.get(seriesKey("detection_confidence_histogram", ["acme"]));
    expect(confidence?.kind === "histogram" && confidence.count).toBe(1); // errors carry no confidence
    const latency = store.get(seriesKey("detection_duration_seconds", ["acme", "gemini"]));
    expect(latency?.kind === "histogram" && latency.sum).toBe(5);
  });

  it("covers every helper", () => {
    const { store, record } = setup();
    record.cacheLookup({ tenantId: "t", hit: true });
    record.cacheLookup({ tenantId: "t", hit: false });
    record.rateLimited({ tenantId: "t", backoffSeconds: 4 });
    record.websocketConnections({ tenantId: "t", authMethod: "jwt", active: 3 });
    record.websocketEvent({ tenantId: "t", eventType: "detection", count: 3 });
    record.apiRequest({ method: "post", endpoint: "/v1/detect", status: 200, durationSeconds: 0.01 });
    record.jwtTokensActive({ type: "access", count: 12 });
    record.circuitBreaker({ model: "gemini", state: "open" });
    record.modelCall({ model: "gemini", outcome: "timeout", durationSeconds: 5 });
    expect(store.valueOf("cache_hits_total", { tenant_id: "t" })).toBe(1);
    expect(store.valueOf("cache_misses_total", { tenant_id: "t" })).toBe(1);
    expect(store.valueOf("rate_limit_exceeded_total", { tenant_id: "t" })).toBe(1);
    expect(store.valueOf("websocket_connections_active", { tenant_id: "t", auth_method: "jwt" })).toBe(3);
    expect(store.valueOf("websocket_events_sent_total", { event_type: "detection", tenant_id: "t" })).toBe(3);
    expect(
      store.valueOf("api_gateway_requests_total", { method: "POST", endpoint: "/v1/detect", status: "200" }),
    ).toBe(1);
    expect(store.valueOf("jwt_tokens_active_total", { type: "access" })).toBe(12);
    expect(store.valueOf("circuit_breaker_state", { model: "gemini", state: "open" })).toBe(1);
    expect(store.valueOf("circuit_breaker_state", { model: "gemini", state: "closed" })).toBe(0);
    expect(store.valueOf("circuit_breaker_state", { model: "gemini", state: "half_open" })).toBe(0);
    expect(store.valueOf("model_calls_total", { model: "gemini", outcome: "timeout" })).toBe(1);
    expect(store.get(seriesKey("rate_limit_backoff_seconds", ["t"]))?.kind).toBe("histogram");
    expect(store.get(seriesKey("model_call_duration_seconds", ["gemini"]))?.kind).toBe("histogram");
    expect(store.get(seriesKey("api_gateway_request_duration_seconds", ["POST", "/v1/detect"]))?.kind).toBe(
      "histogram",
    );
  });
});
