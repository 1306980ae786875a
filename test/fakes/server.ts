/**
 * A programmable loopback HTTP server for provider fakes. Each request is answered by the next
 * queued behaviour, or by the default handler; every request is recorded (method, path, query,
 * headers, body) so tests can assert what the client sent.
 *
 * Behaviours cover the failures a real provider shows: a normal answer (optionally delayed),
 * a hang (no answer for N ms), headers then a stalled body, a reset connection, and — by
 * `refuseConnections()` — a port nobody listens on.
 */
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
}

/** How to answer one request. */
export type Behaviour =
  | {
      type: "reply";
      status?: number;
      json?: unknown;
      text?: string;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  | { type: "hang"; ms: number }
  | { type: "stall-body"; ms: number }
  | { type: "destroy" };

/** Computes the behaviour for a request. */
export type Handler = (request: RecordedRequest) => Behaviour;

/** `{type: "reply", status, json}` shorthand. */
export function reply(status: number, json: unknown, headers: Record<string, string> = {}): Behaviour {
  return { type: "reply", status, json, headers };
}

/** A running fake server. */
export class FakeServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Array<Behaviour | Handler> = [];
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private handler: Handler;
  private closed = false;

  private constructor(
    private readonly server: http.Server,
    handler: Handler,
  ) {
    this.handler = handler;
  }

  /** Starts a fake on 127.0.0.1 with a random free port. */
  static async start(handler: Handler): Promise<FakeServer> {
    const server = http.createServer();
    const fake = new FakeServer(server, handler);
    server.on("connection", (socket) => {
      fake.sockets.add(socket);
      socket.on("close", () => fake.sockets.delete(socket));
    });
    server.on("request", (req, res) => fake.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  /** `http://127.0.0.1:PORT` */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Answers the next requests with these behaviours, in order; then the default handler resumes. */
  enqueue(...behaviours: Array<Behaviour | Handler>): this {
    this.queue.push(...behaviours);
    return this;
  }

  /** Replaces the default handler. */
  setDefault(handler: Handler): this {
    this.handler = handler;
    return this;
  }

  /** The last recorded request (throws when there is none). */
  last(): RecordedRequest {
    const last = this.requests.at(-1);
    if (!last) throw new Error("the fake received no request");
    return last;
  }

  /** Stops listening and drops every open connection: the URL now refuses connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Alias of close() that reads as intent in tests: after it, connecting fails with ECONNREFUSED. */
  refuseConnections(): Promise<void> {
    return this.close();
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://fake");
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json,
      };
      this.requests.push(recorded);
      const next = this.queue.shift() ?? this.handler;
      const behaviour = typeof next === "function" ? next(recorded) : next;
      this.perform(behaviour, res);
    });
  }

  private perform(behaviour: Behaviour, res: http.ServerResponse): void {
    switch (behaviour.type) {
      case "destroy":
        res.socket?.destroy();
        return;
      case "hang":
        this.later(behaviour.ms, () => res.socket?.destroy());
        return;
      case "stall-body":
        res.writeHead(200, { "content-type": "application/json" });
        res.write('[[{"label":');
        this.later(behaviour.ms, () => res.socket?.destroy());
        return;
      case "reply": {
        const send = (): void => {
          const text = behaviour.text ?? JSON.stringify(behaviour.json ?? null);
          res.writeHead(behaviour.status ?? 200, {
            "content-type": "application/json",
            ...behaviour.headers,
          });
          res.end(text);
        };
        if (behaviour.delayMs) this.later(behaviour.delayMs, send);
        else send();
      }
    }
  }
}
