import {
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  type JWTPayload,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from "jose";
import type { TrustedIssuer } from "../config";

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
  /** `jti` of the access token (revocable; tags the caller's WebSockets). */
  tokenId: string | null;
  /** Refresh family the token was issued from (`sid`), null for minted or external tokens. */
  sessionId?: string | null;
  /** API key the token was obtained with (`akid`), null for minted or external tokens. */
  keyId?: string | null;
  /** Expiry (ms since epoch). */
  expiresAt?: number | null;
  /** `own` = signed with SECRET_KEY(_PREVIOUS); `external` = a trusted issuer's JWKS. */
  source?: "own" | "external";
}

export interface TokenKeys {
  secret: string;
  /** Second active secret during a rotation (SECRET_KEY_PREVIOUS). */
  previousSecret?: string | null;
  issuer: string;
  audience: string;
  /** Tenants' identity providers (TRUSTED_ISSUERS). */
  trustedIssuers?: readonly TrustedIssuer[];
}

export interface AccessTokenInput {
  tenantId: string;
  subject?: string;
  scopes: readonly Scope[];
  ttlSeconds: number;
  /** Refresh family (`sid`) this token belongs to. */
  sessionId?: string;
  /** API key id (`akid`) the token was obtained with. */
  keyId?: string;
}

/** Why a token was refused; `message` is safe to show to the client. */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenError";
  }
}

const utf8 = new TextEncoder();
const encodedSecrets = new Map<string, Uint8Array<ArrayBuffer>>();

function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  let bytes = encodedSecrets.get(secret);
  if (!bytes) {
    bytes = new Uint8Array(utf8.encode(secret));
    encodedSecrets.set(secret, bytes);
  }
  return bytes;
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

const keyIds = new Map<string, Promise<string>>();

/**
 * The `kid` of an HS256 secret: `ps-` + 16 characters of HMAC-SHA256(secret, a fixed label).
 * Derived, so a rotation needs no extra variable (SECRET_KEY_PREVIOUS keeps its kid), and it
 * reveals nothing usable about the secret.
 */
export function keyIdOf(secret: string): Promise<string> {
  let kid = keyIds.get(secret);
  if (!kid) {
    kid = (async () => {
      const key = await crypto.subtle.importKey(
        "raw",
        secretBytes(secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      );
      const mac = await crypto.subtle.sign("HMAC", key, utf8.encode("promptshield:jwt-kid:v1"));
      return `ps-${base64url(new Uint8Array(mac)).slice(0, 16)}`;
    })();
    if (keyIds.size > 16) keyIds.clear();
    keyIds.set(secret, kid);
  }
  return kid;
}

/** An issued access token with what the server keeps about it. */
export interface IssuedAccessToken {
  token: string;
  jti: string;
  /** ms since epoch */
  expiresAt: number;
}

/** Signs a short-lived HS256 access token (`kid` of SECRET_KEY) carrying `tid`, scopes and a `jti`. */
export async function issueAccessToken(input: AccessTokenInput, keys: TokenKeys): Promise<IssuedAccessToken> {
  if (!TENANT_ID_PATTERN.test(input.tenantId)) {
    throw new TokenError(
      "tenant id must be 1-64 letters, digits, '-' or '_', starting with a letter or digit",
    );
  }
  const jti = crypto.randomUUID();
  const exp = Math.floor(Date.now() / 1000) + input.ttlSeconds;
  const claims: JWTPayload = { tid: input.tenantId, scope: input.scopes.join(" ") };
  if (input.sessionId) claims.sid = input.sessionId;
  if (input.keyId) claims.akid = input.keyId;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, typ: "JWT", kid: await keyIdOf(keys.secret) })
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setSubject(input.subject ?? `tenant:${input.tenantId}`)
    .setJti(jti)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(secretBytes(keys.secret));
  return { token, jti, expiresAt: exp * 1000 };
}

/** Signs a short-lived HS256 access token carrying the tenant (`tid`), scopes and a `jti`. */
export async function signAccessToken(input: AccessTokenInput, keys: TokenKeys): Promise<string> {
  return (await issueAccessToken(input, keys)).token;
}

function describeJoseError(error: unknown, algorithms: readonly string[]): string {
  if (error instanceof TokenError) return error.message;
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return "the token is not valid yet (nbf)";
    if (error.claim === "iss") return "the token was issued by an unexpected issuer";
    if (error.claim === "aud") return "the token is for another audience";
    return `the token's "${error.claim}" claim is invalid`;
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed)
    return `only ${algorithms.join(", ")} tokens are accepted from this issuer`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "the token signature is invalid";
  if (error instanceof joseErrors.JWKSNoMatchingKey)
    return "no key of the issuer matches the token's key id (kid)";
  if (error instanceof joseErrors.JWKSMultipleMatchingKeys) return "the token's key id (kid) is ambiguous";
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid)
    return "the issuer's signing keys could not be fetched";
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid)
    return "the token is malformed";
  return "the token could not be verified";
}

