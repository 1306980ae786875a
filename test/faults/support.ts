/**
 * Shared pieces of the fault suite (`npm run test:faults`): load driven with a timeline of
 * fault events, response classification, and the "faults survived" report, whose rows are
 * collected from every file and printed by test/faults/global-setup.ts at the end of the run.
 */
import { appendFileSync } from "node:fs";
import { inject } from "vitest";
import { type LoadRequest, runLoad } from "../../bench/lib/loadgen";

/** One answer seen during a fault run. */
export interface Seen {
  /** ms since the load started (when the answer arrived). */
  at: number;
  /** ms since the load started (when the request was sent). */
  sentAt: number;
  status: number;
  body: string;
  latencyMs: number;
  tag?: string;
  /** Transport error of a status-0 answer (for failure messages). */
  error?: string;
}

export interface TimedLoadOptions {
  origin: string;
  concurrency: number;
  durationMs: number;
  next(client: number): LoadRequest | Promise<LoadRequest>;
  /** Fault events at given offsets (ms); each runs once, its start/end time is recorded. */
  events?: Array<{ atMs: number; name: string; run: () => Promise<void> }>;
  requestTimeoutMs?: number;
  /** Paced load instead of closed-loop (bench/lib/loadgen.ts `ratePerSecond`). */
  ratePerSecond?: number;
}

export interface TimedLoadResult {
  seen: Seen[];
  /** name → [start, end] offsets in ms. */
  marks: Map<string, [number, number]>;
  eventErrors: string[];
}

/** Closed-loop or paced load (bench/lib/loadgen.ts) with fault events fired on a timeline. */
export async function timedLoad(options: TimedLoadOptions): Promise<TimedLoadResult> {
  const seen: Seen[] = [];
  const marks = new Map<string, [number, number]>();
  const eventErrors: string[] = [];
  const t0 = performance.now();
  const timers: ReturnType<typeof setTimeout>[] = [];
  const eventDone: Promise<void>[] = [];
  for (const event of options.events ?? []) {
    eventDone.push(
      new Promise<void>((resolve) => {
        timers.push(
          setTimeout(async () => {
            const start = performance.now() - t0;
            try {
              await event.run();
            } catch (error) {
              eventErrors.push(`${event.name}: ${String(error)}`);
            }
            marks.set(event.name, [start, performance.now() - t0]);
            resolve();
          }, event.atMs),
        );
      }),
    );
  }
  try {
    await runLoad({
      origin: options.origin,
      concurrency: options.concurrency,
      warmupMs: 0,
      durationMs: options.durationMs,
      requestTimeoutMs: options.requestTimeoutMs ?? 15_000,
      ...(options.ratePerSecond === undefined ? {} : { ratePerSecond: options.ratePerSecond }),
      next: options.next,
      onResponse: (r) => {
        const at = performance.now() - t0;
        seen.push({
          at,
          sentAt: at - r.latencyMs,
          status: r.status,
          body: r.body,
          latencyMs: r.latencyMs,
          tag: r.tag,
          ...(r.error ? { error: r.error } : {}),
        });
      },
    });
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
  // Events scheduled inside the window have all fired; wait for them to finish (bounded).
  await Promise.race([Promise.all(eventDone), new Promise((r) => setTimeout(r, 20_000))]);
  return { seen, marks, eventErrors };
}

/** Answers sent after `from` and answered before `to` (ms offsets). */
export function between(seen: readonly Seen[], from: number, to: number): Seen[] {
  return seen.filter((s) => s.sentAt >= from && s.at <= to);
}

/** Status histogram, e.g. "200×812, 429×3". */
export function statuses(seen: readonly Seen[]): string {
  const counts = new Map<number, number>();
  for (const s of seen) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([status, n]) => `${status === 0 ? "network" : status}×${n}`)
    .join(", ");
}

/** 5xx answers and transport failures (status 0). */
export function serverErrors(seen: readonly Seen[]): Seen[] {
  return seen.filter((s) => s.status === 0 || s.status >= 500);
}

/** The request builder for POST /v1/detect. */
export function detectRequest(token: string, text: string, tag?: string): LoadRequest {
  return {
    method: "POST",
    path: "/v1/detect",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ text }),
    ...(tag ? { tag } : {}),
  };
}

/** Parsed detect answer (only what the fault tests read). */
export interface DetectBody {
  verdict?: string;
  cached?: boolean;
  degraded?: boolean;
  models?: Array<{ name: string; outcome: string }>;
  error?: { code: string };
}

export function parse(seen: Seen): DetectBody {
  try {
    return JSON.parse(seen.body) as DetectBody;
  } catch {
    return {};
  }
}

/** A row of the "faults survived" table. */
export interface FaultRow {
  fault: string;
  requests: number;
  errors5xx: number;
  degraded: string;
  recovered: string;
  data: string;
  seconds: number;
}

/** Records a row for the end-of-run table (and prints it at once, for a single-file run). */
export function reportFault(row: FaultRow): void {
  console.log(`fault: ${JSON.stringify(row)}`);
  let file: string | undefined;
  try {
    file = inject("faultsReportFile" as never) as string | undefined;
  } catch {
    file = undefined;
  }
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

/** Polls `check` until it returns a value that `done` accepts, or the deadline passes. */
export async function eventually<T>(
  check: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await check();
  while (!done(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    last = await check();
  }
  return last;
}
