import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { HUB_DEFAULTS } from "../../src/realtime/config";
import type { TenantHub } from "../../src/realtime/hub";
import { connect, detection, hub, newTenant } from "./helpers";

/** Publishes `count` events inside the object (no RPC round trip each): odd seq injection, even benign. */
async function publishMany(tenant: string, count: number): Promise<void> {
  await runInDurableObject(hub(tenant), async (instance: TenantHub) => {
    const start = (await instance.stats()).lastSeq;
    for (let index = 1; index <= count; index++)
      await instance.publish(detection((start + index) % 2 === 1 ? "injection" : "benign"));
  });
}

describe("replay", () => {
  it("a reconnect with ?since= gets exactly the missed events, then live ones, no duplicates", async () => {
    const tenant = newTenant("since");
    const first = await connect(tenant);
    await publishMany(tenant, 3);
    const seen = (await first.events(3)).map((event) => event.seq as number);
    first.close();
    await first.closed;

    await publishMany(tenant, 4); // missed: 4..7
    const second = await connect(tenant, { since: seen.at(-1) as number });
    expect((await second.events(4)).map((event) => event.seq)).toEqual([4, 5, 6, 7]);
    expect(await second.expect("replayed")).toMatchObject({ since: 3, through: 7, count: 4 });
    await hub(tenant).publish(detection("benign"));
    expect((await second.events(1))[0]?.seq).toBe(8);
    await second.expectSilence();
    second.close();
  });

  it("a resume message as the first message replays the same way", async () => {
    const tenant = newTenant("resume");
    await publishMany(tenant, 5);
    const socket = await connect(tenant);
    socket.send({ type: "resume", since: 2 });
    expect((await socket.events(3)).map((event) => event.seq)).toEqual([3, 4, 5]);
    expect(await socket.expect("replayed")).toMatchObject({ since: 2, through: 5, count: 3 });
    // A second resume cannot produce duplicates: everything above 2 was already offered.
    socket.send({ type: "resume", since: 2 });
    expect(await socket.expect("replayed")).toMatchObject({ count: 0 });
    socket.close();
  });

  it("resume after live events would break order: refused with an error, nothing resent", async () => {
    const tenant = newTenant("late");
    await publishMany(tenant, 2);
    const socket = await connect(tenant);
    await publishMany(tenant, 1);
    await socket.events(1);
    socket.send({ type: "resume", since: 0 });
    expect(await socket.expect("error")).toMatchObject({ code: "resume_after_live" });
    socket.close();
  });

  it("events published while a replay is being set up arrive once, in seq order", async () => {
    const tenant = newTenant("race");
    await publishMany(tenant, 20);
    const stub = hub(tenant);
    // Publishes race with the connect; whatever interleaving happens, the client sees 1..60 once.
    const publishing = Promise.all(Array.from({ length: 40 }, () => stub.publish(detection("injection"))));
    const socket = await connect(tenant, { since: 0 });
    await publishing;
    const frames: number[] = [];
    while (frames.length < 60) {
      const frame = await socket.next();
      if (typeof frame.seq === "number") frames.push(frame.seq);
    }
    expect(frames).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    await socket.expect("replayed").catch(() => undefined);
    await socket.expectSilence();
    socket.close();
  });

  it("filters apply to replay too", async () => {
    const tenant = newTenant("replay-filter");
    await publishMany(tenant, 6); // odd seq: injection, even: benign
    const socket = await connect(tenant);
    socket.send({ type: "subscribe", verdicts: ["benign"] });
    await socket.expect("subscribed");
    socket.send({ type: "resume", since: 0 });
    expect((await socket.events(3)).map((event) => event.seq)).toEqual([2, 4, 6]);
    socket.close();
  });

  it("a cursor older than the ring gets a gap notice, then the whole ring", async () => {
    const tenant = newTenant("gap");
    const total = HUB_DEFAULTS.ringSize + 5;
    await publishMany(tenant, total);
    expect(await hub(tenant).stats()).toMatchObject({ lastSeq: total, oldestSeq: 6 });
    const socket = await connect(tenant, { since: 2 });
    expect(await socket.expect("gap")).toMatchObject({
      since: 2,
      oldestSeq: 6,
      lastSeq: total,
      reason: "ring_exceeded",
    });
    const replayed = await socket.events(HUB_DEFAULTS.ringSize);
    expect(replayed[0]?.seq).toBe(6);
    expect(replayed.at(-1)?.seq).toBe(total);
    socket.close();
  });

  it("a cursor ahead of the hub (storage reset) is reported, then live", async () => {
    const tenant = newTenant("ahead");
    await publishMany(tenant, 1);
    const socket = await connect(tenant, { since: 50 });
    expect(await socket.expect("gap")).toMatchObject({ reason: "unknown_cursor", lastSeq: 1 });
    await socket.expect("replayed");
    await publishMany(tenant, 1);
    expect((await socket.events(1))[0]?.seq).toBe(2);
    socket.close();
  });
});
