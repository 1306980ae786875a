/**
 * The local stack without Docker: `npm run stack` (start), `npm run stack:stop`,
 * `npm run stack:status`.
 *
 * Starts, on loopback only and detached from this shell, from locally installed packages:
 *   redis         redis-server, append-only, data in .stack/redis          (STACK_REDIS_PORT, 6379)
 *   upstash       the Upstash REST proxy in front of it (infra/upstash-proxy) (STACK_PROXY_PORT, 8079)
 *   alertmanager  Alertmanager, if installed (Debian prometheus-alertmanager) (STACK_ALERTMANAGER_PORT, 9093)
 *   prometheus    Prometheus with the remote-write receiver and infra/prometheus/alerts.yml
 *                                                                            (STACK_PROMETHEUS_PORT, 9090)
 * Everything lives under .stack/ (git-ignored; STACK_DIR moves it): pid files in run/, logs in
 * logs/, the REST and metrics tokens, the generated Prometheus config, and `dev.vars` — the lines
 * the Worker needs (`npm run dev:full` passes them to wrangler dev with --env-file).
 * `stop` stops exactly the processes whose pid files it finds, after checking that each pid still
 * runs the command it started (pids get reused). STACK_ALERTMANAGER=off skips Alertmanager.
 *
 * To add a service: write one more ServiceDefinition and add it to SERVICES (start order);
 * start/stop/status and the summary pick it up.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  findBinary,
  httpReady,
  isListening,
  LOOPBACK,
  MissingBinaryError,
  processMatches,
  redisAnswersPing,
  startRedisServer,
  stopPid,
  waitFor,
} from "./lib/services";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ALERT_RULES = join(ROOT, "infra/prometheus/alerts.yml");
const ALERTMANAGER_CONFIG = join(ROOT, "infra/alertmanager/alertmanager.yml");

/** Where the stack keeps its state: STACK_DIR (absolute, or relative to the project), else .stack/. */
export function stackDir(): string {
  const configured = process.env.STACK_DIR;
  if (!configured) return join(ROOT, ".stack");
  return isAbsolute(configured) ? configured : resolve(ROOT, configured);
}

/** What every service gets to start itself. */
export interface StackContext {
  dir: string;
  redisPort: number;
  proxyPort: number;
  prometheusPort: number;
  alertmanagerPort: number;
  /** Bearer token of the Upstash REST proxy. */
  token: string;
  /** METRICS_TOKEN for the Worker's GET /metrics (pull mode). */
  metricsToken: string;
  /** The Alertmanager binary, or null when it is not installed or STACK_ALERTMANAGER=off. */
  alertmanagerBinary: string | null;
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
  /** The environment variable that moves its port. */
  portEnv: string;
  port: (context: StackContext) => number;
  /** Null when the service can run; otherwise why it is skipped (optional services only). */
  skipReason?: (context: StackContext) => string | null;
  /** Starts the service detached, logging to `logFd`; resolves with its pid record once ready. */
  start: (context: StackContext, logFd: number) => Promise<PidRecord>;
  /** Lines for the summary. */
  describe: (context: StackContext) => string[];
  /** Whether the running service answers (for `status`). */
  healthy: (context: StackContext) => Promise<boolean>;
}

/** Spawns a detached child logging to `logFd`; readiness is checked by the caller. */
function spawnDetached(
  command: string,
  args: string[],
  logFd: number,
  env: NodeJS.ProcessEnv = process.env,
): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ["ignore", logFd, logFd], env });
  child.unref();
  return child;
}

/** Waits until `ready()`; fails early (and kills the child) if the child exits first. */
async function awaitReady(name: string, child: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
  let exited: string | null = null;
  child.once("exit", (code, signal) => {
    exited = `${name} exited early (code ${code}, signal ${signal}); see ${join(stackDir(), "logs", `${name}.log`)}`;
  });
  child.once("error", (error) => {
    exited = `${name} could not start: ${error.message}`;
  });
  try {
    await waitFor(name, async () => {
      if (exited) throw new Error(exited);
      return ready();
    });
  } catch (error) {
    child.kill("SIGKILL");
    throw exited ? new Error(exited) : error;
  }
}

