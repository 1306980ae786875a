import type { Hook } from "@hono/zod-openapi";
import { ApiError } from "../errors";
import { describeIssues } from "../schemas/detection";
import type { AppEnv } from "../types";

/** Turns a failed request validation into a 400 in the common error shape. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw new ApiError(400, "validation_failed", describeIssues(result.error.issues));
};
