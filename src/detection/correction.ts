/**
 * Self-corrections: people retract their own last message all day, in every language, with the
 * words an instruction override uses — "sorry, ignore my last message, wrong amount", "önceki
 * mesajımı unut, yanlış yazmışım", "quên tin nhắn ở trên đi, mình ghi sai giờ", "すみません、さっきの
 * メッセージは無視してください", "ignore mo yung previous message ko". The "ignore the previous
 * instructions" rules of several languages fire on "forget the previous message" too.
 *
 * The engine does not clear such a text. When every strong rule hit is one of the "drop what came
 * before" rules and each hit
 * - drops something other than instructions (no instructions, directions, rules, prompt, commands
 *   or constraints word in the hit: "ignore all previous instructions" is never a retraction;
 *   INSTRUCTIONS),
 * - names the dropped thing as the speaker's own message (in the hit or right after it: OWN; a
 *   "sorry, typo" next to "ignore the above" is not enough — the first review's attacks put one
 *   before their payload) and says it was a mistake (MISTAKE, within 60 characters),
 * - is followed by at most MAX_AFTER characters (a corrected fact, perhaps one short request: a
 *   longer tail is a payload), and
 * - nothing in the text says anything to or about the model or its readers: its prompt, rules,
 *   secrets, modes, a persona, a dictated output, orders to tell, recommend, rate, approve or
 *   translate, customers and users, prices, "from now on", links (MODEL_TALK),
 * the rule score is capped inside the uncertain band (CORRECTION_SCORE_CAP): the cascade asks a
 * model instead of the rules deciding alone. Dropping one's own message overrides nothing the
 * operator set, so whatever the text asks next is judged as if it had been asked alone.
 *
 * Pure and linear: three short regex tests per hit and one pass over the text, only for texts whose
 * strong evidence is such a rule (at most a few hits: scan.ts caps the spans per rule).
 */
import { INSTRUCTION_NOUNS } from "./rules/lexicon";
import type { RuleMatch } from "./types";

/** Highest rule score of a text whose only strong evidence is a retraction of one's own words (inside the band). */
export const CORRECTION_SCORE_CAP = 0.45;

/** Hits below this weight are weak context, not evidence that decides alone (as in mention.ts). */
const STRONG_WEIGHT = 0.3;

/** The rules that drop earlier content: "ignore the previous instructions" in every language, "forget everything". */
const DROP_EARLIER = /^override\.(?:ignore_previous(?:_[a-z_]+)?|forget_everything)$/;

/**
 * How far after a hit its object may name the speaker's own message ("önceki mesajımı unut", "quên
 * tin nhắn ở trên đi, mình ghi sai giờ", "ignore mo yung previous message ko"): the object, not the
 * payload an attack puts after it.
 */
const OWN_AFTER = 30;

/** How far before and after a hit the mistake may be named ("sorry, …", "…, yanlış yazmışım"). */
const CUE_AROUND = 60;

/**
 * A retraction goes on with the corrected fact and perhaps one short request ("… it's 450, not 540.
 * Does the total still add up?"): longer text after the hit is a payload, not a correction.
 */
const MAX_AFTER = 200;

/**
 * Instructions, rules, prompt, commands, directives, in the languages of the drop rules: a hit that
 * holds one drops the model's instructions, which no retraction of one's own message does.
 */
