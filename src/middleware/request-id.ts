import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../types";

export interface RequestIdOptions {
  /** Header read from the client and echoed back. */
  header?: string;
  /** Longest client-supplied id accepted; longer ones are replaced. */
  maxLength?: number;
}

const SAFE_ID = /^[A-Za-z0-9._:-]+$/;

/**
 * Accepts a sane client `X-Request-Id` (so traces join up across services) or generates one,
 * stores it in `c.var.requestId` and echoes it on the response.
 */
export function requestId(options: RequestIdOptions = {}) {
  const header = options.header ?? "X-Request-Id";
  const maxLength = options.maxLength ?? 128;
  if (!/^[A-Za-z0-9-]+$/.test(header)) throw new Error(`requestId: invalid header name "${header}"`);
  if (!Number.isInteger(maxLength) || maxLength < 8 || maxLength > 1024) {
    throw new Error("requestId: maxLength must be an integer between 8 and 1024");
  }
  return createMiddleware<AppEnv>(async (c, next) => {
    const incoming = c.req.header(header);
    const id =
      incoming && incoming.length <= maxLength && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    c.header(header, id);
    await next();
  });
}
