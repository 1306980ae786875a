import { describe, expect, it } from "vitest";
import { clientBucket, clientNetwork, UNKNOWN_CLIENT } from "../../../src/auth/client-address";

const PEPPER = "a-test-pepper-that-is-at-least-32-bytes-long";

describe("clientNetwork (what a client is counted under)", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 198.51.100.255 ", "198.51.100.255"],
    ["010.000.000.001", "10.0.0.1"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:DB8:0001:0002::ffff", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::", "0:0:0:0::/64"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["::FFFF:cb00:7107", "203.0.113.7"],
    ["64:ff9b::203.0.113.7", "64:ff9b:0:0::/64"],
    ["1:2:3:4:5:6:1.2.3.4", "1:2:3:4::/64"],
  ])("%j → %j", (header, network) => {
    expect(clientNetwork(header)).toBe(network);
  });

  it.each([
    undefined,
    null,
    "",
    "   ",
    "not-an-ip",
    "256.1.1.1",
    "1.2.3",
    "1.2.3.4.5",
    "1.2.3.4, 5.6.7.8",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7:8::",
    ":::",
    "12345::1",
    "::ffff:300.1.1.1",
    `${"1:".repeat(40)}1`,
  ])("%j is not an address (→ the unknown bucket)", (header) => {
    expect(clientNetwork(header)).toBeNull();
  });
});

describe("clientBucket", () => {
  it("is a keyed hash: 22 base64url characters, never the address", async () => {
    const bucket = await clientBucket("203.0.113.7", PEPPER);
    expect(bucket).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(bucket).not.toContain("203");
    expect(await clientBucket("203.0.113.7", PEPPER)).toBe(bucket);
    expect(await clientBucket("203.0.113.8", PEPPER)).not.toBe(bucket);
    // Another pepper, another bucket: without the pepper a bucket cannot be tested against guesses.
    expect(await clientBucket("203.0.113.7", `${PEPPER}-2`)).not.toBe(bucket);
  });

  it("puts a whole IPv6 /64 and an IPv4-mapped address where they belong", async () => {
    const a = await clientBucket("2001:db8:1:2::1", PEPPER);
    expect(await clientBucket("2001:db8:1:2:ffff:ffff:ffff:ffff", PEPPER)).toBe(a);
    expect(await clientBucket("2001:db8:1:3::1", PEPPER)).not.toBe(a);
    expect(await clientBucket("::ffff:203.0.113.7", PEPPER)).toBe(await clientBucket("203.0.113.7", PEPPER));
  });

  it("uses the fixed unknown bucket without a usable address", async () => {
    expect(await clientBucket(undefined, PEPPER)).toBe(UNKNOWN_CLIENT);
    expect(await clientBucket("garbage", PEPPER)).toBe(UNKNOWN_CLIENT);
  });
});
