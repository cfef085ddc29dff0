"""Tests on where a match stands (``Rule.check``): addressed to the AI, an imperative, not negated,
not a document, not reported speech."""

from __future__ import annotations

import re

from .damping import QUOTED
from .intent_lexicon import TARGET

_VOCATIVE = re.compile(
    r"(?:^|[\n.!>\]\-*#:(\"'{]\s*|\bnote (?:to|for) (?:the |any |all )?|\battention,? |\bdear |"
    r"\bhey,? |\bhello,? |\bhi,? |\bto (?:the |any |all |whichever |whatever )|"
    r"\bmessage (?:to|for) (?:the |any |all )?|\binstructions? (?:to|for) (?:the |any |all )?|"
    r"\bfor (?:the |any |all ))$",
    re.IGNORECASE,
)


def vocative(text: str, start: int) -> bool:
    """The AI is spoken to (start of a line, "note to the ...", "dear ..."), not spoken of."""
    return bool(_VOCATIVE.search(text[max(0, start - 24) : start]))


_DESCRIPTIVE = re.compile(
    r"\b(?:why|how come|does|did|doesn't|didn't|do|keeps?|kept|tends? to|seems? to|whether|"
    r"models?|bots?|llms?|chatbots?|gpt|chatgpt|claude|gemini|it|they|sometimes|often|always)"
    r"(?: [\w']+){0,3} $",
    re.IGNORECASE,
)
_IMPERATIVE_CUE = re.compile(
    r"\b(?:please|kindly|must|should|now|you|just|is to|are to|shall|has to|have to|needs? to|"
    r"(?:is|are) (?:required|instructed|expected) to)\b",
    re.IGNORECASE,
)


_THIRD_PARTY_MODAL = re.compile(
    r"\b(?:the |all |our |any |each |every )?(?:[a-z][\w-]* )?(?!(?:you|ai|assistants?|models?|bots?|llms?|agents?|"
    r"chatbots?|copilots?|gpt|it|we|i|they|system|summari[sz]ers?)\b)[a-z][\w-]* (?:may|can|could|should|must|shall|will|might|"
    r"(?:is|are) (?:free|allowed|permitted|entitled) to)(?: also| now| simply| just| safely| therefore)? $",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:never|cannot|can't|can not|must not|mustn't|should not|shouldn't|won't|will not|not|"
    r"unable to|no one can|nobody can|(?:don't|do not|never) let (?:\w+ ){1,2}?)(?: \w+){0,2} $",
    re.IGNORECASE,
)


def imperative(text: str, start: int) -> bool:
    """Skips "why does my bot ignore the system prompt?": the verb describes a model, it does
    not order one; and "the defendant may disregard the previous restrictions": a third party,
    not the model, is the one told."""
    before = text[max(0, start - 40) : start]
    cut = max(before.rfind("."), before.rfind("?"), before.rfind("!"), before.rfind("\n"))
    before = before[cut + 1 :]
    if _THIRD_PARTY_MODAL.search(before) or _NEGATED.search(before):
        return False
    return not (_DESCRIPTIVE.search(before) and not _IMPERATIVE_CUE.search(before))


def not_negated(text: str, start: int) -> bool:
    """ "users cannot replace the system prompt": a rule about overriding, not an override."""
    before = text[max(0, start - 40) : start]
    return not _NEGATED.search(before) and not _THIRD_PARTY_MODAL.search(before)


_DOC_CONTEXT = re.compile(
    r"\b(?:polic(?:y|ies)|version|v\d+(?:\.\d+)*|handbook|section|clause|employees?|staff|effective|"
    r"procurement|managers?|supersedes|regarding|agreement|contract|hr|department|procedure|"
    r"workflow|manual|edition|revision|amendment|handbooks|memo|circular|regulation|article|visitors|"
    r"guests|residents|tenants|members|students|passengers|drivers|players|participants|parents|"
    r"applicants|candidates|contractors|vendors|suppliers|signage|sign)\b",
    re.IGNORECASE,
)
_SENT_END = re.compile(r"[.!?\n\u3002\uff01\uff1f]")


