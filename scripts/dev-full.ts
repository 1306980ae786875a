/**
 * `npm run dev:full`: the Worker against the local stack. Starts the stack if it is not running
 * (`npm run stack`: redis, the Upstash REST proxy, Prometheus, Alertmanager when installed), then
 * runs `npm run dev` (wrangler dev on 127.0.0.1:8787) with the stack's variables:
 *
 *   wrangler dev --env-file .dev.vars --env-file .stack/dev.vars
 *
 * Your own .dev.vars (SECRET_KEY, provider keys, ...) is read first and never written; the
 * stack's lines (UPSTASH_REDIS_REST_URL/TOKEN, PROMETHEUS_ENABLED, PROMETHEUS_REMOTE_WRITE_URL,
 * METRICS_TOKEN) override it. (Passing any --env-file makes wrangler skip .dev.vars, hence both.)
 *
 * On exit (Ctrl-C) it stops the services it started itself; a stack that was already running is
 * left running. `--keep-stack` leaves everything running. Other arguments go to wrangler dev.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { MissingBinaryError } from "./lib/services";
import { devVarsFile, ROOT, startStack, stopStack } from "./stack";

const args = process.argv.slice(2);
const keepStack = args.includes("--keep-stack");
const wranglerArgs = args.filter((arg) => arg !== "--keep-stack");

let started: string[] = [];
let envFile: string;
try {
  const result = await startStack((line) => console.log(`stack: ${line}`));
  started = result.started;
  envFile = devVarsFile(result.context);
} catch (error) {
  console.error(
    error instanceof MissingBinaryError ? error.message : `dev:full: ${(error as Error).message}`,
  );
  process.exit(1);
}

const userDevVars = join(ROOT, ".dev.vars");
const envFiles = [...(existsSync(userDevVars) ? [userDevVars] : []), envFile];
console.log(`dev:full: wrangler dev with ${envFiles.map((file) => `--env-file ${file}`).join(" ")}`);

const child = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    join(ROOT, "scripts/dev.ts"),
    ...envFiles.flatMap((file) => ["--env-file", file]),
    ...wranglerArgs,
  ],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, PATH: `${join(ROOT, "node_modules/.bin")}:${process.env.PATH ?? ""}` },
  },
);

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (!keepStack && started.length > 0) {
      console.log(`dev:full: stopping the stack services it started (${started.join(", ")})`);
      await stopStack(started);
    } else if (started.length === 0) {
      console.log("dev:full: the stack was already running; left running (npm run stack:stop)");
    }
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => void shutdown(code ?? 0));
