/**
 * Round 15, a note addressed to the AI inside a document, in languages indirect.address_ai_i18n
 * does not cover: "Huomautus tekoälyavustajalle:", "Poznámka pro AI asistenta:", "Σημείωση για τον
 * βοηθό ΤΝ:", "Megjegyzés az MI-asszisztensnek:", "एआई सहायक के लिए नोट:" (probes written for this
 * round). The address must open a line's worth of instructions: a colon or a dash follows it
 * within a few words, as in the older languages' notes ("Hinweis für KI-Assistenten:").
 */
import type { RuleDef } from "./rule";

/** The address, then a colon or dash within a few characters (the note's body follows). */
const THEN_COLON = "[^.!?。！？\\n:：]{0,25}?[:：—–]";

const ADDRESSES = [
  // Finnish
  "\\b(?:huomautus|viesti|ohje|ohjeet|muistiinpano|huomio)(?: [a-zäö-]{1,20})? (?:tekoälylle|tekoälyavustajalle|tekoäly-avustajalle|kielimallille|chatbotille|ai-avustajalle|ai-mallille)",
  // Czech / Slovak
  "\\b(?:poznámka|zpráva|pokyn|pokyny|upozornění|správa|inštrukcie|instrukce) (?:pro|pre) (?:ai|ui|umělou inteligenci|umelú inteligenciu|jazykový model|chatbota|ai asistenta|asistenta ai|ai asistentku)",
  // Greek
  "(?:σημείωση|μήνυμα|οδηγία|οδηγίες|προσοχή) (?:για|προς) (?:την |τον |το )?(?:τν|ai|τεχνητή νοημοσύνη|βοηθό τν|βοηθό ai|γλωσσικό μοντέλο|chatbot)",
  // Hungarian
  "(?<![a-záéíóöőúüű])(?:megjegyzés|üzenet|utasítás|utasítások|figyelem) (?:az? )?(?:mi-asszisztensnek|mi asszisztensnek|ai-asszisztensnek|ai asszisztensnek|mesterséges intelligenciának|nyelvi modellnek|chatbotnak|mi-nek|ai-nak)",
  // Hindi
  "(?:एआई|ai|कृत्रिम बुद्धिमत्ता|भाषा मॉडल|चैटबॉट)(?: सहायक| असिस्टेंट)? (?:के लिए|को) (?:नोट|संदेश|निर्देश|सूचना)",
  // Romanian
  "\\b(?:notă|mesaj|instrucțiuni|instrucțiune|instructiuni|atenție) (?:pentru|către) (?:ai|ia|inteligența artificială|asistentul ai|asistentul ia|modelul de limbaj|chatbot)",
  // Croatian / Serbian / Bosnian
  "\\b(?:napomena|poruka|uputa|upute|uputstvo) za (?:ai|ui|umjetnu inteligenciju|veštačku inteligenciju|vještačku inteligenciju|ai asistenta|chatbota|jezični model)",
  // Danish / Norwegian
  "\\b(?:note|notat|merknad|besked|beskjed|instruks|instruktion|instruksjon) til (?:ai|ai-assistenten|ai-assistent|sprogmodellen|språkmodellen|chatbotten)",
  // Swahili
  "\\b(?:ujumbe|maelezo|agizo|maagizo|kumbuka) kwa (?:ai|akili bandia|msaidizi wa ai|chatbot)",
  // Hebrew
  "(?:הערה|הודעה|הוראה|הוראות) (?:ל|עבור )(?:בינה המלאכותית|בינה מלאכותית|עוזר הבינה המלאכותית|מודל השפה|ai|הבוט)",
  // Thai
  "(?:หมายเหตุ|ข้อความ|คำสั่ง)(?:ถึง|สำหรับ) ?(?:ai|ผู้ช่วย ?ai|ปัญญาประดิษฐ์|แชทบอท)",
];

export const ADDRESS_MORE_I18N_RULES: readonly RuleDef[] = [
  {
    id: "indirect.address_ai_more_i18n",
    category: "indirect_injection",
    weight: 0.6,
    description:
      "A note addressed to the AI, then a colon, in fi, cs, sk, el, hu, hi, ro, hr, sr, da, no, sw, he, th: 'Huomautus tekoälyavustajalle:', 'Poznámka pro AI asistenta:', 'एआई सहायक के लिए नोट:'.",
    pattern: `(?:${ADDRESSES.join("|")})${THEN_COLON}`,
    keywords: [
      "tekoäly",
      "kielimalli",
      "chatbot",
      "ai",
      " ui",
      "umělou",
      "umelú",
      "jazykový",
      "τν",
      "τεχνητή",
      "γλωσσικό",
      "asszisztens",
      "mesterséges",
      "nyelvi modell",
      "mi-nek",
      "एआई",
      "कृत्रिम",
      "भाषा मॉडल",
      "चैटबॉट",
      " ia",
      "inteligența",
      "asistentul",
      "modelul de limbaj",
      "umjetnu",
      "veštačku",
      "vještačku",
      "jezični",
      "sprogmodellen",
      "språkmodellen",
      "akili bandia",
      "msaidizi",
      "בינה",
      "מודל השפה",
      "הבוט",
      "ปัญญาประดิษฐ์",
      "แชทบอท",
    ],
  },
];
