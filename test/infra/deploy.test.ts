/**
 * Deployment configuration: the wrangler.toml environments resolve the way wrangler itself reads
 * them (its own config reader), every one builds offline with `wrangler deploy --dry-run`, the
 * secrets list of scripts/deploy-setup.ts and docs/operations.md covers every secret src/config.ts
 * reads, and the bundle-size check measures and enforces its budget.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";
import {
  type BundleBudget,
  buildBundle,
  checkAgainstBudget,
  measureBundle,
  readBudget,
} from "../../scripts/check-bundle";
import { SECRETS } from "../../scripts/deploy-setup";
import { path, run } from "./helpers";

const scratch = mkdtempSync(join(tmpdir(), "infra-deploy-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Migration {
  tag: string;
  new_sqlite_classes?: string[];
  new_classes?: string[];
}
interface Binding {
  name: string;
  class_name: string;
}
interface ResolvedConfig {
  name: string;
  compatibility_date?: string;
  vars: Record<string, unknown>;
  durable_objects: { bindings: Binding[] };
  migrations: Migration[];
  observability?: { enabled?: boolean; logs?: { enabled?: boolean } };
  workers_dev?: boolean;
  routes?: unknown[];
}

/** wrangler's own reading of wrangler.toml (typed here: only the fields these tests use). */
const readConfig = (env?: string): ResolvedConfig =>
  unstable_readConfig({ config: path("wrangler.toml"), ...(env ? { env } : {}) }) as ResolvedConfig;

/** Names of RawEnv in src/config.ts (what the Worker reads). */
function configVariables(): string[] {
  const source = readFileSync(path("src/config.ts"), "utf8");
  const body = /export interface RawEnv \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
  return [...body.matchAll(/^\s+([A-Z][A-Z0-9_]*)\?:/gm)].map((match) => match[1] ?? "");
}
const SECRET_LIKE = /(SECRET|_TOKEN$|PASSWORD|PEPPER|API_KEY)/;

describe("wrangler.toml environments", () => {
  const top = readConfig();

  it.each(["staging", "production"])(
    "%s: own Worker name, ENVIRONMENT var, both Durable Objects, observability",
    (env) => {
      const config = readConfig(env);
      expect(config.name).toBe(`promptshield-edge-${env}`);
      expect(config.vars.ENVIRONMENT).toBe(env);
      expect(config.durable_objects.bindings).toEqual(top.durable_objects.bindings);
      // Migrations are inherited from the top level: the same tags, in the same order.
      expect(config.migrations.map((m) => m.tag)).toEqual(top.migrations.map((m) => m.tag));
      expect(config.observability?.enabled).toBe(true);
      expect(config.observability?.logs?.enabled).toBe(true);
      expect(config.compatibility_date).toBe(top.compatibility_date);
    },
  );

  it("keeps the top-level (development) configuration as it was", () => {
    expect(top.name).toBe("promptshield-edge");
    expect(top.vars.ENVIRONMENT).toBe("development");
    expect(top.durable_objects.bindings.map((b) => b.class_name).sort()).toEqual([
      "MetricsAggregator",
      "TenantHub",
    ]);
    expect(top.migrations.map((m) => m.tag)).toEqual(["v1-metrics-aggregator", "v2-tenant-hub"]);
  });

  it("every migrated class has a binding in every environment", () => {
    for (const env of [undefined, "staging", "production"]) {
      const config = readConfig(env);
      const classes = config.migrations.flatMap((m) => [
        ...(m.new_sqlite_classes ?? []),
        ...(m.new_classes ?? []),
      ]);
      const bound = config.durable_objects.bindings.map((b) => b.class_name);
      expect(bound.sort()).toEqual(classes.sort());
    }
  });

  it("production is on a custom domain, not workers.dev; staging on workers.dev", () => {
    const production = readConfig("production");
    expect(production.workers_dev).toBe(false);
    expect(production.routes).toEqual([expect.objectContaining({ custom_domain: true })]);
    expect(readConfig("staging").workers_dev).toBe(true);
  });

  it("no secret and no PROMETHEUS_* switch is a plain var in any environment", () => {
    for (const env of [undefined, "staging", "production"]) {
      for (const name of Object.keys(readConfig(env).vars)) {
        expect(name, `${name} in [vars] of ${env ?? "top level"}`).not.toMatch(SECRET_LIKE);
        expect(name).not.toMatch(/^PROMETHEUS_/);
        expect(name).not.toMatch(/^UPSTASH_/);
      }
    }
  });

  it("every var set in an environment is one the Worker reads", () => {
    const known = new Set(configVariables());
    for (const env of ["staging", "production"]) {
      for (const name of Object.keys(readConfig(env).vars)) expect(known.has(name), name).toBe(true);
    }
  });

  it.each(["staging", "production"])("%s builds offline: wrangler deploy --dry-run --env %s", (env) => {
    const outdir = join(scratch, env);
    const result = run(
      path("node_modules/.bin/wrangler"),
      ["deploy", "--dry-run", "--env", env, "--outdir", outdir],
      {
        env: {
          ...process.env,
          WRANGLER_SEND_METRICS: "false",
          XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "wr-")),
        },
        timeout: 120_000,
      },
    );
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`env.ENVIRONMENT ("${env}")`);
    expect(result.output).toMatch(/env\.TENANT_HUB \(TenantHub\)\s+Durable Object/);
    expect(result.output).not.toMatch(/▲ \[WARNING\]/);
  });
});

