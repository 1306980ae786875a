/** Reads the Grafana dashboards and turns panel targets into plain PromQL. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the dashboards live. */
export const DASHBOARD_DIR = resolve(import.meta.dirname, "../../../grafana/dashboards");

/** One panel target, with where it came from. */
export interface PanelQuery {
  dashboard: string;
  panel: string;
  refId: string;
  /** As written in the dashboard. */
  raw: string;
  /** With Grafana variables replaced, ready for Prometheus. */
  expr: string;
  datasourceUid: string | undefined;
}

interface Target {
  refId?: string;
  expr?: string;
  datasource?: { uid?: string };
}
interface Panel {
  title?: string;
  datasource?: { uid?: string };
  targets?: Target[];
  panels?: Panel[];
}
interface Dashboard {
  title?: string;
  panels?: Panel[];
  templating?: { list?: Array<{ name?: string; type?: string; query?: unknown }> };
}

/**
 * Grafana's built-in and dashboard variables, replaced the way Grafana would for a 1h view with
 * 15 s data: $__rate_interval = 1m, every tenant selected.
 */
export function substituteVariables(expr: string): string {
  return expr
    .replaceAll("$__rate_interval", "1m")
    .replaceAll("$__interval", "15s")
    .replaceAll("$__range", "1h")
    .replaceAll("$tenant", ".*");
}

/** Every dashboard file, parsed (throws with the file name on invalid JSON). */
export function loadDashboards(): Array<{ file: string; json: Dashboard }> {
  return readdirSync(DASHBOARD_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      try {
        return { file, json: JSON.parse(readFileSync(join(DASHBOARD_DIR, file), "utf8")) as Dashboard };
      } catch (error) {
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}

/** All panel targets of all dashboards (rows' nested panels included). */
export function panelQueries(): PanelQuery[] {
  const out: PanelQuery[] = [];
  for (const { file, json } of loadDashboards()) {
    const visit = (panels: Panel[] | undefined) => {
      for (const panel of panels ?? []) {
        visit(panel.panels);
        for (const target of panel.targets ?? []) {
          if (typeof target.expr !== "string") continue;
          out.push({
            dashboard: file,
            panel: panel.title ?? "(untitled)",
            refId: target.refId ?? "?",
            raw: target.expr,
            expr: substituteVariables(target.expr),
            datasourceUid: target.datasource?.uid ?? panel.datasource?.uid,
          });
        }
      }
    };
    visit(json.panels);
  }
  return out;
}
