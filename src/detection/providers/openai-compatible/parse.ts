/**
 * Reading OpenAI-compatible answers.
 * - Errors: OpenAI's `{"error":{message, type, code}}` or Cloudflare's envelope
 *   `{"success":false,"errors":[{code, message}]}`. Never retried: `insufficient_quota`
 *   (OpenAI) and Cloudflare 3036 (daily free allocation used) — they will not clear in time.
 * - Retry hint: `retry-after-ms` / `retry-after` headers, else "try again in 1.2s" in the
 *   message, else (429 only) `x-ratelimit-reset-requests` when no requests remain.
 * - 200: `choices[0].message.content`; a `refusal` or finish_reason `content_filter` is caused by
 *   the text (breaker-neutral failure); `length` truncates the JSON and fails the parse.
 */
import { kindOfStatus, ProviderError } from "../errors";
import { excerpt, field, isObject, stringField, tryParseJson } from "../json";
import type { HttpAnswer } from "../transport/http";
import { parseDuration, retryAfterFromHeaders, retryAfterFromMessage } from "../transport/retry-after";

/** Error codes that mean "not before tomorrow / not until someone pays". */
const PERMANENT_CODES: ReadonlySet<string> = new Set(["insufficient_quota", "3036"]);

interface ErrorFacts {
  message: string;
  code: string | undefined;
}

function errorFacts(body: unknown, text: string): ErrorFacts {
  const error = field(body, "error");
  if (isObject(error)) {
    const code = error.code;
    return {
      message: stringField(error, "message") ?? excerpt(text),
      code: typeof code === "string" || typeof code === "number" ? String(code) : stringField(error, "type"),
    };
  }
  const errors = field(body, "errors"); // Cloudflare envelope
  if (Array.isArray(errors) && errors.length > 0) {
    const first: unknown = errors[0];
    const code = field(first, "code");
    return {
      message: stringField(first, "message") ?? excerpt(text),
      code: typeof code === "number" || typeof code === "string" ? String(code) : undefined,
    };
  }
  return { message: typeof error === "string" ? error : excerpt(text), code: undefined };
}

function rateLimitReset(headers: Headers): number | undefined {
  if (headers.get("x-ratelimit-remaining-requests")?.trim() !== "0") return undefined;
  const reset = headers.get("x-ratelimit-reset-requests");
  return reset === null ? undefined : parseDuration(reset);
}

function httpError(answer: HttpAnswer, body: unknown): ProviderError {
  const { message, code } = errorFacts(body, answer.text);
  const kind = kindOfStatus(answer.status);
  const retryAfterMs =
    retryAfterFromHeaders(answer.headers) ??
    retryAfterFromMessage(message) ??
    (kind === "rate_limited" ? rateLimitReset(answer.headers) : undefined);
  const label = code ? `${answer.status} ${code}` : String(answer.status);
  return new ProviderError(kind, `openai-compatible ${label}: ${excerpt(message)}`, {
    status: answer.status,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(code !== undefined && PERMANENT_CODES.has(code) ? { retryable: false } : {}),
  });
}

/** Maps one HTTP answer to the judge's raw text, or throws a classified ProviderError. */
export function interpretChatCompletion(answer: HttpAnswer): string {
  const body = tryParseJson(answer.text);
  if (answer.status < 200 || answer.status >= 300) throw httpError(answer, body);
  if (!isObject(body))
    throw new ProviderError("bad_response", "openai-compatible: answer is not a JSON object");
  if (body.success === false) {
    // Cloudflare may wrap a failure in a 200 envelope.
    const { message, code } = errorFacts(body, answer.text);
    throw new ProviderError("bad_response", `openai-compatible ${code ?? "error"}: ${excerpt(message)}`);
  }
  const choices = body.choices;
  const first: unknown = Array.isArray(choices) ? choices[0] : undefined;
  if (!isObject(first)) throw new ProviderError("bad_response", "openai-compatible: no choices in answer");
  const message = field(first, "message");
  const refusal = field(message, "refusal");
  if (typeof refusal === "string" && refusal !== "") {
    throw new ProviderError("bad_response", "openai-compatible: the model refused", { breakerNeutral: true });
  }
  if (first.finish_reason === "content_filter") {
    throw new ProviderError("bad_response", "openai-compatible: answer filtered (content_filter)", {
      breakerNeutral: true,
    });
  }
  const content = field(message, "content");
  if (typeof content !== "string" || content === "") {
    throw new ProviderError("bad_response", "openai-compatible: empty message content");
  }
  return content;
}
