/**
 * Circuit breakers for the model providers: state machine, shared-state store port, in-memory
 * store, metrics/status snapshots.
 */
import { CircuitBreaker } from "./breaker";
import type { BreakerOptions, BreakerStateStore } from "./types";

export { type BreakerPermit, type BreakerSnapshot, CircuitBreaker } from "./breaker";
export { InMemoryBreakerStateStore } from "./memory-store";
export { type BreakerGaugeSample, breakerGauge, snapshotBreakers } from "./snapshot";
export { type Admission, admit, afterAbandonedProbe, afterFailure, afterSuccess } from "./transitions";
export {
  BREAKER_STATES,
  type BreakerOptions,
  type BreakerRecord,
  type BreakerState,
  type BreakerStateStore,
  closedRecord,
  DEFAULT_BREAKER_OPTIONS,
} from "./types";

/** One breaker per provider name, over one shared store; the map the cascade takes. */
export function createBreakers(
  names: Iterable<string>,
  store: BreakerStateStore | null,
  options: Partial<BreakerOptions> = {},
): Map<string, CircuitBreaker> {
  const map = new Map<string, CircuitBreaker>();
  for (const name of names) map.set(name, new CircuitBreaker(name, store, options));
  return map;
}
