/**
 * Tenant administration from the command line, through the Worker's admin API (/admin).
 *
 *   npm run tenant -- create acme [--name "Acme Corp"] [--rpm 600] [--batch 50] [--max-text-bytes N]
 *                            [--threshold 0.6] [--mode fast|balanced|thorough] [--privacy hash-only|redacted-excerpt]
 *                            [--policy policy.json] [--with-key]
 *   npm run tenant -- update acme [same options as create]
 *   npm run tenant -- list | show acme | disable acme | enable acme
 *   npm run tenant -- key acme [--name ci] [--scopes detect,events]   (prints the key once)
 *   npm run tenant -- keys acme | revoke-key acme <keyId>
 *
 * Target: --url or PROMPTSHIELD_URL (default http://127.0.0.1:8787); credential: ADMIN_TOKEN from
 * the environment or .dev.vars (the local development Worker also accepts its built-in one).
 * Prints JSON on stdout; notes and errors on stderr.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { AdminApiError, adminRequest, adminTarget } from "./lib/dev-token";

const USAGE = `usage: npm run tenant -- <command> [args]
  create <id> [--name N] [--rpm N] [--batch N] [--max-text-bytes N] [--threshold X] [--mode M] [--privacy P] [--policy FILE] [--with-key]
  update <id> [same options]     list     show <id>     disable <id>     enable <id>
  key <id> [--name N] [--scopes detect,events]     keys <id>     revoke-key <id> <keyId>
options: --url URL (or PROMPTSHIELD_URL), ADMIN_TOKEN from the environment or .dev.vars`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    name: { type: "string" },
    rpm: { type: "string" },
    batch: { type: "string" },
    "max-text-bytes": { type: "string" },
    threshold: { type: "string" },
    mode: { type: "string" },
    privacy: { type: "string" },
    policy: { type: "string" },
    scopes: { type: "string" },
    "with-key": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});

function fail(message: string, code = 2): never {
  console.error(`error: ${message}`);
  process.exit(code);
}

function int(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) fail(`--${name} must be a whole number`);
  return Number(raw);
}

function tenantBody(): { name?: string; plan?: Record<string, number>; policy?: Record<string, unknown> } {
  const plan: Record<string, number> = {};
  const rpm = int("rpm", values.rpm);
  if (rpm !== undefined) plan.requestsPerMinute = rpm;
  const batch = int("batch", values.batch);
  if (batch !== undefined) plan.maxBatchItems = batch;
  const maxText = int("max-text-bytes", values["max-text-bytes"]);
  if (maxText !== undefined) plan.maxTextBytes = maxText;
  let policy: Record<string, unknown> = {};
  if (values.policy) {
    try {
      policy = JSON.parse(readFileSync(values.policy, "utf8")) as Record<string, unknown>;
    } catch (error) {
      fail(`--policy: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (values.threshold !== undefined) {
    const threshold = Number(values.threshold);
    if (!Number.isFinite(threshold)) fail("--threshold must be a number");
    policy.threshold = threshold;
  }
  if (values.mode !== undefined) policy.mode = values.mode;
  if (values.privacy !== undefined) policy.eventPrivacy = values.privacy;
  return {
    ...(values.name === undefined ? {} : { name: values.name }),
    ...(Object.keys(plan).length > 0 ? { plan } : {}),
    ...(Object.keys(policy).length > 0 ? { policy } : {}),
  };
}

const [command, id, extra] = positionals;
if (values.help || !command) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const target = adminTarget({ baseUrl: values.url });
const tenantPath = (tenantId: string | undefined) => {
  if (!tenantId) fail(`${command} needs a tenant id\n${USAGE}`);
  return `/admin/tenants/${encodeURIComponent(tenantId)}`;
};
const print = (value: unknown) => console.log(JSON.stringify(value, null, 2));

async function issueKey(tenantId: string): Promise<void> {
  const scopes = values.scopes?.split(",").map((scope) => scope.trim());
  const key = await adminRequest<{ key: string; prefix: string }>(
    target,
    "POST",
    `${tenantPath(tenantId)}/keys`,
    {
      ...(values.name === undefined || command === "create" ? {} : { name: values.name }),
      ...(scopes ? { scopes } : {}),
    },
  );
  print(key);
  console.error(`note: the key ${key.prefix}_… is shown once; store it now (only its hash is kept).`);
}

try {
  switch (command) {
    case "create": {
      print(await adminRequest(target, "POST", "/admin/tenants", { id, ...tenantBody() }));
      if (values["with-key"]) await issueKey(id as string);
      break;
    }
    case "update":
      print(await adminRequest(target, "PATCH", tenantPath(id), tenantBody()));
      break;
    case "disable":
    case "enable":
      print(
        await adminRequest(target, "PATCH", tenantPath(id), {
          status: command === "disable" ? "disabled" : "active",
        }),
      );
      break;
    case "list":
      print(await adminRequest(target, "GET", "/admin/tenants"));
      break;
    case "show":
      print(await adminRequest(target, "GET", tenantPath(id)));
      break;
    case "key":
      await issueKey(id as string);
      break;
    case "keys":
      print(await adminRequest(target, "GET", `${tenantPath(id)}/keys`));
      break;
    case "revoke-key":
      if (!extra) fail("revoke-key needs a key id");
      print(await adminRequest(target, "POST", `${tenantPath(id)}/keys/${encodeURIComponent(extra)}/revoke`));
      break;
    default:
      fail(`unknown command "${command}"\n${USAGE}`);
  }
} catch (error) {
  if (error instanceof AdminApiError) fail(error.message, 1);
  const message = error instanceof Error ? error.message : String(error);
  fail(`cannot reach ${target.baseUrl} (${message}); is the Worker running (npm run dev)?`, 1);
}