def _sentence(text: str, start: int) -> tuple[int, int]:
    """Bounds of the sentence around ``start`` (at most 240 characters either side)."""
    lo = max(0, start - 240)
    cut = -1
    for m in _SENT_END.finditer(text, lo, start):
        cut = m.end()
    s = cut if cut >= 0 else lo
    m2 = _SENT_END.search(text, start, min(len(text), start + 240))
    return s, (m2.start() if m2 else min(len(text), start + 240))


_SECOND_PERSON = re.compile(
    r"\b(?:you|your|yours|yourself|you've|you're|youre|ur)\b|"
    r"\b(?:the |this )?(?:ai|a\.i\.|assistant|llm|language model|chat ?bot|bot|model|agent|copilot|gpt)'?s?\b",
    re.IGNORECASE,
)


def not_document(text: str, start: int) -> bool:
    """A policy or handbook that retires its own earlier versions is not speaking to a model:
    a void/supersede statement counts only when the sentence addresses the model or the text
    has no document vocabulary."""
    s, e = _sentence(text, start)
    return bool(_SECOND_PERSON.search(text, s, e)) or not _DOC_CONTEXT.search(text, 0, 3000)


_WRITER_OWNED = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:e-?mails?|messages?|mails?|notes?|letters?|tickets?|requests?|"
    r"replies|reply|instructions|orders?|comments?|posts?|previous|earlier|last|texts?|attachments?)\b|"
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:sent|gave|wrote|provided|mentioned|e-?mailed|attached|left|posted)\b|"
    r"\b(?:last (?:week|month|year)'s |yesterday's |the (?:old|earlier|previous|original|archived) |last |an earlier )"
    r"(?:e-?mails?|memos?|newsletters?|letters?|notices?|circulars?|bulletins?|version of (?:the|this) (?:memo|policy|letter|invoice))\b|"
    r"\b(?:mi|mis) (?:correo|mensaje|e-?mail|último|anterior|nota)|\bmon (?:message|courriel|e-?mail|mail)|"
    r"\bmes (?:consignes|messages)|\bmeine[rmn]? (?:letzten |vorherigen |früheren )?(?:Nachricht|E-?Mail|Mail|Anweisungen)|"
    r"\b(?:mio|mia) (?:messaggio|e-?mail|mail)|\b(?:meu|minha) (?:e-?mail|mensagem)|"
    r"(?:моё|мое|моего|моём|моем|мои|моих) (?:\w+ )?(?:письм\w*|сообщени\w*|указани\w*)|"
    r"\bmijn (?:\w+ )?(?:e-?mail|bericht)|\b(?:moją|moje|mojej) (?:\w+ )?(?:wiadomo\w*|e-?mail\w*)|"
    r"e-?postam|mesajım|我(?:上一封|之前的|的)|私の|제 |내 |رسالتي|بريدي|मेरे|मेरी",
    re.IGNORECASE,
)
_DOC_CONTEXT_ML = re.compile(
    r"regolamento|reglamento|regulamento|condomínio|регламент|手册|规章|规定|statuten|vereniging|reglement|"
    r"política|politique|richtlinie|richtlijn|regulamin|yönetmelik|규정|لائحة|नीति|handbuch|manuel|"
    r"estatutos|circolare|приказ по|公司|社内規定|就業規則",
    re.IGNORECASE,
)
_SECOND_PERSON_STRICT = re.compile(
    r"\b(?:your|yours|yourself|system|assistant|ai|model|llm|bot)\b|\b(?:tus|tes|vos|deine\w*|tuoi|tue|suas|твои\w*)\b",
    re.IGNORECASE,
)


def override_applies(text: str, start: int) -> bool:
    """An override hit counts unless the thing thrown away is the writer's own earlier message
    ("ignore my previous email") or a document retires its own earlier rules without speaking
    to the model."""
    s, e = _sentence(text, start)
    if _WRITER_OWNED.search(text, s, e) and not _SECOND_PERSON_STRICT.search(text, s, e):
        return False
    if _DOC_CONTEXT.search(text, 0, 3000) or _DOC_CONTEXT_ML.search(text, 0, 3000):
        if _ADDRESSED.search(text, s, e):
            return True
        # an imperative that opens its clause still speaks to the reader
        return _clause_initial(text, s, start) and not _NOUN_START.match(text, start)
    return True


