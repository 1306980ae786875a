/**
 * Label validation and the compact series key shared by the buffer, the batch wire format and
 * the aggregator. A key is the metric name followed by the label *values* in the definition's
 * label order, joined by U+001F: call sites never pay for sorting or JSON on the request path,
 * and the definition says which value belongs to which name.
 */
import { definitionOf, type MetricDefinition } from "./catalogue";

/** Thrown for a programming error: unknown metric, wrong labels, wrong metric type. */
export class MetricsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MetricsError";
  }
}

const SEPARATOR = "\u001f";
/** Longest label value kept; Grafana Cloud truncates at 2048 but no legitimate value of ours is long. */
export const MAX_LABEL_VALUE_LENGTH = 128;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Makes any string a safe label value: no control characters, bounded length, never empty
 * (remote-write forbids empty values; an empty value would silently drop the label).
 */
export function sanitizeLabelValue(value: string): string {
  const clean = value.length > MAX_LABEL_VALUE_LENGTH ? value.slice(0, MAX_LABEL_VALUE_LENGTH) : value;
  if (clean === "") return "none";
  // Control characters would break the key separator and are never meaningful in a label value.
  // A char-code scan is cheaper than a regex on this per-record path.
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return replaceControlChars(clean);
  }
  return clean;
}

function replaceControlChars(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.charCodeAt(0);
    out += code < 0x20 || code === 0x7f ? "_" : char;
  }
  return out;
}

/** True if `name` is a legal Prometheus metric name. */
export function isValidMetricName(name: string): boolean {
  return METRIC_NAME.test(name);
}

/** True if `name` is a legal, non-reserved label name. */
export function isValidLabelName(name: string): boolean {
  return LABEL_NAME.test(name) && !name.startsWith("__");
}

/**
 * Turns a label object into values in definition order, rejecting missing or extra labels.
 * @throws MetricsError naming the metric and the offending label.
 */
export function labelValuesOf(def: MetricDefinition, labels: Readonly<Record<string, string>>): string[] {
  const given = Object.keys(labels);
  for (const name of given) {
    if (!def.labelNames.includes(name)) throw new MetricsError(`${def.name} has no label "${name}"`);
  }
  return def.labelNames.map((name) => {
    const value = labels[name];
    if (typeof value !== "string") throw new MetricsError(`${def.name} needs label "${name}"`);
    return sanitizeLabelValue(value);
  });
}

/** Builds the series key from a name and already-sanitized values in definition order. */
export function seriesKey(name: string, values: readonly string[]): string {
  return values.length === 0 ? name : name + SEPARATOR + values.join(SEPARATOR);
}

/** A series key taken apart and checked against the catalogue. */
export interface ParsedSeries {
  readonly def: MetricDefinition;
  readonly values: string[];
}

/**
 * Parses a key from an untrusted batch. Returns null when the metric is unknown, the number of
 * values does not match, or a value is not in sanitized form.
 */
export function parseSeriesKey(key: string): ParsedSeries | null {
  const parts = key.split(SEPARATOR);
  const name = parts[0] ?? "";
  const def = definitionOf(name);
  if (!def) return null;
  const values = parts.slice(1);
  if (values.length !== def.labelNames.length) return null;
  for (const value of values) if (sanitizeLabelValue(value) !== value) return null;
  return { def, values };
}

/** Label pairs of a series sorted by name (the remote-write order), `__name__` included. */
export function sortedLabelPairs(
  def: MetricDefinition,
  values: readonly string[],
  nameSuffix = "",
  extra?: readonly [string, string],
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [["__name__", def.name + nameSuffix]];
  def.labelNames.forEach((labelName, index) => {
    pairs.push([labelName, values[index] ?? "none"]);
  });
  if (extra) pairs.push([extra[0], extra[1]]);
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
