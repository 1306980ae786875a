/**
 * Standalone config of the fault suite: `npx vitest run -c test/faults/vitest.config.ts`.
 * Equivalent to the `faults` project entry proposed for vitest.config.ts (see docs/benchmarks.md).
 * Files run one at a time: each drives load on a 2-core machine, and parallel files would only
 * measure each other.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "faults",
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/faults/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/faults/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
