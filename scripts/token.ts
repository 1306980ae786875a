/**
 * Mints a development access token for the local Worker.
 *   npm run token -- --tenant demo [--scopes detect,events] [--ttl 30]
 * Prints only the token on stdout (so `TOKEN=$(npm run -s token -- --tenant demo)` works);
 * notes go to stderr.
 */
import { parseArgs } from "node:util";
import { SCOPES, type Scope } from "../src/auth/tokens";
import { mintDevToken } from "./lib/dev-token";

const { values } = parseArgs({
  options: {
    tenant: { type: "string", default: "demo" },
    scopes: { type: "string", default: "detect,events" },
    ttl: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (values.help) {
  console.error("usage: npm run token -- --tenant <id> [--scopes detect,events,admin] [--ttl <minutes>]");
  process.exit(0);
}

const scopes = values.scopes.split(",").map((scope) => scope.trim());
const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
if (unknown.length > 0) {
  console.error(`error: unknown scope(s) ${unknown.join(", ")}; choose from ${SCOPES.join(", ")}`);
  process.exit(2);
}
const ttl = values.ttl === undefined ? undefined : Number(values.ttl);
if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 1 || ttl > 1440)) {
  console.error("error: --ttl must be a whole number of minutes between 1 and 1440");
  process.exit(2);
}

try {
  const { token, usingDevSecret, ttlMinutes } = await mintDevToken({
    tenantId: values.tenant,
    scopes: scopes as Scope[],
    ttlMinutes: ttl,
  });
  if (usingDevSecret)
    console.error(
      "note: signed with the built-in DEVELOPMENT secret (no SECRET_KEY set); only a local dev Worker accepts it.",
    );
  console.error(`tenant=${values.tenant} scopes=${scopes.join(" ")} expires in ${ttlMinutes} min`);
  console.log(token);
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
