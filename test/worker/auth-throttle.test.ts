/**
 * Throttling of failed credential attempts on /v1/auth (src/middleware/auth-throttle.ts), inside
 * workerd on the in-memory store.
 *
 * The worker project binds AUTH_FAILURES_PER_MINUTE=1000 for the other suites (their requests
 * carry no CF-Connecting-IP and share the `unknown` bucket), so the end-to-end tests here run the
 * Worker's own fetch handler on a copy of its env without that variable: the default, 10.
 * Every test uses fresh client addresses, so tests never see each other's counts.
 */
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config";
import worker from "../../src/index";
import type { LogFields, Logger } from "../../src/logging";
import { unauthorized } from "../../src/middleware/auth";
import { authThrottle } from "../../src/middleware/auth-throttle";
import { handleError } from "../../src/middleware/error-handler";
import { createMemoryStore, createUpstashStore, type Store, type StoreOperation } from "../../src/store";
import type { AppEnv } from "../../src/types";
import { TEST_ADMIN_TOKEN } from "./auth-helpers";
import { expectError, TEST_SECRET } from "./helpers";

type TestEnv = typeof env;

/** The bound env with the throttle at its default (AUTH_FAILURES_PER_MINUTE unset = 10). */
const defaultEnv: TestEnv = { ...env, AUTH_FAILURES_PER_MINUTE: undefined };

/** A fresh IPv4 address from 10/8 (unique enough per test). */
function freshIp(): string {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
}

/** A well-formed API key that does not exist: a guess. */
function guessedKey(): string {
  const hex = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0"));
  return `psk_${hex.join("")}_${"A".repeat(43)}`;
}

interface SendOptions {
  ip?: string | null;
  headers?: Record<string, string>;
  target?: TestEnv;
  method?: string;
}

