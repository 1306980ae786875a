/**
 * Breaker views for metrics (`circuit_breaker_state{model,state}`, one-hot over the three
 * states) and for /system/status.
 */
import type { BreakerSnapshot, CircuitBreaker } from "./breaker";
import { BREAKER_STATES, type BreakerState } from "./types";

/** One sample of the circuit_breaker_state gauge. */
export interface BreakerGaugeSample {
  labels: { model: string; state: BreakerState };
  value: 0 | 1;
}

/** Snapshots of several breakers; `refresh` re-reads the shared store first (bounded per breaker). */
export async function snapshotBreakers(
  breakers: Iterable<CircuitBreaker>,
  options: { refresh?: boolean } = {},
): Promise<BreakerSnapshot[]> {
  const list = [...breakers];
  if (options.refresh) return Promise.all(list.map((b) => b.refresh()));
  return list.map((b) => b.snapshot());
}

/** One-hot gauge samples: three per breaker, 1 for its current state and 0 for the others. */
export function breakerGauge(snapshots: readonly BreakerSnapshot[]): BreakerGaugeSample[] {
  return snapshots.flatMap((s) =>
    BREAKER_STATES.map((state) => ({ labels: { model: s.name, state }, value: s.state === state ? 1 : 0 })),
  );
}
