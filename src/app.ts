import { OpenAPIHono } from "@hono/zod-openapi";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { SERVICE_VERSION } from "./config";
import { bodySizeLimit } from "./middleware/body-size";
import { loadConfig } from "./middleware/config";
import { handleError, handleNotFound } from "./middleware/error-handler";
import { requestId } from "./middleware/request-id";
import { requestLogger } from "./middleware/request-logger";
import { requestMetrics } from "./middleware/request-metrics";
import { attachStore } from "./middleware/store";
import { adminRoutes } from "./routes/admin";
import { authRoutes } from "./routes/auth";
import { cacheRoutes } from "./routes/cache";
import { detectRoutes } from "./routes/detect";
import { renderDocsPage } from "./routes/docs-page";
import { eventsRoutes } from "./routes/events";
import { eventsPageRoutes } from "./routes/events-page";
import { healthRoutes } from "./routes/health";
import { metricsRoutes } from "./routes/metrics";
import type { AppEnv } from "./types";

const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "PromptShield Edge",
    version: SERVICE_VERSION,
    description:
      "Prompt-injection and jailbreak detection at the edge. Exchange an API key for tokens at POST /v1/auth/token, then send `Authorization: Bearer <access token>` (HS256 JWT with the `tid` tenant claim and scopes `detect`/`events`). Tenants and keys are managed under /admin (ADMIN_TOKEN or an `admin`-scope token). See docs/auth.md.",
  },
};

/**
 * Builds the Hono app. Middleware order matters: the request id and the security headers come
 * first so every answer (even a configuration error) carries them; config before the logger,
 * which reads LOG_LEVEL; CORS before any route can answer; the body cap before anything reads
 * the body.
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestId());
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        frameAncestors: ["'none'"],
      },
      crossOriginResourcePolicy: "cross-origin",
      // A page that sets its own (looser) policy keeps it: /events/live runs its own script.
      overwrite: false,
    }),
  );
  app.use("*", loadConfig());
  app.use("*", requestLogger());
  app.use("*", requestMetrics());
  app.use(
    "*",
    cors({
      origin: (origin, c) => {
        const allowed: string[] = c.var.config.corsOrigins;
        if (allowed.includes("*")) return "*";
        return allowed.includes(origin) ? origin : null;
      },
      allowMethods: ["GET", "POST", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type", "X-Request-Id"],
      exposeHeaders: [
        "X-Request-Id",
        "Retry-After",
        "RateLimit-Limit",
        "RateLimit-Remaining",
        "RateLimit-Reset",
      ],
      maxAge: 600,
    }),
  );
  app.use("*", bodySizeLimit());
  app.use("*", attachStore());

  app.route("/", healthRoutes);
  app.route("/v1/auth", authRoutes);
  app.route("/v1/detect", detectRoutes);
  app.route("/", cacheRoutes);
  app.route("/v1/events", eventsRoutes);
  app.route("/events", eventsPageRoutes);
  app.route("/", metricsRoutes);
  app.route("/admin", adminRoutes);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  app.doc31("/openapi.json", OPENAPI_INFO);
  app.get("/docs", (c) => c.html(renderDocsPage(app.getOpenAPI31Document(OPENAPI_INFO))));

  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
