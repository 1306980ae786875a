/**
 * The aggregator's SQLite schema and queries. Everything the aggregator must not lose lives
 * here: cumulative series, admitted tenants, recently applied batch ids (for idempotency), the
 * backlog of unsent remote-write requests, and retry bookkeeping. Memory is only a cache of it.
 */
import { parseSeriesKey } from "./labels";
import type { SeriesState } from "./series-store";

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS series (
     key TEXT PRIMARY KEY, kind TEXT NOT NULL, value REAL NOT NULL, ts INTEGER NOT NULL,
     counts TEXT, sum REAL NOT NULL, count REAL NOT NULL)`,
  "CREATE TABLE IF NOT EXISTS tenants (tenant_id TEXT PRIMARY KEY)",
  "CREATE TABLE IF NOT EXISTS batches (id TEXT PRIMARY KEY, received_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS batches_received_at ON batches (received_at)",
  `CREATE TABLE IF NOT EXISTS backlog (
     seq INTEGER PRIMARY KEY, taken_at INTEGER NOT NULL, samples INTEGER NOT NULL, body BLOB NOT NULL)`,
  "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value REAL NOT NULL)",
];

/** One queued remote-write request (without its body, which is read only when sent). */
export interface BacklogRow {
  seq: number;
  takenAt: number;
  samples: number;
}

type SeriesRow = {
  key: string;
  kind: string;
  value: number;
  ts: number;
  counts: string | null;
  sum: number;
  count: number;
};

function restoreState(row: SeriesRow): SeriesState | null {
  const parsed = parseSeriesKey(row.key);
  // A metric removed or retyped by a later deploy is ignored (and overwritten if re-recorded).
  if (!parsed || parsed.def.kind !== row.kind) return null;
  const { def, values } = parsed;
  const key = row.key;
  if (row.kind === "counter") return { kind: "counter", key, def, values, value: row.value };
  if (row.kind === "gauge") return { kind: "gauge", key, def, values, value: row.value, timestampMs: row.ts };
  const counts: unknown = JSON.parse(row.counts ?? "[]");
  const size = (def.buckets?.length ?? 0) + 1;
  if (!Array.isArray(counts) || counts.length !== size || !counts.every((n) => typeof n === "number"))
    return null;
  return { kind: "histogram", key, def, values, counts: counts as number[], sum: row.sum, count: row.count };
}

/** Typed access to the aggregator's tables. All calls are synchronous (SQLite in the object). */
export class AggregatorStorage {
  constructor(private readonly sql: SqlStorage) {}

  /** Creates the tables; idempotent, run on every construction. */
  migrate(): void {
    for (const statement of SCHEMA) this.sql.exec(statement);
  }

  /** Every persisted series that still matches the catalogue. */
  loadSeries(): SeriesState[] {
    const out: SeriesState[] = [];
    for (const row of this.sql.exec<SeriesRow>(
      "SELECT key, kind, value, ts, counts, sum, count FROM series",
    )) {
      const state = restoreState(row);
      if (state) out.push(state);
    }
    return out;
  }

  /** Writes one series' current cumulative state. */
  saveSeries(key: string, state: SeriesState): void {
    const value = state.kind === "histogram" ? 0 : state.value;
    const ts = state.kind === "gauge" ? state.timestampMs : 0;
    const counts = state.kind === "histogram" ? JSON.stringify(state.counts) : null;
    const sum = state.kind === "histogram" ? state.sum : 0;
    const count = state.kind === "histogram" ? state.count : 0;
    this.sql.exec(
      "INSERT OR REPLACE INTO series (key, kind, value, ts, counts, sum, count) VALUES (?, ?, ?, ?, ?, ?, ?)",
      key,
      state.kind,
      value,
      ts,
      counts,
      sum,
      count,
    );
  }

  /** Tenants admitted under the cardinality cap. */
  tenants(): string[] {
    return this.sql
      .exec<{ tenant_id: string }>("SELECT tenant_id FROM tenants")
      .toArray()
      .map((r) => r.tenant_id);
  }

  /** Records a newly admitted tenant. */
  addTenant(tenantId: string): void {
    this.sql.exec("INSERT OR IGNORE INTO tenants (tenant_id) VALUES (?)", tenantId);
  }

  /** True if a batch with this id was already applied (within the dedupe window). */
  hasBatch(id: string): boolean {
    return this.sql.exec("SELECT 1 AS found FROM batches WHERE id = ?", id).toArray().length > 0;
  }

  /** Remembers an applied batch id. */
  addBatch(id: string, receivedAt: number): void {
    this.sql.exec("INSERT INTO batches (id, received_at) VALUES (?, ?)", id, receivedAt);
  }

  /** Forgets batch ids older than `before`; isolates never retry that late. */
  pruneBatches(before: number): void {
    this.sql.exec("DELETE FROM batches WHERE received_at < ?", before);
  }

  /** Queues one encoded remote-write request. */
  appendBacklog(takenAt: number, samples: number, body: Uint8Array): void {
    // Copy into an exactly-sized ArrayBuffer: that is the BLOB type SQLite bindings take.
    this.sql.exec(
      "INSERT INTO backlog (taken_at, samples, body) VALUES (?, ?, ?)",
      takenAt,
      samples,
      body.slice().buffer,
    );
  }

  /** Queued requests, oldest first. */
  backlog(limit = 1000): BacklogRow[] {
    return this.sql
      .exec<{ seq: number; taken_at: number; samples: number }>(
        "SELECT seq, taken_at, samples FROM backlog ORDER BY seq LIMIT ?",
        limit,
      )
      .toArray()
      .map((r) => ({ seq: r.seq, takenAt: r.taken_at, samples: r.samples }));
  }

  /** The body of one queued request. */
  backlogBody(seq: number): ArrayBuffer | null {
    const rows = this.sql
      .exec<{ body: ArrayBuffer }>("SELECT body FROM backlog WHERE seq = ?", seq)
      .toArray();
    return rows[0]?.body ?? null;
  }

  /** Removes one queued request (sent, rejected or dropped). */
  deleteBacklog(seq: number): void {
    this.sql.exec("DELETE FROM backlog WHERE seq = ?", seq);
  }

  /** Rows and samples queued. */
  backlogTotals(): { rows: number; samples: number } {
    const row = this.sql
      .exec<{ rows: number; samples: number | null }>(
        "SELECT COUNT(*) AS rows, SUM(samples) AS samples FROM backlog",
      )
      .one();
    return { rows: row.rows, samples: row.samples ?? 0 };
  }

  /** A numeric bookkeeping value. */
  getMeta(key: string, fallback = 0): number {
    const rows = this.sql.exec<{ value: number }>("SELECT value FROM meta WHERE key = ?", key).toArray();
    return rows[0]?.value ?? fallback;
  }

  /** Sets a numeric bookkeeping value. */
  setMeta(key: string, value: number): void {
    this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value);
  }
}
