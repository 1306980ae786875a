/**
 * Every Prometheus and Alertmanager configuration we ship loads in the real tools:
 * `promtool check config` (which also checks the rule files it references) on the local config,
 * the compose config and the one `npm run stack` generates; `amtool check-config` on Alertmanager's.
 * (`promtool check rules` / `test rules` on alerts.yml run in test/metrics/e2e.)
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type StackContext, stackPrometheusConfig } from "../../scripts/stack";
import { hasBinary, path, readYaml, run } from "./helpers";

const promtool = hasBinary("promtool");
const amtool = hasBinary("amtool");
const scratch = mkdtempSync(join(tmpdir(), "infra-prom-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function expectValid(configFile: string): string {
  const result = run("promtool", ["check", "config", configFile]);
  expect(result.status, result.output).toBe(0);
  return result.output;
}

const context = (alertmanager: string | null): StackContext => ({
  dir: scratch,
  redisPort: 1,
  proxyPort: 2,
  prometheusPort: 3,
  alertmanagerPort: 19093,
  token: "t",
  metricsToken: "m",
  alertmanagerBinary: alertmanager,
});

describe("promtool check config", () => {
  it("accepts infra/prometheus/prometheus.yml (local, rules loaded)", () => {
    expect(expectValid(path("infra/prometheus/prometheus.yml"))).toMatch(/SUCCESS: 8 rules found/);
  });

  it("accepts infra/prometheus/prometheus.compose.yml (rules + the compose Alertmanager)", () => {
    // In the container alerts.yml is mounted next to the config, as it is in the repository.
    expect(expectValid(path("infra/prometheus/prometheus.compose.yml"))).toMatch(/SUCCESS: 8 rules found/);
    const config = readYaml<{ alerting: { alertmanagers: { static_configs: { targets: string[] }[] }[] } }>(
      "infra/prometheus/prometheus.compose.yml",
    );
    expect(config.alerting.alertmanagers[0]?.static_configs[0]?.targets).toEqual(["alertmanager:9093"]);
  });

  it("accepts the configuration npm run stack generates, with and without Alertmanager", () => {
    for (const alertmanager of ["prometheus-alertmanager", null]) {
      const file = join(scratch, `stack-${alertmanager ? "am" : "plain"}.yml`);
      writeFileSync(file, stackPrometheusConfig(context(alertmanager)));
      const output = expectValid(file);
      expect(output).toMatch(/SUCCESS: 8 rules found/);
    }
  });

  it("rejects a broken configuration (the check is real)", () => {
    const file = join(scratch, "broken.yml");
    writeFileSync(file, "global:\n  evaluation_interval: soon\n");
    expect(run("promtool", ["check", "config", file]).status).not.toBe(0);
  });
});

describe("amtool check-config", () => {
  it("accepts infra/alertmanager/alertmanager.yml", () => {
    const result = run("amtool", ["check-config", path("infra/alertmanager/alertmanager.yml")]);
    expect(result.status, result.output).toBe(0);
  });

  it("rejects a route to an unknown receiver (the check is real)", () => {
    const file = join(scratch, "am-broken.yml");
    copyFileSync(path("infra/alertmanager/alertmanager.yml"), file);
    writeFileSync(file, "route:\n  receiver: nobody\nreceivers:\n  - name: somebody\n");
    expect(run("amtool", ["check-config", file]).status).not.toBe(0);
  });
});

it("has the tools, or says how to get them", () => {
  // Not a silent skip: CI installs them (scripts/ensure-system-deps.sh).
  if (!promtool) console.warn("promtool missing: apt-get install -y prometheus");
  if (!amtool) console.warn("amtool missing: apt-get install -y prometheus-alertmanager");
  expect(promtool).toBe(true);
});