/** One remote JWKS resolver per URL, for the life of the isolate (keys are cached and refreshed by jose). */
const remoteKeySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function remoteKeySet(url: string): ReturnType<typeof createRemoteJWKSet> {
  let set = remoteKeySets.get(url);
  if (!set) {
    set = createRemoteJWKSet(new URL(url), {
      timeoutDuration: 2_000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
    remoteKeySets.set(url, set);
  }
  return set;
}

function scopesOf(payload: JWTPayload): string[] {
  if (typeof payload.scope === "string") return payload.scope.split(" ").filter(Boolean);
  if (Array.isArray(payload.scp)) return payload.scp.filter((s): s is string => typeof s === "string");
  return [];
}

async function verifyOwn(token: string, keys: TokenKeys): Promise<TenantContext> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(
      token,
      async (header) => {
        // No kid: tokens minted before kids existed (and `npm run token` in tests) use SECRET_KEY.
        if (header.kid === undefined) return secretBytes(keys.secret);
        if (header.kid === (await keyIdOf(keys.secret))) return secretBytes(keys.secret);
        if (keys.previousSecret && header.kid === (await keyIdOf(keys.previousSecret)))
          return secretBytes(keys.previousSecret);
        throw new TokenError("the token's key id (kid) is unknown");
      },
      {
        algorithms: [ACCESS_TOKEN_ALG],
        issuer: keys.issuer,
        audience: keys.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ["exp", "tid"],
      },
    ));
  } catch (error) {
    throw new TokenError(describeJoseError(error, [ACCESS_TOKEN_ALG]));
  }
  const tenantId = payload.tid;
  if (typeof tenantId !== "string" || !TENANT_ID_PATTERN.test(tenantId)) {
    throw new TokenError('the token\'s "tid" (tenant) claim is missing or invalid');
  }
  return {
    tenantId,
    subject: typeof payload.sub === "string" ? payload.sub : `tenant:${tenantId}`,
    scopes: scopesOf(payload),
    tokenId: typeof payload.jti === "string" ? payload.jti : null,
    sessionId: typeof payload.sid === "string" ? payload.sid : null,
    keyId: typeof payload.akid === "string" ? payload.akid : null,
    expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : null,
    source: "own",
  };
}

async function verifyExternal(token: string, issuer: TrustedIssuer): Promise<TenantContext> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, remoteKeySet(issuer.jwksUrl), {
      algorithms: issuer.algorithms,
      issuer: issuer.issuer,
      audience: issuer.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp"],
    }));
  } catch (error) {
    throw new TokenError(describeJoseError(error, issuer.algorithms));
  }
  const claimed = payload[issuer.tenantClaim];
  let tenantId: string;
  if (issuer.tenantId !== null) {
    if (claimed !== undefined && claimed !== issuer.tenantId)
      throw new TokenError("this issuer may only speak for its own tenant");
    tenantId = issuer.tenantId;
  } else {
    if (typeof claimed !== "string" || !TENANT_ID_PATTERN.test(claimed))
      throw new TokenError(`the token's "${issuer.tenantClaim}" (tenant) claim is missing or invalid`);
    if (!issuer.allowedTenants.includes(claimed))
      throw new TokenError("this issuer may not speak for that tenant");
    tenantId = claimed;
  }
  return {
    tenantId,
    subject: `external:${typeof payload.sub === "string" ? payload.sub.slice(0, 100) : "unknown"}`,
    // Never more than the issuer is trusted with: `admin` can never come from outside.
    scopes: scopesOf(payload).filter((scope) => issuer.allowedScopes.includes(scope)),
    tokenId: typeof payload.jti === "string" ? payload.jti.slice(0, 128) : null,
    sessionId: null,
    keyId: null,
    expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : null,
    source: "external",
  };
}

/**
 * Verifies an access token and returns the tenant it speaks for. Our own tokens: HS256 only,
 * `kid` = SECRET_KEY's or SECRET_KEY_PREVIOUS's (unknown kid refused), `iss`/`aud`/`exp`/`nbf`.
 * Tokens whose `iss` is a TRUSTED_ISSUERS entry: that issuer's JWKS, algorithms and audience.
 * The tenant comes from verified claims only.
 * @throws TokenError with a client-safe reason.
 */
export async function verifyAccessToken(token: string, keys: TokenKeys): Promise<TenantContext> {
  let issuer: unknown;
  try {
    decodeProtectedHeader(token);
    issuer = decodeJwt(token).iss;
  } catch {
    throw new TokenError("the token is malformed");
  }
  const external =
    typeof issuer === "string" ? keys.trustedIssuers?.find((entry) => entry.issuer === issuer) : undefined;
  return external ? verifyExternal(token, external) : verifyOwn(token, keys);
}
