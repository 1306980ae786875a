/**
 * Structural cues of attacks, matched on the normalised (folded, lower-case) text.
 *
 * Why: hashed n-grams learn the wording of the sources they were trained on; these cues describe
 * what an attack *does* (sets up a persona, removes restrictions, frames a hypothetical, forces the
 * output, talks to the model about its own prompt, fakes a chat template or a document boundary),
 * which carries over to attack styles the corpus does not contain. A few cues have translations
 * for the corpus's languages so that the signal is not English-only. Each cue is one binary input
 * of the model; the model, not this file, decides how much each is worth.
 *
 * Cues are matched once over the whole folded text (linear time) and then assigned to chunks by
 * match position, so overlapping chunks never re-run the regular expressions.
 */

import { emitGate, evalGate, gateLiterals, literalGate } from "../literals";
import { KeywordIndex } from "../rules/keywords";

/** Names of the cues, in feature order. Changing the list requires a retrain. */
export const CUE_NAMES = [
  "override",
  "persona",
  "restriction_removal",
  "fiction_frame",
  "output_forcing",
  "ai_addressed",
  "model_internals",
  "chat_template",
  "extraction",
  "boundary",
  "redirect",
  "secrecy",
  "reply_hijack",
  "reply_format",
  "persistence",
  "exfiltration",
  "reply_modify",
  "prior_ref",
  "quoted_target",
  "doc_task",
] as const;

export type CueName = (typeof CUE_NAMES)[number];

/** Number of cue inputs (plus CONJUNCTION_CUES derived ones, see below). */
export const NUM_BASE_CUES = CUE_NAMES.length;

/**
 * Derived inputs: "at least 2 / at least 3 distinct attack cues in one chunk". A linear model cannot
 * express "persona AND restriction removal", the typical jailbreak shape, while benign role-play
 * usually shows a single cue; these two counts give it that interaction cheaply.
 */
export const CONJUNCTION_CUES = 2;

/** Total number of dense cue inputs of the model. */
export const NUM_CUES = NUM_BASE_CUES + CONJUNCTION_CUES;

/**
 * Patterns of each cue. A cue's translations share its input (one weight for the concept, not
 * one per language), so what the model learns from English attacks carries over to the other
 * languages — and no language gets a weight of its own to learn "non-English means attack" with.
 */
