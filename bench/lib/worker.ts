/**
 * Runs the Worker in Miniflare on an esbuild bundle (the fastest of the three ways in
 * ../shared/TOOLCHAIN.md), with the Durable Objects and vars of wrangler.toml plus `vars`.
 * Used by `npm run bench:load` and by the fault tests (test/faults).
 *
 * `entry` defaults to `bench/lib/entry.mjs`: src/index.ts unchanged, plus one test-only route,
 * `POST /__bench/abort-durable-objects`, that resets every Durable Object instance through
 * `workerd:unsafe` (what eviction does to in-memory state). Nothing under src/ knows about it.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Log, LogLevel, Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { signAccessToken } from "../../src/auth/tokens";
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER } from "../../src/config";

/** SECRET_KEY of Workers started here. */
export const BENCH_SECRET = "bench-secret-key-that-is-at-least-32-bytes-long!";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEFAULT_ENTRY = fileURLToPath(new URL("./entry.mjs", import.meta.url));

export interface BenchWorker {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** A detect/events token for `tenantId`, signed with {@link BENCH_SECRET}. */
  token(tenantId: string): Promise<string>;
  /** Resets every Durable Object instance (in-memory state lost, storage kept, sockets dropped). */
  abortDurableObjects(): Promise<void>;
  /** A Durable Object namespace binding, proxied into Node by Miniflare (RPC works on its stubs). */
  durableObjectNamespace(binding: string): Promise<unknown>;
  stop(): Promise<void>;
}

export interface BenchWorkerOptions {
  vars?: Record<string, string>;
  entry?: string;
  /** Upper bound for Miniflare to become ready. */
  readyTimeoutMs?: number;
}

let bundleCache: Map<string, string> | undefined;

/** Bundles `entry` once per process (same options as bench/ws.ts). */
export async function bundleWorker(entry = DEFAULT_ENTRY): Promise<string> {
  bundleCache ??= new Map();
  const cached = bundleCache.get(entry);
  if (cached) return cached;
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    external: ["cloudflare:*", "node:*", "workerd:*"],
    write: false,
    logLevel: "error",
  });
  const text = result.outputFiles[0]?.text ?? "";
  bundleCache.set(entry, text);
  return text;
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
      timer.unref?.();
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Starts the Worker on 127.0.0.1 (a free port). */
export async function startBenchWorker(options: BenchWorkerOptions = {}): Promise<BenchWorker> {
  const script = await bundleWorker(options.entry ?? DEFAULT_ENTRY);
  const { workerOptions } = unstable_getMiniflareWorkerOptions(`${ROOT}wrangler.toml`);
  const mf = new Miniflare({
    ...workerOptions,
    script,
    modules: true,
    compatibilityFlags: [...(workerOptions.compatibilityFlags ?? []), "unsafe_module"],
    bindings: {
      ...workerOptions.bindings,
      ENVIRONMENT: "test",
      LOG_LEVEL: "ERROR",
      SECRET_KEY: BENCH_SECRET,
      ...options.vars,
    },
    host: "127.0.0.1",
    port: 0,
    // Loopback only: no fetch of the Request.cf object from workers.cloudflare.com.
    cf: false,
    // BENCH_WORKER_LOG=1 shows workerd's own messages (crashes, resets, console output).
    ...(process.env.BENCH_WORKER_LOG ? { log: new Log(LogLevel.DEBUG) } : {}),
  });
  let url: URL;
  try {
    url = await withDeadline(mf.ready, options.readyTimeoutMs ?? 30_000, "starting Miniflare");
  } catch (error) {
    await mf.dispose().catch(() => {});
    throw error;
  }
  const origin = url.origin;
  return {
    origin,
    token: (tenantId) =>
      signAccessToken(
        { tenantId, scopes: ["detect", "events"], ttlSeconds: 3600 },
        { secret: BENCH_SECRET, issuer: DEFAULT_JWT_ISSUER, audience: DEFAULT_JWT_AUDIENCE },
      ),
    async abortDurableObjects() {
      const response = await fetch(`${origin}/__bench/abort-durable-objects`, {
        method: "POST",
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status !== 204) throw new Error(`abort-durable-objects: ${response.status}`);
    },
    durableObjectNamespace: (binding) => mf.getDurableObjectNamespace(binding),
    stop: () => mf.dispose(),
  };
}
