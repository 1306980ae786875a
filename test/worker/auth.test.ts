import { describe, expect, it } from "vitest";
import { call, expectError, mintToken, postJson } from "./helpers";

const body = { text: "hello there" };

function base64url(value: string): string {
  return btoa(value).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

describe("bearer authentication on /v1/detect", () => {
  it("accepts a valid token", async () => {
    const response = await postJson("/v1/detect", body);
    expect(response.status).toBe(200);
  });

  it("requires a token, with a WWW-Authenticate challenge", async () => {
    const response = await postJson("/v1/detect", body, null);
    await expectError(response, 401, "unauthorized");
    expect(response.headers.get("WWW-Authenticate")).toContain("Bearer");
  });

  it("rejects a non-Bearer scheme", async () => {
    const response = await call("/v1/detect", {
      method: "POST",
      headers: { Authorization: "Basic dXNlcjpwYXNz", "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    await expectError(response, 401, "unauthorized");
  });

  const badTokens: Array<[string, () => Promise<string>, RegExp]> = [
    ["expired", () => mintToken({ expiresIn: -120 }), /expired/],
    ["wrong audience", () => mintToken({ aud: "someone-else" }), /audience/],
    ["wrong issuer", () => mintToken({ iss: "https://evil.example" }), /issuer/],
    ["wrong alg (HS512)", () => mintToken({ alg: "HS512" }), /HS256/],
    ["wrong secret", () => mintToken({ secret: "another-secret-that-is-also-32-bytes-long!!" }), /signature/],
    ["not yet valid", () => mintToken({ notBefore: 600 }), /nbf|not valid yet/],
    ["missing tenant", () => mintToken({ tid: null }), /tid/],
    ["tenant with unsafe characters", () => mintToken({ tid: "acme:detection:*" }), /tid/],
    ["non-string tenant", () => mintToken({ tid: 42 }), /tid/],
    [
      "tampered payload",
      async () => {
        const [header, , signature] = (await mintToken()).split(".");
        const forged = base64url(
          JSON.stringify({
            tid: "victim",
            scope: "detect",
            exp: 9999999999,
            iss: "promptshield-edge",
            aud: "promptshield-api",
          }),
        );
        return `${header}.${forged}.${signature}`;
      },
      /signature/,
    ],
    [
      "alg none",
      async () => {
        const header = base64url(JSON.stringify({ alg: "none", typ: "JWT" }));
        const payload = base64url(
          JSON.stringify({
            tid: "acme",
            scope: "detect",
            exp: 9999999999,
            iss: "promptshield-edge",
            aud: "promptshield-api",
          }),
        );
        return `${header}.${payload}.`;
      },
      /HS256|malformed|verified/,
    ],
    ["garbage", async () => "not.a.jwt", /malformed|verified/],
  ];

  for (const [name, makeToken, reason] of badTokens) {
    it(`rejects a token: ${name}`, async () => {
      const error = await expectError(
        await postJson("/v1/detect", body, await makeToken()),
        401,
        "unauthorized",
      );
      expect(error.error.message).toMatch(reason);
    });
  }

  it("refuses a valid token without the detect scope with 403", async () => {
    await expectError(
      await postJson("/v1/detect", body, await mintToken({ scope: "events" })),
      403,
      "forbidden",
    );
  });

  it("checks the token before reading the body", async () => {
    await expectError(await postJson("/v1/detect", "{not json", null), 401, "unauthorized");
  });
});
