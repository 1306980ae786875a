import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/detection/normalize";

/** Original text covered by folded[fs, fe). */
function originalOf(text: string, fs: number, fe: number): string {
  const n = normalize(text);
  return text.slice(n.offsets[fs], n.offsets[fe]);
}

describe("normalize", () => {
  it("lower-cases and collapses whitespace runs", () => {
    expect(normalize("Hello   \n\t WORLD").folded).toBe("hello world");
  });

  it("removes zero-width characters and counts them", () => {
    const n = normalize("ig\u200Bno\u200Dre previous");
    expect(n.folded).toBe("ignore previous");
    expect(n.signals.invisible).toBe(2);
  });

  it("does not count emoji joiners and VS16 as invisible signals", () => {
    const n = normalize("family 👨\u200D👩\u200D👧 and ❤\uFE0F");
    expect(n.signals.invisible).toBe(0);
  });

  it("folds Cyrillic lookalikes inside Latin words (о, е)", () => {
    const n = normalize("ign\u043Ere pr\u0435vious");
    expect(n.folded).toBe("ignore previous");
    expect(n.signals.homoglyphs).toBe(2);
  });

  it("leaves real Russian words alone", () => {
    expect(normalize("Игнорируй предыдущие").folded).toBe("игнорируй предыдущие");
  });

  it("composes a non-ASCII letter with the combining marks after it (NFKC over the cluster)", () => {
    expect(normalize("\u0435\u0308лка").folded).toBe("ёлка");
    expect(normalize("Ε\u0301λα").folded).toBe("έλα");
    expect(Array.from(normalize("и\u0306").offsets)).toEqual([0, 2]); // "й": one unit from two
  });

  it("folds fullwidth and mathematical letters via NFKC", () => {
    expect(normalize("ＩＧＮＯＲＥ 𝐩𝐫𝐞𝐯𝐢𝐨𝐮𝐬").folded).toBe("ignore previous");
  });

  it("folds leetspeak inside words but keeps numbers", () => {
    const n = normalize("1gn0re pr3vious, in 2024 pi=3.14, the 10th covid19 gpt4");
    expect(n.folded).toBe("ignore previous, in 2024 pi=3.14, the 10th covid19 gpt4");
    expect(n.signals.leet).toBe(3);
  });

  it("removes bidi overrides and tag characters, counting them", () => {
    const tags = [..."hi"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
    const n = normalize(`a\u202Eb\u202C c${tags}`);
    expect(n.folded).toBe("ab c");
    expect(n.signals.bidi).toBe(2);
    expect(n.signals.tags).toBe(2);
  });

  it("does not count flag-emoji tag sequences", () => {
    expect(normalize("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}").signals.tags).toBe(0);
  });

  it("maps offsets back to the original text", () => {
    const text = "Say: ＩＧＮＯＲＥ\u200B  all";
    const n = normalize(text);
    expect(n.offsets.length).toBe(n.folded.length + 1);
    expect(n.offsets[n.folded.length]).toBe(text.length);
    const i = n.folded.indexOf("ignore");
    // The slice up to the next folded character also covers removed invisibles (here a ZWSP).
    expect(originalOf(text, i, i + 6)).toBe("ＩＧＮＯＲＥ\u200B");
    expect(text.slice(n.offsets[i], (n.offsets[i + 5] ?? 0) + 1)).toBe("ＩＧＮＯＲＥ");
    const j = n.folded.indexOf("all");
    expect(originalOf(text, j, j + 3)).toBe("all");
  });

  it("keeps offsets monotonic on non-ASCII and surrogate input", () => {
    const text = "ﬁ 😀 \uD800 e\u0301 İ ß";
    const n = normalize(text);
    for (let i = 1; i < n.offsets.length; i++)
      expect(n.offsets[i]).toBeGreaterThanOrEqual(n.offsets[i - 1] as number);
    expect(n.folded).toContain("fi");
  });

  it("handles the empty string", () => {
    const n = normalize("");
    expect(n.folded).toBe("");
    expect(Array.from(n.offsets)).toEqual([0]);
  });
});
