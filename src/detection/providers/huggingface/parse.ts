/**
 * Reading HF Inference answers. 200: `[[{label, score}, …]]` (one inner array per input) or,
 * from some containers, the flat `[{label, score}, …]`. Errors: `{"error": "…"}` (or `detail`),
 * 503 while a model loads with `estimated_time` seconds, 429 with an optional Retry-After.
 */
import { kindOfStatus, ProviderError } from "../errors";
import { excerpt, field, isObject, stringField, tryParseJson } from "../json";
import type { HttpAnswer } from "../transport/http";
import { retryAfterFromHeaders } from "../transport/retry-after";
import { type LabelMapping, type LabelScore, maliciousScore } from "./labels";

function isLabelScore(value: unknown): value is LabelScore {
  return (
    isObject(value) &&
    typeof value.label === "string" &&
    typeof value.score === "number" &&
    Number.isFinite(value.score)
  );
}

/** The label list of the first input, from the nested or the flat shape. */
export function labelScores(body: unknown): LabelScore[] | undefined {
  if (!Array.isArray(body)) return undefined;
  const list: unknown = Array.isArray(body[0]) ? body[0] : body;
  if (!Array.isArray(list) || list.length === 0 || !list.every(isLabelScore)) return undefined;
  return list;
}

function errorMessage(body: unknown, text: string): string {
  const error = field(body, "error");
  if (typeof error === "string") return error;
  if (Array.isArray(error)) return error.filter((e) => typeof e === "string").join("; ");
  return stringField(body, "detail") ?? excerpt(text);
}

function httpError(answer: HttpAnswer, body: unknown): ProviderError {
  const message = excerpt(errorMessage(body, answer.text));
  const estimated = field(body, "estimated_time");
  // A loading model tells us how long to wait; only retried if that fits the budget (retry.ts).
  const retryAfterMs =
    typeof estimated === "number" && Number.isFinite(estimated)
      ? Math.round(estimated * 1000)
      : retryAfterFromHeaders(answer.headers);
  const details = { status: answer.status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  return new ProviderError(kindOfStatus(answer.status), `huggingface ${answer.status}: ${message}`, details);
}

/** Maps one HTTP answer to an injection score, or throws a classified ProviderError. */
export function interpretClassification(answer: HttpAnswer, labels: LabelMapping): number {
  const body = tryParseJson(answer.text);
  if (answer.status < 200 || answer.status >= 300) throw httpError(answer, body);
  if (body === undefined)
    throw new ProviderError("bad_response", "huggingface: answer is not JSON", { status: answer.status });
  const scores = labelScores(body);
  if (!scores) throw new ProviderError("bad_response", "huggingface: answer is not a [{label, score}] list");
  const score = maliciousScore(scores, labels);
  if (score === undefined) {
    const seen = scores
      .map((s) => s.label)
      .slice(0, 4)
      .join(", ");
    throw new ProviderError(
      "bad_response",
      `huggingface: no known label in answer (${seen}); check the label mapping`,
    );
  }
  return Math.min(1, Math.max(0, score));
}
