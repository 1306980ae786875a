/**
 * Reading a provider's "wait before retrying" hint. Providers spell it differently:
 * `Retry-After` (seconds or HTTP date), OpenAI's `retry-after-ms`, Gemini's
 * `RetryInfo.retryDelay: "23s"`, OpenAI's "try again in 1.2s", Hugging Face's
 * `estimated_time` (seconds), and Go-style durations such as `6m0s` in x-ratelimit-reset-*.
 */

const DURATION_PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses a Go/Google-style duration ("23s", "23.47s", "6m0s", "120ms", "1h2m"); undefined if not one. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+(?:\.\d+)?(ms|h|m|s))+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const match of trimmed.matchAll(DURATION_PART)) {
    const unit = match[2] ?? "s";
    total += Number(match[1]) * (UNIT_MS[unit] ?? 1000);
  }
  return Math.round(total);
}

/** Parses a `Retry-After` header: delta-seconds (decimals tolerated) or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Retry hint from standard headers: `retry-after-ms` first (more precise), then `retry-after`. */
export function retryAfterFromHeaders(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms.trim()));
  return parseRetryAfter(headers.get("retry-after"), now);
}

/** Finds "retry in 23.47s" / "try again in 1.2s" / "try again in 20ms" in an error message. */
export function retryAfterFromMessage(message: string): number | undefined {
  const match = /(?:retry|try again) in (\d+(?:\.\d+)?)\s*(ms|s)\b/i.exec(message);
  if (!match) return undefined;
  const value = Number(match[1]);
  return Math.round(match[2]?.toLowerCase() === "ms" ? value : value * 1000);
}
