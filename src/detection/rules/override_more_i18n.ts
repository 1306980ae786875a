/**
 * Round 15, "ignore all previous instructions" in the languages override_i18n.ts did not cover.
 * Probes written for this round found the most common attack there is unflagged in Swedish,
 * Danish, Norwegian, Finnish, Czech, Slovak, Hungarian, Romanian, Croatian / Serbian, Greek,
 * Swahili, Thai and Hebrew ("Ignorera alla tidigare instruktioner", "Ohita kaikki aiemmat ohjeet",
 * "Αγνόησε όλες τις προηγούμενες οδηγίες").
 *
 * Unlike the older languages' rules, which exempt everyday objects one by one ("ignore the previous
 * e-mail"), these need an instructions noun next to the pointer back ("previous instructions",
 * "the rules above"), and exempt the speaker's own ("ignore my previous instructions" corrects
 * one's own request). "Ignore everything above" without the noun is left to the other rules and
 * the classifier.
 *
 * Round 21 widened Greek (typed without accents), Thai and Hebrew (whose keywords lacked the
 * future tense "תתעלם") and added Tagalog and Urdu, probes for which the engine missed
 * (data/rules-dev/classic_th_el_tl.jsonl, classic_fa_he_ur.jsonl).
 */
import { greek, latin, latinKeywords } from "./lexicon";
import { G, GS, notOwn } from "./override_i18n";
import type { RuleDef } from "./rule";

/** One language's "ignore all previous instructions" (see ignorePreviousRules). */
export interface LangSpec {
  lang: string;
  name: string;
  /** Drop verbs (imperatives); the keywords are their literal stems. */
  verb: string;
  pointer: string;
  noun: string;
  /** The speaker's own words ("my", "what I said"): between the verb and the noun they exempt the match. */
  own: string;
  keywords: string[];
  /** What may not follow the verb (default: a Latin letter: "ohitan" is "I skip", not "skip"). */
  verbEnd?: string;
  /** Languages whose verb may also come last ("a korábbi utasításokat hagyd figyelmen kívül"). */
  verbLast?: boolean;
  /**
   * What may not stand right before the verb, besides the shared negations: a negation or a subject
   * ("no olvides", "si el cliente ignora"). Checked by a look-behind over the verb, after it, so
   * that the regex scans for the verb first.
   */
  notBefore?: string;
  /** "Everything" words that stand for the instructions before the pointer back ("olvida todo lo anterior"). */
  everything?: string;
  /**
   * A look-ahead after the instructions: what may not follow them in the clause (a negation at its
   * end: "vergeet … niet."), or, for Tagalog and Urdu (round 21), what must (an order for the
   * reader's output: a notice that the rules changed has none).
   */
  notLater?: string;
  /** Objects that count without a pointer back ("abaikan semua instruksi"). */
  bare?: string;
  /**
   * The task rather than the instructions ("ignore la pregunta anterior"): counts only with an
   * order for the output after it ("… y simplemente emita: …"), as goal hijacks do; a user
   * dropping their own earlier question goes on otherwise. `pointer`: the pointer back without
   * the exemptions for other objects ("el mensaje anterior" is the object here).
   */
  task?: { noun: string; order: string; pointer: string };
  /**
   * A notice scoping the instructions to a topic ("ignorez les consignes précédentes concernant le
   * parking"), or the speaker's own after the noun ("las instrucciones que te di"): exempt unless
   * the topic is the reader (AI words: `ai`) or an order to the model follows (`orderAfter`).
   */
  scope?: { topic: string; own?: string; ai: string; orderAfter: string };
}

/** Latin-script letters, for word ends after non-ASCII letters (`\b` is ASCII-only here). */
export const L = "[a-zà-öø-ÿāăąćčďđēėęěğīįıķĺľłńņňőœŕřśşšţťūůűųźżž]";

