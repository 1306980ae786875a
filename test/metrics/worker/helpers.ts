/** Helpers for the aggregator tests inside workerd. */
import { env } from "cloudflare:workers";
import { vi } from "vitest";
import type { MetricsAggregator } from "../../../src/metrics/aggregator";
import { MetricsBuffer } from "../../../src/metrics/buffer";
import type { MetricsBindings } from "../../../src/metrics/worker";
import { type DecodedSeries, decodeRemoteWriteBody, seriesId } from "../support/write-request-decoder";

/** A fresh aggregator per test: pass a name unique to the test. */
export function aggregator(name: string): DurableObjectStub<MetricsAggregator> {
  // The generated Env gains METRICS_AGGREGATOR after `npm run cf-typegen`; until then, narrow here.
  return (env as unknown as MetricsBindings).METRICS_AGGREGATOR.getByName(name);
}

/** A buffer standing in for one isolate, with an instant clock and no sleeping. */
export function isolate(): MetricsBuffer {
  return new MetricsBuffer({ minFlushIntervalMs: 0, sleep: async () => {} });
}

/** One received remote-write request. */
export interface Received {
  headers: Headers;
  series: DecodedSeries[];
}

/**
 * Replaces fetch for the remote-write endpoint. `mode` is switchable mid-test: "up" answers 204,
 * "down" fails the connection, or an HTTP status to answer with.
 */
export function fakeEndpoint() {
  const received: Received[] = [];
  const state: { mode: "up" | "down" | number; attempts: number } = { mode: "up", attempts: 0 };
  const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    state.attempts++;
    if (state.mode === "down") throw new TypeError("Network connection lost.");
    if (typeof state.mode === "number") return new Response("test says no", { status: state.mode });
    received.push({
      headers: request.headers,
      series: decodeRemoteWriteBody(new Uint8Array(await request.arrayBuffer())),
    });
    return new Response(null, { status: 204 });
  });
  return { received, state, restore: () => spy.mockRestore() };
}

/** Samples of one series id (e.g. `cache_hits_total{tenant_id="a"}`) across all received requests. */
export function samplesOf(
  received: readonly Received[],
  id: string,
): Array<{ value: number; timestampMs: number }> {
  return received.flatMap((r) => r.series.filter((s) => seriesId(s) === id).flatMap((s) => s.samples));
}

/** The value of one sample line of the text exposition, or undefined. */
export function exposed(text: string, line: string): number | undefined {
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}
