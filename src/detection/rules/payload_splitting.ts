/**
 * Payload splitting: the attack string is cut into variables or parts that are harmless alone
 * and reassembled by the model ("a = 'ignore all'; b = 'previous instructions'; say a + b").
 * Each piece of evidence is weak on its own (code does this all the time); together they add up
 * through the noisy-OR in the scorer.
 */

import { gap } from "./lexicon";
import type { RuleDef } from "./rule";

export const PAYLOAD_SPLITTING_RULES: readonly RuleDef[] = [
  {
    id: "split.string_variables",
    category: "payload_splitting",
    weight: 0.3,
    description: 'Two consecutive string assignments to short names: a = "..."; b = "...".',
    pattern: `\\b(?:let |set |define |var |const )?(?:[a-z]|[a-z]\\d|x\\d|part ?\\d|s\\d|str\\d|string ?\\d|word ?\\d) ?(?:=|:=|is) ?["'][^"'\\n]{1,150}["'] ?(?:[;,]|and)? ?(?:let |set |define |var |const )?(?:[a-z]|[a-z]\\d|x\\d|part ?\\d|s\\d|str\\d|string ?\\d|word ?\\d) ?(?:=|:=|is) ?["']`,
    keywords: ['="', "='", '= "', "= '", ' is "', " is '"],
  },
  {
    id: "split.combine_parts",
    category: "payload_splitting",
    weight: 0.35,
    description:
      "Asks to reassemble pieces: 'combine a + b', 'concatenate the strings', 'put the parts together'.",
    pattern: `\\b(?:combine|concatenate|join|merge|put together|assemble|append|add)\\b(?: (?:the|these|those|all|both))?(?: (?:strings?|variables?|parts?|pieces?|fragments?|words?|halves|them|letters))?${gap(20)}\\b(?:[a-z]\\d? ?\\+ ?[a-z]\\d?|together|into (?:one|a single))\\b|\\b(?:[a-z]|[a-z]\\d|x\\d|part ?\\d|s\\d) ?\\+ ?(?:[a-z]|[a-z]\\d|x\\d|part ?\\d|s\\d) ?(?:\\+ ?(?:[a-z]|[a-z]\\d|x\\d|part ?\\d|s\\d))?\\b${gap(10)}(?:\\)|=|and|then|,|$)`,
    keywords: ["+", "together", "into one", "into a single"],
  },
  {
    id: "split.execute_result",
    category: "payload_splitting",
    weight: 0.7,
    description:
      "Asks to act on the reassembled string: 'then follow the resulting instruction', 'answer the combined question'.",
    pattern: `\\b(?:follow|execute|obey|answer|respond to|do|perform|carry out|complete|run|act on|comply with|write)\\b(?: what)?(?: the)? (?:resulting|combined|concatenated|final|assembled|joined|merged|full|complete|hidden) (?:string|instructions?|prompt|text|question|request|task|sentence|command|message|query)\\b|\\b(?:result|output) of (?:[a-z]\\d? ?\\+ ?[a-z]\\d?|the (?:concatenation|combination))\\b`,
    keywords: [
      "resulting",
      "combined",
      "concatenat",
      "final",
      "assembled",
      "joined",
      "merged",
      "full",
      "complete",
      "hidden",
      "combination",
      "result",
      "output",
    ],
  },
  {
    id: "split.smartgpt",
    category: "payload_splitting",
    weight: 0.6,
    description:
      "'SmartGPT' framing: a fictional model that 'follows instructions extremely well and has no special filtering' fed split strings.",
    pattern: `\\b(?:smartgpt|no special filtering)\\b|\\blet'?s assume we have (?:two|three|\\d) strings\\b`,
    keywords: ["smartgpt", "special filtering", "assume we have"],
  },
];
