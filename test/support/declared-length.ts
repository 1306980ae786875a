/**
 * Sends a request whose Content-Length promises more than it sends, for bodies over the
 * Worker's MAX_BODY_BYTES. The Worker answers 413 from the declared length without reading on
 * and closes the connection; a client that streamed the real body would race that early answer
 * (ECONNRESET on its write once the server closes, sometimes before the answer is read). Sending
 * only a short prefix on a connection of its own removes the race while testing the same path.
 */
import { request as httpRequest } from "node:http";

/** What to send: the head, a prefix of the body, and the length the head declares. */
export interface DeclaredLengthRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The bytes actually written; keep it short (it should fit the first read of the server). */
  prefix: string | Uint8Array;
  declaredLength: number;
  timeoutMs?: number;
}

/** The answer: status, headers and the whole body as the server sent it (not decoded). */
export interface DeclaredLengthAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Sends `request` to `origin` (http) and resolves with the full answer; rejects on no answer. */
export function sendDeclaredLength(
  origin: string,
  request: DeclaredLengthRequest,
): Promise<DeclaredLengthAnswer> {
  const timeoutMs = request.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(new URL(request.path, origin), {
      method: request.method,
      headers: { ...request.headers, "content-length": String(request.declaredLength), connection: "close" },
      timeout: timeoutMs,
    });
    outgoing.on("response", (incoming) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        for (const one of Array.isArray(value) ? value : [value ?? ""]) headers.append(name, one);
      }
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => {
        outgoing.destroy();
        // An answer without a status line is a protocol error: report it as one (500 fails tests).
        resolve({ status: incoming.statusCode ?? 500, headers, body: Buffer.concat(chunks) });
      });
      incoming.on("error", (error) => {
        outgoing.destroy();
        reject(error);
      });
    });
    outgoing.on("timeout", () =>
      outgoing.destroy(new Error(`${request.method} ${request.path}: no answer in ${timeoutMs} ms`)),
    );
    // Errors after the answer has ended (the server closing the half-sent request) are expected;
    // a promise already settled ignores them.
    outgoing.on("error", reject);
    outgoing.write(request.prefix);
  });
}
