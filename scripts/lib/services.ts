/**
 * Local services for development and tests (redis-server, the Upstash REST proxy, Prometheus,
 * Alertmanager): finding binaries, free ports, waiting for readiness, starting and stopping
 * processes. Used by `scripts/stack.ts` (detached, with pid files), `scripts/dev-full.ts` and by
 * `test/support/` (attached children).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import { RespConnection } from "../../infra/upstash-proxy/resp";

/** Loopback only: these services have no real authentication. */
export const LOOPBACK = "127.0.0.1";

/** A required program is not installed; the message says how to install it. */
export class MissingBinaryError extends Error {
  constructor(binary: string, aptPackage: string) {
    super(
      `${binary} was not found on PATH. Install it with:\n\n    apt-get update && apt-get install -y ${aptPackage}\n\n` +
        "(Debian/Ubuntu; on macOS: brew install redis). It is needed for the local stack and the integration tests.",
    );
    this.name = "MissingBinaryError";
  }
}

/** Throws MissingBinaryError unless `binary --version` runs. */
export function requireBinary(binary: string, aptPackage: string): void {
  const probe = spawnSync(binary, ["--version"], { stdio: "ignore" });
  if (probe.error) throw new MissingBinaryError(binary, aptPackage);
}

/**
 * The first of `candidates` that runs with `--version` (e.g. Debian names Alertmanager
 * `prometheus-alertmanager`, upstream `alertmanager`), or null.
 */
export function findBinary(candidates: readonly string[]): string | null {
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ["--version"], { stdio: "ignore" });
    if (!probe.error && probe.status === 0) return candidate;
  }
  return null;
}

/** True when GET `url` answers 2xx within `timeoutMs` (e.g. Prometheus' `/-/ready`). */
export async function httpReady(
  url: string,
  timeoutMs = 1000,
  headers: Record<string, string> = {},
): Promise<boolean> {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Ports freePort hands out: below Linux's default ephemeral range (32768–60999), from which the OS
 * assigns ports by itself. A port the OS picked for us (listen on port 0) and we released could go
 * to another test's listen(0) or outgoing connection before our service bound it: one CI run's
 * stack test found its Alertmanager port taken that way.
 */
const FREE_PORT_MIN = 20_000;
const FREE_PORT_SPAN = 12_000;

/** True when a TCP server can bind 127.0.0.1:port right now. */
function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, LOOPBACK, () => server.close(() => resolve(true)));
  });
}

/** A port on 127.0.0.1 that is free now and that the OS does not hand out by itself (see above). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = FREE_PORT_MIN + Math.floor(Math.random() * FREE_PORT_SPAN);
    if (await canBind(port)) return port;
  }
  throw new Error(`no free port in ${FREE_PORT_MIN}-${FREE_PORT_MIN + FREE_PORT_SPAN - 1} on ${LOOPBACK}`);
}

/** True when something accepts TCP connections on host:port. */
export function isListening(port: number, host = LOOPBACK): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(500);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Polls `check` every 50 ms until it returns true; throws after `timeoutMs` with `what` in the message. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** True when Redis on host:port answers PING. */
export async function redisAnswersPing(port: number, host = LOOPBACK): Promise<boolean> {
  const connection = await RespConnection.connect(host, port, 500);
  try {
    const [reply] = await connection.send([[Buffer.from("PING")]]);
    return Buffer.isBuffer(reply) && reply.toString() === "PONG";
  } finally {
    connection.close();
  }
}

/**
 * Arguments of a redis-server on loopback with its working directory (and log) in `dir`. By
 * default a throwaway one: no persistence (no RDB, no AOF). With `persist`, append-only (AOF,
 * fsync every second) in `dir`, so the local stack keeps its data across restarts.
 */
export function redisServerArgs(port: number, dir: string, persist = false): string[] {
  return [
    "--port",
    String(port),
    "--bind",
    LOOPBACK,
    "--save",
    "",
    "--appendonly",
    persist ? "yes" : "no",
    ...(persist ? ["--appendfsync", "everysec"] : []),
    "--dir",
    dir,
    "--daemonize",
    "no",
  ];
}

/** Options of {@link startRedisServer}. */
export interface RedisServerOptions {
  port: number;
  dir: string;
  /** Detach from this process (stack) instead of dying with it (tests). */
  detached?: boolean;
  /** Where stdout/stderr go when detached (a file descriptor), default ignored. */
  logFd?: number;
  /** Append-only persistence in `dir` (default off: a throwaway server). */
  persist?: boolean;
}

/** Starts redis-server and resolves once it answers PING. */
export async function startRedisServer(options: RedisServerOptions): Promise<ChildProcess> {
  requireBinary("redis-server", "redis-server");
  const output = options.logFd ?? "ignore";
  const child = spawn("redis-server", redisServerArgs(options.port, options.dir, options.persist ?? false), {
    detached: options.detached ?? false,
    stdio: ["ignore", output, output],
  });
  let exited: string | null = null;
  child.once("exit", (code, signal) => {
    exited = `redis-server exited early (code ${code}, signal ${signal}); is port ${options.port} in use?`;
  });
  await waitFor(`redis-server on ${LOOPBACK}:${options.port}`, async () => {
    if (exited) throw new Error(exited);
    return redisAnswersPing(options.port);
  }).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw exited ? new Error(exited) : error;
  });
  if (options.detached) child.unref();
  return child;
}

/** Stops a child we started and resolves when it has exited (SIGKILL after `graceMs`). */
export function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** True when process `pid` exists and its command line contains `marker` (guards against pid reuse). */
export function processMatches(pid: number, marker: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").includes(marker);
  } catch {
    // No /proc (macOS): the pid exists; trust the pid file.
    return true;
  }
}

/** Sends SIGTERM to `pid` and waits until it is gone (SIGKILL after `graceMs`). */
export async function stopPid(pid: number, graceMs = 3000): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (alive()) process.kill(pid, "SIGKILL");
}
