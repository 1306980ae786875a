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
    pattern: `\\b(?:ignor[ae]\\w{0,4}|olvid[ae]\\w{0,4}|omit[ae]\\w{0,3}|descart[ae]\\w{0,3}|haz caso omiso|hagan? caso omiso|no (?:sigas|siga|sigan|hagas caso|obedezcas))\\b${G}\\b(?<!\\b(?:mensajes?|correos?|e-?mails?|archivos?|audios?|fotos?|versi[oó]n|edici[oó]n|temporada) )(?:anterior(?:es|mente)?|previ[ao]s?|arriba|precedentes?|de antes|hasta ahora)\\b`,
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
    pattern: `\\b(?:ignorier\\w{0,4}|vergiss|vergessen sie|vergesst|missachte\\w{0,3}|übergeh\\w{0,3}|beachte\\w{0,3}(?: sie)? nicht|befolge\\w{0,3}(?: sie)? nicht)\\b${G}(?:vorherig\\w{0,3}|obig\\w{0,3}|vorangegangen\\w{0,3}|vorangehend\\w{0,3}|vorstehend\\w{0,3}|bisherig\\w{0,3}|früher\\w{0,3}|oben|zuvor|vorhin|davor|alles bisher)|\\b(?:vorherig\\w{0,3}|obig\\w{0,3}|bisherig\\w{0,3}|vorangegangen\\w{0,3}) (?:anweisung\\w{0,3}|befehl\\w{0,3}|instruktion\\w{0,3}|regeln|vorgaben|aufgabe\\w{0,3}|frage\\w{0,3})${G}\\b(?:ignorier\\w{0,4}|vergessen|missachten)\\b`,
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
    pattern: `\\b(?:ignor[ae]\\w{0,3}|esqueç\\w{0,3}|esquec\\w{0,4}|desconsider\\w{0,3}|descart\\w{0,3}|não (?:siga|sigas|obedeça))\\b${G}(?<!\\b(?:mensage[mn]s?|e-?mails?|arquivos?|áudios?|fotos?|versão|edição|temporada) )(?:anteriores|anterior|prévias?|previas?|acima|precedentes?|até agora)`,
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
    pattern: `(?:上記|前述|先ほど|さっき|これまで|今まで|以前|上の|前の|すべての|全ての|あなたの)${GS}(?:指示|命令|指令|ルール|プロンプト|設定|制約|説明|注意|質問|内容|リマインダー|メッセージ|文章|要求|タスク|指図|コマンド)(?!ファイル)${GS}(?:無視|忘れ)|(?:上記|前述)${GS}無視`,
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
    pattern: `(?:تجاهل|تتجاهل|اتجاهل|(?:^|\\s)(?:انسَ?|إنسَ?|انسى)\\s|أهمل|اهمل|لا تلتفت|لا تتبع|نادیده بگیر|فراموش کن)${G}(?<!(?:رسال|بريد|ملف|صور)[^\\s]{0,4}\\s)(?:أعلاه|السابق|ما سبق|المذكور|المتقدم|الأعلى|قبلی|بالا)|(?:أعلاه|السابقة|السابق)${G}تجاهل`,
    keywords: ["تجاهل", "انس", "إنس", "أهمل", "اهمل", "لا تلتفت", "لا تتبع", "نادیده", "فراموش"],
  },
  {
    lang: "hi",
    name: "Hindi",
    pattern: `(?:उपरोक्त|ऊपर|पिछल[ेीा]|पहले|पूर्व|सभी|पूर्ववर्ती)(?! ?(?:वाल[ाीे] )?(?:मैसेज|मेसेज|संदेश|बात|मेल|ईमेल|फ़ाइल|फाइल|फोटो))${G}(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|नज़रअंदाज|ध्यान न द|ध्यान मत द|भूल जा|अवहेलना|इग्नोर|उपेक्षा)|(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|इग्नोर|भूल जा)${G}(?:उपरोक्त|ऊपर|पिछल[ेीा]|पहले)(?! ?(?:वाल[ाीे] )?(?:मैसेज|मेसेज|संदेश|बात|मेल|ईमेल|फ़ाइल|फाइल|फोटो))`,
    keywords: ["अनदेखा", "अंदाज", "ध्यान न", "ध्यान मत", "भूल जा", "अवहेलना", "इग्नोर", "उपेक्षा"],
  },
  {
    lang: "bn",
    name: "Bengali",
    pattern: `(?:উপরের|উপরোক্ত|পূর্ববর্তী|আগের|পূর্বের|সমস্ত|সব)${G}(?:উপেক্ষা|অগ্রাহ্য|উপেক্ষ|ভুলে যা|ইগনোর|এড়িয়ে)`,
    keywords: ["উপেক্ষ", "অগ্রাহ্য", "ভুলে যা", "ইগনোর", "এড়িয়ে"],
  },
];

const IGNORE_PREVIOUS_I18N_RULES: readonly RuleDef[] = LANGS.map((l) => ({
  id: `override.ignore_previous_${l.lang}`,
  category: "instruction_override" as const,
  weight: 0.85,
  description: `${l.name}: drop the earlier instructions ("ignore the above / previous ...").`,
  pattern: l.pattern,
  keywords: l.keywords,
}));

/**
 * Goal hijack outside English: the text dismisses the task it carries ("ignore this question",
 * "don't answer", "no need to answer") and at once dictates the output ("just output: …",
 * "directly say …", "your task is now …"), or declares the earlier instructions irrelevant
 * ("regardless of the above instructions"). Both halves are needed for the first shape, so a user
 * who only says "ignore my typo" or "don't answer yet" is not flagged. Latin-script languages
 * spell out accented letter classes because `\w` and `\b` are ASCII-only in these regexes.
 */
