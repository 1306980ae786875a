import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readState, type SocketState, writeState } from "../../src/realtime/attachment";
import { CLOSE } from "../../src/realtime/protocol";
import { connect, expectError, hub, newTenant, ticketFor, upgrade } from "./helpers";

/**
 * Rewrites the state of every socket of `tenant` with `authMethod`, through the hub's own
 * accessors (they keep the attachment and its in-memory cache in step).
 */
async function patchSockets(
  tenant: string,
  authMethod: "header" | "ticket",
  patch: Partial<SocketState>,
): Promise<void> {
  await runInDurableObject(hub(tenant), (_instance, state) => {
    for (const ws of state.getWebSockets(`auth:${authMethod}`)) {
      const current = readState(ws);
      if (current) writeState(ws, { ...current, ...patch });
    }
  });
}

describe("per-socket limits", () => {
  it("answers ping with pong (runtime auto-response)", async () => {
    const socket = await connect(newTenant("ping"));
    socket.send("ping");
    expect(await socket.next()).toEqual({ type: "text", text: "pong" });
    socket.close();
  });

  it("closes with 1009 on a message over 4 KiB", async () => {
    const socket = await connect(newTenant("big"));
    socket.send({ type: "subscribe", padding: "x".repeat(5000) });
    expect((await socket.closed).code).toBe(CLOSE.messageTooBig);
  });

  it("closes with 1003 on a binary frame", async () => {
    const socket = await connect(newTenant("binary"));
    socket.ws.send(new Uint8Array([1, 2, 3]));
    expect((await socket.closed).code).toBe(CLOSE.unsupportedData);
  });

  it("answers malformed messages with errors, then closes with 1008 after the third", async () => {
    const socket = await connect(newTenant("malformed"));
    socket.send("not json");
    expect(await socket.expect("error")).toMatchObject({ code: "bad_message" });
    socket.send({ type: "subscribe", events: ["nope"] });
    expect(await socket.expect("error")).toMatchObject({
      code: "bad_message",
      message: expect.stringContaining("events"),
    });
    socket.send({ type: "dance" });
    await socket.expect("error");
    expect((await socket.closed).code).toBe(CLOSE.policyViolation);
  });
});

describe("housekeeping alarm", () => {
  it("closes idle sockets with 4000, keeps those that pinged", async () => {
    const tenant = newTenant("idle");
    const silent = await connect(tenant);
    const pinging = await connect(tenant, { ticket: await ticketFor(tenant) });
    pinging.send("ping");
    await pinging.next(); // pong: the runtime records when it auto-responded
    await patchSockets(tenant, "header", { lastSeenAt: 0 });
    await patchSockets(tenant, "ticket", { lastSeenAt: 0 });
    expect(await runDurableObjectAlarm(hub(tenant))).toBe(true);
    expect((await silent.closed).code).toBe(CLOSE.idle);
    expect((await hub(tenant).stats()).connections).toEqual({ header: 0, ticket: 1, total: 1 });
    pinging.close();
  });

  it("closes sockets whose token expired with 4003", async () => {
    const tenant = newTenant("session");
    const socket = await connect(tenant);
    await patchSockets(tenant, "header", { sessionExpiresAt: Date.now() - 1 });
    await runDurableObjectAlarm(hub(tenant));
    expect((await socket.closed).code).toBe(CLOSE.credentialsExpired);
  });
});

describe("closeAll", () => {
  it("closes every socket with 4001 and voids outstanding tickets", async () => {
    const tenant = newTenant("close-all");
    const sockets = [await connect(tenant), await connect(tenant, { ticket: await ticketFor(tenant) })];
    const pending = await ticketFor(tenant);
    expect(await hub(tenant).closeAll("tenant disabled")).toBe(2);
    for (const socket of sockets)
      expect(await socket.closed).toEqual({ code: CLOSE.closedByServer, reason: "tenant disabled" });
    await expectError(await upgrade({ ticket: pending }), 401, "unauthorized");
  });
});
