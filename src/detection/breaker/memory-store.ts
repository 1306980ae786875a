/**
 * In-memory BreakerStateStore: the default for a single isolate, development and tests. Values
 * are stored as JSON strings, like Redis would, so no caller can mutate the stored state by
 * holding a reference — and tests exercise the same serialisation a Redis store needs.
 */
import type { BreakerRecord, BreakerStateStore } from "./types";

/** A BreakerStateStore in a Map; share one instance between breakers to simulate isolates. */
export class InMemoryBreakerStateStore implements BreakerStateStore {
  private readonly values = new Map<string, string>();

  /** {@inheritDoc BreakerStateStore.get} */
  async get(name: string): Promise<BreakerRecord | null> {
    const raw = this.values.get(name);
    return raw === undefined ? null : (JSON.parse(raw) as BreakerRecord);
  }

  /** {@inheritDoc BreakerStateStore.set} */
  async set(name: string, record: BreakerRecord): Promise<void> {
    this.values.set(name, JSON.stringify(record));
  }

  /** {@inheritDoc BreakerStateStore.compareAndSet} */
  async compareAndSet(name: string, expectedVersion: number, record: BreakerRecord): Promise<boolean> {
    // Read and write without an await in between: that is what makes it atomic here.
    const raw = this.values.get(name);
    const version = raw === undefined ? 0 : (JSON.parse(raw) as BreakerRecord).version;
    if (version !== expectedVersion) return false;
    this.values.set(name, JSON.stringify(record));
    return true;
  }
}