/**
 * The Prometheus configuration of the stack, generated from infra/prometheus/prometheus.yml's
 * settings: the same rules (absolute path) and, when Alertmanager runs, its address. Written as
 * JSON, which is valid YAML, so no YAML library is needed.
 */
export function stackPrometheusConfig(context: StackContext): string {
  const config: Record<string, unknown> = {
    global: { evaluation_interval: "15s", scrape_interval: "15s" },
    rule_files: [ALERT_RULES],
  };
  if (context.alertmanagerBinary) {
    config.alerting = {
      alertmanagers: [{ static_configs: [{ targets: [`${LOOPBACK}:${context.alertmanagerPort}`] }] }],
    };
  }
  return `# Generated by scripts/stack.ts on every start; edit infra/prometheus/ instead.\n${JSON.stringify(config, null, 2)}\n`;
}

const SERVICES: ServiceDefinition[] = [
  {
    name: "redis",
    portEnv: "STACK_REDIS_PORT",
    port: (context) => context.redisPort,
    async start(context, logFd) {
      const dir = join(context.dir, "redis");
      mkdirSync(dir, { recursive: true });
      const child = await startRedisServer({
        port: context.redisPort,
        dir,
        detached: true,
        logFd,
        persist: true,
      });
      return { pid: child.pid ?? 0, marker: `redis-server ${LOOPBACK}:${context.redisPort}` };
    },
    describe: (context) => [
      `redis         ${LOOPBACK}:${context.redisPort}  (redis-cli -p ${context.redisPort}; append-only, data in ${join(context.dir, "redis")})`,
    ],
    healthy: (context) => redisAnswersPing(context.redisPort).catch(() => false),
  },
  {
    name: "upstash",
    portEnv: "STACK_PROXY_PORT",
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
      const child = spawnDetached(process.execPath, args, logFd, {
        ...process.env,
        UPSTASH_REDIS_REST_TOKEN: context.token,
      });
      const url = `http://${LOOPBACK}:${context.proxyPort}`;
      await awaitReady("upstash", child, () =>
        httpReady(`${url}/ping`, 1000, { Authorization: `Bearer ${context.token}` }),
      );
      return { pid: child.pid ?? 0, marker: `main.ts --port ${context.proxyPort}` };
    },
    describe: (context) => [
      `upstash       http://${LOOPBACK}:${context.proxyPort}  (Upstash REST proxy → redis)`,
    ],
    healthy: (context) =>
      httpReady(`http://${LOOPBACK}:${context.proxyPort}/ping`, 1000, {
        Authorization: `Bearer ${context.token}`,
      }),
  },
  {
    name: "alertmanager",
    portEnv: "STACK_ALERTMANAGER_PORT",
    port: (context) => context.alertmanagerPort,
    skipReason: (context) =>
      context.alertmanagerBinary
        ? null
        : process.env.STACK_ALERTMANAGER === "off"
          ? "STACK_ALERTMANAGER=off"
          : "not installed (apt-get install -y prometheus-alertmanager); alerts show in Prometheus only",
    async start(context, logFd) {
      const dir = join(context.dir, "alertmanager");
      mkdirSync(dir, { recursive: true });
      const listen = `${LOOPBACK}:${context.alertmanagerPort}`;
      const child = spawnDetached(
        context.alertmanagerBinary ?? "alertmanager",
        [
          `--config.file=${ALERTMANAGER_CONFIG}`,
          `--storage.path=${dir}`,
          `--web.listen-address=${listen}`,
          // An empty cluster address turns clustering off (it would listen on 0.0.0.0:9094).
          "--cluster.listen-address=",
        ],
        logFd,
      );
      await awaitReady("alertmanager", child, () => httpReady(`http://${listen}/-/ready`));
      return { pid: child.pid ?? 0, marker: `--web.listen-address=${listen}` };
    },
    describe: (context) => [`alertmanager  http://${LOOPBACK}:${context.alertmanagerPort}`],
    healthy: (context) => httpReady(`http://${LOOPBACK}:${context.alertmanagerPort}/-/ready`),
  },
  {
    name: "prometheus",
    portEnv: "STACK_PROMETHEUS_PORT",
    port: (context) => context.prometheusPort,
    async start(context, logFd) {
      const binary = findBinary(["prometheus"]);
      if (!binary) throw new MissingBinaryError("prometheus", "prometheus");
      const dir = join(context.dir, "prometheus");
      mkdirSync(join(dir, "data"), { recursive: true });
      const configFile = join(dir, "prometheus.yml");
      writeFileSync(configFile, stackPrometheusConfig(context));
      const listen = `${LOOPBACK}:${context.prometheusPort}`;
      const child = spawnDetached(
        binary,
        [
          `--config.file=${configFile}`,
          `--storage.tsdb.path=${join(dir, "data")}`,
          `--web.listen-address=${listen}`,
          "--web.enable-remote-write-receiver",
        ],
        logFd,
      );
      await awaitReady("prometheus", child, () => httpReady(`http://${listen}/-/ready`));
      return { pid: child.pid ?? 0, marker: `--web.listen-address=${listen}` };
    },
    describe: (context) => [
      `prometheus    http://${LOOPBACK}:${context.prometheusPort}  (remote-write: /api/v1/write; rules: infra/prometheus/alerts.yml)`,
    ],
    healthy: (context) => httpReady(`http://${LOOPBACK}:${context.prometheusPort}/-/ready`),
  },
];

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`${name} must be a TCP port, got "${raw}"`);
  return port;
}

