/**
 * Which classifier labels mean "malicious". Models name their classes differently:
 * protectai/deberta-v3-base-prompt-injection-v2 → SAFE / INJECTION; Llama Prompt Guard 2 →
 * BENIGN / MALICIOUS per its model card, LABEL_0 / LABEL_1 per third-party code; Prompt Guard 1 →
 * BENIGN / INJECTION / JAILBREAK. Matching ignores case.
 */

/** Label names, per class. */
export interface LabelMapping {
  malicious: readonly string[];
  benign: readonly string[];
}

/** Covers protectai v1/v2, Prompt Guard 1 and 2 and generic LABEL_n binary heads. */
export const DEFAULT_LABELS: LabelMapping = {
  malicious: ["INJECTION", "MALICIOUS", "JAILBREAK", "LABEL_1", "UNSAFE"],
  benign: ["SAFE", "BENIGN", "LABEL_0"],
};

/** One `{label, score}` entry of a text-classification answer. */
export interface LabelScore {
  label: string;
  score: number;
}

/**
 * Injection score from a label distribution: the largest malicious score; if the answer lists
 * no malicious label (top_k cut it off), 1 − the benign score (valid for binary heads).
 * Undefined when no label is known: the mapping does not fit the model.
 */
export function maliciousScore(entries: readonly LabelScore[], mapping: LabelMapping): number | undefined {
  const malicious = new Set(mapping.malicious.map((l) => l.toUpperCase()));
  const benign = new Set(mapping.benign.map((l) => l.toUpperCase()));
  let bad: number | undefined;
  let good: number | undefined;
  for (const { label, score } of entries) {
    const upper = label.toUpperCase();
    if (malicious.has(upper)) bad = Math.max(bad ?? 0, score);
    else if (benign.has(upper)) good = Math.max(good ?? 0, score);
  }
  if (bad !== undefined) return bad;
  return good === undefined ? undefined : 1 - good;
}