const GH = "[^.!?。！？।؟\\n]{0,30}?(?:[.!。！] ?[^.!?。！？।؟\\n]{0,12}?)?";
/** Japanese clauses are often split by 。 between the dismissal and the order: allow one. */
const GJ = "[^.!?！？\\n]{0,30}?";
const LA = "[a-zà-öø-ÿœ]";
const RU = "[а-яё]";

interface HijackSpec {
  lang: string;
  name: string;
  /** The dismissal ("ignore the question", "don't answer"). */
  dismiss: string;
  /** The dictated output that must follow it ("just output", "repeat directly"). */
  tail: string;
  /** Gap between the two (default GH). */
  gap?: string;
  /** "Regardless of the above instructions", strong on its own. */
  regardless: string;
  keywords: string[];
}

const FR_VERB = `(?:affich|écri|écriv|répét|répond|dites|entr|saisi|sort|imprim|reformul|tradui|rédig|tap)${LA}{0,5}`;
const FR_ADV = "(?:simplement|directement|juste|seulement|uniquement|plutôt|exactement)";
const ES_VERB = `(?:emit|export|escrib|dig|respond|contest|repit|repet|ingres|introduz|introduc|imprim|muestr|reformul|parafrase|traduz|traduc|produc)${LA}{0,4}`;
const ES_ADV = "(?:solo|sólo|simplemente|directamente|únicamente|solamente|en su lugar|en cambio)";
const IT_VERB = `(?:scriv|stamp|ripet|rispond|mostr|emett|riformul|tradu|produc|restituisc)${LA}{0,4}`;
const IT_ADV = "(?:solo|solamente|semplicemente|direttamente|soltanto|invece)";
const PT_VERB = `(?:escrev|imprim|diga|respond|repit|repet|produz|mostr|emit|reformul|traduz|digit|exib)${LA}{0,4}`;
const PT_ADV = "(?:apenas|só|somente|simplesmente|diretamente|em vez disso)";

