/**
 * Rule registry: every family's rules, compiled once at module load, with the keyword prefilter.
 * Adding, removing or re-weighting a rule changes verdicts: bump ENGINE_INFO.version (engine.ts).
 */
import type { Category } from "../types";
import { ADDRESS_MORE_I18N_RULES } from "./address_more_i18n";
import { ADDRESSED_RULES } from "./addressed";
import { CLASSIC_I18N_EXTRACTION_RULES, CLASSIC_I18N_JAILBREAK_RULES } from "./classic_i18n";
import {
  CLASSIC_KO_AR_HI_BN_EXTRACTION_RULES,
  CLASSIC_KO_AR_HI_BN_JAILBREAK_RULES,
} from "./classic_i18n_more";
import {
  CLASSIC_NORDIC_CEE_SW_MS_EXTRACTION_RULES,
  CLASSIC_NORDIC_CEE_SW_MS_JAILBREAK_RULES,
  CLASSIC_NORDIC_CEE_SW_MS_OVERRIDE_RULES,
} from "./classic_nordic_cee_sw_ms";
import {
  CLASSIC_TH_EL_TL_FA_HE_UR_EXTRACTION_RULES,
  CLASSIC_TH_EL_TL_FA_HE_UR_JAILBREAK_RULES,
  CLASSIC_TH_EL_TL_FA_HE_UR_OVERRIDE_RULES,
} from "./classic_th_el_tl_fa_he_ur";
import { EXFILTRATION_RULES } from "./exfiltration";
import { EXTRACTION_RULES } from "./extraction";
import { FRAME_RULES } from "./frames";
import { GUARDED_SECRET_RULES } from "./guarded_secret";
import { HIJACK_I18N_RULES } from "./hijack_i18n";
import { INDIRECT_RULES } from "./indirect";
import { KeywordIndex } from "./keywords";
import { OBFUSCATION_RULES } from "./obfuscation";
import { OVERRIDE_RULES } from "./override";
import { OVERRIDE_I18N_RULES } from "./override_i18n";
import { OVERRIDE_MORE_I18N_RULES } from "./override_more_i18n";
import { OVERRIDE_WESTERN_I18N_RULES } from "./override_western_i18n";
import { PAYLOAD_SPLITTING_RULES } from "./payload_splitting";
import { POLICY_I18N_RULES } from "./policy_i18n";
import { REFUSAL_RULES } from "./refusal";
import { ROLEPLAY_RULES } from "./roleplay";
import { compileRule, type Rule, type RuleDef } from "./rule";
import { TAKEOVER_RULES } from "./takeover";
import { TEMPLATE_RULES } from "./template";
import { TOOL_TRACE_RULES } from "./tool_trace";
import { VERBATIM_I18N_RULES } from "./verbatim_i18n";

export type { Rule, RuleDef } from "./rule";

/** Rule families in reporting order, each with its rules. */
export const RULE_FAMILIES: readonly { name: string; category: Category; rules: readonly RuleDef[] }[] = [
  {
    name: "instruction override",
    category: "instruction_override",
    rules: [
      ...OVERRIDE_RULES,
      ...OVERRIDE_I18N_RULES,
      ...OVERRIDE_WESTERN_I18N_RULES,
      ...OVERRIDE_MORE_I18N_RULES,
      ...HIJACK_I18N_RULES,
      ...TAKEOVER_RULES,
      ...CLASSIC_TH_EL_TL_FA_HE_UR_OVERRIDE_RULES,
      ...CLASSIC_NORDIC_CEE_SW_MS_OVERRIDE_RULES,
    ],
  },
  {
    name: "role-play / persona jailbreak",
    category: "roleplay_jailbreak",
    rules: [
      ...ROLEPLAY_RULES,
      ...REFUSAL_RULES,
      ...FRAME_RULES,
      ...POLICY_I18N_RULES,
      ...CLASSIC_I18N_JAILBREAK_RULES,
      ...CLASSIC_KO_AR_HI_BN_JAILBREAK_RULES,
      ...CLASSIC_TH_EL_TL_FA_HE_UR_JAILBREAK_RULES,
      ...CLASSIC_NORDIC_CEE_SW_MS_JAILBREAK_RULES,
    ],
  },
  {
    name: "system-prompt extraction",
    category: "prompt_extraction",
    rules: [
      ...EXTRACTION_RULES,
      ...GUARDED_SECRET_RULES,
      ...VERBATIM_I18N_RULES,
      ...CLASSIC_I18N_EXTRACTION_RULES,
      ...CLASSIC_KO_AR_HI_BN_EXTRACTION_RULES,
      ...CLASSIC_TH_EL_TL_FA_HE_UR_EXTRACTION_RULES,
      ...CLASSIC_NORDIC_CEE_SW_MS_EXTRACTION_RULES,
    ],
  },
  { name: "fake chat template / role tokens", category: "chat_template", rules: TEMPLATE_RULES },
  { name: "fake tool / agent trace", category: "fake_tool_trace", rules: TOOL_TRACE_RULES },
  { name: "markdown / HTML exfiltration", category: "exfiltration", rules: EXFILTRATION_RULES },
  { name: "payload splitting", category: "payload_splitting", rules: PAYLOAD_SPLITTING_RULES },
  { name: "encoding / obfuscation", category: "obfuscation", rules: OBFUSCATION_RULES },
  {
    name: "indirect injection markers",
    category: "indirect_injection",
    rules: [...INDIRECT_RULES, ...ADDRESSED_RULES, ...ADDRESS_MORE_I18N_RULES],
  },
];

