/**
 * bench/lib/loadgen.ts pacing (`ratePerSecond`), which the Durable Object fault test relies on to
 * leave workerd idle time: the rate is honoured, a slow server does not earn a catch-up burst once
 * it answers again, and a slow rate does not outlast the run.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "../../../bench/lib/loadgen";

let server: Server;
let origin: string;
/** The next this many requests to /stall are answered 400 ms late (by count: no race with time). */
let stallsLeft = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const stalled = req.url === "/stall" && stallsLeft > 0;
    if (stalled) stallsLeft--;
    setTimeout(() => res.end("ok"), stalled ? 400 : 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("runLoad with ratePerSecond", () => {
  it("sends at the given rate instead of as fast as the server answers", async () => {
    const result = await runLoad({
      origin,
      concurrency: 8,
      warmupMs: 0,
      durationMs: 1_000,
      ratePerSecond: 50,
      next: () => ({ method: "GET", path: "/fast" }),
    });
    // 50 slots in the second (closed-loop, this server answers thousands).
    expect(result.requests).toBeGreaterThanOrEqual(40);
    expect(result.requests).toBeLessThanOrEqual(51);
    expect(result.errors).toBe(0);
  });

  it("does not burst after a stall", async () => {
    stallsLeft = 2;
    // 20/s; the first two requests take 400 ms. Then the rate resumes: ~2 + 12 requests. Making
    // up the 6 missed slots at once would add a burst of about 6 more.
    const result = await runLoad({
      origin,
      concurrency: 2,
      warmupMs: 0,
      durationMs: 1_000,
      ratePerSecond: 20,
      next: () => ({ method: "GET", path: "/stall" }),
    });
    expect(result.requests).toBeGreaterThanOrEqual(9);
    expect(result.requests).toBeLessThanOrEqual(16);
  });

  it("ends at its deadline even when the next slot lies beyond it", async () => {
    // 1/s with 4 clients hands out slots at 0, 1, 2 and 3 s; the run lasts 200 ms.
    const started = performance.now();
    const result = await runLoad({
      origin,
      concurrency: 4,
      warmupMs: 0,
      durationMs: 200,
      ratePerSecond: 1,
      next: () => ({ method: "GET", path: "/fast" }),
    });
    expect(result.requests).toBe(1);
    expect(performance.now() - started).toBeLessThan(900);
  });

  it("refuses a rate that is not a positive number", async () => {
    await expect(
      runLoad({
        origin,
        concurrency: 1,
        warmupMs: 0,
        durationMs: 10,
        ratePerSecond: 0,
        next: () => ({ method: "GET", path: "/fast" }),
      }),
    ).rejects.toThrow(RangeError);
  });
});
