/** Number formatting shared by the text exposition and `le` label values. */

/** Formats a float the way Prometheus prints it: "+Inf", "-Inf", "NaN", otherwise shortest round-trip. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}
