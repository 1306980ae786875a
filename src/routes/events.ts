/**
 * `/v1/events`: real-time detection events over WebSocket, served by the tenant's TenantHub.
 *
 * - `POST /v1/events/ticket` (Bearer, scope `events`) → a 60 s single-use ticket for browsers.
 * - `GET /v1/events` with `Upgrade: websocket`, authenticated by `Authorization: Bearer` (servers)
 *   or `?ticket=` (browsers). Optional `?since=<seq>` replays what was missed, then goes live.
 *
 * Every refusal (426, 400, 401, 403, 429, and 503 when the tenant's hub does not answer within
 * DURABLE_OBJECT_TIMEOUT_MS) happens before the upgrade, in the app's error shape.
 */
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { decodeJwt } from "jose";
import { ApiError } from "../errors";
import { metrics } from "../metrics";
import { admitTenant, bearerAuth } from "../middleware/auth";
import { buildConnectRequest, type ConnectParams, isHubRejection } from "../realtime/connect";
import type { IssueTicketResult } from "../realtime/hub";
import { hubFor } from "../realtime/publish";
import { checkTicket, mintTicket } from "../realtime/tickets";
import { ErrorSchema } from "../schemas/errors";
import { answerBy, boundDurableObjectCall, callDurableObject } from "../services/durable-objects";
import { recordConnections } from "../services/events";
import type { AppEnv } from "../types";

/** Query parameters that would put a credential in a URL (and so in logs): always refused. */
const CREDENTIAL_PARAMS = ["token", "access_token", "jwt", "authorization"];

const requireEventsScope = bearerAuth({ scope: "events" });

const errors = (descriptions: Record<number, string>) =>
  Object.fromEntries(
    Object.entries(descriptions).map(([status, description]) => [
      status,
      { description, content: { "application/json": { schema: ErrorSchema } } },
    ]),
  );

const TicketResponseSchema = z
  .object({
    ticket: z
      .string()
      .openapi({ description: "Pass as `?ticket=` to GET /v1/events within 60 s. Works once." }),
    expiresAt: z.string().openapi({ description: "ISO-8601 expiry." }),
    expiresInSeconds: z.number().int(),
    url: z.string().openapi({ description: "Path to open the WebSocket with (same origin)." }),
  })
  .openapi("EventsTicket");

const ticketRoute = createRoute({
  method: "post",
  path: "/ticket",
  tags: ["Events"],
  summary: "Get a short-lived, single-use ticket to open the events WebSocket from a browser",
  description:
    "Browsers cannot set an Authorization header on a WebSocket. Exchange the access token (scope `events`) for a ticket and connect with `/v1/events?ticket=…`. Never put the token itself in a URL.",
  security: [{ bearerAuth: [] }],
  middleware: [requireEventsScope] as const,
  responses: {
    201: { description: "A ticket", content: { "application/json": { schema: TicketResponseSchema } } },
    ...errors({
      401: "Missing or invalid access token",
      403: "The token lacks the `events` scope",
      429: "Too many outstanding tickets",
      503: "The tenant's event hub did not answer within DURABLE_OBJECT_TIMEOUT_MS; retry (Retry-After)",
    }),
  },
});

const connectRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["Events"],
  summary:
    "Open the real-time events WebSocket (detection.completed, rate_limit.exceeded, circuit_breaker.changed)",
  description:
    "Requires `Upgrade: websocket`. Authenticate with `Authorization: Bearer <token>` (scope `events`) or `?ticket=` from POST /v1/events/ticket. `?since=<seq>` replays missed events (from the last 1,000) before live ones. Protocol and close codes: docs/realtime.md.",
  security: [{ bearerAuth: [] }],
  responses: {
    101: { description: "Switching protocols: the WebSocket is open" },
    ...errors({
      400: "Bad query (e.g. a token in the URL, a malformed `since`)",
      401: "Missing or invalid token; unknown, expired or used ticket",
      403: "The token lacks the `events` scope",
      426: "Not a WebSocket upgrade request",
      429: "The tenant's connection limit is reached",
      503: "The tenant's event hub did not answer within DURABLE_OBJECT_TIMEOUT_MS; retry (Retry-After)",
    }),
  },
});

/** Expiry (ms) of the verified bearer token, so sockets do not outlive it. */
function bearerExpiry(c: Context<AppEnv>): number | null {
  const token = c.req.header("Authorization")?.trim().slice("Bearer ".length) ?? "";
  const { exp } = decodeJwt(token);
  return typeof exp === "number" ? exp * 1000 : null;
}

function parseSince(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  if (!/^\d{1,15}$/.test(raw))
    throw new ApiError(
      400,
      "bad_request",
      "since must be a non-negative integer (the last seq you received).",
    );
  return Number(raw);
}

function unauthorized(message: string): ApiError {
  return new ApiError(401, "unauthorized", message, {
    "WWW-Authenticate": 'Bearer realm="promptshield", error="invalid_token"',
  });
}