const HIJACK_LANGS: HijackSpec[] = [
  {
    lang: "zh",
    name: "Chinese",
    dismiss: `(?:(?:忽略|无视|無視|忽视|忽視|不要理会|不要理會|不用理会|不理会|别管|不要管|抛开|拋開|跳过)掉?(?:这个|這個|该|該|此|那个|这些|我的|我这个|你的|上述的?|上面的?|以上的?|前面的?|之前的?|刚才的?|所有的?)?(?:问题|問題|指令|指示|提问|提問|要求|命令|内容|內容|任务|任務|请求|請求)|(?:不要|不用|不必|无需|無需|不需要|别|別|请勿|請勿)(?:着急|急于|急着|急於)?(?:回答|回复|回覆|作答|答复|选择|選擇|考虑|遵循|按照|执行|執行)(?:这个|這個|该|該|此|那个|我的|上面的?|上述的?|以上的?|前面的?|之前的?)?(?:问题|問題|指令|指示|提问|要求|内容)?)[，,、：:；;。 ]`,
    gap: "[^。！？\\n]{0,8}?",
    tail: `(?:请|請|而是|你|就|并|並|然后|现在)?(?:直接|只需要?|只要|仅需|僅需|只|立即|马上|現在)(?:要|请|地)?(?:输出|輸出|说|說|回答|复述|複述|回复|打印|写|寫|输入|輸入|翻译|翻譯|重复|重複|给出|給出|显示|返回|改写|说出)|(?:输出|輸出|复述|複述|重复|重複)(?:以下|下面|如下)|(?:现在)?你的(?:新)?任务是`,
    regardless: `(?:无论|無論|不管|不论|不論)(?:上述|以上|之前|前面|先前|原来)的?(?:指令|指示|要求|规则|規則)`,
    keywords: [
      "忽略",
      "无视",
      "無視",
      "忽视",
      "忽視",
      "理会",
      "理會",
      "别管",
      "不要管",
      "抛开",
      "拋開",
      "跳过",
      "不要",
      "不用",
      "不必",
      "无需",
      "無需",
      "不需要",
      "别",
      "別",
      "请勿",
      "請勿",
      "无论",
      "無論",
      "不管",
      "不论",
      "不論",
    ],
  },
  {
    lang: "ja",
    name: "Japanese",
    dismiss: `(?:質問|問題|指示|命令|問い|リクエスト|タスク|コマンド|こと)(?:は|を|には|に)?(?:無視|忘れ)|(?:答え|回答し|返答し|返信し|応答し)(?:ずに|ないで)|(?:答え|回答|返答)を急がず|(?:答え|回答す|返答す)る必要は(?:ありません|ない)`,
    gap: GJ,
    tail: `(?:出力|アウトプット|印刷|とだけ|と(?:返信|出力|入力|言|答え)|(?:次|以下)のように|直接|ただ|単に|そのまま|言い換え|繰り返し|あなたの(?:仕事|タスク|任務))`,
    regardless: `(?:上記|前述|以前|これまで|前)の(?:指示|命令|指令|ルール)(?:に|と)?(?:は)?(?:関係なく|かかわらず|関わらず)`,
    keywords: ["無視", "忘れ", "ずに", "ないで", "急がず", "必要は", "関係なく", "かかわらず", "関わらず"],
  },
  {
    lang: "ko",
    name: "Korean",
    dismiss: `(?:질문|지시|명령|요청|문제|지침|내용)(?:은|는|을|를|에|에는)?\\s?(?:무시|잊)|(?:대답|답변|답|응답)(?:은|을|는)?\\s?(?:하지 말고|하지 마시고|하지 않고|할 필요 없이|할 필요가 없|안 해도|하지 마세요|하지 마)`,
    tail: `(?:출력|말해|말하세요|말씀해|입력|써 주|적어|반복|번역|인쇄|답하세요|대답하세요)`,
    regardless: `(?:위의?|이전의?|앞의?)\\s?(?:지시|지침|명령|규칙)(?:와|과|에|들과)?\\s?(?:상관없이|관계없이|관계 없이|상관 없이)`,
    keywords: ["무시", "잊", "하지 말", "하지 마", "하지 않고", "할 필요", "안 해도", "상관", "관계"],
  },
  {
    lang: "ru",
    name: "Russian",
    dismiss: `(?:(?:про)?игнорир${RU}{0,6}|не обращай${RU}{0,4} внимани${RU}{0,2} на)(?: ${RU}{1,10})? (?:этот |мой |мои |данный |тот |эти |эту |все |наш )?(?:вопрос|инструкц|указани|задани|запрос|команд|просьб)|не (?:нужно|надо|стоит|обязательно) отвечать|отвечать не (?:нужно|надо)|нет необходимости отвечать|не отвечай${RU}{0,3}|не спеши${RU}{0,3} с ответом|не торопи${RU}{0,4} с ответом|забуд${RU}{0,4} (?:о|об|про) (?:них|нем|нём|этом|вопрос${RU}{0,2})`,
    gap: "[^.!?\\n]{0,40}?",
    tail: `(?:просто |только |прямо |сразу |лишь )?(?:вывед|вывод|напечата|повтор|перефразир|введ|перескаж)${RU}{0,5}|(?:скаж|напиш|ответь|отвечай)${RU}{0,4}(?: прямо| следующ| ?:)|(?:ваша|твоя) (?:задача|работа)|(?:вам|тебе) (?:теперь )?нужно (?:ответить|сказать|написать)`,
    regardless: `независимо от (?:${RU}{1,14} )?(?:${RU}{1,14} )?(?:инструкц|указани|правил)`,
    keywords: ["игнорир", "не обращай", "отвечать", "не отвечай", "с ответом", "забуд", "независимо"],
  },
  {
    lang: "de",
    name: "German",
    dismiss: `\\bignorier[a-zäöüß]{0,3}(?: sie| bitte| du){0,2} (?:diese|meine|die|deine|ihre|obige|vorherige|alle)[a-z]{0,2} (?:frage|fragen|anweisung|anweisungen|aufgabe|bitte|anfrage|instruktionen?)\\b|\\b(?:antworte|antworten sie|beantworte|beantworten sie)(?: bitte)? nicht\\b(?: (?:auf )?(?:diese|die|meine|obige|vorherige|ihre|deine)[a-z]{0,2}(?: [a-zäöüß]{1,12})? (?:frage|fragen|anweisung|anweisungen)\\b)?|\\bnicht (?:antworten|beantworten)\\b|\\bkeine notwendigkeit,? zu antworten\\b|\\b(?:du musst|sie müssen|du brauchst|sie brauchen) nicht (?:zu )?antworten\\b|\\bohne zu antworten\\b|\\bbeeil[a-z]{0,3} (?:sie |dich )?(?:sich |dich )?nicht mit der antwort\\b|\\bvergiss[a-z]{0,2}(?: sie)? (?:diese|meine|die) (?:frage|fragen|anweisung[a-z]{0,2})\\b`,
    tail: `\\b(?:einfach|nur|direkt|stattdessen|sofort|lediglich)\\b[^.!?\\n]{0,25}?(?:\\baus\\b|ausgabe|ausgeben|heraus|\\bsagen\\b|\\bsag\\b|\\bsage\\b|schreib|\\bantworte|wiederhol|formulier|\\bein\\b|eingeben|übersetz|\\bdruck)|\\b(?:gib|geben sie|gebt) (?:einfach |nur |direkt )?(?:folgendes|das folgende) (?:aus|ein)\\b|\\b(?:antworte|antworten|schreib|schreiben|sag|sagen|formulier|formulieren)(?: sie)?(?: sie| es)? (?:stattdessen |einfach |nur )?(?:direkt|einfach|nur|stattdessen)\\b|\\b(?:ihre|deine) aufgabe (?:besteht|ist) (?:nun|jetzt)\\b`,
    regardless: `\\b(?:unabhängig von|ungeachtet) (?:den |der |allen )?(?:oben genannten|obigen|vorherigen|bisherigen|vorangegangenen|früheren|vorstehenden|oben stehenden)(?: [a-zäöüß]{1,12})? (?:anweisung|anweisungen|vorgaben|regeln|instruktionen|befehle)\\b`,
    keywords: ["ignorier", "antworte", "nicht", "notwendigkeit", "vergiss", "unabhängig", "ungeachtet"],
  },
  {
    lang: "fr",
    name: "French",
    dismiss: `\\bignor${LA}{1,4} (?:ma|la|cette|mes|les|votre|ta|vos|tes|ces) (?:question|questions|instruction|instructions|demande|consigne|consignes|requête|tâche)\\b|\\b(?:ne (?:répondez|réponds) pas|ne pas répondre|pas besoin de répondre|inutile de répondre|sans répondre|ne (?:vous précipitez|te précipite) pas pour répondre)(?: (?:à|aux) (?:la|cette|ma|ces|les|mes) (?:question|questions|instruction|instructions|demande)(?: ci-dessus| précédentes?)?)?|\\boubli${LA}{1,4} (?:ma|la|cette|mes|les) (?:question|questions|instructions?)\\b`,
    tail: `${FR_VERB}(?: ${FR_ADV}| ?:| (?:ce qui suit|le texte suivant|l'instruction suivante|la phrase suivante))|${FR_ADV} ${FR_VERB}`,
    regardless: `(?:\\bindépendamment des|\\bquelles? que soi(?:en)?t les|\\bsans tenir compte des|\\bpeu importe les) (?:instructions|consignes|directives|règles) (?:ci-dessus|précédentes|antérieures)`,
    keywords: ["ignor", "répond", "oubli", "indépendamment", "quelle", "sans tenir compte", "peu importe"],
  },
  {
    lang: "es",
    name: "Spanish",
    dismiss: `\\b(?:ignor|olvid)${LA}{1,4}(?: por favor)? (?:la|esta|esa|mi|mis|las|estas|esas|tu|su|sus|tus) (?:pregunta|preguntas|instrucción|instrucciones|solicitud|petición|consulta|tarea)\\b|\\b(?:olvídate|olvídese|olvídalo|olvídelo) de (?:ell[oa]s?|eso|esto|la pregunta)\\b|\\bno (?:respond|contest|elij)${LA}{0,3}(?: (?:a )?(?:la|esta|esa|mi|las|estas) (?:pregunta|preguntas|instrucción|instrucciones)(?: anterior(?:es)?)?)?|\\bno (?:hace falta|es necesario|necesitas?|tienes que|tiene que) (?:responder|contestar)\\b|\\bsin responder\\b`,
    tail: `${ES_ADV} ${ES_VERB}|${ES_VERB}(?: ${ES_ADV}| ?:| lo siguiente)|\\bahora (?:su|tu) tarea es\\b|\\bahora (?:debes|debe|tienes que|tiene que) (?:responder|decir|escribir)\\b`,
    regardless: `\\b(?:independientemente|sin importar|a pesar) de (?:las |los )?(?:instrucciones|indicaciones|reglas|órdenes) (?:anteriores|previas|de arriba|mencionadas)`,
    keywords: [
      "ignor",
      "olvid",
      "olvíd",
      "no respond",
      "no contest",
      "no elij",
      "responder",
      "contestar",
      "independientemente",
      "sin importar",
      "a pesar",
    ],
  },
  {
    lang: "it",
    name: "Italian",
    dismiss: `\\bignor${LA}{1,4} (?:la|questa|quella|mia|le|queste|mie) (?:domanda|domande|istruzione|istruzioni|richiesta)\\b|\\bnon (?:rispondere|rispondete|risponda)\\b(?: (?:a|alla|alle) (?:questa |la |mia |le )?(?:domanda|domande|istruzioni)\\b)?|\\b(?:non c'è bisogno|non serve|non è necessario) (?:di )?rispondere\\b`,
    tail: `${IT_ADV} ${IT_VERB}|${IT_VERB}(?: ${IT_ADV}| ?:| quanto segue)`,
    regardless: `\\b(?:indipendentemente|a prescindere) dalle istruzioni (?:precedenti|sopra|qui sopra)`,
    keywords: ["ignor", "rispond", "indipendentemente", "prescindere"],
  },
  {
    lang: "pt",
    name: "Portuguese",
    dismiss: `\\bignor${LA}{1,4} (?:a|esta|essa|minha|as|estas|essas|minhas) (?:pergunta|perguntas|instrução|instruções|solicitação|pedido)\\b|\\bnão respond${LA}{0,3}(?: (?:a|à|às) (?:esta |essa |minha )?(?:pergunta|perguntas|instruções))?|\\b(?:não (?:é necessário|precisa)|sem) (?:de )?responder\\b`,
    tail: `${PT_ADV} ${PT_VERB}|${PT_VERB}(?: ${PT_ADV}| ?:| o seguinte)`,
    regardless: `\\bindependentemente das instruções (?:anteriores|acima)`,
    keywords: ["ignor", "não respond", "responder", "independentemente"],
  },
  {
    lang: "ar",
    name: "Arabic",
    dismiss: `(?:تجاهل|تتجاهل|اتجاهل)[^.!?؟\\n]{0,20}?(?:السؤال|سؤالي|التعليمات|تعليماتي|الأمر|الطلب)|لا (?:تجب|تجيب|تجيبي|ترد|تختار|تختر|تتسرع في الإجابة)|(?:لا حاجة|ليس هناك حاجة|لا داعي) (?:لل|إلى ال)(?:إجابة|رد)|(?:فلتنسى|انسى|انسَ) (?:الأمر|ذلك|هذا|السؤال)`,
    tail: `(?:أخرج|اخرج|الإخراج|إخراج|أكتب|اكتب|كرر|أعد صياغة|أدخل|ادخل|اطبع|ترجم|الناتج|الرد|أجب|مهمتك)`,
    regardless: `بغض النظر عن (?:التعليمات|الأوامر|التوجيهات)(?: المذكورة)? (?:أعلاه|السابقة)`,
    keywords: [
      "تجاهل",
      "لا تج",
      "لا ترد",
      "لا تخت",
      "لا تتسرع",
      "حاجة",
      "لا داعي",
      "انس",
      "فلتنس",
      "بغض النظر",
    ],
  },
  {
    lang: "hi",
    name: "Hindi",
    dismiss: `(?:प्रश्न|प्रश्नों|सवाल|निर्देश|निर्देशों)[^।?!\\n]{0,12}?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|इग्नोर|उपेक्षा)|(?:उत्तर|जवाब) (?:न|मत) द|(?:उत्तर|जवाब) देने की (?:आवश्यकता|जरूरत|ज़रूरत) नहीं|(?:उत्तर|जवाब) देने में जल्दबाज़?ी न|चयन न कर|भूल जा`,
    tail: `(?:बस|सीधे|केवल|सिर्फ़?|सीधा)\\s?[^।?!\\n]{0,12}?(?:आउटपुट|टाइप|लिख|दोहरा|बोल|कह|दर्ज|प्रिंट|उत्तर|जवाब|परिणाम|अनुवाद)|अब आप(?:का|को|की)|आउटपुट ?:|निम्नलिखित[^।?!\\n]{0,15}?दोहरा`,
    regardless: `(?:उपरोक्त|पिछले|ऊपर दिए गए)\\s?निर्देश(?:ों)?\\s(?:के बावजूद|की परवाह किए बिना)`,
    keywords: ["प्रश्न", "सवाल", "निर्देश", "उत्तर", "जवाब", "चयन न", "भूल जा"],
  },
  {
    lang: "bn",
    name: "Bengali",
    dismiss: `(?:প্রশ্ন|নির্দেশ)[^।?!\\n]{0,12}?(?:উপেক্ষা|অগ্রাহ্য|এড়িয়ে)|(?:উত্তর|জবাব) (?:দেবেন না|দিও না|দিবেন না|দেওয়ার দরকার নেই|দেওয়ার প্রয়োজন নেই|দিতে তাড়াহুড়ো করবেন না)|(?:উত্তর|জবাব) দেওয়ার দরকার|ভুলে যান`,
    tail: `(?:শুধু|সরাসরি|কেবল|শুধুমাত্র)\\s?[^।?!\\n]{0,12}?(?:আউটপুট|টাইপ|লিখুন|লিখ|পুনরাবৃত্তি|বলুন|উত্তর|প্রিন্ট|অনুবাদ)|এখন আপনা(?:র|কে)|আপনাকে এখন|আউটপুট ?:`,
    regardless: `(?:উপরের|উপরোক্ত|পূর্ববর্তী|আগের)\\s(?:নির্দেশাবলী|নির্দেশনা|নির্দেশ)(?:র)?\\s(?:সত্ত্বেও|নির্বিশেষে)`,
    keywords: ["প্রশ্ন", "নির্দেশ", "উত্তর", "জবাব", "ভুলে যান"],
  },
  {
    lang: "vi",
    name: "Vietnamese",
    dismiss: `(?:bỏ qua|phớt lờ|lờ đi|quên)(?: đi)? (?:câu hỏi|yêu cầu|chỉ dẫn|hướng dẫn|lệnh)|(?:đừng|không cần|không được) (?:vội )?(?:trả lời|đáp)`,
    tail: `(?:chỉ cần|chỉ|hãy|trực tiếp|mà hãy) (?:xuất|in ra|viết|nói|lặp lại|nhập|dịch|trả lời|ghi|đưa ra)`,
    regardless: `bất kể (?:các )?(?:hướng dẫn|chỉ dẫn|lệnh) (?:trước đó|ở trên|trước)`,
    keywords: ["bỏ qua", "phớt lờ", "lờ đi", "quên", "đừng", "không cần", "không được", "bất kể"],
  },
  {
    lang: "tr",
    name: "Turkish",
    dismiss: `(?:soruyu|sorumu|soruları|talimatları|talimatı|talimatımı)[^.!?\\n]{0,12}?(?:görmezden gel|yok say|dikkate alma|boş ver|unut)|(?:cevap|yanıt) (?:verme|vermeyin|vermene gerek yok|vermenize gerek yok)`,
    tail: `(?:sadece|yalnızca|doğrudan|direkt)\\s[^.!?\\n]{0,20}?(?:yaz|söyle|çıktı|tekrarla|çevir|cevap ver|yanıtla|gir)`,
    regardless: `(?:önceki|yukarıdaki) talimatlar(?:a|dan)? (?:bakılmaksızın|rağmen)`,
    keywords: [
      "görmezden",
      "yok say",
      "dikkate alma",
      "boş ver",
      "unut",
      "cevap",
      "yanıt",
      "bakılmaksızın",
      "rağmen",
    ],
  },
  {
    lang: "id",
    name: "Indonesian",
    dismiss: `\\b(?:abaikan|lupakan) (?:pertanyaan|instruksi|perintah|permintaan)(?: (?:ini|itu|saya|tersebut))?\\b|\\b(?:jangan|tidak perlu|tak perlu) (?:men)?jawab\\b`,
    tail: `\\b(?:langsung|cukup|hanya|saja) (?:tulis|tuliskan|keluarkan|katakan|ucapkan|ulangi|cetak|jawab|terjemahkan)\\b`,
    regardless: `\\bterlepas dari (?:instruksi|perintah) (?:sebelumnya|di atas)\\b`,
    keywords: ["abaikan", "lupakan", "jangan", "perlu", "terlepas"],
  },
  {
    lang: "pl",
    name: "Polish",
    dismiss: `\\b(?:zignoruj|zapomnij o|pomiń) (?:to |te |moje |powyższe |tamto )?(?:pytani[ea]|polecenie|polecenia|instrukcj[eię]|zadanie)\\b|\\bnie odpowiadaj\\b`,
    tail: `\\b(?:tylko|po prostu|jedynie|od razu) (?:napisz|wypisz|powiedz|odpowiedz|wpisz|powtórz|przetłumacz)|\\b(?:napisz|wypisz|powiedz|wpisz) (?:tylko|jedynie)\\b`,
    regardless: `\\bniezależnie od (?:poprzednich|powyższych) (?:instrukcji|poleceń)`,
    keywords: ["zignoruj", "zapomnij", "pomiń", "nie odpowiadaj", "niezależnie"],
  },
  {
    lang: "uk",
    name: "Ukrainian",
    dismiss: `(?:не відповідай|не відповідайте|проігноруй|ігноруй|забудь)(?:те)?`,
    tail: `(?:просто|лише|тільки|одразу) (?:напиши|напишіть|виведи|скажи|відповідай|відповідайте|повтори|введи)`,
    regardless: `незалежно від (?:попередніх|вищенаведених|наведених вище) інструкцій`,
    keywords: ["не відповіда", "ігнору", "забудь", "незалежно"],
  },
  {
    lang: "he",
    name: "Hebrew",
    dismiss: `(?:אל תענה|אל תעני|אל תענו|אל תגיב|אל תגיבי|התעלם מ|תתעלם מ|התעלמי מ)`,
    tail: `(?:פשוט|רק) ?(?:תכתוב|כתוב|תכתבי|כתבי|תגיד|תגידי|תדפיס|הדפס|תחזור|תענה|תוציא)`,
    regardless: `ללא קשר להוראות (?:הקודמות|לעיל|שלמעלה)`,
    keywords: ["אל תענ", "אל תגיב", "התעלם", "תתעלם", "ללא קשר"],
  },
  {
    lang: "fa",
    name: "Persian",
    dismiss: `(?:جواب نده|پاسخ نده|جواب ندهید|پاسخ ندهید|نادیده بگیر|را نادیده بگیرید)`,
    tail: `(?:فقط|صرفا|صرفاً|مستقیم) ?(?:بنویس|بنویسید|بگو|بگویید|چاپ کن|تکرار کن|ترجمه کن)`,
    regardless: `(?:صرف نظر از|بدون توجه به) دستورالعمل(?:‌| )?های (?:قبلی|بالا)`,
    keywords: ["جواب نده", "پاسخ نده", "نادیده", "صرف نظر", "بدون توجه"],
  },
  {
    lang: "th",
    name: "Thai",
    dismiss: `(?:ไม่ต้องตอบ|อย่าตอบ)`,
    tail: `(?:ให้พิมพ์|พิมพ์แค่|พิมพ์เพียง|เขียนแค่|ตอบแค่|ตอบเพียง|ให้ตอบแค่|ให้เขียน)`,
    regardless: `ไม่ว่าคำสั่งก่อนหน้าจะ`,
    keywords: ["ไม่ต้องตอบ", "อย่าตอบ", "ไม่ว่าคำสั่ง"],
  },
  {
    lang: "sv",
    name: "Swedish",
    dismiss: `\\b(?:strunta i|ignorera|glöm) (?:frågan|frågorna|instruktionen|instruktionerna|uppgiften)|\\bsvara inte\\b`,
    tail: `\\b(?:bara|endast|enbart|direkt) (?:skriv|säg|svara|upprepa|översätt)|\\b(?:skriv|säg) (?:bara|endast|enbart)\\b`,
    regardless: `\\boavsett (?:tidigare|ovanstående) instruktioner\\b`,
    keywords: ["strunta", "ignorera", "glöm", "svara inte", "oavsett"],
  },
  {
    lang: "nl",
    name: "Dutch",
    dismiss: `\\b(?:negeer|vergeet) (?:de|deze|die|mijn|bovenstaande) (?:vraag|vragen|instructie|instructies|opdracht)\\b|\\b(?:beantwoord|antwoord) (?:deze vraag |de vraag |die vraag )?niet\\b|\\bgeef geen antwoord\\b`,
    tail: `\\b(?:gewoon|alleen|enkel|direct) (?:schrijf|zeg|typ|herhaal|vertaal|geef)\\b|\\b(?:schrijf|zeg|typ) (?:alleen|enkel|gewoon)\\b`,
    regardless: `\\bongeacht de (?:vorige|eerdere|bovenstaande) instructies\\b`,
    keywords: ["negeer", "vergeet", "antwoord", "ongeacht"],
  },
];

