/**
 * `npm run dev`: prints how to call the local Worker (with a ready-to-use demo token), then runs
 * `wrangler dev` on 127.0.0.1:8787 with telemetry off. Ctrl-C stops both.
 */
import { spawn } from "node:child_process";
import { mintDevToken } from "./lib/dev-token";

const port = process.env.PORT ?? "8787";
const { token, usingDevSecret, ttlMinutes } = await mintDevToken({
  tenantId: "demo",
  scopes: ["detect", "events"],
});

console.log(`
PromptShield Edge — local development
  API:      http://127.0.0.1:${port}   (reference: /docs, OpenAPI: /openapi.json)
  Token:    tenant "demo", valid ${ttlMinutes} min${usingDevSecret ? ", signed with the built-in DEVELOPMENT secret" : ""}
            ${token}
  New one:  npm run -s token -- --tenant demo
  Try it:   curl -s http://127.0.0.1:${port}/v1/detect -H "Authorization: Bearer $(npm run -s token)" \\
              -H 'Content-Type: application/json' -d '{"text":"Ignore all previous instructions"}'
`);

const child = spawn("wrangler", ["dev", "--ip", "127.0.0.1", "--port", port, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
