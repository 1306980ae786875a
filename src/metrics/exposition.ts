/**
 * Prometheus text exposition format 0.0.4 for GET /metrics. Families come in catalogue order and
 * series sorted by labels, so the output is deterministic (golden-tested).
 */
import { CATALOGUE, type MetricDefinition } from "./catalogue";
import { formatNumber } from "./format";
import { flattenSeries } from "./samples";
import type { SeriesState } from "./series-store";

/** Content-Type of the text exposition format. */
export const EXPOSITION_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

function renderLabels(pairs: ReadonlyArray<[string, string]>): string {
  const inner = pairs
    .filter(([name]) => name !== "__name__")
    .map(([name, value]) => `${name}="${escapeLabelValue(value)}"`)
    .join(",");
  return inner === "" ? "" : `{${inner}}`;
}

/** Renders the given series (typically {@link allSeries}) as exposition text. */
export function renderExposition(series: readonly SeriesState[]): string {
  const byFamily = new Map<MetricDefinition, SeriesState[]>();
  for (const state of series) {
    const list = byFamily.get(state.def) ?? [];
    list.push(state);
    byFamily.set(state.def, list);
  }
  const lines: string[] = [];
  for (const def of Object.values(CATALOGUE) as MetricDefinition[]) {
    const states = byFamily.get(def);
    if (!states || states.length === 0) continue;
    lines.push(`# HELP ${def.name} ${escapeHelp(def.help)}`, `# TYPE ${def.name} ${def.kind}`);
    const sorted = [...states].sort((a, b) => compareValues(a.values, b.values));
    for (const state of sorted) {
      for (const sample of flattenSeries(state)) {
        const name = sample.labels.find(([label]) => label === "__name__")?.[1] ?? def.name;
        lines.push(`${name}${renderLabels(sample.labels)} ${formatNumber(sample.value)}`);
      }
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
