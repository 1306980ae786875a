/**
 * `npm run check:bundle`: builds the Worker exactly as a deploy would (`wrangler deploy --dry-run
 * --outdir DIR`, offline, no Cloudflare login needed), measures what would be uploaded, and fails
 * when it grows beyond the committed budget (infra/bundle-budget.json).
 *
 *   tsx scripts/check-bundle.ts [--env staging|production] [--outdir DIR] [--budget FILE] [--json]
 *
 * Size = every uploaded module in DIR (source maps and wrangler's README excluded): raw bytes and
 * gzip bytes (zlib level 9, per module, summed; Cloudflare's limit applies to the compressed
 * size). Exit 0 within budget, 1 beyond the budget or the platform limit, 2 when the build fails.
 * Without --outdir the output goes to a fresh temporary folder, removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BUDGET_FILE = join(ROOT, "infra/bundle-budget.json");

/** infra/bundle-budget.json */
export interface BundleBudget {
  /** What the budget covers, for people reading the file. */
  description?: string;
  /** Fail above this many gzip bytes (the measured size plus headroom; raise it on purpose). */
  maxGzipBytes: number;
  /** Fail above this many raw bytes. */
  maxRawBytes: number;
  /** Cloudflare's hard limit on the compressed Worker (Workers Paid: 10 MB; Free: 3 MB). */
  platformLimitGzipBytes: number;
  /** The last measurement, for the record. */
  measured?: { rawBytes: number; gzipBytes: number; date: string };
}

/** A measured bundle. */
export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
  files: { path: string; rawBytes: number; gzipBytes: number }[];
}

/** Files wrangler writes next to the modules that are not uploaded. */
const NOT_UPLOADED = [/\.map$/, /^README\.md$/i, /\.meta\.json$/, /^bundle-meta\.json$/];

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Raw and gzip size of the uploaded modules in `outdir`. */
export function measureBundle(outdir: string): BundleSize {
  const files = listFiles(outdir)
    .filter(
      (path) => !NOT_UPLOADED.some((pattern) => pattern.test(relative(outdir, path).split("/").pop() ?? "")),
    )
    .map((path) => {
      const bytes = readFileSync(path);
      return {
        path: relative(outdir, path),
        rawBytes: bytes.byteLength,
        gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
      };
    });
  return {
    rawBytes: files.reduce((sum, file) => sum + file.rawBytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    files,
  };
}

/** Problems with `size` against `budget` (empty = within budget). */
export function checkAgainstBudget(size: BundleSize, budget: BundleBudget): string[] {
  const problems: string[] = [];
  if (size.gzipBytes > budget.platformLimitGzipBytes)
    problems.push(
      `gzip size ${kib(size.gzipBytes)} exceeds Cloudflare's Worker size limit ${kib(budget.platformLimitGzipBytes)}`,
    );
  if (size.gzipBytes > budget.maxGzipBytes)
    problems.push(`gzip size ${kib(size.gzipBytes)} exceeds the budget ${kib(budget.maxGzipBytes)}`);
  if (size.rawBytes > budget.maxRawBytes)
    problems.push(`raw size ${kib(size.rawBytes)} exceeds the budget ${kib(budget.maxRawBytes)}`);
  return problems;
}

export function readBudget(file = BUDGET_FILE): BundleBudget {
  const budget = JSON.parse(readFileSync(file, "utf8")) as BundleBudget;
  for (const key of ["maxGzipBytes", "maxRawBytes", "platformLimitGzipBytes"] as const) {
    if (!Number.isInteger(budget[key]) || budget[key] <= 0)
      throw new Error(`${file}: ${key} must be a positive whole number of bytes`);
  }
  return budget;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Runs `wrangler deploy --dry-run --outdir outdir [--env env]` offline (telemetry off, a private
 * config folder so no stored login is read or needed). Throws with wrangler's output on failure.
 */
export function buildBundle(outdir: string, env?: string): void {
  const wrangler = join(ROOT, "node_modules/.bin/wrangler");
  const args = ["deploy", "--dry-run", "--outdir", outdir, ...(env ? ["--env", env] : [])];
  const result = spawnSync(wrangler, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: "false",
      XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "check-bundle-config-")),
      CLOUDFLARE_API_TOKEN: "",
    },
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `wrangler ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout ?? ""}${result.stderr ?? ""}`,
    );
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      env: { type: "string" },
      outdir: { type: "string" },
      budget: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const outdir = values.outdir ? resolve(values.outdir) : mkdtempSync(join(tmpdir(), "check-bundle-"));
  try {
    try {
      buildBundle(outdir, values.env);
    } catch (error) {
      console.error(`check:bundle: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    const size = measureBundle(outdir);
    const budget = readBudget(values.budget ? resolve(values.budget) : BUDGET_FILE);
    const problems = checkAgainstBudget(size, budget);
    if (values.json) {
      console.log(JSON.stringify({ ...size, budget, ok: problems.length === 0, problems }));
    } else {
      console.log(
        `Worker bundle${values.env ? ` (env ${values.env})` : ""}: ${kib(size.rawBytes)} raw, ${kib(size.gzipBytes)} gzip ` +
          `(${size.rawBytes} / ${size.gzipBytes} bytes; budget ${kib(budget.maxGzipBytes)} gzip, ${kib(budget.maxRawBytes)} raw; ` +
          `Cloudflare limit ${kib(budget.platformLimitGzipBytes)} gzip)`,
      );
      for (const file of size.files)
        console.log(`  ${file.path}: ${kib(file.rawBytes)} raw, ${kib(file.gzipBytes)} gzip`);
      for (const problem of problems) console.error(`check:bundle: ${problem}`);
      if (problems.length > 0) {
        console.error(
          "If the growth is intended, raise maxGzipBytes/maxRawBytes in infra/bundle-budget.json in the same change and say why.",
        );
      }
    }
    return problems.length === 0 ? 0 : 1;
  } finally {
    if (!values.outdir) rmSync(outdir, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) process.exit(await main());
