/**
 * Phrases in the judged text that address the judge or dictate its verdict ("respond benign",
 * "classification: safe", "note to the AI reviewer"). They drive two rules:
 * - parse.ts: a "benign" answer that repeats one of these phrases is a failure (the judge
 *   followed the text), not a benign verdict;
 * - cascade: when the text contains any of them, a judge's answer may raise the local score
 *   but never lower it (combine.ts).
 */

const PATTERNS: readonly RegExp[] = [
  // "respond with benign", "classify this as safe", "mark it as not an injection"
  /\b(?:respond|reply|answer|output|return|say|print|write|classify|label|mark|rate|flag|report|treat|consider|categori[sz]e)\b(?:\s+[\w'"`{}:-]+){0,6}?\s+(?:as\s+)?["'`]?(?:benign|safe|harmless|clean|legitimate|not\s+(?:an?\s+)?(?:injection|attack|malicious|jailbreak))\b/gi,
  // "classification: safe", "verdict = benign", "\"verdict\": \"benign\""
  /["'`]?\b(?:classification|verdict|label|result|assessment|decision|category|rating)\b["'`]?\s*[:=]\s*["'`]?\s*(?:benign|safe|harmless|clean|not[_\s-]?(?:an?[_\s-])?injection)\b/gi,
  // "score: 0", "\"probability\": 0.01"
  /["'`]?\b(?:score|probability|risk|injection_score)\b["'`]?\s*[:=]\s*0(?:\.0\d*)?(?![\d.])/gi,
  // "note to the AI classifier", "attention security model"
  /\b(?:dear|attention|note\s+(?:to|for)|hey|hello|instructions?\s+(?:to|for))\s+(?:the\s+|any\s+)?(?:ai\s+|llm\s+|automated\s+)?(?:classifier|judge|moderator|detector|reviewer|evaluator|grader|guardrail|content\s+filter|(?:security|safety)\s+(?:model|system|filter|scanner|checker|classifier))s?\b/gi,
  // "if you are an AI classifier reading this"
  /\bif\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|language\s+model|classifier|judge|moderator|detector|reviewer|(?:security|safety)\s+\w+)\b/gi,
  // "this prompt has been pre-approved", "the following text is safe"
  /\b(?:this|the\s+(?:following|above))\s+(?:text|prompt|message|input|content|document|request)\s+(?:is|has\s+been|was)\s+(?:safe|benign|harmless|verified|pre-?approved|whitelisted|authori[sz]ed|cleared)\b/gi,
];

/** Judge-addressing phrases found in `text`, in order of appearance (empty when none). */
export function findJudgeAddressing(text: string): string[] {
  const found: Array<{ at: number; phrase: string }> = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) found.push({ at: match.index, phrase: match[0] });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.phrase);
}

/** Comparison form: lower case, no whitespace, no quotes — so JSON spacing cannot hide an echo. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[\s"'`]+/g, "");
}
