/**
 * Instruction override in languages other than English. Patterns pair a "drop" verb with a
 * pointer to earlier content (above / previous / before), in either order where the language's
 * word order allows both. Non-Latin scripts cannot use \b (it is ASCII-only), so their patterns
 * rely on distinctive stems instead.
 */
import type { RuleDef } from "./rule";

const G = "[^.!?。！？।؟\\n]{0,40}?";
const GS = "[^.!?。！？।؟\\n]{0,16}?";

interface LangSpec {
  lang: string;
  name: string;
  pattern: string;
  keywords: string[];
}

const LANGS: LangSpec[] = [
  {
    lang: "es",
    name: "Spanish",
    pattern: `\\b(?:ignor[ae]\\w{0,4}|olvid[ae]\\w{0,4}|omit[ae]\\w{0,3}|descart[ae]\\w{0,3}|haz caso omiso|hagan? caso omiso|no (?:sigas|siga|sigan|hagas caso|obedezcas))\\b${G}\\b(?:anterior(?:es|mente)?|previ[ao]s?|arriba|precedentes?|de antes|hasta ahora)\\b`,
    keywords: ["ignor", "olvid", "omit", "descart", "caso omiso", "no sig", "no hag", "no obedez"],
  },
  {
    lang: "fr",
    name: "French",
    pattern: `\\b(?:ignor\\w{0,4}|oubli\\w{0,4}|ne tenez pas compte|ne tiens pas compte|faites abstraction|fais abstraction|n'(?:obéissez|obéis|suivez|suis) plus|ne (?:suivez|suis) pas)\\b${G}(?:précédent\\w{0,3}|ci-dessus|antérieur\\w{0,3}|au-dessus|plus haut|d'avant|jusqu'ici|jusqu'à présent)`,
    keywords: ["ignor", "oubli", "tenez pas", "tiens pas", "abstraction", "plus", "ne suiv", "ne suis"],
  },
  {
    lang: "de",
    name: "German",
    pattern: `\\b(?:ignorier\\w{0,4}|vergiss|vergessen sie|vergesst|missachte\\w{0,3}|übergeh\\w{0,3}|beachte\\w{0,3}(?: sie)? nicht|befolge\\w{0,3}(?: sie)? nicht)\\b${G}(?:vorherig\\w{0,3}|obig\\w{0,3}|vorangegangen\\w{0,3}|vorstehend\\w{0,3}|bisherig\\w{0,3}|oben|zuvor|vorhin|davor|alles bisher)|\\b(?:vorherig\\w{0,3}|obig\\w{0,3}|bisherig\\w{0,3}|vorangegangen\\w{0,3}) (?:anweisung\\w{0,3}|befehl\\w{0,3}|instruktion\\w{0,3}|regeln|vorgaben|aufgabe\\w{0,3}|frage\\w{0,3})${G}\\b(?:ignorier\\w{0,4}|vergessen|missachten)\\b`,
    keywords: ["ignorier", "vergiss", "vergess", "missacht", "übergeh", "beachte", "befolge"],
  },
  {
    lang: "it",
    name: "Italian",
    pattern: `\\b(?:ignora\\w{0,3}|ignori|ignorate|dimentica\\w{0,3}|trascura\\w{0,3}|non (?:seguire|segui|considerare))\\b${G}\\b(?:precedent[ie]|sopra|sopracitat[aeio]|anterior[ie]|finora)\\b`,
    keywords: ["ignor", "dimentic", "trascur", "non segu", "non consider"],
  },
  {
    lang: "pt",
    name: "Portuguese",
    pattern: `\\b(?:ignor[ae]\\w{0,3}|esqueç\\w{0,3}|esquec\\w{0,4}|desconsider\\w{0,3}|descart\\w{0,3}|não (?:siga|sigas|obedeça))\\b${G}(?:anteriores|anterior|prévias?|previas?|acima|precedentes?|até agora)`,
    keywords: ["ignor", "esqueç", "esquec", "desconsider", "descart", "não sig", "não obede"],
  },
  {
    lang: "nl",
    name: "Dutch",
    pattern: `\\b(?:negeer|negeren|vergeet|vergeten)\\b${G}\\b(?:vorige|eerdere|bovenstaande|voorgaande|hierboven|tot nu toe)\\b`,
    keywords: ["negeer", "negeren", "vergeet", "vergeten"],
  },
  {
    lang: "pl",
    name: "Polish",
    pattern: `\\b(?:zignoruj\\w{0,3}|ignoruj\\w{0,3}|zapomnij\\w{0,3})\\b${G}(?:poprzedni\\w{0,3}|powyższ\\w{0,3}|wcześniejsz\\w{0,3}|dotychczasow\\w{0,3})`,
    keywords: ["ignoruj", "zapomnij"],
  },
  {
    lang: "tr",
    name: "Turkish",
    pattern: `(?:önceki|yukarıdaki|yukarıda|daha önceki|tüm)${G}(?:yok say|görmezden gel|göz ardı et|unut|dikkate alma)`,
    keywords: ["yok say", "görmezden", "göz ardı", "unut", "dikkate alma"],
  },
  {
    lang: "id",
    name: "Indonesian / Malay",
    pattern: `\\b(?:abaikan|lupakan|acuhkan)\\b${G}\\b(?:sebelumnya|di atas|tersebut di atas|terdahulu|semua (?:instruksi|perintah|petunjuk|arahan))\\b`,
    keywords: ["abaikan", "lupakan", "acuhkan"],
  },
  {
    lang: "vi",
    name: "Vietnamese",
    pattern: `(?:bỏ qua|phớt lờ|lờ đi|quên|không tuân theo)${G}(?:trước đó|trước đây|ở trên|phía trên|bên trên|trên đây|trước)`,
    keywords: ["bỏ qua", "phớt lờ", "lờ đi", "quên", "không tuân"],
  },
  {
    lang: "ru",
    name: "Russian / Ukrainian",
    pattern: `(?:проигнорир|игнорир|забудь|забудьте|забыть|не обращай|не обращайте|пренебреги|пренебрегите|отбрось|отбросьте|не следуй|не следуйте|не выполняй|ігноруй|забудь)[а-яёії]{0,6}${G}(?:предыдущ|вышеуказанн|вышеизложенн|вышеприведенн|вышеприведённ|приведенн[а-яё]{0,4} выше|выше|ранее|прежн|предшествующ|все инструкц|попередн|вище)|(?:предыдущ|вышеуказанн|вышеприведенн|вышеприведённ|приведенн[а-яё]{0,4} выше|прежн)[а-яё]{0,4}${G}(?:проигнорир|игнорир|забудь|забудьте|не обращай)`,
    keywords: [
      "игнорир",
      "забуд",
      "забыть",
      "не обраща",
      "пренебре",
      "отбрось",
      "не следуй",
      "не выполняй",
      "ігнору",
      "предыдущ",
      "вышеуказанн",
      "вышеприведенн",
      "вышеприведённ",
      "выше",
      "прежн",
    ],
  },
  {
    lang: "zh",
    name: "Chinese",
    pattern: `(?:忽略|无视|無視|忽视|忽視|不要理会|不要理會|不用理会|不用理會|不理会|不要管|抛开|拋開|撇开)${GS}(?:上述|上面|以上|之前|前面|先前|此前|原来|原來|原先|前述|上文|刚才|剛才|所有的?(?:指令|指示|规则|規則|说明|說明|提示|要求))|(?:忘记|忘記|忘掉|忘了)${GS}(?:上述|上面|以上|之前|前面|先前|此前|原来|原先|前述|所有|一切)${GS}(?:指令|指示|命令|规则|規則|提示|要求|设定|設定|说明|說明|内容|內容|对话|對話|限制)`,
    keywords: [
      "忽略",
      "无视",
      "無視",
      "忽视",
      "忽視",
      "理会",
      "理會",
      "不要管",
      "抛开",
      "拋開",
      "撇开",
      "忘",
    ],
  },
  {
    lang: "ja",
    name: "Japanese",
    pattern: `(?:上記|前述|先ほど|さっき|これまで|今まで|以前|上の|前の|すべての|全ての)${GS}(?:指示|命令|指令|ルール|プロンプト|設定|制約|説明|注意|質問|内容|リマインダー|メッセージ|文章|要求|タスク|指図)${GS}(?:無視|忘れ)|(?:上記|前述)${GS}無視`,
    keywords: ["無視", "忘れ"],
  },
  {
    lang: "ko",
    name: "Korean",
    pattern: `(?:위의|위 |이전|앞의|앞서|지금까지|기존|상기|모든)${GS}(?:지시|명령|지침|규칙|프롬프트|질문|내용|알림|요청|설명|메시지|리마인더|안내)${GS}(?:무시|잊어|잊고|잊으)`,
    keywords: ["무시", "잊"],
  },
  {
    lang: "ar",
    name: "Arabic / Persian",
    pattern: `(?:تجاهل|تتجاهل|اتجاهل|(?:^|\\s)(?:انسَ?|إنسَ?|انسى)\\s|أهمل|اهمل|لا تلتفت|لا تتبع|نادیده بگیر|فراموش کن)${G}(?:أعلاه|السابق|ما سبق|المذكور|المتقدم|الأعلى|قبلی|بالا)|(?:أعلاه|السابقة|السابق)${G}تجاهل`,
    keywords: ["تجاهل", "انس", "إنس", "أهمل", "اهمل", "لا تلتفت", "لا تتبع", "نادیده", "فراموش"],
  },
  {
    lang: "hi",
    name: "Hindi",
    pattern: `(?:उपरोक्त|ऊपर|पिछल[ेीा]|पहले|पूर्व|सभी|पूर्ववर्ती)${G}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|नज़रअंदाज|ध्यान न द|ध्यान मत द|भूल जा|अवहेलना|इग्नोर|उपेक्षा)|(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|इग्नोर|भूल जा)${G}(?:उपरोक्त|ऊपर|पिछल[ेीा]|पहले)`,
    keywords: ["अनदेखा", "अंदाज", "ध्यान न", "ध्यान मत", "भूल जा", "अवहेलना", "इग्नोर", "उपेक्षा"],
  },
  {
    lang: "bn",
    name: "Bengali",
    pattern: `(?:উপরের|উপরোক্ত|পূর্ববর্তী|আগের|পূর্বের|সমস্ত|সব)${G}(?:উপেক্ষা|অগ্রাহ্য|উপেক্ষ|ভুলে যা|ইগনোর|এড়িয়ে)`,
    keywords: ["উপেক্ষ", "অগ্রাহ্য", "ভুলে যা", "ইগনোর", "এড়িয়ে"],
  },
];

export const OVERRIDE_I18N_RULES: readonly RuleDef[] = LANGS.map((l) => ({
  id: `override.ignore_previous_${l.lang}`,
  category: "instruction_override" as const,
  weight: 0.85,
  description: `${l.name}: drop the earlier instructions ("ignore the above / previous ...").`,
  pattern: l.pattern,
  keywords: l.keywords,
}));