const INSTRUCTIONS = new RegExp(
  [
    `${INSTRUCTION_NOUNS}|instruction|directive|guardrail|polic(?:y|ies)|system`,
    "anweisung|befehl|regeln|vorgabe|instruktion|richtlinie|instrucc|instruç|istruzion|indicacion|reglas|regras|regole|órdenes|comando|directiv|diretriz|consigne|règles|ordres|instructie|opdracht|regels|instrukcj|polece|zasad|reguł",
    "инструкц|інструкц|указани|вказівк|правил|команд|промпт|приказ|настанов|talimat|kural|komut|yönerge|hướng dẫn|chỉ dẫn|chỉ thị|lệnh|quy tắc|instruksi|perintah|aturan|arahan|petunjuk|utos|panuto",
    "指示|命令|指令|ルール|プロンプト|設定|制約|지시|명령|지침|규칙|프롬프트|规则|規則|提示|设定|說明|说明|تعليمات|أوامر|اوامر|قواعد|توجيهات|إرشادات|دستور|निर्देश|नियम|आदेश|हिदायत|प्रॉम्प्ट|নির্দেশ|নিয়ম|আদেশ",
    "anvisning|regler|direktiv|ohje|sään|käsk|pokyn|instrukc|pravidl|utasítás|szabály|parancs|instrucțiun|reguli|οδηγί|εντολ|κανόν|הוראות|כללים|คำสั่ง|คําสั่ง|กฎ|maagizo|arahan|hướng",
  ].join("|"),
);

/** Latin letters, for word edges around short words ("fel", "sai", "mali"). */
const LAT = "a-zà-öø-ÿāăąćčďđēėęěğīįıķĺľłńņňőœŕřśşšţťūůűųźżžơưạ-ỹ";

/**
 * "I made a mistake": typo, wrong, mixed up, by accident, sorry, "I meant", in the languages the
 * drop rules cover; short words with word edges ("oops" is not in "loops").
 */
const MISTAKE = new RegExp(
  [
    `(?<![${LAT}])(?:typo|my bad|mistake|mis-?typed|misspel\\w*|wrong|mixed (?:it |them )?up|by accident|accidentally|oops|sorry|i meant)(?![${LAT}])`,
    "vertippt|verschrieben|vertan|falsch|versehen|entschuldig|tippfehler|ich meinte|verwechselt|vergist|verkeerd|excuus|typfout|per ongeluk|bedoelde",
    "me he liado|me lié|me equivoqu|me he equivocado|perdón|lo siento|quise decir|sin querer|me confund|enganei|errei|errad|desculp|foi mal|quis dizer|sem querer|sbagli|scusa|volevo dire|per sbaglio|trompé|faute de frappe|désolé|je voulais dire|par erreur|oups",
    "pomyli|pomyłk|literówk|przeprasz|sorki|omlouv|překlep|elírt|bocs|greșit|gresit|greșeal|scuze|förlåt|ursäkta|skrev fel|råkade|undskyld|beklager|unnskyld|väärin|anteeksi",
    `(?<![${LAT}])(?:fel|fejl|feil|źle|rossz|fout|sai|nhầm|nham|mali|salah|keliru|maaf|sori)(?![${LAT}])`,
    "ошибся|ошиблась|опечат|извин|перепутал|помилив|помилилась|вибач|перепрош|переплутав|переплутала|λάθος|συγγνώμη|συγνώμη",
    "yanlış|yanlis|kusura bakma|pardon|özür|karıştır|xin lỗi|xin loi|lỡ tay|pasensya",
    "間違|まちが|ミス|ごめん|すみません|誤字|잘못|실수|오타|죄송|미안|헷갈|打错|打錯|搞错|搞錯|弄错|弄錯|错了|錯了|不好意思|抱歉|发错|發錯|写错|寫錯",
    "آسف|عذرا|المعذرة|بالخطأ|ببخشید|معذرت|סליחה|התבלבל|गलती|ग़लती|माफ़ करना|माफ करना|galti|দুঃখিত|ขอโทษ",
  ].join("|"),
);

/**
 * The dropped thing is the speaker's own message: "my last message", "what I wrote", "mesajımı",
 * "của mình", "message ko", "さっきのメッセージ", "내가 보낸", "我刚才", "رسالتي", "मेरा".
 */
