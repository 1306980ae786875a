import { createApp } from "./app";

export { MetricsAggregator } from "./metrics/aggregator";
export { TenantHub } from "./realtime/hub";

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
