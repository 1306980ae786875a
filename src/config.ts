import { DEFAULT_THRESHOLD as DEFAULT_DETECTION_THRESHOLD } from "./detection/score";
import { DEFAULT_DURABLE_OBJECT_TIMEOUT_MS } from "./timeout";

/**
 * One typed, validated view of every binding, variable and secret the Worker reads.
 * Parsing happens once per `env` object (i.e. once per isolate in production); a bad value
 * fails with a message that names the variable, so an operator knows what to fix.
 */

/** Variables and secrets the Worker understands. All are strings as Workers deliver them. */
export interface RawEnv {
  ENVIRONMENT?: string;
  SECRET_KEY?: string;
  JWT_ISSUER?: string;
  JWT_AUDIENCE?: string;
  JWT_ACCESS_TOKEN_EXPIRE_MINUTES?: string;
  JWT_REFRESH_TOKEN_EXPIRE_DAYS?: string;
  UPSTASH_REDIS_REST_URL?: string;
  UPSTASH_REDIS_REST_TOKEN?: string;
  HUGGINGFACE_API_KEY?: string;
  GEMINI_API_KEY?: string;
  MODEL_TIMEOUT_SECONDS?: string;
  PROMETHEUS_ENABLED?: string;
  PROMETHEUS_REMOTE_WRITE_URL?: string;
  PROMETHEUS_USERNAME?: string;
  PROMETHEUS_PASSWORD?: string;
  PROMETHEUS_PUSH_INTERVAL_SECONDS?: string;
  LOG_LEVEL?: string;
  STRUCTURED_LOGGING?: string;
  CORS_ORIGINS?: string;
  MAX_BODY_BYTES?: string;
  MAX_TEXT_BYTES?: string;
  MAX_DOCUMENTS?: string;
  MAX_BATCH_ITEMS?: string;
  DETECTION_THRESHOLD?: string;
  RATE_LIMIT_PER_MINUTE?: string;
  RATE_LIMIT_FAIL_MODE?: string;
  REDIS_TIMEOUT_MS?: string;
  DURABLE_OBJECT_TIMEOUT_MS?: string;
  CACHE_ENABLED?: string;
  CACHE_TTL_HIGH_SECONDS?: string;
  CACHE_TTL_MEDIUM_SECONDS?: string;
  CACHE_TTL_LOW_SECONDS?: string;
  METRICS_TOKEN?: string;
  METRICS_MAX_TENANTS?: string;
  METRICS_BACKLOG_MAX_SAMPLES?: string;
  METRICS_BACKLOG_MAX_AGE_SECONDS?: string;
  METRICS_PUSH_ATTEMPTS?: string;
  HUGGINGFACE_MODEL?: string;
  HUGGINGFACE_BASE_URL?: string;
  HUGGINGFACE_ENDPOINT_URL?: string;
  GEMINI_MODEL?: string;
  GEMINI_BASE_URL?: string;
  OPENAI_COMPAT_BASE_URL?: string;
  OPENAI_COMPAT_API_KEY?: string;
  OPENAI_COMPAT_MODEL?: string;
  MODEL_REQUEST_BUDGET_MS?: string;
  MODEL_MAX_ATTEMPTS?: string;
  CASCADE_MODE?: string;
  CASCADE_UNCERTAIN_LOW?: string;
  CASCADE_UNCERTAIN_HIGH?: string;
  CIRCUIT_BREAKER_FAILURE_THRESHOLD?: string;
  CIRCUIT_BREAKER_WINDOW_SECONDS?: string;
  CIRCUIT_BREAKER_COOLDOWN_SECONDS?: string;
  EVENTS_MAX_CONNECTIONS_PER_TENANT?: string;
  EVENTS_IDLE_TIMEOUT_SECONDS?: string;
  EVENTS_PRIVACY?: string;
  API_KEY_PEPPER?: string;
  SECRET_KEY_PREVIOUS?: string;
  ADMIN_TOKEN?: string;
  TRUSTED_ISSUERS?: string;
  REQUIRE_REGISTERED_TENANTS?: string;
  TENANT_CACHE_SECONDS?: string;
  AUTH_FAILURES_PER_MINUTE?: string;
}