describe("secrets", () => {
  const secretNames = SECRETS.map((spec) => spec.name);

  it("deploy-setup covers every secret-like variable of src/config.ts", () => {
    const missing = configVariables().filter((name) => SECRET_LIKE.test(name) && !secretNames.includes(name));
    expect(missing, "add them to SECRETS in scripts/deploy-setup.ts and to docs/operations.md").toEqual([]);
  });

  it("every name in deploy-setup is a variable the Worker reads", () => {
    const known = new Set(configVariables());
    for (const name of [...secretNames, "PROMETHEUS_ENABLED"]) expect(known.has(name), name).toBe(true);
  });

  it("docs/operations.md lists every secret", () => {
    const doc = readFileSync(path("docs/operations.md"), "utf8");
    for (const name of secretNames) expect(doc, name).toContain(`\`${name}\``);
  });

  it("deploy:setup --dry-run plans them all without calling wrangler or printing a value", () => {
    const result = run(
      process.execPath,
      ["--import", "tsx", path("scripts/deploy-setup.ts"), "secrets", "--env", "staging", "--dry-run"],
      { env: { ...process.env, UPSTASH_REDIS_REST_TOKEN: "value-that-must-not-be-printed" } },
    );
    expect(result.status, result.output).toBe(0);
    for (const name of secretNames) expect(result.output).toContain(name);
    expect(result.output).toMatch(/SECRET_KEY\s+generated \(required\)/);
    expect(result.output).toMatch(/UPSTASH_REDIS_REST_TOKEN\s+environment/);
    expect(result.output).not.toContain("value-that-must-not-be-printed");
  });

  it("deploy:setup refuses an unknown environment", () => {
    const result = run(process.execPath, [
      "--import",
      "tsx",
      path("scripts/deploy-setup.ts"),
      "secrets",
      "--env",
      "prod",
      "--dry-run",
    ]);
    expect(result.status).toBe(2);
  });
});

describe("bundle-size budget (scripts/check-bundle.ts)", () => {
  it("infra/bundle-budget.json is well-formed and below Cloudflare's limit", () => {
    const budget = readBudget();
    expect(budget.maxGzipBytes).toBeLessThan(budget.platformLimitGzipBytes);
    expect(budget.platformLimitGzipBytes).toBe(10 * 1024 * 1024);
  });

  it("measures the dry-run bundle and passes the committed budget", () => {
    const outdir = join(scratch, "bundle");
    buildBundle(outdir);
    const size = measureBundle(outdir);
    console.log(`Worker bundle: ${size.rawBytes} bytes raw, ${size.gzipBytes} bytes gzip`);
    expect(size.files.map((file) => file.path)).toContain("index.js");
    expect(size.files.some((file) => file.path.endsWith(".map"))).toBe(false);
    expect(size.gzipBytes).toBeGreaterThan(10_000);
    expect(size.gzipBytes).toBeLessThan(size.rawBytes);
    expect(checkAgainstBudget(size, readBudget())).toEqual([]);
  });

  it("flags a regression beyond the budget and beyond the platform limit", () => {
    const budget: BundleBudget = { maxGzipBytes: 1000, maxRawBytes: 5000, platformLimitGzipBytes: 2000 };
    const over = { rawBytes: 6000, gzipBytes: 2500, files: [] };
    const problems = checkAgainstBudget(over, budget);
    expect(problems).toHaveLength(3);
    expect(checkAgainstBudget({ rawBytes: 4000, gzipBytes: 900, files: [] }, budget)).toEqual([]);
  });

  it("the CLI prints the figures, exits 0 within the budget and 1 beyond it", () => {
    const cli = (...args: string[]) =>
      run(process.execPath, ["--import", "tsx", path("scripts/check-bundle.ts"), ...args], {
        timeout: 120_000,
      });
    const ok = cli("--json");
    expect(ok.status, ok.output).toBe(0);
    const report = JSON.parse(ok.output.trim().split("\n").pop() ?? "{}") as {
      ok: boolean;
      gzipBytes: number;
    };
    expect(report.ok).toBe(true);
    const budgetFile = join(scratch, "tight.json");
    writeFileSync(budgetFile, JSON.stringify({ ...readBudget(), maxGzipBytes: 1000 }));
    const over = cli("--budget", budgetFile);
    expect(over.status).toBe(1);
    expect(over.output).toMatch(/Worker bundle: .* KiB raw, .* KiB gzip/);
    expect(over.output).toMatch(/exceeds the budget/);
  });
});
