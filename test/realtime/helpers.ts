/**
 * Helpers for the real-time tests inside workerd: tenants (one hub each), tokens, calls to the
 * app, and a WebSocket wrapper that queues frames so tests can await them in order.
 */
import { env, exports } from "cloudflare:workers";
import type { HubEventInput } from "../../src/realtime/protocol";
import { hubFor } from "../../src/realtime/publish";
import { mintToken } from "../worker/helpers";

export { expectError, mintToken } from "../worker/helpers";

/** A fresh tenant id, so every test talks to its own Durable Object. */
export function newTenant(label: string): string {
  return `rt-${label}-${crypto.randomUUID().slice(0, 8)}`;
}

/** The tenant's hub stub. */
export function hub(tenantId: string) {
  return hubFor(env.TENANT_HUB, tenantId);
}

/** Calls the Worker under test (its default export). */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(new Request(`https://edge.test${path}`, init));
}

/** A token for `tenantId` with the `events` scope (or `scope`). */
export function tokenFor(tenantId: string, scope = "events"): Promise<string> {
  return mintToken({ tid: tenantId, scope });
}

/** POST /v1/events/ticket for `tenantId`; returns the ticket. */
export async function ticketFor(tenantId: string): Promise<string> {
  const response = await call("/v1/events/ticket", {
    method: "POST",
    headers: { Authorization: `Bearer ${await tokenFor(tenantId)}` },
  });
  if (response.status !== 201) throw new Error(`ticket: ${response.status} ${await response.text()}`);
  const body: { ticket: string } = await response.json();
  return body.ticket;
}

/** A parsed frame from the hub. */
export type Frame = { type: string; seq?: number; [key: string]: unknown };

/** A client socket whose frames are queued until a test takes them. */
export class TestSocket {
  private readonly frames: Frame[] = [];
  private waiter: (() => void) | null = null;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => {
      ws.addEventListener("close", (event) => resolve({ code: event.code, reason: event.reason }));
    });
    ws.addEventListener("message", (event) => {
      const text =
        typeof event.data === "string" ? event.data : new TextDecoder().decode(event.data as ArrayBuffer);
      this.frames.push(text.startsWith("{") ? (JSON.parse(text) as Frame) : { type: "text", text });
      this.waiter?.();
    });
    ws.accept();
  }

  /** The next frame, waiting up to `timeoutMs`. */
  async next(timeoutMs = 3000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (this.frames.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("timed out waiting for a frame");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = null;
    }
    return this.frames.shift() as Frame;
  }

  /** The next frame, which must be of `type`. */
  async expect(type: string, timeoutMs = 3000): Promise<Frame> {
    const frame = await this.next(timeoutMs);
    if (frame.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(frame)}`);
    return frame;
  }

  /** Takes `count` event frames (frames with a seq), failing on anything else. */
  async events(count: number, timeoutMs = 3000): Promise<Frame[]> {
    const taken: Frame[] = [];
    while (taken.length < count) {
      const frame = await this.next(timeoutMs);
      if (typeof frame.seq !== "number") throw new Error(`expected an event, got ${JSON.stringify(frame)}`);
      taken.push(frame);
    }
    return taken;
  }

  /** Resolves when no frame arrives within `ms`; throws otherwise. */
  async expectSilence(ms = 150): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (this.frames.length > 0) throw new Error(`unexpected frame ${JSON.stringify(this.frames[0])}`);
  }

  send(message: unknown): void {
    this.ws.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  close(): void {
    try {
      this.ws.close(1000, "test done");
    } catch {
      // already closed
    }
  }
}

/** Options of {@link connect}. */
export interface ConnectOptions {
  token?: string;
  ticket?: string;
  since?: number;
}

/** Opens GET /v1/events and returns the response (for refusals). */
export async function upgrade(
  options: ConnectOptions,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const query = new URLSearchParams();
  if (options.ticket !== undefined) query.set("ticket", options.ticket);
  if (options.since !== undefined) query.set("since", String(options.since));
  const headers: Record<string, string> = { Upgrade: "websocket", ...extraHeaders };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const suffix = query.size > 0 ? `?${query}` : "";
  return call(`/v1/events${suffix}`, { headers });
}

/** Connects for `tenantId` (header auth unless a ticket is given) and consumes the welcome frame. */
export async function connect(tenantId: string, options: ConnectOptions = {}): Promise<TestSocket> {
  const response = await upgrade(options.ticket ? options : { token: await tokenFor(tenantId), ...options });
  if (response.status !== 101 || !response.webSocket)
    throw new Error(`upgrade: ${response.status} ${await response.text()}`);
  const socket = new TestSocket(response.webSocket);
  await socket.expect("welcome");
  return socket;
}

/** A detection event for tests. */
export function detection(verdict: "injection" | "benign", id: string = crypto.randomUUID()): HubEventInput {
  return {
    type: "detection.completed",
    data: {
      id,
      verdict,
      score: verdict === "injection" ? 0.97 : 0.03,
      categories: verdict === "injection" ? ["instruction_override"] : [],
      cached: false,
      latencyMs: 1.5,
      textSha256: "0".repeat(64),
      privacy: "hash-only",
    },
  };
}

/** Polls `check` until it holds (bounded). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
