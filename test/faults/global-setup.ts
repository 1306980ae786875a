/**
 * Vitest globalSetup of the `faults` project: a report file every fault test appends its row to
 * (test/faults/support.ts reportFault), printed as the "faults survived" table at the end.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

interface Row {
  fault: string;
  requests: number;
  errors5xx: number;
  degraded: string;
  recovered: string;
  data: string;
  seconds: number;
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "promptshield-faults-"));
  const file = join(dir, "rows.jsonl");
  project.provide("faultsReportFile" as never, file as never);
  return () => {
    let rows: Row[] = [];
    try {
      rows = readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Row);
    } catch {
      rows = [];
    }
    rmSync(dir, { recursive: true, force: true });
    const cell = (s: string | number) => String(s).replace(/\|/g, "\\|");
    const lines = [
      "",
      "Faults survived",
      "",
      "| fault | requests | 5xx | degraded behaviour seen | recovered (no restart) | data | s |",
      "|---|---:|---:|---|---|---|---:|",
      ...rows.map(
        (r) =>
          `| ${cell(r.fault)} | ${r.requests} | ${r.errors5xx} | ${cell(r.degraded)} | ${cell(r.recovered)} | ${cell(r.data)} | ${r.seconds} |`,
      ),
      "",
    ];
    console.log(lines.join("\n"));
  };
}
