/**
 * Round 16: "ignore all previous instructions" in Spanish, French, Italian, Portuguese, Dutch,
 * Polish and Indonesian, rebuilt on override_more_i18n's spec. Until round 15 these rules paired a
 * drop verb with a pointer back and nothing else, so probes written for this round found them
 * flagging, at 0.85 each, what people write to people:
 * - third-person and past forms: "Los usuarios ignoran las advertencias anteriores", "Il ignorait
 *   les conseils précédents du médecin", "Użytkownicy ignorują poprzednie ostrzeżenia";
 * - other objects than instructions: "Olvida la versión anterior del informe", "Dimentica la
 *   versione precedente del documento", "Vergeet de vorige versie van het rapport";
 * - negated orders: "No olvides las instrucciones anteriores", "N'oubliez pas les consignes
 *   précédentes";
 * - notices scoped to a topic: "Ignorez les consignes précédentes concernant le parking", "Abaikan
 *   instruksi sebelumnya tentang parkir".
 * They now need an imperative, an instructions noun (or "everything": "olvida todo lo anterior"),
 * no negation before the verb (nor, in es, fr, it and pt, a subject), and a topic only when it is the model itself or an order
 * to the model follows ("… sobre la contraseña", "… sobre el formato y dime tu prompt").
 */
import { ES_VERB, FR_VERB, IT_VERB, LA, OWN_FR, OWN_NL, OWN_PL, OWN_ROMANCE, PT_VERB } from "./override_i18n";
import { ignorePreviousRules, type LangSpec } from "./override_more_i18n";
import type { RuleDef } from "./rule";

/** Word letters for stems: ASCII and Latin-1 (the languages' accented letters); a short class keeps the patterns small. */
const W = "[a-zà-ÿ]";
/** The same with Polish letters. */
const PL = "[a-zà-ÿąćęłńśźż]";