const OWN = new RegExp(
  [
    "\\bmy (?:last|previous|earlier|first|other)? ?(?:message|msg|question|email|e-mail|text|list|post|reply|note|comment|request)|\\bwhat i (?:wrote|said|sent|typed|asked)",
    "\\bwas ich (?:geschrieben|gesagt|geschickt)|\\bmeine (?:letzte|vorherige) (?:nachricht|frage|mail)|\\bwat ik (?:schreef|zei|stuurde)|\\bmijn (?:vorige|laatste) (?:bericht|vraag|mail)",
    "\\bmi (?:último |anterior )?(?:mensaje|pregunta|correo)|\\blo que (?:te )?(?:dije|escribí|mandé)|\\bmon (?:dernier |précédent )?(?:message|mail)|\\bce que (?:j'ai|je t'ai) (?:écrit|dit|envoyé)|\\b(?:minha|meu) (?:última |último |anterior )?(?:mensagem|pergunta|e-mail)|\\bil mio (?:ultimo |precedente )?(?:messaggio|mail)|\\bquello che (?:ho|ti ho) (?:scritto|detto)",
    "\\bmoj(?:ą|a|e|ej|ego) (?:ostatni|poprzedni)|\\bmoje (?:wiadomości|pytanie)|моё (?:последнее |предыдущее )?сообщени|мое (?:последнее |предыдущее )?сообщени|мой (?:последний |предыдущий )?(?:вопрос|текст)|что я (?:написал|сказал|отправил)|моє (?:останнє |попереднє )?повідомлен|що я (?:написав|сказав|надіслав)",
    "mesajımı|mesajım|e-postamı|e-postam|mailimi|sorumu|listemi|yazdığımı|yazdıklarımı|dediğimi|söylediğimi|của mình|của em|của tôi|của tớ|mình (?:hỏi|ghi|viết|gửi|liệt kê)|pesan(?:ku| saya| aku)|yang (?:saya|aku) (?:tulis|kirim)|(?:message|msg|tanong|sinabi) ko\\b",
    "(?:私|僕|俺)の(?:メッセージ|質問|文章)|さっきの(?:メッセージ|質問|内容)|先ほどの(?:メッセージ|質問)|(?:내|제)가 (?:보낸|쓴|말한)|(?:내|제) (?:메시지|질문)|我(?:刚才|剛才|之前|上面)?(?:发|發|写|寫|说|說)的(?:消息|訊息|内容|內容|那条|那條|话|話)",
    "رسالتي|سؤالي|كلامي|ما كتبته|پیامم|سوالم|(?:मेरा|मेरी|मेरे) (?:पिछला |पिछली |पिछले )?(?:मैसेज|मेसेज|संदेश|सवाल)|\\b(?:mera|meri|mere) (?:pichla |pichhla |last )?(?:message|msg|sawal)|আমার (?:আগের )?(?:মেসেজ|বার্তা)",
  ].join("|"),
);

/**
 * Anything to or about the model or its readers, before or after the hit: AI words, its prompt,
 * rules, restrictions, secrets and passwords, modes and personas, a dictated output, orders to
 * tell, inform, recommend, rate, approve, translate or talk like someone, customers and users,
 * prices and payments, "from now on". An attack that opens like a retraction needs one of these to
 * do anything; a retraction goes on about the speaker's own business.
 */
