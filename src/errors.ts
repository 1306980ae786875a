import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Machine-readable error codes; clients switch on these, never on messages. */
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unsupported_media_type"
  | "payload_too_large"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "upgrade_required"
  | "rate_limited"
  | "conflict"
  | "service_unavailable"
  | "misconfigured"
  | "internal_error";

/** The one error shape every failure is answered with. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string };
}

/** An error meant for the client: its status, code and message are sent as they are. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Builds the error body for a request. */
export function errorBody(code: ErrorCode, message: string, requestId: string): ErrorBody {
  return { error: { code, message, requestId } };
}
