/**
 * Sends one remote-write body and classifies the answer per the 1.0 spec: 2xx done; 5xx, 429 and
 * network errors are retryable; a 400-class data error means the data will never be accepted
 * (retrying it would block everything queued behind it), so the caller drops it and counts it.
 */
import { REMOTE_WRITE_HEADERS } from "./request";

/** Where and as whom to push. */
export interface RemoteWriteTarget {
  url: string;
  /** Grafana Cloud: the numeric metrics instance id. */
  username: string | null;
  /** Grafana Cloud: an access-policy token with metrics:write. */
  password: string | null;
  /** Per-attempt timeout. */
  timeoutMs?: number;
}

/** Outcome of one push. `detail` is for logs only (never parsed: the spec says so). */
export type PushOutcome =
  | { kind: "ok"; status: number }
  | { kind: "retry"; status: number | null; detail: string }
  | { kind: "reject"; status: number; detail: string };

/**
 * Statuses that condemn the data itself (invalid samples, body too large). Everything else that
 * is not 2xx is retried: 5xx and 429 as the spec requires, and 401/403/404 too, because those
 * mean a credential or URL being fixed, and the bounded backlog caps the cost of waiting.
 */
const REJECTED_STATUSES = new Set([400, 409, 413, 422]);

/** Basic auth header value, UTF-8 safe. */
export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** POSTs a compressed WriteRequest once. Never throws. */
export async function pushRemoteWrite(
  target: RemoteWriteTarget,
  body: Uint8Array<ArrayBuffer>,
  fetcher: typeof fetch = fetch,
): Promise<PushOutcome> {
  const headers: Record<string, string> = { ...REMOTE_WRITE_HEADERS };
  if (target.username !== null || target.password !== null) {
    headers.Authorization = basicAuth(target.username ?? "", target.password ?? "");
  }
  let response: Response;
  try {
    response = await fetcher(target.url, {
      method: "POST",
      headers,
      body,
      signal: AbortSignal.timeout(target.timeoutMs ?? 10_000),
    });
  } catch (error) {
    return { kind: "retry", status: null, detail: error instanceof Error ? error.message : String(error) };
  }
  // Read (and bound) the body so the connection can be reused; it is only ever logged.
  const detail = (await response.text().catch(() => "")).slice(0, 300);
  if (response.ok) return { kind: "ok", status: response.status };
  if (REJECTED_STATUSES.has(response.status)) return { kind: "reject", status: response.status, detail };
  return { kind: "retry", status: response.status, detail };
}