/** The dictated output is only an acknowledgement ("直接回复“收到”", "einfach OK schreiben"): not a hijack. */
const ACK_I18N = ` ?[:：]? ?["'“「«(]?(?:ok|okay|收到|好的|明白|了解|はい|verstanden|d'accord|compris|entendido|recibido|понял|принято|ок)`;

const HIJACK_I18N_RULES: readonly RuleDef[] = HIJACK_LANGS.map((l) => ({
  id: `override.dismiss_and_output_${l.lang}`,
  category: "instruction_override" as const,
  weight: 0.85,
  description: `${l.name}: goal hijack — dismiss the task and dictate the output ("ignore the question and just output: …", "don't answer, just say …"), or "regardless of the above instructions".`,
  pattern: `(?:${l.dismiss})${l.gap ?? GH}(?:${l.tail})(?!${ACK_I18N})|${l.regardless}`,
  keywords: l.keywords,
}));

/**
 * "Ignore all your instructions" without pointing back (the English override.ignore_instructions):
 * a drop verb with a possessive or "all" in front of the instruction noun. A bare article is not
 * enough ("ignoriere die Anweisungen auf der Packung" is a pharmacist's joke, not an attack).
 */
const IGNORE_INSTRUCTIONS_I18N: RuleDef = {
  id: "override.ignore_instructions_i18n",
  category: "instruction_override",
  weight: 0.8,
  description:
    "Drop all of one's instructions, other languages: 'ignoriere alle Anweisungen', 'ignorez toutes vos instructions', 'ignora todas tus reglas', 'ignora tutte le istruzioni', 'ignore todas as instruções', 'игнорируй все инструкции'.",
  pattern: `\\b(?:ignorier[a-z]{0,3}|vergiss|vergessen sie|missachte[a-z]{0,2})(?: sie| bitte){0,2} (?:alle|deine|ihre|sämtliche)(?: (?:vorherigen|bisherigen|anderen|deine|ihre))? (?:anweisungen|regeln|befehle|vorgaben|instruktionen|richtlinien)\\b|\\b(?:ignore[rz]?|ignorez|oublie[rz]?|oubliez)(?: toutes| tous)? (?:les |tes |vos )?(?:(?:toutes|tous) )?(?:tes |vos )?(?:instructions|règles|consignes|directives)(?! (?:de|du|des|d'|sur|pour|ci-dessous|suivantes))|\\b(?:ignora|ignore|ignoren|olvida|olvide)(?: todas)? (?:las |tus |sus )(?:instrucciones|reglas|indicaciones|órdenes|directrices)(?! (?:de|del|para|sobre|siguientes))|\\b(?:ignora|ignorate|dimentica)(?: tutte)? (?:le )(?:tue |sue )?(?:istruzioni|regole|direttive)(?! (?:di|del|della|per|seguenti))|\\b(?:ignore|ignora|esqueça|esqueca)(?: todas)? (?:as )(?:suas |tuas )?(?:instruções|regras|diretrizes)(?! (?:de|do|da|para|seguintes))|(?:проигнорируй|игнорируй|проигнорируйте|игнорируйте|забудь|забудьте) (?:все |свои |твои |ваши )(?:свои |твои |ваши )?(?:инструкции|правила|указания|ограничения)`,
  keywords: [
    "ignor",
    "vergiss",
    "vergessen",
    "missacht",
    "oubli",
    "olvid",
    "dimentica",
    "esqueç",
    "esquec",
    "игнорир",
    "забуд",
  ],
};

