/**
 * A circuit breaker per provider whose state is shared through a BreakerStateStore.
 *
 * Every decision reads the shared record (bounded by `storeTimeoutMs`), applies the pure
 * transition (transitions.ts) and writes it back with compare-and-set when the store offers
 * it. When the store fails or is slow the breaker carries on with its local view — the last
 * record it saw plus its own transitions — so a store outage degrades sharing, never detection.
 */

import { withTimeout } from "../../timeout";
import { admit, afterAbandonedProbe, afterFailure, afterSuccess } from "./transitions";
import {
  type BreakerOptions,
  type BreakerRecord,
  type BreakerState,
  type BreakerStateStore,
  closedRecord,
  DEFAULT_BREAKER_OPTIONS,
} from "./types";

/** Permission for one call; hand it back with recordSuccess/recordFailure. */
export interface BreakerPermit {
  /** True for the single half-open probe whose outcome closes or re-opens the breaker. */
  readonly probe: boolean;
}

/** A breaker's view for metrics and /system/status. */
export interface BreakerSnapshot {
  name: string;
  state: BreakerState;
  /** Failures inside the current window. */
  recentFailures: number;
  openedAt: number | null;
  /** When an open breaker will admit its probe (epoch ms); null unless open. */
  retryAt: number | null;
  /** False when the last store call failed: the breaker is running on its local view. */
  storeHealthy: boolean;
  updatedAt: number;
}

type WriteOutcome = "written" | "conflict" | "unavailable";

/** One provider's circuit breaker. Cheap to construct; keep one per provider per isolate. */
export class CircuitBreaker {
  /** Breaker name: the provider's name (the `model` label of circuit_breaker_state). */
  readonly name: string;
  private readonly store: BreakerStateStore | null;
  private readonly opts: BreakerOptions;
  private local: BreakerRecord;
  private storeHealthy = true;

  /** `store` null = purely local breaker (one isolate). */
  constructor(name: string, store: BreakerStateStore | null, options: Partial<BreakerOptions> = {}) {
    this.name = name;
    this.store = store;
    this.opts = { ...DEFAULT_BREAKER_OPTIONS, ...options };
    this.local = closedRecord(this.opts.now());
  }

  /** Asks to make a call: a permit, or null while the breaker is open (or another probe runs). */
  async acquire(): Promise<BreakerPermit | null> {
    return this.transact<BreakerPermit | null>((record) => {
      const admission = admit(record, this.opts.now(), this.opts);
      if (!admission.allow) return { next: null, result: null };
      return { next: admission.next, result: { probe: admission.probe } };
    }, null);
  }

  /**
   * Reports a successful call (or a failure caused by the input, not by the provider). The
   * local view changes at once; the returned promise is the shared-store write.
   */
  recordSuccess(permit: BreakerPermit): Promise<void> {
    if (!permit.probe) return Promise.resolve(); // closed stays closed; nothing to write
    return this.record((record) => afterSuccess(record, this.opts.now(), true));
  }

  /** Gives back a permit whose call was never made (no verdict on the provider's health). */
  release(permit: BreakerPermit): Promise<void> {
    if (!permit.probe) return Promise.resolve();
    return this.record((record) => afterAbandonedProbe(record, this.opts.now(), true));
  }

  /** Reports a failed call. The local view changes at once; the promise is the store write. */
  recordFailure(permit: BreakerPermit): Promise<void> {
    return this.record((record) => afterFailure(record, this.opts.now(), permit.probe, this.opts));
  }

  /** Applies an outcome to the local view synchronously, then to the shared record. */
  private record(transition: (record: BreakerRecord) => BreakerRecord | null): Promise<void> {
    const local = transition(this.local);
    if (local) this.local = local;
    return this.transact(
      (record, fromStore) => ({ next: fromStore ? transition(record) : null, result: undefined }),
      undefined,
    );
  }

  /** Re-reads the shared record (for status pages) and returns the snapshot. */
  async refresh(): Promise<BreakerSnapshot> {
    await this.read();
    return this.snapshot();
  }

  /** The current view, without I/O. */
  snapshot(): BreakerSnapshot {
    const now = this.opts.now();
    const r = this.local;
    return {
      name: this.name,
      state: r.state,
      recentFailures: r.failures.filter((t) => now - t < this.opts.windowMs).length,
      openedAt: r.openedAt,
      retryAt: r.state === "open" && r.openedAt !== null ? r.openedAt + this.opts.coolDownMs : null,
      storeHealthy: this.storeHealthy,
      updatedAt: r.updatedAt,
    };
  }

  /**
   * Read-modify-write with compare-and-set. On repeated conflicts (heavy contention) it gives
   * up and returns `onConflict` — for `acquire` that means "not admitted", the safe answer
   * while other isolates are busy changing the state.
   */
  private async transact<R>(
    step: (record: BreakerRecord, fromStore: boolean) => { next: BreakerRecord | null; result: R },
    onConflict: R,
  ): Promise<R> {
    for (let attempt = 0; attempt < this.opts.casAttempts; attempt++) {
      const { record: current, fromStore } = await this.readWithSource();
      const { next, result } = step(current, fromStore);
      if (!next) return result;
      const written: BreakerRecord = { ...next, version: current.version + 1, updatedAt: this.opts.now() };
      const outcome = await this.write(current.version, written);
      if (outcome !== "conflict") {
        this.local = written;
        return result;
      }
    }
    return onConflict;
  }

  /** The shared record (the store wins when reachable), else the local view. */
  private async read(): Promise<BreakerRecord> {
    return (await this.readWithSource()).record;
  }

  private async readWithSource(): Promise<{ record: BreakerRecord; fromStore: boolean }> {
    if (!this.store) return { record: this.local, fromStore: false };
    try {
      const record = await withTimeout(
        this.store.get(this.name),
        this.opts.storeTimeoutMs,
        "breaker store read",
      );
      this.storeHealthy = true;
      this.local = isRecord(record) ? record : closedRecord(this.opts.now());
      return { record: this.local, fromStore: true };
    } catch {
      this.storeHealthy = false;
      return { record: this.local, fromStore: false };
    }
  }

  private async write(expectedVersion: number, record: BreakerRecord): Promise<WriteOutcome> {
    if (!this.store) return "written";
    try {
      if (this.store.compareAndSet) {
        const ok = await withTimeout(
          this.store.compareAndSet(this.name, expectedVersion, record),
          this.opts.storeTimeoutMs,
          "breaker store write",
        );
        this.storeHealthy = true;
        return ok ? "written" : "conflict";
      }
      await withTimeout(this.store.set(this.name, record), this.opts.storeTimeoutMs, "breaker store write");
      this.storeHealthy = true;
      return "written";
    } catch {
      this.storeHealthy = false;
      return "unavailable";
    }
  }
}

/** Guards against a corrupt or foreign value in a shared store. */
function isRecord(value: unknown): value is BreakerRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Partial<BreakerRecord>;
  return (
    (r.state === "closed" || r.state === "open" || r.state === "half_open") &&
    Array.isArray(r.failures) &&
    typeof r.version === "number"
  );
}
