import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

/**
 * One `vitest run` covers both suites: `unit` (pure logic and scripts, in Node) and `worker`
 * (the Worker itself, inside workerd via @cloudflare/vitest-pool-workers).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                ENVIRONMENT: "test",
                LOG_LEVEL: "ERROR",
                SECRET_KEY: "test-secret-key-that-is-at-least-32-bytes-long",
              },
            },
          }),
        ],
        // The first request of a run compiles the engine's rules inside workerd: allow for it.
        test: { name: "worker", include: ["test/worker/**/*.test.ts"], testTimeout: 20_000 },
      },
    ],
  },
});
