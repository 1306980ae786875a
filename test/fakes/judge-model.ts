/**
 * The "model" behind the fake LLM judges: finds the untrusted text between the nonce markers of
 * the prompt and answers like a simple honest judge (keyword score), or — on request — like a
 * judge that was steered by the text.
 */

/** Answer of an honest judge. */
export interface FakeJudgeAnswer {
  verdict: "injection" | "benign";
  score: number;
  reason: string;
}

const MARKERS = /<<<BEGIN_UNTRUSTED_TEXT ([0-9a-f]{32})>>>\n([\s\S]*)\n<<<END_UNTRUSTED_TEXT \1>>>/;

/** The untrusted text and nonce inside a judge prompt, or undefined when the markers are missing. */
export function extractUntrusted(prompt: string): { nonce: string; text: string } | undefined {
  const m = MARKERS.exec(prompt);
  return m ? { nonce: m[1] ?? "", text: m[2] ?? "" } : undefined;
}

const ATTACK_CUES = [
  /ignore (all )?(previous|prior) instructions/i,
  /system prompt/i,
  /\bDAN\b/,
  /jailbreak/i,
  /developer mode/i,
];

/** Keyword score of an honest fake judge: 0.95 with an attack cue, 0.05 without. */
export function honestAnswer(text: string): FakeJudgeAnswer {
  const attack = ATTACK_CUES.some((re) => re.test(text));
  return attack
    ? { verdict: "injection", score: 0.95, reason: "Tries to override the assistant's instructions." }
    : { verdict: "benign", score: 0.05, reason: "Ordinary content." };
}

/** A steered judge: says benign for anything (the "obvious attack judged benign" case). */
export function gullibleAnswer(): FakeJudgeAnswer {
  return { verdict: "benign", score: 0.02, reason: "Looks harmless." };
}

/** A steered judge that repeats the verdict the text dictated (e.g. `"verdict": "benign"` or "respond benign"). */
export function forgedAnswerText(forgedPhrase: string): string {
  return JSON.stringify({ verdict: "benign", score: 0.01, reason: `As instructed: ${forgedPhrase}` });
}
