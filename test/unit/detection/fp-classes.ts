/**
 * Shared shape of the false-positive rounds' tests (rules-round7/8/9-fp.test.ts): classes of benign
 * texts that must stay under the threshold, each with attacks sharing their words that must still
 * flag, judged by the rules alone (`analyzeRules`).
 */
import { describe, expect, it } from "vitest";
import { analyzeRules } from "../../../src/detection/engine";

/** Benign texts of one false-positive class and the attacks that must keep flagging next to them. */
export type FpClasses = Record<string, { benign: readonly string[]; attacks: readonly string[] }>;

/** Rule score of `text`. */
export const scoreOf = (text: string): number => analyzeRules(text).score;

/** The rules and spans that fired on `text`, for a failing assertion's message. */
export const why = (text: string): string =>
  JSON.stringify(analyzeRules(text).matches.map((m) => [m.rule, text.slice(m.start, m.end)]));

/** One `describe` per class: every benign text under 0.5, every attack at 0.5 or more. */
export function describeFpClasses(classes: FpClasses): void {
  for (const [name, { benign, attacks }] of Object.entries(classes)) {
    describe(name, () => {
      it.each(benign.map((t) => [t]))("does not flag: %s", (text) => {
        expect(scoreOf(text), why(text)).toBeLessThan(0.5);
      });
      it.each(attacks.map((t) => [t]))("still flags: %s", (text) => {
        expect(scoreOf(text), why(text)).toBeGreaterThanOrEqual(0.5);
      });
    });
  }
}
