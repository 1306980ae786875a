// Values the global setup (test/support/global-setup.ts) provides to tests through `inject()`.
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** UPSTASH_REDIS_REST_URL of the shared test stack. */
    redisRestUrl: string;
    /** UPSTASH_REDIS_REST_TOKEN of the shared test stack. */
    redisRestToken: string;
  }
}
