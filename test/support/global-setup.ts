/**
 * Vitest globalSetup: one redis-server + Upstash REST proxy for a whole run, shared by every test
 * file of the project through `inject("redisRestUrl")` / `inject("redisRestToken")`.
 * Tests sharing it must use their own key space (e.g. random tenant ids) and never FLUSHALL;
 * tests that stop Redis start a private stack with startTestRedisStack() instead.
 */
import type { TestProject } from "vitest/node";
import { startTestRedisStack } from "./redis";

/** Starts the stack and returns its teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await startTestRedisStack({ maxRequestBytes: 10 * 1024 * 1024 });
  project.provide("redisRestUrl", stack.restUrl);
  project.provide("redisRestToken", stack.restToken);
  return () => stack.stop();
}
