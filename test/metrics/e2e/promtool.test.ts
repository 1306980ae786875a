import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { allSeries } from "../../../src/metrics/derived";
import { renderExposition } from "../../../src/metrics/exposition";
import { MetricsRecorder } from "../../../src/metrics/recorder";
import { SeriesStore } from "../../../src/metrics/series-store";

const PROMETHEUS_DIR = resolve(import.meta.dirname, "../../../infra/prometheus");

function promtool(args: string[], input?: string): { status: number | null; output: string } {
  const result = spawnSync("promtool", args, {
    cwd: PROMETHEUS_DIR,
    input,
    encoding: "utf8",
    timeout: 20_000,
  });
  if (result.error) {
    throw new Error(`cannot run promtool (apt-get install -y prometheus): ${result.error.message}`);
  }
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Fails with promtool's own output, which names the rule and the expectation. */
function expectSuccess(args: string[]): void {
  const { status, output } = promtool(args);
  expect(status, `promtool ${args.join(" ")}\n${output}`).toBe(0);
}

describe("promtool", () => {
  it("accepts the alert rules", () => expectSuccess(["check", "rules", "alerts.yml"]));

  it("passes the alert unit tests (firing and not firing for every alert)", () =>
    expectSuccess(["test", "rules", "alerts.test.yml"]));

  it("accepts the Prometheus config and the rules it loads", () =>
    expectSuccess(["check", "config", "prometheus.yml"]));

  it("parses our text exposition, with only the design's two non-idiomatic names to lint", () => {
    const store = new SeriesStore(null);
    const r = new MetricsRecorder(store, () => 0);
    r.detection({ tenantId: "a", result: "benign", model: "edge", durationSeconds: 0.1, confidence: 0.3 });
    r.cacheLookup({ tenantId: "a", hit: true });
    r.rateLimited({ tenantId: "a", backoffSeconds: 2 });
    r.websocketConnections({ tenantId: "a", authMethod: "jwt", active: 1 });
    r.websocketEvent({ tenantId: "a", eventType: "detection" });
    r.apiRequest({ method: "GET", endpoint: "/health", status: 200, durationSeconds: 0.1 });
    r.jwtTokensActive({ type: "access", count: 2 });
    r.circuitBreaker({ model: "m", state: "open" });
    r.modelCall({ model: "m", outcome: "success", durationSeconds: 1 });
    const { output } = promtool(["check", "metrics"], renderExposition(allSeries(store, 0)));
    const problems = output.split("\n").filter((line) => line.trim() !== "");
    // Both names are fixed by the design's catalogue; everything else must be clean.
    expect(problems.sort()).toEqual([
      "detection_confidence_histogram metric name should not include type 'histogram'",
      'jwt_tokens_active_total non-counter metrics should not have "_total" suffix',
    ]);
  });
});
