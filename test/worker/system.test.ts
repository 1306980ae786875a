import { describe, expect, it } from "vitest";
import { call, expectError, mintToken, TEST_SECRET } from "./helpers";

describe("operations routes", () => {
  it("GET /health answers ok with a generated request id", async () => {
    const response = await call("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("echoes a sane X-Request-Id and replaces an unsafe one", async () => {
    const sane = await call("/health", { headers: { "X-Request-Id": "trace-42.abc" } });
    expect(sane.headers.get("X-Request-Id")).toBe("trace-42.abc");
    const unsafe = await call("/health", { headers: { "X-Request-Id": "bad id\u0001<script>" } });
    expect(unsafe.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    const long = await call("/health", { headers: { "X-Request-Id": "a".repeat(500) } });
    expect(long.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("GET /system/status reports versions and dependencies but never secrets", async () => {
    const response = await call("/system/status");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(TEST_SECRET);
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      status: "ok",
      service: "promptshield-edge",
      environment: "test",
      auth: { developmentSecret: false },
      dependencies: {
        redis: { configured: false },
        huggingface: { configured: false },
        gemini: { configured: false },
      },
    });
    // semver, with build metadata naming the classifier and policy artefacts
    expect(body.engine.version).toMatch(/^\d+\.\d+\.\d+(\+[0-9A-Za-z.-]+)?$/);
  });

  it("sets security headers on every answer", async () => {
    const response = await call("/health");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    expect(response.headers.get("Strict-Transport-Security")).toContain("max-age=");
  });

  it("answers CORS preflights for the API", async () => {
    const response = await call("/v1/detect", {
      method: "OPTIONS",
      headers: {
        Origin: "https://app.example.com",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain("authorization");
  });

  it("unknown routes get a 404 in the error shape", async () => {
    await expectError(await call("/nope"), 404, "not_found");
    // Under /v1 the token is checked first, so routes are not revealed to anonymous callers.
    await expectError(await call("/v1/detect", { method: "GET" }), 401, "unauthorized");
    const authorized = { method: "GET", headers: { Authorization: `Bearer ${await mintToken()}` } };
    await expectError(await call("/v1/detect", authorized), 404, "not_found");
  });
});

describe("API description", () => {
  it("serves an OpenAPI 3.1 document generated from the validation schemas", async () => {
    const response = await call("/openapi.json");
    expect(response.status).toBe(200);
    const document = await response.json<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/v1/detect", "/v1/detect/batch", "/health", "/system/status"]),
    );
    expect(document.components.schemas).toHaveProperty("DetectRequest");
    expect(document.components.schemas).toHaveProperty("DetectResponse");
  });

  it("serves a readable reference page at /docs", async () => {
    const response = await call("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("/v1/detect/batch");
    expect(html).toContain("DetectResponse");
    expect(html).not.toContain("<script");
  });
});
