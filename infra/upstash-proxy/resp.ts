/**
 * A minimal RESP2 client over node:net: enough for a proxy that forwards whole commands.
 *
 * Hand-written (rather than the `redis` or `ioredis` packages) for two reasons: replies must stay
 * exactly as Redis sends them (ioredis turns HGETALL into objects, which the Upstash contract does
 * not), and bulk strings must stay raw bytes so the proxy can base64 them binary-safely.
 * RESP2 is used on purpose (no HELLO 3): its replies are the flat arrays Upstash returns.
 */
import net from "node:net";

/** A Redis error reply (`-ERR ...`). Kept distinct from strings so callers can map it to `{error}`. */
export class RespError {
  constructor(readonly message: string) {}
}

/** One parsed reply. Simple and bulk strings both arrive as raw bytes. */
export type RespValue = Buffer | number | null | RespError | RespValue[];

const CRLF = Buffer.from("\r\n");

/** Serialises one command as a RESP array of bulk strings. */
export function encodeCommand(args: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    parts.push(Buffer.from(`$${arg.length}\r\n`), arg, CRLF);
  }
  return Buffer.concat(parts);
}

interface Parsed {
  value: RespValue;
  next: number;
}

/** Index of the CRLF ending the line that starts at `from`, or -1 when not yet received. */
function lineEnd(buffer: Buffer, from: number): number {
  return buffer.indexOf(CRLF, from);
}

/**
 * Parses one reply starting at `offset`; `undefined` means "incomplete, wait for more bytes".
 * @throws Error on a protocol violation (the connection is then unusable).
 */
export function parseReply(buffer: Buffer, offset: number): Parsed | undefined {
  if (offset >= buffer.length) return undefined;
  const end = lineEnd(buffer, offset);
  if (end < 0) return undefined;
  const type = String.fromCharCode(buffer[offset] ?? 0);
  const line = buffer.toString("utf8", offset + 1, end);
  const afterLine = end + 2;
  switch (type) {
    case "+":
      return { value: buffer.subarray(offset + 1, end), next: afterLine };
    case "-":
      return { value: new RespError(line), next: afterLine };
    case ":":
      return { value: Number(line), next: afterLine };
    case "$": {
      const length = Number(line);
      if (length < 0) return { value: null, next: afterLine };
      if (buffer.length < afterLine + length + 2) return undefined;
      // Copy, so the reply does not pin the (growing) receive buffer in memory.
      return {
        value: Buffer.from(buffer.subarray(afterLine, afterLine + length)),
        next: afterLine + length + 2,
      };
    }
    case "*": {
      const count = Number(line);
      if (count < 0) return { value: null, next: afterLine };
      const items: RespValue[] = [];
      let next = afterLine;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new Error(`RESP protocol error: unexpected type byte ${JSON.stringify(type)}`);
  }
}

interface Waiter {
  resolve: (value: RespValue) => void;
  reject: (error: Error) => void;
}

/** One TCP connection to Redis; replies are matched to commands by order (RESP pipelining). */
export class RespConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly waiters: Waiter[] = [];
  private failure: Error | null = null;

  private constructor(private readonly socket: net.Socket) {
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", (error) => this.fail(error));
    socket.on("close", () => this.fail(new Error("connection to redis closed")));
  }

  /**
   * Opens a connection; rejects after `timeoutMs` so a blackholed Redis cannot hang the proxy.
   */
  static connect(host: string, port: number, timeoutMs: number): Promise<RespConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`connect to redis ${host}:${port} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.removeAllListeners("error");
        resolve(new RespConnection(socket));
      });
      socket.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  /** True once the socket failed or closed; such a connection must be discarded. */
  get broken(): boolean {
    return this.failure !== null;
  }

  /** Sends several commands in one write and resolves with their replies, in order. */
  send(commands: readonly (readonly Buffer[])[]): Promise<RespValue[]> {
    if (this.failure) return Promise.reject(this.failure);
    const replies = commands.map(
      () => new Promise<RespValue>((resolve, reject) => this.waiters.push({ resolve, reject })),
    );
    this.socket.write(Buffer.concat(commands.map(encodeCommand)));
    return Promise.all(replies);
  }

  /** Closes the socket; pending commands are rejected. */
  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    let offset = 0;
    try {
      for (;;) {
        const parsed = parseReply(this.buffer, offset);
        if (!parsed) break;
        offset = parsed.next;
        const waiter = this.waiters.shift();
        if (!waiter) throw new Error("RESP protocol error: reply without a pending command");
        waiter.resolve(parsed.value);
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      this.socket.destroy();
      return;
    }
    this.buffer = offset === this.buffer.length ? Buffer.alloc(0) : this.buffer.subarray(offset);
  }

  private fail(error: Error): void {
    if (!this.failure) this.failure = error;
    for (const waiter of this.waiters.splice(0)) waiter.reject(this.failure);
  }
}

/**
 * Hands out connections, one per HTTP request at a time. Exclusive use matters for
 * MULTI/EXEC: a shared connection would let another request's commands land inside the
 * transaction. Idle connections are reused; broken ones are dropped.
 */
export class RespPool {
  private readonly idle: RespConnection[] = [];
  private readonly all = new Set<RespConnection>();

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly connectTimeoutMs: number,
    private readonly maxIdle = 16,
  ) {}

  /** Runs `work` with a connection of its own, then returns the connection to the pool. */
  async use<T>(work: (connection: RespConnection) => Promise<T>): Promise<T> {
    const connection = await this.acquire();
    try {
      return await work(connection);
    } finally {
      this.release(connection);
    }
  }

  /** Closes every connection (idle or in use). */
  close(): void {
    for (const connection of this.all) connection.close();
    this.all.clear();
    this.idle.length = 0;
  }

  private async acquire(): Promise<RespConnection> {
    for (let connection = this.idle.pop(); connection; connection = this.idle.pop()) {
      if (!connection.broken) return connection;
      this.all.delete(connection);
    }
    const connection = await RespConnection.connect(this.host, this.port, this.connectTimeoutMs);
    this.all.add(connection);
    return connection;
  }

  private release(connection: RespConnection): void {
    if (connection.broken || this.idle.length >= this.maxIdle) {
      connection.close();
      this.all.delete(connection);
      return;
    }
    this.idle.push(connection);
  }
}
