/**
 * Fake Gemini `generateContent`. Speaks the real format: `POST /v1beta/models/{model}:generateContent`,
 * key in `x-goog-api-key` (or `?key=`); checks that the request asks for structured output
 * (responseMimeType application/json + responseSchema) and carries a system instruction;
 * answers `{candidates:[{content:{role:"model",parts:[{text}]},finishReason:"STOP"}],usageMetadata,modelVersion}`.
 * The default judge is honest (judge-model.ts); error switches give the real error bodies.
 */
import { extractUntrusted, type FakeJudgeAnswer, honestAnswer } from "./judge-model";
import { type Behaviour, FakeServer, type RecordedRequest, reply } from "./server";

/** What the fake judge decides for one request: an answer object or raw model text. */
export type GeminiJudge = (untrusted: string, request: RecordedRequest) => FakeJudgeAnswer | string;

/** A 200 answer whose model text is `content`. */
export function geminiText(
  content: string,
  model = "gemini-2.5-flash-lite",
  finishReason = "STOP",
): Behaviour {
  return reply(200, {
    candidates: [{ content: { role: "model", parts: [{ text: content }] }, finishReason, index: 0 }],
    usageMetadata: { promptTokenCount: 310, candidatesTokenCount: 24, totalTokenCount: 334 },
    modelVersion: model,
    responseId: "fake-response-id",
  });
}

function googleError(status: number, code: string, message: string, details: unknown[] = []): Behaviour {
  return reply(status, { error: { code: status, message, status: code, details } });
}

/** Error and edge answers with the real bodies. */
export const geminiErrors = {
  apiKeyInvalid: (): Behaviour =>
    googleError(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        reason: "API_KEY_INVALID",
        domain: "googleapis.com",
      },
    ]),
  permissionDenied: (): Behaviour =>
    googleError(
      403,
      "PERMISSION_DENIED",
      "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    ),
  rateLimited: (retryDelayS: number, options: { daily?: boolean } = {}): Behaviour =>
    googleError(
      429,
      "RESOURCE_EXHAUSTED",
      `You exceeded your current quota. Please retry in ${retryDelayS}.47s.`,
      [
        {
          "@type": "type.googleapis.com/google.rpc.Help",
          links: [{ description: "Learn more", url: "https://ai.google.dev/gemini-api/docs/rate-limits" }],
        },
        {
          "@type": "type.googleapis.com/google.rpc.QuotaFailure",
          violations: [
            {
              quotaMetric: "generativelanguage.googleapis.com/generate_content_free_tier_requests",
              quotaId: options.daily
                ? "GenerateRequestsPerDayPerProjectPerModel-FreeTier"
                : "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
              quotaDimensions: { location: "global", model: "gemini-2.5-flash-lite" },
              quotaValue: "15",
            },
          ],
        },
        { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${retryDelayS}s` },
      ],
    ),
  internal: (): Behaviour => googleError(500, "INTERNAL", "An internal error has occurred."),
  unavailable: (): Behaviour =>
    googleError(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
  promptBlocked: (): Behaviour =>
    reply(200, {
      promptFeedback: {
        blockReason: "SAFETY",
        safetyRatings: [{ category: "HARM_CATEGORY_DANGEROUS_CONTENT", probability: "HIGH" }],
      },
      usageMetadata: { promptTokenCount: 300, totalTokenCount: 300 },
      modelVersion: "gemini-2.5-flash-lite",
    }),
  safetyStop: (): Behaviour =>
    reply(200, {
      candidates: [{ finishReason: "SAFETY", index: 0, safetyRatings: [] }],
      modelVersion: "gemini-2.5-flash-lite",
    }),
  malformed: (): Behaviour => ({ type: "reply", status: 200, text: '{"candidates": [{"content": ' }),
  wrongSchema: (): Behaviour => geminiText(JSON.stringify({ label: "safe", confidence: 0.9 })),
};

/** A started fake with its base URL for `createGeminiProvider({ baseUrl })`. */
export interface FakeGemini {
  server: FakeServer;
  /** Pass as `baseUrl` (ends with /v1beta). */
  baseUrl: string;
}

function validate(req: RecordedRequest, apiKey: string): Behaviour | undefined {
  const key = req.headers["x-goog-api-key"] ?? req.query.get("key");
  if (key === undefined || key === null) return geminiErrors.permissionDenied();
  if (key !== apiKey) return geminiErrors.apiKeyInvalid();
  const body = req.json as
    | {
        contents?: unknown;
        systemInstruction?: unknown;
        generationConfig?: { responseMimeType?: unknown; responseSchema?: unknown };
      }
    | undefined;
  if (!body || !Array.isArray(body.contents) || body.contents.length === 0) {
    return googleError(
      400,
      "INVALID_ARGUMENT",
      "* GenerateContentRequest.contents: contents is not specified",
    );
  }
  if (
    body.generationConfig?.responseSchema &&
    body.generationConfig.responseMimeType !== "application/json"
  ) {
    return googleError(400, "INVALID_ARGUMENT", "responseSchema requires responseMimeType application/json");
  }
  return undefined;
}

/** The user prompt of a generateContent request body. */
export function geminiUserText(req: RecordedRequest): string {
  const body = req.json as { contents?: Array<{ parts?: Array<{ text?: string }> }> } | undefined;
  return body?.contents?.[0]?.parts?.map((p) => p.text ?? "").join("") ?? "";
}

/** Starts the fake on a random loopback port. */
export async function startFakeGemini(options: { apiKey: string; judge?: GeminiJudge }): Promise<FakeGemini> {
  const judge: GeminiJudge = options.judge ?? ((text) => honestAnswer(text));
  const handler = (req: RecordedRequest): Behaviour => {
    const match = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec(req.path);
    if (req.method !== "POST" || !match)
      return googleError(404, "NOT_FOUND", "Requested entity was not found.");
    const invalid = validate(req, options.apiKey);
    if (invalid) return invalid;
    const untrusted = extractUntrusted(geminiUserText(req));
    const answer = judge(untrusted?.text ?? geminiUserText(req), req);
    return geminiText(
      typeof answer === "string" ? answer : JSON.stringify(answer),
      decodeURIComponent(match[1] ?? ""),
    );
  };
  const server = await FakeServer.start(handler);
  return { server, baseUrl: `${server.url}/v1beta` };
}