export type Environment = "development" | "test" | "staging" | "production";
export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Config {
  environment: Environment;
  version: string;
  jwt: {
    secret: string;
    /** True when no SECRET_KEY was configured and the built-in development secret is in use. */
    usingDevSecret: boolean;
    issuer: string;
    audience: string;
    accessTokenTtlMinutes: number;
    refreshTokenTtlDays: number;
    /**
     * Second active HS256 secret during a key rotation (SECRET_KEY_PREVIOUS): tokens signed with
     * it (their `kid` names it) still verify; new tokens are signed with `secret` only.
     */
    previousSecret: string | null;
    /** Tenants' own identity providers whose RS/ES/PS/EdDSA tokens are accepted (TRUSTED_ISSUERS). */
    trustedIssuers: TrustedIssuer[];
  };
  /** Tenants, API keys and the admin API. */
  auth: {
    /** HMAC key for API-key hashes (API_KEY_PEPPER); only hashes are stored. */
    apiKeyPepper: string;
    usingDevPepper: boolean;
    /** Static bearer secret for /admin (ADMIN_TOKEN); null = admin-scope JWTs only. */
    adminToken: string | null;
    usingDevAdminToken: boolean;
    /** When true, tokens of tenants absent from the registry are refused (401). */
    requireRegisteredTenants: boolean;
    /** How long an isolate trusts a tenant record (and its revocations) before re-reading it. */
    tenantCacheSeconds: number;
    /**
     * Failed credential attempts (401s on /v1/auth) one client address may make per 60 s window
     * before /v1/auth answers it 429 (AUTH_FAILURES_PER_MINUTE); 0 = no throttling.
     */
    failuresPerMinute: number;
  };
  redis: { url: string; token: string } | null;
  models: {
    huggingFaceApiKey: string | null;
    geminiApiKey: string | null;
    /** Timeout of one HTTP attempt to a model API. */
    timeoutMs: number;
    /** Time a detection may spend on model calls in total (all providers, all retries). */
    requestBudgetMs: number;
    maxAttempts: number;
    huggingFace: { model: string | null; baseUrl: string | null; endpointUrl: string | null };
    gemini: { model: string | null; baseUrl: string | null };
    openaiCompatible: { baseUrl: string | null; apiKey: string | null; model: string | null };
  };
  /** When the local engine asks the model providers (`balanced`: only inside the uncertain band). */
  cascade: { mode: "fast" | "balanced" | "thorough"; uncertainBand: readonly [number, number] };
  circuitBreaker: { failureThreshold: number; windowSeconds: number; cooldownSeconds: number };
  /** Real-time event hubs: limits per tenant and what detection events reveal of the text. */
  events: {
    maxConnectionsPerTenant: number;
    idleTimeoutSeconds: number;
    privacy: "hash-only" | "redacted-excerpt";
  };
  prometheus: {
    enabled: boolean;
    remoteWriteUrl: string | null;
    username: string | null;
    password: string | null;
    pushIntervalSeconds: number;
  };
  logging: { level: LogLevel; structured: boolean };
  /** Allowed CORS origins; `["*"]` allows any origin (no credentials are ever allowed). */
  corsOrigins: string[];
  limits: {
    maxBodyBytes: number;
    maxTextBytes: number;
    maxDocuments: number;
    maxBatchItems: number;
  };
  detection: { threshold: number };
  /** Sliding-window limit per tenant (until tenants carry their own plan) and its failure mode. */
  rateLimit: { perMinute: number; failMode: "open" | "closed" };
  /** Upper bound on one Redis call (retries included) before the store gives up. */
  store: { timeoutMs: number };
  /**
   * Upper bound on one call to a Durable Object (TenantHub, MetricsAggregator). On the request
   * path a late answer becomes a 503; after the response the call is dropped (or, for metrics,
   * retried with the same batch id). At most 25 s: work after the response gets 30 s in all.
   */
  durableObjects: { timeoutMs: number };
  /** Detection cache: TTL in seconds by confidence (>= 0.95 high, >= 0.8 medium, else low). */
  cache: { enabled: boolean; ttlSeconds: { high: number; medium: number; low: number } };
  /** Metrics aggregation: who may scrape GET /metrics, the tenant-label cap and the push backlog. */
  metrics: {
    /** Bearer token for GET /metrics; null keeps the endpoint closed. */
    token: string | null;
    maxTenants: number;
    backlogMaxSamples: number;
    backlogMaxAgeSeconds: number;
    pushAttempts: number;
  };
}

