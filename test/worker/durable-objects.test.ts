import type { Context } from "hono";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/errors";
import type { Logger } from "../../src/logging";
import { callDurableObject } from "../../src/services/durable-objects";
import type { AppEnv } from "../../src/types";

/** The slice of a request context callDurableObject reads: the bound and the logger. */
function contextWith(timeoutMs: number, logged: string[]): Context<AppEnv> {
  const log = (message: string, fields?: Record<string, unknown>) =>
    logged.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: log, info: log, warn: log, error: log };
  return { var: { config: { durableObjects: { timeoutMs } }, logger } } as unknown as Context<AppEnv>;
}

/** An error as workerd reports it for a Durable Object call, with its flags. */
function durableObjectError(message: string, flags: Record<string, boolean>): Error {
  return Object.assign(new Error(message), flags);
}

async function outcome(call: PromiseLike<unknown>, logged: string[] = []): Promise<unknown> {
  return callDurableObject(contextWith(50, logged), "The event hub", "TenantHub.issueTicket", call).catch(
    (error: unknown) => error,
  );
}

describe("callDurableObject", () => {
  it("passes the answer through when it comes in time", async () => {
    expect(await outcome(Promise.resolve({ ok: true }))).toEqual({ ok: true });
  });

  it("turns no answer within the bound into 503, Retry-After 1, and logs the operation", async () => {
    const logged: string[] = [];
    const error = await outcome(new Promise(() => undefined), logged);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 503,
      code: "service_unavailable",
      headers: { "Retry-After": "1" },
    });
    expect((error as ApiError).message).toBe("The event hub did not answer in time; retry shortly.");
    expect(logged.join("\n")).toContain('"operation":"TenantHub.issueTicket"');
    expect(logged.join("\n")).toContain('"reason":"timeout"');
  });

  it("turns an unreachable or reset object into 503, Retry-After 1", async () => {
    const error = await outcome(
      Promise.reject(durableObjectError("Network connection lost.", { retryable: true })),
    );
    expect(error).toMatchObject({
      status: 503,
      code: "service_unavailable",
      headers: { "Retry-After": "1" },
    });
    expect((error as ApiError).message).toBe("The event hub is unavailable; retry shortly.");
  });

  it("treats a reset or retryable failure reported from the object as an outage, not a bug", async () => {
    const cases: Record<string, boolean>[] = [
      { remote: true, retryable: true },
      { remote: true, durableObjectReset: true },
      { durableObjectReset: true },
    ];
    for (const flags of cases) {
      const error = await outcome(Promise.reject(durableObjectError("Durable Object reset.", flags)));
      expect(error, JSON.stringify(flags)).toMatchObject({ status: 503, headers: { "Retry-After": "1" } });
    }
  });

  it("asks clients to wait longer when the object is overloaded", async () => {
    const error = await outcome(
      Promise.reject(durableObjectError("Durable Object is overloaded.", { overloaded: true, remote: true })),
    );
    expect(error).toMatchObject({ status: 503, headers: { "Retry-After": "10" } });
  });

  it("rethrows an error thrown by the object's own code (a bug), logged with the operation, for the 500 handler", async () => {
    const logged: string[] = [];
    const bug = durableObjectError("Cannot read properties of undefined", { remote: true });
    expect(await outcome(Promise.reject(bug), logged)).toBe(bug);
    expect(logged.join("\n")).toContain('"operation":"TenantHub.issueTicket"');
  });
});