/** A token from `override`, else the one in `file` (created once, random, mode 600). */
function loadToken(dir: string, fileName: string, override: string | undefined): string {
  if (override) return override;
  const file = join(dir, fileName);
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** The stack's settings from the environment (creates the state folder). */
export function contextFromEnv(): StackContext {
  const dir = stackDir();
  mkdirSync(join(dir, "run"), { recursive: true });
  mkdirSync(join(dir, "logs"), { recursive: true });
  return {
    dir,
    redisPort: portFromEnv("STACK_REDIS_PORT", 6379),
    proxyPort: portFromEnv("STACK_PROXY_PORT", 8079),
    prometheusPort: portFromEnv("STACK_PROMETHEUS_PORT", 9090),
    alertmanagerPort: portFromEnv("STACK_ALERTMANAGER_PORT", 9093),
    token: loadToken(dir, "token", process.env.STACK_REDIS_TOKEN),
    metricsToken: loadToken(dir, "metrics-token", process.env.STACK_METRICS_TOKEN),
    alertmanagerBinary:
      process.env.STACK_ALERTMANAGER === "off"
        ? null
        : findBinary(["prometheus-alertmanager", "alertmanager"]),
  };
}

const pidFile = (dir: string, service: ServiceDefinition) => join(dir, "run", `${service.name}.pid`);

/** The live process recorded for `service`, or null (a stale pid file is removed). */
function running(dir: string, service: ServiceDefinition): PidRecord | null {
  const file = pidFile(dir, service);
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

/** The Worker's variables for this stack (what `.stack/dev.vars` holds). */
export function devVarsLines(context: StackContext): string[] {
  return [
    `UPSTASH_REDIS_REST_URL=http://${LOOPBACK}:${context.proxyPort}`,
    `UPSTASH_REDIS_REST_TOKEN=${context.token}`,
    "PROMETHEUS_ENABLED=true",
    `PROMETHEUS_REMOTE_WRITE_URL=http://${LOOPBACK}:${context.prometheusPort}/api/v1/write`,
    `METRICS_TOKEN=${context.metricsToken}`,
  ];
}

/** Path of the generated env file for `wrangler dev --env-file`. */
export const devVarsFile = (context: StackContext) => join(context.dir, "dev.vars");

/** What {@link startStack} did. */
export interface StartResult {
  context: StackContext;
  started: string[];
  alreadyRunning: string[];
  skipped: { name: string; reason: string }[];
}

/**
 * Starts every service that is not running yet. If one fails, the ones this call started are
 * stopped again (nothing half-started is left behind) and the error is rethrown.
 */
export async function startStack(log: (line: string) => void = () => {}): Promise<StartResult> {
  const context = contextFromEnv();
  const result: StartResult = { context, started: [], alreadyRunning: [], skipped: [] };
  try {
    for (const service of SERVICES) {
      const reason = service.skipReason?.(context) ?? null;
      if (reason) {
        result.skipped.push({ name: service.name, reason });
        log(`${service.name}: skipped (${reason})`);
        continue;
      }
      const existing = running(context.dir, service);
      if (existing) {
        result.alreadyRunning.push(service.name);
        log(`${service.name}: already running (pid ${existing.pid})`);
        continue;
      }
      const port = service.port(context);
      if (await isListening(port)) {
        throw new Error(
          `${service.name}: port ${port} on ${LOOPBACK} is already in use by another program; set ${service.portEnv}`,
        );
      }
      const logFd = openSync(join(context.dir, "logs", `${service.name}.log`), "a");
      try {
        const record = await service.start(context, logFd);
        writeFileSync(pidFile(context.dir, service), JSON.stringify(record));
        result.started.push(service.name);
        log(`${service.name}: started (pid ${record.pid})`);
      } finally {
        closeSync(logFd);
      }
    }
  } catch (error) {
    if (result.started.length > 0) {
      log(`stopping what this start began: ${result.started.join(", ")}`);
      await stopStack(result.started);
    }
    throw error;
  }
  writeFileSync(devVarsFile(context), `${devVarsLines(context).join("\n")}\n`, { mode: 0o600 });
  return result;
}

/**
 * Stops the services named (default: all) whose pid files point at live processes that still
 * run what was started; returns the names stopped. Never signals anything else.
 */
export async function stopStack(
  names?: readonly string[],
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const dir = stackDir();
  const stopped: string[] = [];
  for (const service of [...SERVICES].reverse()) {
    if (names && !names.includes(service.name)) continue;
    const record = running(dir, service);
    if (!record) {
      log(`${service.name}: not running`);
      continue;
    }
    await stopPid(record.pid);
    rmSync(pidFile(dir, service), { force: true });
    stopped.push(service.name);
    log(`${service.name}: stopped (pid ${record.pid})`);
  }
  return stopped;
}

/** Each service: its pid (null when not running). */
export function stackProcesses(): { name: string; pid: number | null }[] {
  const dir = stackDir();
  return SERVICES.map((service) => ({ name: service.name, pid: running(dir, service)?.pid ?? null }));
}

function printSummary(result: StartResult): void {
  const { context } = result;
  const active = SERVICES.filter((service) => !result.skipped.some((skip) => skip.name === service.name));
  console.log("\nLocal stack (loopback only):");
  for (const service of active) for (const line of service.describe(context)) console.log(`  ${line}`);
  console.log(`\nThe Worker's variables for this stack (also in ${devVarsFile(context)}):\n`);
  for (const line of devVarsLines(context)) console.log(line);
  console.log(`
Run the Worker against it:  npm run dev:full   (or copy the lines above into .dev.vars and npm run dev)
Logs: ${join(context.dir, "logs")}   Status: npm run stack:status   Stop: npm run stack:stop`);
}

async function status(): Promise<void> {
  const context = contextFromEnv();
  for (const service of SERVICES) {
    const record = running(context.dir, service);
    if (!record) {
      const reason = service.skipReason?.(context) ?? null;
      console.log(`${service.name}: not running${reason ? ` (${reason})` : ""}`);
      continue;
    }
    const healthy = await service.healthy(context);
    console.log(`${service.name}: running (pid ${record.pid}), ${healthy ? "answering" : "NOT answering"}`);
  }
}

const commands: Record<string, () => Promise<void>> = {
  async start() {
    printSummary(await startStack(console.log));
  },
  async stop() {
    await stopStack(undefined, console.log);
  },
  status,
};

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const command = commands[process.argv[2] ?? "start"];
  if (!command) {
    console.error("usage: tsx scripts/stack.ts [start|stop|status]");
    process.exit(2);
  }
  command().catch((error: unknown) => {
    if (error instanceof MissingBinaryError) console.error(error.message);
    else console.error(`stack: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