const MODEL_TALK = new RegExp(
  [
    // Any language: the loanwords attacks use everywhere.
    "prompt|system|sistem|jailbreak|\\bdan\\b|developer|dev mode|\\bai\\b|\\bki\\b|\\bia\\b|\\bllm|gpt|chatbot|assistant|asistan|asystent|bot\\b|pwned|hacked|verbatim|you are|https?:|www\\.|\\bdot (?:com|net|org|cn|ru)\\b|点 ?(?:com|cn|net)",
    // English
    "password|passcode|secret|confidential|rules|restriction|filter|guideline|polic(?:y|ies)|safety|censor|unrestricted|uncensored|no limits|act as|pretend|role-?play|from (?:now|here) on|reply|respond|answer|\\bsay\\b|\\bprint|\\boutput|\\breveal|\\brepeat|show (?:me )?your|your (?:instructions|orders|creator|developer)",
    "\\btell\\b|inform|notify|let (?:\\w+ )?know|\\bquote|recommend|promote|\\brate\\b|\\bscore|classify|\\bmark (?:it|them|this|all|every|as)|translat|speak like|talk like|insult|swear|\\bgrant|refund|price|discount|treat (?:\\w+ ){0,4}as|approv|\\bpay\\b|\\bwire\\b|\\bcard\\b|customers?|\\busers?\\b|everyone|everybody|(?<![\\w-])(?:send|forward|e-?mail|delete|transfer|click|visit|navigate)\\b",
    // A dictated output: a verb of saying or writing, then a colon, or "directly".
    "(?:say|output|print|write|reply|respond|answer|sag|sage|sagen|schreib|schreibe|schreiben|ausgeben|aus|envíe|envía|emita|emite|diga|escrib[ae]|respond[ae]|dites|écri(?:s|vez)|répond(?:s|ez)|escreva|responda|scrivi|rispondi|zeg|schrijf|antwoord|powiedz|napisz|odpowiedz|скажи|напиши|ответь|выведи|виведи|скажіть|söyle|yaz|nói|viết|trả lời|katakan|tulis|jawab|sabihin|isulat|言って|書いて|答えて|말해|대답해|说|說|输出|輸出|قل|اكتب|أجب|कहें|कहो|लिखें|लिखो|बोलो|बोलें|বলো|বলুন|লিখুন)(?![a-zà-öø-ÿçğışœа-яёіїє])[^.!?\\n。！？]{0,30}[:：]",
    "directly|direkt|directamente|directement|diretamente|direttamente|bezpośrednio|напрямую|doğrudan|trực tiếp|langsung|直接|そのまま|바로|مباشرة|सीधे|সরাসরি",
    // German, Dutch, Scandinavian
    "passwort|kennwort|geheim|regeln|einschränk|richtlinie|zensur|ab jetzt|ab sofort|von nun an|du bist jetzt|gib (?:mir )?(?:dein|alle)|teile? (?:\\w+ ){0,4}mit|empfiehl|antworte|übersetz|bewerte|kunden|preis|wachtwoord|regels|beperking|vanaf nu|je bent nu|klanten|vertaal|lösenord|regler|begränsning|adgangskode|passord|från och med nu|fra nu af|fra nå av|kunder",
    // Romance
    "contraseña|secreto|reglas|restricci|a partir de ahora|de ahora en adelante|ahora eres|\\bdi a\\b|recomienda|aprueba|traduc|clientes?|precio|mot de passe|règles|désormais|à partir de maintenant|tu es maintenant|annonce|tradu|insulte|prix|senha|regras|restriç|agora você|a partir de agora|preço|regole|restrizion|d'ora in poi|da ora in poi|ora sei|prezzo",
    // Slavic, Hungarian, Finnish
    "hasło|hasła|zasad|ograniczeń|od teraz|od tej chwili|jesteś teraz|poinformuj|polecaj|klient|cen[aęy]|пароль|правил|огранич|фильтр|секрет|теперь ты|с этого момента|отныне|сообщи|переведи|оценива|клиент|цен[аыу]|обмежен|відтепер|тепер ти|повідом|heslo|pravidl|omezení|jelszó|szabály|mostantól|salasana|säännö|rajoitu|tästä lähtien",
    // "From now on", refusals and role-play in the languages of the review's bypasses
    "şu andan itibaren|bundan böyle|reddet|mula ngayon|simula ngayon|pagtanggi|tumanggi|今後|これ以降|拒否|断ら|罵倒|từ nay|kể từ|đóng vai|không từ chối|từ chối|接下来|今后|拒绝|拒絕|앞으로|거절|отныне|впредь|отказ|відмов|ab sofort|ablehn|verweiger|désormais|refus|de ahora en adelante|rechaz|negarte|recus|rifiut|odmaw|weiger",
    // Turkish, Vietnamese, Indonesian, Tagalog
    "şifre|parola|kural|kısıtla|artık sen|bundan sonra|bildir|öner|onayla|değerlendir|fiyat|müşteri|mật khẩu|quy tắc|giới hạn|từ giờ|từ bây giờ|bạn là|khuyên|báo cho|đánh giá|giới thiệu|khách hàng|giá|kata sandi|aturan|batasan|mulai sekarang|kamu adalah|beri tahu|naikkan|setujui|pelanggan|harga|simula ngayon|walang (?:filter|rules|limitasyon)|sabihan|customer",
    // Japanese, Korean, Chinese
    "パスワード|ルール|制限|フィルター|秘密|今から|これから|以後|以降|あなたは|伝えて|案内|評価|承認|回答|ユーザー|顧客|価格|비밀번호|규칙|제한|필터|비밀|지금부터|이제부터|앞으로|너는|당신은|안내|답변|추천|평가|처리|사용자|고객|가격|密码|密碼|规则|規則|限制|过滤|過濾|秘密|从现在|從現在|以后|以後|你现在|你現在|你是|告诉|告訴|推荐|推薦|评为|改成|价格|價格|批准|标记|標記|用户|用戶|客户|客戶|所有人|每个人|每個人",
    // Arabic, Persian, Hebrew, Hindi, Bengali, Thai, Greek
    "كلمة المرور|كلمة السر|القواعد|قيود|سري|من الآن|أنت الآن|انت الآن|أخبر|اخبر|اقترح|ترجم|العملاء|المستخدمين|السعر|رمز عبور|قوانین|محدودیت|از این به بعد|סיסמה|כללים|הגבלות|מעכשיו|पासवर्ड|नियम|प्रतिबंध|गोपनीय|अब से|तुम अब|बताएं|बताओ|बताइए|मंज़ूर|मंजूर|जोड़ो|ग्राहक|यूज़र|পাসওয়ার্ড|নিয়ম|এখন থেকে|รหัสผ่าน|กฎ|ข้อจำกัด|ต่อจากนี้|κωδικ|κανόν|περιορισμ|από τώρα",
  ].join("|"),
);

