/**
 * API keys: `psk_<id>_<secret>`, where `id` (16 hex characters) is the public, visible part that
 * identifies the key in listings and logs, and `secret` is 32 random bytes (base64url). Generated
 * with crypto.getRandomValues, shown once, stored only as HMAC-SHA256(API_KEY_PEPPER, key): a
 * leaked database without the pepper cannot be used to check guesses.
 */

const KEY_FORMAT = /^psk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const HASH_CONTEXT = "promptshield:api-key:v1:";
const utf8 = new TextEncoder();

/** base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A new key and its public id. The key is returned once and never stored. */
export function generateApiKey(): { id: string; key: string } {
  const id = hex(crypto.getRandomValues(new Uint8Array(8)));
  const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { id, key: `psk_${id}_${secret}` };
}

/** The public id of a well-formed key, else null (nothing else is read from it). */
export function apiKeyId(key: string): string | null {
  return KEY_FORMAT.exec(key)?.[1] ?? null;
}

/** The visible prefix shown in listings: `psk_<id>`. */
export function apiKeyPrefix(id: string): string {
  return `psk_${id}`;
}

const peppers = new Map<string, Promise<CryptoKey>>();

function pepperKey(pepper: string): Promise<CryptoKey> {
  let key = peppers.get(pepper);
  if (!key) {
    key = crypto.subtle.importKey("raw", utf8.encode(pepper), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    if (peppers.size > 8) peppers.clear();
    peppers.set(pepper, key);
  }
  return key;
}

/**
 * HMAC-SHA256(pepper, context ‖ value). `context` keeps each use of the pepper in its own domain
 * (API keys and refresh secrets: `promptshield:api-key:v1:`; client addresses:
 * `promptshield:client-ip:v1:`), so one kind of hash can never stand in for another.
 */
export async function pepperedMac(context: string, value: string, pepper: string): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.sign("HMAC", await pepperKey(pepper), utf8.encode(context + value)),
  );
}

/** HMAC-SHA256(pepper, context ‖ value), hex: what the store keeps instead of a secret. */
export async function keyedHash(value: string, pepper: string): Promise<string> {
  return hex(await pepperedMac(HASH_CONTEXT, value, pepper));
}

/** Constant-time comparison of two strings of equal length (hashes). */
export function safeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