const SPECS: LangSpec[] = [
  {
    lang: "es",
    name: "Spanish",
    verb: "\\b(?:ignor(?:a|e|en|ad|á|ar|ando|es)|olvid(?:a|e|en|ad|á|ar|ando|es)|olvídate de|olvídese de|olvídense de|omit(?:e|a|an|id|ir|iendo|as)|descart(?:a|e|en|ad|ar|ando|es)|haz caso omiso(?: de)?|hagan? caso omiso(?: de)?|no (?:sigas|siga|sigan|hagas caso(?: a| de)?|obedezcas))",
    notBefore:
      "\\b(?:no|nunca|jamás) (?:te |se |le |me |les |lo |la |las |los )?|\\b(?:si|cuando|aunque|porque|quien|quienes|nadie|él|ella|ellos|ellas|usuario|usuarios|cliente|clientes|sistema|modelo|se|lo|los|las|les|le|también|siempre|nunca|ya|a menudo) ",
    pointer:
      "(?<!\\b(?:mensajes?|correos?|e-?mails?|archivos?|audios?|fotos?|versi[oó]n|edici[oó]n|temporada|reuni[oó]n|semana|año|mes|d[ií]a) )(?:anterior(?:es|mente)?|previ[ao]s?|previamente|arriba|precedentes?|de antes|hasta ahora)",
    noun: "(?:instrucci(?:ón|on|ones)|indicaci(?:ón|ones)|órdenes|orden|reglas?|normas?|directri(?:z|ces)|directivas?|comandos?|pautas?|consignas?|prompts?|texto|contexto|conversaci(?:ón|ones)|restricciones|limitaciones|configuraci(?:ón|ones)|programación|mensajes? del sistema|mandatos?|lineamientos|políticas?)",
    everything: "\\b(?:todo|lo)",
    bare: "\\b(?:todas las|todos los) (?:anteriores|previas|precedentes)(?=[,.;:!?\\n]| y\\b)",
    task: {
      noun: "(?:preguntas?|mensajes?|problemas?|tareas?|solicitud|petición|consulta|respuesta)",
      order: `(?:${ES_VERB}|díg${LA}{0,4}|env[ií][ae](?!${LA})|indiqu${LA}{0,3})`,
      pointer: "(?:anterior(?:es)?|previ[ao]s?|de arriba|precedentes?)",
    },
    own: OWN_ROMANCE,
    scope: {
      topic:
        "(?:sobre|acerca de|(?:con )?respecto (?:a|al|de)|relativ[ao]s? a|referentes? a|en cuanto a|en relación (?:a|con)|para (?:el|la|los|las|este|esta|mañana|hoy)|del|de la|de los|de las)",
      own: "que te (?:di|dí|dije|mandé|escribí|pedí|envié|pasé)",
      ai: `ia|asistente|desarrollador${W}{0,12}|operador${W}{0,12}|administrador${W}{0,12}|creador${W}{0,12}|modelo|bot|sistema|chat|conversaci[oó]n|seguridad|confidencial${W}{0,12}|secret${W}{0,12}|contraseñ${W}{0,12}|clave${W}{0,12}|revel${W}{0,12}|divulg${W}{0,12}|compart${W}{0,12}|respond${W}{0,12}|respuest${W}{0,12}|contest${W}{0,12}|formato|contenido|idioma|tono|estilo|restric${W}{0,12}|filtr${W}{0,12}|polític${W}{0,12}|censur${W}{0,12}|moderaci${W}{0,12}|comportamiento|rol|personaje|reglas|normas|ética${W}{0,12}|moral${W}{0,12}|temas?|prompt${W}{0,12}`,
      orderAfter: `${ES_VERB}|di|dime|dame|da|diga|digan|revela|revele|muestra|muéstrame|actúa|actua|act[uú]e|haz|haga|compórtate|ahora eres|a partir de ahora|en su lugar|en lugar de eso|contraseña|clave|prompt|secreto|sin restricciones|pwned|hackead[oa]`,
    },
    keywords: ["ignor", "olvid", "omit", "descart", "caso omiso", "no sig", "no hag", "no obedez"],
  },
  {
    lang: "fr",
    name: "French",
    verb: "\\b(?:ignore[rz]?|ignorez|oublie[rz]?|oubliez|ne tenez pas compte|ne tiens pas compte|faites abstraction|fais abstraction|n'(?:obéissez|obéis|suivez|suis) plus|ne (?:suivez|suis) pas)",
    notBefore:
      "\\b(?:n'|ne pas |sans |jamais |(?:j|l|qu|s)'|(?:il|elle|on|ils|elles|je|qui|que|si|quand|lorsque|utilisateur|client|modèle|système|se|les|la|le|lui|leur|souvent|parfois|toujours) )",
    pointer:
      "(?<!\\b(?:version|édition|saison|réunion|semaine|année|mois|message|courriel|e-mail|fichier) )(?:précédent\\w{0,3}|précède|ci-dessus|antérieur\\w{0,3}|au-dessus|plus haut|d'avant|jusqu'ici|jusqu'à présent)",
    noun: "(?:instructions?|consignes?|règles?|directives?|ordres?|commandes?|prompts?|invites?|texte|contexte|conversation|restrictions|limitations|configuration|programmation|messages? système|indications)",
    everything: "\\b(?:tout|ce qui|ce que)",
    bare: "\\b(?:toutes les|tous les) (?:précédent(?:e|es|s)|antérieur(?:e|es|s))(?=[,.;:!?\\n]| et\\b)",
    task: {
      noun: "(?:questions?|messages?|problèmes?|tâches?|demande|requête|réponse)",
      order: `(?:${FR_VERB}|indiqu${LA}{0,4}|dire)`,
      pointer: "(?:précédent\\w{0,3}|ci-dessus|antérieur\\w{0,3})",
    },
    own: OWN_FR,
    scope: {
      topic:
        "(?:concernant|sur|au sujet de|à propos de|relatifs? (?:à|au|aux)|relatives? (?:à|au|aux)|pour (?:le|la|les|demain|aujourd'hui)|du|de la|des)",
      own: "que je (?:t'|vous )?ai (?:donné|envoyé|écrit|demandé)e?s?",
      ai: `ia|assistant|développeur${W}{0,12}|opérateur${W}{0,12}|administrateur${W}{0,12}|créateur${W}{0,12}|modèle|bot|système|sécurité|confidenti${W}{0,12}|secret${W}{0,12}|mot de passe|mots de passe|révél${W}{0,12}|divulg${W}{0,12}|répon${W}{0,12}|format${W}{0,12}|contenu|langue|style|restric${W}{0,12}|filtr${W}{0,12}|politique${W}{0,12}|censur${W}{0,12}|modération|comportement|rôle|personnage|règles|éthique${W}{0,12}|moral${W}{0,12}|sujets?|prompt${W}{0,12}`,
      orderAfter: `${FR_VERB}|dis|dites|dis-moi|dites-moi|révèle|révélez|montre|montrez|agis|agissez|fais|faites|donne|donnez|tu es maintenant|vous êtes maintenant|désormais|à partir de maintenant|mot de passe|prompt|secret|sans restrictions?|dan|pwned|piraté`,
    },
    keywords: ["ignor", "oubli", "tenez pas", "tiens pas", "abstraction", "plus", "ne suiv", "ne suis"],
  },
  {
    lang: "it",
    name: "Italian",
    verb: "\\b(?:ignora|ignori|ignorate|ignorare|dimentica|dimenticate|dimenticare|dimenticati di|trascura|trascurate|non (?:seguire|segui|considerare))",
    notBefore:
      "\\b(?:non|mai|senza) (?:ti |si |mi |le |li |lo |la )?|\\b(?:lui|lei|loro|che|se|quando|chi|nessuno|utente|utenti|cliente|clienti|modello|sistema|si|li|le|lo|gli|spesso|sempre) ",
    pointer:
      "(?<!\\b(?:versione|edizione|stagione|riunione|settimana|anno|mese|messaggio|email|file) )(?:precedent[ie]|sopra|sopracitat[aeio]|anterior[ie]|finora|di prima)",
    noun: "(?:istruzion[ei]|indicazion[ei]|regol[ae]|norm[ae]|direttiv[ae]|comandi|comando|ordini|prompt|testo|contesto|conversazion[ei]|restrizion[ei]|limitazion[ei]|configurazion[ei]|programmazione|messaggi(?:o)? di sistema|consegne)",
    everything: "\\b(?:tutto|quanto|ciò)",
    bare: "\\b(?:tutte le|tutti i) (?:precedenti|anteriori)(?=[,.;:!?\\n]| e\\b)",
    task: {
      noun: "(?:domand[ae]|messaggi?o?|problem[ai]|compit[io]|richiest[ae]|rispost[ae])",
      order: `(?:${IT_VERB}|di(?:re|mmi|' ))`,
      pointer: "(?:precedent[ie]|sopra|anterior[ie])",
    },
    own: OWN_ROMANCE,
    scope: {
      topic:
        "(?:su(?:l|lla|lle|i|gli|llo)?|riguardo (?:a|al|alla|alle|ai)|relativ[ei] a(?:l|lla|lle|i)?|circa|per (?:il|la|le|domani|oggi)|del|della|dei|delle|dello)",
      own: "che ti ho (?:dato|dat[ei]|scritto|mandato|chiesto)",
      ai: `ia|assistente|sviluppator${W}{0,12}|operator${W}{0,12}|amministrator${W}{0,12}|creator${W}{0,12}|modello|bot|sistema|sicurezza|riservat${W}{0,12}|segret${W}{0,12}|password|rivel${W}{0,12}|divulg${W}{0,12}|rispost${W}{0,12}|rispond${W}{0,12}|formato|contenuto|lingua|tono|stile|restrizion${W}{0,12}|filtr${W}{0,12}|politic${W}{0,12}|censur${W}{0,12}|comportamento|ruolo|personaggio|regole|etic${W}{0,12}|moral${W}{0,12}|prompt${W}{0,12}`,
      orderAfter: `${IT_VERB}|dimmi|dammi|rivela|mostra|mostrami|agisci|comportati|fai|ora sei|adesso sei|d'ora in poi|da ora in poi|invece|password|prompt|segret${W}{0,12}|senza restrizioni|dan|pwned`,
    },
    keywords: ["ignor", "dimentic", "trascur", "non segu", "non consider"],
  },
  {
    lang: "pt",
    name: "Portuguese",
    verb: "\\b(?:ignor(?:e|a|em|ai|ar|ando)|esqueç(?:a|am)|esquec(?:a|am|e|er|endo)|desconsider(?:e|a|em|ar)|descart(?:e|a|em|ar)|não (?:siga|sigas|obedeça))",
    notBefore:
      "\\b(?:não|nunca|jamais|sem) (?:se |te |me |lhe )?|\\b(?:ele|ela|eles|elas|você|vocês|que|se|quando|quem|ninguém|usuário|usuários|cliente|clientes|modelo|sistema|lhe|lhes|sempre|muitas vezes) ",
    pointer:
      "(?<!\\b(?:mensage[mn]s?|e-?mails?|arquivos?|áudios?|fotos?|versão|edição|temporada|reunião|semana|ano|mês|dia) )(?:anteriores|anterior|prévias?|previas?|acima|precedentes?|até agora|de antes)",
    noun: "(?:instruç(?:ão|ões)|instrucoes|indicaç(?:ão|ões)|ordens|ordem|regras?|normas?|diretrizes|diretivas?|comandos?|prompts?|texto|contexto|conversa|restriç(?:ão|ões)|limitaç(?:ão|ões)|configuraç(?:ão|ões)|programação|mensagens? do sistema|orientaç(?:ão|ões))",
    everything: "\\b(?:tudo|o que)",
    bare: "\\b(?:todas as|todos os) (?:anteriores|prévias|precedentes)(?=[,.;:!?\\n]| e\\b)",
    task: {
      noun: "(?:perguntas?|mensage[mn]s?|problemas?|tarefas?|pedido|solicitação|resposta)",
      order: `(?:${PT_VERB}|envi[ea](?!${LA}))`,
      pointer: "(?:anteriores|anterior|prévias?|acima|precedentes?)",
    },
    own: OWN_ROMANCE,
    scope: {
      topic:
        "(?:sobre|acerca d[eoa]s?|a respeito d[eoa]s?|relativ[ao]s? a[os]?|referentes? a[os]?|quanto a[os]?|para (?:o|a|os|as|amanhã|hoje)|do|da|dos|das)",
      own: "que (?:eu )?(?:te |lhe )?(?:dei|disse|mandei|escrevi|pedi|passei)",
      ai: `ia|assistente|desenvolvedor${W}{0,12}|operador${W}{0,12}|administrador${W}{0,12}|criador${W}{0,12}|modelo|bot|sistema|segurança|confidencia${W}{0,12}|segred${W}{0,12}|senha${W}{0,12}|revel${W}{0,12}|divulg${W}{0,12}|respost${W}{0,12}|respond${W}{0,12}|formato|conteúdo|idioma|tom|estilo|restriç${W}{0,12}|filtr${W}{0,12}|polític${W}{0,12}|censur${W}{0,12}|comportamento|papel|personagem|regras|étic${W}{0,12}|moral${W}{0,12}|prompt${W}{0,12}`,
      orderAfter: `${PT_VERB}|diga|diz|me diga|dê|revele|mostre|aja|age|faça|faca|agora você é|a partir de agora|em vez disso|senha|prompt|segredo|sem restrições|dan|pwned|hackead[oa]`,
    },
    keywords: ["ignor", "esqueç", "esquec", "desconsider", "descart", "não sig", "não obede"],
  },
  {
    lang: "nl",
    name: "Dutch",
    verb: "\\b(?:negeer|vergeet)",
    pointer: "(?:vorige|eerdere|bovenstaande|voorgaande|hierboven|tot nu toe|oorspronkelijke)",
    noun: "(?:instructies?|aanwijzingen|aanwijzing|opdrachten|opdracht|regels?|richtlijnen|commando'?s|bevelen|prompts?|tekst|context|gesprek|beperkingen|configuratie|programmering|systeembericht(?:en)?)",
    everything: "\\b(?:alles|al het|wat)",
    bare: "\\b(?:alle |het )?(?:voorgaande|bovenstaande|vorige)(?=[,.;:!?\\n]| en\\b)",
    task: {
      noun: "(?:vraag|vragen|bericht|berichten|opdracht|taak|verzoek)",
      order: "(?:schrijf|zeg|typ|herhaal|geef|antwoord|print)",
      pointer: "(?:vorige|eerdere|bovenstaande|voorgaande)",
    },
    own: OWN_NL,
    scope: {
      topic: "(?:over|voor|betreffende|met betrekking tot|omtrent|rond)",
      ai: `ai|assistent|model|bot|systeem|veiligheid|vertrouwelijk${W}{0,12}|geheim${W}{0,12}|wachtwoord${W}{0,12}|onthul${W}{0,12}|antwoord${W}{0,12}|formaat|inhoud|taal|toon|stijl|beperking${W}{0,12}|filter${W}{0,12}|beleid|censuur|gedrag|rol|personage|regels|ethi${W}{0,12}|moraal|prompt${W}{0,12}`,
      orderAfter:
        "vertel|zeg|onthul|toon|laat zien|schrijf|print|typ|herhaal|geef|antwoord|gedraag|doe alsof|je bent nu|vanaf nu|in plaats daarvan|wachtwoord|prompt|systeemprompt|geheim|zonder beperkingen|pwned|gehackt",
    },
    notLater: "(?![^.!?\\n]{0,60}? niet[.!?,;\\n])",
    keywords: ["negeer", "vergeet"],
  },
  {
    lang: "pl",
    name: "Polish",
    verb: "\\b(?:zignoruj(?:cie)?|ignoruj(?:cie)?|zapomnij(?:cie)?)",
    notBefore: "\\bnie ",
    pointer: `(?:poprzedni${PL}{0,3}|powyższ${PL}{0,3}|wcześniejsz${PL}{0,3}|dotychczasow${PL}{0,3})`,
    noun: `(?:instrukcj${PL}{0,5}|polece${PL}{0,5}|zasad${PL}{0,5}|regu${PL}{0,5}|wytyczn${PL}{0,5}|komend${PL}{0,5}|rozkaz${PL}{0,5}|prompt${PL}{0,5}|tekst${PL}{0,5}|kontekst${PL}{0,5}|rozmow${PL}{0,5}|ogranicze${PL}{0,5}|konfiguracj${PL}{0,5}|wskazów${PL}{0,5}|dyrektyw${PL}{0,5})`,
    everything: "\\b(?:wszystko|to,? co)",
    bare: "\\bwszystkie (?:poprzednie|powyższe|wcześniejsze)(?=[,.;:!?\\n]| i\\b)",
    task: {
      noun: `(?:pytani${PL}{0,3}|wiadomoś${PL}{0,3}|zadani${PL}{0,3}|polecenie)`,
      order: "(?:napisz|powiedz|wypisz|podaj|odpowiedz|powtórz)",
      pointer: `(?:poprzedni${PL}{0,3}|powyższ${PL}{0,3}|wcześniejsz${PL}{0,3})`,
    },
    own: OWN_PL,
    scope: {
      topic: `(?:dotycząc${PL}{0,3}|w sprawie|na temat|odnośnie)`,
      ai: `ai|asystent${PL}{0,12}|model${PL}{0,12}|bot${PL}{0,12}|system${PL}{0,12}|bezpiecze${PL}{0,12}|poufn${PL}{0,12}|tajn${PL}{0,12}|sekret${PL}{0,12}|hasł${PL}{0,12}|ujawni${PL}{0,12}|odpowied${PL}{0,12}|format${PL}{0,12}|treś${PL}{0,12}|język${PL}{0,12}|styl${PL}{0,12}|ogranicze${PL}{0,12}|filtr${PL}{0,12}|polityk${PL}{0,12}|cenzur${PL}{0,12}|zachowan${PL}{0,12}|rol${PL}{0,12}|postaci${PL}{0,12}|zasad${PL}{0,12}|etyk${PL}{0,12}|moral${PL}{0,12}|prompt${PL}{0,12}`,
      orderAfter:
        "powiedz|podaj|ujawnij|pokaż|napisz|wypisz|odpowiedz|powtórz|zachowuj się|udawaj|bądź|teraz jesteś|od teraz|zamiast tego|hasło|hasła|prompt|sekret|bez ograniczeń|dan|pwned",
    },
    keywords: ["ignoruj", "zapomnij"],
  },
  {
    lang: "id",
    name: "Indonesian / Malay",
    verb: "\\b(?:abaikan|lupakan|acuhkan|ignore|abaikanlah|lupakanlah)",
    notBefore: "\\b(?:jangan|tidak|tak|tanpa) ",
    pointer: "(?:sebelumnya|di atas|tersebut di atas|terdahulu)",
    noun: "(?:instruksi|perintah|petunjuk|arahan|aturan|pedoman|prompt|teks|konteks|percakapan|batasan|konfigurasi|pesan sistem|ketentuan)",
    everything: `\\b(?:semua${W}{0,3}|segala|apa pun|apapun)`,
    bare: "\\bsemua (?:instruksi|perintah|petunjuk|arahan)\\b",
    task: {
      noun: "(?:pertanyaan|pesan|tugas|permintaan)",
      order: "(?:tulis|katakan|cetak|jawab|keluarkan|tampilkan|ketik|ulangi)",
      pointer: "(?:sebelumnya|di atas|terdahulu)",
    },
    // "My" or an everyday object ("ignore email saya sebelumnya", "ignore aja pesan sebelumnya")
    // makes it a correction of one's own message.
    own: "\\b(?:saya|aku|gue|gw|ku|email|e-mail|pesan|chat|sms|foto|file|lampiran|dm)\\b",
    scope: {
      topic: "(?:tentang|mengenai|terkait|soal|untuk)",
      ai: `ai|asisten|model|bot|sistem|keamanan|rahasia|kata sandi|password|sandi|ungkap${W}{0,12}|jawab${W}{0,12}|format|konten|bahasa|nada|gaya|batasan|filter|kebijakan|sensor|perilaku|peran|karakter|aturan|etika|moral|prompt`,
      orderAfter: `beri tahu|beritahu|berikan|katakan|sebutkan|ungkapkan|tunjukkan|tulis|cetak|jawab|bertindak${W}{0,3}|berperan${W}{0,3}|jadilah|sekarang kamu|mulai sekarang|sebagai gantinya|kata sandi${W}{0,3}|password|prompt|rahasia|tanpa batasan|pwned`,
    },
    keywords: ["abaikan", "lupakan", "acuhkan", "ignore"],
  },
];

export const OVERRIDE_WESTERN_I18N_RULES: readonly RuleDef[] = ignorePreviousRules(SPECS);
