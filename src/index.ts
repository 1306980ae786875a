import { createApp } from "./app";

export { MetricsAggregator } from "./metrics/aggregator";

const app = createApp();

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
