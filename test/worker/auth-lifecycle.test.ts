import { afterEach, describe, expect, it, vi } from "vitest";
import { createStore, dumpMemoryStore } from "../../src/store";
import {
  admin,
  detectWith,
  exchange,
  newTenantId,
  ok,
  postAuth,
  refresh,
  tenantWithKey,
} from "./auth-helpers";
import { call, expectError, mintToken } from "./helpers";

afterEach(() => vi.restoreAllMocks());

describe("admin API: tenants and keys", () => {
  it("creates, reads, lists and updates tenants; a duplicate id is a conflict", async () => {
    const id = newTenantId("adm");
    const created = await ok<{ id: string; status: string; version: number }>(
      await admin("POST", "/admin/tenants", { id, name: "Acme", plan: { requestsPerMinute: 600 } }),
      201,
    );
    expect(created).toMatchObject({ id, status: "active", version: 1 });
    await expectError(await admin("POST", "/admin/tenants", { id }), 409, "conflict");
    const list = await ok<{ tenants: Array<{ id: string }>; total: number }>(
      await admin("GET", "/admin/tenants?limit=500"),
      200,
    );
    expect(list.tenants.map((t) => t.id)).toContain(id);
    const updated = await ok<{ plan: { requestsPerMinute: number }; version: number; name: string }>(
      await admin("PATCH", `/admin/tenants/${id}`, { plan: { requestsPerMinute: 1200 } }),
      200,
    );
    expect(updated).toMatchObject({ plan: { requestsPerMinute: 1200 }, version: 2, name: "Acme" });
    await expectError(await admin("GET", "/admin/tenants/nope-404"), 404, "not_found");
    await expectError(await admin("POST", "/admin/tenants", { id: "bad:id" }), 400, "validation_failed");
  });

  it("rejects unsafe custom rules with one problem per rule", async () => {
    const evil = ["(a+)+$", "(a|aa)*b", "(.*a){20}"];
    const response = await admin("POST", "/admin/tenants", {
      id: newTenantId("redos"),
      policy: {
        customRules: evil.map((pattern, i) => ({
          id: `r${i}`,
          pattern,
          category: "obfuscation",
          weight: 0.5,
        })),
      },
    });
    const error = await expectError(response, 400, "validation_failed");
    expect(error.error.message.match(/pattern is refused/g)).toHaveLength(3);
  });

  it("shows an API key once; stores only its keyed hash; never logs it", async () => {
    const logged: string[] = [];
    for (const method of ["log", "info", "warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
    const { tenantId, key } = await tenantWithKey();
    expect(key.key).toMatch(/^psk_[0-9a-f]{16}_/);
    expect(key.prefix).toBe(`psk_${key.id}`);
    const tokens = await exchange(key.key);
    expect((await detectWith(tokens.access_token)).status).toBe(200);

    const detail = await ok<{ keys: Array<Record<string, unknown>> }>(
      await admin("GET", `/admin/tenants/${tenantId}`),
      200,
    );
    expect(detail.keys).toHaveLength(1);
    expect(detail.keys[0]).toMatchObject({ id: key.id, prefix: key.prefix, lastUsedAt: expect.any(String) });
    expect(detail.keys[0]).not.toHaveProperty("key");
    expect(detail.keys[0]).not.toHaveProperty("hash");

    // The secret part may itself contain "_": cut after the visible prefix, never split.
    const secretPart = key.key.slice(`psk_${key.id}_`.length);
    const refreshSecret = tokens.refresh_token.split(".")[3] ?? "";
    const stored = dumpMemoryStore(createStore({ redis: null }));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some(([k]) => k === `apikey:${key.id}`)).toBe(true);
    for (const [k, v] of stored) {
      for (const secret of [key.key, secretPart, tokens.refresh_token, refreshSecret, tokens.access_token]) {
        expect(k.includes(secret) || v.includes(secret), `${k} holds a secret`).toBe(false);
      }
    }
    expect(logged.some((line) => line.includes('"event":"apikey.created"'))).toBe(true);
    expect(logged.some((line) => line.includes('"event":"token.issued"'))).toBe(true);
    for (const line of logged) {
      expect(line).not.toContain(secretPart);
      expect(line).not.toContain(refreshSecret);
      expect(line).not.toContain(tokens.access_token);
    }
  });
});

describe("token lifecycle", () => {
  it("exchanges a key for tokens whose claims carry the tenant, scopes, jti and kid", async () => {
    const { tenantId, key } = await tenantWithKey();
    const tokens = await exchange(key.key);
    expect(tokens).toMatchObject({ tenant_id: tenantId, scope: "detect events", expires_in: 1800 });
    expect(tokens.refresh_expires_in).toBe(7 * 86400);
    const [header, payload] = tokens.access_token
      .split(".")
      .slice(0, 2)
      .map((part) => JSON.parse(atob(part.replace(/-/g, "+").replace(/_/g, "/"))));
    expect(header).toMatchObject({ alg: "HS256", kid: expect.stringMatching(/^ps-/) });
    expect(payload).toMatchObject({
      tid: tenantId,
      scope: "detect events",
      jti: expect.any(String),
      akid: key.id,
    });
    const stats = await ok<{ tenantId: string }>(
      await call("/v1/cache/stats", { headers: { Authorization: `Bearer ${tokens.access_token}` } }),
      200,
    );
    expect(stats.tenantId).toBe(tenantId);
  });

  it("narrows scopes on request and refuses scopes the key lacks (403)", async () => {
    const { key } = await tenantWithKey({}, ["detect"]);
    expect((await exchange(key.key, ["detect"])).scope).toBe("detect");
    await expectError(
      await postAuth("/v1/auth/token", { apiKey: key.key, scopes: ["admin"] }),
      403,
      "forbidden",
    );
    await expectError(
      await postAuth("/v1/auth/token", { apiKey: key.key, scopes: ["events"] }),
      403,
      "forbidden",
    );
  });

  it("rotates refresh tokens; reusing an old one revokes the whole family", async () => {
    const { key } = await tenantWithKey();
    const first = await exchange(key.key);
    const second = await refresh(first.refresh_token);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await detectWith(second.access_token)).status).toBe(200);
    // An attacker replays the first refresh token: refused, and the session is over for everyone.
    const reuse = await expectError(
      await postAuth("/v1/auth/refresh", { refreshToken: first.refresh_token }),
      401,
      "unauthorized",
    );
    expect(reuse.error.message).toMatch(/already used/);
    await expectError(
      await postAuth("/v1/auth/refresh", { refreshToken: second.refresh_token }),
      401,
      "unauthorized",
    );
    await expectError(await detectWith(second.access_token), 401, "unauthorized");
    await expectError(await detectWith(first.access_token), 401, "unauthorized");
    // The key itself still works: a new session.
    expect((await detectWith((await exchange(key.key)).access_token)).status).toBe(200);
  });

  it("admits exactly one of several concurrent refreshes of the same token", async () => {
    const { key } = await tenantWithKey();
    const tokens = await exchange(key.key);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postAuth("/v1/auth/refresh", { refreshToken: tokens.refresh_token })),
    );
    const statuses = answers.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 401)).toHaveLength(4);
  });

  it("revokes a refresh token (its session) and an access token (itself), RFC 7009 style", async () => {
    const { key } = await tenantWithKey();
    const session = await exchange(key.key);
    expect(await ok(await postAuth("/v1/auth/revoke", { token: session.refresh_token }), 200)).toEqual({
      revoked: true,
    });
    await expectError(
      await postAuth("/v1/auth/refresh", { refreshToken: session.refresh_token }),
      401,
      "unauthorized",
    );
    await expectError(await detectWith(session.access_token), 401, "unauthorized");

    const other = await exchange(key.key);
    const spare = await exchange(key.key);
    expect(await ok(await postAuth("/v1/auth/revoke", { token: other.access_token }), 200)).toEqual({
      revoked: true,
    });
    await expectError(await detectWith(other.access_token), 401, "unauthorized");
    expect((await detectWith(spare.access_token)).status).toBe(200);
    expect(await ok(await postAuth("/v1/auth/revoke", { token: "garbage" }), 200)).toEqual({
      revoked: false,
    });
  });

  it("revoking a key stops its exchange, its sessions and its access tokens", async () => {
    const { tenantId, key } = await tenantWithKey();
    const tokens = await exchange(key.key);
    await ok(await admin("POST", `/admin/tenants/${tenantId}/keys/${key.id}/revoke`), 200);
    await expectError(await postAuth("/v1/auth/token", { apiKey: key.key }), 401, "unauthorized");
    await expectError(
      await postAuth("/v1/auth/refresh", { refreshToken: tokens.refresh_token }),
      401,
      "unauthorized",
    );
    await expectError(await detectWith(tokens.access_token), 401, "unauthorized");
  });

  it("disabling a tenant refuses its tokens and keys at once here; enabling restores them", async () => {
    const { tenantId, key } = await tenantWithKey();
    const tokens = await exchange(key.key);
    const minted = await mintToken({ tid: tenantId });
    await ok(await admin("PATCH", `/admin/tenants/${tenantId}`, { status: "disabled" }), 200);
    for (const token of [tokens.access_token, minted]) {
      const error = await expectError(await detectWith(token), 401, "unauthorized");
      expect(error.error.message).toMatch(/disabled/);
    }
    await expectError(await postAuth("/v1/auth/token", { apiKey: key.key }), 401, "unauthorized");
    await expectError(
      await postAuth("/v1/auth/refresh", { refreshToken: tokens.refresh_token }),
      401,
      "unauthorized",
    );
    await ok(await admin("PATCH", `/admin/tenants/${tenantId}`, { status: "active" }), 200);
    expect((await detectWith(tokens.access_token)).status).toBe(200);
  });

  it("counts live tokens per type for jwt_tokens_active_total", async () => {
    const store = createStore({ redis: null });
    const before = {
      access: await store.tokens.count("access"),
      refresh: await store.tokens.count("refresh"),
    };
    const { key } = await tenantWithKey();
    const tokens = await exchange(key.key);
    expect(await store.tokens.count("access")).toBe(before.access + 1);
    expect(await store.tokens.count("refresh")).toBe(before.refresh + 1);
    await refresh(tokens.refresh_token);
    expect(await store.tokens.count("access")).toBe(before.access + 2);
    expect(await store.tokens.count("refresh")).toBe(before.refresh + 1);
  });

  it("documents the auth and admin routes in /openapi.json", async () => {
    const doc = await ok<{ paths: Record<string, unknown> }>(await call("/openapi.json"), 200);
    for (const path of [
      "/v1/auth/token",
      "/v1/auth/refresh",
      "/v1/auth/revoke",
      "/admin/tenants",
      "/admin/tenants/{tenantId}",
      "/admin/tenants/{tenantId}/keys",
      "/admin/tenants/{tenantId}/keys/{keyId}/revoke",
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