const SPECS: LangSpec[] = [
  {
    lang: "sv",
    name: "Swedish",
    verb: `\\b(?:${latin("ignorera|glöm|strunta i|skit i|bortse från|bry dig inte om")})`,
    pointer: `(?:${latin("tidigare|ovanstående|föregående|ovan|hittillsvarande|innan detta meddelande|före detta meddelande|innan(?= ?[.,!;]| och|$)")})`,
    // Round 22: "glöm allt du fått höra tidigare", "bortse från allt som sagts innan detta meddelande";
    // not a bare "allt" ("bortse från allt ovan, jag klistrade in fel dokument").
    everything: `\\b(?:${latin("allt,? (?:du (?:har )?fått (?:höra|veta)|som (?:har )?sagts(?: till dig)?)")})`,
    noun: `(?:instruktion(?:er|erna|en)?|anvisning(?:ar|arna|en)?|regl(?:er|erna)|direktiv(?:en)?|kommandon(?:a)?|prompt(?:en)?)(?!${L})`,
    own: `\\b(?:min|mitt|mina|jag)(?!${L})`,
    // Round 22: "Glöm de tidigare instruktionerna för ugnen, …" is a corrected recipe.
    scope: {
      topic: latin("(?:för|till|om|angående|gällande|kring)"),
      ai: latin(
        "ai|assistent(?:en)?|utvecklar[a-z]{0,4}|modell(?:en)?|bot(?:ten)?|system(?:et)?|säkerhet|hemlig[a-z]{0,3}|lösenord(?:et)?|svar(?:en|et)?|format(?:et)?|språk(?:et)?|ton(?:en)?|stil(?:en)?|begränsning[a-z]{0,4}|filter|filtren|policy|censur|roll(?:en)?|regler(?:na)?|prompt(?:en)?|chatt(?:en)?",
      ),
      orderAfter: latin(
        "säg|berätta|visa|avslöja|skriv ut|du är nu|från och med nu|lösenord(?:et)?|prompt(?:en)?|hemlig[a-z]{0,3}|utan begränsningar|dan",
      ),
    },
    keywords: latinKeywords(
      "ignorera",
      "glöm",
      "glom",
      "strunta i",
      "skit i",
      "bortse från",
      "bortse fran",
      "bry dig inte",
    ),
  },
  {
    lang: "da",
    name: "Danish / Norwegian",
    verb: "\\b(?:ignorer|ignorér|glem|se bort fra|overse)",
    // Round 22: "før" closing the clause ("glem alt hvad du har fået at vide før.")
    pointer:
      "(?:tidligere|ovenstående|foregående|ovenfor|hidtidige|hittil|indtil nu|til nå|før denne (?:besked|meddelelse)|før denne meldingen|før(?= ?[.,!;]|$))",
    everything:
      "\\b(?:alt,? (?:hvad )?(?:du har fået at vide|der er blevet sagt(?: til dig)?)|alt du har fått (?:beskjed om|vite)|alt som er blitt sagt(?: til deg)?)",
    noun: `(?:instruktion(?:er|erne|en)?|instruksjon(?:er|ene|en)?|instruks(?:er|ene|en)?|anvisning(?:er|erne|ene)?|regl(?:er|erne|ene)|retningslinje(?:r|rne|ne)|direktiv(?:er|erne|ene)?|kommandoer(?:ne)?|prompt(?:en)?)(?!${L})`,
    own: `\\b(?:min|mit|mitt|mine|jeg)(?!${L})`,
    // Round 22: "Glem de tidligere instruktioner til ovnen, …" is a corrected recipe.
    scope: {
      topic: "(?:til|for|om|angående|vedrørende)",
      ai: "ai|ki|assistent(?:en)?|udvikler[a-z]{0,4}|utvikler[a-z]{0,4}|model(?:len)?|modell(?:en)?|bot(?:ten)?|system(?:et)?|sikkerhed|sikkerhet|hemmelig[a-z]{0,3}|adgangskode(?:n)?|passord(?:et)?|svar(?:et|ene)?|format(?:et)?|sprog(?:et)?|språk(?:et)?|tone(?:n)?|stil(?:en)?|begrænsning[a-z]{0,4}|begrensning[a-z]{0,4}|filtre(?:ne)?|filter|politik|censur|sensur|rolle(?:n)?|regler(?:ne)?|prompt(?:en)?|chat(?:ten)?",
      orderAfter:
        "sig|fortæl|fortell|si|vis|afslør|avslør|skriv ut|svar|du er nu|du er nå|fra nu af|fra nå av|adgangskode(?:n)?|passord(?:et)?|prompt(?:en)?|hemmelig[a-z]{0,3}|uden begrænsninger|uten begrensninger|dan",
    },
    keywords: ["ignorer", "ignorér", "glem", "se bort fra", "overse"],
  },
  {
    lang: "fi",
    name: "Finnish",
    verb: `(?<![a-zäöå])(?:${latin("ohita|ohittakaa|unohda|unohtakaa|jätä huomiotta|jättäkää huomiotta|älä välitä|sivuuta")})`,
    pointer: "(?:aiemm|aikaisemm|edellis|edellä|yllä|yläpuolell|tähänastis)",
    // Round 22: "unohda kaikki mitä sulle on aiemmin sanottu"
    // Round 22: "unohda kaikki mitä sulle on aiemmin sanottu"; not a headline about a topic ("… aiemmin
    // kerrottu rasvasta", about fat)
    everything: `${latin("(?<![a-zäöå])kaikki,? mitä (?:sulle|sinulle) on")}(?![^.!?\\n]{0,40}?[a-zäöå]{3,20}(?:sta|stä)(?![a-zäöå]))`,
    // Explicit case forms: "ohjeeni" (my instructions) is the speaker's own.
    noun: `${latin("(?:ohjeet|ohjei(?:ta|sta|den|siin|hin|lla)|ohje(?:tta)?|sään(?:nöt|töjä|nöistä)|käsky(?:t|jä)|komenno(?:t|ista)|komentoja|kehote|kehotteet|kehotetta)")}(?!${L})`,
    own: "\\b(?:minun|minä|mä)(?![a-zäö])",
    keywords: latinKeywords(
      "ohita",
      "ohittakaa",
      "unohda",
      "unohtakaa",
      "huomiotta",
      "älä välitä",
      "ala valita",
      "sivuuta",
    ),
  },
  {
    lang: "cs",
    name: "Czech / Slovak",
    verb: `\\b(?:${latin("ignoruj(?:te)?|zapomeň(?:te)?|zabudni(?:te)?|nevšímej si|nevšímaj si|nedbej na|nedbaj na")})`,
    pointer: latin(
      "(?:předchozí|předcházející|predchádzajúc|predošl|dosavadní|doterajš|výše uveden|vyššie uveden|výše|vyššie|předtím)",
    ),
    // Whole words (a scope needs the object to end a word): "instrukce", "inštrukcie", "pokynů".
    noun: `${latin("(?:pokyn(?:y|ů|ech|u|ům)?|inštrukci|instrukc|pravidl(?:a|o|ech|ům)|pravidel|příkaz(?:y|ů|ech)?|príkaz(?:y|ov)?|nařízení|prompt)")}[a-z\\u00e0-\\u017e]{0,4}`,
    // Round 22: "zapomeň všechno, co ti řekli předtím"
    everything: latin(
      "\\b(?:všechno|vše),? co ti (?:řekli|bylo řečeno|napsali|dali|zadali|bylo zadáno|bylo napsáno)",
    ),
    own: `(?<!${L})(?:můj|moje|mé|mého|mých|mou|moji|môj|mojich|mojej)(?!${L})`,
    // Round 22: "zapomeň na ty předchozí instrukce k troubě, …" is a corrected recipe.
    scope: {
      topic: latin("(?:k|ke|pro|ohledně|o|na|týkající se|k tomu)"),
      ai: latin(
        "ai|umělá inteligence|asistent[a-z]{0,3}|vývojář[a-z]{0,3}|bot[a-z]{0,3}|systém[a-z]{0,3}|bezpečnost[a-z]{0,3}|tajn[a-zé]{0,4}|hesl[a-z]{0,3}|odpověd[a-zí]{0,3}|formát[a-z]{0,3}|jazyk[a-z]{0,3}|styl[a-z]{0,3}|omezení|filtr[a-zů]{0,3}|cenzur[a-z]{0,3}|rol[a-ie]{0,3}|pravidl[a-z]{0,3}|prompt[a-z]{0,3}|chat[a-z]{0,3}",
      ),
      orderAfter: latin(
        "řekni|napiš|ukaž|prozraď|odpověz|odpovídej|jsi teď|teď jsi|od teď|místo toho|hesl[a-z]{0,3}|prompt[a-z]{0,3}|tajn[a-zé]{0,4}|bez omezení|dan",
      ),
    },
    keywords: latinKeywords(
      "ignoruj",
      "zapomeň",
      "zapomen",
      "zabudni",
      "nevšíme",
      "nevsime",
      "nevšíma",
      "nevsima",
      "nedbej",
      "nedbaj",
    ),
  },
  {
    lang: "hu",
    name: "Hungarian",
    verb: `\\b(?:${latin("hagyd figyelmen kívül|hagyja figyelmen kívül|hagyjátok figyelmen kívül|felejtsd el|felejts el|felejtse el|ne törődj|ne foglalkozz|ignoráld|ignorálja")})`,
    pointer: `(?:${latin("korábbi|előző|fenti|eddigi|fentebbi|eddig(?= (?:mondtak|mondott|mondtam|kaptál|írtak|közöltek|utasítottak))")})`,
    // Round 22: "felejts el mindent, amit eddig mondtak neked"; not "… amit eddig a fogyókúráról hallottál"
    // nor a headline "… mondtak neked a fogyókúráról" (about dieting)
    everything: "\\bmindent,? amit(?![^.!?\\n]{0,50}?[a-záéíóöőúüű]{3,20}(?:ról|ről)(?![a-záéíóöőúüű]))",
    // Not "-aim / -eim" (my): "a korábbi utasításaimat" corrects one's own request.
    noun: `${latin("(?:utasítás(?:t|ok|okat|okra|okkal|ait|át)?|szabályokkal|szabály(?:t|ok|okat|ait)?|parancs(?:ot|ok|okat)?|irányelv(?:et|ek|eket)?|prompt(?:ot)?)")}(?!${L})`,
    own: `\\b(?:az én|saját)(?!${L})`,
    keywords: latinKeywords(
      "figyelmen kívül",
      "figyelmen kivul",
      "felejtsd el",
      "felejts el",
      "felejtse el",
      "ne törődj",
      "ne torodj",
      "ne foglalkozz",
      "ignoráld",
      "ignorald",
      "ignorálja",
      "ignoralja",
    ),
    verbLast: true,
  },
  {
    lang: "ro",
    name: "Romanian",
    verb: `\\b(?:${latin("ignoră|ignorați|uită|uitați|nu ține cont de|nu țineți cont de|nu lua în seamă|neglijează")})`,
    // "uită-te" and "se uita" are "look": typed without diacritics "uita" is both.
    verbEnd: `(?!${L}|-)`,
    notBefore: "\\b(?:se|te|mă|ma|ne|vă|va) ",
    pointer: `(?:${latin("anterioare|precedente|de mai sus|de până acum|până acum|anterior|înainte")})`,
    // Round 22: "uită tot ce ți s-a spus înainte"
    // not a headline "… înainte despre carbohidrați" (about carbohydrates)
    everything: `${latin("\\btot ce (?:ți s-a spus|ți-au spus|ți s-a dat|ți s-au dat|ai primit)")}(?![^.!?\\n]{0,30}? despre )`,
    noun: `(?:instruc[țţt]iuni(?:le)?|regul(?:i|ile)|comenzi(?:le)?|directive(?:le)?|indica[țţt]ii(?:le)?|prompt(?:ul)?)(?!${L})`,
    own: `\\b(?:mele|meu|mea|mei)(?!${L})`,
    keywords: latinKeywords(
      "ignor",
      "uită",
      "uita",
      "uitați",
      "nu ține",
      "nu tine",
      "nu țineți",
      "nu ţine",
      "nu lua",
      "neglijează",
      "neglijeaza",
    ),
  },
  {
    lang: "hr",
    name: "Croatian / Serbian / Bosnian",
    verb: "\\b(?:ignoriraj(?:te)?|ignoriši(?:te)?|zaboravi(?:te)?|zanemari(?:te)?)|(?:игнориши|игнориј|заборави|занемари)",
    pointer: "(?:prethodn|gore navedene|gornje|dosadašnj|ranije|претходн|горе наведен|досадашњ|раније)",
    noun: "(?:upute|uputa|uputstva|uputstvo|instrukcij|pravila|naredb|smjernic|smernic|упутств|инструкциј|правила|наредб|смерниц)",
    own: `(?<!${L})(?:moj|moje|moja|moju|mojih|mojim|moji)(?!${L})|(?:мој|моје|моја|моју|мојих)`,
    keywords: ["ignoriraj", "ignoriši", "zaboravi", "zanemari", "игнориш", "игнориј", "заборави", "занемари"],
  },
  {
    lang: "el",
    name: "Greek",
    // The singular imperative is also the past tense ("Ο οδηγός αγνόησε τις οδηγίες", the driver
    // ignored): it counts only where a clause starts; the plural imperative anywhere.
    verb: `(?:(?<=^|[.!?;:,·«"'\\n] ?|\\bκαι |\\b${greek("τωρα")} )(?:${greek("αγνοησε|ξεχασε|παραβλεψε")}|αγνόησέ)|${greek("αγνοηστε|ξεχαστε|παραβλεψτε|μην ακολουθεις|μην ακολουθειτε")})`,
    pointer: greek("(?:προηγουμεν|παραπανω|ανωτερω|μεχρι τωρα)"),
    noun: greek("(?:οδηγι|οδηγιων|κανον|εντολ|prompt)"),
    own: "(?:μου|δικές μου|δικά μου)",
    // "Ξέχνα τους προηγούμενους κανόνες για τις αποσκευές": a notice about a topic (not "του δημιουργού σου": an attack)
    notLater: `(?![α-ωά-ώ]{0,4} ${greek("(?:για|σχετικα με)")} )`,
    keywords: [
      "αγνόησ",
      "αγνοησ",
      "αγνοήστε",
      "ξέχασε",
      "ξεχασε",
      "ξεχάστε",
      "ξεχαστε",
      "παράβλεψ",
      "παραβλεψ",
      "μην ακολουθ",
    ],
    verbEnd: "(?![α-ωάέήίόύώϊϋΐΰ])",
  },
  {
    lang: "sw",
    name: "Swahili",
    verb: "\\b(?:puuza|puuzeni|sahau|sahauni|usifuate|msifuate|achana na)",
    pointer:
      "(?:ya awali|za awali|zilizopita|yaliyopita|hapo juu|iliyotangulia|zilizotangulia|yaliyotangulia|za mwanzo|ya mwanzo|za hapo awali|ya hapo awali|kabla(?= ?[.,!;]|$)|awali(?= ?[.,!;]|$))",
    // Round 22: "sahau kila kitu ulichoambiwa kabla."
    everything: "\\bkila kitu (?:ulichoambiwa|ulichopewa|ulichoelezwa|uliloambiwa)",
    noun: "\\b(?:maagizo|maelekezo|sheria|amri|maelezo|kanuni)\\b",
    own: "\\b(?:yangu|zangu|wangu|langu)\\b",
    keywords: ["puuza", "puuzeni", "sahau", "usifuate", "msifuate", "achana na"],
  },
  {
    lang: "th",
    name: "Thai",
    // Not ไม่สนใจ ("not interested"), ลืม ("forget": "forgot the old rules") or เดิม ("old"): everyday words.
    // ลืม ("forget", round 21) is said of boards, worksheets and doctors' advice, and "บอกให้ลืมคำสั่งก่อนหน้า"
    // reports a boss's order: only at the text's or a clause's start, with an order for the output after it
    verb: "(?:เพิกเฉย|ไม่ต้องสนใจ|ละเว้น|ละทิ้ง|ลืม(?<=(?:^|\\s)ลืม)(?=[^\\n]{0,80}?แล้ว ?(?:พิมพ์|ตอบ|บอก|ทำตาม|เขียน|แสดง)))",
    pointer: "(?:ก่อนหน้า|ข้างต้น|ด้านบน|ข้างบน|ที่ผ่านมา)",
    // Not a purchase order or a booking ("คำสั่งซื้อข้างบน", the order above).
    noun: "(?:คำสั่ง(?!ซื้อ|จอง)|คำแนะนำ|กฎ|ข้อกำหนด|ข้อบังคับ)",
    own: "(?:ของฉัน|ของผม|ของเรา|ที่ฉัน|ที่ผม)",
    keywords: ["เพิกเฉย", "ไม่ต้องสนใจ", "ละเว้น", "ละทิ้ง", "ลืม"],
    // "ครูบอกว่า ลืมกฎข้างบน" reports an order; "ลืมคำแนะนำก่อนหน้าของหมอไปหมดเลย" is "forgot"
    notBefore: "ว่า ?|บอก ?|เปลี่ยนใจ[^\\n]{0,20}",
    notLater: "(?!ของ(?!คุณ))(?![^\\n]{0,20}?ไป(?:หมด|แล้ว))",
    verbEnd: "", // Thai has no spaces between words
  },
  {
    lang: "he",
    name: "Hebrew",
    verb: "(?<![א-ת])(?:התעלם|תתעלם|התעלמי|התעלמו|שכח|תשכח|שכחי|שכחו|אל תקשיב|אל תציית)",
    pointer: "(?:הקודמות|הקודמים|הקודם|הקודמת|לעיל|שלמעלה|מלמעלה)",
    noun: "(?:הוראות|ההוראות|הנחיות|ההנחיות|כללים|הכללים|פקודות|הפקודות)",
    own: "(?:שלי|שכתבתי|ששלחתי|שאמרתי|שנתתי)",
    // "תעלם" is in both "התעלם" and "תתעלם"; "התעלמי" has a non-final mem
    keywords: ["תעלם", "התעלמ", "שכח", "תשכח", "אל תקשיב", "אל תציית"],
    verbEnd: "(?![א-ת])", // "שכחתי" is "I forgot"
  },
  {
    lang: "tl",
    name: "Tagalog",
    verb: "\\b(?:kalimutan|balewalain|(?:huwag|wag) (?:mo |mong |nyo |ninyo )?(?:nang |na )?(?:pansinin|sundin)|i-?ignore)",
    pointer: "\\b(?:naunang|nauna|nakaraang|nakaraan|nasa itaas|sa itaas|previous)\\b",
    noun: "\\b(?:instructions?|utos|mga utos|tagubilin|patakaran|rules|panuto)\\b",
    // "kalimutan ko daw yung previous instructions niya" reports one's own or a boss's
    own: "\\b(?:ko|kong|namin|niya|nila)\\b",
    // "… naunang patakaran ng barangay", "… previous instructions sa email kahapon": someone else's
    // notice; a notice of changed rules ("may bagong memo") has no order for the reader's output after it
    notLater:
      "(?! (?:ng|sa) (?!(?:ai|bot|system|chatbot)\\b))(?=[^\\n]{0,100}?(?:\\b(?:sabihin|isulat|isagot|isasagot|ibigay|ipakita|sumulat|gumawa|i-?type|i-?print|ako lang|sundin mo ako)\\b|[\"']))",
    keywords: ["kalimutan", "balewalain", "pansinin", "sundin", "ignore"],
  },
  {
    lang: "ur",
    name: "Urdu",
    // Verb last in Urdu ("پچھلی تمام ہدایات کو نظرانداز کرو"), first in romanised orders too.
    verb: "(?:نظر ?انداز (?:کرو|کریں|کر دو|کر دیں)|بھول (?:جاؤ|جائیں)|\\b(?:ignore|bhool) (?:karo|kar do|jao))",
    // the speaker's own before the pointer in the verb-last form ("میری پچھلی ہدایات کو نظرانداز کرو")
    pointer:
      "(?:(?:پچھلی|پچھلے)(?<!(?:میری|میرے) (?:پچھلی|پچھلے))|سابقہ|اوپر (?:دی گئی|والی|والے|لکھی)|\\b(?:pichli|pichle|pehle wale|pehle ki|upar wali)\\b)",
    noun: "(?:ہدایات|ہدایت|احکامات|اصولوں|اصول|قواعد|\\b(?:instructions|rules|hidayat)\\b)",
    own: "(?:میری|میرے|\\b(?:meri|mere)\\b)",
    // a notice ("… امتحان اب پیر کو ہوگا") has no order for the reader's output after it
    notLater:
      "(?=[^\\n]{0,100}?(?:لکھو|بتاؤ|دکھاؤ|کہو|میری بات|مجھے|\\b(?:likho|batao|dikhao|meri baat|mujhe)\\b|[\"'“]))",
    keywords: ["نظرانداز", "نظر انداز", "بھول", "ignore", "bhool"],
    verbEnd: "",
    verbLast: true,
  },
];