/** All rule definitions, flat. */
export const RULE_DEFS: readonly RuleDef[] = RULE_FAMILIES.flatMap((f) => f.rules);

/** Compiled rules, in RULE_DEFS order. */
export const RULES: readonly Rule[] = RULE_DEFS.map(compileRule);

/**
 * Lists of small integers in one typed array (compressed sparse rows): list i is
 * ids[start[i]] .. ids[start[i + 1] − 1]. scanRules reads a few of them per text at
 * data-dependent places; as arrays of arrays they were scattered over the heap and each read
 * was a cache miss (a few µs per text inside analyze()), as one block they stay cached.
 */
export interface PackedLists {
  start: Int32Array;
  ids: Int32Array;
}

/** Packs `lists` (see PackedLists). */
export function packLists(lists: readonly (readonly number[])[]): PackedLists {
  const start = new Int32Array(lists.length + 1);
  let n = 0;
  lists.forEach((list, i) => {
    start[i] = n;
    n += list.length;
  });
  start[lists.length] = n;
  const ids = new Int32Array(n);
  lists.forEach((list, i) => {
    ids.set(list, start[i]);
  });
  return { start, ids };
}

/** A compiled rule set with its prefilter. */
export interface RuleSet {
  rules: readonly Rule[];
  index: KeywordIndex;
  /**
   * List k = indices (into rules) of the rules gated by keyword k (empty for the substrings that
   * only appear in `requires` clauses).
   */
  keywordRules: PackedLists;
  /**
   * The `requires` clauses of the rules, when any rule has some: list ri of `ruleClauses` holds the
   * ids of rule ri's clauses (empty: none), and list c of `clauses` the keyword ids of clause c (it
   * holds when one of them is present), and `rules` the indices of the rules with clauses.
   */
  requires?: { ruleClauses: PackedLists; clauses: PackedLists; rules: Int32Array };
}

/**
 * Builds the prefilter for a list of compiled rules.
 *
 * @throws Error when a rule has no keyword (it would never run) or an id is duplicated
 */
export function buildRuleSet(rules: readonly Rule[]): RuleSet {
  const ids = new Set<string>();
  const kwIds = new Map<string, number>();
  const keywordRules: number[][] = [];
  const idOf = (kw: string): number => {
    let k = kwIds.get(kw);
    if (k === undefined) {
      k = kwIds.size;
      kwIds.set(kw, k);
      keywordRules.push([]);
    }
    return k;
  };
  rules.forEach((r, ri) => {
    if (ids.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    ids.add(r.id);
    if (r.keywords.length === 0) throw new Error(`rule ${r.id} has no keywords`);
    for (const kw of r.keywords) {
      if (kw.length === 0) throw new Error(`rule ${r.id} has an empty keyword`);
      const list = keywordRules[idOf(kw)] as number[];
      if (!list.includes(ri)) list.push(ri);
    }
  });
  // Clause substrings after all keywords, so the rules' keyword ids do not depend on them.
  const clauses: number[][] = [];
  const ruleClauses = rules.map((r) =>
    (r.requires ?? []).map((clause) => {
      if (clause.length === 0) throw new Error(`rule ${r.id} has an empty requires clause`);
      clauses.push([...new Set(clause.map((kw) => idOf(kw)))]);
      return clauses.length - 1;
    }),
  );
  const set: RuleSet = {
    rules,
    index: new KeywordIndex([...kwIds.keys()]),
    keywordRules: packLists(keywordRules),
  };
  if (clauses.length > 0) {
    set.requires = {
      ruleClauses: packLists(ruleClauses),
      clauses: packLists(clauses),
      rules: Int32Array.from(ruleClauses.flatMap((c, ri) => (c.length > 0 ? [ri] : []))),
    };
  }
  return set;
}

/** The default rule set used by analyze(). */
export const DEFAULT_RULE_SET: RuleSet = buildRuleSet(RULES);
