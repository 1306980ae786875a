/**
 * @cloudflare/vitest-pool-workers 0.15.1 has no hibernation helper (`evictDurableObject` came
 * later): `abortAllDurableObjects()` resets instances but also drops their sockets (1006). So we
 * test the two halves separately:
 *  1. storage survives an instance reset (seq, ring), and clients catch up with ?since=;
 *  2. a brand-new TenantHub instance over the same state (what a wake-up from hibernation is)
 *     serves existing sockets correctly from their attachments alone.
 * Untested here: the runtime really hibernating with sockets open and waking for a publish.
 */
import { abortAllDurableObjects, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { forgetCachedStates } from "../../src/realtime/attachment";
import { TenantHub } from "../../src/realtime/hub";
import { connect, detection, hub, newTenant, ticketFor } from "./helpers";

describe("surviving eviction", () => {
  it("after an instance reset the sequence continues and a reconnect with ?since= catches up", async () => {
    const tenant = newTenant("reset");
    const socket = await connect(tenant);
    await hub(tenant).publish(detection("injection"));
    const [first] = await socket.events(1);
    await abortAllDurableObjects();
    await socket.closed; // abort drops sockets in this runtime (1006); real hibernation keeps them

    expect(await hub(tenant).publish(detection("benign"))).toMatchObject({ seq: 2, delivered: 0 });
    const again = await connect(tenant, { since: first?.seq as number });
    expect((await again.events(1))[0]).toMatchObject({ seq: 2, data: { verdict: "benign" } });
    again.close();
  });

  it("a fresh instance (as after hibernation) delivers to existing sockets from attachments and storage", async () => {
    const tenant = newTenant("wake");
    const injectionsOnly = await connect(tenant, { ticket: await ticketFor(tenant) });
    const everything = await connect(tenant);
    injectionsOnly.send({ type: "subscribe", verdicts: ["injection"] });
    await injectionsOnly.expect("subscribed");
    await hub(tenant).publish(detection("injection"));
    await injectionsOnly.events(1);
    await everything.events(1);

    const results = await runInDurableObject(hub(tenant), async (_old: TenantHub, state) => {
      // No memory carried over: only `state` (storage + accepted sockets), as after a wake-up.
      forgetCachedStates();
      const fresh = new TenantHub(state, env);
      const benign = await fresh.publish(detection("benign"));
      const injection = await fresh.publish(detection("injection"));
      return { benign, injection, stats: await fresh.stats() };
    });
    expect(results.benign).toMatchObject({ seq: 2, delivered: 1 });
    expect(results.injection).toMatchObject({ seq: 3, delivered: 2 });
    expect(results.stats.connections).toEqual({ header: 1, ticket: 1, total: 2 });
    expect((await injectionsOnly.events(1))[0]?.seq).toBe(3);
    expect((await everything.events(2)).map((event) => event.seq)).toEqual([2, 3]);
    injectionsOnly.close();
    everything.close();
  });
});
