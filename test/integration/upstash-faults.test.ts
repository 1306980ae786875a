/**
 * Failure modes of the Upstash adapter. Each case uses its own Redis + proxy (Redis is stopped
 * mid-test, which must not disturb other test files). Timings are logged; the only timing
 * assertion is a generous upper bound proving there is no multi-second retry storm.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/services";
import { createUpstashStore, type Store, type StoreOperation } from "../../src/store";
import { startTestRedisStack, type TestRedisStack } from "../support/redis";
import { someHash, TYPICAL_DETECTION, tenant } from "../unit/store/contract";

/** Far above the configured 400 ms bound, far below the ~9 s of the client's default retries. */
const UPPER_BOUND_MS = 3_000;
const TIMEOUT_MS = 400;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  console.log(`${label}: ${elapsed.toFixed(0)} ms`);
  expect(elapsed).toBeLessThan(UPPER_BOUND_MS);
  return result;
}

function storesFor(connection: { url: string; token: string }) {
  const errors: StoreOperation[] = [];
  const common = {
    timeoutMs: TIMEOUT_MS,
    ephemeralCache: false,
    onError: (operation: StoreOperation) => errors.push(operation),
  };
  return {
    errors,
    open: createUpstashStore(connection, { ...common, rateLimitFailMode: "open" }),
    closed: createUpstashStore(connection, { ...common, rateLimitFailMode: "closed" }),
  };
}

/** Every port must degrade, not throw, and fast. */
async function expectDegraded(
  name: string,
  open: Store,
  closed: Store,
  reason: "error" | "timeout",
): Promise<void> {
  const id = tenant();
  const hash = someHash();
  expect(await timed(`${name}: cache.get`, () => open.cache.get(id, hash))).toBeNull();
  await timed(`${name}: cache.put`, () => open.cache.put(id, hash, TYPICAL_DETECTION, 60));
  await timed(`${name}: stats.record`, () => open.stats.record(id, true));
  expect(await timed(`${name}: stats.get`, () => open.stats.get(id))).toEqual({
    hits: 0,
    misses: 0,
    hitRate: 0,
  });
  expect(await timed(`${name}: stats.all`, () => open.stats.all())).toEqual([]);
  expect(await timed(`${name}: ratelimit (open)`, () => open.rateLimiter.limit(id, 10))).toMatchObject({
    allowed: true,
    reason,
    retryAfterSeconds: 0,
  });
  expect(await timed(`${name}: ratelimit (closed)`, () => closed.rateLimiter.limit(id, 10))).toMatchObject({
    allowed: false,
    reason,
    retryAfterSeconds: 1,
  });
  const ping = await timed(`${name}: ping`, () => open.health.ping());
  expect(ping.ok).toBe(false);
  expect(ping.error).toBeTruthy();
}

describe("Redis stopped behind a running proxy (the proxy answers 503)", () => {
  let stack: TestRedisStack;
  beforeAll(async () => {
    stack = await startTestRedisStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("degrades while Redis is down and recovers with the same store objects", async () => {
    const { open, closed, errors } = storesFor({ url: stack.restUrl, token: stack.restToken });
    const id = tenant();
    const hash = someHash();
    await open.cache.put(id, hash, TYPICAL_DETECTION, 60);
    expect(await open.cache.get(id, hash)).toEqual(TYPICAL_DETECTION);
    expect(errors).toEqual([]);

    await stack.redis.stop();
    await expectDegraded("redis stopped", open, closed, "error");
    expect(new Set(errors)).toEqual(
      new Set(["cache.get", "cache.put", "stats.record", "stats.get", "stats.all", "ratelimit", "ping"]),
    );

    await stack.redis.restart();
    expect((await open.health.ping()).ok).toBe(true);
    await open.cache.put(id, hash, TYPICAL_DETECTION, 60); // Redis came back empty
    expect(await open.cache.get(id, hash)).toEqual(TYPICAL_DETECTION);
    const again = await closed.rateLimiter.limit(tenant(), 10);
    expect(again).toMatchObject({ allowed: true, remaining: 9 });
    expect(again.reason).toBeUndefined();
  });
});

describe("nothing listening at the REST URL (connection refused)", () => {
  it("degrades after one quick retry", async () => {
    const port = await freePort();
    const { open, closed } = storesFor({ url: `http://127.0.0.1:${port}`, token: "t" });
    await expectDegraded("connection refused", open, closed, "error");
  });
});

describe("a REST endpoint that accepts connections and never answers", () => {
  let server: net.Server;
  const sockets = new Set<net.Socket>();
  let url: string;
  beforeAll(async () => {
    server = net.createServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("gives up after the call timeout and reports it as a timeout", async () => {
    const { open, closed } = storesFor({ url, token: "t" });
    await expectDegraded("hanging endpoint", open, closed, "timeout");
  });
});
