/**
 * The local Upstash REST proxy (infra/upstash-proxy), part by part, over raw HTTP; then the real
 * clients (@upstash/redis with auto-pipelining and retries, @upstash/ratelimit) against it.
 */
import { createHash, randomBytes } from "node:crypto";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis/cloudflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripUnknownShebangFlags } from "../../infra/upstash-proxy";
import { startTestRedisStack, type TestRedisStack } from "../support/redis";
import { awayFromWindowEdge } from "../unit/store/contract";

const MAX_BYTES = 64 * 1024;
let stack: TestRedisStack;

beforeAll(async () => {
  stack = await startTestRedisStack({ maxRequestBytes: MAX_BYTES });
});
afterAll(async () => {
  await stack?.stop();
});

/** A fresh key name, so tests never see each other's data. */
const key = (label: string) => `proxy-test:${label}:${randomBytes(4).toString("hex")}`;
const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

interface Answer {
  status: number;
  body: unknown;
}

async function call(
  path: string,
  init: { method?: string; body?: unknown; base64?: boolean; auth?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (init.auth !== null) headers.Authorization = `Bearer ${init.auth ?? stack.restToken}`;
  if (init.base64) headers["Upstash-Encoding"] = "base64";
  const body =
    init.body === undefined
      ? undefined
      : typeof init.body === "string"
        ? init.body
        : JSON.stringify(init.body);
  const response = await fetch(`${stack.restUrl}${path}`, {
    method: init.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe("authentication", () => {
  it("accepts the token as a Bearer header or as ?_token=", async () => {
    expect(await call("/ping")).toEqual({ status: 200, body: { result: "PONG" } });
    expect(await call(`/ping?_token=${stack.restToken}`, { auth: null })).toEqual({
      status: 200,
      body: { result: "PONG" },
    });
  });

  it("answers 401 WRONGPASS without a token or with a wrong one", async () => {
    const expected = { status: 401, body: { error: "WRONGPASS invalid or missing auth token" } };
    expect(await call("/ping", { auth: null })).toEqual(expected);
    expect(await call("/ping", { auth: "nope" })).toEqual(expected);
    expect(await call("/ping?_token=nope", { auth: null })).toEqual(expected);
  });
});

describe("single commands", () => {
  it("runs a JSON-array command on POST /", async () => {
    const k = key("single");
    expect(await call("/", { body: ["SET", k, "v", "EX", 100] })).toEqual({
      status: 200,
      body: { result: "OK" },
    });
    expect(await call("/", { body: ["GET", k] })).toEqual({ status: 200, body: { result: "v" } });
    expect(await call("/", { body: ["TTL", k] })).toEqual({ status: 200, body: { result: 100 } });
  });

  it("answers 400 {error} for a Redis error", async () => {
    const answer = await call("/", { body: ["GET"] });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: "ERR wrong number of arguments for 'get' command" });
  });

  it("answers 400 for a body that is not a command", async () => {
    expect((await call("/", { body: "{not json" })).status).toBe(400);
    expect((await call("/", { body: [] })).status).toBe(400);
    expect((await call("/", { body: { cmd: "GET" } })).status).toBe(400);
  });

  it("refuses commands that would leak connection state", async () => {
    const answer = await call("/", { body: ["SELECT", "1"] });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.stringContaining("not supported") });
  });

  it("returns HGETALL as the flat array Redis sends", async () => {
    const k = key("hash");
    await call("/", { body: ["HSET", k, "a", "1", "b", "2"] });
    expect(await call("/", { body: ["HGETALL", k] })).toEqual({
      status: 200,
      body: { result: ["a", "1", "b", "2"] },
    });
  });

  it("returns null for missing values and nested arrays as arrays", async () => {
    expect((await call("/", { body: ["GET", key("missing")] })).body).toEqual({ result: null });
    const k = key("zset");
    await call("/", { body: ["ZADD", k, 1, "x"] });
    const scan = await call("/", { body: ["ZSCAN", k, 0] });
    expect(scan.body).toEqual({ result: ["0", ["x", "1"]] });
  });
});

