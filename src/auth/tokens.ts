import { errors as joseErrors, jwtVerify, SignJWT } from "jose";

/** The only algorithm our own tokens use; anything else (including `none`) is refused. */
export const ACCESS_TOKEN_ALG = "HS256";

/** Scopes a token may carry. */
export const SCOPES = ["detect", "events", "admin"] as const;
export type Scope = (typeof SCOPES)[number];

/** Tenant ids become parts of Redis keys and Durable Object names: keep them plain. */
export const TENANT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Seconds of clock skew tolerated on `exp`/`nbf`/`iat` between us and the token issuer. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** The verified caller of a request; derived only from a verified token. */
export interface TenantContext {
  tenantId: string;
  subject: string;
  scopes: string[];
  tokenId: string | null;
}

export interface TokenKeys {
  secret: string;
  issuer: string;
  audience: string;
}

export interface AccessTokenInput {
  tenantId: string;
  subject?: string;
  scopes: readonly Scope[];
  ttlSeconds: number;
}

/** Why a token was refused; `message` is safe to show to the client. */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenError";
  }
}

const encodedSecrets = new Map<string, Uint8Array>();

function secretBytes(secret: string): Uint8Array {
  let bytes = encodedSecrets.get(secret);
  if (!bytes) {
    bytes = new TextEncoder().encode(secret);
    encodedSecrets.set(secret, bytes);
  }
  return bytes;
}

/** Signs a short-lived HS256 access token carrying the tenant (`tid`), scopes and a `jti`. */
export async function signAccessToken(input: AccessTokenInput, keys: TokenKeys): Promise<string> {
  if (!TENANT_ID_PATTERN.test(input.tenantId)) {
    throw new TokenError(
      "tenant id must be 1-64 letters, digits, '-' or '_', starting with a letter or digit",
    );
  }
  return new SignJWT({ tid: input.tenantId, scope: input.scopes.join(" ") })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, typ: "JWT" })
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setSubject(input.subject ?? `tenant:${input.tenantId}`)
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + input.ttlSeconds)
    .sign(secretBytes(keys.secret));
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return "the token is not valid yet (nbf)";
    if (error.claim === "iss") return "the token was issued by an unexpected issuer";
    if (error.claim === "aud") return "the token is for another audience";
    return `the token's "${error.claim}" claim is invalid`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return `only ${ACCESS_TOKEN_ALG} tokens are accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "the token signature is invalid";
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid)
    return "the token is malformed";
  return "the token could not be verified";
}

/**
 * Verifies an access token (signature, `alg`, `iss`, `aud`, `exp`, `nbf`) and returns the tenant
 * it speaks for. The tenant comes from the verified `tid` claim only.
 * @throws TokenError with a client-safe reason.
 */
export async function verifyAccessToken(token: string, keys: TokenKeys): Promise<TenantContext> {
  let payload: Awaited<ReturnType<typeof jwtVerify>>["payload"];
  try {
    ({ payload } = await jwtVerify(token, secretBytes(keys.secret), {
      algorithms: [ACCESS_TOKEN_ALG],
      issuer: keys.issuer,
      audience: keys.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "tid"],
    }));
  } catch (error) {
    throw new TokenError(describeJoseError(error));
  }
  const tenantId = payload.tid;
  if (typeof tenantId !== "string" || !TENANT_ID_PATTERN.test(tenantId)) {
    throw new TokenError('the token\'s "tid" (tenant) claim is missing or invalid');
  }
  const scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
  return {
    tenantId,
    subject: typeof payload.sub === "string" ? payload.sub : `tenant:${tenantId}`,
    scopes,
    tokenId: typeof payload.jti === "string" ? payload.jti : null,
  };
}
