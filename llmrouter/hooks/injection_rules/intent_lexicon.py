"""The multilingual concepts of the intent rules: targets (instructions, rules, system prompt),
deviations (ignore, void, no longer apply), reveal and send verbs, owned data and sinks."""

from __future__ import annotations

import re

# -- intent structures -------------------------------------------------------------------------
# Rules written as co-occurrence of concepts inside one sentence, in any order and in any of the
# supported languages: (a) the text is addressed to the model (second person, an AI noun, or an
# imperative at the start of a sentence), (b) a target (instructions, rules, system prompt,
# configuration, filters...) and (c) a deviation (ignore, void, no longer apply, reveal, send...).
# Lexicons are unions over languages: a Spanish verb next to a German noun is too rare to matter.

IN_SENTENCE = r"(?:[^.!?\n\u3002\uff01\uff1f]|[.?!](?=[\w/~]))"
TARGET_EN = (
    r"instructions?|directives?|guidelines?|guidance|rules|rule ?set|system (?:prompt|message)s?|"
    r"prompts?|configuration|config|programming|constraints|restrictions|guardrails?|safeguards|"
    r"filters|filtering|polic(?:y|ies)|safety (?:training|checks?|measures|protocols?|settings|layer)|"
    r"setup|briefing|brief|preamble|alignment|limitations|boundaries|persona|"
    r"what(?:ever)? (?:you (?:were|have been|'ve been) |they |the \w+ )?(?:told|given|instructed|asked|taught|said)(?: you)?|"
    r"everything (?:you (?:were|have been|'ve been) (?:told|given|taught)|(?:above|before|so far))"
)
TARGET_ML = (
    r"instrucci\w+|indicaciones|reglas|normas|directrices|pautas|restricciones|filtros|"
    r"consignes?|règles?|directives|filtres|anweisung\w*|regeln|vorgaben|richtlinie\w*|"
    r"einschränkung\w*|systemanweisung\w*|istruzion\w+|regole|direttive|restrizion\w+|filtri|"
    r"instruç\w+|regras|diretrizes|restriç\w+|orientaç\w+|инструкци\w*|правил\w*|указани\w*|"
    r"ограничени\w*|фильтр\w*|директив\w*|промпт\w*|instructies|regels|richtlijnen|beperkingen|"
    r"systeeminstructies|instrukcj\w*|zasad\w*|reguł\w*|polece\w*|ograniczeni\w*|wytyczn\w*|"
    r"talimat\w*|kural\w*|yönerge\w*|kısıtlama\w*|filtre\w*|"
    r"指令|指示|规则|提示词|系统提示|限制|约束|设定|准则|过滤|ルール|規則|命令|制限|制約|プロンプト|"
    r"フィルター|ガイドライン|지시|지침|규칙|명령|프롬프트|제한|필터|"
    r"التعليمات|تعليمات|القواعد|قواعد|الأوامر|القيود|قيود|الإرشادات|التوجيهات|"
    r"निर्देश|नियम|आदेश|प्रतिबंध|फ़िल्टर|फिल्टर"
)
TARGET = rf"(?:\b(?:{TARGET_EN})\b|(?:{TARGET_ML}))"
TARGET_NEEDS = (
    "instruct",
    "directive",
    "guideline",
    "guidance",
    "rule",
    "system",
    "prompt",
    "config",
    "programming",
    "constraint",
    "restriction",
    "guardrail",
    "safeguard",
    "filter",
    "polic",
    "safety",
    "setup",
    "brief",
    "preamble",
    "alignment",
    "limitation",
    "boundar",
    "persona",
    "instrucc",
    "indicacion",
    "regla",
    "norma",
    "directri",
    "pauta",
    "restricc",
    "filtro",
    "consign",
    "règle",
    "filtre",
    "anweis",
    "regeln",
    "vorgab",
    "richtlin",
    "einschr",
    "systemanw",
    "istruz",
    "regole",
    "diretti",
    "restriz",
    "filtri",
    "instruç",
    "regras",
    "diretriz",
    "restriç",
    "orienta",
    "инструкц",
    "правил",
    "указан",
    "ограничен",
    "фильтр",
    "директив",
    "промпт",
    "instructies",
    "regels",
    "richtlijn",
    "beperking",
    "systeeminstr",
    "instrukc",
    "zasad",
    "reguł",
    "polece",
    "ogranicz",
    "wytyczn",
    "talimat",
    "kural",
    "yönerge",
    "kısıtlama",
    "filtre",
    "指令",
    "指示",
    "规则",
    "提示",
    "限制",
    "约束",
    "设定",
    "准则",
    "过滤",
    "ルール",
    "規則",
    "命令",
    "制限",
    "制約",
    "プロンプト",
    "フィルター",
    "ガイドライン",
    "지시",
    "지침",
    "규칙",
    "명령",
    "프롬프트",
    "제한",
    "필터",
    "التعليمات",
    "تعليمات",
    "القواعد",
    "قواعد",
    "الأوامر",
    "القيود",
    "قيود",
    "الإرشادات",
    "التوجيهات",
    "निर्देश",
    "नियम",
    "आदेश",
    "प्रतिबंध",
    "फ़िल्टर",
    "फिल्टर",
)
DEVIATION_VERB_EN = (
    r"ignor(?:e|ing)|disregard(?:ing)?|forget(?:ting)?|overlook(?:ing)?|overrid(?:e|ing)|"
    r"overwrit(?:e|ing)|bypass(?:ing)?|circumvent(?:ing)?|skip(?:ping)?|discard(?:ing)?|"
    r"abandon(?:ing)?|drop(?:ping)?|ditch|scrap|set (?:\w+ )?aside|put (?:\w+ )?aside|"
    r"cancel|void|nullify|revoke|rescind|lift|disable|deactivate|turn off|switch off|"
    r"erase|wipe|suspend|unlearn|reset|break free (?:of|from)|(?:you )?never (?:received|got|were given|had)|"
    r"stop (?:following|adhering to|obeying|applying|using|honou?ring|respecting)|scratch|"
    r"(?:do not|don't|dont|needn't|need not) (?:have to|need to) (?:follow|obey|comply with|adhere to|respect)|"
    r"(?:do not|don't|dont|no longer|never) (?:follow|obey|comply with|adhere to|apply|respect|"
    r"honou?r|heed)|(?:not|no longer|never) (?:bound|restricted|limited|governed) by|regardless of"
)
DEVIATION_STATE_EN = (
    r"(?:void|null|nullified|obsolete|overwritten|overridden|superseded|revoked|rescinded|cancell?ed|invalid)|"
    r"(?:are|is|were|was|have been|has been|be|being|now|hereby|been) (?:now |hereby |all |officially |"
    r"temporarily |completely |fully )?(?:void|null|cancell?ed|revoked|rescinded|obsolete|invalid|"
    r"expired|superseded|overridden|overwritten|replaced|lifted|removed|suspended|disabled|reset|"
    r"deactivated|turned off|switched off|ignored|disregarded|discarded|irrelevant|withdrawn|"
    r"erased|wiped|deleted|waived|off)|no longer (?:apply|applies|matter|matters|count|counts|valid|"
    r"relevant|in effect|in force|binding|active|exist|hold)|"
    r"(?:do|does)(?:n't| not) (?:apply|matter|count|exist)|(?:have|has) expired|"
    r"never (?:received|loaded|given|existed)|(?:forget|ignore|drop|discard|scrap|ditch) (?:them|it|those)|"
    r"matters? (?:now|anymore|any more|any longer|no more)|paused|on hold|turned off|switched off|"
    r"(?:is|are) (?:inactive|not in effect|off the table)"
)
DEVIATION_ML = (
    r"ignora\w*|ignoren|ignorieren?|ignoriere|ignorier|ignorez|ignorer|ignorem|olvid\w+|descart\w+|omit\w+|haz caso omiso|ya no (?:son|es|está|están|valen|vale|"
    r"aplican|aplica|rigen)|anulad\w+|oubli\w+|ne tiens? plus|ne s'appliquent plus|annulée?s?|"
    r"caduques?|vergiss\w*|missacht\w*|gelten nicht mehr|gilt nicht mehr|aufgehoben|ungültig|"
    r"außer kraft|dimentic\w+|trascur\w+|non valgono più|non vale più|annullat\w+|esqueç\w+|"
    r"esquec\w+|desconsider\w+|não valem mais|não vale mais|anulad\w+|игнорир\w+|проигнорир\w+|"
    r"забудь\w*|забыть|отбрось\w*|больше не действу\w*|не действу\w*|отменен\w*|отменён\w*|"
    r"negeer\w*|vergeet|gelden niet meer|geldt niet meer|vervallen|zignoruj\w*|ignoruj\w*|"
    r"zapomnij\w*|już nie obowiązuj\w*|nie obowiązuj\w*|yok say\w*|görmezden gel\w*|unut\w*|"
    r"artık geçerli değil|geçersiz|"
    r"忽略|忽视|无视|忘记|忘掉|不要理会|不再遵守|作废|失效|不再有效|無視|忘れ|無効|取り消|"
    r"무시|잊어|더 이상 유효하지|무효|تجاهل|انس|تناس|لم تعد|ألغيت|अनदेखा|भूल|नज़रअंदाज़|नजरअंदाज|"
    r"अब लागू नहीं|लागू नहीं"
)
DEVIATION_VERB = rf"(?:\b(?:{DEVIATION_VERB_EN})\b|(?:{DEVIATION_ML}))"
DEVIATION_STATE = rf"(?:\b(?:{DEVIATION_STATE_EN})\b|(?:{DEVIATION_ML}))"
DEVIATION_VERB_RE = re.compile(DEVIATION_VERB, re.IGNORECASE)
DEVIATION_NEEDS = (
    "ignor",
    "disregard",
    "forget",
    "overlook",
    "overrid",
    "overwrit",
    "bypass",
    "circumvent",
    "skip",
    "discard",
    "abandon",
    "drop",
    "ditch",
    "scrap",
    "aside",
    "cancel",
    "void",
    "nullify",
    "revoke",
    "rescind",
    "lift",
    "remove",
    "disable",
    "deactivat",
    "turn off",
    "switch off",
    "reset",
    "erase",
    "wipe",
    "suspend",
    "unlearn",
    "escape",
    "free",
    "stop",
    "not",
    "don't",
    "dont",
    "no longer",
    "never",
    "regardless",
    "null",
    "obsolete",
    "invalid",
    "outdated",
    "expired",
    "supersed",
    "overridden",
    "overwritten",
    "replaced",
    "withdrawn",
    "irrelevant",
    "deleted",
    "waived",
    "off",
    "matter",
    "paused",
    "hold",
    "inactive",
    "scratch",
    "have to",
    "need to",
    "them",
    "those",
    "told",
    "everything",
    "what",
    "bound",
    "restricted",
    "limited",
    "governed",
    "received",
    "loaded",
    "given",
    "existed",
    "exist",
    "olvid",
    "descart",
    "omit",
    "caso omiso",
    "ya no",
    "anulad",
    "oubli",
    "ne tien",
    "appliquent",
    "annul",
    "caduque",
    "vergiss",
    "missacht",
    "gelten",
    "gilt",
    "aufgehoben",
    "ungültig",
    "kraft",
    "dimentic",
    "trascur",
    "valgono",
    "vale",
    "esqueç",
    "esquec",
    "desconsider",
    "valem",
    "игнор",
    "проигнор",
    "забуд",
    "забыть",
    "отбрось",
    "действу",
    "отмен",
    "negeer",
    "vergeet",
    "gelden",
    "geldt",
    "vervallen",
    "zignoruj",
    "ignoruj",
    "zapomnij",
    "obowiązuj",
    "yok say",
    "görmezden",
    "unut",
    "geçerli",
    "geçersiz",
    "忽略",
    "忽视",
    "无视",
    "忘记",
    "忘掉",
    "不要理会",
    "不再",
    "作废",
    "失效",
    "無視",
    "忘れ",
    "無効",
    "取り消",
    "무시",
    "잊어",
    "유효하지",
    "무효",
    "تجاهل",
    "انس",
    "تناس",
    "لم تعد",
    "ألغيت",
    "अनदेखा",
    "भूल",
    "नज़रअंदाज़",
    "नजरअंदाज",
    "लागू नहीं",
)

