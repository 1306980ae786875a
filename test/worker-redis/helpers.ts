import { inject } from "vitest";

/** Runs one Redis command through the Upstash REST proxy (test-side inspection only). */
export async function redisCommand(...command: Array<string | number>): Promise<unknown> {
  const response = await fetch(inject("redisRestUrl"), {
    method: "POST",
    headers: { Authorization: `Bearer ${inject("redisRestToken")}` },
    body: JSON.stringify(command),
  });
  const body = await response.json<{ result?: unknown; error?: string }>();
  if (body.error) throw new Error(body.error);
  return body.result;
}