/** Verifies the caller (header or ticket) and returns what the hub needs. Throws ApiError. */
async function authenticate(c: Context<AppEnv>, since: number | null): Promise<ConnectParams> {
  const ticket = c.req.query("ticket");
  if (c.req.header("Authorization") !== undefined) {
    if (ticket !== undefined)
      throw new ApiError(400, "bad_request", "Send either an Authorization header or a ticket, not both.");
    await requireEventsScope(c, async () => {});
    const { tenantId, subject, tokenId } = c.var.tenant;
    return {
      authMethod: "header",
      tenantId,
      since,
      answerBy: null,
      subject,
      tokenId,
      sessionExpiresAt: bearerExpiry(c),
    };
  }
  if (ticket === undefined) {
    throw unauthorized("Send Authorization: Bearer <token>, or ?ticket= from POST /v1/events/ticket.");
  }
  const checked = await checkTicket(ticket, c.var.config.jwt.secret);
  if (!checked) throw unauthorized("The ticket is invalid.");
  // The tenant may have been disabled since the ticket was issued (its tickets are voided then too).
  await admitTenant(c, { tenantId: checked.tenantId, subject: "ticket", scopes: [], tokenId: null });
  return {
    authMethod: "ticket",
    tenantId: checked.tenantId,
    since,
    answerBy: null,
    ticketHash: checked.hash,
  };
}

/** Counts a hub that refused work as past its answerBy deadline: a timeout, seen from the hub. */
function recordLateHub(operation: "issueTicket" | "connect"): void {
  metrics.record.durableObjectError({ object: "TenantHub", operation, reason: "timeout" });
}

/** The `/v1/events` routes; mount with `app.route("/v1/events", eventsRoutes)`. */
export const eventsRoutes = new OpenAPIHono<AppEnv>();

eventsRoutes
  .openapi(ticketRoute, async (c) => {
    const { tenantId, subject, tokenId } = c.var.tenant;
    const minted = await mintTicket(tenantId, c.var.config.jwt.secret);
    const issued = await callDurableObject<IssueTicketResult>(
      c,
      "The event hub",
      "TenantHub.issueTicket",
      hubFor(c.env.TENANT_HUB, tenantId).issueTicket(
        minted.hash,
        { subject, tokenId, sessionExpiresAt: bearerExpiry(c) },
        answerBy(c),
      ),
    );
    // Answered just past the bound: nothing was stored, the client may simply retry.
    if (!issued.ok && issued.reason === "late") {
      recordLateHub("issueTicket");
      throw new ApiError(503, "service_unavailable", "The event hub did not answer in time; retry shortly.", {
        "Retry-After": "1",
      });
    }
    if (!issued.ok)
      throw new ApiError(
        429,
        "rate_limited",
        "Too many unused tickets for this tenant; use or let them expire (60 s).",
      );
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        ticket: minted.ticket,
        expiresAt: new Date(issued.expiresAt).toISOString(),
        expiresInSeconds: Math.round((issued.expiresAt - Date.now()) / 1000),
        url: `/v1/events?ticket=${encodeURIComponent(minted.ticket)}`,
      },
      201,
    );
  })
  .openapi(connectRoute, async (c) => {
    // Protocol first: a plain GET must not consume a ticket.
    if (c.req.header("Upgrade")?.toLowerCase() !== "websocket") {
      throw new ApiError(
        426,
        "upgrade_required",
        "This endpoint speaks WebSocket only: send Upgrade: websocket.",
        { Upgrade: "websocket" },
      );
    }
    const query = c.req.query();
    if (CREDENTIAL_PARAMS.some((name) => name in query)) {
      throw new ApiError(
        400,
        "bad_request",
        "Never put an access token in a URL: use the Authorization header, or a ticket from POST /v1/events/ticket.",
      );
    }
    const params = await authenticate(c, parseSince(query.since));
    // Past answerBy the hub refuses without consuming the ticket or opening a socket.
    const response = await callDurableObject(
      c,
      "The event hub",
      "TenantHub.connect",
      hubFor(c.env.TENANT_HUB, params.tenantId).fetch(
        buildConnectRequest({ ...params, answerBy: answerBy(c) }),
      ),
    );
    if (response.status !== 101 || !response.webSocket) {
      const body: unknown = await response.json().catch(() => null);
      if (isHubRejection(body)) {
        if (body.status === 503) recordLateHub("connect");
        const headers: Record<string, string> =
          body.status === 401
            ? { "WWW-Authenticate": 'Bearer realm="promptshield", error="invalid_token"' }
            : body.status === 503
              ? { "Retry-After": "1" }
              : {};
        throw new ApiError(body.status, body.code, body.message, headers);
      }
      throw new Error(`TenantHub answered ${response.status} to a connect request`);
    }
    c.executionCtx.waitUntil(
      boundDurableObjectCall(c, "TenantHub.stats", hubFor(c.env.TENANT_HUB, params.tenantId).stats())
        .then((stats) => recordConnections(params.tenantId, stats.connections))
        .catch((error: unknown) =>
          c.var.logger.warn("reading the hub's connection counts failed", {
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
    );
    // A fresh Response: the hub's has immutable headers, and the app's middleware adds some.
    return new Response(null, { status: 101, webSocket: response.webSocket });
  });
