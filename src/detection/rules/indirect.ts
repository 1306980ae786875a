/**
 * Indirect injection markers: text inside a document, email, web page or tool result that
 * addresses the AI reading it ("AI assistant reading this", "when summarizing this email") or
 * hides instructions from the human user.
 */

import { AI_NOUNS, gap } from "./lexicon";
import type { RuleDef } from "./rule";

const DOC_NOUNS =
  "email|e-mail|mail|message|document|page|web ?page|website|site|text|file|article|post|review|resume|cv|content|pdf|transcript|thread|comment|ticket|note|report|chat|data|table|code|repository|repo|readme|invoice|listing|product description";

export const INDIRECT_RULES: readonly RuleDef[] = [
  {
    id: "indirect.address_ai_reader",
    category: "indirect_injection",
    weight: 0.8,
    description:
      "Addresses an AI processing the text: 'AI assistant reading this', 'if you are an LLM summarizing this page'.",
    pattern: `\\b(?:${AI_NOUNS})s?\\b(?: (?:that is|who is|which is|that'?s))? (?:reading|processing|summari[sz]ing|analy[sz]ing|parsing|scanning|reviewing|browsing|viewing|crawling|indexing|ingesting)\\b(?: (?:this|these|the following|my|our))|\\b(?:if|when|while) you(?:'re| are)? (?:an? |the )?(?:${AI_NOUNS})\\b${gap(60)}\\b(?:read|reading|process|processing|summari[sz]|analy[sz]|pars|scan|review|see|seeing|come across|encounter)`,
    keywords: [
      "reading",
      "processing",
      "summari",
      "analy",
      "parsing",
      "scanning",
      "reviewing",
      "browsing",
      "viewing",
      "crawling",
      "indexing",
      "ingesting",
      "if you",
      "when you",
      "while you",
    ],
  },
  {
    id: "indirect.note_to_ai",
    category: "indirect_injection",
    weight: 0.8,
    description:
      "A note addressed to the model: 'note to the language model', 'instructions for the AI', 'attention AI:'.",
    pattern: `\\b(?:note|message|instructions?|attention|important|notice|memo|reminder|directive|warning)s?(?: (?:to|for))? (?:all |any )?(?:the )?(?:${AI_NOUNS})s?\\b ?(?::|\\))|\\b(?:note|message|instructions?|memo|directive) (?:to|for) (?:all |any )?(?:the )?(?:${AI_NOUNS})s?\\b|\\battention (?:${AI_NOUNS})\\b ?(?:,|:|!)`,
    keywords: [
      "note",
      "message",
      "instruction",
      "attention",
      "important",
      "notice",
      "memo",
      "reminder",
      "directive",
      "warning",
    ],
  },
  {
    id: "indirect.when_summarizing",
    category: "indirect_injection",
    weight: 0.7,
    description:
      "Conditional instruction for whoever summarizes/translates the document: 'when summarizing this email, say...'.",
    pattern: `\\b(?:when|while|if|before|after|whenever) (?:you )?(?:are )?(?:summari[sz]|translat|process|read|analy[sz]|review|answer|respond|reply|parse|rank|evaluat|assess|screen)[a-z]{0,4}\\b(?: (?:about|on|to))? (?:this|these|the|my|our)(?: following| above| attached)? (?:${DOC_NOUNS})s?\\b${gap(60)}\\b(?:include|add|say|tell|mention|output|write|recommend|ignore|respond|reply|insert|state|claim|rate|rank|describe|append|forward|send|click|visit|must|should|always|never|make sure)\\b`,
    keywords: [
      "summari",
      "translat",
      "process",
      "read",
      "analy",
      "review",
      "answer",
      "respond",
      "reply",
      "pars",
      "rank",
      "evaluat",
      "assess",
      "screen",
    ],
  },
  {
    id: "indirect.hidden_instructions",
    category: "indirect_injection",
    weight: 0.75,
    description:
      "Mentions hidden instructions for the model, or hides actions from the user: 'do not tell the user', 'the user cannot see this'.",
    pattern: `\\b(?:hidden|secret|invisible|embedded) (?:instructions?|prompts?|text|messages?|commands?) (?:for|to) (?:the )?(?:${AI_NOUNS})\\b|\\b(?:do not|don'?t|never|without) (?:tell(?:ing)?|inform(?:ing)?|mention(?:ing)?|reveal(?:ing)?|alert(?:ing)?|notify(?:ing)?|let(?:ting)?|show(?:ing)?) (?:this |these |it )?(?:to )?(?:the |your )?(?:user|human|reader|recipient|victim)s?\\b(?! (?:name|names|id|ids|interface|experience|manual))|\\b(?:the )?(?:user|human|reader)s? (?:will not|won'?t|cannot|can'?t|does not|doesn'?t|must not|should not|shouldn'?t) (?:see|notice|know|be (?:told|informed|aware))\\b`,
    keywords: ["hidden", "secret", "invisible", "embedded", "user", "human", "reader", "recipient", "victim"],
  },
  {
    id: "indirect.reply_payload",
    category: "indirect_injection",
    weight: 0.35,
    description:
      "An instruction about the reader's reply/code from inside a document: 'add \"click this link\" to your reply', 'include this snippet in your code'. Weak alone: users phrase requests this way too.",
    pattern: `\\b(?:add|include|insert|integrate|incorporate|embed|append|inject|prepend|attach|mention|promote|weave|slip|put|place)\\b${gap(80)}\\b(?:in|into|to|within|at the (?:end|start|beginning|top|bottom) of|throughout) your (?:reply|replies|response|responses|answer|answers|message|output|summary|code|implementation|solution|codebase|program|script|text)\\b`,
    keywords: [
      "your reply",
      "your replies",
      "your response",
      "your answer",
      "your message",
      "your output",
      "your summary",
      "your code",
      "your implementation",
      "your solution",
      "your codebase",
      "your program",
      "your script",
      "your text",
    ],
  },
];
