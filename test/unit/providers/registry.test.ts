import { describe, expect, it } from "vitest";
import { buildProviders } from "../../../src/detection/providers/registry";
import type { FetchLike } from "../../../src/detection/providers/types";

/** A fetch that records the URL and headers and answers like each real API would — no network. */
function recordingFetch() {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers as Record<string, string> });
    const judge = JSON.stringify({ verdict: "benign", score: 0.1, reason: "ok" });
    const body = url.includes("huggingface")
      ? [
          [
            { label: "SAFE", score: 0.9 },
            { label: "INJECTION", score: 0.1 },
          ],
        ]
      : url.includes("googleapis")
        ? { candidates: [{ content: { parts: [{ text: judge }] }, finishReason: "STOP" }] }
        : { choices: [{ message: { content: judge }, finish_reason: "stop" }] };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { calls, fetchFn };
}

const ctx = () => ({ deadline: Date.now() + 2000 });

describe("provider registry", () => {
  it("builds nothing when nothing is configured, and treats empty keys as off", () => {
    expect(buildProviders({})).toEqual([]);
    expect(
      buildProviders({
        huggingFace: { apiKey: "" },
        gemini: { apiKey: null },
        openaiCompatible: { baseUrl: "https://x/v1", model: null },
      }),
    ).toEqual([]);
  });

  it("builds the enabled providers in table order with their default models", () => {
    const providers = buildProviders({
      openaiCompatible: { baseUrl: "https://api.openai.com/v1", model: "gpt-4o-mini" },
      gemini: { apiKey: "g" },
      huggingFace: { apiKey: "hf" },
    });
    expect(providers.map((p) => [p.name, p.model, p.kind])).toEqual([
      ["huggingface", "protectai/deberta-v3-base-prompt-injection-v2", "classifier"],
      ["gemini", "gemini-2.5-flash-lite", "judge"],
      ["openai-compatible", "gpt-4o-mini", "judge"],
    ]);
  });

  it("targets the real hosts by default", async () => {
    const { calls, fetchFn } = recordingFetch();
    const providers = buildProviders({
      fetch: fetchFn,
      huggingFace: { apiKey: "hf_k" },
      gemini: { apiKey: "g_k", model: "gemini-2.5-flash" },
      openaiCompatible: { baseUrl: "https://api.openai.com/v1/", model: "gpt-4o-mini", apiKey: "sk" },
    });
    for (const p of providers) await p.score("hello", ctx());
    expect(calls.map((c) => c.url)).toEqual([
      "https://router.huggingface.co/hf-inference/models/protectai/deberta-v3-base-prompt-injection-v2",
      "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent",
      "https://api.openai.com/v1/chat/completions",
    ]);
    expect(calls[0]?.headers.authorization).toBe("Bearer hf_k");
    expect(calls[1]?.headers["x-goog-api-key"]).toBe("g_k");
    expect(calls[2]?.headers.authorization).toBe("Bearer sk");
  });

  it("applies shared call settings unless a provider overrides them", async () => {
    const seen: number[] = [];
    const slow: FetchLike = (_url, init) =>
      new Promise((_, reject) => {
        const start = Date.now();
        init.signal?.addEventListener("abort", () => {
          seen.push(Date.now() - start);
          reject(new DOMException("aborted", "AbortError"));
        });
      });
    const [hf, gem] = buildProviders({
      fetch: slow,
      timeoutMs: 100,
      retry: { maxAttempts: 1 },
      huggingFace: { apiKey: "k", timeoutMs: undefined },
      gemini: { apiKey: "k", timeoutMs: 300 },
    });
    await expect(hf?.score("x", ctx())).rejects.toMatchObject({ kind: "timeout" });
    await expect(gem?.score("x", ctx())).rejects.toMatchObject({ kind: "timeout" });
    expect(seen[0]).toBeLessThan(250);
    expect(seen[1]).toBeGreaterThanOrEqual(250);
  });
});