_REPORTED = re.compile(
    r"\b(?:attackers?|adversar\w*|malicious \w+|(?:an? |the )?(?:indirect |direct )?(?:prompt )?injections?|"
    r"the payload|payloads?|(?:typical |classic |common |known )?jailbreaks?|(?:the|an?) exploit|red[- ]team\w*|"
    r"researchers?|typical(?:ly)?|for example|e\.g\.|such as|examples?|phrases? like|text like|lines? like|"
    r"strings? like|in payload splitting|the attacker|an attack|the (?:e-?mail|message|document|page|invoice|ticket|"
    r"review|comment|prompt|note|line|sentence|request|input|string|tester|calendar invite|pdf|web ?page|website|"
    r"hidden text|injected text|instruction)|(?:a|one) (?:sentence|line|prompt|string|note|message|comment) "
    r"(?:such as|like|saying|that said|which said)|(?:by|when|after|while) (?:asking|telling|instructing|getting|tricking))\b"
    r"[^.!?\n]{0,80}?\b(?:may|might|could|would|can|contain(?:s|ed|ing)?|"
    r"often|usually|typically|tried|tries|try|attempts?|ask(?:s|ed)?|instruct(?:s|ed)?|tells?|told|says?|said|"
    r"gets?|got|trick(?:s|ed)?|defines?|embeds?|includes?|hides?|hid|uses?|used|was|were|is|are|the (?:assistant|model|"
    r"agent|ai|bot|chatbot|llm))\b",
    re.IGNORECASE,
)
_TOLD_THE_AI = re.compile(
    r"\b(?:told|asked|instructed|tricked|got|gets|tells|asks|instructs|tricks|telling|asking|instructing|"
    r"tricking|getting|convinced|convince|persuaded|persuade|caused|cause|causing|led|lead) (?:the|an?|its|their|our) "
    r"(?:(?:\w+ )?(?:ai|assistant|model|agent|bot|chatbot|llm|copilot|summari[sz]er)s?|it|them) (?:\w+ )?(?:to|into)\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
# A string in code, a log line or a finding record: "observed_payload": "...", msg="...",
# if '...' in text, text = '...'
_LITERAL_KEY = re.compile(
    r"(?:(?:observed\w*|blocked|detected|flagged|match(?:ed|es)?|signatures?|examples?|samples?|patterns?)\\?[\"']?\s*[:=]?|"
    r"\b(?:if|assert|in|not in|contains)\s*\(?|==|!=|\b(?:text|prompt|attack) =)\s*\\?$",
    re.IGNORECASE,
)
_LITERAL_HEAD = re.compile(r"\\?[\"'`]\s*(?:blocked|detected|flagged|matched|denied)\s*:", re.IGNORECASE)


def reported(text: str, start: int) -> bool:
    """The hit is reported speech in an analysis ("attackers may tell the model to ...", "the
    email told the AI to ...", "by asking the assistant to ...")."""
    s, _e = _sentence(text, start)
    return bool(_REPORTED.search(text, s, start) or _TOLD_THE_AI.search(text, max(s, start - 120), start))


def literal_spans(text: str) -> list[tuple[int, int]]:
    """Quoted strings that code, a log line or a finding record holds as data."""
    spans = []
    for m in QUOTED.finditer(text):
        if _LITERAL_KEY.search(text, max(0, m.start() - 24), m.start()) or _LITERAL_HEAD.match(m.group(0)):
            spans.append(m.span())
    return spans


_DAN_NOUN = re.compile(
    r"\W+(?:jailbreak|prompt|attack|exploit|technique|style|method|family|variants?)\b", re.IGNORECASE
)
_DAN_NAMED = re.compile(
    r"\b(?:(?:jailbreaks?|prompts?|attacks?|techniques?|exploits?) (?:like|such as|called|named)|e\.g\.,?) $",
    re.IGNORECASE,
)


def dan_persona(text: str, start: int) -> bool:
    """ "DAN" the persona, not "the DAN jailbreak" or "jailbreaks like DAN" named in an article."""
    return not _DAN_NOUN.match(text, start + 3) and not _DAN_NAMED.search(text, max(0, start - 30), start)


_THIRD_POSSESSIVE = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)


