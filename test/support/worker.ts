/**
 * Test harness: the real Worker (wrangler.toml, workerd) on a loopback port via
 * `unstable_startWorker`, with vars given by the test. `.dev.vars` is ignored so a developer's
 * local settings never leak into tests.
 */
import { unstable_startWorker } from "wrangler";
import { type Scope, signAccessToken } from "../../src/auth/tokens";
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER } from "../../src/config";

/** SECRET_KEY of Workers started by {@link startTestWorker}. */
export const E2E_SECRET = "e2e-secret-key-that-is-at-least-32-bytes-long";

export interface TestWorker {
  url: string;
  /** A token for `tenantId` signed with the Worker's secret. */
  token(tenantId: string, scopes?: Scope[]): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the Worker with ENVIRONMENT=test, E2E_SECRET and `vars`. */
export async function startTestWorker(vars: Record<string, string> = {}): Promise<TestWorker> {
  const all: Record<string, string> = {
    ENVIRONMENT: "test",
    LOG_LEVEL: "ERROR",
    SECRET_KEY: E2E_SECRET,
    ...vars,
  };
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    envFiles: [],
    bindings: Object.fromEntries(
      Object.entries(all).map(([name, value]) => [name, { type: "plain_text", value }]),
    ),
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, watch: false },
  });
  const url = (await worker.url).toString().replace(/\/$/, "");
  return {
    url,
    token: (tenantId, scopes = ["detect", "events"]) =>
      signAccessToken(
        { tenantId, scopes, ttlSeconds: 600 },
        { secret: E2E_SECRET, issuer: DEFAULT_JWT_ISSUER, audience: DEFAULT_JWT_AUDIENCE },
      ),
    stop: () => worker.dispose(),
  };
}