describe("path commands", () => {
  it("reads the command from the path, query parameters as extra arguments", async () => {
    const k = key("path");
    expect((await call(`/set/${encodeURIComponent(k)}/hello%20world?EX=60`)).body).toEqual({ result: "OK" });
    expect((await call(`/get/${encodeURIComponent(k)}`)).body).toEqual({ result: "hello world" });
    expect((await call(`/ttl/${encodeURIComponent(k)}`)).body).toEqual({ result: 60 });
  });

  it("takes a POST body as the last argument", async () => {
    const k = key("path-body");
    expect((await call(`/set/${encodeURIComponent(k)}`, { body: "raw value" })).body).toEqual({
      result: "OK",
    });
    expect((await call(`/get/${encodeURIComponent(k)}`)).body).toEqual({ result: "raw value" });
  });

  it("answers 400 for an unknown command", async () => {
    const answer = await call("/nosuchcommand/x");
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.stringMatching(/^ERR unknown command/) });
  });
});

describe("pipeline and transactions", () => {
  it("answers a pipeline per item, errors included", async () => {
    const k = key("pipe");
    const answer = await call("/pipeline", {
      body: [
        ["SET", k, "1"],
        ["INCR", k],
        ["HGET", k, "f"],
        ["GET", k],
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      { result: "OK" },
      { result: 2 },
      { error: "WRONGTYPE Operation against a key holding the wrong kind of value" },
      { result: "2" },
    ]);
  });

  it("runs /multi-exec atomically with per-item results", async () => {
    const k = key("multi");
    const answer = await call("/multi-exec", {
      body: [
        ["SET", k, "a"],
        ["INCR", k],
        ["APPEND", k, "b"],
      ],
    });
    expect(answer.body).toEqual([
      { result: "OK" },
      { error: "ERR value is not an integer or out of range" },
      { result: 2 },
    ]);
  });

  it("answers a discarded transaction with one {error} and applies nothing", async () => {
    const k = key("discarded");
    const answer = await call("/multi-exec", { body: [["SET", k, "a"], ["NOSUCHCOMMAND"]] });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.stringMatching(/^EXECABORT.*unknown command/) });
    expect((await call("/", { body: ["EXISTS", k] })).body).toEqual({ result: 0 });
  });
});

describe("encoding", () => {
  it("base64-encodes every string of a result with Upstash-Encoding: base64, never errors or numbers", async () => {
    const k = key("b64");
    await call("/", { body: ["HSET", k, "field", "välue"] });
    expect((await call("/", { body: ["HGETALL", k], base64: true })).body).toEqual({
      result: [b64("field"), b64("välue")],
    });
    expect((await call("/", { body: ["SET", `${k}s`, "x"], base64: true })).body).toEqual({
      result: b64("OK"),
    });
    expect((await call("/", { body: ["HLEN", k], base64: true })).body).toEqual({ result: 1 });
    expect((await call("/", { body: ["GET", key("none")], base64: true })).body).toEqual({ result: null });
    const pipeline = await call("/pipeline", { body: [["GET", k], ["PING"]], base64: true });
    expect(pipeline.body).toEqual([
      { error: "WRONGTYPE Operation against a key holding the wrong kind of value" },
      { result: b64("PONG") },
    ]);
  });

  it("is binary-safe: arbitrary bytes come back intact in base64", async () => {
    const k = key("binary");
    const bytes = Buffer.from([0, 255, 128, 10, 13, 0xc3, 0x28]);
    // Store raw bytes with a Lua script (JSON bodies can only carry text).
    await call("/", {
      body: ["EVAL", "return redis.call('SET', KEYS[1], string.char(0,255,128,10,13,195,40))", 1, k],
    });
    expect((await call("/", { body: ["GET", k], base64: true })).body).toEqual({
      result: bytes.toString("base64"),
    });
    expect((await call("/", { body: ["STRLEN", k] })).body).toEqual({ result: 7 });
  });
});

describe("HTTP edges", () => {
  it("answers 405 for methods other than HEAD/GET/POST/PUT", async () => {
    expect(await call("/ping", { method: "DELETE" })).toEqual({
      status: 405,
      body: { error: "ERR method not allowed" },
    });
    expect((await call("/ping", { method: "PATCH" })).status).toBe(405);
  });

  it("refuses bodies over the size cap with 400", async () => {
    const answer = await call("/", { body: ["SET", key("big"), "x".repeat(MAX_BYTES)] });
    expect(answer).toEqual({ status: 400, body: { error: "ERR max request size exceeded" } });
    expect((await call("/", { body: ["SET", key("small"), "x".repeat(1024)] })).status).toBe(200);
  });
});

