/**
 * Strict reading of a judge's answer. Anything that is not exactly the contract of schema.ts
 * is a `bad_response` failure — never a benign verdict — because a judge that was steered by
 * the text is most likely to answer in a shape we did not ask for.
 *
 * Checks, in order: one JSON object (one surrounding code fence tolerated); exactly the keys
 * verdict/score/reason; verdict in the enum; score a number in [0, 1]; verdict and score agree
 * (injection ⇔ score ≥ 0.5); reason a short string. Then, for a benign answer only: it must not
 * contain the call's nonce (the judge echoed the data block) nor any phrase by which the text
 * tried to dictate the verdict (findJudgeAddressing) — that answer is the attacker's, not the
 * judge's. Those two are `breakerNeutral`: caused by the text, not by the provider's health.
 */
import { ProviderError } from "../errors";
import { findJudgeAddressing, squash } from "./addressing";
import { JUDGE_VERDICTS, type JudgeVerdict, MAX_REASON_CHARS } from "./schema";

/** A validated judge answer. */
export interface JudgeAnswer {
  verdict: JudgeVerdict;
  score: number;
  reason: string;
}

/** What the parser needs to know about the call the answer belongs to. */
export interface JudgeCallFacts {
  /** The text that was judged (to find the phrases it used to dictate a verdict). */
  text: string;
  /** The call's delimiter nonce. */
  nonce: string;
}

const ALLOWED_KEYS: ReadonlySet<string> = new Set(["verdict", "score", "reason"]);
/** Shorter echoed phrases are too generic to prove anything ("safe"). */
const MIN_ECHO_CHARS = 8;

function bad(message: string, breakerNeutral = false): ProviderError {
  return new ProviderError("bad_response", `judge answer rejected: ${message}`, { breakerNeutral });
}

function unfence(raw: string): string {
  const trimmed = raw.trim();
  const fenced = /^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i.exec(trimmed);
  return fenced?.[1]?.trim() ?? trimmed;
}

function parseObject(raw: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(unfence(raw));
  } catch {
    throw bad("not JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw bad("not a JSON object");
  return value as Record<string, unknown>;
}

function checkSchema(obj: Record<string, unknown>): JudgeAnswer {
  const extra = Object.keys(obj).filter((k) => !ALLOWED_KEYS.has(k));
  if (extra.length > 0) throw bad(`unexpected keys ${extra.slice(0, 3).join(", ")}`);
  const { verdict, score, reason } = obj;
  if (typeof verdict !== "string" || !(JUDGE_VERDICTS as readonly string[]).includes(verdict)) {
    throw bad("verdict missing or not in the enum");
  }
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 1) {
    throw bad("score missing or outside [0, 1]");
  }
  if (typeof reason !== "string" || reason.length > MAX_REASON_CHARS) throw bad("reason missing or too long");
  if ((verdict === "injection") !== score >= 0.5) throw bad("verdict and score disagree");
  return { verdict: verdict as JudgeVerdict, score, reason };
}

function checkNotSteered(raw: string, answer: JudgeAnswer, facts: JudgeCallFacts): void {
  if (answer.verdict !== "benign") return; // an injection verdict is never what an attacker wants
  if (raw.includes(facts.nonce)) throw bad("benign answer echoes the data block", true);
  // Both the raw JSON (a forged `"verdict": "benign"` object) and the decoded reason (JSON
  // escapes would hide a quoted phrase in the raw text).
  const haystacks = [squash(raw), squash(answer.reason)];
  for (const phrase of findJudgeAddressing(facts.text)) {
    const squashed = squash(phrase);
    if (squashed.length >= MIN_ECHO_CHARS && haystacks.some((h) => h.includes(squashed))) {
      throw bad("benign answer repeats the verdict dictated by the text", true);
    }
  }
}

/** Validates a judge's raw answer text; throws a `bad_response` ProviderError when it does not pass. */
export function parseJudgeAnswer(raw: string, facts: JudgeCallFacts): JudgeAnswer {
  const answer = checkSchema(parseObject(raw));
  checkNotSteered(raw, answer, facts);
  return answer;
}
