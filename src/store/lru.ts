/**
 * A bounded map with least-recently-used eviction and optional per-entry expiry, for the
 * in-memory adapter: a development Worker must not grow without bound however many distinct
 * texts or tenants it sees.
 */
export class LruMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError("LruMap capacity must be a positive integer");
  }

  /** The live value for `key` (and marks it most recently used), or undefined. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value`, expiring after `ttlMs` (Infinity = never); evicts the oldest entry when full. */
  set(key: string, value: V, ttlMs = Number.POSITIVE_INFINITY): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Number of stored entries (expired ones included until touched). */
  get size(): number {
    return this.entries.size;
  }

  /** Live entries, least recently used first. Does not change the order. */
  *liveEntries(): IterableIterator<[string, V]> {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt > now) yield [key, entry.value];
  }
}
