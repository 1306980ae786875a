/**
 * Connection tickets for browsers, which cannot set an Authorization header on a WebSocket.
 *
 * A ticket is `pst1.<tenantId>.<id>.<mac>`: 32 random bytes (`id`) plus an HMAC over the prefix
 * keyed with SECRET_KEY. The tenant part only routes the ticket to a hub; it is trusted because
 * the MAC is checked first (so forged tickets never wake a Durable Object) and because the hub
 * that issued it holds its hash — a ticket shown to any other hub is unknown there. The hub stores
 * only SHA-256(ticket), with an expiry, and deletes the row on first use.
 */
import { TENANT_ID_PATTERN } from "../auth/tokens";
import { sha256Hex } from "./events";

const VERSION = "pst1";
const ID_BYTES = 32;
const MAC_BYTES = 16;
/** Domain separation: the MAC key is SECRET_KEY, also used for JWTs, so tag what we sign. */
const MAC_CONTEXT = "promptshield:events-ticket:";

const keys = new Map<string, Promise<CryptoKey>>();

function macKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign", "verify"],
    );
    keys.set(secret, key);
  }
  return key;
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function mac(secret: string, prefix: string): Promise<Uint8Array> {
  const signature = await crypto.subtle.sign(
    "HMAC",
    await macKey(secret),
    new TextEncoder().encode(MAC_CONTEXT + prefix),
  );
  return new Uint8Array(signature).slice(0, MAC_BYTES);
}

/** A freshly minted ticket and the hash the hub stores. */
export interface MintedTicket {
  ticket: string;
  hash: string;
}

/** Mints a ticket for `tenantId` (already verified). */
export async function mintTicket(tenantId: string, secret: string): Promise<MintedTicket> {
  const prefix = `${VERSION}.${tenantId}.${base64url(crypto.getRandomValues(new Uint8Array(ID_BYTES)))}`;
  const ticket = `${prefix}.${base64url(await mac(secret, prefix))}`;
  return { ticket, hash: await sha256Hex(ticket) };
}

/** A ticket whose MAC checked out: the tenant whose hub must consume it, and the hash to look up. */
export interface CheckedTicket {
  tenantId: string;
  hash: string;
}

/**
 * Checks a ticket's shape and MAC. Returns null for anything forged or malformed; expiry and
 * single use are the hub's business.
 */
export async function checkTicket(ticket: string, secret: string): Promise<CheckedTicket | null> {
  if (ticket.length > 200) return null;
  const parts = ticket.split(".");
  if (parts.length !== 4) return null;
  const [version, tenantId, id, tag] = parts as [string, string, string, string];
  if (version !== VERSION || !TENANT_ID_PATTERN.test(tenantId)) return null;
  if (fromBase64url(id)?.byteLength !== ID_BYTES) return null;
  const presented = fromBase64url(tag);
  if (presented?.byteLength !== MAC_BYTES) return null;
  // Recompute and compare in constant time (HMAC verify would need the full-length tag).
  const expected = await mac(secret, `${version}.${tenantId}.${id}`);
  let difference = 0;
  for (let index = 0; index < MAC_BYTES; index++)
    difference |= (expected[index] ?? 0) ^ (presented[index] ?? 0);
  if (difference !== 0) return null;
  return { tenantId, hash: await sha256Hex(ticket) };
}
