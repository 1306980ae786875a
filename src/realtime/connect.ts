/**
 * The internal request the Worker sends to a hub to open a socket. The Worker builds it from
 * scratch (never forwarding the client's headers), so a client cannot smuggle these fields in.
 */
const HEADER = {
  tenant: "X-Hub-Tenant",
  auth: "X-Hub-Auth-Method",
  subject: "X-Hub-Subject",
  tokenId: "X-Hub-Token-Id",
  sessionExpiresAt: "X-Hub-Session-Expires-At",
  ticketHash: "X-Hub-Ticket-Hash",
  since: "X-Hub-Since",
  answerBy: "X-Hub-Answer-By",
} as const;

/** What the hub needs to know about a verified connection attempt. */
export type ConnectParams = {
  tenantId: string;
  since: number | null;
  /**
   * The deadline for starting the work (ms since the epoch): the Worker's bound less a margin for
   * the storage write and the way back (answerBy in services/durable-objects.ts). A hub that gets
   * the request later refuses it without side effects: the Worker is about to answer 503, so the
   * ticket must stay usable and no socket may be opened for nobody.
   */
  answerBy: number | null;
} & (
  | { authMethod: "header"; subject: string; tokenId: string | null; sessionExpiresAt: number | null }
  | { authMethod: "ticket"; ticketHash: string }
);

/** Builds the upgrade request for the hub. */
export function buildConnectRequest(params: ConnectParams): Request {
  const headers = new Headers({
    Upgrade: "websocket",
    [HEADER.tenant]: params.tenantId,
    [HEADER.auth]: params.authMethod,
  });
  if (params.since !== null) headers.set(HEADER.since, String(params.since));
  if (params.answerBy !== null) headers.set(HEADER.answerBy, String(params.answerBy));
  if (params.authMethod === "ticket") {
    headers.set(HEADER.ticketHash, params.ticketHash);
  } else {
    headers.set(HEADER.subject, params.subject);
    if (params.tokenId) headers.set(HEADER.tokenId, params.tokenId);
    if (params.sessionExpiresAt !== null)
      headers.set(HEADER.sessionExpiresAt, String(params.sessionExpiresAt));
  }
  return new Request("https://tenant-hub.internal/connect", { headers });
}

function integerHeader(request: Request, name: string): number | null {
  const raw = request.headers.get(name);
  if (raw === null || !/^\d{1,16}$/.test(raw)) return null;
  return Number(raw);
}

/** Reads the connect request; null when it is not one the Worker built. */
export function parseConnectRequest(request: Request): ConnectParams | null {
  const tenantId = request.headers.get(HEADER.tenant);
  const auth: string | null = request.headers.get(HEADER.auth);
  if (!tenantId) return null;
  const since = integerHeader(request, HEADER.since);
  const answerBy = integerHeader(request, HEADER.answerBy);
  if (auth === "ticket") {
    const ticketHash = request.headers.get(HEADER.ticketHash);
    return ticketHash ? { tenantId, since, answerBy, authMethod: "ticket", ticketHash } : null;
  }
  if (auth === "header") {
    return {
      tenantId,
      since,
      answerBy,
      authMethod: "header",
      subject: request.headers.get(HEADER.subject) ?? `tenant:${tenantId}`,
      tokenId: request.headers.get(HEADER.tokenId),
      sessionExpiresAt: integerHeader(request, HEADER.sessionExpiresAt),
    };
  }
  return null;
}

/** Body of a refused connection (the Worker turns it into the app's error shape). */
export interface HubRejection {
  status: 400 | 401 | 426 | 429 | 503;
  code: "bad_request" | "unauthorized" | "rate_limited" | "upgrade_required" | "service_unavailable";
  message: string;
}

/** The hub's answer to a refused connection. */
export function rejection(
  status: HubRejection["status"],
  code: HubRejection["code"],
  message: string,
): Response {
  const body: HubRejection = { status, code, message };
  return Response.json(body, { status });
}

/** Type guard for {@link HubRejection} bodies. */
export function isHubRejection(value: unknown): value is HubRejection {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<HubRejection>;
  return (
    typeof candidate.status === "number" &&
    typeof candidate.code === "string" &&
    typeof candidate.message === "string"
  );
}
