/**
 * One-time setup of a deployed environment (docs/operations.md, "Deploying").
 *
 *   npm run deploy:setup -- secrets --env staging [--dry-run] [--only NAME,NAME]
 *   npm run deploy:setup -- dashboards --grafana-url https://<stack>.grafana.net [--dry-run]
 *
 * `secrets` uploads every secret the Worker reads (src/config.ts) to the environment in one
 * `wrangler secret bulk` call (needs `npx wrangler login` or CLOUDFLARE_API_TOKEN). Each value comes
 * from the process environment if set there; otherwise the random ones (signing secret, API-key
 * pepper, admin and metrics tokens) are generated, and the others are asked for on the terminal
 * (input hidden; empty = leave unset). Values are never printed, except the generated ADMIN_TOKEN and
 * METRICS_TOKEN, shown once so that you can store them. `--dry-run` prints the plan only and calls
 * nothing. Re-running overwrites: pass `--only` to change a few.
 *
 * `dashboards` imports grafana/dashboards/*.json into a "PromptShield Edge" folder through the
 * Grafana HTTP API, with a service-account token in GRAFANA_SERVICE_ACCOUNT_TOKEN (role Editor).
 * Alert rules: `mimirtool rules load infra/prometheus/alerts.yml ...` (see docs/operations.md).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** How a secret gets its value when the process environment does not hold it. */
export type SecretSource =
  /** Random, generated here (at least 32 bytes; the Worker requires >= 32 in staging/production). */
  | "generate"
  /** Asked for on the terminal (an account-specific credential or endpoint). */
  | "prompt"
  /** Only during a key rotation, never by this script: see docs/operations.md. */
  | "rotation";

export interface SecretSpec {
  name: string;
  source: SecretSource;
  /** Required by the Worker in staging/production (it refuses to start without). */
  required: boolean;
  /** Print the generated value once (tokens an operator must hold). */
  showGenerated?: boolean;
  what: string;
}

/**
 * Every secret of src/config.ts (test/infra/deploy-setup.test.ts fails when config.ts gains a
 * secret-like variable that is missing here), plus the Prometheus settings, which are set as
 * secrets so that a deploy can never enable metrics without their endpoint.
 */
export const SECRETS: readonly SecretSpec[] = [
  { name: "SECRET_KEY", source: "generate", required: true, what: "HS256 signing secret for access tokens" },
  { name: "API_KEY_PEPPER", source: "generate", required: true, what: "HMAC key of stored API-key hashes" },
  {
    name: "ADMIN_TOKEN",
    source: "generate",
    required: false,
    showGenerated: true,
    what: "static bearer secret for /admin (tenant and key management)",
  },
  {
    name: "METRICS_TOKEN",
    source: "generate",
    required: false,
    showGenerated: true,
    what: "bearer token for GET /metrics (pull mode)",
  },
  {
    name: "UPSTASH_REDIS_REST_URL",
    source: "prompt",
    required: false,
    what: "Upstash REST URL, https://<db>.upstash.io",
  },
  {
    name: "UPSTASH_REDIS_REST_TOKEN",
    source: "prompt",
    required: false,
    what: "Upstash REST token (read-write)",
  },
  {
    name: "PROMETHEUS_REMOTE_WRITE_URL",
    source: "prompt",
    required: false,
    what: "Grafana Cloud remote-write URL, https://prometheus-prod-NN-prod-<region>.grafana.net/api/prom/push",
  },
  {
    name: "PROMETHEUS_USERNAME",
    source: "prompt",
    required: false,
    what: "Grafana Cloud metrics instance ID (a number)",
  },
  {
    name: "PROMETHEUS_PASSWORD",
    source: "prompt",
    required: false,
    what: "Grafana Cloud access-policy token with metrics:write",
  },
  {
    name: "HUGGINGFACE_API_KEY",
    source: "prompt",
    required: false,
    what: "Hugging Face token (provider off when unset)",
  },
  {
    name: "GEMINI_API_KEY",
    source: "prompt",
    required: false,
    what: "Gemini API key (provider off when unset)",
  },
  {
    name: "OPENAI_COMPAT_API_KEY",
    source: "prompt",
    required: false,
    what: "key of the OpenAI-compatible judge (needs OPENAI_COMPAT_BASE_URL/MODEL vars)",
  },
  {
    name: "SECRET_KEY_PREVIOUS",
    source: "rotation",
    required: false,
    what: "the old signing secret while a key rotation runs",
  },
];

