import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const WORKER_TEST_BINDINGS = {
  ENVIRONMENT: "test",
  LOG_LEVEL: "ERROR",
  SECRET_KEY: "test-secret-key-that-is-at-least-32-bytes-long",
  // The admin API's static credential (tenant and key administration in the tests).
  ADMIN_TOKEN: "test-admin-token-that-is-at-least-32-bytes-long",
};

/**
 * One `vitest run` covers every suite:
 * - `unit`: pure logic and scripts, in Node;
 * - `worker`: the Worker inside workerd (@cloudflare/vitest-pool-workers), in-memory store;
 * - `worker-redis`: the Worker inside workerd against a real redis-server behind the Upstash
 *   REST proxy (started by the global setup);
 * - `realtime`: the TenantHub Durable Object and /v1/events inside workerd;
 * - `e2e`: the live event viewer in headless Chromium against the Worker (unstable_startWorker);
 * - `metrics-worker`: the MetricsAggregator Durable Object inside workerd;
 * - `metrics-e2e`: promtool rule tests, dashboard PromQL checks and remote-write into a real
 *   Prometheus;
 * - `fuzz`: 10,000 seeded fast-check cases against every public route (no 5xx, one error shape);
 * - `security`: security headers and CORS on every route and answer kind;
 * - `infra`: Prometheus/Alertmanager configs, Grafana provisioning, the compose file, `npm run
 *   stack` start/stop, deployment settings;
 * - `integration`: Node tests against real services (proxy contract, store adapters, faults,
 *   the Worker end to end with `unstable_startWorker`).
 *
 * The fault-injection suite (`npm run test:faults`, test/faults/vitest.config.ts) runs on its
 * own, one file at a time: it drives load on purpose and would skew every other project.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // Some unit tests sweep every rule over the whole corpus (golden fixture, literal-gate
        // soundness, ReDoS audit): 2–5 s alone, more on a shared machine, so not vitest's 5 s default.
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ...WORKER_TEST_BINDINGS,
                RATE_LIMIT_PER_MINUTE: "1000",
                // Requests from SELF carry no CF-Connecting-IP, so every deliberate 401 of these
                // suites lands in the one `unknown` bucket. test/worker/auth-throttle.test.ts runs
                // the app with the default (10) on its own env object instead.
                AUTH_FAILURES_PER_MINUTE: "1000",
              },
            },
          }),
        ],
        // The first request of a run compiles the engine inside workerd: allow for it.
        test: { name: "worker", include: ["test/worker/**/*.test.ts"], testTimeout: 20_000 },
      },
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ...WORKER_TEST_BINDINGS,
                UPSTASH_REDIS_REST_URL: inject("redisRestUrl"),
                UPSTASH_REDIS_REST_TOKEN: inject("redisRestToken"),
                RATE_LIMIT_PER_MINUTE: "5",
              },
            },
          })),
        ],
        test: {
          name: "worker-redis",
          include: ["test/worker-redis/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ...WORKER_TEST_BINDINGS,
                PROMETHEUS_ENABLED: "true",
                // Never reached: the tests replace fetch; port 9 (discard) fails fast if one leaks.
                PROMETHEUS_REMOTE_WRITE_URL: "http://127.0.0.1:9/api/v1/write",
                PROMETHEUS_USERNAME: "123456",
                PROMETHEUS_PASSWORD: "test-token",
                PROMETHEUS_PUSH_INTERVAL_SECONDS: "15",
                METRICS_MAX_TENANTS: "3",
                METRICS_BACKLOG_MAX_SAMPLES: "300",
                METRICS_PUSH_ATTEMPTS: "1",
              },
            },
          }),
        ],
        test: { name: "metrics-worker", include: ["test/metrics/worker/**/*.test.ts"], testTimeout: 20_000 },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: { bindings: WORKER_TEST_BINDINGS },
          }),
        ],
        test: { name: "realtime", include: ["test/realtime/**/*.test.ts"], testTimeout: 20_000 },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "metrics-e2e",
          include: ["test/metrics/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "fuzz",
          include: ["test/fuzz/**/*.test.ts"],
          environment: "node",
          testTimeout: 240_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "security",
          include: ["test/security/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "infra",
          include: ["test/infra/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
