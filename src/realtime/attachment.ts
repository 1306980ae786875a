/**
 * Per-socket state, kept in the socket's attachment (`serializeAttachment`) because hibernation
 * drops the object's memory while the socket stays open. Small on purpose: attachments were
 * capped at 2 KiB for a long time, so we stay well under it.
 */
import type { AuthMethod, Subscription } from "./protocol";

/** State of one connection. */
export interface SocketState {
  v: 1;
  authMethod: AuthMethod;
  subject: string;
  tokenId: string | null;
  connectedAt: number;
  /** Last client message the hub saw (auto-answered pings are tracked by the runtime instead). */
  lastSeenAt: number;
  /** The socket is closed with 4003 at this time (expiry of the token behind it), if set. */
  sessionExpiresAt: number | null;
  /**
   * Every event with `seq > floor` has been (or will be) offered to this socket live; events at
   * or below `floor` only through replay. Replay lowers it, so nothing is offered twice.
   */
  floor: number;
  /** True once any event was sent: from then on, replaying older events would break seq order. */
  sentAny: boolean;
  /** Malformed messages so far. */
  strikes: number;
  subscription: Subscription;
}

const MAX_SUBJECT_CHARS = 128;

/**
 * Decoded attachments by socket. Only a cache: deserializing costs ~10-20 µs per socket, which a
 * publish to 1,000 sockets would pay 1,000 times. It is write-through (see writeState) and
 * starts empty after a wake-up, when entries are rebuilt from the attachments themselves.
 */
let decoded = new WeakMap<WebSocket, SocketState>();

/** Forgets every cached state, as a wake-up from hibernation does (tests use it to prove that). */
export function forgetCachedStates(): void {
  decoded = new WeakMap();
}

/** Reads a socket's state; null for a socket that is not ours (or predates the current shape). */
export function readState(ws: WebSocket): SocketState | null {
  const cached = decoded.get(ws);
  if (cached) return cached;
  const value: unknown = ws.deserializeAttachment();
  if (typeof value !== "object" || value === null || !("v" in value) || value.v !== 1) return null;
  const state = value as SocketState;
  decoded.set(ws, state);
  return state;
}

/**
 * Writes a socket's state to its attachment (memory does not survive hibernation) and to the
 * cache. Every change must go through here, or the cache would go stale.
 */
export function writeState(ws: WebSocket, state: SocketState): void {
  ws.serializeAttachment(state);
  decoded.set(ws, state);
}

/** Builds the initial state of a new connection. */
export function initialState(input: {
  authMethod: AuthMethod;
  subject: string;
  tokenId: string | null;
  sessionExpiresAt: number | null;
  floor: number;
  now: number;
}): SocketState {
  return {
    v: 1,
    authMethod: input.authMethod,
    subject: input.subject.slice(0, MAX_SUBJECT_CHARS),
    tokenId: input.tokenId,
    connectedAt: input.now,
    lastSeenAt: input.now,
    sessionExpiresAt: input.sessionExpiresAt,
    floor: input.floor,
    sentAny: false,
    strikes: 0,
    subscription: { events: null, verdicts: null },
  };
}

/** Tags of a socket: its auth method (for per-method counts) and token id (for targeted closes). */
export function socketTags(authMethod: AuthMethod, tokenId: string | null): string[] {
  const tags = [`auth:${authMethod}`];
  if (tokenId && tokenId.length <= 200) tags.push(`jti:${tokenId}`);
  return tags;
}