/** Derived, not asked: "true" exactly when a remote-write URL is being set. */
const PROMETHEUS_ENABLED = "PROMETHEUS_ENABLED";

const ENVIRONMENTS = ["staging", "production"];

/** A value for each secret that will be uploaded, and where it came from. */
export interface SecretPlanEntry {
  name: string;
  origin: "environment" | "generated" | "entered" | "derived" | "skipped";
  value?: string;
}

function generated(): string {
  return randomBytes(48).toString("base64url");
}

/** Reads a line without echoing it (TTY only). */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    const write = output._writeToOutput.bind(rl);
    let prompted = false;
    output._writeToOutput = (text: string) => {
      if (!prompted) {
        prompted = true;
        write(text);
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer.trim());
    });
  });
}

/** Decides every secret's value; prompts only when `interactive` and not a dry run. */
export async function planSecrets(
  env: NodeJS.ProcessEnv,
  options: { only?: readonly string[]; dryRun: boolean; interactive: boolean },
): Promise<SecretPlanEntry[]> {
  const plan: SecretPlanEntry[] = [];
  for (const spec of SECRETS) {
    if (options.only && !options.only.includes(spec.name)) continue;
    const fromEnv = env[spec.name];
    if (fromEnv) {
      plan.push({ name: spec.name, origin: "environment", value: fromEnv });
    } else if (spec.source === "generate") {
      plan.push({ name: spec.name, origin: "generated", value: options.dryRun ? undefined : generated() });
    } else if (spec.source === "prompt" && options.interactive && !options.dryRun) {
      const answer = await askHidden(`${spec.name} — ${spec.what} (empty = leave unset): `);
      plan.push(
        answer
          ? { name: spec.name, origin: "entered", value: answer }
          : { name: spec.name, origin: "skipped" },
      );
    } else {
      plan.push({ name: spec.name, origin: "skipped" });
    }
  }
  const url = plan.find((entry) => entry.name === "PROMETHEUS_REMOTE_WRITE_URL");
  if (url && url.origin !== "skipped")
    plan.push({ name: PROMETHEUS_ENABLED, origin: "derived", value: "true" });
  return plan;
}

