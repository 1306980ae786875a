/**
 * Bench/fault-test entry: the production Worker (src/index.ts) unchanged, plus
 * `POST /__bench/abort-durable-objects`, which resets every Durable Object instance of the
 * process through `workerd:unsafe` (needs the `unsafe_module` compatibility flag, which only
 * bench/lib/worker.ts sets). Never deployed: wrangler.toml's `main` stays src/index.ts.
 * Plain JavaScript so that the Node typecheck (tsconfig.node.json covers bench/) does not need
 * the Workers types; esbuild bundles it with the TypeScript sources.
 */
import unsafe from "workerd:unsafe";
import worker from "../../src/index";

export { MetricsAggregator, TenantHub } from "../../src/index";

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/__bench/abort-durable-objects" && request.method === "POST") {
      await unsafe.abortAllDurableObjects();
      return new Response(null, { status: 204 });
    }
    return worker.fetch(request, env, ctx);
  },
};
