/**
 * The breaker's state machine as pure functions over a record: easy to test, and the same
 * code runs on whichever view (shared store or local fallback) is current.
 *
 *   closed ──N failures within window──▶ open ──cool-down elapsed, first caller──▶ half_open
 *   half_open ──probe succeeds──▶ closed        half_open ──probe fails──▶ open (cool-down restarts)
 *
 * Each function returns the next record, or null when nothing changes (no write needed).
 */
import type { BreakerOptions, BreakerRecord } from "./types";

/** Whether a call may go ahead, and whether it is the half-open probe. */
export type Admission = { allow: false } | { allow: true; probe: boolean; next: BreakerRecord | null };

/** Decides whether a call may go ahead now. */
export function admit(record: BreakerRecord, now: number, opts: BreakerOptions): Admission {
  switch (record.state) {
    case "closed":
      return { allow: true, probe: false, next: null };
    case "open":
      if (record.openedAt !== null && now - record.openedAt < opts.coolDownMs) return { allow: false };
      return {
        allow: true,
        probe: true,
        next: { ...record, state: "half_open", probeUntil: now + opts.probeLeaseMs },
      };
    case "half_open":
      // A probe whose lease ran out (its isolate died, or it never reported) is replaced.
      if (record.probeUntil !== null && now < record.probeUntil) return { allow: false };
      return { allow: true, probe: true, next: { ...record, probeUntil: now + opts.probeLeaseMs } };
  }
}

/** After a successful call. A success in closed state does not erase failures: they age out. */
export function afterSuccess(record: BreakerRecord, now: number, probe: boolean): BreakerRecord | null {
  if (record.state === "half_open" && probe) {
    return { ...record, state: "closed", failures: [], openedAt: null, probeUntil: null, updatedAt: now };
  }
  return null;
}

/**
 * A probe admitted but never sent (its request ran out of budget): give the lease back, so the
 * next caller probes now instead of everyone waiting out the lease with the circuit shut.
 */
export function afterAbandonedProbe(
  record: BreakerRecord,
  now: number,
  probe: boolean,
): BreakerRecord | null {
  if (record.state === "half_open" && probe) return { ...record, probeUntil: null, updatedAt: now };
  return null;
}

/** After a failed call. */
export function afterFailure(
  record: BreakerRecord,
  now: number,
  probe: boolean,
  opts: BreakerOptions,
): BreakerRecord | null {
  if (record.state === "open") return null;
  if (record.state === "half_open") {
    // Only the probe's verdict counts; a late failure from before the opening is ignored.
    if (!probe) return null;
    return { ...record, state: "open", openedAt: now, probeUntil: null, updatedAt: now };
  }
  const failures = [...record.failures.filter((t) => now - t < opts.windowMs), now].slice(
    -opts.failureThreshold,
  );
  if (failures.length >= opts.failureThreshold) {
    return { ...record, state: "open", failures, openedAt: now, probeUntil: null, updatedAt: now };
  }
  return { ...record, failures, updatedAt: now };
}
