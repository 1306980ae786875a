/**
 * bench/lib/loadgen.ts pacing (`ratePerSecond`), which the Durable Object fault test relies on to
 * leave workerd idle time: the rate is honoured, in-flight requests never exceed `concurrency`,
 * and a slow server does not earn a catch-up burst once it answers again.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad } from "../../../bench/lib/loadgen";

let server: Server;
let origin: string;
let inFlight = 0;
let maxInFlight = 0;
/** Requests to /stall arriving before this time (performance.now()) are answered 400 ms late. */
let stallUntil = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const stalled = req.url === "/stall" && performance.now() < stallUntil;
    setTimeout(
      () => {
        inFlight--;
        res.end("ok");
      },
      stalled ? 400 : 0,
    );
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

  it("keeps at most `concurrency` requests in flight and does not burst after a stall", async () => {
    maxInFlight = 0;
    stallUntil = performance.now() + 100;
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
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(result.requests).toBeGreaterThanOrEqual(9);
    expect(result.requests).toBeLessThanOrEqual(16);
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
