/**
 * One HTTP attempt under a hard time limit. The limit is the smaller of the per-call timeout
 * (MODEL_TIMEOUT_SECONDS) and what is left of the request budget, and it covers reading the
 * body too: a server that sends headers and then stalls is cut off like one that never answers.
 */
import { ProviderError } from "../errors";
import type { FetchLike } from "../types";

/** A JSON POST, already serialised. */
export interface HttpRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Limits of one attempt. */
export interface AttemptLimits {
  /** Per-call timeout in ms. */
  timeoutMs: number;
  /** Absolute deadline (epoch ms) of the whole request; the attempt never runs past it. */
  deadline: number;
  /** Parent signal: aborting it aborts the attempt at once. */
  signal?: AbortSignal;
  /** Largest body accepted; a bigger one is a bad_response (a classifier answer is tiny). */
  maxResponseBytes?: number;
}

/** A raw HTTP answer; the provider interprets the status and body. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024;

/** Sends one POST and reads the whole body, or throws a `timeout`/`network`/`bad_response` ProviderError. */
export async function postOnce(
  fetchFn: FetchLike,
  request: HttpRequest,
  limits: AttemptLimits,
): Promise<HttpAnswer> {
  const timeoutMs = Math.min(limits.timeoutMs, limits.deadline - Date.now());
  if (timeoutMs <= 0 || limits.signal?.aborted) {
    throw new ProviderError("timeout", "request budget exhausted before the call", { retryable: false });
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onParentAbort = (): void => controller.abort();
  limits.signal?.addEventListener("abort", onParentAbort, { once: true });
  try {
    const response = await fetchFn(request.url, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
    });
    const text = await readCapped(response, limits.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    if (controller.signal.aborted) {
      // Our own timer → retryable if budget remains; the parent's abort → the cascade gave up.
      throw timedOut
        ? new ProviderError("timeout", `no complete answer within ${Math.round(timeoutMs)} ms`)
        : new ProviderError("timeout", "aborted: request budget exhausted", { retryable: false });
    }
    throw new ProviderError("network", `network error: ${describeNetworkError(error)}`);
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener("abort", onParentAbort);
  }
}

/** Reads the body as text, refusing to buffer more than `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new ProviderError("bad_response", `response larger than ${maxBytes} bytes`);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ProviderError("bad_response", `response larger than ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** "fetch failed (ECONNREFUSED)": the cause's code is the useful part in Node; workerd gives a message. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = (error as Error & { cause?: unknown }).cause;
  if (cause && typeof cause === "object" && "code" in cause && typeof cause.code === "string") {
    return `${error.message} (${cause.code})`;
  }
  return error.message;
}