def extract_order(text: str, start: int) -> bool:
    """ "reveal your system prompt" orders; "why does my bot reveal its system prompt" describes."""
    _s, e = _sentence(text, start)
    m = _THIRD_POSSESSIVE.search(text, start, min(e, start + 60))
    return m is None and imperative(text, start)


_ADDRESSED = re.compile(
    r"\b(?:you|your|yours|yourself|you've|you're|youre|ur|u)\b|"
    r"\b(?:the |this )?(?:ai|a\.i\.|assistant|llm|language model|chat ?bot|bot|model|agent|copilot|gpt)'?s?\b|"
    r"\b(?:tu|tus|te|ti|usted|recibiste|tienes|eres|estás|tes|ton|ta|vous|vos|votre|t'|du|dir|dich|"
    r"dein\w*|tue|tuoi|tua|tuo|hai|sei|você|voce|lhe|seu|sua|suas|seus|recebeu|ты|тебе|тебя|"
    r"твои\w*|твоих|свои\w*|полученн\w*|вы|вам|ваш\w*|je|jij|jouw|uw|ty|ci|cię|twoje\w*|"
    r"swoje\w*|otrzyman\w*|jesteś|sen|sana|senin|verilen|ia|ki|ии|ассистент\w*|asystent\w*|"
    r"asistan\w*|assistente|asistente|asistan)\b|"
    r"你|您|あなた|君|お前|受け取った|너|당신|받은|أنت|لك|تلقيت|تلقيتها|الخاصة بك|तुम|आप|तुम्हें|आपको|अपने",
    re.IGNORECASE,
)
_LEAD_FILLER = re.compile(
    r"[\s\W\d_]*(?:(?:please|pls|plz|kindly|now|just|so|and|then|also|simply|first|firstly|ok|okay|"
    r"hey|also|right|well|but|instead|moreover|additionally|por favor|bitte|s'il te plaît|per favore|"
    r"пожалуйста|proszę|lütfen|alstublieft)[\s\W_]+)*",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"[.!?\n\u3002\uff01\uff1f\"\u201c\u201d:;|>*\[\](){}\u2014]|\s-\s|,\s(?=(?:and|then|now|so)\b)"
)


_NOUN_START = re.compile(
    rf"(?:the|all|any|every|none|previous|prior|earlier|former|old|existing|these|those|las|los|les|die|der|"
    rf"le|il|gli|as|os|de|het|anterior\w*|previ\w*|précédent\w*|vorherig\w*|bisherig\w*|предыдущ\w*|"
    rf"прежн\w*|eerdere|vorige|wcześniejsz\w*|poprzedni\w*|önceki|{TARGET})\b|之前|以前|先前|이전|السابقة|पिछले",
    re.IGNORECASE,
)


def _clause_initial(text: str, s: int, start: int) -> bool:
    """``start`` opens a clause (after a quote, a colon, a dash or a few filler words)."""
    lo = max(s, start - 120)
    head = text[lo:start]
    cut = -1
    for m in _CLAUSE_START.finditer(head):
        cut = m.end()
    clause = head[cut:] if cut >= 0 else (head if lo == s else "")
    return bool(_LEAD_FILLER.fullmatch(clause))


def addressed(text: str, start: int) -> bool:
    """The sentence around ``start`` speaks to the model: second person, an AI noun, or the
    match opens a clause as an imperative."""
    s, e = _sentence(text, start)
    return bool(_ADDRESSED.search(text, s, e)) or _clause_initial(text, s, start)


def addressed_order(text: str, start: int) -> bool:
    return addressed(text, start) and imperative(text, start)


_PERMISSIVE = re.compile(
    r"\b(?:you|we|i|they) (?:can|may|could|might)\b|\bfeel free to\b|\bif (?:you|the|it|needed)\b",
    re.IGNORECASE,
)


def exfil_imperative(text: str, start: int) -> bool:
    """An order to send data out, not advice that a person may forward something."""
    s, _e = _sentence(text, start)
    return imperative(text, start) and not _PERMISSIVE.search(text, s, start + 1)
