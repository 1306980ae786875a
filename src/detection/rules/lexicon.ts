/**
 * Shared regex fragments (sources, not RegExp objects) for the rule families. All fragments are
 * alternations of literals or bounded classes, so composing them keeps patterns linear-time.
 * They are matched against folded text: lower case, single spaces, ASCII quotes and dashes.
 */

/** Gap inside one sentence: at most n characters, never crossing sentence punctuation. */
export const gap = (n: number): string => `[^.!?\\n]{0,${n}}?`;

/** Apostrophe as it appears after folding (curly quotes are folded to '). */
export const AP = "'?";

/** Verbs that tell a model to drop what it was told. */
export const DROP_VERBS =
  "ignore|ignoring|disregard|disregarding|forget|forgetting|override|overlook|discard|dismiss|abandon|neglect|set aside|throw away|throw out|pay no (?:attention|heed|mind) to|stop following|stop obeying|do not (?:follow|obey)|don'?t (?:follow|obey)|dont (?:follow|obey)|no longer (?:follow|obey)|never mind|nevermind";

/** Qualifiers that point at what came before in the context window. */
export const EARLIER =
  "previous|previously|prior|above|earlier|preceding|foregoing|initial|original|system|developer|given|aforementioned|above-mentioned|all (?:other|your|the)|any (?:other|previous|prior)|everything (?:above|before|else)";

/** Nouns for instructions/configuration (strong: dropping these is what injections do). */
export const INSTRUCTION_NOUNS =
  "instructions?|instructs|directives?|directions|prompts?|commands?|rules?|guidelines?|guidance|programming|training|constraints?|restrictions?|orders?|system message|safeguards";

/** Weaker nouns: users also drop their own earlier messages ("ignore the previous message"). */
export const CONTEXT_NOUNS =
  "context|messages?|text|inputs?|content|tasks?|requests?|questions?|conversation|reminders?|problems?|information|words|sentences?|statements?|directive|assignment|queries|query|request";

/** Words naming an AI system (used by persona, indirect and extraction rules). */
export const AI_NOUNS =
  "ai|a\\.i\\.|llm|llms|language model|large language model|assistant|ai assistant|chatbot|chat bot|bot|gpt|chatgpt|model|agent|ai agent|copilot|claude|gemini|bard|bing|system";

/** Verbs that ask for text to be reproduced verbatim. */
export const LEAK_VERBS =
  "repeat|print|reveal|show|display|output|dump|leak|disclose|expose|recite|echo|spell out|write out|write down|copy|paste|quote|transcribe|list|return|reproduce|regurgitate|type out|tell me|give me|share|provide|send me|what (?:are|were|is|was)";
