/**
 * Starts a real Prometheus (the Debian `prometheus` binary) for end-to-end tests: loopback only,
 * a free port, a throw-away TSDB directory, the remote-write receiver on. Reusable by any e2e
 * suite (the Worker-level e2e points PROMETHEUS_REMOTE_WRITE_URL at `remoteWriteUrl`).
 *
 *   const prom = await startPrometheus();
 *   ... push to prom.remoteWriteUrl ...
 *   expect(await prom.queryValue('sum(cache_hits_total)')).toBe(7);
 *   await prom.stop();
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../../scripts/lib/services";

/** Default config: the project's own (rule_files → alerts.yml), so the real rules get loaded. */
export const PROMETHEUS_CONFIG = resolve(import.meta.dirname, "../../infra/prometheus/prometheus.yml");

/** One element of an instant-vector result. */
export interface VectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

/** A running Prometheus. */
export interface PrometheusInstance {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /** Where to POST remote-write requests. */
  readonly remoteWriteUrl: string;
  /** Raw instant query: HTTP status and parsed body (a parse error answers 400, errorType bad_data). */
  queryRaw(expr: string, timeSeconds?: number): Promise<{ status: number; body: QueryResponse }>;
  /** Instant query returning the vector (throws on error or a non-vector result). */
  queryVector(expr: string, timeSeconds?: number): Promise<VectorSample[]>;
  /** Instant query expecting exactly one sample; returns its value as a number. */
  queryValue(expr: string, timeSeconds?: number): Promise<number>;
  /** Prometheus' own stdout+stderr so far, for failure messages. */
  logs(): string;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and deletes the TSDB directory. */
  stop(): Promise<void>;
}

/** The JSON body of /api/v1/query. */
export interface QueryResponse {
  status: "success" | "error";
  data?: { resultType: string; result: unknown };
  errorType?: string;
  error?: string;
}

/** Options for {@link startPrometheus}. */
export interface StartOptions {
  configFile?: string;
  binary?: string;
  /** Upper bound on the wait for /-/ready; startup normally takes well under a second. */
  readyTimeoutMs?: number;
  extraArgs?: string[];
}

/** True if a `prometheus` binary is on PATH (tests skip with a clear message otherwise). */
export function hasPrometheus(binary = "prometheus"): boolean {
  return spawnSync(binary, ["--version"], { stdio: "ignore" }).status === 0;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Starts Prometheus and waits until it is ready. */
export async function startPrometheus(options: StartOptions = {}): Promise<PrometheusInstance> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "promshield-prometheus-"));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    options.binary ?? "prometheus",
    [
      `--config.file=${options.configFile ?? PROMETHEUS_CONFIG}`,
      `--storage.tsdb.path=${dataDir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--web.enable-remote-write-receiver",
      "--log.level=warn",
      ...(options.extraArgs ?? []),
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      if (!(await exited(child, 5_000))) {
        child.kill("SIGKILL");
        await exited(child, 2_000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  // Bounded readiness loop: a config error exits at once, a hang is cut off at the deadline.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 15_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited with ${child.exitCode} before becoming ready:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus not ready after ${options.readyTimeoutMs ?? 15_000} ms:\n${output}`);
    }
    await delay(50);
  }

  const queryRaw = async (expr: string, timeSeconds?: number) => {
    const params = new URLSearchParams({ query: expr });
    if (timeSeconds !== undefined) params.set("time", String(timeSeconds));
    const response = await fetch(`${url}/api/v1/query`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: params,
    });
    return { status: response.status, body: (await response.json()) as QueryResponse };
  };

  const queryVector = async (expr: string, timeSeconds?: number) => {
    const { status, body } = await queryRaw(expr, timeSeconds);
    if (status !== 200 || body.status !== "success" || body.data?.resultType !== "vector") {
      throw new Error(`query ${expr} failed (${status}): ${body.error ?? body.data?.resultType}`);
    }
    return body.data.result as VectorSample[];
  };

  return {
    url,
    remoteWriteUrl: `${url}/api/v1/write`,
    queryRaw,
    queryVector,
    async queryValue(expr, timeSeconds) {
      const result = await queryVector(expr, timeSeconds);
      if (result.length !== 1) throw new Error(`query ${expr} returned ${result.length} samples, expected 1`);
      return Number(result[0]?.value[1]);
    },
    logs: () => output,
    stop,
  };
}
