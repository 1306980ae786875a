/**
 * Security headers and CORS on every route (issue 10), against the real Worker (Miniflare on an
 * esbuild bundle, loopback). Answers of every kind are checked — 2xx, 4xx of each middleware,
 * 404, preflight — because an error path that skips a middleware is where headers go missing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BenchWorker, startBenchWorker } from "../../bench/lib/worker";
import { sendDeclaredLength } from "../support/declared-length";

let open: BenchWorker; // CORS_ORIGINS unset (= "*")
let listed: BenchWorker; // CORS_ORIGINS = two origins
let token: string;

const ALLOWED_ORIGIN = "https://app.example.com";

beforeAll(async () => {
  [open, listed] = await Promise.all([
    startBenchWorker({ vars: { RATE_LIMIT_PER_MINUTE: "100000", METRICS_TOKEN: "m-token" } }),
    startBenchWorker({
      vars: { RATE_LIMIT_PER_MINUTE: "100000", CORS_ORIGINS: `${ALLOWED_ORIGIN},https://admin.example.com` },
    }),
  ]);
  token = await open.token("security-tenant");
});

afterAll(async () => {
  await Promise.all([open?.stop(), listed?.stop()]);
});

interface Probe {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  auth?: boolean;
  /**
   * Declares this Content-Length but sends only `body`, then waits for the answer. The Worker
   * answers 413 from the declared length without reading on; a client that streamed a real
   * 2 MiB body would race that early answer (ECONNRESET on its write once the server closes).
   */
  declaredLength?: number;
}

const PROBES: Probe[] = [
  { name: "health", method: "GET", path: "/health" },
  { name: "status", method: "GET", path: "/system/status" },
  { name: "db health", method: "GET", path: "/db/health" },
  { name: "openapi", method: "GET", path: "/openapi.json" },
  { name: "docs page", method: "GET", path: "/docs" },
  { name: "event viewer", method: "GET", path: "/events/live" },
  { name: "event viewer script", method: "GET", path: "/events/live.js" },
  { name: "metrics without token (401)", method: "GET", path: "/metrics" },
  { name: "metrics", method: "GET", path: "/metrics", headers: { authorization: "Bearer m-token" } },
  { name: "detect", method: "POST", path: "/v1/detect", body: '{"text":"hello"}', auth: true },
  {
    name: "detect batch",
    method: "POST",
    path: "/v1/detect/batch",
    body: '{"items":[{"text":"hi"}]}',
    auth: true,
  },
  { name: "detect without token (401)", method: "POST", path: "/v1/detect", body: '{"text":"x"}' },
  { name: "detect bad JSON (400)", method: "POST", path: "/v1/detect", body: "{", auth: true },
  { name: "detect invalid (400)", method: "POST", path: "/v1/detect", body: '{"text":""}', auth: true },
  {
    name: "detect wrong media type (415)",
    method: "POST",
    path: "/v1/detect",
    body: "text",
    auth: true,
    headers: { "content-type": "text/plain" },
  },
  {
    name: "detect too large (413)",
    method: "POST",
    path: "/v1/detect",
    body: '{"text":"aaaa',
    declaredLength: 2_200_000,
    auth: true,
  },
  { name: "cache stats", method: "GET", path: "/v1/cache/stats", auth: true },
  { name: "operator stats without admin (403)", method: "GET", path: "/cache/stats", auth: true },
  { name: "events ticket", method: "POST", path: "/v1/events/ticket", auth: true },
  { name: "events without upgrade", method: "GET", path: "/v1/events", auth: true },
  { name: "auth token, bad body", method: "POST", path: "/v1/auth/token", body: "{}" },
  { name: "auth refresh, bad body", method: "POST", path: "/v1/auth/refresh", body: "{}" },
  { name: "auth revoke", method: "POST", path: "/v1/auth/revoke", body: "{}", auth: true },
  { name: "admin tenants without admin", method: "GET", path: "/admin/tenants", auth: true },
  { name: "unknown route (404)", method: "GET", path: "/nope" },
  { name: "wrong method (404)", method: "DELETE", path: "/v1/detect", auth: true },
];

async function send(worker: BenchWorker, probe: Probe): Promise<Response> {
  const headers: Record<string, string> = { ...probe.headers };
  if (probe.body !== undefined && !headers["content-type"]) headers["content-type"] = "application/json";
  if (probe.auth) headers.authorization = `Bearer ${token}`;
  if (probe.declaredLength !== undefined) {
    const answer = await sendDeclaredLength(worker.origin, {
      method: probe.method,
      path: probe.path,
      headers,
      prefix: probe.body ?? "",
      declaredLength: probe.declaredLength,
    });
    return new Response(null, { status: answer.status, headers: answer.headers });
  }
  const response = await fetch(`${worker.origin}${probe.path}`, {
    method: probe.method,
    headers,
    ...(probe.body !== undefined ? { body: probe.body } : {}),
    signal: AbortSignal.timeout(15_000),
  });
  await response.arrayBuffer();
  return response;
}

