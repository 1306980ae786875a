/**
 * Throttling of failed credential attempts on /v1/auth inside workerd against a real Redis
 * (Upstash REST proxy in front of redis-server). AUTH_FAILURES_PER_MINUTE is unset in this
 * project: the default, 10. Fresh client addresses per test keep tests apart.
 */
import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { clientBucket } from "../../src/auth/client-address";
import { DEV_API_KEY_PEPPER } from "../../src/config";
import worker from "../../src/index";
import { authFailuresKey } from "../../src/store/keys";
import { postAuth, tenantWithKey } from "../worker/auth-helpers";
import { call, expectError } from "../worker/helpers";
import { redisCommand } from "./helpers";

function freshIp(): string {
  const [a = 0, b = 0, c = 0] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
}

function guessedKey(): string {
  const hex = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0"));
  return `psk_${hex.join("")}_${"A".repeat(43)}`;
}

/** POST /v1/auth/token from `ip` (CF-Connecting-IP, as Cloudflare's edge sets it). */
function exchangeFrom(ip: string, apiKey: string): Promise<Response> {
  return call("/v1/auth/token", {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": ip },
    body: JSON.stringify({ apiKey }),
  });
}

/** The Redis key the Worker counts `ip` under (ENVIRONMENT=test: the development pepper). */
async function counterKey(ip: string): Promise<string> {
  return authFailuresKey(await clientBucket(ip, DEV_API_KEY_PEPPER));
}

describe("throttling failed credential attempts on /v1/auth (Worker on Redis)", () => {
  it("10 guessed keys, then 429 with Retry-After; the counter is a keyed hash with a TTL", async () => {
    const { key } = await tenantWithKey();
    const ip = freshIp();
    for (let i = 0; i < 10; i++) await expectError(await exchangeFrom(ip, guessedKey()), 401, "unauthorized");
    const blocked = await exchangeFrom(ip, key.key);
    await expectError(blocked, 429, "rate_limited");
    const retryAfter = Number(blocked.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(55);
    expect(retryAfter).toBeLessThanOrEqual(60);

    const redisKey = await counterKey(ip);
    expect(redisKey).toMatch(/^auth:failures:[A-Za-z0-9_-]{22}$/);
    expect(await redisCommand("GET", redisKey)).toBe("10");
    const pttl = Number(await redisCommand("PTTL", redisKey));
    expect(pttl).toBeGreaterThan(50_000);
    expect(pttl).toBeLessThanOrEqual(60_000);
    // No counter ever holds the address or lives without a TTL.
    const keys = (await redisCommand("KEYS", "auth:failures:*")) as string[];
    expect(keys).toContain(redisKey);
    for (const name of keys) {
      expect(name).not.toContain(ip);
      expect(Number(await redisCommand("PTTL", name))).toBeGreaterThan(0);
    }
  });

  it("leaves other addresses alone and never counts a success", async () => {
    const { key } = await tenantWithKey();
    const [noisy, quiet] = [freshIp(), freshIp()];
    for (let i = 0; i < 10; i++) await exchangeFrom(noisy, guessedKey());
    await expectError(await exchangeFrom(noisy, key.key), 429, "rate_limited");
    for (let i = 0; i < 12; i++) expect((await exchangeFrom(quiet, key.key)).status).toBe(200);
    expect(await redisCommand("EXISTS", await counterKey(quiet))).toBe(0);
  });

  it("throttles the requests without CF-Connecting-IP together, in the fixed unknown bucket", async () => {
    const before = Number((await redisCommand("GET", "auth:failures:unknown")) ?? 0);
    const answer = await postAuth("/v1/auth/token", { apiKey: guessedKey() });
    if (before >= 10) {
      await expectError(answer, 429, "rate_limited");
    } else {
      await expectError(answer, 401, "unauthorized");
      expect(Number(await redisCommand("GET", "auth:failures:unknown"))).toBe(before + 1);
    }
    expect(Number(await redisCommand("PTTL", "auth:failures:unknown"))).toBeGreaterThan(0);
  });

  it("fails open when Redis is down: never 429; the credential lookup answers 503 on its own", async () => {
    // The same Worker on a dead Redis URL (its own env object, so its own config and store).
    // workerd logs each refused connection as an "uncaught exception" line: that is its own
    // logging of a fetch failure, which the store catches.
    const deadEnv = { ...env, UPSTASH_REDIS_REST_URL: "http://127.0.0.1:9", REDIS_TIMEOUT_MS: "200" };
    const ip = freshIp();
    for (let i = 0; i < 12; i++) {
      const answer = await worker.fetch(
        new Request("https://edge.test/v1/auth/token", {
          method: "POST",
          headers: { "Content-Type": "application/json", "CF-Connecting-IP": ip },
          body: JSON.stringify({ apiKey: guessedKey() }),
        }),
        deadEnv,
        createExecutionContext(),
      );
      await expectError(answer, 503, "service_unavailable");
    }
  });
});
