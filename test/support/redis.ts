/**
 * Test harness: a real redis-server on a free loopback port (own temp dir, no persistence) with
 * the Upstash REST proxy in front, so tests use the real @upstash/redis and @upstash/ratelimit.
 * Redis can be stopped and restarted on the same port mid-test, for fault tests.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningProxy, startProxy } from "../../infra/upstash-proxy/server";
import { freePort, LOOPBACK, startRedisServer, stopChild } from "../../scripts/lib/services";

export { MissingBinaryError } from "../../scripts/lib/services";

/** A redis-server owned by the test process. */
export interface TestRedis {
  host: string;
  port: number;
  /** Stops the server (its data is lost: no persistence). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

/** Starts redis-server on a free port. Throws MissingBinaryError (with the apt-get line) if absent. */
export async function startTestRedis(): Promise<TestRedis> {
  const dir = await mkdtemp(join(tmpdir(), "promptshield-redis-"));
  const port = await freePort();
  let child: ChildProcess | null;
  try {
    child = await startRedisServer({ port, dir });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host: LOOPBACK,
    port,
    async stop() {
      if (child) await stopChild(child);
      child = null;
    },
    async restart() {
      if (child) await stopChild(child);
      child = await startRedisServer({ port, dir });
    },
    async dispose() {
      if (child) await stopChild(child);
      child = null;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** redis-server plus the REST proxy: what UPSTASH_REDIS_REST_URL/TOKEN point at in tests. */
export interface TestRedisStack {
  redis: TestRedis;
  proxy: RunningProxy;
  /** UPSTASH_REDIS_REST_URL */
  restUrl: string;
  /** UPSTASH_REDIS_REST_TOKEN */
  restToken: string;
  /** Stops the proxy and Redis, removes the temp dir. */
  stop(): Promise<void>;
}

/** Options of {@link startTestRedisStack}. */
export interface TestRedisStackOptions {
  /** Proxy body cap (bytes); unset = none. */
  maxRequestBytes?: number;
}

/** Starts Redis and the proxy; the token is random per stack. */
export async function startTestRedisStack(options: TestRedisStackOptions = {}): Promise<TestRedisStack> {
  const redis = await startTestRedis();
  const restToken = randomBytes(16).toString("hex");
  let proxy: RunningProxy;
  try {
    proxy = await startProxy({
      redisHost: redis.host,
      redisPort: redis.port,
      token: restToken,
      // Fault tests stop Redis: answer 503 at once instead of waiting for a connect timeout.
      connectTimeoutMs: 500,
      ...(options.maxRequestBytes !== undefined ? { maxRequestBytes: options.maxRequestBytes } : {}),
    });
  } catch (error) {
    await redis.dispose();
    throw error;
  }
  return {
    redis,
    proxy,
    restUrl: proxy.url,
    restToken,
    async stop() {
      await proxy.close();
      await redis.dispose();
    },
  };
}
