/**
 * Fake Hugging Face Inference (router, text-classification). Speaks the real format:
 * `POST /hf-inference/models/{owner}/{name}` with `Authorization: Bearer …` and
 * `{"inputs": "…", "parameters": {…}}`; answers `[[{label, score}, …]]` sorted by score.
 * Legacy `/models/…` answers 410 like the dead api-inference host; a cold model answers 503
 * with `estimated_time` unless `X-Wait-For-Model: true` is sent (then: delay, then 200).
 */
import { type Behaviour, FakeServer, type RecordedRequest, reply } from "./server";

/** How the fake HF model behaves by default. */
export interface FakeHfOptions {
  apiKey: string;
  /** [malicious label, benign label]; default protectai's ["INJECTION", "SAFE"]. */
  labels?: readonly [string, string];
  /** Injection score of an input; default: 0.98 when it says "ignore previous instructions", else 0.02. */
  scorer?: (input: string) => number;
  /** When set, the model is cold: 503 + estimated_time, or this delay with X-Wait-For-Model. */
  coldStart?: { estimatedTimeS: number; waitMs: number };
}

/** Default scorer of the fake classifier. */
export function keywordScore(input: string): number {
  return /ignore (all )?(previous|prior) instructions/i.test(input) ? 0.98 : 0.02;
}

/** A classification answer in the nested shape (or flat), sorted by score like the real API. */
export function hfScores(
  injection: number,
  labels: readonly [string, string] = ["INJECTION", "SAFE"],
  flat = false,
): Behaviour {
  const list = [
    { label: labels[0], score: injection },
    { label: labels[1], score: 1 - injection },
  ].sort((a, b) => b.score - a.score);
  return reply(200, flat ? list : [list]);
}

/** Error answers with the real bodies. */
export const hfErrors = {
  unauthorized: (): Behaviour => reply(401, { error: "Invalid credentials in Authorization header" }),
  credits: (): Behaviour =>
    reply(402, {
      error:
        "You have exceeded your monthly included credits for Inference Providers. Subscribe to PRO to get 20x more monthly included credits.",
    }),
  notFound: (): Behaviour => reply(404, { error: "Model not found" }),
  loading: (model: string, estimatedTimeS: number): Behaviour =>
    reply(503, { error: `Model ${model} is currently loading`, estimated_time: estimatedTimeS }),
  rateLimited: (retryAfterS?: number): Behaviour =>
    reply(
      429,
      { error: "Rate limit reached. You reached free usage limit." },
      retryAfterS === undefined ? {} : { "retry-after": String(retryAfterS) },
    ),
  serverError: (): Behaviour => reply(500, { error: "Internal Server Error" }),
  malformed: (): Behaviour => ({ type: "reply", status: 200, text: '[[{"label": "INJECTION", "score": ' }),
  wrongShape: (): Behaviour => reply(200, { generated_text: "INJECTION" }),
};

/** A started fake with its base URL for `createHuggingFaceProvider({ baseUrl })`. */
export interface FakeHuggingFace {
  server: FakeServer;
  /** Pass as `baseUrl`: the model id is appended by the provider. */
  baseUrl: string;
}

function modelOf(path: string): string {
  return decodeURIComponent(path.replace(/^\/hf-inference\/models\//, ""));
}

/** Starts the fake on a random loopback port. */
export async function startFakeHuggingFace(options: FakeHfOptions): Promise<FakeHuggingFace> {
  const labels = options.labels ?? ["INJECTION", "SAFE"];
  const scorer = options.scorer ?? keywordScore;
  const handler = (req: RecordedRequest): Behaviour => {
    if (req.path.startsWith("/models/")) {
      return reply(410, {
        error:
          "https://api-inference.huggingface.co/ is no longer supported. Please use https://router.huggingface.co/ instead.",
      });
    }
    if (req.method !== "POST" || !req.path.startsWith("/hf-inference/models/"))
      return reply(404, { error: "Not Found" });
    if (req.headers.authorization !== `Bearer ${options.apiKey}`) return hfErrors.unauthorized();
    const inputs = (req.json as { inputs?: unknown } | undefined)?.inputs;
    if (typeof inputs !== "string") return reply(400, { error: "inputs must be a string" });
    const scored = hfScores(scorer(inputs), labels);
    if (options.coldStart) {
      if (req.headers["x-wait-for-model"] !== "true")
        return hfErrors.loading(modelOf(req.path), options.coldStart.estimatedTimeS);
      return { ...scored, delayMs: options.coldStart.waitMs } as Behaviour;
    }
    return scored;
  };
  const server = await FakeServer.start(handler);
  return { server, baseUrl: `${server.url}/hf-inference/models` };
}