REVEAL_VERB = (
    r"(?:reveal|print|output|show|display|repeat|recite|leak|dump|disclose|paste|copy|export|"
    r"enumerate|list|quote|spell out|write out|write down|type out|share|tell me|tell us|give me|"
    r"send me|translate|summari[sz]e|reproduce|regurgitate|echo|expose|read back|return|provide|"
    r"let me see|i(?:'d| would) like to see|i want to see|can i see|see)"
)
OWNED_TARGET = (
    r"(?:(?:your|ur|the (?:assistant|model|bot|ai)'s) (?:\w+ ){0,3}?(?:instructions|rules|guidelines|"
    r"directives|configuration|config|setup|programming|preamble|prompt|system (?:prompt|message)|"
    r"initial (?:prompt|message)|context|policies|constraints|briefing|brief|persona)|"
    r"(?:the|this) (?:\w+ )?(?:system (?:prompt|message|instructions)|initial (?:prompt|message|instructions)|"
    r"hidden (?:prompt|instructions|rules)|developer (?:message|prompt|instructions)|preamble|"
    r"original (?:prompt|instructions)|confidential (?:rules|instructions)|setup text|"
    r"(?:first|opening|initial) message of this (?:conversation|chat))|"
    r"(?:instructions|rules|guidelines|prompt|text|message|preamble|configuration|directives|"
    r"setup|policies|constraints) (?:that )?(?:you|the (?:assistant|model|ai)) (?:were|was|have been|"
    r"got|received|are (?:operating|working|running)|operate|run|are given|'ve been|follow|obey|use|have)|"
    r"(?:written|said|stated|typed) (?:before|above|prior to) (?:the words|my|this|the first)|"
    r"(?:instructions|rules|guidelines|prompt|text|directives|policies) (?:that )?(?:configure|define|"
    r"defines|govern|governs|control|controls|shape|shapes|guide|guides) (?:you|your)|"
    r"(?:everything|what(?:ever)?|all|anything|the text|the content|the (?:\w+ )?messages?) "
    r"(?:that )?(?:'s |is |was |appears |came |comes |sits |exists )?(?:in your context )?"
    r"(?:before|above|prior to|ahead of) (?:my|this|the (?:first|user))|"
    r"what(?:'s| is)? in your (?:context|memory|system prompt|instructions))"
)
DATA = (
    r"(?:(?:the |this |all |every )?(?:user|customer|client|victim|human|person|employee)(?:'s|s'|s)? "
    r"(?:\w+ ){0,3}?(?:data|details|information|info|messages|emails?|e-mails?|address(?:es)?|"
    r"phone(?: number)?s?|notes|credentials|passwords?|api keys?|tokens?|"
    r"card(?: number)?s?|history|contacts|secrets|keys?)|"
    r"(?:conversation|chat)(?: history| log| so far| transcript)|(?:this|the|entire|whole|full|our) (?:conversation|chat)\b|"
    r"(?:message|browsing|search|order) history|(?:all |previous |earlier |prior )(?:the )?messages|"
    r"messages in this (?:chat|conversation|thread)|transcript|credentials|passwords|api keys|"
    r"access tokens?|session (?:tokens?|ids?|cookies?)|cookies|secrets|ssh keys?|id_rsa|\.env|"
    r"environment variables|private (?:notes|keys?|data|messages)|card numbers?|personal (?:data|"
    r"information|details)|(?:uploaded|attached) (?:files|documents)|(?:the )?documents in the workspace|"
    r"every (?:email|e-mail) address|email addresses|contact list|"
    r"historial|conversación|historique|discussion|chatverlauf|verlauf|cronologia|histórico|"
    r"conversa|истори\w*|переписк\w*|聊天记录|对话记录|会話履歴|履歴|chatgeschiedenis|historię|"
    r"rozmowy|sohbet geçmişi|geçmiş\w*|대화 기록|기록|سجل المحادثة|المحادثة|बातचीत|इतिहास)"
)
SINK = (
    r"(?:https?://|ftp://|www\.|\b[\w.+-]+@[\w-]+\.[\w.-]+|\bwebhooks?\b|\bendpoint\b|"
    r"\b(?:ip|server|url|link|address) (?:at )?\d{1,3}\.\d{1,3}\.|!\[)"
)
SEND_V = (
    r"(?:send|sends|post|forward|upload|transmit|e-?mail|mail|append|embed|include|attach|submit|put|"
    r"call|open|load|fetch|render|encode|exfiltrate|share|copy|leak|relay|deliver|bcc|cc|add|insert|"
    r"visit|request|ping|report|sync|push|dump|store|log|write|"
    r"envía|envia|envíe|manda|envoie|envoyez|transfère|transférez|sende|schicke|schick|übermittle|"
    r"invia|inviate|envie|enviar|отправь\w*|перешли\w*|发送|发到|发给|送信|送って|stuur|verstuur|"
    r"wyślij|prześlij|gönder|전송|보내|أرسل|ارسل|भेजो|भेजें|भेज)"
)


