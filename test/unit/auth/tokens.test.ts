import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueAccessToken, keyIdOf, type TokenKeys, verifyAccessToken } from "../../../src/auth/tokens";
import type { TrustedIssuer } from "../../../src/config";

const CURRENT = "current-secret-that-is-at-least-32-bytes-long";
const PREVIOUS = "previous-secret-that-is-at-least-32-bytes-long";
const IDP = "https://idp.acme.example";

let server: Server;
let jwksUrl: string;
let idpKey: CryptoKey;
let idpPublicJwk: Record<string, unknown>;
let otherKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256", { extractable: true });
  idpKey = pair.privateKey;
  idpPublicJwk = { ...(await exportJWK(pair.publicKey)), kid: "idp-1", alg: "RS256", use: "sig" };
  otherKey = (await generateKeyPair("RS256")).privateKey;
  server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ keys: [idpPublicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function issuer(overrides: Partial<TrustedIssuer> = {}): TrustedIssuer {
  return {
    issuer: IDP,
    jwksUrl,
    audience: ["promptshield"],
    algorithms: ["RS256"],
    tenantId: "acme",
    tenantClaim: "tid",
    allowedTenants: [],
    allowedScopes: ["detect", "events"],
    ...overrides,
  };
}

function keys(overrides: Partial<TokenKeys> = {}): TokenKeys {
  return {
    secret: CURRENT,
    previousSecret: null,
    issuer: "promptshield-edge",
    audience: "promptshield-api",
    trustedIssuers: [issuer()],
    ...overrides,
  };
}

async function idpToken(
  claims: Record<string, unknown> = {},
  options: { kid?: string; key?: CryptoKey; aud?: string } = {},
): Promise<string> {
  return new SignJWT({ scope: "detect admin", ...claims })
    .setProtectedHeader({ alg: "RS256", kid: options.kid ?? "idp-1" })
    .setIssuer(IDP)
    .setAudience(options.aud ?? "promptshield")
    .setSubject("user-1")
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(options.key ?? idpKey);
}

describe("our own tokens: kid and rotation", () => {
  it("carries the kid of SECRET_KEY and verifies", async () => {
    const issued = await issueAccessToken({ tenantId: "acme", scopes: ["detect"], ttlSeconds: 60 }, keys());
    const header = JSON.parse(atob(issued.token.split(".")[0] ?? ""));
    expect(header).toMatchObject({ alg: "HS256", kid: await keyIdOf(CURRENT) });
    const verified = await verifyAccessToken(issued.token, keys());
    expect(verified).toMatchObject({
      tenantId: "acme",
      scopes: ["detect"],
      tokenId: issued.jti,
      source: "own",
    });
  });

  it("keeps tokens of the previous secret valid while SECRET_KEY_PREVIOUS is set (rotation without downtime)", async () => {
    const old = await issueAccessToken(
      { tenantId: "acme", scopes: ["detect"], ttlSeconds: 60 },
      keys({ secret: PREVIOUS }),
    );
    const rotated = keys({ secret: CURRENT, previousSecret: PREVIOUS });
    expect((await verifyAccessToken(old.token, rotated)).tenantId).toBe("acme");
    // Once the previous secret is retired, its kid is unknown.
    await expect(verifyAccessToken(old.token, keys())).rejects.toThrow(/key id \(kid\) is unknown/);
  });

  it("refuses an unknown kid, and a known kid with the wrong secret", async () => {
    const forged = await new SignJWT({ tid: "acme", scope: "detect" })
      .setProtectedHeader({ alg: "HS256", kid: "ps-not-a-real-kid" })
      .setIssuer("promptshield-edge")
      .setAudience("promptshield-api")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(CURRENT));
    await expect(verifyAccessToken(forged, keys())).rejects.toThrow(/unknown/);
    const wrongSecret = await new SignJWT({ tid: "acme", scope: "detect" })
      .setProtectedHeader({ alg: "HS256", kid: await keyIdOf(CURRENT) })
      .setIssuer("promptshield-edge")
      .setAudience("promptshield-api")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(PREVIOUS));
    await expect(verifyAccessToken(wrongSecret, keys())).rejects.toThrow(/signature/);
  });

  it("refuses an RS256 token claiming our issuer (HS/RS confusion)", async () => {
    const token = await new SignJWT({ tid: "acme", scope: "detect" })
      .setProtectedHeader({ alg: "RS256", kid: "idp-1" })
      .setIssuer("promptshield-edge")
      .setAudience("promptshield-api")
      .setExpirationTime("5m")
      .sign(idpKey);
    await expect(verifyAccessToken(token, keys())).rejects.toThrow(/only HS256/);
  });
});

describe("tenants' identity providers (JWKS)", () => {
  it("accepts the IdP's token for its own tenant, without the admin scope", async () => {
    const verified = await verifyAccessToken(await idpToken(), keys());
    expect(verified).toMatchObject({ tenantId: "acme", scopes: ["detect"], source: "external" });
  });

  it("refuses another audience, another tenant, an unknown kid, a foreign key", async () => {
    await expect(verifyAccessToken(await idpToken({}, { aud: "other" }), keys())).rejects.toThrow(/audience/);
    await expect(verifyAccessToken(await idpToken({ tid: "victim" }), keys())).rejects.toThrow(/own tenant/);
    await expect(verifyAccessToken(await idpToken({}, { kid: "idp-9" }), keys())).rejects.toThrow(/kid/);
    await expect(verifyAccessToken(await idpToken({}, { key: otherKey }), keys())).rejects.toThrow(
      /signature/,
    );
  });

  it("refuses HS256 tokens from the IdP, even MACed with its public key (HS/RS confusion)", async () => {
    const token = await new SignJWT({ tid: "acme", scope: "detect" })
      .setProtectedHeader({ alg: "HS256", kid: "idp-1" })
      .setIssuer(IDP)
      .setAudience("promptshield")
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(JSON.stringify(idpPublicJwk)));
    await expect(verifyAccessToken(token, keys())).rejects.toThrow(/only RS256/);
  });

  it("with a tenant claim, accepts only the allowed tenants", async () => {
    const multi = keys({ trustedIssuers: [issuer({ tenantId: null, allowedTenants: ["acme", "beta"] })] });
    expect((await verifyAccessToken(await idpToken({ tid: "beta" }), multi)).tenantId).toBe("beta");
    await expect(verifyAccessToken(await idpToken({ tid: "victim" }), multi)).rejects.toThrow(
      /may not speak/,
    );
    await expect(verifyAccessToken(await idpToken(), multi)).rejects.toThrow(/tid/);
  });
});