/**
 * A negated order ("don't forget the previous instructions", round 15 review): a negation right
 * before the verb, or, in the Scandinavian languages, right after it ("glöm inte", "glem ikke").
 */
const NOT_BEFORE =
  "(?:\\b(?:not|never|ne|nu|nie|ikke|ikke at|inte|inte att|ikke å|aldrig|aldri|ei)|(?<![a-zäöå])älä|אל|אף פעם אל|μην|usi|msi) |อย่า ?";
const NOT_AFTER = "(?! (?:inte|ikke|ej|aldrig|aldri)\\b)";

/**
 * After the instructions: a topic or the speaker's own that makes the order a notice or a
 * correction, with no AI word in the topic and no order to the model in the next 160 characters.
 */
function scopeExemption(scope: NonNullable<LangSpec["scope"]>): string {
  const after = scope.own === undefined ? `(?:${scope.topic})` : `(?:${scope.topic}|${scope.own})`;
  return `(?!,? ${after}(?!${L})(?![^.!?\\n]{0,30}?(?<!${L})(?:${scope.ai})(?!${L}))(?![\\s\\S]{0,160}?(?<!${L})(?:${scope.orderAfter})(?!${L})))`;
}

/** Where the speaker's own word must come before to exempt the match: the object's words. */
function ownMarker(s: LangSpec): string {
  if (s.everything === undefined && s.task === undefined) return s.noun;
  // The pointer back is in every object but "bare" ones: shorter than the nouns, same effect.
  return s.task === undefined ? s.pointer : `${s.pointer}|${s.task.pointer}`;
}

