/**
 * Who is knocking on /v1/auth, for throttling failed credential attempts (docs/auth.md).
 *
 * The address comes from `CF-Connecting-IP` only: Cloudflare's edge sets it (and overwrites any
 * value a client sends). `X-Forwarded-For` and friends are never read: a client writes them
 * freely, so trusting them would let an attacker pick a fresh bucket per request. Requests
 * without a usable `CF-Connecting-IP` (only possible off Cloudflare: tests, a local dev server,
 * a misrouted request) share one fixed `unknown` bucket, which is throttled like any other.
 *
 * The address is never stored or logged: the bucket is a keyed hash of it (see clientBucket).
 */
import { base64url, pepperedMac } from "./api-keys";

/** The bucket of requests without a usable CF-Connecting-IP. */
export const UNKNOWN_CLIENT = "unknown";

/** Domain of the HMAC input (kept apart from API-key and refresh-secret hashes). */
const BUCKET_CONTEXT = "promptshield:client-ip:v1:";

/** Bytes of the HMAC kept in the bucket name: 128 bits, 22 base64url characters. */
const BUCKET_BYTES = 16;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/;

function parseIpv4(text: string): number[] | null {
  const match = IPV4.exec(text);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address (`::`, embedded IPv4 allowed), else null. */
function parseIpv6(text: string): number[] | null {
  let rest = text.toLowerCase();
  const tail: number[] = [];
  const lastColon = rest.lastIndexOf(":");
  if (rest.includes(".")) {
    const v4 = parseIpv4(rest.slice(lastColon + 1));
    if (!v4) return null;
    tail.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
    // Keep the colon that introduced the IPv4 part when it is the second half of a "::".
    rest = rest.slice(0, rest.endsWith("::", lastColon + 1) ? lastColon + 1 : lastColon);
  }
  const halves = rest.split("::");
  if (halves.length > 2) return null;
  const toGroups = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const groups = part.split(":");
    return groups.every((group) => HEX_GROUP.test(group)) ? groups.map((group) => parseInt(group, 16)) : null;
  };
  const head = toGroups(halves[0]);
  const after = toGroups(halves[1]);
  if (!head || !after) return null;
  const known = head.length + after.length + tail.length;
  if (halves.length === 1) return known === 8 ? [...head, ...tail] : null;
  if (known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...after, ...tail];
}

/**
 * The network a client is counted under, from the CF-Connecting-IP value: an IPv4 address in
 * canonical form, or the /64 of an IPv6 address (one subscriber usually holds a whole /64, so
 * counting single IPv6 addresses would hand an attacker 2^64 fresh buckets). An IPv4-mapped IPv6
 * address counts as its IPv4 address. Null when the value is absent or not an IP address.
 */
export function clientNetwork(header: string | null | undefined): string | null {
  const value = header?.trim();
  if (!value || value.length > 64) return null;
  const v4 = parseIpv4(value);
  if (v4) return v4.join(".");
  if (!value.includes(":")) return null;
  const groups = parseIpv6(value);
  if (!groups) return null;
  const isMapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (isMapped) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/**
 * The throttling bucket of a request: `unknown` without a usable CF-Connecting-IP, else
 * base64url(HMAC-SHA256(API_KEY_PEPPER, context ‖ network))[:16 bytes]. Keyed, because an unkeyed
 * hash of an IPv4 address is reversed by trying all 2^32 of them; with the pepper (a Worker secret,
 * never in Redis) a copy of the database does not reveal who was throttled.
 */
export async function clientBucket(header: string | null | undefined, pepper: string): Promise<string> {
  const network = clientNetwork(header);
  if (network === null) return UNKNOWN_CLIENT;
  const mac = await pepperedMac(BUCKET_CONTEXT, network, pepper);
  return base64url(mac.slice(0, BUCKET_BYTES));
}
