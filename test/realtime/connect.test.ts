import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { HUB_DEFAULTS } from "../../src/realtime/config";
import {
  call,
  connect,
  eventually,
  expectError,
  hub,
  mintToken,
  newTenant,
  TestSocket,
  ticketFor,
  tokenFor,
  upgrade,
} from "./helpers";

describe("GET /v1/events refusals happen before the upgrade, in the error shape", () => {
  it("426 for a plain GET, without consuming a ticket", async () => {
    const tenant = newTenant("plain");
    const ticket = await ticketFor(tenant);
    const response = await call(`/v1/events?ticket=${ticket}`);
    await expectError(response, 426, "upgrade_required");
    expect(response.headers.get("Upgrade")).toBe("websocket");
    const socket = await connect(tenant, { ticket });
    socket.close();
  });

  it("401 without credentials", async () => {
    const response = await upgrade({});
    await expectError(response, 401, "unauthorized");
    expect(response.headers.get("WWW-Authenticate")).toContain("Bearer");
  });

  it("401 for an invalid token and 403 for a token without the events scope", async () => {
    await expectError(
      await upgrade({ token: await mintToken({ secret: "x".repeat(40) }) }),
      401,
      "unauthorized",
    );
    await expectError(
      await upgrade({ token: await tokenFor(newTenant("scope"), "detect") }),
      403,
      "forbidden",
    );
  });

  it("400 for a token in the URL, for header and ticket together, and for a bad since", async () => {
    const tenant = newTenant("url");
    const token = await tokenFor(tenant);
    await expectError(
      await call(`/v1/events?access_token=${token}`, { headers: { Upgrade: "websocket" } }),
      400,
      "bad_request",
    );
    await expectError(await upgrade({ token, ticket: await ticketFor(tenant) }), 400, "bad_request");
    const badSince = await call("/v1/events?since=-1", {
      headers: { Upgrade: "websocket", Authorization: `Bearer ${token}` },
    });
    await expectError(badSince, 400, "bad_request");
  });

  it("the ticket endpoint needs the events scope", async () => {
    await expectError(await call("/v1/events/ticket", { method: "POST" }), 401, "unauthorized");
    const detectOnly = await tokenFor(newTenant("t"), "detect");
    await expectError(
      await call("/v1/events/ticket", { method: "POST", headers: { Authorization: `Bearer ${detectOnly}` } }),
      403,
      "forbidden",
    );
  });
});

describe("tickets", () => {
  it("a ticket opens one socket for its tenant, once", async () => {
    const tenant = newTenant("once");
    const response = await call("/v1/events/ticket", {
      method: "POST",
      headers: { Authorization: `Bearer ${await tokenFor(tenant)}` },
    });
    expect(response.status).toBe(201);
    const body: { ticket: string; expiresInSeconds: number; url: string } = await response.json();
    expect(body.expiresInSeconds).toBe(60);
    expect(body.url).toBe(`/v1/events?ticket=${encodeURIComponent(body.ticket)}`);
    expect(body.ticket).not.toContain(".ey"); // never the JWT

    const ok = await upgrade({ ticket: body.ticket });
    expect(ok.status).toBe(101);
    const socket = new TestSocket(ok.webSocket as WebSocket);
    const welcome = await socket.expect("welcome");
    expect(welcome).toMatchObject({ tenantId: tenant, authMethod: "ticket", lastSeq: 0 });

    await expectError(await upgrade({ ticket: body.ticket }), 401, "unauthorized");
    socket.close();
  });

  it("an expired ticket is refused", async () => {
    const tenant = newTenant("expired");
    const ticket = await ticketFor(tenant);
    await runInDurableObject(hub(tenant), (_instance, state) => {
      state.storage.sql.exec("UPDATE hub_tickets SET expires_at = ?", Date.now() - 1);
    });
    await expectError(await upgrade({ ticket }), 401, "unauthorized");
  });

  it("tickets are hashed at rest", async () => {
    const tenant = newTenant("hashed");
    const ticket = await ticketFor(tenant);
    const rows = await runInDurableObject(hub(tenant), (_instance, state) =>
      state.storage.sql.exec<{ hash: string }>("SELECT hash FROM hub_tickets").toArray(),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(ticket.split(".")[2]);
  });

  it("a forged or re-targeted ticket is refused without reaching a hub", async () => {
    const tenant = newTenant("forged");
    const ticket = await ticketFor(tenant);
    const [version, , id, mac] = ticket.split(".");
    await expectError(
      await upgrade({ ticket: `${version}.${newTenant("other")}.${id}.${mac}` }),
      401,
      "unauthorized",
    );
    await expectError(await upgrade({ ticket: `${ticket.slice(0, -2)}AA` }), 401, "unauthorized");
    await expectError(await upgrade({ ticket: "nonsense" }), 401, "unauthorized");
    // The genuine ticket still works: failed attempts did not touch it.
    (await connect(tenant, { ticket })).close();
  });
});

describe("connection limits", () => {
  it("refuses the connection above the cap with 429, and counts by auth method", async () => {
    const tenant = newTenant("cap");
    const sockets: TestSocket[] = [];
    const token = await tokenFor(tenant);
    for (let index = 0; index < HUB_DEFAULTS.maxConnections - 1; index++)
      sockets.push(await connect(tenant, { token }));
    sockets.push(await connect(tenant, { ticket: await ticketFor(tenant) }));
    expect(await hub(tenant).stats()).toMatchObject({
      connections: { header: HUB_DEFAULTS.maxConnections - 1, ticket: 1, total: HUB_DEFAULTS.maxConnections },
    });
    await expectError(await upgrade({ token }), 429, "rate_limited");
    // The refused ticket is not consumed: it works once a slot frees up.
    const ticket = await ticketFor(tenant);
    await expectError(await upgrade({ ticket }), 429, "rate_limited");
    const first = sockets.shift() as TestSocket;
    first.close();
    await first.closed;
    await eventually(async () => (await hub(tenant).stats()).connections.total < HUB_DEFAULTS.maxConnections);
    sockets.push(await connect(tenant, { ticket }));
    for (const socket of sockets) socket.close();
  });
});
