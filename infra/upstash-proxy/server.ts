/**
 * An Upstash-REST-compatible HTTP front for a local `redis-server`, so that the real
 * `@upstash/redis` and `@upstash/ratelimit` clients can be developed and tested without a cloud
 * account. Contract: /work/shared/PROVIDERS.md §5 and docs/store.md ("Proxy contract").
 */
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ScriptRewriter } from "./lua";
import { type Envelope, toEnvelope } from "./reply";
import { BadRequest, commandFromPath, parseJsonBody, readBody } from "./request";
import { RespError, RespPool, type RespValue } from "./resp";

/** Options of {@link startProxy}. */
export interface ProxyOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Loopback only by default: the proxy is a development tool with a shared token. */
  host?: string;
  /** Redis address as `redis://host:port` or `host:port`; alternative to redisHost/redisPort. */
  redisUrl?: string;
  redisHost?: string;
  redisPort?: number;
  /** The bearer token clients must present (UPSTASH_REDIS_REST_TOKEN). */
  token: string;
  /** Refuse bodies larger than this many bytes with 400 (Upstash: 10 MB). Unset = no cap. */
  maxRequestBytes?: number;
  /** How long to wait for a TCP connection to Redis before answering 503. Default 1000 ms. */
  connectTimeoutMs?: number;
}

/** A running proxy. */
export interface RunningProxy {
  /** Base URL, e.g. `http://127.0.0.1:8079` (UPSTASH_REDIS_REST_URL). */
  url: string;
  port: number;
  /** Stops listening, drops Redis connections and resolves when the server is closed. */
  close(): Promise<void>;
}

const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST", "PUT"]);

/**
 * Commands that change connection state. Connections are pooled and shared between requests,
 * so these would leak into other callers (a SELECT would switch their database); Upstash does
 * not offer them either. Transactions go through /multi-exec.
 */
const REFUSED = new Set([
  "select",
  "multi",
  "exec",
  "discard",
  "watch",
  "unwatch",
  "subscribe",
  "psubscribe",
  "ssubscribe",
  "unsubscribe",
  "punsubscribe",
  "monitor",
  "quit",
  "reset",
  "hello",
  "auth",
  "client",
  "sync",
  "psync",
]);

/** Parses `redis://host:port`, `host:port` or the separate fields into host and port. */
export function resolveRedisAddress(options: Pick<ProxyOptions, "redisUrl" | "redisHost" | "redisPort">): {
  host: string;
  port: number;
} {
  if (options.redisUrl) {
    const url = new URL(options.redisUrl.includes("://") ? options.redisUrl : `redis://${options.redisUrl}`);
    return { host: url.hostname || "127.0.0.1", port: Number(url.port || 6379) };
  }
  return { host: options.redisHost ?? "127.0.0.1", port: options.redisPort ?? 6379 };
}

function send(response: ServerResponse, status: number, body: Envelope | Envelope[]): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
  });
  response.end(text);
}

function tokenOf(request: IncomingMessage, url: URL): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  return url.searchParams.get("_token");
}

function sameToken(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function assertAllowed(command: Buffer[]): void {
  const name = command[0]?.toString("latin1").toLowerCase() ?? "";
  if (REFUSED.has(name)) throw new BadRequest(`ERR command '${name}' is not supported by this REST proxy`);
}

/** Starts the proxy. Resolves once it listens. */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const redis = resolveRedisAddress(options);
  const pool = new RespPool(redis.host, redis.port, options.connectTimeoutMs ?? 1000);
  const scripts = new ScriptRewriter();

  /** Sends commands (rewritten for Lua) on one connection and maps replies back. */
  async function run(commands: Buffer[][], wrapInMulti: boolean): Promise<RespValue[]> {
    const prepared = commands.map((command) => scripts.prepare(command));
    const wire = prepared.map((command) => command.args);
    const framed = wrapInMulti ? [[Buffer.from("MULTI")], ...wire, [Buffer.from("EXEC")]] : wire;
    const replies = await pool.use((connection) => connection.send(framed));
    const restore = (reply: RespValue, i: number): RespValue =>
      reply instanceof RespError ? reply : (prepared[i]?.mapReply?.(reply) ?? reply);
    if (!wrapInMulti) return replies.map(restore);
    const exec = replies[replies.length - 1] ?? null;
    if (exec instanceof RespError) {
      // EXECABORT alone does not say what was wrong: append the first queuing error.
      const queued = replies.slice(1, -1).find((reply) => reply instanceof RespError);
      const detail = queued instanceof RespError ? `: ${queued.message}` : "";
      throw new BadRequest(`${exec.message.replace(/\.$/, "")}${detail}`);
    }
    if (!Array.isArray(exec)) throw new BadRequest("ERR transaction discarded");
    return exec.map(restore);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    if (!ALLOWED_METHODS.has(method)) return send(response, 405, { error: "ERR method not allowed" });
    const url = new URL(request.url ?? "/", "http://proxy.invalid");
    if (!sameToken(tokenOf(request, url), options.token)) {
      return send(response, 401, { error: "WRONGPASS invalid or missing auth token" });
    }
    const base64 = String(request.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const body = await readBody(request, options.maxRequestBytes);
    const path = url.pathname.replace(/\/+$/, "");
    if (path === "/pipeline" || path === "/multi-exec") {
      const commands = parseJsonBody(body, true);
      commands.forEach(assertAllowed);
      const replies = await run(commands, path === "/multi-exec");
      return send(
        response,
        200,
        replies.map((reply) => toEnvelope(reply, base64)),
      );
    }
    const command = path === "" && body.length > 0 ? parseJsonBody(body, false)[0] : undefined;
    const args = command ?? commandFromPath(path, url.searchParams, body);
    assertAllowed(args);
    const [reply = null] = await run([args], false);
    const envelope = toEnvelope(reply, base64);
    return send(response, "error" in envelope ? 400 : 200, envelope);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof BadRequest) return send(response, 400, { error: error.message });
      // Anything else is Redis being unreachable or the connection dropping mid-request.
      const message = error instanceof Error ? error.message : String(error);
      send(response, 503, { error: `ERR redis unavailable: ${message}` });
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        pool.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
