import { createMiddleware } from "hono/factory";
import { ApiError } from "../errors";
import type { AppEnv } from "../types";

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** Rejects request bodies that are not declared as JSON with 415, before validation runs. */
export function requireJson() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      throw new ApiError(
        415,
        "unsupported_media_type",
        `Send the body as JSON with "Content-Type: application/json" (got ${mediaType ? `"${mediaType}"` : "no Content-Type"}).`,
      );
    }
    await next();
  });
}
