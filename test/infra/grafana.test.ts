/**
 * Grafana provisioning as Grafana loads it: the datasource and dashboard-provider files parse and
 * have the fields Grafana requires, the provider path and datasource URL are the variables the
 * compose file and grafana/README.md set, and every dashboard passes a schema (zod) of what our
 * provisioning relies on: unique uids and panel ids, `${datasource}` everywhere, a PromQL `expr`
 * and a unique refId on every target, grid positions inside the 24-column grid.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { path, readYaml } from "./helpers";

/** Grafana's `${name}` variable syntax (built by hand: it is not a JS template). */
const grafanaVar = (name: string) => ["$", `{${name}}`].join("");
const DATASOURCE = { type: "prometheus", uid: grafanaVar("datasource") };

const DatasourceRef = z.object({ type: z.literal("prometheus"), uid: z.literal(grafanaVar("datasource")) });

const Target = z.object({
  refId: z.string().regex(/^[A-Z]$/),
  datasource: DatasourceRef,
  expr: z.string().min(1),
});

const GridPos = z
  .object({
    x: z.number().int().min(0),
    y: z.number().int().min(0),
    w: z.number().int().min(1),
    h: z.number().int().min(1),
  })
  .refine((pos) => pos.x + pos.w <= 24, "panel wider than the 24-column grid");

const Panel = z
  .object({
    id: z.number().int().positive(),
    type: z.enum([
      "timeseries",
      "stat",
      "gauge",
      "bargauge",
      "table",
      "heatmap",
      "state-timeline",
      "text",
      "piechart",
    ]),
    title: z.string().min(1),
    datasource: DatasourceRef,
    gridPos: GridPos,
    targets: z.array(Target).min(1),
  })
  .refine(
    (panel) => new Set(panel.targets.map((t) => t.refId)).size === panel.targets.length,
    "duplicate refId",
  );

const Dashboard = z.object({
  uid: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: z.string().startsWith("PromptShield Edge / "),
  schemaVersion: z.number().int().min(36),
  tags: z.array(z.string()).min(1),
  time: z.object({ from: z.string(), to: z.string() }),
  templating: z.object({
    list: z
      .array(z.object({ name: z.string(), type: z.string() }).passthrough())
      .refine(
        (list) =>
          list.some((v) => v.name === "datasource" && v.type === "datasource" && v.query === "prometheus"),
        "no `datasource` variable of type datasource/prometheus",
      ),
  }),
  panels: z.array(Panel).min(1),
});

const dashboardFiles = readdirSync(path("grafana/dashboards")).filter((name) => name.endsWith(".json"));
const dashboards = dashboardFiles.map((name) => ({
  name,
  json: JSON.parse(readFileSync(path("grafana/dashboards", name), "utf8")) as Record<string, unknown>,
}));

describe("grafana/dashboards", () => {
  it("holds the three dashboards", () => {
    expect(dashboardFiles.sort()).toEqual([
      "performance.json",
      "system-overview.json",
      "tenant-analytics.json",
    ]);
  });

  it.each(dashboards)("$name passes the dashboard schema", ({ json }) => {
    const result = Dashboard.safeParse(json);
    expect(
      result.success,
      result.success ? "" : JSON.stringify(result.error.issues.slice(0, 5), null, 1),
    ).toBe(true);
  });

  it.each(dashboards)(
    "$name: panel ids unique, no hard-coded datasource, not an export-for-sharing file",
    ({ json }) => {
      const panels = json.panels as { id: number }[];
      expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
      // `__inputs` (${DS_…}) only works through the import UI, never through provisioning.
      expect(json).not.toHaveProperty("__inputs");
      expect(JSON.stringify(json)).not.toMatch(/\$\{DS_[A-Z_]+\}/);
      // Every datasource reference is the variable, except Grafana's built-in annotation source.
      const BUILT_IN = { type: "grafana", uid: "-- Grafana --" };
      const references: unknown[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === "object") {
          for (const [key, value] of Object.entries(node)) {
            if (key === "datasource" && value && typeof value === "object") references.push(value);
            else walk(value);
          }
        }
      };
      walk(json);
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        if ((reference as { type?: string }).type === BUILT_IN.type) expect(reference).toEqual(BUILT_IN);
        else expect(reference).toEqual(DATASOURCE);
      }
    },
  );

  it("dashboard uids are unique across files", () => {
    const uids = dashboards.map(({ json }) => json.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });
});

describe("grafana/provisioning", () => {
  it("datasources/prometheus.yml: one default Prometheus datasource, URL from $PROMETHEUS_URL", () => {
    const file = readYaml<{ apiVersion: number; datasources: Record<string, unknown>[] }>(
      "grafana/provisioning/datasources/prometheus.yml",
    );
    expect(file.apiVersion).toBe(1);
    expect(file.datasources).toHaveLength(1);
    const [source] = file.datasources;
    expect(source).toMatchObject({
      type: "prometheus",
      access: "proxy",
      url: grafanaVar("PROMETHEUS_URL"),
      isDefault: true,
    });
    expect(source?.uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/);
    expect(JSON.stringify(source)).not.toMatch(/password|basicAuth|secureJsonData/i);
  });

  it("dashboards/promptshield.yml: a file provider reading $GRAFANA_DASHBOARDS_DIR", () => {
    const file = readYaml<{ apiVersion: number; providers: Record<string, unknown>[] }>(
      "grafana/provisioning/dashboards/promptshield.yml",
    );
    expect(file.apiVersion).toBe(1);
    expect(file.providers).toHaveLength(1);
    expect(file.providers[0]).toMatchObject({
      type: "file",
      folder: "PromptShield Edge",
      options: { path: grafanaVar("GRAFANA_DASHBOARDS_DIR") },
    });
  });

  it("the compose file sets exactly the variables the provisioning files read, and mounts both folders", () => {
    const compose = readYaml<{
      services: { grafana: { environment: Record<string, string>; volumes: string[] } };
    }>("infra/docker-compose.yml");
    const grafana = compose.services.grafana;
    expect(grafana.environment.PROMETHEUS_URL).toBe("http://prometheus:9090");
    const dashboardsDir = grafana.environment.GRAFANA_DASHBOARDS_DIR;
    expect(grafana.volumes).toContain(`../grafana/dashboards:${dashboardsDir}:ro`);
    expect(grafana.volumes).toContain("../grafana/provisioning:/etc/grafana/provisioning:ro");
  });
});
