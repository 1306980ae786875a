/**
 * CLI: `npx tsx infra/upstash-proxy/main.ts --port 8079 --redis 127.0.0.1:6379 --token dev
 * [--max-request-bytes 10485760]`. Prints one "listening" line, stops on SIGINT/SIGTERM.
 */
import { parseArgs } from "node:util";
import { startProxy } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8079" },
    host: { type: "string", default: "127.0.0.1" },
    redis: { type: "string", default: "127.0.0.1:6379" },
    token: { type: "string", default: process.env.UPSTASH_REDIS_REST_TOKEN ?? "dev" },
    "max-request-bytes": { type: "string" },
  },
});

const maxRequestBytes = values["max-request-bytes"] ? Number(values["max-request-bytes"]) : undefined;
const proxy = await startProxy({
  port: Number(values.port),
  host: values.host,
  redisUrl: values.redis,
  token: values.token,
  ...(maxRequestBytes !== undefined ? { maxRequestBytes } : {}),
});
console.log(`upstash-proxy listening on ${proxy.url} → redis ${values.redis}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    proxy.close().then(() => process.exit(0));
  });
}
