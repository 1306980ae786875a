import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { ApiError } from "../errors";
import type { AppEnv } from "../types";

const limiters = new Map<number, ReturnType<typeof bodyLimit>>();

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "payload_too_large", `The request body exceeds the limit of ${maxBytes} bytes.`);
}

/**
 * Caps the request body at the configured MAX_BODY_BYTES (413 beyond it), checking both the
 * declared Content-Length and the bytes actually streamed.
 */
export function bodySizeLimit() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const maxBytes = c.var.config.limits.maxBodyBytes;
    let limiter = limiters.get(maxBytes);
    if (!limiter) {
      limiter = bodyLimit({
        maxSize: maxBytes,
        onError: () => {
          throw tooLarge(maxBytes);
        },
      });
      limiters.set(maxBytes, limiter);
    }
    return limiter(c, next);
  });
}
