/**
 * Performance work on the engine must not change a single output: every fingerprint recorded in
 * fixtures/golden.json (analyze(), analyzeRules(), normalize() and the classifier's exact logit,
 * chunk and cues, on a corpus sample plus adversarial and fuzz texts) must be reproduced. See
 * golden.ts for how the fixture is made; regenerate it only for an intended, evaluated change.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  adversarialTexts,
  corpusTexts,
  DATA_DIR,
  digest,
  FIXTURE,
  fingerprint,
  fuzzTexts,
  type GoldenFixture,
  type GoldenText,
} from "./golden";

const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as GoldenFixture;

function check(texts: GoldenText[], expectedDigest: string): void {
  const entries: [string, string][] = texts.map((t) => [t.id, fingerprint(t.text)]);
  if (digest(entries) === expectedDigest) return;
  const differing = entries.filter(([id, fp]) => fixture.fingerprints[id] !== fp).map(([id]) => id);
  expect(differing.slice(0, 20)).toEqual([]);
  expect(digest(entries)).toBe(expectedDigest);
}

describe("golden outputs", () => {
  it("adversarial and fuzz texts give exactly the recorded outputs", () => {
    check([...adversarialTexts(), ...fuzzTexts()], fixture.generatedDigest);
  });

  const corpus = corpusTexts();
  it.skipIf(corpus.length === 0)(
    `corpus sample (${DATA_DIR}) gives exactly the recorded outputs`,
    () => {
      expect(corpus.length).toBe(fixture.corpusCount);
      check(corpus, fixture.corpusDigest);
    },
    60_000,
  );
});