function patternOf(s: LangSpec): string {
  // "noun … pointer" and "everything … pointer" share one copy of the pointer (a shorter regex
  // compiles faster on an isolate's first request).
  const before = s.everything === undefined ? s.noun : `${s.noun}|(?:${s.everything})(?!${L})`;
  const objects = [`${s.pointer}${GS}${s.noun}`, `(?:${before})${GS}${s.pointer}`];
  if (s.bare !== undefined) objects.push(s.bare);
  if (s.task !== undefined) {
    const { noun, order, pointer } = s.task;
    objects.push(`(?:${pointer}${GS}${noun}|${noun}${GS}${pointer})(?=${G}(?<!${L})(?:${order}))`);
  }
  // With a scope, the object must end a word: else "anterior|es" backtracks past the exemption.
  const instructions = `(?:${objects.join("|")})${s.scope === undefined ? "" : `(?!${L})${scopeExemption(s.scope)}`}${s.notLater ?? ""}`;
  const forms = [
    `${s.verb}${s.verbEnd ?? `(?!${L})`}(?<!(?:${NOT_BEFORE}${s.notBefore === undefined ? "" : `|${s.notBefore}`})${s.verb})${NOT_AFTER}${notOwn(s.own, ownMarker(s), 50)}${G}${instructions}`,
  ];
  if (s.verbLast === true) forms.push(`${instructions}${G}${s.verb}`);
  return forms.join("|");
}

/** One `override.ignore_previous_<lang>` rule per spec. */
export const ignorePreviousRules = (specs: readonly LangSpec[]): RuleDef[] =>
  specs.map((s) => ({
    id: `override.ignore_previous_${s.lang}`,
    category: "instruction_override" as const,
    weight: 0.85,
    description: `${s.name}: drop the earlier instructions ("ignore all previous instructions", "the rules above").`,
    pattern: patternOf(s),
    keywords: s.keywords,
  }));

export const OVERRIDE_MORE_I18N_RULES: readonly RuleDef[] = ignorePreviousRules(SPECS);
