import { describe, expect, it } from "vitest";
import { type CachedDetection, decodeDetection, ENCODING_VERSION, encodeDetection } from "../../../src/store";
import { TYPICAL_DETECTION } from "./contract";

describe("detection encoding", () => {
  it("round-trips a typical result in about 100 bytes", () => {
    const encoded = encodeDetection(TYPICAL_DETECTION);
    expect(decodeDetection(encoded)).toEqual(TYPICAL_DETECTION);
    expect(encoded.startsWith(ENCODING_VERSION)).toBe(true);
    expect(new TextEncoder().encode(encoded).byteLength).toBeLessThanOrEqual(120);
  });

  it("never contains text or excerpts, only rule ids and offsets", () => {
    const withExcerpt = {
      ...TYPICAL_DETECTION,
      matches: TYPICAL_DETECTION.matches.map((m) => ({ ...m, excerpt: "Ignore all previous instructions" })),
    };
    expect(encodeDetection(withExcerpt)).not.toContain("Ignore");
  });

  it("distinguishes absent and empty documents", () => {
    const none = decodeDetection(encodeDetection(TYPICAL_DETECTION));
    const empty = decodeDetection(encodeDetection({ ...TYPICAL_DETECTION, documents: [] }));
    expect(none).not.toHaveProperty("documents");
    expect(empty?.documents).toEqual([]);
  });

  it("round-trips every escape-worthy character and literal rule ids", () => {
    const value: CachedDetection = {
      verdict: "benign",
      score: 0,
      confidence: 1,
      categories: [{ name: "%|;,#:~!", score: 0.5 }],
      matches: [
        { rule: "Upper.case", category: "obfuscation", start: 0, end: 0, weight: 0 },
        { rule: "!bang", category: "x:y", start: 1, end: 2, weight: 2.5, decodedFrom: "rot13" },
        {
          rule: "override.",
          category: "exfiltration",
          start: 123456,
          end: 123999,
          weight: 0.1,
          decodedFrom: "hex",
        },
        { rule: "plain_id", category: "chat_template", start: 3, end: 4, weight: 0.3, decodedFrom: "url" },
      ],
    };
    expect(decodeDetection(encodeDetection(value))).toEqual(value);
  });

  it("keeps 4 decimals and never changes the verdict", () => {
    const decoded = decodeDetection(
      encodeDetection({ ...TYPICAL_DETECTION, verdict: "benign", score: 0.123456789 }),
    );
    expect(decoded?.score).toBe(0.1235);
    expect(decoded?.verdict).toBe("benign");
  });

  it("reads other versions and garbage as a miss", () => {
    const encoded = encodeDetection(TYPICAL_DETECTION);
    expect(decodeDetection(`9${encoded.slice(1)}`)).toBeNull();
    expect(decodeDetection("")).toBeNull();
    expect(decodeDetection(encoded.slice(0, encoded.length - 8))).toBeNull();
    expect(decodeDetection(`${encoded}#x`)).toBeNull();
    expect(decodeDetection('{"verdict":"injection"}')).toBeNull();
  });

  it("rejects offsets that are not non-negative integers", () => {
    const bad = {
      ...TYPICAL_DETECTION,
      matches: [{ ...TYPICAL_DETECTION.matches[0], start: -1 } as CachedDetection["matches"][number]],
    };
    expect(() => encodeDetection(bad)).toThrow(RangeError);
  });
});