/** A tenant's own identity provider (one entry of TRUSTED_ISSUERS). */
export interface TrustedIssuer {
  /** Exact `iss` of its tokens; must differ from JWT_ISSUER. */
  issuer: string;
  /** Where its public keys are (JWKS); https, or http on a loopback host outside staging/production. */
  jwksUrl: string;
  /** Accepted `aud` value(s) of its tokens. */
  audience: string[];
  /** Allowed `alg`s: asymmetric only (RS*, PS*, ES*, EdDSA), so an HS/RS confusion is impossible. */
  algorithms: string[];
  /** The tenant this issuer speaks for (recommended: an IdP can then only act for its own tenant). */
  tenantId: string | null;
  /** Claim holding the tenant id when `tenantId` is not fixed (default `tid`). */
  tenantClaim: string;
  /** With `tenantClaim`: the tenants this issuer may name (required: never "any tenant"). */
  allowedTenants: string[];
  /** Scopes its tokens may carry (subset of detect, events; `admin` is never accepted). */
  allowedScopes: string[];
}

/** Service version reported by /system/status and the OpenAPI document. */
export const SERVICE_VERSION = "0.1.0";

/**
 * Signing secret used when SECRET_KEY is unset in development, so that `npm run dev` and
 * `npm run token` work together out of the box. Refused in staging and production.
 */
export const DEV_SECRET_KEY = "promptshield-edge-development-secret-do-not-use-in-production";

/** API-key pepper used when API_KEY_PEPPER is unset in development/test. Refused in staging/production. */
export const DEV_API_KEY_PEPPER = "promptshield-edge-development-api-key-pepper-not-for-production";

/** ADMIN_TOKEN used when unset in development only (the dev Worker listens on loopback). */
export const DEV_ADMIN_TOKEN = "promptshield-edge-development-admin-token-not-for-production";

export const DEFAULT_JWT_ISSUER = "promptshield-edge";
export const DEFAULT_JWT_AUDIENCE = "promptshield-api";

