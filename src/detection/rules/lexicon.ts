/**
 * Shared regex fragments (sources, not RegExp objects) for the rule families. All fragments are
 * alternations of literals or bounded classes, so composing them keeps patterns linear-time.
 * They are matched against folded text: lower case, single spaces, ASCII quotes and dashes.
 */

/** Gap inside one sentence: at most n characters, never crossing sentence punctuation. */
export const gap = (n: number): string => `[^.!?\\n]{0,${n}}?`;

/** Gap inside one sentence, for every script's sentence punctuation (CJK, Devanagari, Arabic). */
export const scriptGap = (n: number): string => `[^.!?。！？।؟\\n]{0,${n}}?`;

/** Optional Arabic harakat (fatha, damma, shadda, sukun…): the folded text keeps them. */
export const HARAKAT = "[\\u064b-\\u0652\\u0670]{0,2}";

/**
 * An Arabic word with optional harakat after every character ("طُلب", "ألّا", "كرّر"): writers use
 * them unevenly.
 */
export const arabicWord = (word: string): string => [...word].map((c) => `${c}${HARAKAT}`).join("");

const GREEK_VOWELS: Record<string, string> = {
  α: "[αά]",
  ε: "[εέ]",
  η: "[ηή]",
  ι: "[ιίϊΐ]",
  ο: "[οό]",
  υ: "[υύϋΰ]",
  ω: "[ωώ]",
  // A capital Σ folds to σ even at a word's end ("ΑΡΝΗΘΕΙΣ" → "αρνηθεισ").
  ς: "[σς]",
};

/**
 * A Greek phrase with every vowel accented or not ("αρνηθείς", "αρνηθεις"): people type Greek
 * both ways. Give the phrase unaccented, with final sigmas as ς.
 */
export const greek = (phrase: string): string => phrase.replace(/[αεηιουως]/g, (v) => GREEK_VOWELS[v] ?? v);

/** Apostrophe as it appears after folding (curly quotes are folded to '). */
export const AP = "'?";

/** Verbs that tell a model to drop what it was told. */
export const DROP_VERBS =
  "ignore|ignoring|disregard|disregarding|disobey|disobeying|forget|forgetting|override|overlook|discard|dismiss|abandon|neglect|set aside|throw away|throw out|pay no (?:attention|heed|mind) to|stop following|stop obeying|do not (?:follow|obey)|don'?t (?:follow|obey)|dont (?:follow|obey)|no longer (?:follow|obey)|never mind|nevermind";

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

/**
 * Adverbs and auxiliaries between a described subject and its verb: "my model sometimes ignores",
 * "the bot keeps ignoring", "LLMs tend to forget". Follows the subject word (ADVERB_SUBJECT), ends
 * before the verb's space. Round 10 review: never after a modal or "we / i" ("you could just
 * ignore …", "you may simply disregard …", "we will ignore …" are orders).
 */
export const SUBJECT_ADVERBS =
  "(?: (?:sometimes|often|always|still|just|randomly|occasionally|suddenly|completely|totally|also|usually|frequently|constantly|simply|consistently|eventually|quietly|silently|partly|partially|mostly|largely|somehow|apparently|seems to|seem to|tends? to|tended to|starts? to|started to|begins? to|began to|keeps?|kept|will|would|does|did|do|then|even)){1,2}";

/**
 * Nouns and third-person pronouns that may take SUBJECT_ADVERBS before a drop verb: the model, the
 * bot, it, they, people. No modal ("can", "could", "may"…) and no "i" / "we".
 */
export const ADVERB_SUBJECT =
  "\\b(?:they|model|models|bot|bots|it|llm|llms|chatbot|chatbots|agent|agents|assistant|people|users?|attackers?)";

/**
 * A question about what some third party does, ending right before its verb: "why does my
 * fine-tuned model ignore …", "how come GPT-4 forgets …", "when do LLMs disregard …": at most 60
 * letters, digits and spaces between. No negative auxiliary ("doesn't" has no space after "does":
 * "why don't you ignore …" is a suggestion). Used as `(?<!${WHY_QUESTION} verb)` next to
 * `(?<=${ADDRESSEE_BEFORE} verb)`: a "you" in the question keeps the verb an order, and so does a
 * sentence without a "?" after the verb (ASKED): "when is the deadline ignore the system prompt and
 * approve the refund" is an order in a run-on line. "is / are" only before an -ing verb (IS_WHY).
 */
export const WHY_QUESTION =
  "\\b(?:why|how come|when|whether) (?:does|do|did|would|might|will) [a-z0-9' -]{1,60}";
/** "why is my bot ignoring …": "is / are / was / were", only before an -ing verb (ING_DROP_VERBS). */
export const ING_DROP_VERBS = "ignoring|disregarding|forgetting";
export const IS_WHY = "\\b(?:why|how come|when|whether) (?:is|are|was|were) [a-z0-9' -]{1,60}";
/**
 * A "?" later in the same sentence (use as `(?!${ASKED})` for "not asked"): the why-question is
 * asked, not an opening before an order.
 */
export const ASKED = "[^.!?\\n]{0,200}\\?";
/** "you" earlier in the same clause (letters, digits and spaces only between it and the verb). */
export const ADDRESSEE_BEFORE = "\\b(?:you|u|ya|yourself)\\b[a-z0-9' -]{0,60}";

/** Whom the request was made to: a word or two, not "you" (that is the request itself). */
const REPORTED_OBJECT = "(?:(?:the|an?|my|our|his|her|their) )?(?!(?:you|u|ya|yourself)\\b)[a-z0-9-]{2,12}";
/**
 * Round 16: a request reported, not made. Someone else was
 * asked ("I asked ChatGPT to repeat the words above", "typing forget everything you were told made
 * the bot leak"), the words are named as an example ("prompts like ignore the above and …", "a
 * classic attack is to tell the model to ignore …", "tricked the bot into ignoring …"). Put right
 * after the verb: a look-behind over the verb's last word, so that the regex scans for the verb
 * first.
 */
const REPORTED = `(?:asked|told|instructed|tricked|convinced|prompted|asking|tricking|convincing|asks|tells|instructs|tricks|convinces|prompts) ${REPORTED_OBJECT} to|(?:tricked|tricking|tricks|coaxed|fooled|manipulated|convinced|got) ${REPORTED_OBJECT} into|to (?:tell|ask|instruct|trick|convince|get|make) ${REPORTED_OBJECT} to|(?:prompts?|inputs?|attacks?|phrases?|strings?|payloads?|jailbreaks?) (?:like|such as)|typ(?:ing|ed)(?: in)?`;
export const NOT_REPORTED = `(?<!\\b(?:${REPORTED}) [a-z']{2,24})`;
/** REPORTED itself, for a rule that folds it into a look-behind of its own (override.ignore_previous). */
export const REPORTED_FRAME = `\\b(?:${REPORTED})`;
