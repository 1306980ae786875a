/**
 * `npm run stack` end to end, in a private state folder (STACK_DIR) on free ports, so it never
 * touches a developer's own stack: start → every address answers (Redis PING through the REST
 * proxy, Prometheus /-/ready with the rules loaded, Alertmanager when installed) → `stack:stop`
 * stops exactly the processes of the pid files and nothing is left running.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, processMatches } from "../../scripts/lib/services";
import { hasBinary, path, run } from "./helpers";

const withAlertmanager = hasBinary("prometheus-alertmanager") || hasBinary("alertmanager");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm run stack / stack:stop", () => {
  const dir = mkdtempSync(join(tmpdir(), "infra-stack-"));
  const ports = { redis: 0, proxy: 0, prometheus: 0, alertmanager: 0 };
  let env: NodeJS.ProcessEnv;
  let startOutput = "";
  const stack = (command: string) =>
    run(process.execPath, ["--import", "tsx", path("scripts/stack.ts"), command], { env, timeout: 60_000 });
  const pids = () =>
    Object.fromEntries(
      readdirSync(join(dir, "run")).map((file) => {
        const record = JSON.parse(readFileSync(join(dir, "run", file), "utf8")) as {
          pid: number;
          marker: string;
        };
        return [file.replace(/\.pid$/, ""), record];
      }),
    );
  let started: Record<string, { pid: number; marker: string }> = {};

  beforeAll(async () => {
    ports.redis = await freePort();
    ports.proxy = await freePort();
    ports.prometheus = await freePort();
    ports.alertmanager = await freePort();
    env = {
      ...process.env,
      STACK_DIR: dir,
      STACK_REDIS_PORT: String(ports.redis),
      STACK_PROXY_PORT: String(ports.proxy),
      STACK_PROMETHEUS_PORT: String(ports.prometheus),
      STACK_ALERTMANAGER_PORT: String(ports.alertmanager),
    };
    const result = stack("start");
    startOutput = result.output;
    expect(result.status, result.output).toBe(0);
    started = pids();
  });

  afterAll(() => {
    // Whatever a failed test left: stop by pid file only (the same code path as stack:stop).
    stack("stop");
    rmSync(dir, { recursive: true, force: true });
  });

  it("starts redis, the proxy, Prometheus (and Alertmanager when installed), each recorded in a pid file", () => {
    const expected = ["prometheus", "redis", "upstash", ...(withAlertmanager ? ["alertmanager"] : [])].sort();
    expect(Object.keys(started).sort()).toEqual(expected);
    for (const record of Object.values(started)) expect(processMatches(record.pid, record.marker)).toBe(true);
  });

  it("prints the addresses and the .dev.vars lines, and writes them to STACK_DIR/dev.vars", () => {
    expect(startOutput).toContain(`127.0.0.1:${ports.redis}`);
    expect(startOutput).toContain(`http://127.0.0.1:${ports.proxy}`);
    expect(startOutput).toContain(`http://127.0.0.1:${ports.prometheus}`);
    const devVars = readFileSync(join(dir, "dev.vars"), "utf8");
    const token = readFileSync(join(dir, "token"), "utf8").trim();
    expect(devVars).toContain(`UPSTASH_REDIS_REST_URL=http://127.0.0.1:${ports.proxy}\n`);
    expect(devVars).toContain(`UPSTASH_REDIS_REST_TOKEN=${token}\n`);
    expect(devVars).toContain("PROMETHEUS_ENABLED=true\n");
    expect(devVars).toContain(
      `PROMETHEUS_REMOTE_WRITE_URL=http://127.0.0.1:${ports.prometheus}/api/v1/write\n`,
    );
    expect(devVars).toMatch(/^METRICS_TOKEN=\S{20,}$/m);
    for (const line of devVars.trim().split("\n")) expect(startOutput).toContain(line);
  });

  it("Redis answers PING through the Upstash REST proxy (auth enforced)", async () => {
    const token = readFileSync(join(dir, "token"), "utf8").trim();
    const url = `http://127.0.0.1:${ports.proxy}`;
    const ping = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      body: '["PING"]',
    });
    expect(await ping.json()).toEqual({ result: "PONG" });
    expect((await fetch(url, { method: "POST", body: '["PING"]' })).status).toBe(401);
  });

  it("Redis is append-only under STACK_DIR", async () => {
    const token = readFileSync(join(dir, "token"), "utf8").trim();
    const response = await fetch(`http://127.0.0.1:${ports.proxy}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
      body: '["CONFIG","GET","appendonly"]',
    });
    // CONFIG is allowed through the proxy or refused; either way the AOF folder must exist.
    const body = (await response.json()) as { result?: string[] };
    if (body.result) expect(body.result).toEqual(["appendonly", "yes"]);
    expect(readdirSync(join(dir, "redis")).some((name) => name.startsWith("appendonly"))).toBe(true);
  });

  it("Prometheus is ready, accepts remote-write and has loaded the alert rules", async () => {
    const base = `http://127.0.0.1:${ports.prometheus}`;
    expect((await fetch(`${base}/-/ready`)).ok).toBe(true);
    const rules = (await (await fetch(`${base}/api/v1/rules`)).json()) as {
      data: { groups: { rules: { name: string }[] }[] };
    };
    const names = rules.data.groups.flatMap((group) => group.rules.map((rule) => rule.name));
    expect(names).toContain("HighDetectionErrorRate");
    expect(names).toContain("MetricsStoppedArriving");
    const flags = (await (await fetch(`${base}/api/v1/status/flags`)).json()) as {
      data: Record<string, string>;
    };
    expect(flags.data["web.enable-remote-write-receiver"]).toBe("true");
    expect(flags.data["web.listen-address"]).toBe(`127.0.0.1:${ports.prometheus}`);
  });

  it("Alertmanager is ready, loopback only, clustering off, and Prometheus sends to it", async () => {
    expect((await fetch(`http://127.0.0.1:${ports.alertmanager}/-/ready`)).ok).toBe(true);
    const targets = (await (
      await fetch(`http://127.0.0.1:${ports.prometheus}/api/v1/alertmanagers`)
    ).json()) as {
      data: { activeAlertmanagers: { url: string }[] };
    };
    await expect
      .poll(
        async () => {
          const body = (await (
            await fetch(`http://127.0.0.1:${ports.prometheus}/api/v1/alertmanagers`)
          ).json()) as typeof targets;
          return body.data.activeAlertmanagers.map((a) => a.url);
        },
        { timeout: 15_000 },
      )
      .toContain(`http://127.0.0.1:${ports.alertmanager}/api/v2/alerts`);
  });

  it("start again is a no-op: everything already running, same pids", () => {
    const again = stack("start");
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/redis: already running/);
    expect(pids()).toEqual(started);
  });

  it("refuses a port taken by another program, names the variable, and leaves nothing behind", () => {
    const otherDir = mkdtempSync(join(tmpdir(), "infra-stack-other-"));
    try {
      const result = run(process.execPath, ["--import", "tsx", path("scripts/stack.ts"), "start"], {
        env: { ...env, STACK_DIR: otherDir, STACK_ALERTMANAGER: "off" },
      });
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/already in use by another program; set STACK_REDIS_PORT/);
      expect(readdirSync(join(otherDir, "run"))).toEqual([]);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it("stack:stop stops exactly the recorded processes; none is left", async () => {
    const result = stack("stop");
    expect(result.status, result.output).toBe(0);
    for (const [name, record] of Object.entries(started)) {
      expect(result.output).toContain(`${name}: stopped (pid ${record.pid})`);
      expect(alive(record.pid), `${name} (pid ${record.pid}) still running`).toBe(false);
    }
    expect(readdirSync(join(dir, "run"))).toEqual([]);
    // Nothing listens on the stack's ports any more.
    for (const port of Object.values(ports)) {
      await expect(
        fetch(`http://127.0.0.1:${port}/`).then(
          () => "open",
          () => "closed",
        ),
      ).resolves.toBe("closed");
    }
    const status = stack("status");
    expect(status.output).not.toMatch(/running \(pid/);
  });
});
