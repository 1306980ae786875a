/**
 * infra/docker-compose.yml. There is no Docker engine on these machines, so:
 * - `docker compose config` (v2 plugin) or `docker-compose config` (v1, Debian's package) validates
 *   the file against the Compose schema when either is installed;
 * - the structure is checked here in any case: the five services, a health check on each, named
 *   volumes, loopback-only ports, no secret values (only ${VAR} references, all listed in
 *   infra/.env.example), every mounted file present;
 * - the proxy image's build step (esbuild bundle of infra/upstash-proxy, as in
 *   infra/docker/upstash-proxy.Dockerfile) is run and the bundle answers PING through Redis.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startRedisServer, stopChild, waitFor } from "../../scripts/lib/services";
import { hasBinary, path, readYaml, run } from "./helpers";

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval: string; timeout: string; retries: number };
  depends_on?: Record<string, { condition: string }>;
}
const compose = readYaml<{ services: Record<string, Service>; volumes: Record<string, unknown> }>(
  "infra/docker-compose.yml",
);
const composeDir = path("infra");
const raw = readFileSync(path("infra/docker-compose.yml"), "utf8");
const envExample = readFileSync(path("infra/.env.example"), "utf8");

describe("infra/docker-compose.yml structure", () => {
  it("runs Redis, the REST proxy, Prometheus, Alertmanager and Grafana", () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      "alertmanager",
      "grafana",
      "prometheus",
      "redis",
      "upstash-proxy",
    ]);
  });

  it.each(Object.entries(compose.services))("%s has a health check", (_name, service) => {
    const check = service.healthcheck;
    expect(check?.test[0]).toMatch(/^CMD(-SHELL)?$/);
    expect(check?.interval).toBeTruthy();
    expect(check?.timeout).toBeTruthy();
    expect(check?.retries).toBeGreaterThan(0);
  });

  it.each(Object.entries(compose.services))("%s publishes ports on 127.0.0.1 only", (_name, service) => {
    for (const port of service.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it("keeps state in named volumes, each declared and used", () => {
    const named = Object.keys(compose.volumes).sort();
    expect(named).toEqual(["alertmanager_data", "grafana_data", "prometheus_data", "redis_data"]);
    const used = Object.values(compose.services)
      .flatMap((service) => service.volumes ?? [])
      .map((volume) => volume.split(":")[0] ?? "")
      .filter((source) => !source.startsWith(".") && !source.startsWith("/"));
    expect(used.sort()).toEqual(named);
  });

  it("mounts files that exist", () => {
    for (const service of Object.values(compose.services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(":")[0] ?? "";
        if (source.startsWith(".")) expect(existsSync(resolve(composeDir, source)), volume).toBe(true);
      }
    }
  });

  it("Redis is append-only; Prometheus receives remote-write", () => {
    expect(compose.services.redis?.command?.join(" ")).toMatch(/--appendonly yes/);
    expect(compose.services.prometheus?.command).toContain("--web.enable-remote-write-receiver");
  });

  it("builds the proxy from infra/ with the same code the tests use (not hiett/serverless-redis-http)", () => {
    const proxy = compose.services["upstash-proxy"];
    expect(proxy?.build).toEqual({ context: ".", dockerfile: "docker/upstash-proxy.Dockerfile" });
    const dockerfile = readFileSync(resolve(composeDir, proxy?.build?.dockerfile ?? ""), "utf8");
    expect(dockerfile).toMatch(/^FROM node:20-slim/m);
    expect(dockerfile).toMatch(/COPY upstash-proxy\/ \.\/upstash-proxy\//);
    expect(raw).not.toMatch(/image:\s*hiett\//);
  });

  it("services wait for what they need to be healthy", () => {
    expect(compose.services["upstash-proxy"]?.depends_on?.redis?.condition).toBe("service_healthy");
    expect(compose.services.grafana?.depends_on?.prometheus?.condition).toBe("service_healthy");
  });

  it("holds no secret values: only $VAR references with a :? guard, each documented in infra/.env.example", () => {
    const secretish = /(PASSWORD|TOKEN|SECRET|_KEY)$/;
    const referenced = new Set<string>();
    for (const service of Object.values(compose.services)) {
      for (const [name, value] of Object.entries(service.environment ?? {})) {
        if (secretish.test(name)) expect(value, name).toMatch(/^\$\{[A-Z_]+:\?[^}]+\}$/);
      }
    }
    for (const match of raw.matchAll(/\$\{([A-Z_][A-Z0-9_]*)/g)) referenced.add(match[1] ?? "");
    for (const name of referenced)
      expect(envExample, `${name} missing from infra/.env.example`).toMatch(new RegExp(`^#? ?${name}=`, "m"));
    // The example itself holds no values for secrets.
    for (const line of envExample.split("\n")) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line);
      if (match && secretish.test(match[1] ?? "")) expect(match[2], match[1]).toBe("");
    }
  });
});

const composeCli = hasBinary("docker", ["compose", "version"])
  ? ["docker", "compose"]
  : hasBinary("docker-compose", ["version"])
    ? ["docker-compose"]
    : null;

describe(`${composeCli?.join(" ") ?? "docker compose"} config`, () => {
  const [command = "docker", ...prefix] = composeCli ?? [];
  const env = {
    ...process.env,
    UPSTASH_REDIS_REST_TOKEN: "test-token",
    GRAFANA_ADMIN_PASSWORD: "test-password",
  };
  // An empty env file, so that a developer's own infra/.env never changes the outcome.
  const scratchDir = mkdtempSync(join(tmpdir(), "infra-compose-"));
  const emptyEnvFile = join(scratchDir, "empty.env");
  writeFileSync(emptyEnvFile, "");
  afterAll(() => rmSync(scratchDir, { recursive: true, force: true }));

  it("validates the file against the Compose schema", () => {
    const result = run(
      command,
      [...prefix, "--env-file", emptyEnvFile, "-f", path("infra/docker-compose.yml"), "config", "-q"],
      { env },
    );
    expect(result.status, result.output).toBe(0);
  });

  it("refuses to run without the secrets of infra/.env", () => {
    const { UPSTASH_REDIS_REST_TOKEN: _a, GRAFANA_ADMIN_PASSWORD: _b, ...bare } = env;
    const result = run(
      command,
      [...prefix, "--env-file", emptyEnvFile, "-f", path("infra/docker-compose.yml"), "config", "-q"],
      {
        env: bare,
        cwd: tmpdir(),
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/UPSTASH_REDIS_REST_TOKEN|GRAFANA_ADMIN_PASSWORD/);
  });
});

describe("the proxy image's build step", () => {
  const scratch = mkdtempSync(join(tmpdir(), "infra-proxy-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("bundles infra/upstash-proxy like the Dockerfile, and the bundle serves the REST contract", async () => {
    const dockerfile = readFileSync(path("infra/docker/upstash-proxy.Dockerfile"), "utf8");
    const esbuildLine = /npx esbuild (.+?) \\\n\s+(.+)$/m.exec(dockerfile);
    expect(esbuildLine, "esbuild step not found in the Dockerfile").not.toBeNull();
    const args = `${esbuildLine?.[1]} ${esbuildLine?.[2]}`
      .split(/\s+/)
      .map((arg) => arg.replace("/build/upstash-proxy.mjs", join(scratch, "upstash-proxy.mjs")));
    const built = run(path("node_modules/.bin/esbuild"), args, { cwd: composeDir });
    expect(built.status, built.output).toBe(0);

    const redisPort = await freePort();
    const proxyPort = await freePort();
    const redis = await startRedisServer({ port: redisPort, dir: scratch });
    const proxy = spawn(
      process.execPath,
      [
        join(scratch, "upstash-proxy.mjs"),
        "--host",
        "127.0.0.1",
        "--port",
        String(proxyPort),
        "--redis",
        `127.0.0.1:${redisPort}`,
      ],
      { env: { ...process.env, UPSTASH_REDIS_REST_TOKEN: "bundle-token" }, stdio: "ignore" },
    );
    try {
      const url = `http://127.0.0.1:${proxyPort}`;
      await waitFor(
        "bundled proxy",
        async () => (await fetch(`${url}/ping`, { headers: { Authorization: "Bearer bundle-token" } })).ok,
      );
      const ping = await fetch(url, {
        method: "POST",
        headers: { Authorization: "Bearer bundle-token" },
        body: JSON.stringify(["PING"]),
      });
      expect(await ping.json()).toEqual({ result: "PONG" });
      const denied = await fetch(url, { method: "POST", body: JSON.stringify(["PING"]) });
      expect(denied.status).toBe(401);
    } finally {
      await stopChild(proxy);
      await stopChild(redis);
    }
  });
});
