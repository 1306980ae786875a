/**
 * The security suite: what attackers try against authentication and tenant isolation. Every
 * attempt must be answered 401 or 403 in the common error shape, never 5xx, never with data.
 */
import { generateKeyPair, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { keyIdOf } from "../../src/auth/tokens";
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER } from "../../src/config";
import {
  admin,
  detectWith,
  exchange,
  ok,
  postAuth,
  refresh,
  type Tokens,
  tenantWithKey,
} from "./auth-helpers";
import { call, expectError, mintToken, TEST_SECRET } from "./helpers";

function b64url(value: string): string {
  return btoa(value).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Every tenant-scoped route, called with `token`. */
const TENANT_ROUTES: Array<[string, (token: string) => Promise<Response>]> = [
  ["POST /v1/detect", (token) => detectWith(token)],
  [
    "POST /v1/detect/batch",
    (token) =>
      call("/v1/detect/batch", {
        method: "POST",
        headers: { ...bearer(token), "Content-Type": "application/json" },
        body: JSON.stringify({ items: [{ text: "hi" }] }),
      }),
  ],
  ["GET /v1/cache/stats", (token) => call("/v1/cache/stats", { headers: bearer(token) })],
  [
    "POST /v1/events/ticket",
    (token) => call("/v1/events/ticket", { method: "POST", headers: bearer(token) }),
  ],
  [
    "GET /v1/events (upgrade)",
    (token) => call("/v1/events", { headers: { ...bearer(token), Upgrade: "websocket" } }),
  ],
];

let victim: { tenantId: string; key: { id: string; key: string } };
let attacker: { tenantId: string; key: { id: string; key: string } };
let attackerTokens: Tokens;

beforeAll(async () => {
  victim = await tenantWithKey();
  attacker = await tenantWithKey();
  attackerTokens = await exchange(attacker.key.key);
});

async function expectRefused(response: Response, status: 401 | 403): Promise<void> {
  expect(response.status).toBeLessThan(500);
  await expectError(response, status, status === 401 ? "unauthorized" : "forbidden");
}

describe("forged and invalid access tokens", () => {
  const claims = (tid: string) => ({
    tid,
    scope: "detect events",
    iss: DEFAULT_JWT_ISSUER,
    aud: DEFAULT_JWT_AUDIENCE,
    exp: Math.floor(Date.now() / 1000) + 600,
  });

  const forged: Array<[string, () => Promise<string>]> = [
    ["expired", () => mintToken({ tid: victim.tenantId, expiresIn: -120 })],
    ["not yet valid", () => mintToken({ tid: victim.tenantId, notBefore: 600 })],
    ["wrong issuer", () => mintToken({ tid: victim.tenantId, iss: "https://evil.example" })],
    ["wrong audience", () => mintToken({ tid: victim.tenantId, aud: "another-api" })],
    [
      "alg none",
      async () =>
        `${b64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${b64url(JSON.stringify(claims(victim.tenantId)))}.`,
    ],
    [
      "HS/RS confusion (RS256 claiming our issuer)",
      async () => {
        const { privateKey } = await generateKeyPair("RS256");
        return new SignJWT(claims(victim.tenantId)).setProtectedHeader({ alg: "RS256" }).sign(privateKey);
      },
    ],
    [
      "tampered payload (tenant swapped)",
      async () => {
        const [header, , signature] = attackerTokens.access_token.split(".");
        return `${header}.${b64url(JSON.stringify(claims(victim.tenantId)))}.${signature}`;
      },
    ],
    [
      "unknown kid",
      () =>
        new SignJWT(claims(victim.tenantId))
          .setProtectedHeader({ alg: "HS256", kid: "ps-rotated-away" })
          .sign(new TextEncoder().encode(TEST_SECRET)),
    ],
    [
      "our kid, another secret",
      async () =>
        new SignJWT(claims(victim.tenantId))
          .setProtectedHeader({ alg: "HS256", kid: await keyIdOf(TEST_SECRET) })
          .sign(new TextEncoder().encode("attacker-secret-that-is-at-least-32-bytes!")),
    ],
    ["garbage", async () => "eyJ.eyJ.x"],
  ];

  for (const [name, make] of forged) {
    it(`refuses ${name} on every tenant-scoped route (401)`, async () => {
      const token = await make();
      for (const [route, send] of TENANT_ROUTES) {
        const response = await send(token);
        expect(response.status, route).toBe(401);
        await expectRefused(response, 401);
      }
    });
  }
});

describe("revoked, disabled and reused credentials", () => {
  it("refuses every route to a disabled tenant's tokens (401)", async () => {
    const target = await tenantWithKey();
    const tokens = await exchange(target.key.key);
    await ok(await admin("PATCH", `/admin/tenants/${target.tenantId}`, { status: "disabled" }), 200);
    for (const [route, send] of TENANT_ROUTES) {
      const response = await send(tokens.access_token);
      expect(response.status, route).toBe(401);
      await expectRefused(response, 401);
    }
    await expectRefused(await postAuth("/v1/auth/token", { apiKey: target.key.key }), 401);
  });

  it("refuses a revoked key and the tokens obtained with it (401)", async () => {
    const target = await tenantWithKey();
    const tokens = await exchange(target.key.key);
    await ok(await admin("POST", `/admin/tenants/${target.tenantId}/keys/${target.key.id}/revoke`), 200);
    await expectRefused(await postAuth("/v1/auth/token", { apiKey: target.key.key }), 401);
    await expectRefused(await postAuth("/v1/auth/refresh", { refreshToken: tokens.refresh_token }), 401);
    for (const [, send] of TENANT_ROUTES) await expectRefused(await send(tokens.access_token), 401);
  });

  it("revokes the whole family when a used refresh token comes back (401)", async () => {
    const target = await tenantWithKey();
    const first = await exchange(target.key.key);
    const second = await refresh(first.refresh_token);
    await expectRefused(await postAuth("/v1/auth/refresh", { refreshToken: first.refresh_token }), 401);
    await expectRefused(await postAuth("/v1/auth/refresh", { refreshToken: second.refresh_token }), 401);
    await expectRefused(await detectWith(second.access_token), 401);
  });

  it("refuses guessed, malformed and spliced credentials (401)", async () => {
    const wrongSecret = `${victim.key.key.slice(0, -4)}AAAA`;
    await expectRefused(await postAuth("/v1/auth/token", { apiKey: wrongSecret }), 401);
    await expectRefused(
      await postAuth("/v1/auth/token", { apiKey: `psk_0000000000000000_${"A".repeat(43)}` }),
      401,
    );
    // The attacker's refresh secret spliced onto another family id.
    const [, , id, secret] = attackerTokens.refresh_token.split(".");
    const spliced = `psr1.${"B".repeat(22)}.${id}.${secret}`;
    await expectRefused(await postAuth("/v1/auth/refresh", { refreshToken: spliced }), 401);
    await expectRefused(
      await postAuth("/v1/auth/refresh", { refreshToken: attackerTokens.access_token }),
      401,
    );
    await expectRefused(
      await admin("GET", "/admin/tenants", undefined, "not-the-admin-token-at-all-nope-nope"),
      401,
    );
  });
});

describe("scope escalation", () => {
  it("refuses a detect token on the admin API and the operator view (403)", async () => {
    const detectOnly = (await exchange(attacker.key.key, ["detect"])).access_token;
    const attempts: Array<[string, string, unknown?]> = [
      ["GET", "/admin/tenants"],
      ["POST", "/admin/tenants", { id: "escalated" }],
      ["GET", `/admin/tenants/${victim.tenantId}`],
      ["PATCH", `/admin/tenants/${attacker.tenantId}`, { plan: { requestsPerMinute: 1_000_000 } }],
      ["POST", `/admin/tenants/${victim.tenantId}/keys`, {}],
      ["POST", `/admin/tenants/${victim.tenantId}/keys/${victim.key.id}/revoke`],
      ["GET", "/cache/stats"],
    ];
    for (const [method, path, body] of attempts) {
      const response = await admin(method, path, body, detectOnly);
      expect(response.status, `${method} ${path}`).toBe(403);
      await expectRefused(response, 403);
    }
  });

  it("refuses scopes the key lacks and routes the token lacks (403)", async () => {
    await expectRefused(
      await postAuth("/v1/auth/token", { apiKey: attacker.key.key, scopes: ["admin"] }),
      403,
    );
    const eventsOnly = (await exchange(attacker.key.key, ["events"])).access_token;
    await expectRefused(await detectWith(eventsOnly), 403);
    const detectOnly = (await exchange(attacker.key.key, ["detect"])).access_token;
    await expectRefused(
      await call("/v1/events/ticket", { method: "POST", headers: bearer(detectOnly) }),
      403,
    );
  });
});

describe("cross-tenant access", () => {
  it("ignores every attempt to steer the tenant away from the token's", async () => {
    const token = attackerTokens.access_token;
    const stats = await ok<{ tenantId: string }>(
      await call(`/v1/cache/stats?tenantId=${victim.tenantId}&tid=${victim.tenantId}`, {
        headers: { ...bearer(token), "X-Tenant-Id": victim.tenantId },
      }),
      200,
    );
    expect(stats.tenantId).toBe(attacker.tenantId);
    await expectError(
      await detectWith(token, { text: "hi", tenantId: victim.tenantId }),
      400,
      "validation_failed",
    );
  });

  it("refuses a ticket whose tenant part was swapped (401)", async () => {
    const ticket = await ok<{ ticket: string }>(
      await call("/v1/events/ticket", { method: "POST", headers: bearer(attackerTokens.access_token) }),
      201,
    );
    const parts = ticket.ticket.split(".");
    parts[1] = victim.tenantId;
    await expectRefused(
      await call(`/v1/events?ticket=${encodeURIComponent(parts.join("."))}`, {
        headers: { Upgrade: "websocket" },
      }),
      401,
    );
  });

  it("never serves one tenant's cached answer to another", async () => {
    const text = `cross-tenant probe ${crypto.randomUUID()}`;
    const victimToken = (await exchange(victim.key.key)).access_token;
    await detectWith(victimToken, { text });
    await detectWith(victimToken, { text });
    const seen = await ok<{ cached: boolean }>(await detectWith(attackerTokens.access_token, { text }), 200);
    expect(seen.cached).toBe(false);
  });

  it("refuses to revoke another tenant's key through the admin API path of one's own tenant (404)", async () => {
    await expectError(
      await admin("POST", `/admin/tenants/${attacker.tenantId}/keys/${victim.key.id}/revoke`),
      404,
      "not_found",
    );
    expect((await exchange(victim.key.key)).tenant_id).toBe(victim.tenantId);
  });
});