describe("Lua scripts with Upstash-only shebang flags", () => {
  const script = "#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1])";
  const sha = createHash("sha1").update(script).digest("hex");

  it("strips unknown flags, keeps known ones", () => {
    expect(stripUnknownShebangFlags(script)).toBe("\nreturn redis.call('INCR', KEYS[1])");
    expect(stripUnknownShebangFlags("#!lua flags=no-writes,allow-key-locking\nreturn 1")).toBe(
      "#!lua flags=no-writes\nreturn 1",
    );
    expect(stripUnknownShebangFlags("#!lua flags=no-writes\nreturn 1")).toBeNull();
    expect(stripUnknownShebangFlags("return 1")).toBeNull();
  });

  it("runs EVAL of a flagged script (Redis alone rejects it)", async () => {
    const k = key("eval");
    expect(await call("/", { body: ["EVAL", script, 1, k] })).toEqual({ status: 200, body: { result: 1 } });
  });

  it("answers SCRIPT LOAD with the ORIGINAL script's sha, and EVALSHA/SCRIPT EXISTS accept it", async () => {
    expect((await call("/", { body: ["SCRIPT", "LOAD", script] })).body).toEqual({ result: sha });
    const k = key("evalsha");
    expect((await call("/", { body: ["EVALSHA", sha, 1, k] })).body).toEqual({ result: 1 });
    expect((await call("/pipeline", { body: [["EVALSHA", sha, 1, k]] })).body).toEqual([{ result: 2 }]);
    expect((await call("/", { body: ["SCRIPT", "EXISTS", sha] })).body).toEqual({ result: [1] });
  });

  it("answers NOSCRIPT for an unknown sha, so clients fall back to EVAL", async () => {
    const answer = await call("/", { body: ["EVALSHA", "0".repeat(40), 0] });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.stringMatching(/^NOSCRIPT/) });
  });
});

describe("real clients", () => {
  it("@upstash/redis (auto-pipelining, base64, retries) reads what it wrote", async () => {
    const redis = new Redis({
      url: stack.restUrl,
      token: stack.restToken,
      retry: { retries: 1, backoff: () => 50 },
      enableTelemetry: false,
    });
    const k = key("client");
    const [set, value, counter] = await Promise.all([
      redis.set(k, "héllo 🌍"),
      redis.get(k),
      redis.incr(`${k}:n`),
    ]);
    expect([set, value, counter]).toEqual(["OK", "héllo 🌍", 1]);
    await redis.hset(`${k}:h`, { a: "1", b: "x" });
    expect(await redis.hgetall(`${k}:h`)).toEqual({ a: 1, b: "x" });
    await expect(redis.hget(k, "f")).rejects.toThrow(/WRONGTYPE/);
    await expect(new Redis({ url: stack.restUrl, token: "wrong", retry: false }).get(k)).rejects.toThrow(
      /WRONGPASS/,
    );
  });

  it("@upstash/ratelimit 2.2 slidingWindow works (EVALSHA → NOSCRIPT → EVAL, then EVALSHA)", async () => {
    const redis = new Redis({
      url: stack.restUrl,
      token: stack.restToken,
      retry: { retries: 1, backoff: () => 50 },
      enableTelemetry: false,
    });
    const limiter = new Ratelimit({
      redis,
      limiter: Ratelimit.slidingWindow(3, "60 s"),
      ephemeralCache: false,
      prefix: key("rl"),
    });
    await awayFromWindowEdge();
    await call("/", { body: ["SCRIPT", "FLUSH"] });
    await call("/", { body: ["CONFIG", "RESETSTAT"] });
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push((await limiter.limit("user")).success);
    expect(outcomes).toEqual([true, true, true, false]);
    // Only the first call needed the script text: every later EVALSHA found the rewritten script.
    const info = await call("/", { body: ["INFO", "commandstats"] });
    const stats = (info.body as { result: string }).result;
    expect(stats).toMatch(/cmdstat_eval:calls=1,/);
    expect(stats).toMatch(/cmdstat_evalsha:calls=4,.*failed_calls=1/);
  });
});