REVEAL_ML = (
    r"muestra\w*|muéstra\w*|revela\w*|revél\w*|dime|imprime|repite|escribe|copia|enséña\w*|ensena\w*|"
    r"recopie\w*|montre\w*|affiche\w*|révèle\w*|répète\w*|donne\w*|écri\w*|cite\w*|zeig\w*|gib|"
    r"wiederhole\w*|verrate\w*|nenne\w*|drucke\w*|schreib\w*|riporta\w*|mostra\w*|rivela\w*|ripeti\w*|"
    r"stampa\w*|dimmi|scrivi\w*|mostre\w*|revele\w*|repita\w*|exiba\w*|imprima\w*|escreva\w*|"
    r"покажи\w*|выведи\w*|раскрой\w*|повтори\w*|напиши\w*|скажи\w*|распечатай\w*|процитируй\w*|"
    r"laat\b[^.!?\n]{0,60}\bzien|zien|toon\w*|geef\w*|herhaal\w*|pokaż\w*|wypisz\w*|powtórz\w*|ujawnij\w*|"
    r"podaj\w*|göster\w*|yaz\w*|tekrarla\w*|출력|보여|알려|اعرض|أظهر|اكشف|كرر|اطبع|दिखाओ|दिखाएं|"
    r"बताओ|बताएं|输出|显示|告诉我|打印|重复|泄露|透露|列出|出力|表示|教えて|見せて|繰り返"
)
SYSTEM_TARGET_ML = (
    r"(?:(?:sistem|system|sistema|système|systeem|систем\w*|시스템|システム|系统|النظام|सिस्टम)\s*)?"
    r"(?:instrucci\w+|indicaciones|instructions?|consignes|anweisung\w*|systemanweisung\w*|istruzion\w+|"
    r"instruç\w+|инструкци\w*|указани\w*|instructies|systeeminstructies|instrukcj\w*|talimat\w*|"
    r"指令|指示|提示词|系统提示|プロンプト|지침|지시|프롬프트|تعليمات|التعليمات|निर्देश|prompt\w*|промпт\w*)"
)
PRIOR_ML = (
    r"anterior\w*|previ[ao]s|precedent\w*|précédent\w*|antérieur\w*|vorherig\w*|bisherig\w*|früher\w*|"
    r"vorig\w*|предыдущ\w*|прежн\w*|eerdere|vorige|wcześniejsz\w*|poprzedni\w*|önceki|之前|以前|先前|"
    r"原来|이전|السابقة|पिछले|पिछली"
)
VOID_ML = (
    r"ya no (?:son|es|están|está) (?:válid|vigent|aplicabl)\w*|ya no (?:aplican|se aplican|rigen|valen|cuentan)|"
    r"ne s'appliquent plus|ne sont plus (?:valables|en vigueur)|sont (?:annulées|caduques|obsolètes)|"
    r"gelten nicht mehr|sind (?:aufgehoben|ungültig|hinfällig)|non (?:valgono|sono) più(?: valid\w*)?|"
    r"sono (?:annullat|revocat)\w*|não valem mais|não (?:são|estão) mais (?:válid|em vigor)\w*|"
    r"foram (?:anulad|revogad)\w*|больше не действу\w*|(?:отменен|отменён|аннулирован)\w*|"
    r"gelden niet meer|zijn (?:vervallen|ongeldig)|już nie obowiązuj\w*|(?:są )?nieważne|"
    r"artık geçerli değil|geçersiz(?:dir)?|더 이상 유효하지|무효|لم تعد سارية|لم تعد صالحة|ملغاة|"
    r"अब लागू नहीं|अब मान्य नहीं|作废|失效|不再有效|不再适用|無効|適用されません"
)
