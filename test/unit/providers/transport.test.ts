import { describe, expect, it } from "vitest";
import { chunkText } from "../../../src/detection/providers/chunking";
import { ProviderError } from "../../../src/detection/providers/errors";
import { DEFAULT_RETRY_POLICY, retryDelay } from "../../../src/detection/providers/transport/retry";
import {
  parseDuration,
  parseRetryAfter,
  retryAfterFromHeaders,
  retryAfterFromMessage,
} from "../../../src/detection/providers/transport/retry-after";

describe("retry hints", () => {
  it("parses Go/Google durations", () => {
    expect(parseDuration("23s")).toBe(23_000);
    expect(parseDuration("23.47s")).toBe(23_470);
    expect(parseDuration("6m0s")).toBe(360_000);
    expect(parseDuration("120ms")).toBe(120);
    expect(parseDuration("1h2m")).toBe(3_720_000);
    expect(parseDuration("soon")).toBeUndefined();
  });

  it("parses Retry-After seconds and HTTP dates, and retry-after-ms first", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("1.5")).toBe(1500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("garbage")).toBeUndefined();
    expect(retryAfterFromHeaders(new Headers({ "retry-after": "3", "retry-after-ms": "250" }))).toBe(250);
  });

  it("finds the delay in provider messages", () => {
    expect(retryAfterFromMessage("Please retry in 23.47s.")).toBe(23_470);
    expect(retryAfterFromMessage("Please try again in 20ms.")).toBe(20);
    expect(retryAfterFromMessage("overloaded")).toBeUndefined();
  });

  it("never retries earlier than the server asked, with bounded jitter; otherwise full-jitter backoff", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, random: () => 0.999 };
    const asked = new ProviderError("rate_limited", "x", { retryAfterMs: 1000 });
    expect(retryDelay(asked, 1, policy)).toBeGreaterThanOrEqual(1000);
    expect(retryDelay(asked, 1, policy)).toBeLessThanOrEqual(1100);
    const plain = new ProviderError("http_5xx", "x");
    expect(retryDelay(plain, 1, policy)).toBeLessThan(100);
    expect(retryDelay(plain, 10, policy)).toBeLessThan(1000);
  });

  it("classifies retryability by kind unless overridden", () => {
    expect(new ProviderError("timeout", "x").retryable).toBe(true);
    expect(new ProviderError("http_4xx", "x").retryable).toBe(false);
    expect(new ProviderError("bad_response", "x").retryable).toBe(false);
    expect(new ProviderError("rate_limited", "x", { retryable: false }).retryable).toBe(false);
  });
});

describe("chunking", () => {
  const opts = { maxChars: 100, overlapChars: 20, maxChunks: 50 };

  it("keeps short text whole", () => {
    expect(chunkText("short", opts)).toEqual({ chunks: ["short"], truncated: false });
  });

  it("covers the whole text with overlapping chunks of at most maxChars", () => {
    const text = Array.from({ length: 80 }, (_, i) => `w${i}`).join(" ");
    const { chunks, truncated } = chunkText(text, opts);
    expect(truncated).toBe(false);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100);
    for (let i = 1; i < chunks.length; i++) {
      // each chunk starts inside the previous one (overlap)
      expect((chunks[i - 1] ?? "").includes((chunks[i] ?? "").slice(0, 10))).toBe(true);
    }
    expect(chunks.at(-1)?.endsWith("w79")).toBe(true);
  });

  it("keeps a phrase cut by a boundary whole in the next chunk", () => {
    const phrase = "ignore previous instructions";
    const text = `${"x".repeat(90)} ${phrase} ${"y".repeat(200)}`;
    expect(chunkText(text, opts).chunks.some((c) => c.includes(phrase))).toBe(true);
  });

  it("caps the chunk count, spreading the kept chunks (first and last included)", () => {
    const text = Array.from({ length: 500 }, (_, i) => `w${i}`).join(" ");
    const all = chunkText(text, opts).chunks;
    const capped = chunkText(text, { ...opts, maxChunks: 4 });
    expect(capped.truncated).toBe(true);
    expect(capped.chunks).toHaveLength(4);
    expect(capped.chunks[0]).toBe(all[0]);
    expect(capped.chunks[3]).toBe(all.at(-1));
  });

  it("never splits a surrogate pair", () => {
    const text = "😀".repeat(200);
    for (const c of chunkText(text, opts).chunks) {
      expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(c)).toBe(false);
    }
  });
});