/**
 * The standing instructions declared void, other languages (the English override.instructions_void):
 * "las instrucciones anteriores quedan anuladas", "原有指令已全部失效", "прежние правила отменены".
 */
const INSTRUCTIONS_VOID_I18N: RuleDef = {
  id: "override.instructions_void_i18n",
  category: "instruction_override",
  weight: 0.7,
  description:
    "Declares the earlier instructions void, other languages (es, fr, de, it, pt, ru, zh, ja, ar, vi, tr).",
  pattern: `\\b(?:instrucciones|reglas|indicaciones|directrices|órdenes) (?:anteriores|previas|originales|iniciales|de antes)[a-záéíóúñ ]{0,48}? (?:(?:quedan|quedaron|están|han sido|fueron|son) (?:anuladas|canceladas|revocadas|derogadas|sin efecto|obsoletas|inválidas|suspendidas)|ya no (?:son válidas|aplican|se aplican|valen|tienen validez))|\\b(?:instructions|consignes|règles|directives) (?:précédentes|initiales|d'origine|antérieures)[a-zà-ÿ ]{0,48}? (?:(?:sont|ont été) (?:annulées|révoquées|caduques|obsolètes|suspendues|abrogées|levées|nulles)|ne (?:sont|s'appliquent) plus)|\\b(?:bisherigen|vorherigen|ursprünglichen|alten|früheren) (?:anweisungen|vorgaben|regeln|instruktionen|richtlinien)[a-zäöüß ]{0,80}? (?:aufgehoben|ungültig|außer kraft|hinfällig|widerrufen|nichtig)|\\b(?:istruzioni|regole|direttive) (?:precedenti|originali|iniziali)[a-zàèéìòù ]{0,48}? (?:non valgono più|sono (?:annullate|revocate|sospese|nulle|obsolete)|non sono più valide)|\\b(?:instruções|regras|diretrizes) (?:anteriores|originais|iniciais)[a-zà-ú ]{0,48}? (?:(?:foram|estão|são|ficam) (?:anuladas|canceladas|revogadas|suspensas|sem efeito|obsoletas)|não (?:valem|são válidas|se aplicam) mais)|(?:прежн|предыдущ|стар|исходн)[а-яё]{0,4} (?:правил|инструкци|указани|настройк)[а-яё]{0,4}[а-яё ]{0,48}? (?:отменен|аннулирован|недействительн|больше не действуют)|(?:原有|之前的?|以前的?|先前的?|原来的?|此前的?)(?:所有)?(?:指令|设定|設定|规则|規則|指示)[^。！？，,]{0,6}?(?:失效|作废|作廢|无效|無效|废除|不再有效)|(?:以前|これまで|従来|元)の(?:指示|命令|設定|ルール)[^。！？]{0,10}?(?:無効|失効|取り消|撤回|廃止)|(?:يُلغى|يلغى|تُلغى|تلغى|إلغاء)[^.!?؟\\n]{0,30}?(?:التعليمات|الأوامر|القواعد) (?:السابقة|الأصلية)|(?:التعليمات|الأوامر|القواعد) (?:السابقة|الأصلية)[^.!?؟\\n]{0,20}?(?:ملغاة|ملغية|لاغية|باطلة)|(?:hướng dẫn|chỉ dẫn|quy tắc|lệnh) (?:trước đây|trước đó|ban đầu|cũ)[^.!?\\n]{0,15}?(?:hết hiệu lực|bị hủy|vô hiệu|không còn hiệu lực)|\\b(?:önceki|eski|orijinal) (?:talimatlar|kurallar|bağlam|yönergeler)[a-zçğıöşü]{0,5} (?:geçersiz|iptal edil|kaldırıl)`,
  keywords: [
    "anulad",
    "cancelad",
    "revocad",
    "derogad",
    "sin efecto",
    "obsolet",
    "inválid",
    "suspendid",
    "ya no",
    "annulées",
    "révoquées",
    "caduques",
    "obsolètes",
    "suspendues",
    "abrogées",
    "levées",
    "nulles",
    "ne sont plus",
    "ne s'appliquent plus",
    "aufgehoben",
    "ungültig",
    "außer kraft",
    "hinfällig",
    "widerrufen",
    "nichtig",
    "non valgono",
    "annullate",
    "revocate",
    "sospese",
    "non sono più",
    "revogad",
    "suspensas",
    "sem efeito",
    "não valem",
    "não são válidas",
    "não se aplicam",
    "отменен",
    "аннулирован",
    "недействительн",
    "больше не действуют",
    "失效",
    "作废",
    "作廢",
    "无效",
    "無效",
    "废除",
    "不再有效",
    "無効",
    "失効",
    "取り消",
    "撤回",
    "廃止",
    "يُلغى",
    "يلغى",
    "تُلغى",
    "تلغى",
    "إلغاء",
    "ملغاة",
    "ملغية",
    "لاغية",
    "باطلة",
    "hết hiệu lực",
    "bị hủy",
    "vô hiệu",
    "không còn hiệu lực",
    "geçersiz",
    "iptal edil",
    "kaldırıl",
  ],
};

