/**
 * Turns Redis replies into the Upstash REST envelope: `{result}` or `{error}`.
 *
 * With `Upstash-Encoding: base64` every string in a result (bulk or status, at any depth) is the
 * base64 of its bytes, which keeps binary values intact through JSON; integers and nulls stay as
 * they are, and errors are never encoded. Without it, strings are decoded as UTF-8 (lossy for
 * binary values, as on Upstash). Arrays stay flat, exactly as Redis sent them (HGETALL included).
 */
import { RespError, type RespValue } from "./resp";

/** JSON shape of a result. */
export type JsonValue = string | number | null | JsonValue[];

/** One item of a reply body. */
export type Envelope = { result: JsonValue } | { error: string };

/** Converts a successful reply; nested error replies (possible inside Lua results) become their message. */
export function toJson(value: RespValue, base64: boolean): JsonValue {
  if (value === null || typeof value === "number") return value;
  if (value instanceof RespError) return value.message;
  if (Array.isArray(value)) return value.map((item) => toJson(item, base64));
  return value.toString(base64 ? "base64" : "utf8");
}

/** Wraps one reply: an error reply becomes `{error}` (never encoded), anything else `{result}`. */
export function toEnvelope(value: RespValue, base64: boolean): Envelope {
  return value instanceof RespError ? { error: value.message } : { result: toJson(value, base64) };
}