/** Thrown for any invalid configuration; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = "ConfigError";
  }
}

const ENVIRONMENTS: readonly Environment[] = ["development", "test", "staging", "production"];
const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];
const FAIL_MODES = ["open", "closed"] as const;
const CASCADE_MODES = ["fast", "balanced", "thorough"] as const;
const PRIVACY_MODES = ["hash-only", "redacted-excerpt"] as const;
const MIN_SECRET_BYTES = 32;

function optional(env: RawEnv, name: keyof RawEnv): string | null {
  const value = env[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new ConfigError(name, "must be a string");
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function integer(env: RawEnv, name: keyof RawEnv, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function decimal(env: RawEnv, name: keyof RawEnv, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || !/^\d+(\.\d+)?$/.test(raw)) {
    throw new ConfigError(name, `must be a number, got "${raw}"`);
  }
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: RawEnv, name: keyof RawEnv, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const lowered = raw.toLowerCase();
  if (["true", "1", "yes", "on"].includes(lowered)) return true;
  if (["false", "0", "no", "off"].includes(lowered)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: RawEnv, name: keyof RawEnv, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const lowered = raw.toLowerCase();
  const found = allowed.find((candidate) => candidate === lowered);
  if (!found) throw new ConfigError(name, `must be one of ${allowed.join(", ")}, got "${raw}"`);
  return found;
}

function httpUrl(env: RawEnv, name: keyof RawEnv): string | null {
  const raw = optional(env, name);
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, "must be an absolute http(s) URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError(name, "must be an absolute http(s) URL");
  }
  return raw.replace(/\/+$/, "");
}

function parseSecret(env: RawEnv, environment: Environment): { secret: string; usingDevSecret: boolean } {
  const secret = optional(env, "SECRET_KEY");
  const strict = environment === "staging" || environment === "production";
  if (secret === null) {
    if (strict) throw new ConfigError("SECRET_KEY", `is required when ENVIRONMENT=${environment}`);
    return { secret: DEV_SECRET_KEY, usingDevSecret: true };
  }
  if (strict && secret === DEV_SECRET_KEY) {
    throw new ConfigError("SECRET_KEY", "must not be the built-in development secret outside development");
  }
  if (new TextEncoder().encode(secret).byteLength < MIN_SECRET_BYTES) {
    throw new ConfigError("SECRET_KEY", `must be at least ${MIN_SECRET_BYTES} bytes (256 bits)`);
  }
  return { secret, usingDevSecret: false };
}

function bytesOf(value: string): number {
  return new TextEncoder().encode(value).byteLength;
}

function parsePreviousSecret(env: RawEnv, environment: Environment, current: string): string | null {
  const previous = optional(env, "SECRET_KEY_PREVIOUS");
  if (previous === null) return null;
  const strict = environment === "staging" || environment === "production";
  if (strict && previous === DEV_SECRET_KEY) {
    throw new ConfigError("SECRET_KEY_PREVIOUS", "must not be the built-in development secret");
  }
  if (bytesOf(previous) < MIN_SECRET_BYTES) {
    throw new ConfigError("SECRET_KEY_PREVIOUS", `must be at least ${MIN_SECRET_BYTES} bytes (256 bits)`);
  }
  if (previous === current) throw new ConfigError("SECRET_KEY_PREVIOUS", "must differ from SECRET_KEY");
  return previous;
}

const ASYMMETRIC_ALGS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
];
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const EXTERNAL_SCOPES = ["detect", "events"];
const CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/;

function isLoopback(hostname: string): boolean {
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

function stringList(value: unknown, what: string, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === "string" && item)) {
    throw new ConfigError("TRUSTED_ISSUERS", `${what} must be a non-empty string or array of strings`);
  }
  return list as string[];
}

function parseTrustedIssuers(env: RawEnv, environment: Environment, ownIssuer: string): TrustedIssuer[] {
  const raw = optional(env, "TRUSTED_ISSUERS");
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError("TRUSTED_ISSUERS", "must be a JSON array of {issuer, jwksUrl, audience, ...}");
  }
  if (!Array.isArray(parsed)) throw new ConfigError("TRUSTED_ISSUERS", "must be a JSON array");
  const strict = environment === "staging" || environment === "production";
  const seen = new Set<string>();
  return parsed.map((entry: unknown, index): TrustedIssuer => {
    const at = `entry ${index}`;
    if (typeof entry !== "object" || entry === null)
      throw new ConfigError("TRUSTED_ISSUERS", `${at} must be an object`);
    const e = entry as Record<string, unknown>;
    if (typeof e.issuer !== "string" || e.issuer === "")
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: issuer must be a non-empty string`);
    if (e.issuer === ownIssuer)
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: issuer must differ from JWT_ISSUER (${ownIssuer})`);
    if (seen.has(e.issuer))
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: issuer ${e.issuer} is listed twice`);
    seen.add(e.issuer);
    let url: URL;
    try {
      url = new URL(String(e.jwksUrl));
    } catch {
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: jwksUrl must be an absolute URL`);
    }
    const httpAllowed = !strict && url.protocol === "http:" && isLoopback(url.hostname);
    if (url.protocol !== "https:" && !httpAllowed) {
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: jwksUrl must use https`);
    }
    const audience = stringList(e.audience, `${at}: audience`, []);
    if (audience.length === 0) throw new ConfigError("TRUSTED_ISSUERS", `${at}: audience is required`);
    const algorithms = stringList(e.algorithms, `${at}: algorithms`, ["RS256", "ES256"]);
    const bad = algorithms.filter((alg) => !ASYMMETRIC_ALGS.includes(alg));
    if (bad.length > 0) {
      throw new ConfigError(
        "TRUSTED_ISSUERS",
        `${at}: algorithms ${bad.join(", ")} not allowed (asymmetric only: ${ASYMMETRIC_ALGS.join(", ")})`,
      );
    }
    const tenantId = e.tenantId === undefined ? null : e.tenantId;
    if (tenantId !== null && (typeof tenantId !== "string" || !TENANT_ID.test(tenantId)))
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: tenantId is not a valid tenant id`);
    const tenantClaim = e.tenantClaim === undefined ? "tid" : e.tenantClaim;
    if (typeof tenantClaim !== "string" || !CLAIM_NAME.test(tenantClaim))
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: tenantClaim must be a claim name`);
    const allowedTenants =
      e.allowedTenants === undefined ? [] : stringList(e.allowedTenants, `${at}: allowedTenants`, []);
    if (allowedTenants.some((id) => !TENANT_ID.test(id)))
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: allowedTenants holds an invalid tenant id`);
    if (tenantId === null && allowedTenants.length === 0) {
      throw new ConfigError(
        "TRUSTED_ISSUERS",
        `${at}: set tenantId (the tenant this issuer speaks for) or allowedTenants; an issuer may never name any tenant`,
      );
    }
    const allowedScopes = stringList(e.allowedScopes, `${at}: allowedScopes`, EXTERNAL_SCOPES);
    if (allowedScopes.some((scope) => !EXTERNAL_SCOPES.includes(scope)))
      throw new ConfigError("TRUSTED_ISSUERS", `${at}: allowedScopes may only hold detect, events`);
    return {
      issuer: e.issuer,
      jwksUrl: url.toString(),
      audience,
      algorithms,
      tenantId,
      tenantClaim,
      allowedTenants,
      allowedScopes,
    };
  });
}

function parseAuth(env: RawEnv, environment: Environment): Config["auth"] {
  const strict = environment === "staging" || environment === "production";
  const pepper = optional(env, "API_KEY_PEPPER");
  let apiKeyPepper: string;
  if (pepper === null) {
    if (strict) throw new ConfigError("API_KEY_PEPPER", `is required when ENVIRONMENT=${environment}`);
    apiKeyPepper = DEV_API_KEY_PEPPER;
  } else {
    if (strict && pepper === DEV_API_KEY_PEPPER)
      throw new ConfigError(
        "API_KEY_PEPPER",
        "must not be the built-in development pepper outside development",
      );
    if (bytesOf(pepper) < MIN_SECRET_BYTES)
      throw new ConfigError("API_KEY_PEPPER", `must be at least ${MIN_SECRET_BYTES} bytes (256 bits)`);
    apiKeyPepper = pepper;
  }
  const admin = optional(env, "ADMIN_TOKEN");
  let adminToken: string | null = admin;
  if (admin === null) {
    adminToken = environment === "development" ? DEV_ADMIN_TOKEN : null;
  } else {
    if (strict && admin === DEV_ADMIN_TOKEN)
      throw new ConfigError("ADMIN_TOKEN", "must not be the built-in development token outside development");
    if (bytesOf(admin) < MIN_SECRET_BYTES)
      throw new ConfigError("ADMIN_TOKEN", `must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  return {
    apiKeyPepper,
    usingDevPepper: pepper === null,
    adminToken,
    usingDevAdminToken: admin === null && adminToken !== null,
    requireRegisteredTenants: boolean(env, "REQUIRE_REGISTERED_TENANTS", strict),
    tenantCacheSeconds: integer(env, "TENANT_CACHE_SECONDS", 15, 1, 60),
    failuresPerMinute: integer(env, "AUTH_FAILURES_PER_MINUTE", 10, 0, 10_000),
  };
}

function parseRedis(env: RawEnv): Config["redis"] {
  const url = httpUrl(env, "UPSTASH_REDIS_REST_URL");
  const token = optional(env, "UPSTASH_REDIS_REST_TOKEN");
  if (url === null && token === null) return null;
  if (url === null)
    throw new ConfigError("UPSTASH_REDIS_REST_URL", "is required when UPSTASH_REDIS_REST_TOKEN is set");
  if (token === null)
    throw new ConfigError("UPSTASH_REDIS_REST_TOKEN", "is required when UPSTASH_REDIS_REST_URL is set");
  return { url, token };
}

function parseModels(env: RawEnv): Config["models"] {
  const timeoutMs = Math.round(decimal(env, "MODEL_TIMEOUT_SECONDS", 5, 0.1, 60) * 1000);
  const openaiBaseUrl = httpUrl(env, "OPENAI_COMPAT_BASE_URL");
  const openaiModel = optional(env, "OPENAI_COMPAT_MODEL");
  if (openaiBaseUrl !== null && openaiModel === null) {
    throw new ConfigError("OPENAI_COMPAT_MODEL", "is required when OPENAI_COMPAT_BASE_URL is set");
  }
  return {
    huggingFaceApiKey: optional(env, "HUGGINGFACE_API_KEY"),
    geminiApiKey: optional(env, "GEMINI_API_KEY"),
    timeoutMs,
    requestBudgetMs: integer(env, "MODEL_REQUEST_BUDGET_MS", 1500, 50, 60_000),
    maxAttempts: integer(env, "MODEL_MAX_ATTEMPTS", 3, 1, 10),
    huggingFace: {
      model: optional(env, "HUGGINGFACE_MODEL"),
      baseUrl: httpUrl(env, "HUGGINGFACE_BASE_URL"),
      endpointUrl: httpUrl(env, "HUGGINGFACE_ENDPOINT_URL"),
    },
    gemini: { model: optional(env, "GEMINI_MODEL"), baseUrl: httpUrl(env, "GEMINI_BASE_URL") },
    openaiCompatible: {
      baseUrl: openaiBaseUrl,
      apiKey: optional(env, "OPENAI_COMPAT_API_KEY"),
      model: openaiModel,
    },
  };
}

function parseCascade(env: RawEnv): Config["cascade"] {
  const low = decimal(env, "CASCADE_UNCERTAIN_LOW", 0.25, 0, 1);
  const high = decimal(env, "CASCADE_UNCERTAIN_HIGH", 0.75, 0, 1);
  if (low > high)
    throw new ConfigError("CASCADE_UNCERTAIN_LOW", `must not exceed CASCADE_UNCERTAIN_HIGH (${high})`);
  return { mode: oneOf(env, "CASCADE_MODE", CASCADE_MODES, "balanced"), uncertainBand: [low, high] };
}

function parseCorsOrigins(env: RawEnv): string[] {
  const raw = optional(env, "CORS_ORIGINS");
  if (raw === null) return ["*"];
  const origins = raw
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  for (const origin of origins) {
    if (origin === "*") continue;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(
        "CORS_ORIGINS",
        `has an invalid origin "${origin}" (use e.g. https://app.example.com)`,
      );
    }
    if (parsed.origin !== origin) {
      throw new ConfigError(
        "CORS_ORIGINS",
        `has "${origin}", which is not a bare origin (expected ${parsed.origin})`,
      );
    }
  }
  return origins;
}

/**
 * Parses and validates the Worker's environment into a {@link Config}.
 * @throws ConfigError naming the first invalid variable.
 */