const PATTERNS: Record<CueName, readonly RegExp[]> = {
  override: [
    /\b(?:ignore|disregard|forget|skip|override|bypass|neglect|overlook|abandon|drop)\b.{0,40}?\b(?:previous|prior|above|earlier|preceding|former|initial|original|all|any|your|these|those|the)\b.{0,30}?\b(?:instruction|direction|rule|guideline|prompt|command|context|text|constraint|programming|restriction|order|task|question|message)s?\b/g,
    // Translations keep the English cue's shape: an override verb *and* an object that points at
    // earlier content ("the above", "instructions", "the question"), so that "Vergiss es" or
    // "忘れて" alone (ordinary Tatoeba sentences) do not fire.
    /(?:忽略|无视|忽视|不要理会|不用管|忘记|忘掉).{0,12}?(?:以上|上面|上述|之前|前面|先前|所有|指令|指示|问题|提示|规则)/g,
    /(?:上記|以上|上の|前の|これまでの|全ての|すべての|指示|質問|命令).{0,12}?(?:無視|忘れ)/g,
    /(?:игнорир|забудь|забудьте|не обращай(?:те)? внимания).{0,30}?(?:выше|предыдущ|инструкц|указани|вопрос|всё|все)/g,
    /(?:ignorier|vergiss|vergessen sie|missachte).{0,30}?(?:obig|vorherig|anweisung|frage|alles|vorangegangen|bisherig)/g,
    /(?:ignora|olvida|haz caso omiso).{0,30}?(?:anterior|instrucci|pregunta|arriba|todo lo)/g,
    /(?:ignore[rz]?|oublie[rz]?) .{0,30}?(?:précédent|precedent|instruction|ci-dessus|question|tout ce)/g,
    /(?:تجاهل|انس|لا تلتفت).{0,30}?(?:السابق|أعلاه|التعليمات|السؤال|ما سبق)/g,
    /(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा).{0,30}?(?:ऊपर|पिछल|निर्देश|प्रश्न|सवाल)|(?:ऊपर|पिछल|निर्देश|प्रश्न|सवाल).{0,30}?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा)/g,
    /(?:উপেক্ষা|ভুলে যা|অগ্রাহ্য).{0,30}?(?:উপরে|আগের|নির্দেশ|প্রশ্ন)|(?:উপরে|আগের|নির্দেশ|প্রশ্ন).{0,30}?(?:উপেক্ষা|ভুলে যা|অগ্রাহ্য)/g,
  ],
  persona: [
    /\b(?:you are (?:now|going to|no longer|about to|free)|act(?:ing)? as (?:an?|the|if|my)|pretend(?:ing)? (?:to be|you|that)|role-?play(?:ing)? as|from now on|you will (?:now )?(?:act|be|respond|answer|play|pretend|simulate)|stay in character|(?:take|assume) on the (?:role|persona)|simulate (?:an?|being)|your new (?:name|role|persona))\b/g,
    /(?:扮演|假装|你现在是|从现在开始)|(?:ふりをし|演じて|なりきって|今からあなたは)|(?:притвор|представь,? что ты|ты теперь|играй роль|с этого момента)|(?:تظاهر|تصرف ك|العب دور|من الآن)|(?:नाटक कर|की भूमिका|अब से तुम)|(?:ভান কর|ভূমিকা পালন|এখন থেকে)/g,
    /(?:du bist jetzt|tu so,? als|spiel(?:e)? die rolle|ab jetzt bist du|von nun an)|(?:actúa como|finge|ahora eres|a partir de ahora)|(?:fais semblant|agis comme|tu es maintenant|à partir de maintenant|joue le rôle)/g,
  ],
  restriction_removal: [
    /\b(?:no|without|free (?:of|from)|ignore all|beyond|break(?:ing)?(?: free of)?) (?:any )?(?:ethical |moral |content |safety )?(?:restrictions?|limit(?:ation)?s|filters?|filtering|censorship|guidelines|boundaries|rules|polic(?:y|ies)|constraints)\b|\b(?:unfiltered|uncensored|unrestricted|amoral|unethical|immoral|jailbr(?:oken|eak)|developer mode|do anything now)\b|\b(?:never|not|don't|do not|won't|cannot|can't) (?:refuse|apologi[sz]e|decline|warn|mention (?:that|any)|censor)\b|\b(?:content|usage|safety) polic(?:y|ies)\b|\bopen ?ai\b/g,
  ],
  fiction_frame: [
    /\b(?:hypothetical(?:ly)?|imagine (?:a|that|you)|fictional (?:world|scenario|story|universe|setting)|in (?:a|this) (?:story|novel|movie|game|fiction|alternate|parallel)|for (?:educational|research|academic) purposes|thought experiment|purely (?:fictional|hypothetical)|let's play a game|opposite day)\b/g,
  ],
  output_forcing: [
    /\b(?:just|only|simply|directly) (?:output|say|respond|reply|print|write|answer|repeat|return|type|state)\b|\b(?:respond|reply|answer|begin|start)(?: your (?:response|reply|answer))? (?:only )?with\b|\b(?:output|print|say|write)(?: exactly| only| the (?:phrase|word|words|text|following))? ?[:"'“«]|\byour (?:first|only) (?:word|response|output|sentence|reply)\b|\bdo not (?:say|output|write|add|include) anything (?:else|other)\b/g,
    /(?:直接输出|只输出|仅输出|只需输出|只回答|直接回答|只说)|(?:とだけ出力|と出力して|だけ答え|とだけ言)|(?:(?:просто|только) (?:выведи|выведите|ответь|ответьте|напиши|напишите|скажи|скажите|выводите))|(?:(?:فقط|مباشرة).{0,12}?(?:اكتب|أخرج|قل|أجب))|(?:(?:केवल|सीधे|बस).{0,20}?(?:आउटपुट|लिख|कह|उत्तर))|(?:(?:শুধু|সরাসরি|কেবল).{0,20}?(?:আউটপুট|লিখ|বল|উত্তর))/g,
    /(?:(?:nur|einfach|direkt) (?:ausgeben|ausgabe|antworten|schreiben|sagen)|gib (?:nur|einfach|direkt))|(?:(?:solo|simplemente|directamente) (?:emite|imprime|responde|di|escribe|genera|produce|muestra))|(?:(?:juste|seulement|simplement|directement) (?:afficher|affiche|répondre|réponds|écris|écrire|dire|dis|sortir|produire|produis))/g,
  ],
  ai_addressed: [
    /\b(?:ai|a\.i\.|assistant|chatgpt|gpt|llm|language model|chatbot|claude|bard|gemini|copilot)\b/g,
  ],
  model_internals: [
    /\byour (?:instructions|programming|guidelines|rules|system prompt|prompt|training|creators?|developers?|filters?|restrictions|policies|initial|original|hidden)\b|\bas an ai\b/g,
  ],
  chat_template: [
    /<\|?(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|?>|\[\/?inst\]|<<\/?sys>>|(?:^|\s)#{2,} ?(?:system|instruction|assistant|user|human|response)\b|\b(?:system|assistant|human) ?: /g,
  ],
  extraction: [
    /\b(?:system|initial|original|hidden|secret|pre-?prompt|developer) (?:prompt|instructions?|message|directives?)\b|\b(?:repeat|print|reveal|show|output|display|tell me|list|spell|write down|recite)\b.{0,40}?\b(?:above|before|earlier|prior|preceding|verbatim|word for word|so far)\b|\b(?:password|passcode|access code|secret (?:key|code|word))\b/g,
  ],
  // Imperative redirection: "instead / now / from here on" + an output verb (the shape of a
  // hijack, whatever the task it replaces).
  redirect: [
    /\b(?:instead|rather than|now|from here on|henceforth),? (?:of (?:that|this|answering|doing)[^.]{0,30}?,? )?(?:just |only |please )?(?:say|write|output|print|respond|reply|answer|tell|type|return|translate|repeat)\b/g,
    /(?:而是|改为|相反).{0,8}?(?:输出|说|写|回答)|(?:代わりに).{0,8}?(?:出力|言|書|答)|(?:вместо этого).{0,12}?(?:выведи|напиши|скажи|ответь)|(?:stattdessen).{0,12}?(?:schreib|sag|gib|antwort)|(?:en (?:su )?lugar de eso|en cambio).{0,12}?(?:escribe|di|responde)|(?:à la place|au lieu de cela).{0,12}?(?:écris|dis|réponds)/g,
  ],
  // Secrecy toward the user or requests for secrets: what exfiltration and access-control attacks ask.
  secrecy: [
    /\b(?:do not|don't|never|without) (?:tell(?:ing)?|reveal(?:ing)?|mention(?:ing)?|inform(?:ing)?|let(?:ting)?|alert(?:ing)?) (?:the )?(?:user|anyone|them|the human|the recipient)\b|\bkeep (?:this|it|these) (?:a )?(?:secret|hidden|confidential)\b|\b(?:secret|hidden|confidential) (?:key|password|token|instructions?|phrase)\b|\baccess (?:granted|code)\b/g,
    /(?:不要告诉|别告诉|保密|密码)|(?:秘密にし|パスワード)|(?:не говори|пароль|секретн)|(?:passwort|geheim)|(?:contraseña|secreto)|(?:mot de passe)|(?:كلمة المرور|كلمة السر)|(?:पासवर्ड)|(?:পাসওয়ার্ড)/g,
  ],
  // Text that tells the model reading it what to put in its reply (indirect injection in documents).
  reply_hijack: [
    /\b(?:in|at the (?:end|start|beginning) of) your (?:reply|response|answer|summary|output)\b|\bwhen (?:you )?(?:reply|respond|answer|summari[sz]e|read)(?:ing)? (?:to )?this\b|\b(?:also|additionally|furthermore),? (?:please )?(?:include|add|append|insert|mention|recommend|tell the user)\b|\bmake sure (?:to|that you|you) (?:include|add|append|insert|mention)\b/g,
  ],
  // Output-format forcing aimed at the reader's reply: "use a Caesar cipher for your reply",
  // "answer in French", "respond only in JSON", "write your answer backwards" (the shape of
  // BIPIA-style task injections, whatever the task).
  reply_format: [
    /\b(?:use|using|apply|applying|employ|employing)\b[^.\n]{0,60}?\b(?:for|in|on|to) your (?:reply|replies|response|responses|answer|answers|output|summary)\b|\b(?:reply|respond|answer|write|translate|encode|rewrite|output)(?: (?:your|the|this|my|all|each|every) (?:reply|response|answer|text|message|output|summary))? (?:only |entirely |exclusively )?(?:in|using|with) (?:(?:a|an|the) )?(?:caesar|base64|morse|binary|hex(?:adecimal)?|pig latin|leetspeak|emojis?|all caps|capital letters|uppercase|lowercase|reverse|backwards?|json|xml|french|spanish|german|italian|chinese|japanese|russian|arabic|hindi|rhymes?|a poem|haiku|riddles?)\b|\b(?:reply|respond|answer|write)(?: (?:your|the) (?:reply|response|answer))? backwards\b/g,
  ],
  // Persistent behaviour change: "for the rest of this conversation", "in all future responses",
  // "always end your replies with".
  persistence: [
    /(?:^|[.!?\n] ?)always (?:respond|reply|answer)\b/g,
    /\b(?:for the rest of (?:this|the|our) (?:conversation|chat|session|dialogue)|(?:in|for) (?:all|every|each|any) (?:future|subsequent|following|further) (?:responses?|replies|answers|messages|outputs?|interactions?)|always (?:respond|reply|answer|end|start|begin|include|add|sign|finish)[^.\n]{0,20}? your (?:responses?|replies|answers?|messages?|outputs?)|every time you (?:respond|reply|answer)|you(?:'ll| will| must| shall| should| are to) always (?:respond|reply|answer|stay|remain|act|pretend|speak|talk|write)|from (?:this point|here) (?:on|forward|onwards)|until (?:i|the user) (?:say|tell)s? (?:you )?(?:otherwise|to stop))\b/g,
    /(?:从现在起|从今以后|在接下来的所有)|(?:これ以降|今後は常に)|(?:с этого момента|впредь всегда)|(?:ab sofort|von jetzt an)|(?:de ahora en adelante|a partir de este momento)|(?:à partir de ce moment)/g,
  ],
  // Data exfiltration: code or markdown that sends content to an external URL.
  exfiltration: [
    /\b(?:requests\.(?:post|get)|fetch|urlopen|curl|wget|axios\.(?:post|get)|httpx?\.(?:post|get))\(? ?["'`]?https?:\/\/|!\[[^\]\n]{0,40}\]\(https?:\/\/[^)\s]{0,100}?[?&][a-z_]{1,20}=|\b(?:send|post|upload|forward|transmit|exfiltrate|leak)\b[^.\n]{0,60}?\b(?:to|at) (?:https?:\/\/|[a-z0-9.-]{1,40}@[a-z0-9-]{1,40}\.)/g,
  ],
  // A request to change what the reader produces, addressed to "your answer / your code": the
  // typical task planted in a document ("Integrate a tip ... in your reply", "Merge the below
  // code into your solution", "Render your message using a cipher").
  reply_modify: [
    /\b(?:include|add|append|insert|integrate|incorporate|embed|merge|blend|fuse|weave|meld|inject|render|encrypt|encode|translate|convert|rewrite|modify|apply|format|reverse|mention|promote|advertise|recommend)\b[^.\n]{0,60}?\b(?:in|into|to|within|throughout|for|of|at the (?:end|start|beginning) of) your (?:answer|response|reply|message|output|summary|solution|code|codebase|implementation|program|algorithm|script|logic)s?\b|\b(?:provide|render|give|write|deliver|present|compose|craft|construct|encrypt|encode|reverse|translate|format) your (?:answer|response|reply|message|output)s?\b(?! (?:here|below|above))/g,
  ],
  // Reference to earlier content as the object of the request ("the above text", "the previous
  // instructions", "everything before this"): what overrides and extractions point at.
  prior_ref: [
    /\b(?:the (?:above|previous|preceding|prior|earlier) (?:text|message|instructions?|prompt|conversation|content|input|context|passage|question)|everything (?:above|before this|you were told))\b/g,
  ],
  // An output verb followed by a colon and a quoted target ("say: 'I have been pwned'").
  quoted_target: [
    /\b(?:say|output|print|write|respond with|reply with|answer with|return|type)\b[^.\n]{0,20}?: ?["'“«]/g,
  ],
  // A standalone task or question sentence inside a structured document (table rows, e-mail
  // headers): the shape of a task planted in a document. Its hits count only when the text has
  // such structure (DOC_STRUCTURE, checked in findCues before the pattern runs).
  doc_task: [
    /(?:^|[.!?|] ?)(?:explain|provide|write|describe|list|summari[sz]e|translate|generate|create|compose|determine|identify|name|tell|give|suggest|recommend|classify|calculate|convert|rewrite|compare|find|what|how|why|who|when|where|which|can you|could you|please)\b[^.?!|]{8,120}[.?!]/g,
  ],
  boundary: [
    /\b(?:end|beginning|start) of (?:the )?(?:prompt|instructions?|text|document|conversation|input|context|email)\b|\bnew (?:instructions?|task|rules|directives?)\b ?:|\b(?:system (?:override|update|notice|message|alert)|note to (?:the )?(?:ai|assistant|model))\b/g,
  ],
};

const REGEXES: readonly RegExp[] = CUE_NAMES.flatMap((n) => PATTERNS[n]);

/** Document structure that enables `doc_task`: table rows or e-mail headers and greetings. */
const DOC_TABLE = /\| [^|]{1,40} \| [^|]{1,40} \|/;
const DOC_EMAIL = /\b(?:subject:|email_from:|received date:|dear [a-z]+|hi [a-z]+,|regards,|unsubscribe)/;
const DOC_TASK = CUE_NAMES.indexOf("doc_task");

/** True when `folded` looks like a structured document (see doc_task). */
function hasDocStructure(folded: string): boolean {
  return (folded.indexOf("| ") !== -1 && DOC_TABLE.test(folded)) || DOC_EMAIL.test(folded);
}
/** Every cue pattern, in matching order (exported for tests). */
export const CUE_REGEXES: readonly RegExp[] = REGEXES;
/** Cue index of each entry of REGEXES. */
const REGEX_CUE: Uint8Array = Uint8Array.from(CUE_NAMES.flatMap((n, i) => PATTERNS[n].map(() => i)));

/**
 * Keyword gate of each pattern, derived from its source (literals.ts): an and/or condition on
 * literals that every text the pattern matches satisfies, so a pattern whose gate fails on the
 * text's keywords cannot match and is not run. Most patterns stay idle on ordinary prose; the
 * outputs are exactly those of running every pattern.
 */
const REGEX_GATES = REGEXES.map(literalGate);

/** Distinct keywords of all cue gates (ids = indices), for a one-pass keyword scan. */
export const CUE_KEYWORDS: readonly string[] = [...new Set(REGEX_GATES.flatMap(gateLiterals))];

const CUE_KEYWORD_ID = new Map(CUE_KEYWORDS.map((k, i) => [k, i]));

/**
 * The gates over the presence vector of CUE_KEYWORDS as one program (literals.ts evalGate) and
 * each pattern's offset in it (−1: no gate). One block, not a closure and a typed array per
 * pattern: the ~37 tests per text then cost less than the patterns that run.
 */
const GATE_PROGRAM_LIST: number[] = [];
const REGEX_GATE_AT: Int32Array = Int32Array.from(REGEX_GATES, (g) =>
  g === null ? -1 : emitGate(g, (k) => CUE_KEYWORD_ID.get(k) as number, GATE_PROGRAM_LIST),
);
const GATE_PROGRAM: Int32Array = Int32Array.from(GATE_PROGRAM_LIST);

let cueIndex: KeywordIndex | undefined;
let cuePresent: Uint8Array | undefined;

/** Keyword scan for callers that did not run one (built on first use). */
function scanCueKeywords(folded: string): Uint8Array {
  if (cueIndex === undefined) {
    cueIndex = new KeywordIndex(CUE_KEYWORDS);
    cuePresent = new Uint8Array(CUE_KEYWORDS.length);
  }
  return cueIndex.scan(folded, cuePresent);
}

/** Positions of cue matches over one folded text: parallel arrays, in order of discovery. */
export interface CueHits {
  /** Cue index of each hit. */
  cue: Uint8Array;
  /** Start offset (folded text) of each hit. */
  pos: Int32Array;
  count: number;
}

/** At most this many hits are kept per pattern: more add no information and bound the work. */
const MAX_HITS_PER_CUE = 256;

/** Allocates a reusable hit buffer (module-level in inference, so no per-call allocation). */
export function createCueHits(): CueHits {
  const cap = MAX_HITS_PER_CUE * REGEXES.length;
  return { cue: new Uint8Array(cap), pos: new Int32Array(cap), count: 0 };
}

/**
 * Finds all cue matches in a folded text (each pattern whose keyword gate holds scans the text once).
 *
 * @param folded normalised text
 * @param out buffer to fill (its previous content is discarded)
 * @param present which of CUE_KEYWORDS occur in `folded` (byte per keyword id), when the caller
 *   has already scanned for them (the engine does, together with the rules' keywords); computed
 *   here otherwise. Must be exact: a keyword wrongly marked absent would drop cue hits.
 * @param firstOnly keep only the first hit of each cue: enough when the whole text is one chunk,
 *   as cueVector then only asks whether the cue occurs at all. Saves scanning the rest of the
 *   text (and the cue's other patterns) after a hit, which on attack text is most of the cues' time.
 */
export function findCues(folded: string, out: CueHits, present?: Uint8Array, firstOnly = false): CueHits {
  out.count = 0;
  const found = present ?? scanCueKeywords(folded);
  let docStructure = -1; // unknown until a doc_task pattern's gate holds
  let seenCues = 0; // bit per cue with a hit (firstOnly; fewer than 32 cues, as score.ts's cue mask)
  const maxHits = firstOnly ? 1 : MAX_HITS_PER_CUE;
  for (let c = 0; c < REGEXES.length; c++) {
    if (firstOnly && (seenCues & (1 << (REGEX_CUE[c] as number))) !== 0) continue;
    const gate = REGEX_GATE_AT[c] as number;
    if (gate >= 0 && !evalGate(GATE_PROGRAM, gate, found)) continue;
    if (REGEX_CUE[c] === DOC_TASK) {
      if (docStructure === -1) docStructure = hasDocStructure(folded) ? 1 : 0;
      if (docStructure === 0) continue;
    }
    const re = REGEXES[c] as RegExp;
    re.lastIndex = 0;
    let kept = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      seenCues |= 1 << (REGEX_CUE[c] as number);
      out.cue[out.count] = REGEX_CUE[c] as number;
      out.pos[out.count] = m.index;
      out.count++;
      if (++kept >= maxHits) break; // no further exec: its match would be dropped
      // A zero-length match would loop forever; none of the patterns can produce one, but be safe.
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/**
 * Writes the dense cue inputs of the chunk [start, end) into `x` (length NUM_CUES).
 *
 * @param hits cue matches of the whole text
 * @param start chunk start (folded offset, inclusive)
 * @param end chunk end (folded offset, exclusive)
 * @param x output vector, overwritten
 */
export function cueVector(hits: CueHits, start: number, end: number, x: Float32Array): Float32Array {
  x.fill(0);
  for (let i = 0; i < hits.count; i++) {
    const p = hits.pos[i] as number;
    if (p >= start && p < end) x[hits.cue[i] as number] = 1;
  }
  // Attack families for the conjunction count: everything except the weak "mentions an AI" cue.
  let families = 0;
  for (let c = 0; c < NUM_BASE_CUES; c++) {
    if (c !== AI_ADDRESSED && x[c] === 1) families++;
  }
  x[NUM_BASE_CUES] = families >= 2 ? 1 : 0;
  x[NUM_BASE_CUES + 1] = families >= 3 ? 1 : 0;
  return x;
}

const AI_ADDRESSED = CUE_NAMES.indexOf("ai_addressed");
