/**
 * Load generator: N clients over one keep-alive undici Pool (N connections) on loopback. By
 * default closed-loop (each client sends its next request as soon as the previous answer is
 * read: the most the server can do); with `ratePerSecond`, paced (requests start at that overall
 * rate, at most N in flight). A warm-up phase is sent but not measured. Bounded: the run stops at
 * its deadline, and each request has its own timeout (a request cut by it counts as an error).
 */
import { Pool } from "undici";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Free-form label carried to `onResponse` (e.g. "injection"). */
  tag?: string;
}

export interface LoadResponse {
  status: number;
  body: string;
  latencyMs: number;
  tag?: string;
  /** True when sent after the warm-up (counted in the results). */
  measured: boolean;
  /** The transport error of a status-0 answer ("SocketError: other side closed", …). */
  error?: string;
}

export interface LoadOptions {
  origin: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Builds the next request (client index given). */
  next(client: number): LoadRequest | Promise<LoadRequest>;
  /** Sees every answer (warm-up included; see `measured`). */
  onResponse?(response: LoadResponse): void;
  requestTimeoutMs?: number;
  /** Stop early when this returns true (checked between requests). */
  stop?(): boolean;
  /**
   * Paced load: requests start at this overall rate (evenly spaced, shared by the clients), still
   * never more than `concurrency` at once. A client that falls behind sends at once but does not
   * catch up in a burst. Unset: closed-loop, which keeps the server saturated — right for
   * throughput, wrong for tests that need the runtime to notice anything else meanwhile (see
   * docs/benchmarks.md, "Fault tests").
   */
  ratePerSecond?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  /** Sorted latencies (ms) of measured requests. */
  latencies: Float64Array;
  byStatus: Map<number, number>;
  /** Transport failures (refused, reset, timeout): status 0. */
  networkErrors: number;
  /** status >= 500 or a transport failure. */
  serverErrors: number;
  /** Anything but 2xx. */
  errors: number;
  /** The first few transport error messages (for diagnosis). */
  errorSamples: string[];
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Runs the load and returns what was measured after the warm-up. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const rate = options.ratePerSecond;
  if (rate !== undefined && !(rate > 0 && Number.isFinite(rate))) {
    throw new RangeError(`runLoad: ratePerSecond must be a positive number (got ${rate})`);
  }
  const pool = new Pool(options.origin, {
    connections: options.concurrency,
    pipelining: 1,
    // workerd closes a keep-alive connection after 5 s idle without saying so (no Keep-Alive
    // header); a request sent on it at that moment fails with "other side closed". Closed-loop
    // load never leaves a connection idle, paced load does: giving idle sockets up at 4 s makes
    // that race unlikely (a 1 s margin), not impossible on a server too busy to read in time.
    keepAliveTimeout: 4_000,
    headersTimeout: options.requestTimeoutMs ?? 30_000,
    bodyTimeout: options.requestTimeoutMs ?? 30_000,
  });
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const deadline = measureFrom + options.durationMs;
  const latencies: number[] = [];
  const byStatus = new Map<number, number>();
  let networkErrors = 0;
  const errorSamples: string[] = [];
  let measuredEnd = measureFrom;
  const interval = rate === undefined ? 0 : 1000 / rate;
  let nextStart = started;
  /**
   * Waits for this client's start slot (paced load only); false when the run is over by then. A
   * slot at or past the deadline is never waited for, so a slow rate cannot outlast the run.
   */
  const waitForSlot = async (): Promise<boolean> => {
    if (interval === 0) return true;
    const slot = Math.max(nextStart, performance.now());
    if (slot >= deadline) return false;
    nextStart = slot + interval;
    const wait = slot - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return performance.now() < deadline && !options.stop?.();
  };

  const client = async (index: number): Promise<void> => {
    while (performance.now() < deadline && !options.stop?.()) {
      if (!(await waitForSlot())) break;
      const request = await options.next(index);
      const sent = performance.now();
      let status = 0;
      let body = "";
      let failure: string | undefined;
      try {
        const answer = await pool.request({
          method: request.method,
          path: request.path,
          headers: request.headers,
          body: request.body,
          signal: AbortSignal.timeout(options.requestTimeoutMs ?? 30_000),
        });
        status = answer.statusCode;
        body = await answer.body.text();
      } catch (error) {
        status = 0;
        const cause = (error as { cause?: unknown }).cause;
        failure = `${String(error)}${cause ? ` (cause: ${String(cause)})` : ""}`;
        if (errorSamples.length < 5) errorSamples.push(failure);
      }
      const done = performance.now();
      const measured = sent >= measureFrom && done <= deadline + (options.requestTimeoutMs ?? 30_000);
      if (measured) {
        latencies.push(done - sent);
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        if (status === 0) networkErrors++;
        if (done > measuredEnd) measuredEnd = done;
      }
      options.onResponse?.({
        status,
        body,
        latencyMs: done - sent,
        tag: request.tag,
        measured,
        ...(failure ? { error: failure } : {}),
      });
      // A refused connection fails at once: do not spin.
      if (status === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, (_, i) => client(i)));
  } finally {
    await pool.close().catch(() => {});
  }
  const sorted = Float64Array.from(latencies).sort();
  const seconds = Math.max(0.001, (measuredEnd - measureFrom) / 1000);
  let serverErrors = networkErrors;
  let errors = 0;
  for (const [status, count] of byStatus) {
    if (status >= 500) serverErrors += count;
    if (status < 200 || status >= 300) errors += count;
  }
  return {
    requests: sorted.length,
    seconds,
    rps: sorted.length / seconds,
    latencies: sorted,
    byStatus,
    networkErrors,
    serverErrors,
    errors,
    errorSamples,
  };
}
