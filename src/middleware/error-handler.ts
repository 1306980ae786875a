import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ApiError, type ErrorCode, errorBody } from "../errors";
import type { AppEnv } from "../types";

function codeForStatus(status: number): ErrorCode {
  if (status === 400) return "bad_request";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 405) return "method_not_allowed";
  if (status === 413) return "payload_too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 426) return "upgrade_required";
  if (status === 429) return "rate_limited";
  return status >= 500 ? "internal_error" : "bad_request";
}

function requestIdOf(c: Context<AppEnv>): string {
  return c.get("requestId") ?? crypto.randomUUID();
}

/**
 * The app's one error handler: client errors keep their status and message; anything
 * unexpected becomes a 500 with a generic message (the details go to the log, never the client).
 */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  const requestId = requestIdOf(c);
  c.header("X-Request-Id", requestId);
  if (error instanceof ApiError) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json(errorBody(error.code, error.message, requestId), error.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const malformedJson = error.status === 400 && /malformed json/i.test(error.message);
    const code = malformedJson ? "invalid_json" : codeForStatus(error.status);
    const message = malformedJson
      ? "The request body is not valid JSON."
      : error.message || "The request could not be processed.";
    return c.json(errorBody(code, message, requestId), error.status);
  }
  const logger = c.get("logger");
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  if (logger) logger.error("unhandled error", { error: detail });
  else console.error(JSON.stringify({ level: "error", msg: "unhandled error", requestId, error: detail }));
  return c.json(
    errorBody(
      "internal_error",
      "An internal error occurred. Quote the requestId when reporting it.",
      requestId,
    ),
    500,
  );
};

/** Unknown routes answer 404 in the common error shape. */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) => {
  const requestId = requestIdOf(c);
  c.header("X-Request-Id", requestId);
  return c.json(
    errorBody("not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`, requestId),
    404,
  );
};
