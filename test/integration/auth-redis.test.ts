/**
 * Tenants, API keys and the token lifecycle end to end: the real Worker (unstable_startWorker)
 * on the real Redis path (Upstash REST proxy → redis-server), with REQUIRE_REGISTERED_TENANTS=true
 * and a tenant's own identity provider (a local JWKS server).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startTestWorker, type TestWorker } from "../support/worker";

const ADMIN_TOKEN = "integration-admin-token-at-least-32-bytes-long";
const IDP = "https://idp.integration.example";

let worker: TestWorker;
let jwks: Server;
let idpKey: CryptoKey;
let idpTenant: string;

async function redis(...command: Array<string | number>): Promise<unknown> {
  const response = await fetch(inject("redisRestUrl"), {
    method: "POST",
    headers: { Authorization: `Bearer ${inject("redisRestToken")}` },
    body: JSON.stringify(command),
  });
  const body = (await response.json()) as { result?: unknown; error?: string };
  if (body.error) throw new Error(body.error);
  return body.result;
}

function request(method: string, path: string, body?: unknown, token?: string): Promise<Response> {
  return fetch(`${worker.url}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

const adminCall = (method: string, path: string, body?: unknown) => request(method, path, body, ADMIN_TOKEN);

interface Tokens {
  access_token: string;
  refresh_token: string;
}

async function newTenantWithKey(
  label: string,
): Promise<{ tenantId: string; key: { id: string; key: string } }> {
  const tenantId = `${label}-${crypto.randomUUID().slice(0, 8)}`;
  await json(
    await adminCall("POST", "/admin/tenants", { id: tenantId, plan: { requestsPerMinute: 100 } }),
    201,
  );
  const key = await json<{ id: string; key: string }>(
    await adminCall("POST", `/admin/tenants/${tenantId}/keys`, {}),
    201,
  );
  return { tenantId, key };
}

beforeAll(async () => {
  const pair = await generateKeyPair("ES256", { extractable: true });
  idpKey = pair.privateKey;
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256", use: "sig" };
  jwks = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
  idpTenant = `idp-${crypto.randomUUID().slice(0, 8)}`;
  worker = await startTestWorker({
    UPSTASH_REDIS_REST_URL: inject("redisRestUrl"),
    UPSTASH_REDIS_REST_TOKEN: inject("redisRestToken"),
    REQUIRE_REGISTERED_TENANTS: "true",
    ADMIN_TOKEN,
    API_KEY_PEPPER: "integration-pepper-that-is-at-least-32-bytes",
    RATE_LIMIT_PER_MINUTE: "1000",
    TRUSTED_ISSUERS: JSON.stringify([
      {
        issuer: IDP,
        jwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`,
        audience: "promptshield",
        algorithms: ["ES256"],
        tenantId: idpTenant,
      },
    ]),
  });
});

afterAll(async () => {
  await worker?.stop();
  await new Promise<void>((resolve) => jwks?.close(() => resolve()));
});

describe("tenants and tokens on Redis, registration required", () => {
  it("refuses tokens of unregistered tenants, accepts registered ones", async () => {
    const minted = await worker.token(`ghost-${crypto.randomUUID().slice(0, 8)}`);
    const refused = await request("POST", "/v1/detect", { text: "hi" }, minted);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /not registered/,
    );
    const { tenantId } = await newTenantWithKey("reg");
    expect((await request("POST", "/v1/detect", { text: "hi" }, await worker.token(tenantId))).status).toBe(
      200,
    );
  });

  it("runs the whole lifecycle, single-use refresh under concurrency, family revoked on reuse", async () => {
    const { key } = await newTenantWithKey("life");
    const first = await json<Tokens>(await request("POST", "/v1/auth/token", { apiKey: key.key }), 200);
    expect((await request("POST", "/v1/detect", { text: "hi" }, first.access_token)).status).toBe(200);

    const racers = await Promise.all(
      Array.from({ length: 6 }, () =>
        request("POST", "/v1/auth/refresh", { refreshToken: first.refresh_token }),
      ),
    );
    const statuses = racers.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    // The losers presented a used token: the family is revoked, the winner's tokens too.
    const winner = (await racers[statuses.indexOf(200)]?.json()) as Tokens;
    expect((await request("POST", "/v1/auth/refresh", { refreshToken: winner.refresh_token })).status).toBe(
      401,
    );
    expect((await request("POST", "/v1/detect", { text: "hi" }, winner.access_token)).status).toBe(401);
  });

  it("stores no API key, refresh secret or access token in Redis, only keyed hashes", async () => {
    const { tenantId, key } = await newTenantWithKey("store");
    const tokens = await json<Tokens>(await request("POST", "/v1/auth/token", { apiKey: key.key }), 200);
    const secrets = [
      key.key,
      // The secret part may itself contain "_": cut after the visible prefix, never split.
      key.key.slice(`psk_${key.id}_`.length),
      tokens.refresh_token,
      tokens.refresh_token.split(".")[3] ?? "",
      tokens.access_token,
    ];
    const keys = (await redis("KEYS", "*")) as string[];
    expect(keys).toContain(`apikey:${key.id}`);
    expect(keys).toContain(`tenant:${tenantId}:record`);
    expect(keys).toContain("tokens:active:access");
    for (const k of keys) {
      const type = (await redis("TYPE", k)) as string;
      const value =
        type === "string"
          ? await redis("GET", k)
          : type === "hash"
            ? await redis("HGETALL", k)
            : type === "zset"
              ? await redis("ZRANGE", k, 0, -1)
              : type === "set"
                ? await redis("SMEMBERS", k)
                : "";
      const text = `${k} ${JSON.stringify(value)}`;
      for (const secret of secrets) expect(text.includes(secret), `${k} holds a secret`).toBe(false);
    }
    const stored = (await redis("HGETALL", `apikey:${key.id}`)) as string[];
    expect(stored).toContain(tenantId);
    expect(stored.find((value) => /^[0-9a-f]{64}$/.test(value))).toBeDefined();
    expect(Number(await redis("ZCARD", "tokens:active:access"))).toBeGreaterThanOrEqual(1);
  });

  it("disables a tenant: tokens refused, keys refused", async () => {
    const { tenantId, key } = await newTenantWithKey("dis");
    const tokens = await json<Tokens>(await request("POST", "/v1/auth/token", { apiKey: key.key }), 200);
    await json(await adminCall("PATCH", `/admin/tenants/${tenantId}`, { status: "disabled" }), 200);
    expect((await request("POST", "/v1/detect", { text: "hi" }, tokens.access_token)).status).toBe(401);
    expect((await request("POST", "/v1/auth/token", { apiKey: key.key })).status).toBe(401);
  });

  it("accepts a tenant's own IdP (JWKS, ES256) for its tenant only, never with admin", async () => {
    await json(await adminCall("POST", "/admin/tenants", { id: idpTenant }), 201);
    const idpToken = (claims: Record<string, unknown>, aud = "promptshield") =>
      new SignJWT({ scope: "detect admin", ...claims })
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setIssuer(IDP)
        .setAudience(aud)
        .setSubject("alice")
        .setExpirationTime("5m")
        .sign(idpKey);
    expect((await request("POST", "/v1/detect", { text: "hi" }, await idpToken({}))).status).toBe(200);
    expect(
      (await request("POST", "/v1/detect", { text: "hi" }, await idpToken({}, "elsewhere"))).status,
    ).toBe(401);
    expect(
      (await request("POST", "/v1/detect", { text: "hi" }, await idpToken({ tid: "victim" }))).status,
    ).toBe(401);
    expect((await request("GET", "/admin/tenants", undefined, await idpToken({}))).status).toBe(403);
  });
});
