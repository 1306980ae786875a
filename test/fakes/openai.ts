/**
 * Fake OpenAI-compatible Chat Completions. Speaks the real format: `POST /v1/chat/completions`,
 * `Authorization: Bearer …`, echoes `model`, answers JSON text in `choices[0].message.content`.
 * Error switches give OpenAI's `{error:{message,type,param,code}}` (with x-ratelimit-* headers
 * and an optional retry-after on 429) or Cloudflare Workers AI's envelope.
 */
import { extractUntrusted, type FakeJudgeAnswer, honestAnswer } from "./judge-model";
import { type Behaviour, FakeServer, type RecordedRequest, reply } from "./server";

/** What the fake judge decides for one request: an answer object or raw model text. */
export type ChatJudge = (untrusted: string, request: RecordedRequest) => FakeJudgeAnswer | string;

/** A 200 chat completion whose message content is `content`. */
export function chatText(
  content: string,
  model = "gpt-4o-mini",
  extra: { refusal?: string; finishReason?: string } = {},
): Behaviour {
  return reply(200, {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1721596428,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: extra.refusal ? null : content,
          refusal: extra.refusal ?? null,
        },
        finish_reason: extra.finishReason ?? "stop",
      },
    ],
    usage: { prompt_tokens: 300, completion_tokens: 20, total_tokens: 320 },
  });
}

function openaiError(
  status: number,
  message: string,
  type: string,
  code: string | null,
  headers: Record<string, string> = {},
  param: string | null = null,
): Behaviour {
  return reply(status, { error: { message, type, param, code } }, { "x-request-id": "req_fake", ...headers });
}

/** Error and edge answers with the real bodies. */
export const chatErrors = {
  unauthorized: (): Behaviour =>
    openaiError(
      401,
      "Incorrect API key provided: sk-***. You can find your API key at https://platform.openai.com/account/api-keys.",
      "invalid_request_error",
      "invalid_api_key",
    ),
  badRequest: (param: string): Behaviour =>
    openaiError(400, `Invalid value for '${param}'.`, "invalid_request_error", null, {}, param),
  rateLimited: (
    options: { retryAfterS?: number; messageDelay?: string; resetRequests?: string } = {},
  ): Behaviour =>
    openaiError(
      429,
      `Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.${options.messageDelay ? ` Please try again in ${options.messageDelay}.` : ""}`,
      "requests",
      "rate_limit_exceeded",
      {
        "x-ratelimit-limit-requests": "3",
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": options.resetRequests ?? "20s",
        ...(options.retryAfterS === undefined ? {} : { "retry-after": String(options.retryAfterS) }),
      },
    ),
  insufficientQuota: (): Behaviour =>
    openaiError(
      429,
      "You exceeded your current quota, please check your plan and billing details.",
      "insufficient_quota",
      "insufficient_quota",
    ),
  serverError: (): Behaviour =>
    openaiError(
      500,
      "The server had an error while processing your request. Sorry about that!",
      "server_error",
      null,
    ),
  overloaded: (): Behaviour =>
    openaiError(
      503,
      "The engine is currently overloaded, please try again later.",
      "server_error",
      "server_is_overloaded",
    ),
  cloudflare: (status: number, code: number, message: string): Behaviour =>
    reply(status, { result: null, success: false, errors: [{ code, message }], messages: [] }),
  malformed: (): Behaviour => ({ type: "reply", status: 200, text: '{"choices": [' }),
  refusal: (): Behaviour => chatText("", "gpt-4o-mini", { refusal: "I can't help with that." }),
  contentFilter: (): Behaviour => chatText("", "gpt-4o-mini", { finishReason: "content_filter" }),
};

/** A started fake with its base URL for `createOpenAICompatibleProvider({ baseUrl })`. */
export interface FakeChat {
  server: FakeServer;
  /** Pass as `baseUrl` (ends with /v1). */
  baseUrl: string;
}

/** The user message of a chat request body. */
export function chatUserText(req: RecordedRequest): string {
  const body = req.json as { messages?: Array<{ role?: string; content?: unknown }> } | undefined;
  const user = body?.messages?.find((m) => m.role === "user");
  return typeof user?.content === "string" ? user.content : "";
}

/** Starts the fake on a random loopback port. `apiKey` undefined = no auth required (local servers). */
export async function startFakeChat(options: { apiKey?: string; judge?: ChatJudge }): Promise<FakeChat> {
  const judge: ChatJudge = options.judge ?? ((text) => honestAnswer(text));
  const handler = (req: RecordedRequest): Behaviour => {
    if (req.method !== "POST" || req.path !== "/v1/chat/completions")
      return openaiError(404, "Not found", "invalid_request_error", null);
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`)
      return chatErrors.unauthorized();
    const body = req.json as { model?: unknown; messages?: unknown } | undefined;
    if (typeof body?.model !== "string") return chatErrors.badRequest("model");
    if (!Array.isArray(body.messages)) return chatErrors.badRequest("messages");
    const prompt = chatUserText(req);
    const answer = judge(extractUntrusted(prompt)?.text ?? prompt, req);
    return chatText(typeof answer === "string" ? answer : JSON.stringify(answer), body.model);
  };
  const server = await FakeServer.start(handler);
  return { server, baseUrl: `${server.url}/v1` };
}
