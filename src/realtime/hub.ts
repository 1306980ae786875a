/**
 * TenantHub: one Durable Object per tenant (`idFromName("tenant:" + tenantId)`) that fans
 * detection events out to that tenant's WebSocket clients.
 *
 * Built on the WebSocket Hibernation API: sockets are accepted with `ctx.acceptWebSocket`, all
 * per-socket state lives in attachments, `ping` is answered by the runtime without waking the
 * object, and everything durable (sequence, replay ring, tickets) is in SQLite. Nothing is kept
 * in instance fields except derived, rebuildable values, so an eviction at any point loses
 * nothing.
 *
 * Exactly-once, in-order delivery rests on one property: storage calls are synchronous and the
 * paths that read the ring and send (publish, replay) never `await`, so no other event can
 * interleave between "read what is stored" and "mark the socket as having been offered it".
 */
import { DurableObject } from "cloudflare:workers";
import { initialState, readState, type SocketState, socketTags, writeState } from "./attachment";
import { type HubConfig, hubConfig } from "./config";
import { parseConnectRequest, rejection } from "./connect";
import {
  type AuthMethod,
  CLOSE,
  EVENT_TYPES,
  type EventType,
  type HubEventInput,
  matches,
  parseClientMessage,
  type ServerMessage,
} from "./protocol";
import { HubStore, type StoredEvent, type TicketGrant } from "./store";

/** What `publish` reports, for the `websocket_events_sent_total{event_type,tenant_id}` counter. */
export interface PublishResult {
  seq: number;
  eventType: EventType;
  /** Sockets the event was sent to (after filters). */
  delivered: number;
  /** Open sockets by auth method at publish time, for the connections gauge. */
  connections: HubStats["connections"];
}

/** Open sockets by auth method, for `websocket_connections_active{tenant_id,auth_method}`. */
export interface HubStats {
  connections: Record<AuthMethod, number> & { total: number };
  lastSeq: number;
  oldestSeq: number | null;
}

/** Answer of `issueTicket`. */
export type IssueTicketResult =
  | { ok: true; expiresAt: number }
  | { ok: false; reason: "too_many_tickets" | "late" };

/** Largest published event, serialized; events are small summaries, this only stops mistakes. */
const MAX_EVENT_BYTES = 8 * 1024;
/** WebSocket close reasons must fit in 123 bytes of UTF-8. */
const MAX_REASON_CHARS = 120;
/** Shortest delay between two housekeeping alarms. */
const MIN_ALARM_DELAY_MS = 1000;
const OPEN = 1;

/** True when `text` is longer than `max` bytes in UTF-8, encoding only when it matters. */
function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return new TextEncoder().encode(text).byteLength > max;
}

function closeQuietly(ws: WebSocket, code: number, reason: string): void {
  try {
    ws.close(code, reason.slice(0, MAX_REASON_CHARS));
  } catch {
    // Already closed or closing: nothing left to do.
  }
}

