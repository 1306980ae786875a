import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE, type MetricDefinition } from "../../../src/metrics/catalogue";
import { type PrometheusInstance, startPrometheus } from "../../support/prometheus";
import { loadDashboards, panelQueries } from "./dashboards";
import { PipelineHarness, pushBadDay } from "./pipeline";

interface AlertRule {
  name: string;
  query: string;
  type: string;
  health: string;
}

// Grafana's variable syntax, not a JavaScript template placeholder.
const DATASOURCE_VARIABLE = ["$", "{datasource}"].join("");

describe("dashboards and alerts against a real Prometheus", () => {
  let prom: PrometheusInstance;
  const now = Math.floor(Date.now() / 1000) * 1000;
  const queries = panelQueries();

  beforeAll(async () => {
    prom = await startPrometheus();
    await pushBadDay(new PipelineHarness(prom.remoteWriteUrl), now, 20);
  }, 60_000);

  afterAll(async () => {
    await prom?.stop();
  });

  it("has three dashboards, each with a Prometheus datasource variable used by every panel", () => {
    const dashboards = loadDashboards();
    expect(dashboards.map((d) => d.file)).toEqual([
      "performance.json",
      "system-overview.json",
      "tenant-analytics.json",
    ]);
    for (const { file, json } of dashboards) {
      const variable = json.templating?.list?.find((v) => v.name === "datasource");
      expect(variable, file).toMatchObject({ type: "datasource", query: "prometheus" });
    }
    expect(queries.length).toBeGreaterThan(25);
    for (const q of queries) expect(q.datasourceUid, `${q.dashboard} / ${q.panel}`).toBe(DATASOURCE_VARIABLE);
  });

  it("shows every metric we emit on some panel", () => {
    const all = queries.map((q) => q.raw).join("\n");
    for (const def of Object.values(CATALOGUE) as MetricDefinition[]) {
      expect(all.includes(def.name), def.name).toBe(true);
    }
  });

  it("has only valid PromQL in every panel (Prometheus answers 400 to a parse error)", async () => {
    for (const q of queries) {
      const { status, body } = await prom.queryRaw(q.expr, now / 1000);
      expect(status, `${q.dashboard} / ${q.panel} [${q.refId}]: ${body.error}\n${q.expr}`).toBe(200);
    }
  });

  it("returns data for every panel once representative series are pushed", async () => {
    const empty: string[] = [];
    for (const q of queries) {
      const { body } = await prom.queryRaw(q.expr, now / 1000);
      const result = body.data?.result;
      if (!Array.isArray(result) || result.length === 0)
        empty.push(`${q.dashboard} / ${q.panel} [${q.refId}]: ${q.expr}`);
    }
    expect(empty).toEqual([]);
  });

  it("loads every alert rule from prometheus.yml, and each one's condition holds on a bad day", async () => {
    const response = await fetch(`${prom.url}/api/v1/rules?type=alert`);
    const body = (await response.json()) as { data: { groups: Array<{ rules: AlertRule[] }> } };
    const rules = body.data.groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.name).sort()).toEqual([
      "CircuitBreakerOpen",
      "DurableObjectCallsFailing",
      "HighDetectionErrorRate",
      "HighResponseTime",
      "LowCacheHitRate",
      "MetricsStoppedArriving",
      "SLAErrorBudgetBurnFast",
      "SLAErrorBudgetBurnSlow",
    ]);
    // 150 s after the last push: pushes have "stopped" (for MetricsStoppedArriving) while the
    // 5-minute windows of the other alerts still cover the bad day.
    const at = now / 1000 + 150;
    for (const rule of rules) {
      const vector = await prom.queryVector(rule.query, at);
      expect(vector.length, `${rule.name}: ${rule.query}`).toBeGreaterThan(0);
    }
    // And while pushes arrive, the heartbeat alert stays quiet.
    const heartbeat = rules.find((r) => r.name === "MetricsStoppedArriving");
    expect(await prom.queryVector(heartbeat?.query ?? "", now / 1000)).toEqual([]);
  });
});
