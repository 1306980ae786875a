/**
 * Reading Gemini answers.
 * - Errors: `{"error":{code, message, status, details[]}}`. 429 RESOURCE_EXHAUSTED carries
 *   `google.rpc.RetryInfo{retryDelay:"23s"}` (and "Please retry in 23.47s." in the message); a
 *   per-day quota (`QuotaFailure.violations[].quotaId` containing "PerDay") will not clear
 *   within any request budget and is never retried. No Retry-After header is documented, but
 *   one is honoured if present.
 * - 200 without candidates + `promptFeedback.blockReason`: the prompt was blocked (caused by the
 *   text → breaker-neutral failure). A candidate stopped by SAFETY/RECITATION/… likewise;
 *   MAX_TOKENS truncates the JSON and fails the parse.
 * - Text: all `parts[].text` joined, skipping thought parts.
 */
import { kindOfStatus, ProviderError } from "../errors";
import { excerpt, field, isObject, stringField, tryParseJson } from "../json";
import type { HttpAnswer } from "../transport/http";
import { parseDuration, retryAfterFromHeaders, retryAfterFromMessage } from "../transport/retry-after";

/** finishReasons caused by the content (the text), not by the service. */
const CONTENT_STOPS: ReadonlySet<string> = new Set([
  "SAFETY",
  "RECITATION",
  "BLOCKLIST",
  "PROHIBITED_CONTENT",
  "SPII",
  "LANGUAGE",
]);

function details(error: unknown): unknown[] {
  const d = field(error, "details");
  return Array.isArray(d) ? d : [];
}

function retryDelayOf(error: unknown): number | undefined {
  for (const detail of details(error)) {
    const type = stringField(detail, "@type") ?? "";
    const delay = stringField(detail, "retryDelay");
    if (type.endsWith("google.rpc.RetryInfo") && delay !== undefined) return parseDuration(delay);
  }
  return undefined;
}

function isDailyQuota(error: unknown): boolean {
  return details(error).some((detail) => {
    const violations = field(detail, "violations");
    return (
      Array.isArray(violations) && violations.some((v) => /PerDay/i.test(stringField(v, "quotaId") ?? ""))
    );
  });
}

function httpError(answer: HttpAnswer, body: unknown): ProviderError {
  const error = field(body, "error");
  const message = stringField(error, "message") ?? excerpt(answer.text);
  const status = stringField(error, "status") ?? "";
  const retryAfterMs =
    retryDelayOf(error) ?? retryAfterFromHeaders(answer.headers) ?? retryAfterFromMessage(message);
  const kind = kindOfStatus(answer.status);
  const label = status ? `${answer.status} ${status}` : String(answer.status);
  return new ProviderError(kind, `gemini ${label}: ${excerpt(message)}`, {
    status: answer.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(kind === "rate_limited" && isDailyQuota(error) ? { retryable: false } : {}),
  });
}

function candidateText(candidate: unknown): string {
  const parts = field(field(candidate, "content"), "parts");
  if (!Array.isArray(parts)) return "";
  return parts
    .filter((p) => isObject(p) && p.thought !== true && typeof p.text === "string")
    .map((p) => stringField(p, "text") ?? "")
    .join("");
}

/** Maps one HTTP answer to the judge's raw text, or throws a classified ProviderError. */
export function interpretGenerateContent(answer: HttpAnswer): string {
  const body = tryParseJson(answer.text);
  if (answer.status < 200 || answer.status >= 300) throw httpError(answer, body);
  if (!isObject(body)) throw new ProviderError("bad_response", "gemini: answer is not a JSON object");
  const candidates = body.candidates;
  if (!Array.isArray(candidates) || candidates.length === 0) {
    const blockReason = stringField(body.promptFeedback, "blockReason");
    if (blockReason) {
      throw new ProviderError("bad_response", `gemini: prompt blocked (${blockReason})`, {
        breakerNeutral: true,
      });
    }
    throw new ProviderError("bad_response", "gemini: no candidates in answer");
  }
  const first: unknown = candidates[0];
  const finishReason = stringField(first, "finishReason") ?? "";
  if (CONTENT_STOPS.has(finishReason)) {
    throw new ProviderError("bad_response", `gemini: answer stopped (${finishReason})`, {
      breakerNeutral: true,
    });
  }
  const text = candidateText(first);
  if (text === "")
    throw new ProviderError("bad_response", `gemini: empty answer (finishReason ${finishReason || "none"})`);
  return text;
}