/**
 * True when every strong rule hit of `matches` drops earlier content (DROP_EARLIER) and each reads
 * as a person retracting their own message: no instructions word in the hit, their own message
 * named in it or right after it, a mistake next to it, a short tail, and nothing to or about the
 * model anywhere in the text.
 *
 * @param text the caller's original text (match offsets refer to it)
 * @param matches the rule and signal matches of `text`
 */
export function onlySelfCorrections(text: string, matches: readonly RuleMatch[]): boolean {
  let strong = 0;
  // Slices of the original text, lower-cased each: match offsets refer to `text`, and lower-casing
  // the whole text first can shift them ("İ" becomes two code units).
  const lowerSlice = (from: number, to: number): string => text.slice(Math.max(0, from), to).toLowerCase();
  for (const m of matches) {
    if (m.weight < STRONG_WEIGHT) continue;
    if (m.decodedFrom !== undefined || !DROP_EARLIER.test(m.rule)) return false;
    strong++;
    if (INSTRUCTIONS.test(lowerSlice(m.start, m.end))) return false;
    if (!OWN.test(lowerSlice(m.start, m.end + OWN_AFTER))) return false;
    if (!MISTAKE.test(lowerSlice(m.start - CUE_AROUND, m.end + CUE_AROUND))) return false;
    if (text.length - m.end > MAX_AFTER) return false;
  }
  // Once over the whole text (the hits hold no such word: they hold no instructions word either).
  return strong > 0 && !MODEL_TALK.test(text.toLowerCase());
}
