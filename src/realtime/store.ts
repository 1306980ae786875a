/**
 * The hub's SQLite storage (`ctx.storage.sql`): the per-tenant sequence, the replay ring and the
 * connection tickets. Every method is synchronous, so a caller that does not `await` between
 * two calls sees and writes a consistent state — the hub relies on that for exactly-once replay
 * and single-use tickets.
 */
import {
  EVENT_TYPES,
  type EventKey,
  type EventType,
  eventKey,
  type HubEvent,
  type HubEventInput,
  VERDICTS,
} from "./protocol";

type MetaRow = { value: number };
type EventRow = { seq: number; type: string; verdict: string | null; body: string };
type TicketRow = { subject: string; token_id: string | null; session_expires_at: number | null };
type CountRow = { n: number };

/** A stored event: its filter key and the exact JSON sent to clients. */
export interface StoredEvent extends EventKey {
  seq: number;
  body: string;
}

/** Who a ticket was issued to; copied onto the socket it opens. */
export interface TicketGrant {
  subject: string;
  tokenId: string | null;
  /** Expiry (ms) of the token that requested the ticket: the socket may not outlive it. */
  sessionExpiresAt: number | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS hub_events (
  seq INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  verdict TEXT,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS hub_tickets (
  hash TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL,
  subject TEXT NOT NULL,
  token_id TEXT,
  session_expires_at INTEGER
);
`;

function toEventType(value: string): EventType {
  const found = EVENT_TYPES.find((type) => type === value);
  if (!found) throw new Error(`hub_events holds an unknown type "${value}"`);
  return found;
}

function toStored(row: EventRow): StoredEvent {
  const verdict = VERDICTS.find((candidate) => candidate === row.verdict) ?? null;
  return { seq: row.seq, type: toEventType(row.type), verdict, body: row.body };
}

/** Typed access to the hub's tables. */
export class HubStore {
  constructor(private readonly sql: SqlStorage) {
    // Idempotent and cheap: runs each time the object starts (after eviction or hibernation).
    sql.exec(SCHEMA);
  }

  /** The last sequence number handed out (0 before the first event). */
  lastSeq(): number {
    return (
      this.sql.exec<MetaRow>("SELECT value FROM hub_meta WHERE key = 'last_seq'").toArray()[0]?.value ?? 0
    );
  }

  /** The oldest sequence number still in the ring, or null when the ring is empty. */
  oldestSeq(): number | null {
    const row = this.sql.exec<{ seq: number | null }>("SELECT MIN(seq) AS seq FROM hub_events").one();
    return row.seq;
  }

  /**
   * Gives `input` the next sequence number, stores it and trims the ring to `ringSize`.
   * The sequence lives in `hub_meta`, not MAX(seq), so it never goes back even if the ring empties.
   */
  append(input: HubEventInput, ringSize: number, now: number): StoredEvent {
    const seq = this.lastSeq() + 1;
    const event = { ...input, seq, ts: new Date(now).toISOString() } as HubEvent;
    const key = eventKey(input);
    const body = JSON.stringify(event);
    this.sql.exec(
      "INSERT INTO hub_meta (key, value) VALUES ('last_seq', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      seq,
    );
    this.sql.exec(
      "INSERT INTO hub_events (seq, type, verdict, body) VALUES (?, ?, ?, ?)",
      seq,
      key.type,
      key.verdict,
      body,
    );
    this.sql.exec("DELETE FROM hub_events WHERE seq <= ?", seq - ringSize);
    return { seq, ...key, body };
  }

  /** Events with `after < seq <= through`, oldest first. */
  eventsBetween(after: number, through: number): StoredEvent[] {
    return this.sql
      .exec<EventRow>(
        "SELECT seq, type, verdict, body FROM hub_events WHERE seq > ? AND seq <= ? ORDER BY seq",
        after,
        through,
      )
      .toArray()
      .map(toStored);
  }

  /** Stores a ticket hash. */
  addTicket(hash: string, expiresAt: number, grant: TicketGrant): void {
    this.sql.exec(
      "INSERT INTO hub_tickets (hash, expires_at, subject, token_id, session_expires_at) VALUES (?, ?, ?, ?, ?)",
      hash,
      expiresAt,
      grant.subject,
      grant.tokenId,
      grant.sessionExpiresAt,
    );
  }

  /** Deletes the ticket and returns its grant when it exists and has not expired; null otherwise. */
  consumeTicket(hash: string, now: number): TicketGrant | null {
    const row = this.sql
      .exec<TicketRow>(
        "SELECT subject, token_id, session_expires_at FROM hub_tickets WHERE hash = ? AND expires_at > ?",
        hash,
        now,
      )
      .toArray()[0];
    // Delete even an expired row: a ticket is dead after its first presentation either way.
    this.sql.exec("DELETE FROM hub_tickets WHERE hash = ?", hash);
    if (!row) return null;
    return { subject: row.subject, tokenId: row.token_id, sessionExpiresAt: row.session_expires_at };
  }

  /** Removes expired tickets; returns how many remain. */
  purgeTickets(now: number): number {
    this.sql.exec("DELETE FROM hub_tickets WHERE expires_at <= ?", now);
    return this.sql.exec<CountRow>("SELECT COUNT(*) AS n FROM hub_tickets").one().n;
  }

  /** Removes every ticket (tenant disabled or tokens revoked). */
  clearTickets(): void {
    this.sql.exec("DELETE FROM hub_tickets");
  }
}
