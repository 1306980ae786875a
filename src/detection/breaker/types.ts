/**
 * Circuit-breaker state and the store port that shares it across isolates.
 *
 * The state is one small JSON value per breaker with a `version` that increases on every
 * write, so a shared store can offer compare-and-set. A Redis implementation is a few lines:
 * `get` = GET + JSON.parse; `set` = SET with a TTL; `compareAndSet` = a short Lua script that
 * compares the stored version (see docs/providers.md).
 */

/** The three breaker states (the label values of circuit_breaker_state{state}). */
export const BREAKER_STATES = ["closed", "open", "half_open"] as const;

/** closed: calls flow · open: calls skipped · half_open: one probe call decides. */
export type BreakerState = (typeof BREAKER_STATES)[number];

/** The shared state of one breaker: a small JSON value. */
export interface BreakerRecord {
  state: BreakerState;
  /** Recent failure times (epoch ms), oldest first, at most `failureThreshold` entries. */
  failures: number[];
  /** When the breaker last opened (kept in half_open too). Null when closed. */
  openedAt: number | null;
  /** In half_open: until when the current probe holds its lease; after that another may probe. */
  probeUntil: number | null;
  /** Incremented on every write: the compare-and-set token. 0 = never written. */
  version: number;
  /** Time of the last write (epoch ms), for status pages. */
  updatedAt: number;
}

/**
 * Where breaker records live. `get`/`set` are required; `compareAndSet` is optional but makes
 * transitions exact across isolates (without it, two isolates may both take the half-open
 * probe, and concurrent failure counts may lose an increment — both harmless).
 * Any method may throw or hang: the breaker bounds each call by a timeout and falls back to its
 * local view, so a store outage never blocks or fails a detection.
 */
export interface BreakerStateStore {
  /** The record of breaker `name`, or null when none was written yet. */
  get(name: string): Promise<BreakerRecord | null>;
  /** Writes the record unconditionally. */
  set(name: string, record: BreakerRecord): Promise<void>;
  /**
   * Writes `record` only if the stored version equals `expectedVersion` (0 = no record stored).
   * Resolves true when written.
   */
  compareAndSet?(name: string, expectedVersion: number, record: BreakerRecord): Promise<boolean>;
}

/** Breaker parameters. */
export interface BreakerOptions {
  /** Failures within `windowMs` that open the breaker. */
  failureThreshold: number;
  /** Sliding window for counting failures, ms. */
  windowMs: number;
  /** Time open before a half-open probe is allowed, ms. */
  coolDownMs: number;
  /** How long a half-open probe holds its lease before another caller may probe, ms. */
  probeLeaseMs: number;
  /** Upper bound of one store call, ms; beyond it the local view is used. */
  storeTimeoutMs: number;
  /** Compare-and-set attempts before giving up and keeping the local view. */
  casAttempts: number;
  /** Clock; injectable for tests. */
  now: () => number;
}

/** Defaults: 5 failures in 60 s open it; 30 s cool-down; 15 s probe lease; 150 ms store timeout. */
export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = {
  failureThreshold: 5,
  windowMs: 60_000,
  coolDownMs: 30_000,
  probeLeaseMs: 15_000,
  storeTimeoutMs: 150,
  casAttempts: 3,
  now: () => Date.now(),
};

/** The initial (never written) record. */
export function closedRecord(now: number): BreakerRecord {
  return { state: "closed", failures: [], openedAt: null, probeUntil: null, version: 0, updatedAt: now };
}