function expectSecurityHeaders(response: Response, what: string): void {
  const h = response.headers;
  expect(h.get("x-content-type-options"), what).toBe("nosniff");
  expect(h.get("x-frame-options"), what).toMatch(/^(DENY|SAMEORIGIN)$/);
  const csp = h.get("content-security-policy") ?? "";
  expect(csp, `${what}: CSP`).not.toBe("");
  expect(csp, `${what}: CSP frame-ancestors`).toMatch(/frame-ancestors 'none'/);
  expect(csp, `${what}: CSP default-src`).toMatch(/default-src [^;]*'(none|self)'/);
  const hsts = h.get("strict-transport-security") ?? "";
  expect(hsts, `${what}: HSTS`).toMatch(/max-age=(\d+)/);
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), `${what}: HSTS max-age ≥ 180 days`).toBeGreaterThanOrEqual(
    15_552_000,
  );
  expect(h.get("referrer-policy"), `${what}: Referrer-Policy`).toBeTruthy();
  expect(h.get("x-powered-by"), `${what}: X-Powered-By`).toBeNull();
  expect(h.get("x-request-id"), `${what}: X-Request-Id`).toBeTruthy();
  expect(h.get("access-control-allow-credentials"), `${what}: credentials`).toBeNull();
}

describe("security headers on every route and answer kind", () => {
  it.each(PROBES.map((probe) => [probe.name, probe] as const))("%s", async (_name, probe) => {
    const response = await send(open, probe);
    expect(response.status, probe.name).toBeLessThan(500);
    const named = /\((\d{3})\)$/.exec(probe.name)?.[1];
    if (named) expect(response.status, probe.name).toBe(Number(named));
    expectSecurityHeaders(response, `${probe.method} ${probe.path} → ${response.status}`);
  });

  // secureHeaders() runs before loadConfig(), so even a configuration error carries them.
  it("also on a configuration error (500 misconfigured)", async () => {
    const broken = await startBenchWorker({ vars: { MAX_BODY_BYTES: "not-a-number" } });
    try {
      const response = await fetch(`${broken.origin}/health`);
      const body = (await response.json()) as { error: { code: string } };
      expect(response.status).toBe(500);
      expect(body.error.code).toBe("misconfigured");
      expectSecurityHeaders(response, "GET /health → 500 misconfigured");
    } finally {
      await broken.stop();
    }
  });
});

describe("CORS", () => {
  const preflight = (
    worker: BenchWorker,
    origin: string,
    method: string,
    headers = "authorization,content-type",
  ) =>
    fetch(`${worker.origin}/v1/detect`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": method,
        "access-control-request-headers": headers,
      },
    });

  const list = (value: string | null) =>
    (value ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean);

  it("a preflight answers only the allowed methods and headers, never credentials", async () => {
    for (const method of ["POST", "DELETE", "PUT", "PATCH"]) {
      const response = await preflight(
        open,
        "https://anything.example",
        method,
        "authorization,x-evil,cookie",
      );
      await response.arrayBuffer();
      expect(response.status).toBeLessThan(300);
      expect(list(response.headers.get("access-control-allow-methods")).sort()).toEqual([
        "get",
        "options",
        "post",
      ]);
      const headers = list(response.headers.get("access-control-allow-headers"));
      expect(headers.sort()).toEqual(["authorization", "content-type", "x-request-id"]);
      expect(headers).not.toContain("x-evil");
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
      expect(Number(response.headers.get("access-control-max-age"))).toBeLessThanOrEqual(86_400);
    }
  });

  it("with the default CORS_ORIGINS (*) answers `*`, never echoing the origin with credentials", async () => {
    const response = await fetch(`${open.origin}/health`, { headers: { origin: "https://evil.example" } });
    await response.arrayBuffer();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("with a CORS_ORIGINS list: allowed origins are echoed (with Vary: Origin), others get nothing", async () => {
    const allowed = await fetch(`${listed.origin}/health`, { headers: { origin: ALLOWED_ORIGIN } });
    await allowed.arrayBuffer();
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
    expect(list(allowed.headers.get("vary"))).toContain("origin");

    for (const origin of [
      "https://evil.example",
      "null",
      `${ALLOWED_ORIGIN}.evil.example`,
      "https://app.example.com:444",
    ]) {
      const denied = await fetch(`${listed.origin}/health`, { headers: { origin } });
      await denied.arrayBuffer();
      expect(denied.headers.get("access-control-allow-origin"), origin).toBeNull();
      const pre = await preflight(listed, origin, "POST");
      await pre.arrayBuffer();
      expect(pre.headers.get("access-control-allow-origin"), `preflight ${origin}`).toBeNull();
    }
  });
});
