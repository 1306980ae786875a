import { describe, expect, it } from "vitest";
import { apiKeyId, generateApiKey, keyedHash, safeEqual } from "../../../src/auth/api-keys";
import { newRefreshToken, parseRefreshToken } from "../../../src/auth/refresh-tokens";

describe("API keys", () => {
  it("look like psk_<16 hex>_<43 base64url> and are unique", () => {
    const keys = Array.from({ length: 50 }, () => generateApiKey());
    for (const { id, key } of keys) {
      expect(key).toMatch(/^psk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
      expect(apiKeyId(key)).toBe(id);
    }
    expect(new Set(keys.map((k) => k.key)).size).toBe(50);
  });

  it("parses nothing out of malformed keys", () => {
    for (const bad of ["", "psk_", "psk_zz_abc", `psk_${"a".repeat(16)}_short`, "Bearer x"]) {
      expect(apiKeyId(bad)).toBeNull();
    }
  });

  it("hashes with the pepper: same key and pepper → same hash; another pepper → another hash", async () => {
    const { key } = generateApiKey();
    const a = await keyedHash(key, "p".repeat(32));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await keyedHash(key, "p".repeat(32))).toBe(a);
    expect(await keyedHash(key, "q".repeat(32))).not.toBe(a);
    expect(a).not.toContain(key.slice(4, 20));
    expect(safeEqual(a, a)).toBe(true);
    expect(safeEqual(a, `${a.slice(0, -1)}0`)).toBe(a.endsWith("0"));
    expect(safeEqual(a, a.slice(1))).toBe(false);
  });
});

describe("refresh tokens", () => {
  it("round-trip their parts and refuse anything else", () => {
    const token = newRefreshToken("F".repeat(22));
    expect(parseRefreshToken(token.token)).toEqual({
      familyId: "F".repeat(22),
      tokenId: token.tokenId,
      secret: token.secret,
    });
    expect(parseRefreshToken(`${token.token}x`)).toBeNull();
    expect(parseRefreshToken("eyJhbGciOiJIUzI1NiJ9.e30.x")).toBeNull();
  });
});