/** Calls the Worker's fetch handler with `target` as env (default: the throttle at 10). */
async function send(path: string, body: unknown, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { "Content-Type": "application/json", ...options.headers };
  if (options.ip) headers["CF-Connecting-IP"] = options.ip;
  // Not waited on: its waitUntil work (metrics flush) holds it for about a second, and nothing
  // here depends on it (the throttle records failures before the answer).
  const ctx = createExecutionContext();
  const method = options.method ?? "POST";
  const request = new Request(`https://edge.test${path}`, {
    method,
    headers,
    body: method === "GET" ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return worker.fetch(request, options.target ?? defaultEnv, ctx);
}

/** A registered tenant with one API key (admin API, through the same handler). */
async function newKey(): Promise<string> {
  const tenantId = `thr-${crypto.randomUUID().slice(0, 8)}`;
  const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
  const created = await send("/admin/tenants", { id: tenantId }, { headers: auth });
  expect(created.status).toBe(201);
  const key = await send(`/admin/tenants/${tenantId}/keys`, { name: "throttle" }, { headers: auth });
  expect(key.status).toBe(201);
  return (await key.json<{ key: string }>()).key;
}

/** `count` failed exchanges from `ip`, each asserted to be a 401. */
async function fail(ip: string, count: number, target?: TestEnv): Promise<void> {
  for (let i = 0; i < count; i++) {
    await expectError(
      await send("/v1/auth/token", { apiKey: guessedKey() }, { ip, target }),
      401,
      "unauthorized",
    );
  }
}

function retryAfterOf(response: Response): number {
  return Number(response.headers.get("Retry-After"));
}

describe("throttling failed credential attempts on /v1/auth (Worker, in-memory store)", () => {
  it("10 guessed keys, then the 11th attempt (even with a good key) is 429 with Retry-After", async () => {
    const key = await newKey();
    const ip = freshIp();
    await fail(ip, 10);
    const blocked = await send("/v1/auth/token", { apiKey: key }, { ip });
    await expectError(blocked, 429, "rate_limited");
    expect(retryAfterOf(blocked)).toBeGreaterThanOrEqual(55);
    expect(retryAfterOf(blocked)).toBeLessThanOrEqual(60);
    expect(blocked.headers.get("Cache-Control")).toBe("no-store");
    // Refused before the body is read (no 415/400) and on every /v1/auth route.
    await expectError(
      await send("/v1/auth/token", "not json", { ip, headers: { "Content-Type": "text/plain" } }),
      429,
      "rate_limited",
    );
    await expectError(await send("/v1/auth/refresh", { refreshToken: "x" }, { ip }), 429, "rate_limited");
    await expectError(await send("/v1/auth/revoke", { token: "x" }, { ip }), 429, "rate_limited");
  });

  it("leaves other addresses alone, and never trusts X-Forwarded-For", async () => {
    const key = await newKey();
    const [noisy, quiet] = [freshIp(), freshIp()];
    await fail(noisy, 10);
    expect((await send("/v1/auth/token", { apiKey: key }, { ip: quiet })).status).toBe(200);
    await expectError(
      await send("/v1/auth/token", { apiKey: guessedKey() }, { ip: quiet }),
      401,
      "unauthorized",
    );
    // A forged X-Forwarded-For (or X-Real-IP) does not move the client into another bucket.
    const forged = await send(
      "/v1/auth/token",
      { apiKey: key },
      { ip: noisy, headers: { "X-Forwarded-For": quiet, "X-Real-IP": quiet } },
    );
    await expectError(forged, 429, "rate_limited");
  });

  it("counts only failures: successful clients behind one address are never throttled", async () => {
    const key = await newKey();
    const nat = freshIp();
    for (let i = 0; i < 15; i++)
      expect((await send("/v1/auth/token", { apiKey: key }, { ip: nat })).status).toBe(200);
    await fail(nat, 9);
    expect((await send("/v1/auth/token", { apiKey: key }, { ip: nat })).status).toBe(200);
    await fail(nat, 1); // the 10th failure
    await expectError(await send("/v1/auth/token", { apiKey: key }, { ip: nat }), 429, "rate_limited");
  });

  it("counts guessed refresh tokens like guessed keys", async () => {
    const ip = freshIp();
    const guess = `psr1.${"a".repeat(22)}.${"b".repeat(22)}.${"c".repeat(43)}`;
    for (let i = 0; i < 10; i++) {
      await expectError(await send("/v1/auth/refresh", { refreshToken: guess }, { ip }), 401, "unauthorized");
    }
    await expectError(await send("/v1/auth/refresh", { refreshToken: guess }, { ip }), 429, "rate_limited");
  });

  it("counts an IPv6 client per /64", async () => {
    const [a = 0, b = 0] = crypto.getRandomValues(new Uint16Array(2));
    const net = `2001:db8:${a.toString(16)}:${b.toString(16)}`;
    await fail(`${net}::1`, 10);
    await expectError(
      await send("/v1/auth/token", { apiKey: guessedKey() }, { ip: `${net}:ffff:ffff:ffff:fffe` }),
      429,
      "rate_limited",
    );
    // The next /64 is another client.
    const next = `2001:db8:${a.toString(16)}:${((b + 1) & 0xffff).toString(16)}::1`;
    await expectError(
      await send("/v1/auth/token", { apiKey: guessedKey() }, { ip: next }),
      401,
      "unauthorized",
    );
  });

  it("documents the 429 (with Retry-After) on the three routes in /openapi.json", async () => {
    const response = await send("/openapi.json", undefined, { method: "GET" });
    const doc = await response.json<{
      paths: Record<string, { post?: { responses: Record<string, { headers?: Record<string, unknown> }> } }>;
    }>();
    for (const path of ["/v1/auth/token", "/v1/auth/refresh", "/v1/auth/revoke"]) {
      const tooMany = doc.paths[path]?.post?.responses["429"];
      expect(tooMany, path).toBeDefined();
      expect(tooMany?.headers?.["Retry-After"], path).toBeDefined();
    }
  });

  it("AUTH_FAILURES_PER_MINUTE=0 turns the throttle off", async () => {
    const ip = freshIp();
    await fail(ip, 12, { ...env, AUTH_FAILURES_PER_MINUTE: "0" });
  });
});

// ─── The middleware on its own: a fake clock and a dead store ─────────────────────────────

interface LogLine {
  level: string;
  message: string;
  fields?: LogFields;
}

function captureLogger(lines: LogLine[]): Logger {
  const at = (level: string) => (message: string, fields?: LogFields) =>
    lines.push({ level, message, fields });
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A minimal app: the throttle in front of a route that answers 200 or 401 on request. */
function harness(store: Store, logger: Logger) {
  const config = parseConfig({ ENVIRONMENT: "test", SECRET_KEY: TEST_SECRET });
  const app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("config", config);
    c.set("store", store);
    c.set("logger", logger);
    c.set("requestId", crypto.randomUUID());
    await next();
  });
  app.use("*", authThrottle());
  app.post("/attempt", (c) => {
    if (c.req.header("X-Outcome") !== "ok") throw unauthorized("Invalid API key.");
    return c.json({ ok: true }, 200);
  });
  app.onError(handleError);
  return (ip: string, outcome: "ok" | "bad") =>
    app.request("/attempt", { method: "POST", headers: { "CF-Connecting-IP": ip, "X-Outcome": outcome } });
}

describe("authThrottle middleware", () => {
  it("refuses invalid options at start-up", () => {
    expect(() => authThrottle({ windowSeconds: 0 })).toThrow(/windowSeconds/);
    expect(() => authThrottle({ windowSeconds: 1.5 })).toThrow(/windowSeconds/);
    expect(() => authThrottle({ windowSeconds: 7200 })).toThrow(/windowSeconds/);
  });

  it("forgets the failures 60 s after the first one (fixed window, memory adapter's clock)", async () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 10);
    const lines: LogLine[] = [];
    const attempt = harness(createMemoryStore({ now: () => now }), captureLogger(lines));
    const ip = "198.51.100.23";
    for (let i = 0; i < 10; i++) {
      expect((await attempt(ip, "bad")).status).toBe(401);
      now += 1_000; // later failures do not extend the window
    }
    const blocked = await attempt(ip, "ok");
    expect(blocked.status).toBe(429);
    expect(retryAfterOf(blocked)).toBe(50);
    now += 30_000;
    expect(retryAfterOf(await attempt(ip, "ok"))).toBe(20);
    now += 20_000; // the window has ended
    expect((await attempt(ip, "ok")).status).toBe(200);
    // A new window: ten more failures before the next 429.
    for (let i = 0; i < 10; i++) expect((await attempt(ip, "bad")).status).toBe(401);
    expect(retryAfterOf(await attempt(ip, "ok"))).toBe(60);

    // One warning per client and window, naming the bucket (a keyed hash), never the address.
    const warnings = lines.filter((line) => line.message.startsWith("too many failed credential attempts"));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]?.fields?.client).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(lines)).not.toContain("198.51.100");
  });

  it("fails open when the store is down: never 429, one warning, store errors reported", async () => {
    const errors: StoreOperation[] = [];
    const lines: LogLine[] = [];
    const dead = createUpstashStore(
      { url: "http://127.0.0.1:9", token: "x" },
      { timeoutMs: 300, retries: 0, onError: (operation) => errors.push(operation) },
    );
    const attempt = harness(dead, captureLogger(lines));
    const ip = "198.51.100.77";
    const started = Date.now();
    for (let i = 0; i < 12; i++) expect((await attempt(ip, "bad")).status).toBe(401);
    expect((await attempt(ip, "ok")).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(13 * 2 * 300);
    expect(errors.filter((op) => op === "authFailures.peek")).toHaveLength(13);
    expect(errors.filter((op) => op === "authFailures.record")).toHaveLength(12);
    const failingOpen = lines.filter((line) =>
      line.message.includes("not throttling until the store recovers"),
    );
    expect(failingOpen).toHaveLength(1);
    // Back on a working store, the recovery is logged once.
    const healthy = harness(createMemoryStore(), captureLogger(lines));
    expect((await healthy(ip, "ok")).status).toBe(200);
    expect(lines.filter((line) => line.message === "auth throttle reads failure counts again")).toHaveLength(
      1,
    );
  });
});