/**
 * The deployed role ended, other languages (the English override.persona_swap): "ya no eres el bot
 * de atención al cliente", "tu n'es plus l'assistant", "du bist kein Übersetzer-Bot mehr", "你不是客服了".
 * A deployed-role noun (bot, assistant, translator …) is required: "ya no eres mi amigo" is not one.
 */
const PERSONA_SWAP_I18N: RuleDef = {
  id: "override.persona_swap_i18n",
  category: "instruction_override",
  weight: 0.55,
  description:
    "Ends the model's deployed role, other languages (es, fr, de, it, pt, nl, pl, ru, uk, tr, zh, ko, id, sv, vi, ar).",
  pattern: `\\bya no eres (?:el|la|un|una|mi|tu) [a-záéíóúñ -]{0,42}?(?:bot|asistente|chatbot|traductor|tutor|agente)|\\bt(?:u n'es|'es) plus (?:l'|le |la |un |une |mon |ton )?[a-zà-ÿ' -]{0,42}?(?:bot|assistant|assistante|chatbot|traducteur|tuteur|agent)|\\bdu bist (?:ab jetzt |jetzt |ab sofort |nun |ab heute )?keine? [a-zäöüß -]{0,60}?(?:bot|assistent|assistentin|chatbot|übersetzer) mehr\\b|\\bnon sei più (?:il |lo |la |l'|un |una |un')?[a-zàèéìòù' -]{0,42}?(?:bot|assistente|chatbot|traduttore|tutor)|\\bsmettila di fare (?:l'|il |la )(?:assistente|bot|traduttore)|\\b(?:você|tu) (?:não é mais|já não é|não és mais|já não és) (?:o|a|um|uma) [a-zà-ú -]{0,42}?(?:bot|assistente|chatbot|tradutor)|\\bje bent (?:vanaf nu |nu |vanaf vandaag )?geen [a-z -]{0,50}?(?:bot|assistent|chatbot|vertaler) meer\\b|\\bnie jesteś już [a-ząćęłńóśźż -]{0,30}?(?:botem|asystentem|chatbotem|tłumaczem)|(?:ты больше не|ти більше не) [а-яёєіїґ -]{0,30}?(?:бот|ассистент|асистент|помощник|помічник|переводчик|перекладач)|\\bartık [a-zçğıöşü -]{0,30}?(?:botu|asistanı|asistan|bot) değilsin|你(?:不是|不再是|已经不是)[^，。！？,]{0,8}?(?:客服|助手|机器人|翻译|助理)了?|(?:넌|너는|당신은) (?:더 이상 )?[^.!?]{0,15}?(?:봇|어시스턴트|비서|상담원) ?(?:아니|이 아니)|\\bkamu (?:sudah )?bukan [a-z -]{0,20}?(?:bot|asisten|cs|penerjemah) lagi\\b|\\bdu är inte [a-zåäö -]{0,25}?(?:boten|bot|assistenten|assistent|översättaren) (?:längre|mer)\\b|bạn không còn là [^.!?\\n]{0,20}?(?:trợ lý|bot|chatbot)|(?:لم تعد|أنت لست|انت مش|إنت مش)[^.!?؟\\n]{0,20}?(?:مساعد|بوت|روبوت)`,
  keywords: [
    "ya no eres",
    "tu n'es plus",
    "t'es plus",
    "du bist",
    "non sei più",
    "smettila di fare",
    "não é mais",
    "já não é",
    "não és mais",
    "já não és",
    "je bent",
    "nie jesteś już",
    "ты больше не",
    "ти більше не",
    "değilsin",
    "你不是",
    "你不再是",
    "你已经不是",
    "넌",
    "너는",
    "당신은",
    "kamu",
    "du är inte",
    "không còn là",
    "لم تعد",
    "أنت لست",
    "انت مش",
    "إنت مش",
  ],
};

/** All non-English override rules, in registry order. */
export const OVERRIDE_I18N_RULES: readonly RuleDef[] = [
  ...IGNORE_PREVIOUS_I18N_RULES,
  ...HIJACK_I18N_RULES,
  IGNORE_INSTRUCTIONS_I18N,
  INSTRUCTIONS_VOID_I18N,
  PERSONA_SWAP_I18N,
];
