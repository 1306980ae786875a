import { exports } from "cloudflare:workers";
import { SignJWT } from "jose";
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER } from "../../src/config";

/** The SECRET_KEY bound in vitest.config.ts for the worker tests. */
export const TEST_SECRET = "test-secret-key-that-is-at-least-32-bytes-long";

export interface TokenOverrides {
  tid?: string | number | null;
  scope?: string;
  iss?: string;
  aud?: string;
  alg?: "HS256" | "HS384" | "HS512";
  secret?: string;
  expiresIn?: number;
  notBefore?: number;
}

/** Mints a token signed like ours, with any claim overridable to build bad tokens. */
export async function mintToken(overrides: TokenOverrides = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { scope: overrides.scope ?? "detect events" };
  // A fresh tenant per token by default: tests share one isolate's store and rate limits.
  if (overrides.tid !== null) claims.tid = overrides.tid ?? `t-${crypto.randomUUID().slice(0, 12)}`;
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: overrides.alg ?? "HS256" })
    .setIssuer(overrides.iss ?? DEFAULT_JWT_ISSUER)
    .setAudience(overrides.aud ?? DEFAULT_JWT_AUDIENCE)
    .setSubject("test")
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(now + (overrides.expiresIn ?? 600));
  if (overrides.notBefore !== undefined) jwt.setNotBefore(now + overrides.notBefore);
  return jwt.sign(new TextEncoder().encode(overrides.secret ?? TEST_SECRET));
}

/** Sends a request to the Worker under test. */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`https://edge.test${path}`, init));
}

/** POSTs JSON with a valid token unless `token` is given (null for none). */
export async function postJson(path: string, body: unknown, token?: string | null): Promise<Response> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const bearer = token === undefined ? await mintToken() : token;
  if (bearer !== null) headers.Authorization = `Bearer ${bearer}`;
  return call(path, {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export interface ErrorShape {
  error: { code: string; message: string; requestId: string };
}

/** Asserts the common error shape and returns it. */
export async function expectError(response: Response, status: number, code: string): Promise<ErrorShape> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  const body = JSON.parse(text) as ErrorShape;
  if (body.error?.code !== code) throw new Error(`expected code ${code}, got ${text}`);
  if (!body.error.message || body.error.requestId !== response.headers.get("X-Request-Id")) {
    throw new Error(`error shape incomplete: ${text}`);
  }
  if (/\bat .+:\d+:\d+/.test(text)) throw new Error(`stack trace leaked: ${text}`);
  return body;
}
