/**
 * Redis for the load benchmark: a private redis-server (test/support/redis.ts) and the Upstash
 * REST proxy in its own Node process, so the proxy does not share the load generator's event
 * loop (in-process, it would be measured as client overhead).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { freePort, isListening, stopChild, waitFor } from "../../scripts/lib/services";
import { startTestRedis, type TestRedis } from "../../test/support/redis";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface BenchRedis {
  redis: TestRedis;
  restUrl: string;
  restToken: string;
  /** One Redis command through the proxy (plain JSON, no base64). */
  command(args: (string | number)[]): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startBenchRedis(): Promise<BenchRedis> {
  const redis = await startTestRedis();
  const port = await freePort();
  const restToken = randomBytes(16).toString("hex");
  let proxy: ChildProcess | undefined;
  try {
    proxy = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "infra/upstash-proxy/main.ts",
        "--port",
        String(port),
        "--redis",
        `${redis.host}:${redis.port}`,
        "--token",
        restToken,
      ],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
    );
    await waitFor("the Upstash REST proxy", () => isListening(port), 20_000);
  } catch (error) {
    if (proxy) await stopChild(proxy);
    await redis.dispose();
    throw error;
  }
  const restUrl = `http://127.0.0.1:${port}`;
  const child = proxy;
  return {
    redis,
    restUrl,
    restToken,
    async command(args) {
      const response = await fetch(restUrl, {
        method: "POST",
        headers: { Authorization: `Bearer ${restToken}`, "Content-Type": "application/json" },
        body: JSON.stringify(args.map(String)),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await response.json()) as { result?: unknown; error?: string };
      if (body.error) throw new Error(`redis ${args[0]}: ${body.error}`);
      return body.result;
    },
    async stop() {
      await stopChild(child);
      await redis.dispose();
    },
  };
}