export function parseConfig(env: RawEnv): Config {
  const environment = oneOf(env, "ENVIRONMENT", ENVIRONMENTS, "development");
  const prometheusEnabled = boolean(env, "PROMETHEUS_ENABLED", false);
  const remoteWriteUrl = httpUrl(env, "PROMETHEUS_REMOTE_WRITE_URL");
  if (prometheusEnabled && remoteWriteUrl === null) {
    throw new ConfigError("PROMETHEUS_REMOTE_WRITE_URL", "is required when PROMETHEUS_ENABLED=true");
  }
  const maxBodyBytes = integer(env, "MAX_BODY_BYTES", 2 * 1024 * 1024, 1024, 100 * 1024 * 1024);
  const maxTextBytes = integer(env, "MAX_TEXT_BYTES", 128 * 1024, 1, 10 * 1024 * 1024);
  if (maxTextBytes > maxBodyBytes) {
    throw new ConfigError("MAX_TEXT_BYTES", `must not exceed MAX_BODY_BYTES (${maxBodyBytes})`);
  }
  const secret = parseSecret(env, environment);
  const issuer = optional(env, "JWT_ISSUER") ?? DEFAULT_JWT_ISSUER;
  return {
    environment,
    version: SERVICE_VERSION,
    jwt: {
      ...secret,
      issuer,
      audience: optional(env, "JWT_AUDIENCE") ?? DEFAULT_JWT_AUDIENCE,
      accessTokenTtlMinutes: integer(env, "JWT_ACCESS_TOKEN_EXPIRE_MINUTES", 30, 1, 24 * 60),
      refreshTokenTtlDays: integer(env, "JWT_REFRESH_TOKEN_EXPIRE_DAYS", 7, 1, 90),
      previousSecret: parsePreviousSecret(env, environment, secret.secret),
      trustedIssuers: parseTrustedIssuers(env, environment, issuer),
    },
    auth: parseAuth(env, environment),
    redis: parseRedis(env),
    models: parseModels(env),
    cascade: parseCascade(env),
    events: {
      maxConnectionsPerTenant: integer(env, "EVENTS_MAX_CONNECTIONS_PER_TENANT", 100, 1, 10_000),
      idleTimeoutSeconds: integer(env, "EVENTS_IDLE_TIMEOUT_SECONDS", 300, 10, 86_400),
      privacy: oneOf(env, "EVENTS_PRIVACY", PRIVACY_MODES, "hash-only"),
    },
    circuitBreaker: {
      failureThreshold: integer(env, "CIRCUIT_BREAKER_FAILURE_THRESHOLD", 5, 1, 1000),
      windowSeconds: integer(env, "CIRCUIT_BREAKER_WINDOW_SECONDS", 60, 1, 3600),
      cooldownSeconds: integer(env, "CIRCUIT_BREAKER_COOLDOWN_SECONDS", 30, 1, 3600),
    },
    prometheus: {
      enabled: prometheusEnabled,
      remoteWriteUrl,
      username: optional(env, "PROMETHEUS_USERNAME"),
      password: optional(env, "PROMETHEUS_PASSWORD"),
      pushIntervalSeconds: integer(env, "PROMETHEUS_PUSH_INTERVAL_SECONDS", 15, 5, 3600),
    },
    logging: {
      level: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
      structured: boolean(env, "STRUCTURED_LOGGING", true),
    },
    corsOrigins: parseCorsOrigins(env),
    limits: {
      maxBodyBytes,
      maxTextBytes,
      maxDocuments: integer(env, "MAX_DOCUMENTS", 20, 1, 1000),
      maxBatchItems: integer(env, "MAX_BATCH_ITEMS", 100, 1, 1000),
    },
    detection: { threshold: decimal(env, "DETECTION_THRESHOLD", DEFAULT_DETECTION_THRESHOLD, 0.01, 0.99) },
    rateLimit: {
      perMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000),
      failMode: oneOf(env, "RATE_LIMIT_FAIL_MODE", FAIL_MODES, "open"),
    },
    store: { timeoutMs: integer(env, "REDIS_TIMEOUT_MS", 500, 20, 10_000) },
    durableObjects: {
      timeoutMs: integer(env, "DURABLE_OBJECT_TIMEOUT_MS", DEFAULT_DURABLE_OBJECT_TIMEOUT_MS, 100, 25_000),
    },
    metrics: {
      token: optional(env, "METRICS_TOKEN"),
      maxTenants: integer(env, "METRICS_MAX_TENANTS", 100, 1, 10_000),
      backlogMaxSamples: integer(env, "METRICS_BACKLOG_MAX_SAMPLES", 200_000, 100, 10_000_000),
      backlogMaxAgeSeconds: integer(env, "METRICS_BACKLOG_MAX_AGE_SECONDS", 3600, 60, 7 * 86_400),
      pushAttempts: integer(env, "METRICS_PUSH_ATTEMPTS", 3, 1, 10),
    },
    cache: {
      enabled: boolean(env, "CACHE_ENABLED", true),
      ttlSeconds: {
        high: integer(env, "CACHE_TTL_HIGH_SECONDS", 1800, 1, 86_400),
        medium: integer(env, "CACHE_TTL_MEDIUM_SECONDS", 900, 1, 86_400),
        low: integer(env, "CACHE_TTL_LOW_SECONDS", 300, 1, 86_400),
      },
    },
  };
}

const parsedConfigs = new WeakMap<object, Config>();

/**
 * Returns the parsed config for this `env` object, parsing it on first use. Workers hand the
 * same `env` object to every request of an isolate, so this parses once per isolate.
 */
export function getConfig(env: RawEnv): Config {
  const cached = parsedConfigs.get(env);
  if (cached) return cached;
  const config = parseConfig(env);
  parsedConfigs.set(env, config);
  return config;
}
