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

/** A paced run of GET `path` against the test server, no warm-up. */
function paced(o: { concurrency: number; durationMs: number; ratePerSecond: number; path: string }) {
  return runLoad({
    origin,
    concurrency: o.concurrency,
    warmupMs: 0,
    durationMs: o.durationMs,
    ratePerSecond: o.ratePerSecond,
    next: () => ({ method: "GET", path: o.path }),
  });
}

describe("runLoad with ratePerSecond", () => {
  it("sends at the given rate instead of as fast as the server answers", async () => {
    const result = await paced({ concurrency: 8, durationMs: 1_000, ratePerSecond: 50, path: "/fast" });
    // 50 slots in the second (closed-loop, this server answers thousands).
    expect(result.requests).toBeGreaterThanOrEqual(40);
    expect(result.requests).toBeLessThanOrEqual(51);
    expect(result.errors).toBe(0);
  });

  it("does not burst after a stall", async () => {
    stallsLeft = 2;
    // 20/s; the first two requests take 400 ms. Then the rate resumes: ~2 + 12 requests. Making
    // up the 6 missed slots at once would add a burst of about 6 more.
    const result = await paced({ concurrency: 2, durationMs: 1_000, ratePerSecond: 20, path: "/stall" });
    expect(result.requests).toBeGreaterThanOrEqual(9);
    expect(result.requests).toBeLessThanOrEqual(16);
  });

  it("ends at its deadline even when the next slot lies beyond it", async () => {
    // 1/s with 4 clients hands out slots at 0, 1, 2 and 3 s; the run lasts 200 ms.
    const started = performance.now();
    const result = await paced({ concurrency: 4, durationMs: 200, ratePerSecond: 1, path: "/fast" });
    expect(result.requests).toBe(1);
    expect(performance.now() - started).toBeLessThan(900);
  });

  it("refuses a rate that is not a positive number", async () => {
    await expect(paced({ concurrency: 1, durationMs: 10, ratePerSecond: 0, path: "/fast" })).rejects.toThrow(
      RangeError,
    );
  });
});
