/** Shared helpers of the infra tests (test/infra): paths, binaries, YAML. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";

export const ROOT = resolve(import.meta.dirname, "../..");
export const path = (...parts: string[]) => join(ROOT, ...parts);

/** Parses a YAML file of the repository. */
export function readYaml<T = unknown>(relativePath: string): T {
  return parse(readFileSync(path(relativePath), "utf8")) as T;
}

/** True when `binary --version` (or `args`) runs with exit 0. */
export function hasBinary(binary: string, args: string[] = ["--version"]): boolean {
  const probe = spawnSync(binary, args, { stdio: "ignore" });
  return !probe.error && probe.status === 0;
}

/** Runs a command, returning status and combined output. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    encoding: "utf8",
    timeout: options.timeout ?? 60_000,
  });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}
