/**
 * The local stack: `npm run stack` (start), `npm run stack:stop`, `tsx scripts/stack.ts status`.
 *
 * Starts, on loopback only and detached from this shell:
 *   redis      redis-server, no persistence, working dir .stack/redis      (STACK_REDIS_PORT, 6379)
 *   upstash    the Upstash REST proxy in front of it                       (STACK_PROXY_PORT, 8079)
 * Everything lives under .stack/ (git-ignored): pid files in .stack/run, logs in .stack/logs, the
 * REST token in .stack/token. `stop` stops exactly the processes whose pid files it finds, after
 * checking that each pid still runs the command it started (pids get reused).
 *
 * To add a service (e.g. Prometheus): write one more ServiceDefinition and append it to SERVICES;
 * start/stop/status and the summary pick it up.
 */

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  isListening,
  LOOPBACK,
  MissingBinaryError,
  processMatches,
  redisAnswersPing,
  startRedisServer,
  stopPid,
  waitFor,
} from "./lib/services";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const STACK_DIR = join(ROOT, ".stack");
const RUN_DIR = join(STACK_DIR, "run");
const LOG_DIR = join(STACK_DIR, "logs");

/** What every service gets to start itself. */
interface StackContext {
  redisPort: number;
  proxyPort: number;
  token: string;
}

/** What a pid file records. */
interface PidRecord {
  pid: number;
  /** A substring of the process command line, checked before any signal is sent. */
  marker: string;
}

/** One service of the stack. */
interface ServiceDefinition {
  name: string;
  port: (context: StackContext) => number;
  /** Starts the service detached, logging to `logFd`; resolves with its pid record once ready. */
  start: (context: StackContext, logFd: number) => Promise<PidRecord>;
  /** Lines for the summary. */
  describe: (context: StackContext) => string[];
}

const SERVICES: ServiceDefinition[] = [
  {
    name: "redis",
    port: (context) => context.redisPort,
    async start(context, logFd) {
      const dir = join(STACK_DIR, "redis");
      mkdirSync(dir, { recursive: true });
      const child = await startRedisServer({ port: context.redisPort, dir, detached: true, logFd });
      return { pid: child.pid ?? 0, marker: `redis-server ${LOOPBACK}:${context.redisPort}` };
    },
    describe: (context) => [
      `redis      ${LOOPBACK}:${context.redisPort}  (redis-cli -p ${context.redisPort})`,
    ],
  },
  {
    name: "upstash",
    port: (context) => context.proxyPort,
    async start(context, logFd) {
      const script = join(ROOT, "infra/upstash-proxy/main.ts");
      const args = [
        "--import",
        "tsx",
        script,
        "--port",
        String(context.proxyPort),
        "--redis",
        `${LOOPBACK}:${context.redisPort}`,
      ];
      // The token goes through the environment, not argv: argv is visible to every local user in ps.
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        detached: true,
        stdio: ["ignore", logFd, logFd],
        env: { ...process.env, UPSTASH_REDIS_REST_TOKEN: context.token },
      });
      child.unref();
      const url = `http://${LOOPBACK}:${context.proxyPort}`;
      await waitFor(`the Upstash REST proxy on ${url}`, async () => {
        if (child.exitCode !== null)
          throw new Error(`the proxy exited (code ${child.exitCode}); see .stack/logs/upstash.log`);
        const response = await fetch(`${url}/ping`, {
          headers: { Authorization: `Bearer ${context.token}` },
        });
        return response.ok;
      });
      return { pid: child.pid ?? 0, marker: "infra/upstash-proxy/main.ts" };
    },
    describe: (context) => [
      `upstash    http://${LOOPBACK}:${context.proxyPort}  (Upstash REST proxy → redis)`,
    ],
  },
];

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name} must be a TCP port, got "${raw}"`);
  return port;
}

/** The REST token: STACK_REDIS_TOKEN, else the one in .stack/token (created once, random). */
function loadToken(): string {
  if (process.env.STACK_REDIS_TOKEN) return process.env.STACK_REDIS_TOKEN;
  const file = join(STACK_DIR, "token");
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function contextFromEnv(): StackContext {
  mkdirSync(RUN_DIR, { recursive: true });
  mkdirSync(LOG_DIR, { recursive: true });
  return {
    redisPort: portFromEnv("STACK_REDIS_PORT", 6379),
    proxyPort: portFromEnv("STACK_PROXY_PORT", 8079),
    token: loadToken(),
  };
}

const pidFile = (service: ServiceDefinition) => join(RUN_DIR, `${service.name}.pid`);

/** The live process recorded for `service`, or null (a stale pid file is removed). */
function running(service: ServiceDefinition): PidRecord | null {
  const file = pidFile(service);
  if (!existsSync(file)) return null;
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as PidRecord;
    if (processMatches(record.pid, record.marker)) return record;
  } catch {
    // Unreadable pid file: treat as stale.
  }
  rmSync(file, { force: true });
  return null;
}

function printSummary(context: StackContext): void {
  console.log("\nLocal stack (loopback only):");
  for (const service of SERVICES) for (const line of service.describe(context)) console.log(`  ${line}`);
  console.log(`\nFor the Worker, put these lines in .dev.vars:\n
UPSTASH_REDIS_REST_URL=http://${LOOPBACK}:${context.proxyPort}
UPSTASH_REDIS_REST_TOKEN=${context.token}
\nLogs: .stack/logs/   Stop: npm run stack:stop`);
}

async function start(): Promise<void> {
  const context = contextFromEnv();
  for (const service of SERVICES) {
    const existing = running(service);
    if (existing) {
      console.log(`${service.name}: already running (pid ${existing.pid})`);
      continue;
    }
    const port = service.port(context);
    if (await isListening(port)) {
      throw new Error(
        `${service.name}: port ${port} on ${LOOPBACK} is already in use by another program; set STACK_${service.name === "redis" ? "REDIS" : "PROXY"}_PORT`,
      );
    }
    const logFd = openSync(join(LOG_DIR, `${service.name}.log`), "a");
    try {
      const record = await service.start(context, logFd);
      writeFileSync(pidFile(service), JSON.stringify(record));
      console.log(`${service.name}: started (pid ${record.pid})`);
    } finally {
      closeSync(logFd);
    }
  }
  printSummary(context);
}

async function stop(): Promise<void> {
  for (const service of [...SERVICES].reverse()) {
    const record = running(service);
    if (!record) {
      console.log(`${service.name}: not running`);
      continue;
    }
    await stopPid(record.pid);
    rmSync(pidFile(service), { force: true });
    console.log(`${service.name}: stopped (pid ${record.pid})`);
  }
}

async function status(): Promise<void> {
  const context = contextFromEnv();
  for (const service of SERVICES) {
    const record = running(service);
    console.log(`${service.name}: ${record ? `running (pid ${record.pid})` : "not running"}`);
  }
  if (running(SERVICES[0] as ServiceDefinition)) {
    console.log(
      `redis PING: ${(await redisAnswersPing(context.redisPort).catch(() => false)) ? "PONG" : "no answer"}`,
    );
  }
}

const commands: Record<string, () => Promise<void>> = { start, stop, status };
const command = commands[process.argv[2] ?? "start"];
if (!command) {
  console.error(`usage: tsx scripts/stack.ts [start|stop|status]`);
  process.exit(2);
}
command().catch((error: unknown) => {
  if (error instanceof MissingBinaryError) console.error(error.message);
  else console.error(`stack: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
