/**
 * Parsing of Upstash REST requests into Redis commands (arrays of byte strings).
 */
import type { IncomingMessage } from "node:http";

/** A client error that the proxy answers with `400 {error}`. */
export class BadRequest extends Error {}

/** Thrown when the body exceeds the configured cap. */
export class TooLarge extends BadRequest {
  constructor() {
    super("ERR max request size exceeded");
  }
}

/**
 * Reads the whole body, refusing more than `maxBytes` (checked against Content-Length first,
 * then while streaming, so an oversize body is never buffered in full).
 */
export async function readBody(request: IncomingMessage, maxBytes: number | undefined): Promise<Buffer> {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (maxBytes !== undefined && declared > maxBytes) throw new TooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (maxBytes !== undefined && total > maxBytes) throw new TooLarge();
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** JSON arguments as the clients send them: strings and numbers (booleans/null tolerated). */
function toArg(value: unknown): Buffer {
  if (typeof value === "string") return Buffer.from(value, "utf8");
  if (typeof value === "number" || typeof value === "boolean") return Buffer.from(String(value));
  if (value === null) return Buffer.alloc(0);
  // Objects are not Redis arguments; the JSON text is the most useful thing to forward.
  return Buffer.from(JSON.stringify(value), "utf8");
}

/** Validates one command given as a JSON array (`["SET","k","v"]`). */
export function commandFromJson(value: unknown): Buffer[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new BadRequest("ERR command must be a non-empty JSON array");
  }
  if (typeof value[0] !== "string") throw new BadRequest("ERR command name must be a string");
  return value.map(toArg);
}

/** Parses a JSON body, as one command or as a list of commands. */
export function parseJsonBody(body: Buffer, batch: boolean): Buffer[][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new BadRequest("ERR failed to parse request body as JSON");
  }
  if (!batch) return [commandFromJson(parsed)];
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new BadRequest("ERR pipeline body must be a non-empty JSON array of commands");
  }
  return parsed.map(commandFromJson);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadRequest("ERR malformed percent-encoding in path");
  }
}

/**
 * A command in the path (`/set/foo/bar`): segments are URL-decoded arguments, query parameters
 * other than `_token` are appended (`?EX=100` → `EX 100`), and a non-empty body is the last
 * argument (`POST /set/foo` with the value as body), as on Upstash.
 */
export function commandFromPath(pathname: string, search: URLSearchParams, body: Buffer): Buffer[] {
  const args: Buffer[] = pathname
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => Buffer.from(decodeSegment(segment), "utf8"));
  for (const [name, value] of search) {
    if (name === "_token") continue;
    args.push(Buffer.from(name, "utf8"));
    if (value !== "") args.push(Buffer.from(value, "utf8"));
  }
  if (body.length > 0) args.push(body);
  if (args.length === 0) throw new BadRequest("ERR empty command");
  return args;
}