function wrangler(args: string[], capture = false) {
  return spawnSync(join(ROOT, "node_modules/.bin/wrangler"), args, {
    cwd: ROOT,
    stdio: capture ? "pipe" : "inherit",
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
}

async function secretsCommand(values: { env?: string; "dry-run"?: boolean; only?: string }): Promise<number> {
  const environment = values.env;
  if (!environment || !ENVIRONMENTS.includes(environment)) {
    console.error(`deploy:setup secrets: --env must be one of ${ENVIRONMENTS.join(", ")}`);
    return 2;
  }
  const dryRun = values["dry-run"] ?? false;
  const only = values.only ? values.only.split(",").map((name) => name.trim()) : undefined;
  const unknown = only?.filter((name) => !SECRETS.some((spec) => spec.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(`deploy:setup secrets: unknown secret(s) ${unknown.join(", ")}`);
    return 2;
  }
  if (!dryRun && wrangler(["whoami"], true).status !== 0) {
    console.error(
      "deploy:setup: not logged in to Cloudflare: run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN).",
    );
    return 1;
  }
  const plan = await planSecrets(process.env, { only, dryRun, interactive: process.stdin.isTTY === true });
  console.log(`Secrets for env ${environment} (Worker promptshield-edge-${environment}):`);
  for (const entry of plan) {
    const spec = SECRETS.find((candidate) => candidate.name === entry.name);
    const note =
      spec?.source === "rotation" ? " (only during a key rotation)" : spec?.required ? " (required)" : "";
    console.log(`  ${entry.name.padEnd(28)} ${entry.origin}${note}`);
  }
  const missingRequired = plan.filter(
    (entry) => entry.origin === "skipped" && SECRETS.find((spec) => spec.name === entry.name)?.required,
  );
  if (missingRequired.length > 0) {
    console.error(
      `deploy:setup: required secrets have no value: ${missingRequired.map((e) => e.name).join(", ")}`,
    );
    return 1;
  }
  const upload = Object.fromEntries(
    plan.filter((entry) => entry.value !== undefined).map((entry) => [entry.name, entry.value as string]),
  );
  if (dryRun) {
    console.log(
      `--dry-run: would run \`wrangler secret bulk <file> --env ${environment}\` with ${plan.filter((e) => e.origin !== "skipped").length} secrets.`,
    );
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), "promptshield-secrets-"));
  const file = join(dir, "secrets.json");
  try {
    writeFileSync(file, JSON.stringify(upload), { mode: 0o600 });
    const result = wrangler(["secret", "bulk", file, "--env", environment]);
    if (result.status !== 0) return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const entry of plan) {
    const spec = SECRETS.find((candidate) => candidate.name === entry.name);
    if (entry.origin === "generated" && spec?.showGenerated) {
      console.log(`\n${entry.name} (shown once; store it in your password manager):\n  ${entry.value}`);
    }
  }
  console.log(`\nDone. Deploy with: npm run deploy:${environment}`);
  return 0;
}

async function dashboardsCommand(values: { "grafana-url"?: string; "dry-run"?: boolean }): Promise<number> {
  const base = values["grafana-url"]?.replace(/\/+$/, "");
  if (!base) {
    console.error("deploy:setup dashboards: --grafana-url https://<stack>.grafana.net is required");
    return 2;
  }
  const dir = join(ROOT, "grafana/dashboards");
  const dashboards = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({
      name,
      json: JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>,
    }));
  const folder = { uid: "promptshield-edge", title: "PromptShield Edge" };
  if (values["dry-run"]) {
    console.log(
      `--dry-run: would create folder "${folder.title}" and POST ${dashboards.length} dashboards to ${base}/api/dashboards/db:`,
    );
    for (const { name, json } of dashboards)
      console.log(`  ${name}: uid ${String(json.uid)}, "${String(json.title)}"`);
    return 0;
  }
  const token = process.env.GRAFANA_SERVICE_ACCOUNT_TOKEN;
  if (!token) {
    console.error(
      "deploy:setup dashboards: set GRAFANA_SERVICE_ACCOUNT_TOKEN (a service account with the Editor role)",
    );
    return 2;
  }
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const created = await fetch(`${base}/api/folders`, {
    method: "POST",
    headers,
    body: JSON.stringify(folder),
  });
  // 409/412: the folder exists already.
  if (!created.ok && created.status !== 409 && created.status !== 412) {
    console.error(`deploy:setup: creating the folder failed: HTTP ${created.status} ${await created.text()}`);
    return 1;
  }
  for (const { name, json } of dashboards) {
    const { id: _id, ...dashboard } = json;
    const response = await fetch(`${base}/api/dashboards/db`, {
      method: "POST",
      headers,
      body: JSON.stringify({ dashboard, folderUid: folder.uid, overwrite: true, message: "deploy:setup" }),
    });
    if (!response.ok) {
      console.error(`deploy:setup: ${name}: HTTP ${response.status} ${await response.text()}`);
      return 1;
    }
    console.log(`${name}: imported`);
  }
  return 0;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      env: { type: "string" },
      "dry-run": { type: "boolean" },
      only: { type: "string" },
      "grafana-url": { type: "string" },
    },
  });
  if (command === "secrets") return secretsCommand(values);
  if (command === "dashboards") return dashboardsCommand(values);
  console.error(
    "usage: tsx scripts/deploy-setup.ts secrets --env staging|production [--dry-run] [--only A,B]\n" +
      "       tsx scripts/deploy-setup.ts dashboards --grafana-url https://<stack>.grafana.net [--dry-run]",
  );
  return 2;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) process.exit(await main());