/** The per-tenant event hub. See the module comment. */
export class TenantHub extends DurableObject<Env> {
  private readonly store: HubStore;
  private readonly limits: HubConfig;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new HubStore(ctx.storage.sql);
    this.limits = hubConfig(env);
    // Answered by the runtime itself: keeps idle clients alive without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  /** Opens a socket for a connect request built by the Worker (src/realtime/connect.ts). */
  override async fetch(request: Request): Promise<Response> {
    const params = parseConnectRequest(request);
    if (!params) return rejection(400, "bad_request", "Not a connect request.");
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
      return rejection(426, "bad_request", "Expected a WebSocket upgrade.");
    }
    const now = Date.now();
    // Past the deadline the Worker answers 503 before our answer could reach it: change nothing.
    if (params.answerBy !== null && now >= params.answerBy) {
      return rejection(503, "service_unavailable", "The event hub did not answer in time; retry shortly.");
    }
    // Check the cap before consuming a ticket, so a refused browser can retry with the same one.
    if (this.openSockets().length >= this.limits.maxConnections) {
      return rejection(
        429,
        "rate_limited",
        `This tenant already has ${this.limits.maxConnections} open event connections.`,
      );
    }
    let grant: TicketGrant;
    if (params.authMethod === "ticket") {
      const consumed = this.store.consumeTicket(params.ticketHash, now);
      if (!consumed) return rejection(401, "unauthorized", "The ticket is unknown, expired or already used.");
      grant = consumed;
    } else {
      grant = { subject: params.subject, tokenId: params.tokenId, sessionExpiresAt: params.sessionExpiresAt };
    }
    if (grant.sessionExpiresAt !== null && grant.sessionExpiresAt <= now) {
      return rejection(401, "unauthorized", "The access token behind this connection has expired.");
    }

    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server, socketTags(params.authMethod, grant.tokenId));
    const state = initialState({ authMethod: params.authMethod, ...grant, floor: this.store.lastSeq(), now });
    writeState(server, state);
    this.send(server, {
      type: "welcome",
      tenantId: params.tenantId,
      authMethod: params.authMethod,
      lastSeq: state.floor,
      limits: {
        maxMessageBytes: this.limits.maxMessageBytes,
        idleTimeoutSeconds: this.limits.idleTimeoutMs / 1000,
        ringSize: this.limits.ringSize,
      },
    });
    // Still synchronous since reading `floor`: no publish can slip in between, so replay and
    // live delivery meet exactly at `floor`.
    if (params.since !== null) this.replay(server, state, params.since);
    await this.scheduleAlarm(
      Math.min(now + this.limits.idleTimeoutMs, grant.sessionExpiresAt ?? Number.POSITIVE_INFINITY),
    );
    return new Response(null, { status: 101, webSocket: client });
  }

  /**
   * Stores `input` under the next sequence number and sends it to every matching socket.
   * Clients see it only once it is durable (the output gate holds sends until the write commits).
   */
  async publish(input: HubEventInput): Promise<PublishResult> {
    if (!EVENT_TYPES.includes(input.type)) throw new TypeError(`unknown event type "${String(input.type)}"`);
    if (JSON.stringify(input).length > MAX_EVENT_BYTES) throw new RangeError("event too large");
    const event = this.store.append(input, this.limits.ringSize, Date.now());
    let delivered = 0;
    for (const ws of this.openSockets()) {
      const state = readState(ws);
      if (!state || event.seq <= state.floor || !matches(state.subscription, event)) continue;
      if (this.sendEvent(ws, state, event)) delivered++;
    }
    return { seq: event.seq, eventType: input.type, delivered, connections: this.connectionCounts() };
  }

  /**
   * Stores a ticket hash (the Worker hashes; the hub never sees a ticket in clear until use).
   * After `answerBy` the Worker has stopped waiting: nothing is stored, so no ticket the client
   * never received counts against the tenant's limit.
   */
  async issueTicket(hash: string, grant: TicketGrant, answerBy: number): Promise<IssueTicketResult> {
    const now = Date.now();
    if (now >= answerBy) return { ok: false, reason: "late" };
    if (this.store.purgeTickets(now) >= this.limits.maxTickets)
      return { ok: false, reason: "too_many_tickets" };
    const expiresAt = now + this.limits.ticketTtlMs;
    this.store.addTicket(hash, expiresAt, grant);
    // Expired tickets are purged by the alarm even if nobody ever connects.
    await this.scheduleAlarm(expiresAt);
    return { ok: true, expiresAt };
  }

  /** Open sockets by auth method, plus the ring's bounds. */
  async stats(): Promise<HubStats> {
    return {
      connections: this.connectionCounts(),
      lastSeq: this.store.lastSeq(),
      oldestSeq: this.store.oldestSeq(),
    };
  }

  /**
   * Closes every socket with 4001 and `reason`, and voids outstanding tickets — for a disabled
   * tenant or revoked credentials. Returns how many sockets were closed.
   */
  async closeAll(reason: string): Promise<number> {
    const sockets = this.openSockets();
    for (const ws of sockets) closeQuietly(ws, CLOSE.closedByServer, reason);
    this.store.clearTickets();
    return sockets.length;
  }

  /** Closes the sockets opened with one (now revoked) access token, with 4001. */
  async closeToken(tokenId: string, reason: string): Promise<number> {
    const sockets = this.openSockets(`jti:${tokenId}`);
    for (const ws of sockets) closeQuietly(ws, CLOSE.closedByServer, reason);
    return sockets.length;
  }

  /** Handles client frames: subscribe, resume; everything else earns a strike. */
  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const state = readState(ws);
    if (!state) return closeQuietly(ws, CLOSE.internalError, "unknown connection state");
    const max = this.limits.maxMessageBytes;
    if (typeof message === "string" ? exceedsBytes(message, max) : message.byteLength > max) {
      return closeQuietly(ws, CLOSE.messageTooBig, `messages are limited to ${max} bytes`);
    }
    if (typeof message !== "string")
      return closeQuietly(ws, CLOSE.unsupportedData, "binary frames are not supported");
    state.lastSeenAt = Date.now();
    const parsed = parseClientMessage(message);
    if (!parsed.ok) return this.strike(ws, state, parsed.reason);
    if (parsed.message.type === "subscribe") {
      state.subscription = { events: parsed.message.events, verdicts: parsed.message.verdicts };
      writeState(ws, state);
      this.send(ws, { type: "subscribed", ...state.subscription });
      return;
    }
    const since = parsed.message.since;
    if (since < state.floor && state.sentAny) {
      // Older events would now arrive after newer ones; a fresh connection with ?since= keeps order.
      writeState(ws, state);
      this.send(ws, {
        type: "error",
        code: "resume_after_live",
        message: "resume must come before any event on this connection; reconnect with ?since=<seq> instead",
      });
      return;
    }
    this.replay(ws, state, since);
  }

  /** Completes the close handshake; the runtime forgets the socket and its attachment. */
  override async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    // 1005/1006 are reserved for "no code"/"abnormal" and may not be sent back.
    closeQuietly(ws, code === 1005 || code === 1006 ? CLOSE.normal : code, reason);
  }

  /** A broken socket: close it so it no longer counts against the cap. */
  override async webSocketError(ws: WebSocket): Promise<void> {
    closeQuietly(ws, CLOSE.internalError, "socket error");
  }

  /** Housekeeping: closes idle and expired sockets, purges expired tickets, reschedules. */
  override async alarm(): Promise<void> {
    const now = Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const ws of this.openSockets()) {
      const state = readState(ws);
      if (!state) continue;
      const pingedAt = this.ctx.getWebSocketAutoResponseTimestamp(ws)?.getTime() ?? 0;
      const idleAt = Math.max(state.lastSeenAt, pingedAt) + this.limits.idleTimeoutMs;
      if (state.sessionExpiresAt !== null && state.sessionExpiresAt <= now) {
        closeQuietly(ws, CLOSE.credentialsExpired, "access token expired; reconnect with a fresh one");
      } else if (idleAt <= now) {
        closeQuietly(ws, CLOSE.idle, "idle timeout; send ping to stay connected");
      } else {
        next = Math.min(next, idleAt, state.sessionExpiresAt ?? Number.POSITIVE_INFINITY);
      }
    }
    if (this.store.purgeTickets(now) > 0) next = Math.min(next, now + this.limits.ticketTtlMs);
    if (Number.isFinite(next)) await this.ctx.storage.setAlarm(Math.max(next, now + MIN_ALARM_DELAY_MS));
  }

  private connectionCounts(): HubStats["connections"] {
    const header = this.openSockets("auth:header").length;
    const ticket = this.openSockets("auth:ticket").length;
    return { header, ticket, total: header + ticket };
  }

  /** Sockets still open (closing ones are listed by the runtime until the handshake ends). */
  private openSockets(tag?: string): WebSocket[] {
    return this.ctx.getWebSockets(tag).filter((ws) => ws.readyState === OPEN);
  }

  /**
   * Sends the stored events in `(since, floor]` that match the subscription, preceded by a
   * `gap` notice when some of them have left the ring, and lowers `floor` to `since`.
   * Must stay synchronous (see the module comment).
   */
  private replay(ws: WebSocket, state: SocketState, since: number): void {
    const lastSeq = this.store.lastSeq();
    const through = state.floor;
    if (since > lastSeq) {
      // A cursor from the future: the hub's storage was reset. Say so; the client resets too.
      this.send(ws, {
        type: "gap",
        since,
        oldestSeq: this.store.oldestSeq(),
        lastSeq,
        reason: "unknown_cursor",
      });
    } else if (since < through) {
      const oldestSeq = this.store.oldestSeq();
      if (oldestSeq === null || since < oldestSeq - 1) {
        this.send(ws, { type: "gap", since, oldestSeq, lastSeq, reason: "ring_exceeded" });
      }
    }
    let count = 0;
    if (since < through) {
      for (const event of this.store.eventsBetween(since, through)) {
        if (matches(state.subscription, event) && this.sendEvent(ws, state, event)) count++;
      }
      state.floor = since;
    }
    writeState(ws, state);
    this.send(ws, { type: "replayed", since, through, count });
  }

  private sendEvent(ws: WebSocket, state: SocketState, event: StoredEvent): boolean {
    if (!this.sendRaw(ws, event.body)) return false;
    if (!state.sentAny) {
      state.sentAny = true;
      writeState(ws, state);
    }
    return true;
  }

  private send(ws: WebSocket, message: ServerMessage): void {
    this.sendRaw(ws, JSON.stringify(message));
  }

  /**
   * Sends one frame. There is no server-side bufferedAmount, so the hub cannot see a slow reader;
   * it only drops sockets whose send throws. Clients recover gaps through `seq` and `?since=`.
   */
  private sendRaw(ws: WebSocket, frame: string): boolean {
    try {
      ws.send(frame);
      return true;
    } catch {
      closeQuietly(ws, CLOSE.internalError, "send failed");
      return false;
    }
  }

  private strike(ws: WebSocket, state: SocketState, reason: string): void {
    state.strikes += 1;
    writeState(ws, state);
    this.send(ws, { type: "error", code: "bad_message", message: reason });
    if (state.strikes >= this.limits.maxStrikes) {
      closeQuietly(ws, CLOSE.policyViolation, `too many malformed messages (${state.strikes})`);
    }
  }

  /** Makes sure an alarm fires no later than `at`. */
  private async scheduleAlarm(at: number): Promise<void> {
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > at) await this.ctx.storage.setAlarm(at);
  }
}
