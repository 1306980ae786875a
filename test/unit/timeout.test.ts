import { afterEach, describe, expect, it, vi } from "vitest";
import { TimeoutError, withTimeout } from "../../src/timeout";

afterEach(() => {
  vi.useRealTimers();
});

describe("withTimeout", () => {
  it("settles like the promise when it is in time", async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error("boom")), 1000)).rejects.toThrow("boom");
  });

  it("rejects with a TimeoutError naming the call once the bound has passed", async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise<never>(() => undefined), 250, "TenantHub publish");
    const outcome = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(249);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe("TenantHub publish exceeded 250 ms");
  });

  it("leaves no timer behind when the promise wins", async () => {
    vi.useFakeTimers();
    await withTimeout(Promise.resolve("ok"), 60_000);
    await withTimeout(Promise.reject(new Error("no")), 60_000).catch(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
  });
});
