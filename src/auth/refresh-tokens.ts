/**
 * Refresh tokens are opaque, not JWTs (so one can never be mistaken for an access token):
 * `psr1.<family>.<id>.<secret>`, all base64url of random bytes. The store keeps
 * HMAC(API_KEY_PEPPER, secret) under `refresh:{id}`, and the family under `family:{family}`.
 */

const FORMAT = /^psr1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function randomId(bytes: number): string {
  let binary = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(bytes))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

export interface RefreshTokenParts {
  familyId: string;
  tokenId: string;
  secret: string;
}

/** A new 128-bit id (families, refresh tokens). */
export function newOpaqueId(): string {
  return randomId(16);
}

/** A new refresh token of `familyId`. */
export function newRefreshToken(familyId: string): RefreshTokenParts & { token: string } {
  const tokenId = newOpaqueId();
  const secret = randomId(32);
  return { familyId, tokenId, secret, token: `psr1.${familyId}.${tokenId}.${secret}` };
}

/** Parts of a well-formed refresh token, else null. */
export function parseRefreshToken(token: string): RefreshTokenParts | null {
  const match = FORMAT.exec(token);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { familyId: match[1], tokenId: match[2], secret: match[3] };
}
