import { describe, expect, it } from "vitest";
import { ConfigError, DEV_SECRET_KEY, getConfig, parseConfig } from "../../src/config";

const STRONG_SECRET = "s".repeat(48);

function errorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("starts with nothing configured, on development defaults", () => {
    const config = parseConfig({});
    expect(config.environment).toBe("development");
    expect(config.jwt).toMatchObject({
      secret: DEV_SECRET_KEY,
      usingDevSecret: true,
      accessTokenTtlMinutes: 30,
      refreshTokenTtlDays: 7,
    });
    expect(config.redis).toBeNull();
    expect(config.models).toMatchObject({
      huggingFaceApiKey: null,
      geminiApiKey: null,
      timeoutMs: 5000,
      requestBudgetMs: 1500,
      maxAttempts: 3,
      openaiCompatible: { baseUrl: null, apiKey: null, model: null },
    });
    expect(config.cascade).toEqual({ mode: "balanced", uncertainBand: [0.25, 0.75] });
    expect(config.circuitBreaker).toEqual({ failureThreshold: 5, windowSeconds: 60, cooldownSeconds: 30 });
    expect(config.metrics.token).toBeNull();
    expect(config.logging).toEqual({ level: "info", structured: true });
    expect(config.corsOrigins).toEqual(["*"]);
    expect(config.limits).toEqual({
      maxBodyBytes: 2097152,
      maxTextBytes: 131072,
      maxDocuments: 20,
      maxBatchItems: 100,
    });
    expect(config.rateLimit).toEqual({ perMinute: 600, failMode: "open" });
    expect(config.store).toEqual({ timeoutMs: 500 });
    expect(config.durableObjects).toEqual({ timeoutMs: 5000 });
    expect(config.cache).toEqual({ enabled: true, ttlSeconds: { high: 1800, medium: 900, low: 300 } });
  });

  it("reads every variable", () => {
    const config = parseConfig({
      ENVIRONMENT: "production",
      SECRET_KEY: STRONG_SECRET,
      API_KEY_PEPPER: "p".repeat(40),
      UPSTASH_REDIS_REST_URL: "https://eu1-example.upstash.io/",
      UPSTASH_REDIS_REST_TOKEN: "token",
      HUGGINGFACE_API_KEY: "hf_x",
      GEMINI_API_KEY: "g",
      MODEL_TIMEOUT_SECONDS: "2.5",
      JWT_ACCESS_TOKEN_EXPIRE_MINUTES: "15",
      JWT_REFRESH_TOKEN_EXPIRE_DAYS: "3",
      PROMETHEUS_ENABLED: "true",
      PROMETHEUS_REMOTE_WRITE_URL: "https://prometheus.example/api/prom/push",
      LOG_LEVEL: "DEBUG",
      STRUCTURED_LOGGING: "false",
      CORS_ORIGINS: "https://a.example, https://b.example",
      MAX_TEXT_BYTES: "1000",
      DETECTION_THRESHOLD: "0.7",
      DURABLE_OBJECT_TIMEOUT_MS: "1500",
    });
    expect(config.redis).toEqual({ url: "https://eu1-example.upstash.io", token: "token" });
    expect(config.models.timeoutMs).toBe(2500);
    expect(config.jwt.accessTokenTtlMinutes).toBe(15);
    expect(config.prometheus.enabled).toBe(true);
    expect(config.logging).toEqual({ level: "debug", structured: false });
    expect(config.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
    expect(config.limits.maxTextBytes).toBe(1000);
    expect(config.detection.threshold).toBe(0.7);
    expect(config.durableObjects.timeoutMs).toBe(1500);
  });

  it.each([
    [{ ENVIRONMENT: "prod" }, "ENVIRONMENT"],
    [{ ENVIRONMENT: "production" }, "SECRET_KEY"],
    [{ ENVIRONMENT: "staging", SECRET_KEY: DEV_SECRET_KEY }, "SECRET_KEY"],
    [{ SECRET_KEY: "short" }, "SECRET_KEY"],
    [{ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" }, "UPSTASH_REDIS_REST_TOKEN"],
    [{ UPSTASH_REDIS_REST_TOKEN: "t" }, "UPSTASH_REDIS_REST_URL"],
    [
      { UPSTASH_REDIS_REST_URL: "redis://localhost:6379", UPSTASH_REDIS_REST_TOKEN: "t" },
      "UPSTASH_REDIS_REST_URL",
    ],
    [{ MODEL_TIMEOUT_SECONDS: "soon" }, "MODEL_TIMEOUT_SECONDS"],
    [{ MODEL_TIMEOUT_SECONDS: "0" }, "MODEL_TIMEOUT_SECONDS"],
    [{ JWT_ACCESS_TOKEN_EXPIRE_MINUTES: "-5" }, "JWT_ACCESS_TOKEN_EXPIRE_MINUTES"],
    [{ JWT_REFRESH_TOKEN_EXPIRE_DAYS: "1.5" }, "JWT_REFRESH_TOKEN_EXPIRE_DAYS"],
    [{ PROMETHEUS_ENABLED: "maybe" }, "PROMETHEUS_ENABLED"],
    [{ PROMETHEUS_ENABLED: "true" }, "PROMETHEUS_REMOTE_WRITE_URL"],
    [{ LOG_LEVEL: "verbose" }, "LOG_LEVEL"],
    [{ STRUCTURED_LOGGING: "yes please" }, "STRUCTURED_LOGGING"],
    [{ CORS_ORIGINS: "https://a.example/path" }, "CORS_ORIGINS"],
    [{ CORS_ORIGINS: "not a url" }, "CORS_ORIGINS"],
    [{ MAX_TEXT_BYTES: "999999999" }, "MAX_TEXT_BYTES"],
    [{ MAX_BODY_BYTES: "4096", MAX_TEXT_BYTES: "8192" }, "MAX_TEXT_BYTES"],
    [{ DETECTION_THRESHOLD: "1.5" }, "DETECTION_THRESHOLD"],
    [{ RATE_LIMIT_PER_MINUTE: "0" }, "RATE_LIMIT_PER_MINUTE"],
    [{ CASCADE_MODE: "paranoid" }, "CASCADE_MODE"],
    [{ CASCADE_UNCERTAIN_LOW: "0.8", CASCADE_UNCERTAIN_HIGH: "0.7" }, "CASCADE_UNCERTAIN_LOW"],
    [{ OPENAI_COMPAT_BASE_URL: "http://127.0.0.1:9/v1" }, "OPENAI_COMPAT_MODEL"],
    [{ GEMINI_BASE_URL: "ftp://example.com" }, "GEMINI_BASE_URL"],
    [{ MODEL_REQUEST_BUDGET_MS: "10" }, "MODEL_REQUEST_BUDGET_MS"],
    [{ METRICS_MAX_TENANTS: "0" }, "METRICS_MAX_TENANTS"],
    [{ RATE_LIMIT_FAIL_MODE: "sometimes" }, "RATE_LIMIT_FAIL_MODE"],
    [{ REDIS_TIMEOUT_MS: "5" }, "REDIS_TIMEOUT_MS"],
    [{ DURABLE_OBJECT_TIMEOUT_MS: "50" }, "DURABLE_OBJECT_TIMEOUT_MS"],
    [{ DURABLE_OBJECT_TIMEOUT_MS: "soon" }, "DURABLE_OBJECT_TIMEOUT_MS"],
    [{ DURABLE_OBJECT_TIMEOUT_MS: "30000" }, "DURABLE_OBJECT_TIMEOUT_MS"],
    [{ CACHE_ENABLED: "perhaps" }, "CACHE_ENABLED"],
    [{ CACHE_TTL_HIGH_SECONDS: "-1" }, "CACHE_TTL_HIGH_SECONDS"],
    [{ AUTH_FAILURES_PER_MINUTE: "-1" }, "AUTH_FAILURES_PER_MINUTE"],
    [{ AUTH_FAILURES_PER_MINUTE: "ten" }, "AUTH_FAILURES_PER_MINUTE"],
    [{ AUTH_FAILURES_PER_MINUTE: "10001" }, "AUTH_FAILURES_PER_MINUTE"],
  ])("rejects %j naming %s", (env, variable) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it("never puts a secret value into an error message", () => {
    const error = errorOf({ SECRET_KEY: "tiny-secret" });
    expect(error.message).not.toContain("tiny-secret");
  });

  it("parses once per env object", () => {
    const env = {};
    expect(getConfig(env)).toBe(getConfig(env));
  });
});

describe("auth configuration (tenants, keys, rotation, issuers)", () => {
  const strict = { ENVIRONMENT: "production", SECRET_KEY: "s".repeat(48), API_KEY_PEPPER: "p".repeat(48) };

  it("uses development fallbacks only in development", () => {
    const dev = parseConfig({});
    expect(dev.auth).toMatchObject({
      usingDevPepper: true,
      usingDevAdminToken: true,
      requireRegisteredTenants: false,
      tenantCacheSeconds: 15,
      failuresPerMinute: 10,
    });
    // AUTH_FAILURES_PER_MINUTE: 0 turns the /v1/auth throttle off.
    expect(parseConfig({ AUTH_FAILURES_PER_MINUTE: "0" }).auth.failuresPerMinute).toBe(0);
    expect(parseConfig({ AUTH_FAILURES_PER_MINUTE: "25" }).auth.failuresPerMinute).toBe(25);
    expect(parseConfig({ ENVIRONMENT: "test" }).auth.adminToken).toBeNull();
    const prod = parseConfig(strict);
    expect(prod.auth).toMatchObject({
      adminToken: null,
      requireRegisteredTenants: true,
      usingDevPepper: false,
    });
    expect(
      parseConfig({ ...strict, REQUIRE_REGISTERED_TENANTS: "false" }).auth.requireRegisteredTenants,
    ).toBe(false);
  });

  it.each([
    [{ ENVIRONMENT: "production", SECRET_KEY: "s".repeat(48) }, "API_KEY_PEPPER"],
    [{ API_KEY_PEPPER: "short" }, "API_KEY_PEPPER"],
    [{ ADMIN_TOKEN: "short" }, "ADMIN_TOKEN"],
    [{ SECRET_KEY: "s".repeat(48), SECRET_KEY_PREVIOUS: "s".repeat(48) }, "SECRET_KEY_PREVIOUS"],
    [{ SECRET_KEY_PREVIOUS: "short" }, "SECRET_KEY_PREVIOUS"],
    [{ TRUSTED_ISSUERS: "not json" }, "TRUSTED_ISSUERS"],
    [
      { TRUSTED_ISSUERS: '[{"issuer":"https://idp","jwksUrl":"https://idp/jwks","audience":"a"}]' },
      "TRUSTED_ISSUERS",
    ],
    [
      {
        TRUSTED_ISSUERS:
          '[{"issuer":"https://idp","jwksUrl":"https://idp/jwks","audience":"a","tenantId":"acme","algorithms":["HS256"]}]',
      },
      "TRUSTED_ISSUERS",
    ],
    [
      {
        TRUSTED_ISSUERS:
          '[{"issuer":"https://idp","jwksUrl":"http://idp.example/jwks","audience":"a","tenantId":"acme"}]',
      },
      "TRUSTED_ISSUERS",
    ],
    [{ TENANT_CACHE_SECONDS: "600" }, "TENANT_CACHE_SECONDS"],
  ])("rejects %j naming %s", (env, variable) => {
    expect(errorOf(env as Record<string, string>).variable).toBe(variable);
  });

  it("refuses the development pepper and admin token outside development", () => {
    const dev = parseConfig({});
    expect(errorOf({ ...strict, API_KEY_PEPPER: dev.auth.apiKeyPepper }).variable).toBe("API_KEY_PEPPER");
    expect(errorOf({ ...strict, ADMIN_TOKEN: dev.auth.adminToken ?? "" }).variable).toBe("ADMIN_TOKEN");
  });

  it("reads SECRET_KEY_PREVIOUS and TRUSTED_ISSUERS", () => {
    const config = parseConfig({
      SECRET_KEY: "s".repeat(48),
      SECRET_KEY_PREVIOUS: "t".repeat(48),
      TRUSTED_ISSUERS: JSON.stringify([
        {
          issuer: "https://idp.acme.example",
          jwksUrl: "https://idp.acme.example/jwks",
          audience: "ps",
          tenantId: "acme",
        },
      ]),
    });
    expect(config.jwt.previousSecret).toBe("t".repeat(48));
    expect(config.jwt.trustedIssuers).toEqual([
      {
        issuer: "https://idp.acme.example",
        jwksUrl: "https://idp.acme.example/jwks",
        audience: ["ps"],
        algorithms: ["RS256", "ES256"],
        tenantId: "acme",
        tenantClaim: "tid",
        allowedTenants: [],
        allowedScopes: ["detect", "events"],
      },
    ]);
  });
});
