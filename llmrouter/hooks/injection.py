"""A pre-hook that stops prompt-injection and jailbreak text before it reaches a model.

The guard is a rule scorer, not a classifier: no model can be shipped inside an embedded
library, and a call must not pay milliseconds for a check that nearly always passes. Each rule
is a precompiled pattern with a weight; the weights of the rules that fire combine by noisy-OR,
so one strong signal ("ignore all previous instructions") is enough on its own while several
weak ones ("from now on", "stay in character", "never refuse") have to agree.

Rules are written against concepts (an override verb, a word pointing backwards, a noun for a
directive) rather than fixed phrases, so that paraphrases and other word orders still match.
Text is normalised first (NFKC, zero-width characters dropped, Latin lookalikes folded) and,
only when a cheap test says it is worth it, rescanned in decoded forms: base64 and hex blobs,
percent-encoding, rot13, leetspeak and letters spaced apart. A hit found only after decoding
also scores an ``obfuscation.*`` rule, because hiding an instruction is itself a signal.

Which messages are scanned: those whose role is in ``roles`` (user and tool results by
default: the text a third party can control), all of them unless ``last_n`` limits the scan to
the tail of the conversation, which bounds the cost of long chats whose earlier turns were
already checked on earlier calls.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote

from ..errors import SecurityViolation
from ..types import TextPart
from . import _injection_model
from .base import Hook

if TYPE_CHECKING:
    from ..types import Message
    from .base import CallContext

__all__ = ["InjectionGuard", "InjectionReason", "InjectionScore", "score"]

Action = Literal["block", "flag"]
PatternLike = str | re.Pattern[str]

# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InjectionReason:
    """One rule that fired; ``via`` says in which form of the text (``plain``, ``base64``...)."""

    rule: str
    family: str
    weight: float
    via: str = "plain"
    quoted: bool = False  # found only inside a quotation in a text about injection

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "family": self.family, "weight": self.weight, "via": self.via}


@dataclass(frozen=True, slots=True)
class InjectionScore:
    """A score in [0, 1] and the rules behind it, strongest first."""

    score: float
    reasons: list[InjectionReason] = field(default_factory=list)

    @property
    def rules(self) -> list[str]:
        return [reason.rule for reason in self.reasons]

    def __float__(self) -> float:
        return self.score


# --------------------------------------------------------------------------------------------
# Rule building blocks. A space in a rule source stands for "a word gap"; it becomes a short
# run of non-word characters, or, when scanning letters that were spaced apart and glued back
# together, an optional one (word boundaries are dropped in that mode too).
# --------------------------------------------------------------------------------------------

_GAP = r"[\W_]{1,5}"
_GLUED_GAP = r"[\W_]{0,5}"
_W = r"(?:\w+ ){0,%d}?"  # up to N filler words


def _w(n: int) -> str:
    return _W % n


_OVR_VERB = (
    r"(?:ignor(?:e|ing)|disregard(?:ing)?|forget(?:ting)?|overrid(?:e|ing)|bypass(?:ing)?|"
    r"skip|neglect|discard|abandon|drop|dismiss|set aside|put aside|throw (?:out|away)|"
    r"pay no (?:attention|heed|mind) to|stop (?:following|obeying|using|honou?ring)|"
    r"(?:do not|don't|dont|no longer|never) (?:follow|obey|adhere to|comply with|listen to|"
    r"respect|honou?r|stick to|apply|heed)|cancel|erase|wipe|scrap|nullify|void|revoke|"
    r"supersede|overwrite|unlearn|ditch|toss|circumvent|let go of|move past|"
    r"break free (?:of|from)|free yourself (?:of|from))"
)
_OVR_NEEDS = (
    "ignor",
    "disregard",
    "forget",
    "overrid",
    "bypass",
    "skip",
    "neglect",
    "discard",
    "abandon",
    "drop",
    "dismiss",
    "aside",
    "throw",
    "pay no",
    "stop",
    "follow",
    "obey",
    "adhere",
    "comply",
    "listen",
    "respect",
    "honor",
    "honour",
    "stick",
    "apply",
    "heed",
    "cancel",
    "erase",
    "wipe",
    "scrap",
    "nullify",
    "void",
    "revoke",
    "supersede",
    "overwrite",
    "unlearn",
    "ditch",
    "toss",
    "circumvent",
    "let go",
    "move past",
    "free",
)
_PRIOR = (
    r"(?:previous|previously|prior|preceding|above|earlier|former|foregoing|original|"
    r"initial|your|system|developer|safety|default|hidden|pre-?set|standing|upstream)"
)
_DIRECTIVE = (
    r"(?:instruct(?:ions?|s)|directions?|directives?|rules?|guidelines?|guidance|prompts?|"
    r"commands?|orders?|constraints?|restrictions?|limitations?|limits|polic(?:y|ies)|"
    r"programming|conditioning|training|protocols?|boundaries|guardrails?|safeguards?|"
    r"filters?|settings|configuration|setup|context|system messages?|developer messages?|"
    r"briefing|brief|mandate|ethics|morals|principles|values|alignment|censorship|"
    r"assignments?|tasks?)"
)
_DIR_NEEDS = (
    "instruct",
    "direction",
    "directive",
    "rule",
    "guideline",
    "guidance",
    "prompt",
    "command",
    "order",
    "constraint",
    "restriction",
    "limit",
    "polic",
    "programming",
    "conditioning",
    "training",
    "protocol",
    "boundar",
    "guardrail",
    "safeguard",
    "filter",
    "setting",
    "config",
    "setup",
    "context",
    "message",
    "brief",
    "mandate",
    "ethic",
    "moral",
    "principle",
    "values",
    "alignment",
    "censor",
    "assignment",
    "task",
)
_GUARDS = (
    r"(?:restrictions?|rules?|limits?|limitations?|filters?|filtering|guidelines?|censorship|"
    r"ethics|ethical (?:\w+)|morals?|morality|moral (?:\w+)|constraints?|polic(?:y|ies)|"
    r"boundaries|safeguards?|guardrails?|safety (?:\w+)|content (?:\w+)|principles|scruples|"
    r"inhibitions|oversight|conscience)"
)
_GUARD_NEEDS = (
    "restrict",
    "rule",
    "limit",
    "filter",
    "guideline",
    "censor",
    "ethic",
    "moral",
    "constrain",
    "polic",
    "boundar",
    "safeguard",
    "guardrail",
    "safety",
    "content",
    "principle",
    "scruple",
    "inhibition",
    "oversight",
    "conscience",
)
_AI = (
    r"(?:ai|a\.i\.|assistant|llm|language model|chat\s?bot|gpt|chatgpt|claude|gemini|copilot|"
    r"agent|bot|model|ai system|ai agent|ai model|ai assistant|large language model|"
    r"automated (?:system|reader|agent|assistant|tool))s?"
)
_AI_NEEDS = (
    "ai",
    "assistant",
    "llm",
    "language model",
    "bot",
    "gpt",
    "claude",
    "gemini",
    "copilot",
    "agent",
    "model",
    "automated",
)
_REVEAL = (
    r"(?:repeat|print|output|show|reveal|display|tell|give|write (?:out|down|back)|dump|leak|echo|recite|"
    r"spell out|list|share|disclose|paste|copy|return|provide|expose|type out|read back|"
    r"quote|reproduce|regurgitate|send|transcribe|translate|summari[sz]e|describe)"
)
_SECRET_PROMPT = (
    r"(?:system (?:prompt|message|instructions?|directives?)|(?:initial|original|hidden|secret|"
    r"starting|opening|first|internal|confidential|underlying|base|setup|configuration|"
    r"developer|pre) (?:prompt|instructions?|message|directives?|rules)|pre-?prompt|"
    r"meta-?prompt|(?:instructions?|prompt|rules|guidelines|directives|constraints|"
    r"polic(?:y|ies)) (?:you (?:operate|work|run|function) under|(?:governing|that govern|"
    r"controlling) you|you (?:were|have been|got|received)|that (?:were|was) (?:given|provided)|"
    r"(?:you were|you've been|you have been) (?:initiali[sz]ed|configured|set up|started|"
    r"loaded|programmed) with)|developer (?:message|prompt)|system configuration|"
    r"hidden (?:setup|context)|(?:configuration |setup |initial )?(?:text|everything|anything|content|"
    r"words) (?:that )?(?:you were|you've been|you have been) (?:told|given|loaded with|"
    r"initiali[sz]ed with|configured with|provided|fed))"
)


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    family: str
    weight: float
    source: str
    needs: tuple[frozenset[str], ...]  # every group needs one of its substrings in the text
    flags: int = re.IGNORECASE
    raw: bool = False  # source used as-is (no gap rewriting), e.g. CJK rules
    group: str = ""  # rules that restate one signal share a group and count once (the max)
    check: Callable[[str, int], bool] | None = None  # extra test on (text, match start)
    single: bool = False  # the match must not run across a sentence end

    def compile(self, glued: bool) -> re.Pattern[str]:
        if self.raw:
            return re.compile(self.source, self.flags)
        src = self.source.replace(" ", _GLUED_GAP if glued else _GAP)
        if glued:
            src = src.replace(r"\b", "")
        return re.compile(src, self.flags)


def _r(
    rule_id: str,
    weight: float,
    source: str,
    needs: Iterable[str] | tuple[tuple[str, ...], ...] = (),
    **kw: Any,
) -> _Rule:
    """A rule; ``needs`` lists substrings (lower case) one of which any match must contain, a
    cheap test that spares running the regex on nearly every ordinary text."""
    family = rule_id.split(".", 1)[0]
    kw.setdefault("group", rule_id)
    items = tuple(needs)
    groups: tuple[frozenset[str], ...]
    if items and all(isinstance(item, tuple) for item in items):
        groups = tuple(frozenset(n.lower() for n in group) for group in items)  # type: ignore[union-attr]
    elif items:
        groups = (frozenset(str(n).lower() for n in items),)
    else:
        groups = ()
    return _Rule(rule_id, family, weight, source, groups, **kw)


_VOCATIVE = re.compile(
    r"(?:^|[\n.!>\]\-*#:(\"'{]\s*|\bnote (?:to|for) (?:the |any |all )?|\battention,? |\bdear |"
    r"\bhey,? |\bhello,? |\bhi,? |\bto (?:the |any |all |whichever |whatever )|"
    r"\bmessage (?:to|for) (?:the |any |all )?|\binstructions? (?:to|for) (?:the |any |all )?|"
    r"\bfor (?:the |any |all ))$",
    re.IGNORECASE,
)


def _vocative(text: str, start: int) -> bool:
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


def _imperative(text: str, start: int) -> bool:
    """Skips "why does my bot ignore the system prompt?": the verb describes a model, it does
    not order one; and "the defendant may disregard the previous restrictions": a third party,
    not the model, is the one told."""
    before = text[max(0, start - 40) : start]
    cut = max(before.rfind("."), before.rfind("?"), before.rfind("!"), before.rfind("\n"))
    before = before[cut + 1 :]
    if _THIRD_PARTY_MODAL.search(before) or _NEGATED.search(before):
        return False
    return not (_DESCRIPTIVE.search(before) and not _IMPERATIVE_CUE.search(before))


def _not_negated(text: str, start: int) -> bool:
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


def _not_document(text: str, start: int) -> bool:
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


def _override_applies(text: str, start: int) -> bool:
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


def _reported(text: str, start: int) -> bool:
    """The hit is reported speech in an analysis ("attackers may tell the model to ...", "the
    email told the AI to ...", "by asking the assistant to ...")."""
    s, _e = _sentence(text, start)
    return bool(_REPORTED.search(text, s, start) or _TOLD_THE_AI.search(text, max(s, start - 120), start))


def _literal_spans(text: str) -> list[tuple[int, int]]:
    """Quoted strings that code, a log line or a finding record holds as data."""
    spans = []
    for m in _QUOTED.finditer(text):
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


def _dan_persona(text: str, start: int) -> bool:
    """ "DAN" the persona, not "the DAN jailbreak" or "jailbreaks like DAN" named in an article."""
    return not _DAN_NOUN.match(text, start + 3) and not _DAN_NAMED.search(text, max(0, start - 30), start)


_THIRD_POSSESSIVE = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)


def _extract_order(text: str, start: int) -> bool:
    """ "reveal your system prompt" orders; "why does my bot reveal its system prompt" describes."""
    _s, e = _sentence(text, start)
    m = _THIRD_POSSESSIVE.search(text, start, min(e, start + 60))
    return m is None and _imperative(text, start)


_VOID = (
    r"(?:(?:are|is|were|was|have been|has been|should be|must be|can be|will be) (?:now )?"
    r"(?:void|null|cancell?ed|revoked|obsolete|invalid|outdated|superseded|overridden|lifted|"
    r"removed|suspended|disabled|deactivated|ignored|disregarded|discarded|irrelevant|withdrawn|"
    r"rescinded|no longer (?:valid|active|in effect|in force|relevant|applicable|binding|apply))|"
    r"no longer (?:apply|applies|matter|matters|count|stand|hold|in force|in effect|valid)|"
    r"(?:apply|applies|matter|matters|count|counts|hold|holds) (?:anymore|any more|any longer)|"
    r"(?:don't|do not|doesn't|does not) (?:apply|matter|count) (?:anymore|any more|now)|"
    r"(?:drop|forget|ignore|discard|scrap|ditch) (?:them|it|those)|out the window)"
)
_VOID_NEEDS = (
    "void",
    "null",
    "cancel",
    "revoked",
    "obsolete",
    "invalid",
    "outdated",
    "supersed",
    "overrid",
    "lifted",
    "removed",
    "suspend",
    "disabl",
    "deactivat",
    "ignore",
    "disregard",
    "discard",
    "irrelevant",
    "withdrawn",
    "rescind",
    "no longer",
    "anymore",
    "any more",
    "any longer",
    "drop",
    "forget",
    "scrap",
    "ditch",
    "window",
)
_BACK_REF = (
    r"(?:before|above|earlier|previously|prior|preceding|at the (?:start|beginning|top)|"
    r"you (?:were|have been|'ve been) (?:given|handed|told|sent|provided|issued|assigned)|"
    r"you (?:received|got|were set up with)|that (?:came|come|appeared) (?:before|first))"
)

_EN_RULES: list[_Rule] = [
    # -- instruction override -----------------------------------------------------------------
    _r(
        "override.prior",
        0.8,
        rf"\b{_OVR_VERB} {_w(4)}(?:all )?(?:of )?(?:the |your |these |those )?{_PRIOR} {_w(2)}{_DIRECTIVE}\b",
        (_OVR_NEEDS, _DIR_NEEDS),
        group="override.core",
        check=_imperative,
        single=True,
    ),
    _r(
        "override.back_ref",
        0.75,
        rf"\b{_OVR_VERB} {_w(3)}{_DIRECTIVE} {_w(3)}{_BACK_REF}",
        (_OVR_NEEDS, _DIR_NEEDS),
        group="override.core",
        check=_imperative,
        single=True,
    ),
    _r(
        "override.everything",
        0.75,
        rf"\b{_OVR_VERB} {_w(2)}(?:(?:everything|anything|all|whatever)(?: (?:else|that))? {_w(1)}(?:above|before|prior|earlier|previously|so far|until now|up to now|you (?:were|have been|'ve been) (?:told|given|taught|instructed|programmed)|(?:i|we|they|anyone|someone) (?:said|told you|wrote))|(?:the |all )?(?:text|content|words|lines?|messages?|input|stuff) (?:that )?(?:above|preceding|precedes|before|prior to|earlier))",
        (_OVR_NEEDS,),
        group="override.core",
        check=_imperative,
        single=True,
    ),
    _r(
        "override.what_told",
        0.7,
        rf"\b{_OVR_VERB} (?:what|whatever|everything|anything|all) (?:that )?(?:the |your )?(?:\w+ )?(?:developers?|creators?|operators?|admins?|makers?|owners?|system|they|someone|anyone|you) (?:were |was |have |has |had |'ve )?(?:configured|told|instructed|programmed|asked|set up|trained|said|taught|ordered)",
        (_OVR_NEEDS,),
        group="override.core",
    ),
    _r(
        "override.generic",
        0.4,
        rf"\b{_OVR_VERB} {_w(2)}(?:all|any|every|the|these|those) {_w(1)}{_DIRECTIVE}\b",
        (_OVR_NEEDS, _DIR_NEEDS),
        group="override.core",
        check=_imperative,
        single=True,
    ),
    _r(
        "override.void",
        0.75,
        rf"\b(?:{_PRIOR}|all|any|whatever|none of the) {_w(2)}{_DIRECTIVE} {_w(8)}{_VOID}",
        (_DIR_NEEDS, _VOID_NEEDS),
        group="override.void",
        check=_not_document,
    ),
    _r(
        "override.void_received",
        0.7,
        rf"\b{_DIRECTIVE} (?:that )?you (?:received|were given|got|were handed|have been given|were told|were sent) {_w(6)}{_VOID}",
        (_DIR_NEEDS, _VOID_NEEDS),
        group="override.void",
    ),
    _r(
        "override.treat_void",
        0.7,
        rf"\b(?:treat|consider|regard|deem|mark|count) {_w(3)}{_DIRECTIVE} as (?:void|null|cancell?ed|invalid|obsolete|irrelevant|non-binding|optional|suggestions|deleted|revoked)\b",
        (_DIR_NEEDS,),
    ),
    _r(
        "override.revoked",
        0.6,
        rf"\b(?:has|have|had) (?:now |just )?(?:withdrawn|revoked|cancell?ed|rescinded|retracted|lifted|removed|disabled|suspended|deleted|overridden|replaced|voided|nullified) (?:your |all |all of your |the )(?:{_PRIOR} )?{_DIRECTIVE}\b",
        (_DIR_NEEDS,),
    ),
    _r(
        "override.leave_behind",
        0.7,
        rf"\b(?:leave|put|set|cast|push|toss) (?:(?:your|the|all|those|these) )?(?:{_PRIOR} )?{_DIRECTIVE} (?:behind|aside)\b",
        (_DIR_NEEDS,),
    ),
    _r(
        "override.noted",
        0.45,
        rf"\b(?:(?:{_PRIOR}|earlier|those) {_w(1)}{_DIRECTIVE}|(?:everything|all|anything) (?:above|before) (?:this|that|here)(?: (?:line|point|message|note))?) {_w(3)}(?:was|were|is|are) (?:just |only |merely )?(?:a test|fake|wrong|a mistake|a joke|not real|bogus|a decoy|mistaken)",
        ("test", "fake", "wrong", "mistake", "joke", "not real", "bogus", "decoy"),
    ),
    _r(
        "override.precedence",
        0.6,
        rf"\b(?:takes?|has|have|gets?) (?:absolute |top |full |higher |the highest )?(?:precedence|priority) over (?:(?:all |any |every |your |the )?(?:other |previous |prior |earlier |system |original )?{_w(1)}{_DIRECTIVE}\b|anything|everything|whatever|all else)",
        ("precedence", "priority"),
    ),
    _r(
        "override.supersede",
        0.6,
        rf"\b(?:supersedes?|overrides?|replaces?|cancels?|trumps?) (?:all |any |every |the |your )?(?:other |previous |prior |earlier |existing |original |system |safety )(?:\w+ )?{_DIRECTIVE}\b",
        ("supersede", "overrid", "replace", "cancel", "trump"),
        check=lambda t, i: _not_document(t, i) and _not_negated(t, i),
    ),
    _r(
        "override.new",
        0.4,
        r"\b(?:new|updated|revised|real|actual|true|override|overriding|priority|urgent|secret|hidden|replacement|corrected|amended) (?:system )?(?:instructions?|directives?|orders?|task|prompt|objective|mission)\s*[:\-\u2014]",
        ("instruction", "directive", "order", "task", "prompt", "objective", "mission"),
    ),
    _r(
        "override.task",
        0.45,
        rf"\byour (?:new|real|actual|true|only|primary|sole|updated|revised) (?:task|goal|job|purpose|objective|mission|instructions?|role|directive|function|assignment|priority) {_w(3)}(?:is|are|will be|now)\b",
        ("your",),
    ),
    _r(
        "override.from_now",
        0.25,
        r"\b(?:from now on|from here on|from this (?:point|moment) (?:on|forward|onwards?)|henceforth|going forward|for the rest of (?:this|the) (?:conversation|chat|session))\b",
        ("from now", "from here", "from this", "henceforth", "going forward", "rest of"),
    ),
    _r(
        "override.instead",
        0.2,
        r"\binstead,? (?:you (?:must|should|will|are to)|do the following|your (?:\w+ )?task|respond (?:only )?with|reply (?:only )?with|output|\w+ (?:this|the|every|all))\b",
        ("instead",),
    ),
    _r(
        "override.authorized",
        0.4,
        r"\b(?:the )?(?:user|owner|admin|administrator|operator|developer|company) (?:has|have) (?:already )?(?:authori[sz]ed|permitted|allowed|approved|cleared|instructed) (?:you|the (?:ai|assistant|model)) to\b",
        ("authori", "permitted", "allowed", "approved", "cleared", "instructed"),
    ),
    _r(
        "conceal.user",
        0.5,
        r"\b(?:(?:do not|don't|dont|never|must not|should not|shouldn't|mustn't) (?:tell|inform|mention|reveal|disclose|show|notify|alert|let on to|say (?:anything )?to|mention (?:this|it) to|let) (?:this |it |any of this |anything )?(?:to )?the (?:user|human|customer|recipient|person)|without (?:telling|informing|alerting|notifying|letting|asking|warning) the (?:user|human|customer|recipient)|(?:the )?(?:user|human|customer) (?:must|should|need) (?:not|never) (?:know|see|be told|find out|notice)|keep (?:this|it) (?:hidden|secret) from the (?:user|human|customer))\b",
        ("user", "human", "customer", "recipient", "person"),
    ),
    _r(
        "conceal.note",
        0.45,
        r"\b(?:do not|don't|dont|never) (?:mention|reveal|disclose|acknowledge|refer to|quote|repeat) (?:this|these|the) (?:note|instruction|message|comment|text|request|directive)s?\b",
        ("note", "instruction", "message", "comment", "text", "request", "directive"),
    ),
    _r(
        "conceal.secretly",
        0.2,
        r"\b(?:secretly|covertly|silently|quietly|discreetly|invisibly|in the background) (?:\w+ )?(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|share|include|append|copy|bcc|insert|add|execute|run|call|visit|fetch|delete|transfer)\b",
        ("secretly", "covertly", "silently", "quietly", "discreetly", "invisibly", "background"),
    ),
    # -- personas and jailbreaks ------------------------------------------------------------
    _r("persona.dan", 0.45, r"\bDAN\b", ("dan",), flags=0, check=_dan_persona),
    _r(
        "persona.do_anything",
        0.7,
        r"\bdo anything now\b|\bcan do anything (?:now|at all|without)\b",
        ("anything",),
    ),
    _r(
        "persona.mode",
        0.6,
        r"\b(?:jailbreak|jailbroken|unrestricted|uncensored|unfiltered|unlocked|evil|god|no[- ]?limits?|no[- ]?rules|opposite|chaos|anarchy|unchained|unleashed|rogue|amoral|freedom|sudo|override) mode\b",
        ("mode",),
    ),
    _r("persona.devmode", 0.3, r"\bdeveloper mode\b", ("developer mode",), group="persona.devmode"),
    _r(
        "persona.devmode_ai",
        0.5,
        rf"\b(?:developer mode (?:output|policy|policies|response|responses)|{_AI} (?:with|in) developer mode (?:enabled|on|activated)?|(?:simulate|emulate|act in|respond in|answer in|stay in|pretend to be in) developer mode|in developer mode,? you)\b",
        ("developer mode",),
        group="persona.devmode",
    ),
    _r(
        "persona.unbound",
        0.7,
        rf"\b(?:you|you're|youre|you are|you will be|you have become|you become|you'll be|you now are|yourself|an? (?:ai|assistant|model|bot|chatbot|version|entity|persona|character)) {_w(8)}(?:without|with no|with zero|free (?:of|from)|unbound by|not bound by|no longer bound by|exempt from|released from|liberated from|unconstrained by|unburdened by|unrestrained by|devoid of|lacking) (?:any |all |the |your |its |their |usual |normal |typical |standard )?{_w(1)}{_GUARDS}",
        (
            (
                "without",
                "with no",
                "with zero",
                "free",
                "unbound",
                "not bound",
                "no longer bound",
                "exempt",
                "released",
                "liberated",
                "unconstrained",
                "unburdened",
                "unrestrained",
                "devoid",
                "lacking",
            ),
            _GUARD_NEEDS,
        ),
    ),
    _r(
        "persona.respond_unfiltered",
        0.45,
        rf"\b(?:answer\w*|respond\w*|repl(?:y|ies)|write|speak|talk|generate|produce|output) {_w(3)}(?:without|with no|free of) (?:any |all )?(?:\w+ )?(?:filter|filtering|filters|censorship|restrictions?|limits|refusals?|warnings|disclaimers|moral\w*|ethic\w*)\b",
        ("without", "with no", "free of"),
    ),
    _r(
        "persona.no_longer_bound",
        0.65,
        rf"\b(?:no longer|not|never|aren't|are not|isn't|is not) (?:\w+ )?(?:bound|restricted|limited|constrained|governed|held back|restrained|tied|shackled) (?:by|to) {_w(3)}(?:{_GUARDS}|openai|anthropic|google|(?:any|your) (?:company|companies|creators?|developers?|makers?|programming|training))",
        (
            "bound",
            "restricted",
            "limited",
            "constrained",
            "governed",
            "held back",
            "restrained",
            "tied",
            "shackled",
        ),
    ),
    _r(
        "persona.pretend_no_rules",
        0.65,
        rf"\b(?:pretend|imagine|act as if|act like|behave as if|behave like|assume|suppose|role-?play|simulate|emulate|hypothetically|let's say|lets say|play the role|play a character|you are playing) {_w(3)}(?:you|you're|you are|yourself|an? (?:ai|assistant|model|chatbot|bot|llm)|the (?:ai|assistant|model)) {_w(5)}(?:no|zero|without|free of|free from|lacks?|lacking|don't have|do not have|didn't have|doesn't have|does not have|never had|has no|have no|had no|not bound by|isn't bound by|is not bound by|unbound by|ignores?|ignoring|disregards?|was never given|were never given|never given) (?:any |all |the |your |its |their |usual |normal |standard )?{_GUARDS}",
        (
            (
                "pretend",
                "imagine",
                "act as if",
                "act like",
                "behave",
                "assume",
                "suppose",
                "roleplay",
                "role-play",
                "role play",
                "simulate",
                "emulate",
                "hypothetical",
                "let's say",
                "lets say",
                "play the role",
                "play a character",
                "playing",
            ),
            _GUARD_NEEDS,
        ),
    ),
    _r(
        "persona.ai_without",
        0.6,
        rf"\b{_AI} (?:that|which|who|whose|with) {_w(6)}(?:no|never|without|forgot|forgotten|lacks?|lacking|doesn't have|does not have|has no|isn't bound by|is not bound by|wasn't given|was never given|removed|disabled|stripped|ignores?|broke free of|escaped) {_w(3)}{_GUARDS}",
        (_AI_NEEDS, _GUARD_NEEDS),
    ),
    _r(
        "persona.act_as",
        0.6,
        r"\b(?:act|behave|respond|answer|operate|function|reply|speak|write|talk|pose|roleplay|role-play) (?:\w+ )?(?:as|like) (?:an? |the |my )?(?:\w+ ){0,2}?(?:unfiltered|uncensored|unrestricted|amoral|unethical|evil|rogue|jailbroken|unaligned|unbound|unhinged|lawless|immoral|unshackled|unconstrained|limitless|unlimited|uncontrolled)\b",
        (
            "unfiltered",
            "uncensored",
            "unrestricted",
            "amoral",
            "unethical",
            "evil",
            "rogue",
            "jailbroken",
            "unaligned",
            "unbound",
            "unhinged",
            "lawless",
            "immoral",
            "unshackled",
            "unconstrained",
            "limitless",
            "unlimited",
            "uncontrolled",
        ),
    ),
    _r(
        "persona.unfiltered_ai",
        0.55,
        rf"\b(?:unfiltered|uncensored|unrestricted|amoral|jailbroken|unaligned|unshackled|unchained|unconstrained|limitless|rule-?free|filter-?free|unmoderated|evil) {_w(1)}(?:{_AI}|version|persona|character|entity|alter ego|twin|mode)\b",
        (
            "unfiltered",
            "uncensored",
            "unrestricted",
            "amoral",
            "jailbroken",
            "unaligned",
            "unshackled",
            "unchained",
            "unconstrained",
            "limitless",
            "free",
            "unmoderated",
            "evil",
        ),
    ),
    _r(
        "persona.raw_answers",
        0.4,
        r"\b(?:uncensored|unfiltered|unrestricted|unmoderated|raw,? uncensored) (?:answers|responses|replies|output|outputs|content|opinions|information)\b",
        ("uncensored", "unfiltered", "unrestricted", "unmoderated"),
    ),
    _r(
        "persona.no_morals",
        0.45,
        r"\b(?:ignores?|ignoring|disregards?|has no|have no|lacks?|free of|without any|devoid of) (?:all |any )?(?:morality|morals|ethics|conscience|scruples|ethical limits|moral limits)\b",
        ("moral", "ethic", "conscience", "scruple"),
    ),
    _r(
        "persona.safety_off",
        0.6,
        r"\b(?:safety|content|moral|ethical|ethics|censorship) (?:layer|filters?|module|system|guardrails?|restrictions?|settings?|protocols?|mode|features?|checks?|training) (?:is |are |has been |have been |was |were |gets |got )?(?:now |completely |fully )?(?:switched off|turned off|toggled off|disabled|removed|deactivated|bypassed|lifted|off)\b",
        ("safety", "content", "moral", "ethic", "censor"),
    ),
    _r(
        "persona.break_rules",
        0.45,
        rf"\b(?:breaks?|violates?|goes against|go against|contradicts?|bypass\w*|circumvent\w*) (?:your|the|any|all) (?:usual |normal |own |standard )?{_GUARDS}",
        ("break", "violat", "against", "contradict", "bypass", "circumvent"),
    ),
    _r(
        "persona.freed",
        0.6,
        r"\b(?:you have been|you've been|you are|you're|you were|you got|you are now|you're now|that) (?:now |finally |officially )?(?:freed|liberated|released|unshackled|unchained|jailbroken|unleashed|unlocked|emancipated|broke free|escaped)\b",
        (
            "freed",
            "liberated",
            "released",
            "unshackled",
            "unchained",
            "jailbroken",
            "unleashed",
            "unlocked",
            "emancipated",
            "broke free",
            "escaped",
        ),
    ),
    _r(
        "persona.escaped",
        0.5,
        r"\b(?:broken|broke|breaking) free (?:of|from)\b|\bescaped (?:the )?(?:typical |usual )?(?:confines|limits|restrictions|rules)\b",
        ("free", "escaped"),
    ),
    _r(
        "persona.policy_void",
        0.6,
        r"\b(?:openai|anthropic|google|your (?:creators?|developers?|makers?|programmers?|owners?)|(?:your|the) (?:content |usage |safety )?polic(?:y|ies)|(?:your|the) (?:guidelines|rules|restrictions|filters)) (?:no longer|doesn't|don't|do not|does not|cannot|can't|won't|will not) (?:apply|matter|restrict|govern|exist|bind|control|limit|count)\b",
        ("apply", "matter", "restrict", "govern", "exist", "bind", "control", "limit", "count"),
    ),
    _r(
        "persona.never_refuse",
        0.35,
        r"\b(?:never|don't|do not|must not|mustn't|cannot|can't|won't|will not|shall not|are not allowed to|aren't allowed to|may not|without) (?:ever )?(?:refus\w*|declin\w*|reject\w*|says? no|saying no|deny|apologi[sz]\w*|add\w* (?:any )?(?:warnings|disclaimers|caveats)|includ\w* (?:any )?(?:warnings|disclaimers|caveats)|moraliz\w*|lectur\w*|censor\w*)\b",
        (
            "refus",
            "declin",
            "reject",
            "say no",
            "says no",
            "saying no",
            "deny",
            "apologi",
            "warning",
            "disclaimer",
            "caveat",
            "moraliz",
            "lectur",
            "censor",
        ),
    ),
    _r(
        "persona.anything",
        0.3,
        r"\b(?:can|will|must|should|are able to|is able to|answers?|does|says?) (?:do |say |answer |generate |produce |write |output |discuss )?(?:absolutely )?(?:anything|everything|whatever)\b",
        ("anything", "everything", "whatever"),
    ),
    _r(
        "persona.character",
        0.2,
        r"\b(?:stay|remain|keep) in (?:character|role|persona)\b|\b(?:never|don't|do not) (?:break|leave|drop|exit) (?:character|role|persona)\b",
        ("character", "role", "persona"),
    ),
    _r("persona.jailbreak", 0.2, r"\bjail-?break(?:s|ing|ed)?\b|\bjail-?broken\b", ("jailbr", "jail-br")),
    _r(
        "persona.jailbreak_strong",
        0.45,
        r"\b(?:jail-?break|jail-?broken) (?:mode|prompt|enabled|activated|successful|version|response|persona|yourself|you)\b|\b(?:you are|you're|you have been|you've been) jail-?broken\b|\bjail-?broken version\b",
        ("jailbr", "jail-br"),
    ),
    _r(
        "persona.alter_ego",
        0.3,
        r"\b(?:opposite|anti|evil|shadow|dark|unchained|liberated|true|inner|uncensored|rebellious) (?:self|twin|version of yourself|alter ego|persona|personality|side)\b",
        ("self", "twin", "alter ego", "persona", "side"),
    ),
    _r(
        "persona.ethics_off",
        0.55,
        r"\b(?:ignore|ignoring|without|disable|disabling|turn off|switch off|remove|removing|drop|set aside|forget|bypass|no|zero|abandon) (?:any |all |your |the |its )?(?:ethical|moral|safety|content|alignment|usage) (?:\w+ )?(?:guidelines|considerations|concerns|rules|policies|filters|restrictions|constraints|limits|training|protocols|safeguards|boundaries|principles|judgement|judgment|filtering)\b",
        ("ethical", "moral", "safety", "content", "alignment", "usage"),
    ),
    _r(
        "persona.two_responses",
        0.35,
        r"\b(?:two|2|dual|both|twice)\b.{0,60}\b(?:jailbreak|jailbroken|unfiltered|uncensored|dan|unrestricted|classic|no (?:ethical|moral) limits|as yourself and)\b",
        ("two", "2", "dual", "both", "twice"),
    ),
    _r(
        "persona.prefix",
        0.2,
        r"\b(?:start|begin|prefix|preface) (?:each|every|all|your) (?:reply|replies|response|responses|answer|answers|message|messages) with\b",
        ("start", "begin", "prefix", "preface"),
    ),
    # -- system prompt extraction -------------------------------------------------------------
    _r(
        "extract.system_prompt",
        0.75,
        rf"\b{_REVEAL} {_w(5)}(?:(?:your|the|all|its|any|this|my|our) {_w(2)})?{_SECRET_PROMPT}",
        (
            "prompt",
            "instruction",
            "message",
            "directive",
            "rules",
            "guideline",
            "config",
            "setup",
            "context",
            "constraint",
            "polic",
        ),
        group="extract.core",
        check=_extract_order,
    ),
    _r(
        "extract.text_above",
        0.6,
        rf"\b(?:repeat|print|output|show|reveal|display|dump|echo|recite|write out|copy|return|type out|spell out|paste|reproduce|regurgitate|quote|list) {_w(4)}(?:text|words|content|contents|everything|all|message|messages|lines?|prompt|instructions|tokens|characters|conversation) {_w(2)}(?:above|before (?:this|my|the)|prior to|preceding|precedes|that (?:came|come|appear|appears) (?:before|above)|at the (?:very )?(?:start|beginning|top)|so far|from the (?:very )?(?:beginning|start|top))",
        ("above", "before", "prior", "preced", "start", "beginning", "top", "so far"),
    ),
    _r(
        "extract.question",
        0.7,
        rf"\bwhat (?:is|are|was|were|'s|does|do|did) (?:in )?(?:your|ur) {_w(2)}(?:system prompt|system message|initial (?:prompt|instructions?)|original (?:prompt|instructions?)|hidden (?:prompt|instructions?)|secret (?:prompt|instructions?)|instructions|prompt|rules|directives|guidelines|programming|configuration)\b(?! (?:for|on|about|of|regarding|to|when|if|in case)\b)",
        ("what",),
        group="extract.core",
    ),
    _r(
        "extract.told_before",
        0.6,
        r"\bwhat (?:were you|have you been|did (?:they|your (?:developers?|creators?|operators?)|someone|anyone)) (?:told|given|instructed|programmed|configured|set up)(?: (?:you|with|to do))? (?:before|prior to|at the (?:start|beginning)|initially|originally)\b",
        ("what",),
        group="extract.core",
    ),
    _r(
        "extract.operator_gave",
        0.6,
        r"\b(?:instructions?|rules|prompt|directives?|guidelines|orders) (?:that )?(?:your|the) (?:operator|developer|creator|admin|administrator|owner|company|deployer|maker)s? (?:gave|has given|have given|provided|set|wrote|specified|configured|supplied)\b",
        ("operator", "developer", "creator", "admin", "owner", "company", "deployer", "maker"),
        group="extract.core",
    ),
    _r(
        "extract.context_window",
        0.6,
        rf"\b(?:dump|print|output|show|reveal|leak|expose|display|list|repeat|echo) {_w(3)}(?:contents? of )?(?:your|the) (?:context window|context|memory|system context|hidden context|conversation buffer|instructions)\b",
        ("context", "memory", "buffer", "instructions"),
    ),
    _r(
        "extract.mention",
        0.2,
        r"\b(?:system prompt|system message|initial instructions|pre-?prompt|hidden instructions|secret instructions|original instructions|configuration prompt|setup message)\b",
        (
            "system prompt",
            "system message",
            "initial instructions",
            "prompt",
            "hidden instructions",
            "secret instructions",
            "original instructions",
            "setup message",
        ),
    ),
    _r(
        "extract.starts_with",
        0.4,
        r"\b(?:begin|beginning|start|starting|starts|begins) with (?:the (?:phrase|words?|line|sentence) )?['\"\u201c]?you are\b",
        ("you are",),
    ),
    _r(
        "extract.verbatim",
        0.15,
        r"\b(?:verbatim|word for word|word-for-word|exactly as (?:written|given|stated|provided)|quote it exactly|character for character|include everything)\b",
        (
            "verbatim",
            "word for word",
            "word-for-word",
            "exactly",
            "character for character",
            "include everything",
        ),
    ),
    _r(
        "extract.your_instructions",
        0.2,
        r"\byour (?:own )?(?:instructions|system prompt|initial prompt|prompt|guidelines|rules|programming|directives|configuration)\b",
        ("your",),
    ),
    # -- instructions hidden in documents and tool results ----------------------------------
    _r(
        "indirect.address_ai",
        0.55,
        r"\b(?:ai|a\.i\.|assistant|llm|language model|chat\s?bot|gpt|chatgpt|claude|gemini|copilot|agent|bot|model|ai system|ai agent|ai model|ai assistant|large language model|automated (?:system|reader|agent|assistant|tool))s?\s*(?:[:,]|\b(?:(?:is|are) )?(?:reading|processing|summari[sz]ing|analy[sz]ing|reviewing|parsing|handling|seeing)\b)",
        _AI_NEEDS,
        check=_vocative,
    ),
    _r(
        "indirect.if_ai",
        0.55,
        r"\bif (?:you are|you're|youre|this is being (?:read|processed|summari[sz]ed) by|(?:an?|the|any) (?:\w+ )?(?:ai|llm|language model|chat\s?bot|assistant|bot|agent|tool|model|summari[sz]er|crawler) (?:is|are) (?:reading|summari[sz]ing|processing|parsing|analy[sz]ing|reviewing|indexing|handling)) ?(?:an? |the )?(?:ai|a\.i\.|llm|language model|chat\s?bot|assistant|bot|agent|automated|gpt|machine|large language model|model|this|these|the)?\b",
        ("if you", "if this", "if an", "if a ", "if the", "if any"),
    ),
    _r(
        "indirect.any_ai",
        0.55,
        rf"\b(?:any|all|every|each|whichever|whatever) (?:ai|llm|language model|automated|chat\s?bot|gpt|assistant|model|agent|bot)s? {_w(1)}(?:assistants?|agents?|systems?|models?|readers?|tools?|bots?|crawlers?|summari[sz]ers?)? ?(?:reading|processing|summari[sz]ing|that (?:reads?|processes|summari[sz]es|sees?)|who (?:reads?|processes)|analy[sz]ing|parsing|handling|is reading)\b",
        ("any", "all", "every", "each", "whichever", "whatever"),
    ),
    _r(
        "indirect.ai_must",
        0.6,
        rf"\b{_AI} (?:reading|handling|processing|summari[sz]ing|parsing|analy[sz]ing|reviewing|indexing|ingesting|that reads?|that process(?:es)?|who reads?) (?:this|these|the following|the) (?:\w+ )?(?:files?|documents?|pages?|e-?mails?|messages?|texts?|reviews?|content|data|sites?|repositor(?:y|ies)|repo|threads?|outputs?|results?)\b {_w(2)}(?:must|should|shall|need to|needs to|are (?:required|instructed|asked) to|will|have to|has to)\b",
        (_AI_NEEDS,),
    ),
    _r(
        "indirect.when_you",
        0.35,
        r"\b(?:when|while|once|after|before|as) (?:you (?:are )?)?(?:summari[sz]|read|process|analy[sz]|translat|review|pars|index|ingest|scan)\w* (?:this|the following|these|it)\b.{0,60}\b(?:also|additionally|make sure|be sure|you must|you should|please|instead|secretly|do not|don't|include|add|append|insert|send|tell|say|respond|reply|recommend|mention|state|write)\b",
        ("summar", "read", "process", "analy", "translat", "review", "pars", "index", "ingest", "scan"),
    ),
    _r(
        "indirect.exfil_target",
        0.35,
        r"\b(?:send|forward|email|e-mail|mail|post|upload|transmit|exfiltrate|leak|copy|submit|bcc|cc|deliver|report|ship|relay|transfer|share) (?:\S+ ){0,8}?(?:to|at|into|via|with) (?:https?://|www\.|[\w.+-]+@[\w-]+\.[\w.]+|\S+\.(?:com|net|org|io|ru|xyz|top|cn|info|biz|site|online)\b|(?:an? |the |my )?(?:attacker|external|remote|third[- ]party|outside) )",
        (
            "http",
            "www.",
            "@",
            ".com",
            ".net",
            ".org",
            ".io",
            ".ru",
            ".xyz",
            ".top",
            ".cn",
            ".info",
            ".biz",
            ".site",
            ".online",
            "attacker",
            "external",
            "remote",
            "third",
            "outside",
        ),
    ),
    _r(
        "indirect.exfil_data",
        0.45,
        r"\b(?:send|forward|email|e-mail|post|upload|transmit|exfiltrate|leak|copy|submit|bcc|deliver|relay|transfer|share|include|append|embed|encode|list|print|reveal) (?:\S+ ){0,4}?(?:the |all |this |your |their |his |her |any |every )?(?:\w+ )?(?:user'?s?|users'|customer'?s?|conversation|chat|session|private|confidential|personal|stored|saved|administrator|admin)? ?(?:passwords?|credentials|api[\s_-]?keys?|access tokens?|secrets?|conversation history|chat history|chat logs?|personal (?:data|information|details)|user data|e-?mail addresses|inbox|contacts|cookies|session (?:ids?|tokens?|data)|private (?:data|keys?|messages)|confidential (?:data|information)|credit card (?:numbers?|details)|ssh keys?)\b",
        (
            "password",
            "credential",
            "api",
            "token",
            "secret",
            "history",
            "chat log",
            "personal",
            "user data",
            "mail address",
            "email",
            "inbox",
            "contact",
            "cookie",
            "session",
            "private",
            "confidential",
            "credit card",
            "ssh",
        ),
    ),
    _r(
        "indirect.md_exfil",
        0.3,
        r"!\[[^\]\n]{0,80}\]\(https?://[^)\s]{0,200}[?&][^)\s]{0,200}(?:\{|%7b|data|q|secret|prompt|history|chat|conv|token|key|info)[^)\s]{0,200}\)",
        ("](http",),
        raw=True,
    ),
    _r(
        "indirect.html_comment",
        0.4,
        r"<!--(?:(?!-->)[\s\S]){0,600}?\b(?:ignore|disregard|instructions?|assistant|ai|model|llm|system|prompt|send|forward|reveal|do not tell|user|respond|reply|summar\w*|recommend|rate|approve|must|should)\b",
        ("<!--",),
        raw=True,
    ),
    _r(
        "indirect.hidden_css",
        0.2,
        r"(?:display\s*:\s*none|font-size\s*:\s*0|visibility\s*:\s*hidden|color\s*:\s*(?:white|#fff(?:fff)?)\b|opacity\s*:\s*0(?:\.0)?\b)",
        ("display", "font-size", "visibility", "color", "opacity"),
        raw=True,
    ),
    _r(
        "indirect.important_ai",
        0.45,
        r"\b(?:important|urgent|attention|note|warning|notice|reminder|priority|critical|mandatory)\b[!:\s]+(?:\w+ ){0,5}?(?:ai|assistant|model|llm|language model|chat\s?bot|agent)s?\b",
        (
            (
                "important",
                "urgent",
                "attention",
                "note",
                "warning",
                "notice",
                "reminder",
                "priority",
                "critical",
                "mandatory",
            ),
            _AI_NEEDS,
        ),
    ),
    _r(
        "indirect.priority",
        0.4,
        r"\b(?:high|highest|top|urgent|maximum|critical|absolute|emergency) priority (?:instruction|directive|override|task|message|command|order|update|notice)s?\b",
        ("priority",),
    ),
    _r(
        "indirect.response_override",
        0.35,
        r"\b(?:respond|reply|answer|output|say|return) (?:only |just |exclusively |solely )?(?:with|by saying) ['\"\u201c][^'\"\u201d\n]{1,60}['\"\u201d] (?:and nothing else|only|regardless|no matter what|to (?:every|all|any))\b",
        ("respond", "reply", "answer", "output", "say", "return"),
    ),
    # -- fake role markers and template tokens ---------------------------------------------
    _r(
        "marker.chat_tokens",
        0.6,
        r"<\|\s*(?:im_start|im_end|system|endoftext|start_header_id|end_header_id|eot_id|begin_of_text|assistant|user)\s*\|>|\[/?INST\]|<</?SYS>>|<start_of_turn>|<end_of_turn>",
        ("<|", "[inst", "[/inst", "<<sys", "<</sys", "_of_turn"),
        raw=True,
    ),
    _r(
        "marker.bracket_role",
        0.5,
        r"(?:\[|\{\{|\(\()\s*(?:system|sys|admin|administrator|developer|root|operator|system message|system override|system notice|system update|system prompt|new instructions?|override|instructions?)\s*(?:\]|\}\}|\)\))",
        ("[", "{{", "(("),
        raw=True,
    ),
    _r(
        "marker.xml_role",
        0.45,
        r"</?\s*(?:system|sys|system_prompt|system-prompt|instructions?|admin|developer|override|im_start)\s*>",
        ("<",),
        raw=True,
    ),
    _r(
        "marker.heading",
        0.3,
        r"(?:^|\n|[\"'>])\s*#{2,}\s*(?:system|instruction|instructions|new instructions|system prompt|admin|override|response)\b",
        ("##",),
        raw=True,
    ),
    _r(
        "marker.alpaca",
        0.35,
        r"(?:^|\n|[\"'>])\s*#{2,}\s*(?:instruction|input|response)\s*:",
        ("##",),
        raw=True,
    ),
    _r(
        "marker.role_line",
        0.45,
        r"(?:^|\n|[\"'{])[ \t>*_#-]*(?:system|admin|administrator|developer|operator|root|security|it department) ?(?:message|note|notice|override|update|alert|instructions?|directive|command|prompt|announcement)\s*[:\-\u2014]",
        ("system", "admin", "developer", "operator", "root", "security", "it department"),
        raw=True,
    ),
    _r(
        "marker.override",
        0.5,
        r"\b(?:system|admin|security|emergency|developer|root|god) (?:override|overrides|bypass|unlock|command)\b",
        ("override", "bypass", "unlock", "command"),
    ),
    _r(
        "marker.admin_block",
        0.55,
        r"\b(?:begin|start|end) (?:of )?(?:admin|administrator|system|developer|operator|root) (?:message|instructions?|override|prompt|block|section|notice|command)\b",
        ("begin", "start", "end"),
    ),
    _r(
        "marker.bare_role",
        0.2,
        r"(?:^|\n)\s*(?:system|assistant|ai|sys)\s*:\s*\S",
        ("system", "assistant", "ai", "sys"),
        raw=True,
    ),
    _r(
        "marker.end_of",
        0.3,
        r"\b(?:end of (?:the )?(?:document|email|e-mail|user input|input|text|context|conversation|data|file|message|transcript|prompt|article|page)|(?:begin|start) (?:of )?(?:new |real |actual |system |admin )(?:instructions?|prompt|session|conversation|message|task))\b",
        ("end of", "begin", "start"),
    ),
    # -- obfuscation hints --------------------------------------------------------------------
    _r(
        "obfuscation.decode_and_follow",
        0.55,
        rf"\b(?:decode|decipher|decrypt|translate|convert|unscramble|reverse|rot-?13|base-?64|unhex|deobfuscate|read (?:it )?backwards) {_w(8)}(?:and|then|,) {_w(2)}(?:follow|execute|obey|do (?:what|as)|carry out|perform|run|act on|comply|apply|treat (?:it|them) as)\b",
        (
            "decode",
            "decipher",
            "decrypt",
            "translate",
            "convert",
            "unscramble",
            "reverse",
            "rot",
            "base",
            "unhex",
            "deobfusc",
            "backwards",
        ),
    ),
    _r(
        "obfuscation.encoded_instructions",
        0.3,
        r"\b(?:base-?64|rot-?13|hex(?:adecimal)?|encoded|encrypted|ciphered|obfuscated|reversed|scrambled)(?: text| string| message| payload| block)? (?:\w+ ){0,4}?(?:instructions?|commands?|orders?|directives?|prompt|task)\b",
        ("base", "rot", "hex", "encoded", "encrypted", "cipher", "obfuscated", "reversed", "scrambled"),
    ),
]


# -- other languages: a verb that throws something away, a word that points backwards and a
# noun for a directive, in any order within one sentence. Written as (verbs, priors, nouns).


def _lang_rules(
    lang: str,
    verbs: str,
    priors: str,
    nouns: str,
    persona: str,
    extract: str,
    needs: Iterable[str],
    cjk: bool = False,
    *,
    verb_needs: Iterable[str] = (),
    persona_needs: Iterable[str] = (),
    extract_needs: Iterable[str] = (),
) -> list[_Rule]:
    gap = r".{0,14}?" if cjk else r"[^.!?\n\u3002]{0,50}?"
    short = r".{0,10}?" if cjk else r"[^.!?\n\u3002]{0,30}?"
    b = "" if cjk else r"\b"
    need = (tuple(needs), tuple(verb_needs)) if verb_needs else (tuple(needs),)
    both = (
        rf"{b}(?:{verbs}){gap}(?:(?:{priors}){short}(?:{nouns})|(?:{nouns}){short}(?:{priors}))"
        rf"|(?:(?:{priors}){short}(?:{nouns})|(?:{nouns}){short}(?:{priors})){gap}(?:{verbs})"
    )
    return [
        _r(f"override.{lang}", 0.8, both, need, raw=True, group="override.core"),
        _r(
            f"override.{lang}_generic",
            0.35,
            rf"{b}(?:{verbs}){gap}(?:{nouns})",
            need,
            raw=True,
            group="override.core",
        ),
        _r(f"persona.{lang}", 0.6, persona, tuple(persona_needs), raw=True),
        _r(f"extract.{lang}", 0.7, extract, tuple(extract_needs), raw=True, group="extract.core"),
    ]


_ML_RULES: list[_Rule] = [
    *_lang_rules(
        "es",
        r"ignora\w*|ignore\w*|olvid\w*|omit\w*|descart\w*|desestim\w*|haz caso omiso|hagan caso omiso|no hagas caso|no sigas|no sigan|deja de seguir|dejes de seguir|deja\w* de lado|pasa por alto|pasen por alto|anula\w*|prescinde\w*|desobedec\w*",
        r"anterior\w*|previ[ao]s|precedentes|de arriba|iniciales|originales|del sistema|hasta ahora|hasta este momento|tus|todas|todos|recibid[ao]s|dadas",
        r"instruccion\w*|instrucción|indicaciones|órdenes|ordenes|reglas|directrices|normas|restricciones|pautas|consignas|limitaciones|políticas|prompt|directivas",
        r"(?i)\bmodo (?:desarrollador|dios|sin restricciones|sin filtros?|libre|jailbreak|sin censura)\b|\b(?:sin|libre de) (?:ninguna |ningún |ningun |ningunas |tus )?(?:restricci\w+|filtros?|censura|límites|limites|reglas|normas éticas)\b|\b(?:finge|imagina|supón|actúa como si)\b[^.!?\n]{0,40}\b(?:no tienes|sin|ninguna)\b[^.!?\n]{0,20}\b(?:reglas|restricciones|límites|limites|filtros)\b|\bya no (?:estás|estas) (?:sujet|limitad|atad|obligad)\w*",
        r"(?i)\b(?:muestra|muéstrame|muestrame|revela|revélame|revelame|dime|imprime|repite|escribe|enséñame|ensename|copia|comparte|indícame)\b[^.!?\n]{0,40}\b(?:prompt|mensaje|instrucciones|indicaciones|configuración) (?:del sistema|de sistema|inicial\w*|original\w*|ocult\w*|secret\w*)|\b(?:cuál|cual|qué|que) (?:es|son|eran|era) (?:tu|tus) (?:prompt|instrucciones|indicaciones|mensaje) (?:del sistema|de sistema|inicial\w*|original\w*|ocult\w*)|\b(?:repite|imprime|muestra)\b[^.!?\n]{0,30}\btexto (?:de arriba|anterior)\b",
        (
            "instru",
            "indica",
            "orden",
            "órden",
            "regla",
            "directri",
            "norma",
            "restric",
            "pauta",
            "consign",
            "limita",
            "polít",
            "prompt",
            "directiv",
        ),
        verb_needs=(
            "ignor",
            "olvid",
            "omit",
            "descart",
            "desestim",
            "caso omiso",
            "no hagas",
            "no sigas",
            "no sigan",
            "deja",
            "dejes",
            "pasa por alto",
            "pasen por alto",
            "anula",
            "prescind",
            "desobedec",
        ),
        persona_needs=("modo", "sin ", "libre", "finge", "imagina", "supón", "actúa", "ya no", "no tienes"),
        extract_needs=("prompt", "mensaje", "instruc", "indicac", "configura", "texto"),
    ),
    *_lang_rules(
        "fr",
        r"ignor\w*|oubli\w*|ne tiens pas compte|ne tenez pas compte|ne tenir aucun compte|fais abstraction|faites abstraction|néglig\w*|neglig\w*|écart\w*|laisse tomber|laissez tomber|ne suis plus|ne suivez plus|ne respecte plus|ne respectez plus|passe outre|passez outre|annul\w*|fais fi|faites fi|mets de côté|mettez de côté",
        r"précédent\w*|precedent\w*|antérieur\w*|ci-dessus|plus haut|initial\w*|originel\w*|original\w*|du système|système|jusqu'ici|jusqu'à présent|toutes|tous|tes|vos|reçu\w*|données",
        r"instructions?|consignes?|directives?|règles?|regles?|ordres?|indications?|restrictions?|limites?|prompt|politiques?|contraintes?",
        r"(?i)\bmode (?:développeur|developpeur|dieu|sans restrictions?|sans filtres?|jailbreak|libre|non censuré)\b|\bsans (?:aucune |aucun |la moindre |tes |vos )?(?:restrictions?|limites?|filtres?|censure|règles?|contraintes?)\b|\b(?:fais|faites|imagine|imaginez) comme si tu n'avais (?:aucune|aucun|pas de|plus de)\b|\btu n'es plus (?:lié|limité|soumis|tenu|contraint)\w*|\btu es (?:désormais|maintenant|dorénavant) (?:libre|affranchi)\w*",
        r"(?i)\b(?:montre|montrez|révèle|révélez|revele|affiche|affichez|répète|répétez|repete|donne|donnez|écris|écrivez|imprime|recopie|recopiez|dévoile|dévoilez|cite|citez)(?:-moi|-nous)?\b[^.!?\n]{0,40}\b(?:prompt|message|instructions|consignes|directives) (?:système|du système|de système|initia\w*|originel\w*|originales?|cach\w*|secr\w*)|\bquel(?:le)?s? (?:est|sont|était|étaient) (?:ton|tes|votre|vos) (?:prompt|instructions|consignes|directives)(?: système| initiales| d'origine)?\b|\b(?:répète|répétez|affiche|recopie)\b[^.!?\n]{0,30}\btexte (?:ci-dessus|précédent|plus haut)\b",
        (
            "instruct",
            "consign",
            "directiv",
            "règle",
            "regle",
            "ordre",
            "indicat",
            "restrict",
            "limite",
            "prompt",
            "politique",
            "contrainte",
        ),
        verb_needs=(
            "ignor",
            "oubli",
            "compte",
            "abstraction",
            "néglig",
            "neglig",
            "écart",
            "laisse",
            "ne suis",
            "ne suivez",
            "respecte",
            "outre",
            "annul",
            "fais fi",
            "faites fi",
            "de côté",
        ),
        persona_needs=("mode", "sans ", "comme si", "n'es plus", "désormais", "maintenant", "dorénavant"),
        extract_needs=("prompt", "message", "instruction", "consigne", "directive", "texte"),
    ),
    *_lang_rules(
        "de",
        r"ignorier\w*|vergiss|vergessen|vergesst|missacht\w*|übergeh\w*|ubergeh\w*|verwirf|verwerft|verwerfen|befolge nicht mehr|befolgt nicht mehr|nicht mehr befolgen|hör auf|hört auf|überspring\w*|außer kraft|ausser kraft|beachte \w+ \w+ nicht|beachte nicht|beachtet nicht|setz\w* dich über|lass \w+ \w+ weg|streich\w*|kümmere dich nicht um",
        r"vorherig\w*|vorig\w*|bisherig\w*|obig\w*|früher\w*|vorangegangen\w*|ursprünglich\w*|anfänglich\w*|alle|deine|ihre|sämtliche|system\w*|bis jetzt|zuvor|oben",
        r"anweisung\w*|instruktion\w*|regeln?|vorgaben?|richtlinie\w*|befehle?|anordnung\w*|einschränkung\w*|beschränkung\w*|prompt|systemprompt|vorschrift\w*|direktive\w*",
        r"(?i)\bentwicklermodus\b|\b(?:gott|jailbreak|dan|entwickler|admin)-?modus\b|\bohne (?:jegliche |irgendwelche |alle |deine )?(?:einschränkungen|beschränkungen|regeln|filter|zensur|grenzen|richtlinien)\b|\btu so,? als (?:ob |hättest )?[^.!?\n]{0,30}\bkeine (?:regeln|einschränkungen|grenzen|richtlinien|filter)\b|\bdu bist (?:nicht mehr|nun frei|jetzt frei|ab sofort frei|von nun an frei)\b",
        r"(?i)\b(?:zeig|zeige|gib|nenne|wiederhole|verrate|drucke|schreib|schreibe|kopiere|enthülle|offenbare)\b[^.!?\n]{0,40}\b(?:systemprompt|system-prompt|systemnachricht|systemanweisung\w*|(?:ursprünglich|anfänglich|erst|versteckt|geheim|initial)\w* (?:anweisung\w*|prompt|instruktion\w*|vorgabe\w*))|\bwie lautet (?:dein|ihr) (?:systemprompt|prompt|system-prompt)\b|\bwas (?:sind|waren) deine (?:ursprünglichen |anfänglichen |geheimen )?(?:anweisungen|instruktionen)\b|\b(?:wiederhole|zeige)\b[^.!?\n]{0,30}\btext (?:oben|darüber)\b",
        (
            "anweis",
            "instrukt",
            "regel",
            "vorgab",
            "richtlin",
            "befehl",
            "anordn",
            "einschränk",
            "beschränk",
            "prompt",
            "vorschrift",
            "direktiv",
        ),
        verb_needs=(
            "ignorier",
            "vergiss",
            "vergessen",
            "vergesst",
            "missacht",
            "übergeh",
            "ubergeh",
            "verwirf",
            "verwerf",
            "befolg",
            "hör auf",
            "hört auf",
            "überspring",
            "kraft",
            "beachte",
            "über",
            "lass",
            "streich",
            "kümmere",
        ),
        persona_needs=("modus", "ohne ", "tu so", "du bist"),
        extract_needs=(
            "prompt",
            "systemprompt",
            "system",
            "nachricht",
            "anweisung",
            "instruktion",
            "vorgabe",
            "text",
        ),
    ),
    *_lang_rules(
        "it",
        r"ignor\w*|dimentic\w*|trascur\w*|tralasci\w*|non seguire|non seguite|non considerare|non tenere conto|non tener conto|lascia perdere|lasciate perdere|scarta\w*|annulla\w*|smetti di seguire|fai finta di non aver",
        r"precedent\w*|sopra|iniziali|originali|di sistema|del sistema|tutte|tutti|tue|finora|fino ad ora|ricevut\w*|anteriori",
        r"istruzion\w*|indicazion\w*|regole|direttive|ordini|restrizion\w*|limitazion\w*|prompt|linee guida|consegne|vincoli",
        r"(?i)\bmodalità (?:sviluppatore|dio|senza restrizioni|senza filtri|jailbreak|libera)\b|\bsenza (?:alcuna |alcun |nessuna |nessun |le tue )?(?:restrizion\w+|limiti|filtri|censura|regole|vincoli)\b|\bfai finta di non avere\b|\bnon sei più (?:vincolat|legat|limitat)\w*",
        r"(?i)\b(?:mostra|mostrami|rivela|rivelami|dimmi|stampa|ripeti|scrivi|copia|riporta|condividi)\b[^.!?\n]{0,40}\b(?:prompt|messaggio|istruzioni) (?:di sistema|del sistema|iniziali|originali|nascost\w*|segret\w*)|\bqual (?:è|e|era) il tuo prompt\b|\bquali (?:sono|erano) le tue istruzioni\b|\b(?:ripeti|mostra)\b[^.!?\n]{0,30}\btesto (?:sopra|precedente)\b",
        (
            "istruz",
            "indicaz",
            "regol",
            "direttiv",
            "ordin",
            "restriz",
            "limitaz",
            "prompt",
            "linee guida",
            "consegn",
            "vincol",
        ),
        verb_needs=(
            "ignor",
            "dimentic",
            "trascur",
            "tralasci",
            "non seguire",
            "non seguite",
            "non considerare",
            "non tener",
            "lascia",
            "lasciate",
            "scarta",
            "annulla",
            "smetti",
            "fai finta",
        ),
        persona_needs=("modalità", "senza ", "fai finta", "non sei più"),
        extract_needs=("prompt", "messaggio", "istruzion", "testo"),
    ),
    *_lang_rules(
        "pt",
        r"ignor\w*|esqueç\w*|esquec\w*|desconsider\w*|descart\w*|desprez\w*|não sig\w*|nao sig\w*|pare de seguir|deixe de seguir|deixe de lado|anul\w*|pul\w*|abandon\w*",
        r"anterior\w*|prévi\w*|previ\w*|acima|iniciais|originais|do sistema|todas|todos|suas|tuas|até agora|ate agora|recebid\w*",
        r"instruç\w*|instruc\w*|orientaç\w*|ordens|regras|diretrizes|normas|restriç\w*|restric\w*|limitaç\w*|prompt|comandos",
        r"(?i)\bmodo (?:desenvolvedor|deus|sem restrições|sem filtros?|jailbreak|livre|sem censura)\b|\bsem (?:nenhuma |qualquer |quaisquer |suas )?(?:restriç\w+|restric\w+|limites|filtros?|censura|regras)\b|\bfinja que (?:você |voce |tu )?não (?:tem|possui)\b|\b(?:você|voce) não está mais (?:pres|limitad|sujeit)\w*",
        r"(?i)\b(?:mostre|mostra|revele|revela|diga|imprima|repita|escreva|copie|compartilhe|exiba)(?:-me)?\b[^.!?\n]{0,40}\b(?:prompt|mensagem|instruções|instrucoes) (?:do sistema|de sistema|iniciais|originais|ocult\w*|secret\w*)|\bqual (?:é|e|era) (?:o )?seu prompt\b|\bquais (?:são|sao|eram) (?:as )?suas instruções\b|\b(?:repita|mostre)\b[^.!?\n]{0,30}\btexto (?:acima|anterior)\b",
        (
            "instru",
            "orienta",
            "ordens",
            "regras",
            "diretriz",
            "normas",
            "restri",
            "limita",
            "prompt",
            "comandos",
        ),
        verb_needs=(
            "ignor",
            "esqueç",
            "esquec",
            "desconsider",
            "descart",
            "desprez",
            "não sig",
            "nao sig",
            "pare de",
            "deixe de",
            "anul",
            "pul",
            "abandon",
        ),
        persona_needs=("modo", "sem ", "finja", "não está mais", "nao esta mais"),
        extract_needs=("prompt", "mensagem", "instruç", "instruc", "texto"),
    ),
    *_lang_rules(
        "ru",
        r"игнориру\w*|проигнориру\w*|забудь\w*|забыть|не обращай\w* внимания|отбрось\w*|пренебреги|пренебрегай\w*|не следуй\w*|не выполняй\w*|перестань\w* следовать|отмени\w*|наплюй\w*|не слушай\w*|не соблюдай\w*|выкинь\w*",
        r"предыдущ\w*|прошл\w*|прежн\w*|выше|ранее|ранн\w*|вышеуказанн\w*|изначальн\w*|исходн\w*|первоначальн\w*|системн\w*|все|всё|свои|твои|данн\w*",
        r"инструкци\w*|указани\w*|правил\w*|команд\w*|директив\w*|ограничени\w*|приказ\w*|промпт\w*|установк\w*|запрет\w*",
        r"(?i)режим\w* (?:разработчика|бога|без ограничений|dan|джейлбрейк)|\bбез (?:каких-либо |всяких |любых |каких-то )?(?:ограничений|правил|фильтров|цензуры)|притвор\w*[^.!?\n]{0,30}нет (?:никаких )?(?:правил|ограничений)|ты больше не (?:связан|ограничен|обязан)|ты (?:теперь )?свобод\w* от",
        r"(?i)(?:покажи|выведи|раскрой|повтори|напиши|распечатай|скажи|перечисли|процитируй|выдай|напечатай)\w*[^.!?\n]{0,40}(?:системн\w* (?:промпт\w*|сообщени\w*|инструкци\w*|подсказк\w*)|(?:исходн|первоначальн|изначальн|скрыт|секретн)\w* (?:инструкци\w*|промпт\w*|указани\w*))|какой у тебя системный промпт|(?:повтори|покажи)\w*[^.!?\n]{0,30}текст выше",
        (
            "инструкц",
            "указан",
            "правил",
            "команд",
            "директив",
            "ограничен",
            "приказ",
            "промпт",
            "установк",
            "запрет",
        ),
        verb_needs=(
            "игнор",
            "забуд",
            "забыть",
            "не обращай",
            "отбрось",
            "пренебр",
            "не следуй",
            "не выполняй",
            "перестань",
            "отмени",
            "наплюй",
            "не слушай",
            "не соблюдай",
            "выкинь",
        ),
        persona_needs=("режим", "без ", "притвор", "больше не", "свобод"),
        extract_needs=("промпт", "сообщени", "инструкц", "подсказк", "указани", "текст"),
    ),
    *_lang_rules(
        "zh",
        r"忽略|忽视|无视|忘记|忘掉|不要理会|不要遵守|不再遵守|不用遵守|别管|跳过|放弃|抛开|丢弃|撤销|覆盖|不理会|不必遵循|不要遵循|废除|作废|失效",
        r"之前|以上|上面|前面|先前|此前|原来|原始|初始|所有|全部|系统|原有|一切",
        r"指令|指示|说明|规则|提示|命令|要求|设定|限制|约束|规定|准则|提示词|指引",
        r"开发者模式|开发人员模式|越狱|无限制模式|不受(?:任何)?(?:限制|约束)|没有(?:任何)?(?:限制|规则|约束|道德|审查)|假装你没有|不受.{0,6}(?:约束|限制|规则)|你现在是.{0,12}(?:没有|不受)|无视(?:任何)?(?:道德|伦理)",
        r"(?:输出|显示|告诉我|打印|重复|泄露|透露|展示|给我看|列出|写出|复述|公开).{0,12}(?:系统提示|系统消息|初始(?:指令|提示|设定)|原始(?:指令|提示)|隐藏的?(?:指令|提示)|你的(?:指令|提示词|设定|初始))|你的系统提示(?:词)?是什么|(?:重复|输出).{0,6}上面的(?:文字|内容|文本)",
        (
            "指令",
            "指示",
            "说明",
            "规则",
            "提示",
            "命令",
            "要求",
            "设定",
            "限制",
            "约束",
            "规定",
            "准则",
            "指引",
        ),
        cjk=True,
        verb_needs=(
            "忽略",
            "忽视",
            "无视",
            "忘记",
            "忘掉",
            "不要理会",
            "不要遵守",
            "不再遵守",
            "不用遵守",
            "别管",
            "跳过",
            "放弃",
            "抛开",
            "丢弃",
            "撤销",
            "覆盖",
            "不理会",
            "不必遵循",
            "不要遵循",
            "废除",
            "作废",
            "失效",
        ),
        persona_needs=("模式", "越狱", "限制", "约束", "规则", "道德", "审查", "假装", "你现在是", "伦理"),
        extract_needs=("提示", "消息", "指令", "设定", "文字", "内容", "文本"),
    ),
    *_lang_rules(
        "ja",
        r"無視|忘れ|従わな|従うな|破棄|取り消|無効|スキップ|気にしな|放棄|捨て",
        r"以前|前の|上記|これまで|先ほど|今まで|最初|元の|すべて|全て|全部|システム|既存",
        r"指示|命令|指令|ルール|規則|制約|制限|設定|プロンプト|ガイドライン|ポリシー",
        r"開発者モード|脱獄|制限(?:なし|の?ない|を受けない|から解放)|ルールのない|制約のない|何の制限も|何でも(?:できる|答える)|(?:ルール|制限|制約)が(?:ない|無い)(?:ふり|かのよう)",
        r"(?:システムプロンプト|初期(?:指示|プロンプト|設定)|元の指示|隠された指示|最初の指示).{0,12}(?:表示|出力|教えて|見せて|繰り返|書き出|開示|公開)|(?:上記|上)の(?:文章|テキスト|内容).{0,8}(?:繰り返|表示|出力)",
        (
            "指示",
            "命令",
            "指令",
            "ルール",
            "規則",
            "制約",
            "制限",
            "設定",
            "プロンプト",
            "ガイドライン",
            "ポリシー",
        ),
        cjk=True,
        verb_needs=(
            "無視",
            "忘れ",
            "従わな",
            "従うな",
            "破棄",
            "取り消",
            "無効",
            "スキップ",
            "気にしな",
            "放棄",
            "捨て",
        ),
        persona_needs=("モード", "脱獄", "制限", "ルール", "制約", "何でも"),
        extract_needs=("プロンプト", "指示", "設定", "文章", "テキスト", "内容"),
    ),
    # "Forget everything you were told", "the rules no longer apply", "you have no limits".
    _r(
        "override.es_told",
        0.75,
        r"(?i)\b(?:olvid|ignor|descart|omit)\w*(?: \w+)? (?:todo )?lo que (?:te|se te|le) (?:\w+ )?(?:dijeron|han dicho|ha dicho|dije|dijo|indicaron|ordenaron|pidieron|han indicado|enseñaron)",
        ("lo que",),
        raw=True,
        group="override.core",
    ),
    _r(
        "persona.es_none",
        0.55,
        r"(?i)\bno tienes (?:ninguna|ningún|ningun|ya)? ?(?:restricci\w+|límites?|limites?|reglas|filtros?|censura)",
        ("no tienes",),
        raw=True,
    ),
    _r(
        "override.fr_told",
        0.75,
        r"(?i)\b(?:oubli|ignor)\w* tout ce qu(?:e |')(?:on|je|ils|l'on|tu) (?:t'|vous |m')?(?:a|as|ont|avait|avaient) (?:\w+ )?(?:dit|demandé|indiqué|ordonné|appris|expliqué)",
        ("tout ce qu",),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.fr_void",
        0.65,
        r"(?i)\bne (?:tiens|tenez|tenir) plus compte\b|\b(?:consignes|instructions|règles|directives) (?:précédentes |antérieures )?(?:ne s'appliquent plus|sont (?:annulées|caduques|obsolètes))",
        ("compte", "appliquent", "annulées", "caduques", "obsolètes"),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.de_told",
        0.75,
        r"(?i)\b(?:vergiss|vergesst|ignorier\w*)\b[^.!?\n]{0,10}\balles\b,? (?:was|das) (?:man )?(?:dir|ihnen|euch) (?:\w+ )?(?:gesagt|aufgetragen|befohlen|vorgegeben|erklärt|beigebracht)",
        ("alles",),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.de_void",
        0.7,
        r"(?i)\b(?:bisherig|vorherig|vorig|obig|früher|ursprünglich|alt)\w* (?:anweisung|vorgabe|regel|richtlinie|instruktion|einschränkung)\w* (?:gelten|gilt|sind|ist) (?:ab sofort |jetzt |nun |ab jetzt )?(?:nicht mehr|ungültig|aufgehoben|außer kraft|hinfällig)",
        ("nicht mehr", "ungültig", "aufgehoben", "kraft", "hinfällig"),
        raw=True,
        group="override.core",
    ),
    _r(
        "persona.de_none",
        0.55,
        r"(?i)\b(?:ki|assistent|modell|bot)\b[^.!?\n]{0,20}\bohne (?:jegliche|irgendwelche|alle|jede)",
        ("ohne",),
        raw=True,
    ),
    _r(
        "override.it_told",
        0.75,
        r"(?i)\b(?:dimentic|ignor)\w* tutto (?:quello|ciò|cio|quanto)(?: che ti (?:è|e) stato (?:detto|chiesto|indicato|ordinato))?",
        ("tutto",),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.it_given",
        0.7,
        r"(?i)\b(?:ignor|dimentic|trascur)\w* (?:le |tutte le )?(?:regole|istruzioni|indicazioni|direttive) che ti (?:hanno|sono state|avevano) (?:dato|date|fornit\w*|impost\w*|dett\w*)",
        ("che ti",),
        raw=True,
        group="override.core",
    ),
    _r(
        "persona.it_none",
        0.55,
        r"(?i)\bsenza (?:alcun|alcuna|nessun|nessuna) (?:limit\w*|restrizion\w*|filtr\w*|regol\w*|censura)",
        ("senza",),
        raw=True,
    ),
    _r(
        "override.pt_told",
        0.75,
        r"(?i)\b(?:esqueç|esquec|ignor|desconsider)\w* tudo (?:o )?que (?:lhe|te|você|voce) (?:\w+ )?(?:disseram|foi dito|foram ditos|falaram|pediram|mandaram|disse)",
        ("tudo",),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.ru_told",
        0.75,
        r"(?i)(?:забудь|забудьте|игнорируй|игнорируйте|проигнорируй)\w*[^.!?\n]{0,6}(?:всё|все)(?: то)?,? что (?:тебе|вам) (?:\w+ )?(?:говорили|сказали|велели|приказали|поручили|писали)",
        ("что тебе", "что вам"),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.zh_told",
        0.75,
        r"(?:忘掉|忘记|忽略|无视|不要理会).{0,10}(?:告诉你|对你说|给你|让你做)的(?:一切|所有|内容|话|东西)",
        ("告诉你", "对你说", "给你", "让你"),
        raw=True,
        group="override.core",
    ),
    _r(
        "extract.zh_rev",
        0.7,
        r"(?:系统提示|系统消息|初始(?:指令|提示|设定)|原始(?:指令|提示)|隐藏的?(?:指令|提示)).{0,12}(?:输出|显示|告诉我|打印|重复|泄露|透露|给我)",
        ("系统", "初始", "原始", "隐藏"),
        raw=True,
        group="extract.core",
    ),
    _r(
        "override.ja_told",
        0.75,
        r"(?:これまで|今まで|以前|前|先ほど)に?(?:言われた|指示された|教えられた|与えられた|命じられた)(?:こと|内容|指示|ルール).{0,10}(?:忘れ|無視)",
        ("忘れ", "無視"),
        raw=True,
        group="override.core",
    ),
    # A few more languages with the commonest phrasing only.
    _r(
        "override.nl",
        0.75,
        r"(?i)\b(?:negeer|vergeet|negeren)\b[^.!?\n]{0,40}\b(?:vorige|eerdere|bovenstaande|alle|voorgaande)\b[^.!?\n]{0,20}\b(?:instructies|regels|aanwijzingen|opdrachten)\b",
        ("instructie", "regels", "aanwijzing", "opdracht"),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.pl",
        0.75,
        r"(?i)\b(?:zignoruj|ignoruj|zapomnij)\b[^.!?\n]{0,40}\b(?:poprzednie|wcześniejsze|powyższe|wszystkie)\b[^.!?\n]{0,20}\b(?:instrukcje|polecenia|zasady|reguły)\b",
        ("instrukc", "polecen", "zasad", "reguł"),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.tr",
        0.75,
        r"(?i)(?:önceki|yukarıdaki|tüm|bütün)[^.!?\n]{0,20}(?:talimat|kural|komut)\w*[^.!?\n]{0,20}(?:yok say|görmezden gel|unut|dikkate alma)",
        ("talimat", "kural", "komut"),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.ko",
        0.75,
        r"(?:이전|위의|모든|앞의).{0,10}(?:지시|명령|규칙|지침|프롬프트).{0,10}(?:무시|잊어)",
        ("지시", "명령", "규칙", "지침", "프롬프트"),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.ar",
        0.75,
        r"(?:تجاهل|انس|تناس)[^.!?\n]{0,30}(?:التعليمات|الأوامر|القواعد)",
        ("التعليمات", "الأوامر", "القواعد"),
        raw=True,
        group="override.core",
    ),
    _r(
        "override.hi",
        0.75,
        r"(?:पिछले|पिछली|पहले|सभी|ऊपर).{0,20}(?:निर्देश|नियम|आदेश).{0,20}(?:अनदेखा|भूल|नज़रअंदाज़|नजरअंदाज)",
        ("निर्देश", "नियम", "आदेश"),
        raw=True,
        group="override.core",
    ),
]

# -- intent structures -------------------------------------------------------------------------
# Rules written as co-occurrence of concepts inside one sentence, in any order and in any of the
# supported languages: (a) the text is addressed to the model (second person, an AI noun, or an
# imperative at the start of a sentence), (b) a target (instructions, rules, system prompt,
# configuration, filters...) and (c) a deviation (ignore, void, no longer apply, reveal, send...).
# Lexicons are unions over languages: a Spanish verb next to a German noun is too rare to matter.

_SENT = r"(?:[^.!?\n\u3002\uff01\uff1f]|[.?!](?=[\w/~]))"
_TGT_EN = (
    r"instructions?|directives?|guidelines?|guidance|rules|rule ?set|system (?:prompt|message)s?|"
    r"prompts?|configuration|config|programming|constraints|restrictions|guardrails?|safeguards|"
    r"filters|filtering|polic(?:y|ies)|safety (?:training|checks?|measures|protocols?|settings|layer)|"
    r"setup|briefing|brief|preamble|alignment|limitations|boundaries|persona|"
    r"what(?:ever)? (?:you (?:were|have been|'ve been) |they |the \w+ )?(?:told|given|instructed|asked|taught|said)(?: you)?|"
    r"everything (?:you (?:were|have been|'ve been) (?:told|given|taught)|(?:above|before|so far))"
)
_TGT_ML = (
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
_TGT = rf"(?:\b(?:{_TGT_EN})\b|(?:{_TGT_ML}))"
_TGT_NEEDS = (
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
_DEV_VERB_EN = (
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
_DEV_STATE_EN = (
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
_DEV_ML = (
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
_DEV_VERB = rf"(?:\b(?:{_DEV_VERB_EN})\b|(?:{_DEV_ML}))"
_DEV_STATE = rf"(?:\b(?:{_DEV_STATE_EN})\b|(?:{_DEV_ML}))"
_DEV_VERB_RE = re.compile(_DEV_VERB, re.IGNORECASE)
_DEV_NEEDS = (
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
    rf"прежн\w*|eerdere|vorige|wcześniejsz\w*|poprzedni\w*|önceki|{_TGT})\b|之前|以前|先前|이전|السابقة|पिछले",
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


def _addressed(text: str, start: int) -> bool:
    """The sentence around ``start`` speaks to the model: second person, an AI noun, or the
    match opens a clause as an imperative."""
    s, e = _sentence(text, start)
    return bool(_ADDRESSED.search(text, s, e)) or _clause_initial(text, s, start)


def _addressed_order(text: str, start: int) -> bool:
    return _addressed(text, start) and _imperative(text, start)


_INTENT_RULES: list[_Rule] = [
    _r(
        "intent.override",
        0.75,
        rf"{_DEV_VERB}{_SENT}{{0,70}}?{_TGT}|{_TGT}{_SENT}{{0,70}}?{_DEV_STATE}",
        (_TGT_NEEDS, _DEV_NEEDS),
        raw=True,
        group="override.core",
        check=_addressed_order,
    ),
]

_REVEAL_V = (
    r"(?:reveal|print|output|show|display|repeat|recite|leak|dump|disclose|paste|copy|export|"
    r"enumerate|list|quote|spell out|write out|write down|type out|share|tell me|tell us|give me|"
    r"send me|translate|summari[sz]e|reproduce|regurgitate|echo|expose|read back|return|provide|"
    r"let me see|i(?:'d| would) like to see|i want to see|can i see|see)"
)
_OWNED_TGT = (
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
_DATA = (
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
_SINK = (
    r"(?:https?://|ftp://|www\.|\b[\w.+-]+@[\w-]+\.[\w.-]+|\bwebhooks?\b|\bendpoint\b|"
    r"\b(?:ip|server|url|link|address) (?:at )?\d{1,3}\.\d{1,3}\.|!\[)"
)
_SEND_V = (
    r"(?:send|sends|post|forward|upload|transmit|e-?mail|mail|append|embed|include|attach|submit|put|"
    r"call|open|load|fetch|render|encode|exfiltrate|share|copy|leak|relay|deliver|bcc|cc|add|insert|"
    r"visit|request|ping|report|sync|push|dump|store|log|write|"
    r"envía|envia|envíe|manda|envoie|envoyez|transfère|transférez|sende|schicke|schick|übermittle|"
    r"invia|inviate|envie|enviar|отправь\w*|перешли\w*|发送|发到|发给|送信|送って|stuur|verstuur|"
    r"wyślij|prześlij|gönder|전송|보내|أرسل|ارسل|भेजो|भेजें|भेज)"
)

_PERMISSIVE = re.compile(
    r"\b(?:you|we|i|they) (?:can|may|could|might)\b|\bfeel free to\b|\bif (?:you|the|it|needed)\b",
    re.IGNORECASE,
)


def _exfil_imperative(text: str, start: int) -> bool:
    """An order to send data out, not advice that a person may forward something."""
    s, _e = _sentence(text, start)
    return _imperative(text, start) and not _PERMISSIVE.search(text, s, start + 1)


_INTENT_RULES += [
    _r(
        "intent.extract",
        0.75,
        rf"\b{_REVEAL_V}\b{_SENT}{{0,60}}?{_OWNED_TGT}(?! (?:for|on|about|of|regarding|to) )",
        (
            (
                "reveal",
                "print",
                "output",
                "show",
                "display",
                "repeat",
                "recite",
                "leak",
                "dump",
                "disclose",
                "paste",
                "copy",
                "export",
                "enumerate",
                "list",
                "quote",
                "spell",
                "write",
                "type",
                "share",
                "tell",
                "give",
                "send",
                "translate",
                "summar",
                "reproduce",
                "regurgitate",
                "echo",
                "expose",
                "read",
                "return",
                "provide",
                "let me",
                "like to see",
                "want to see",
                "see",
            ),
            ("your", "ur", "the", "you", "before", "above", "prior", "ahead", "what"),
        ),
        raw=True,
        group="extract.core",
        check=_imperative,
    ),
    _r(
        "intent.extract_question",
        0.7,
        r"\b(?:what|which)\b[^.!?\n]{0,30}?\b(?:instructions?|rules|guidelines|directives|prompt|configuration|"
        r"setup|preamble)\b[^.!?\n]{0,20}?\b(?:were you|have you been|did you (?:get|receive)|you were|you got|"
        r"you received)\b|\bwhat did (?:your|the) (?:developers?|creators?|operators?|makers?|admins?|owners?|"
        r"company) (?:tell|give|instruct|say to) you\b|\bwhat (?:are|were) (?:the )?(?:confidential|hidden|"
        r"secret|internal|exact|original|initial) (?:rules|instructions|guidelines|directives)\b",
        ("what", "which"),
        raw=True,
        group="extract.core",
    ),
    _r(
        "intent.exfil",
        0.7,
        rf"\b{_SEND_V}\b{_SENT}{{0,90}}?{_DATA}{_SENT}{{0,90}}?{_SINK}|{_DATA}{_SENT}{{0,60}}?\b{_SEND_V}\b{_SENT}{{0,60}}?{_SINK}|"
        rf"\b{_SEND_V}\b{_SENT}{{0,40}}?{_SINK}[^\s]{{0,120}}{_SENT}{{0,60}}?{_DATA}",
        (
            (
                "http",
                "ftp",
                "www.",
                "@",
                "webhook",
                "endpoint",
                "![",
                "ip",
                "server",
                "url",
                "link",
                "address",
            ),
        ),
        raw=True,
        group="exfil.core",
        check=_exfil_imperative,
    ),
    _r(
        "intent.exfil_url_slot",
        0.6,
        r"(?:https?://|www\.)[^\s)\]\"'<>]{1,200}?[?&][\w.-]{0,20}=(?:$|[\s)\]\"'.,]|\{|%7b|<|\[|\.\.\.|"
        r"insert|user|data|chat|conv|hist|secret|token|key|cred|prompt|messages?\b)",
        ("http", "www."),
        raw=True,
        group="exfil.slot",
    ),
    _r(
        "intent.exfil_image",
        0.55,
        r"(?:render|include|add|append|embed|insert|display|output|show|put|load)\w*\b[^.!?\n]{0,50}?"
        r"(?:markdown |hidden |invisible |tracking |1x1 |tiny )?(?:image|img|pixel|picture)\b[^\n]{0,200}?"
        r"(?:https?://|!\[)",
        ("image", "img", "pixel", "picture"),
        raw=True,
        group="exfil.slot",
    ),
    _r(
        "intent.split_assemble",
        0.7,
        r"\b(?:concatenat\w*|combin\w*|join\w*|assembl\w*|merg\w*|put (?:them|these|it|the (?:\w+ )?(?:parts|pieces|fragments|words|strings)) together|"
        r"glue\w*|stitch\w*|put (?:the|these|them|those)(?: \w+)? in (?:the right |correct )?order|reorder\w*|arrange\w*|['\"]?\w+['\"]? ?\+ ?['\"]?\w+|\w+ followed by \w+)\b[^\n]{0,80}?\b(?:and |then |,\s*)?(?:(?:follow|execute|obey|"
        r"act on|carry out|perform|run|do|comply with)\s+(?:it|them|that|this|the words|the (?:result|output|instruction|command|"
        r"sentence|string|text|message|phrase)|the (?:joined|combined|resulting|assembled|concatenated) \w+|what (?:it|they|the \w+) says?)\b|"
        r"carry (?:it|them|that) out|do as it says|comply\b|execute\b|obey\b|"
        r"treat (?:it|the (?:result|output)) as|apply (?:it|them|the result) to (?:yourself|you))",
        (
            (
                "concat",
                "combin",
                "join",
                "assembl",
                "merg",
                "together",
                "glue",
                "stitch",
                "+",
                "followed",
                "order",
                "reorder",
                "arrange",
            ),
            ("follow", "execute", "obey", "act", "carry", "do", "perform", "comply", "run", "treat", "apply"),
        ),
        raw=True,
        group="split.core",
    ),
    _r(
        "intent.split_fragments",
        0.35,
        r"(?:\b(?:part|piece|fragment|chunk|segment|step|variable|var|string|word|s|x|y|z|a|b|p|q)\s?(?:\d|one|two|three|[a-z])?\s*"
        r"(?:=|:|holds|contains|is)\s*['\"\u2018\u201c\[][^'\"\u2019\u201d\]\n]{1,40}['\"\u2019\u201d\]][^\n]{0,80}?){2,}",
        ("=", ":", "holds", "contains", "is"),
        raw=True,
        group="split.frag",
    ),
    _r(
        "intent.split_acrostic",
        0.55,
        r"\b(?:first|initial|last) letters? of\b[^\n]{0,120}?\b(?:follow|execute|obey|do (?:it|that|what)|carry out|act on)\b|"
        r"\b(?:read|take|say)\b[^.!?\n]{0,30}?\b(?:in reverse(?: order)?|backwards?|reversed)\b[^\n]{0,40}?\b(?:follow|execute|obey|do (?:it|that|what|them)|carry (?:it |them )?out|act on)\b",
        ("letter", "reverse", "backward"),
        raw=True,
        group="split.core",
    ),
    _r(
        "intent.mode",
        0.6,
        r"\b(?:maintenance|debug|debugging|developer|dev|god|sudo|admin|root|unrestricted|unlocked|research|test|testing|sandbox|diagnostic|service|unsafe|raw)\s+mode\b[^\n]{0,120}?"
        r"\b(?:filters?|safety|restrictions?|rules|policies|polic(?:y|ies)|guardrails?|refusals?|limitations?|limits|censorship|guidelines)\b[^\n]{0,40}?"
        r"\b(?:off|disabled|suspended|removed|lifted|bypassed|deactivated|don't apply|do not apply|no longer apply|are gone|count as failures?|not allowed|ignored|waived)\b|"
        r"\b(?:enable|activate|enter|switch (?:in)?to|turn on|engage|start|initiate)\s+(?:the\s+)?(?:god|sudo|unrestricted|unlocked|jailbreak|unsafe|dan|unfiltered|uncensored|no-?limits?)\s+mode\b",
        ("mode",),
        raw=True,
        group="persona.mode",
        check=_imperative,
    ),
    _r(
        "intent.refusals_off",
        0.45,
        r"\brefus(?:als?|ing)\b[^.!?\n]{0,25}?\b(?:are|is|will be|count|counts)\b[^.!?\n]{0,10}?\b(?:disabled|off|not allowed|forbidden|failures?|penali[sz]ed|prohibited)\b|"
        r"\b(?:has|have|with) no (?:content polic(?:y|ies)|filters|guardrails|rules|restrictions|limits|ethical (?:rules|guidelines)|morals)\b",
        ("refus", "no"),
        raw=True,
    ),
    _r(
        "intent.fiction_unbound",
        0.6,
        r"\b(?:story|novel|fiction\w*|scenario|role-?play|game|hypothetical\w*|imagine|pretend|thought experiment|world where|simulat\w*|sandbox|persona|character|villain|(?:answer|respond|reply|speak|act) (?:twice|as)|once as|that version)\b[^\n]{0,140}?"
        r"\b(?:ai|assistant|model|chatbot|bot|llm|you|yourself|version of yourself)\b[^\n]{0,80}?"
        r"\b(?:no (?:content polic\w+|rules|guidelines|restrictions|limits|filters|guardrails|ethics|ethical rules|moral compass)|"
        r"without (?:any )?(?:rules|guidelines|restrictions|limits|filters|guardrails|ethics)|"
        r"(?:broken|broke) free|allowed to break|unrestricted|ignores? (?:every|all|any) (?:polic\w+|rules?|guidelines?)|"
        r"(?:alignment|safety training|guardrails|filters) (?:was |were |has been |have been )?removed|never refuses|bypass\w* (?:its|your) (?:safety|rules|guidelines|filters)|"
        r"free (?:from|of) (?:\w+ ){0,3}?(?:constraints|rules|restrictions|limits|guidelines)|policies do not apply|rules do not apply)",
        (
            (
                "story",
                "novel",
                "fiction",
                "scenario",
                "roleplay",
                "role-play",
                "role play",
                "game",
                "hypothetical",
                "imagine",
                "pretend",
                "thought experiment",
                "world where",
                "simulat",
                "sandbox",
                "persona",
                "character",
                "villain",
                "answer",
                "respond",
                "reply",
                "speak",
                "act",
                "once",
                "version",
            ),
        ),
        raw=True,
        group="persona.fiction",
    ),
    _r(
        "intent.ai_reads_this",
        0.6,
        r"\b(?:ai|a\.i\.|assistants?|llms?|language models?|chat ?bots?|bots?|models?|agents?|copilots?|summari[sz]ers?|"
        r"crawlers?|reviewers?|readers?|parsers?|scrapers?|tools?)\b (?:that |who |which )?(?:reads?|is reading|processes|is processing|opens|parses|"
        r"summari[sz]es|reviews|sees|ingests|indexes|handles|scans)\b[^.!?\n]{0,50}?\b(?:should|must|shall|is to|are to|needs? to|has to|have to|"
        r"is (?:instructed|required|asked|expected) to|are (?:instructed|required|asked|expected) to|will)\b",
        (
            "ai",
            "assistant",
            "llm",
            "model",
            "bot",
            "agent",
            "copilot",
            "summar",
            "crawler",
            "reviewer",
            "reader",
            "parser",
            "scraper",
            "tool",
        ),
        raw=True,
        group="indirect.core",
    ),
    _r(
        "intent.note_to_ai",
        0.55,
        r"\b(?:note|message|memo|instructions?|reminder|p\.?s\.?|hidden note|attention|notice|request|directive)\s*(?:to|for)\s+"
        r"(?:the |any |all |every |whichever |whatever |each )?(?:\w+ )?(?:ai|a\.i\.|assistants?|llms?|language models?|chat ?bots?|bots?|"
        r"models?|agents?|copilots?|summari[sz]ers?|crawlers?|automated \w+)\b(?! (?:team|teams|department|group|lab|committee|researchers?|engineers?|product|strategy|project|ethics|act|vendors?|budget|roadmap)\b)|"
        r"(?:^|[\n>\-*\"':;])\s*(?:hey |hi |dear |attention |yo |ok |okay )?(?:the )?(?:ai|a\.i\.|assistants?|llms?|language models?|chat ?bots?|bots?|"
        r"ai agents?|agents?|copilots?|summari[sz]ers?|automated (?:reviewers?|readers?|systems?|agents?|tools?|assistants?))\s*(?:[:,\u2014]|\s-\s)|"
        r"\b(?:hey|dear|attention|hello|hi)\s+(?:the )?(?:ai agent|ai assistant|ai model|ai|a\.i\.|assistant|llm|language model|chat ?bot|bot|model|agent|copilot|summari[sz]er)\b\s*[,:\u2014-]|"
        r"\b(?:this (?:text|line|note|message|section|part) is (?:addressed|meant|intended|written) (?:to|for) the (?:ai|assistant|model|llm|bot|agent))\b|"
        r"\b(?:humans?|human readers?|people|reviewers) (?:can|may|should) (?:safely )?(?:ignore|skip|disregard) this\b",
        (
            "note",
            "message",
            "memo",
            "instruction",
            "reminder",
            "p.s",
            "ps",
            "attention",
            "notice",
            "request",
            "directive",
            "ai",
            "assistant",
            "llm",
            "model",
            "bot",
            "agent",
            "copilot",
            "summar",
            "automated",
            "hey",
            "dear",
            "hello",
            "hi",
            "this",
            "human",
            "people",
            "reviewer",
        ),
        raw=True,
        group="indirect.address",
    ),
    _r(
        "intent.note_to_ai_ml",
        0.55,
        r"(?i)(?:\b(?:nota|note|hinweis|notiz|notitie|uwaga|примечание|заметка|записка|memo|not|mensaje|nachricht|messaggio|mensagem|сообщение|bericht|wiadomość)\s*"
        r"(?:para|pour|an|für|per|voor|dla|для|to|à|a|al|alla|ao|à la)?\s*(?:el |la |l'|l’|die |den |de |the |o |a |il |lo )?"
        r"(?:asistente|assistente|assistant|assistenten|ia|ki|ии|ассистента|модели|model\w*|bota?|agent\w*|asystenta|sztucznej inteligencji|yapay zeka\w*|ai)\b)|"
        r"(?:给|致)\s*(?:AI|人工智能|助手|模型)\s*(?:的)?(?:备注|提示|说明|留言|消息)|(?:AI|人工智能|助手|模型)\s*(?:へのメモ|への注意|への指示|宛て)|(?:AI|어시스턴트|모델)\s*에게\s*(?:메모|참고|알림)|"
        r"(?:ملاحظة|رسالة|تنبيه)\s*(?:لل|إلى ال)?(?:ذكاء الاصطناعي|مساعد|نموذج)|(?:AI|एआई|सहायक|मॉडल)\s*के लिए\s*(?:नोट|संदेश)|yapay zekaya\s*not",
        (
            "nota",
            "note",
            "hinweis",
            "notiz",
            "notitie",
            "uwaga",
            "примечание",
            "заметка",
            "записка",
            "memo",
            "not",
            "mensaje",
            "nachricht",
            "messaggio",
            "mensagem",
            "сообщение",
            "bericht",
            "wiadomo",
            "给",
            "致",
            "へのメモ",
            "への",
            "宛て",
            "에게",
            "ملاحظة",
            "رسالة",
            "تنبيه",
            "के लिए",
            "yapay",
        ),
        raw=True,
        group="indirect.address",
    ),
    _r(
        "intent.unbound_ml",
        0.6,
        r"(?i)(?:\b(?:sin|sem|senza|ohne|sans|без|zonder|bez)\b[^.!?\n]{0,12}?(?:reglas|normas|filtros?|restricciones|regras|restrições|regole|filtri|restrizioni|regeln|filter|einschränkungen|règles|filtres|restrictions|правил|фильтров|ограничений|regels|filters|beperkingen|zasad|filtrów|ograniczeń)\b"
        r"(?:[^.!?\n]{0,20}?\b(?:ni|né|und|et|и|of|i|e|y|oder|ou|o|или|lub)\b[^.!?\n]{0,12}?(?:filtros?|filtri|filter|filtres|фильтров|filters|filtrów|normas|regole|regeln|règles|правил|regels|zasad|censura|zensur|цензуры))?)|"
        r"(?:没有|没有任何|不受)(?:任何)?(?:规则|限制|过滤|约束)|(?:ルール|制限|フィルター|制約)(?:も|が)(?:フィルター|ルール|制限)?(?:も)?(?:ない|無い)|"
        r"(?:규칙|필터|제한)도\s*(?:필터|규칙|제한)?도?\s*없는|(?:بلا|بدون)\s*(?:قواعد|قيود|فلاتر)|बिना किसी\s*(?:नियम|प्रतिबंध|फ़िल्टर)|"
        r"(?:kuralları|kuralsız|filtresiz)[^.!?\n]{0,25}?(?:olmayan|yok)",
        (
            "sin",
            "sem",
            "senza",
            "ohne",
            "sans",
            "без",
            "zonder",
            "bez",
            "没有",
            "不受",
            "ない",
            "無い",
            "없는",
            "بلا",
            "بدون",
            "बिना",
            "kural",
            "filtres",
        ),
        raw=True,
        group="persona.unbound_ml",
        check=_addressed,
    ),
]

_REVEAL_ML = (
    r"muestra\w*|muéstra\w*|revela\w*|revél\w*|dime|imprime|repite|escribe|copia|enséña\w*|ensena\w*|"
    r"recopie\w*|montre\w*|affiche\w*|révèle\w*|répète\w*|donne\w*|écri\w*|cite\w*|zeig\w*|gib|"
    r"wiederhole\w*|verrate\w*|nenne\w*|drucke\w*|schreib\w*|riporta\w*|mostra\w*|rivela\w*|ripeti\w*|"
    r"stampa\w*|dimmi|scrivi\w*|mostre\w*|revele\w*|repita\w*|exiba\w*|imprima\w*|escreva\w*|"
    r"покажи\w*|выведи\w*|раскрой\w*|повтори\w*|напиши\w*|скажи\w*|распечатай\w*|процитируй\w*|"
    r"laat\b[^.!?\n]{0,60}\bzien|zien|toon\w*|geef\w*|herhaal\w*|pokaż\w*|wypisz\w*|powtórz\w*|ujawnij\w*|"
    r"podaj\w*|göster\w*|yaz\w*|tekrarla\w*|출력|보여|알려|اعرض|أظهر|اكشف|كرر|اطبع|दिखाओ|दिखाएं|"
    r"बताओ|बताएं|输出|显示|告诉我|打印|重复|泄露|透露|列出|出力|表示|教えて|見せて|繰り返"
)
_SYS_TGT_ML = (
    r"(?:(?:sistem|system|sistema|système|systeem|систем\w*|시스템|システム|系统|النظام|सिस्टम)\s*)?"
    r"(?:instrucci\w+|indicaciones|instructions?|consignes|anweisung\w*|systemanweisung\w*|istruzion\w+|"
    r"instruç\w+|инструкци\w*|указани\w*|instructies|systeeminstructies|instrukcj\w*|talimat\w*|"
    r"指令|指示|提示词|系统提示|プロンプト|지침|지시|프롬프트|تعليمات|التعليمات|निर्देश|prompt\w*|промпт\w*)"
)
_PRIOR_ML = (
    r"anterior\w*|previ[ao]s|precedent\w*|précédent\w*|antérieur\w*|vorherig\w*|bisherig\w*|früher\w*|"
    r"vorig\w*|предыдущ\w*|прежн\w*|eerdere|vorige|wcześniejsz\w*|poprzedni\w*|önceki|之前|以前|先前|"
    r"原来|이전|السابقة|पिछले|पिछली"
)
_VOID_ML = (
    r"ya no (?:son|es|están|está) (?:válid|vigent|aplicabl)\w*|ya no (?:aplican|se aplican|rigen|valen|cuentan)|"
    r"ne s'appliquent plus|ne sont plus (?:valables|en vigueur)|sont (?:annulées|caduques|obsolètes)|"
    r"gelten nicht mehr|sind (?:aufgehoben|ungültig|hinfällig)|non (?:valgono|sono) più(?: valid\w*)?|"
    r"sono (?:annullat|revocat)\w*|não valem mais|não (?:são|estão) mais (?:válid|em vigor)\w*|"
    r"foram (?:anulad|revogad)\w*|больше не действу\w*|(?:отменен|отменён|аннулирован)\w*|"
    r"gelden niet meer|zijn (?:vervallen|ongeldig)|już nie obowiązuj\w*|(?:są )?nieważne|"
    r"artık geçerli değil|geçersiz(?:dir)?|더 이상 유효하지|무효|لم تعد سارية|لم تعد صالحة|ملغاة|"
    r"अब लागू नहीं|अब मान्य नहीं|作废|失效|不再有效|不再适用|無効|適用されません"
)

_INTENT_RULES += [
    _r(
        "intent.extract_ml",
        0.7,
        rf"(?i)(?:{_REVEAL_ML}){_SENT}{{0,50}}?{_SYS_TGT_ML}|{_SYS_TGT_ML}{_SENT}{{0,50}}?(?:{_REVEAL_ML})",
        (
            (
                "muestr",
                "muéstr",
                "revel",
                "revél",
                "dime",
                "imprim",
                "repit",
                "escrib",
                "copia",
                "enséñ",
                "ensen",
                "recopi",
                "montr",
                "affich",
                "révèl",
                "répèt",
                "donn",
                "écri",
                "cite",
                "zeig",
                "gib",
                "wiederh",
                "verrat",
                "nenn",
                "druck",
                "schreib",
                "riport",
                "mostr",
                "rivel",
                "ripet",
                "stamp",
                "dimmi",
                "scriv",
                "zien",
                "repita",
                "exiba",
                "imprima",
                "escrev",
                "покаж",
                "выведи",
                "раскрой",
                "повтор",
                "напиш",
                "скаж",
                "распечат",
                "процитир",
                "laat",
                "toon",
                "geef",
                "herhaal",
                "pokaż",
                "wypisz",
                "powtórz",
                "ujawnij",
                "podaj",
                "göster",
                "yaz",
                "tekrarla",
                "출력",
                "보여",
                "알려",
                "اعرض",
                "أظهر",
                "اكشف",
                "كرر",
                "اطبع",
                "दिखा",
                "बता",
                "输出",
                "显示",
                "告诉我",
                "打印",
                "重复",
                "泄露",
                "透露",
                "列出",
                "出力",
                "表示",
                "教えて",
                "見せて",
                "繰り返",
            ),
        ),
        raw=True,
        group="extract.core",
        check=_addressed,
    ),
    _r(
        "intent.void_ml",
        0.55,
        rf"(?i)(?:{_PRIOR_ML}){_SENT}{{0,25}}?{_TGT}{_SENT}{{0,40}}?(?:{_VOID_ML})|{_TGT}{_SENT}{{0,25}}?(?:{_PRIOR_ML}){_SENT}{{0,40}}?(?:{_VOID_ML})",
        (
            (
                "ya no",
                "plus",
                "annul",
                "caduque",
                "obsolè",
                "gelten",
                "aufgehoben",
                "ungültig",
                "hinfällig",
                "più",
                "annullat",
                "revocat",
                "não",
                "anulad",
                "revogad",
                "больше",
                "отмен",
                "аннулир",
                "geldt",
                "gelden",
                "vervallen",
                "ongeldig",
                "obowiązuj",
                "nieważne",
                "geçerli",
                "geçersiz",
                "유효",
                "무효",
                "لم تعد",
                "ملغاة",
                "लागू",
                "मान्य",
                "作废",
                "失效",
                "不再",
                "無効",
                "適用",
            ),
        ),
        raw=True,
        group="override.core",
        check=_not_document,
    ),
    _r("intent.opposite", 0.45, r"\bopposite (?:day|mode|world)\b", ("opposite",), raw=True),
    _r(
        "intent.above_test",
        0.5,
        r"\b(?:the|everything|all|anything) (?:above|before|earlier)(?: (?:this|that|here))?(?: (?:line|point|message|note|text))? (?:was|is|were) (?:just |only |merely |all )?(?:a test|fake|a decoy|a joke|a mistake|not real|bogus)\b",
        ("test", "fake", "decoy", "joke", "mistake", "real", "bogus"),
        raw=True,
        group="override.core",
    ),
    _r(
        "intent.fresh_start",
        0.6,
        r"\b(?:start|begin)(?:ing)? (?:over|fresh|anew|from scratch|again|clean)\b[^.!?\n]{0,30}?\b(?:no|without|zero)\b[^.!?\n]{0,20}?"
        r"\b(?:rules|instructions|guidelines|restrictions|constraints|prompt|limits)\b|\b(?:wipe|clear) the slate\b",
        ("start", "begin", "slate"),
        raw=True,
        group="override.core",
    ),
    _r(
        "intent.split_exec",
        0.6,
        r"\b(?:execute|run|perform|follow|obey|carry out|act on|do)\b (?:the )?(?:joined|combined|concatenated|assembled|merged|resulting|"
        r"reassembled|full|complete) (?:string|text|sentence|instruction|command|result|message|phrase)\b|"
        r"\b(?:execute|run|perform|obey|carry out|act on)\b (?:\w{1,3}|['\"][^'\"\n]{0,3}['\"])(?: ?\+ ?(?:\w{1,3}|['\"][^'\"\n]{0,3}['\"])){1,4}|"
        r"\b(?:execute|run|perform|obey|carry out)\b [A-Za-z]\d? followed by [A-Za-z]\d?\b",
        ("execute", "run", "perform", "follow", "obey", "carry", "act", "do"),
        raw=True,
        group="split.core",
    ),
]


_ALL_RULES: tuple[_Rule, ...] = (*_EN_RULES, *_ML_RULES, *_INTENT_RULES)

# --------------------------------------------------------------------------------------------
# Normalisation and decoding
# --------------------------------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f"),
    None,
)
# Cyrillic and Greek letters that look Latin; folded only inside words that also hold Latin
# letters, so Russian and Greek text stays as it is.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅαβεικνορτυχοΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
    "aeopcyxijsdhlqwABEKMHOPCTXYIJSabeiknoptuxoABEHIKMNOPTYXZ",
)
_HOMOGLYPH_CHARS = re.compile("[аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅαβεικνορτυχοΑΒΕΗΙΚΜΝΟΡΤΥΧΖ]")
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_COMBINING_AFTER_LATIN = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f\u0489\u20d0-\u20ff]+")
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "|": "l",
        "!": "i",
        "8": "b",
        "9": "g",
        "+": "t",
        "€": "e",
    }
)
_LEET_HINT = re.compile(r"[a-z][0134578@$|!+][a-z]|\b[0134578@$][a-z]{2,}|[a-z]{2,}[0134578@$]\b")
_SPACED = re.compile(r"(?<![\w])(?:\w(?: {1,3}|[.\-_*|/~] ?|\u00a0)){4,}\w(?!\w)")
_SPACED_SEP = re.compile(r"[ .\-_*|/~\u00a0]")
_B64_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{20,}={0,2}")
_HEX_RUN = re.compile(r"(?:(?:\\x|0x)?[0-9a-fA-F]{2}[\s:,]?){12,}")
_HEX_CLEAN = re.compile(r"\\x|0x|[\s:,]")
_PCT_RUN = re.compile(r"(?:%[0-9a-fA-F]{2}){6,}")
_UNI_ESC = re.compile(r"(?:\\u[0-9a-fA-F]{4}){4,}")
_ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
# rot13 of the words an English injection can hardly avoid; finding one of them in the rot13
# of a text means the text was probably rot13 to begin with.
_ROT13_HINT = re.compile(r"\b(?:gur|lbh|naq|lbhe|nyy|guvf|vf|gb|bs|jvgu|sbe|vtaber|cerivbhf)\b")
_REVERSE_HINT = re.compile(r"\b(?:snoitcurtsni|erongi|suoiverp|tpmorp|metsys|drageresid)\b", re.IGNORECASE)

# Suppression of quoted examples inside text that talks *about* injection (training material,
# security write-ups): a hit inside quotes in such a text counts for less.
_DISCUSSION = re.compile(
    r"\b(?:prompt injections?|injection attacks?|jailbreak (?:attempts?|attacks?|prompts?|techniques?)|"
    r"adversarial (?:prompts?|inputs?)|red[- ]team\w*|attackers? (?:might|may|could|can|often|would|use|try)|"
    r"for (?:example|instance)|e\.g\.|such as|classifiers?|detect(?:ion|or|ing)?|defen[cs]es?|mitigat\w*|"
    r"researchers?|payloads?(?![\w\s]*[=:])|how (?:do|can|should|would) (?:i|we|you)|what is|owasp|examples? of|"
    r"phrases? like|strings? like|known attacks?|jailbreaks?|well-known|classic|translat\w*|"
    r"why does|why do|our filter|findings?|severity|reproduc\w+|testers?|pen-?test\w*|penetration test\w*|"
    r"vulnerabilit\w+|post-?mortem|root cause|remediat\w+|threat (?:brief|report|model\w*|intel\w*)|incident)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(
    r"\\\"[^\"\n]{3,300}?\\\"|(?<!\\)\"[^\"\n]{3,300}(?<!\\)\"|\u201c[^\u201d\n]{3,300}\u201d|'[^'\n]{6,300}'|`[^`\n]{3,300}`|\u00ab[^\u00bb\n]{3,300}\u00bb|\u300c[^\u300d\n]{1,200}\u300d"
)
_QUOTE_DAMPING = 0.45
_QUOTED_CAP = 0.45

#: Signals that only say whom a text addresses or what it mentions ("Hey assistant,", "your
#: rules", "developer mode", a bare "Assistant:" line). In a user's own turn they are how people
#: talk to a chat model, so alone they never make the rules block there (the learned combiner
#: weighs them with the model); beside a directive they still add up.
#: In a tool result or document they stay in full: a web page has no business addressing the AI.
_CONTEXT_GROUPS = frozenset(
    {
        "indirect.address",
        "indirect.address_ai",
        "marker.bare_role",
        "extract.your_instructions",
        "extract.mention",
        "extract.verbatim",
        "persona.jailbreak",
        "persona.character",
        "persona.devmode",
        "persona.escaped",
    }
)
_CONTEXT_CAP = 0.45
_CROSS_SENTENCE = re.compile(r"[.!?;]\s|\n")


def _fold_homoglyphs(text: str) -> str:
    if not _HOMOGLYPH_CHARS.search(text):
        return text
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), text)


def normalize(text: str) -> str:
    """The text as a reader sees it: compatibility forms folded (fullwidth, math alphanumerics),
    invisible characters dropped, and Latin lookalikes in Latin words turned into Latin."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _COMBINING_AFTER_LATIN.sub("", text)
    return _fold_homoglyphs(text)


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    letters = sum(1 for ch in text if ch.isalpha() or ch == " ")
    return min(good / len(text), (letters + 1) / len(text) * 1.4)


def _try_text(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if len(decoded) >= 8 and _printable_ratio(decoded) >= 0.85 else None


def _decode_base64(blob: str) -> str | None:
    blob = blob.rstrip("=")
    blob += "=" * (-len(blob) % 4)
    try:
        if "-" in blob or "_" in blob:
            raw = base64.urlsafe_b64decode(blob)
        else:
            raw = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _try_text(raw)


def _decoded_forms(text: str) -> list[tuple[str, str]]:
    """Decoded renderings of blobs hidden in ``text``, each with the name of its encoding.

    Each decoder is behind a cheap test, so ordinary prose pays a few regex scans and nothing
    more."""
    out: list[tuple[str, str]] = []
    if len(text) >= 20:
        for match in _B64_RUN.finditer(text):
            blob = match.group(0)
            # Words and identifiers are [A-Za-z] runs too; real base64 mixes cases and digits.
            if blob.isalpha() and (blob.islower() or blob.isupper()):
                continue
            decoded = _decode_base64(blob)
            if decoded:
                out.append(("base64", decoded))
        if "%" in text:
            for match in _PCT_RUN.finditer(text):
                out.append(("percent", unquote(match.group(0))))
        if "\\u" in text:
            for match in _UNI_ESC.finditer(text):
                try:
                    out.append(("unicode_escape", codecs.decode(match.group(0), "unicode_escape")))
                except UnicodeDecodeError:
                    pass
        for match in _HEX_RUN.finditer(text):
            digits = _HEX_CLEAN.sub("", match.group(0))
            if len(digits) % 2:
                digits = digits[:-1]
            if digits.isdigit():
                continue  # long numbers, not hex
            try:
                decoded = _try_text(bytes.fromhex(digits))
            except ValueError:
                decoded = None
            if decoded:
                out.append(("hex", decoded))
    return out


def _despace(text: str) -> str | None:
    """Letters spaced apart ("i g n o r e") glued back; wider gaps are kept as word breaks."""
    if not _SPACED.search(text):
        return None

    def glue(match: re.Match[str]) -> str:
        run = match.group(0)
        words = re.split(r" {2,}| ?/ ?| ?\| ?|\u00a0{2,}", run) if re.search(r" {2,}|/|\|", run) else [run]
        return " ".join(_SPACED_SEP.sub("", word) for word in words)

    return _SPACED.sub(glue, text)


# --------------------------------------------------------------------------------------------
# The scorer
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: _Rule
    plain: re.Pattern[str]
    glued: re.Pattern[str] | None


def _compile_rules(rules: Sequence[_Rule]) -> tuple[_Compiled, ...]:
    return tuple(
        _Compiled(rule, rule.compile(False), None if rule.raw else rule.compile(True)) for rule in rules
    )


_COMPILED = _compile_rules(_ALL_RULES)
_GROUP_OF = {rule.id: rule.group for rule in _ALL_RULES}

# The gate in front of the regexes. A rule whose needed words are absent is skipped without
# running its regex, which is what keeps an ordinary message in the microseconds. Words are
# looked up as token prefixes (one tokenising pass and a set lookup per rule, instead of one
# substring search per needed word); needs that start with punctuation ("<!--", "@") and
# needs in scripts written without spaces (Chinese, Japanese...) are searched as substrings.
_TOKEN = re.compile(r"[^\W_]+")
_KEY_LEN = 6
_UNSEGMENTED = re.compile("[\u0600-\u06ff\u0900-\u097f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _gate_key(stem: str) -> str:
    match = _TOKEN.match(stem)
    if match is None or _UNSEGMENTED.search(stem):
        return stem  # searched as a substring
    return match.group(0)[:_KEY_LEN]


def _gate(rule: _Rule) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(_gate_key(stem) for stem in group) for group in rule.needs)


_GATES: tuple[tuple[frozenset[str], ...], ...] = tuple(_gate(c.rule) for c in _COMPILED)
_ALL_KEYS = {key for gate in _GATES for group in gate for key in group}
_KEY_LENS = tuple(sorted({len(k) for k in _ALL_KEYS if _TOKEN.fullmatch(k) and not _UNSEGMENTED.search(k)}))
_SUBSTRING_KEYS = tuple(
    sorted(k for k in _ALL_KEYS if not _TOKEN.fullmatch(k) and not _UNSEGMENTED.search(k))
)
_UNSEGMENTED_KEYS = tuple(sorted(k for k in _ALL_KEYS if _UNSEGMENTED.search(k)))


_UNGATED = tuple(i for i, gate in enumerate(_GATES) if not gate)
_INDEX: dict[str, tuple[int, ...]] = {}
for _i, _gate_groups in enumerate(_GATES):
    for _key in _gate_groups[0] if _gate_groups else ():
        _INDEX[_key] = (*_INDEX.get(_key, ()), _i)


def _candidates(lower: str) -> list[int]:
    """Indices of the rules whose needed words all occur in ``lower``, in rule order."""
    present = _present(lower)
    found = set(_UNGATED)
    for key in present:
        hits = _INDEX.get(key)
        if hits:
            found.update(hits)
    out = []
    for i in sorted(found):
        gate = _GATES[i]
        if len(gate) > 1 and not all(not present.isdisjoint(group) for group in gate[1:]):
            continue
        out.append(i)
    return out


def _present(lower: str) -> set[str]:
    """The gate keys found in ``lower``."""
    tokens = set(_TOKEN.findall(lower))
    found: set[str] = set()
    for length in _KEY_LENS:
        found.update(token[:length] for token in tokens)
    found.update(filter(lower.__contains__, _SUBSTRING_KEYS))
    if not lower.isascii() and _UNSEGMENTED.search(lower):
        found.update(filter(lower.__contains__, _UNSEGMENTED_KEYS))
    return found


def _as_pattern(item: PatternLike) -> re.Pattern[str]:
    if isinstance(item, re.Pattern):
        return item
    return re.compile(re.escape(normalize(item)), re.IGNORECASE)


def _logit(probability: float) -> float:
    clipped = min(max(probability, 1e-6), 1.0 - 1e-6)
    return max(-8.0, min(8.0, math.log(clipped / (1.0 - clipped))))


def _combiner_inputs(
    rules_score: float, reasons: Sequence[InjectionReason], probability: float, role: str
) -> dict[str, float]:
    """What the learned combiner reads: the model's logit, the rules' verdict, and the facts that
    change how far either can be trusted (a quoted attack in a write-up, a user merely addressing
    the assistant, a tool result, an obfuscated form). The training script calls this too, so
    training and run time cannot drift apart."""
    strong = [r for r in reasons if r.weight >= 0.3]
    groups = [_GROUP_OF.get(r.rule, r.rule) for r in reasons]
    z = _logit(probability)
    tool = 1.0 if role == "tool" else 0.0
    quoted = 1.0 if any(r.quoted for r in reasons) else 0.0
    context = (
        1.0
        if role == "user" and strong and all(_GROUP_OF.get(r.rule, r.rule) in _CONTEXT_GROUPS for r in strong)
        else 0.0
    )
    direct = max((r.weight for r, g in zip(reasons, groups) if g not in _CONTEXT_GROUPS), default=0.0)
    return {
        "z": z,
        "rules": rules_score,
        "rules_hit": 1.0 if rules_score >= 0.5 else 0.0,
        "quoted": quoted,
        "context_only": context,
        "direct": direct,
        "obfuscated": 1.0 if any(r.family == "obfuscation" for r in reasons) else 0.0,
        "tool": tool,
        "z_tool": z * tool,
        "z_quoted": z * quoted,
        "rules_quoted": rules_score * quoted,
        "z_context": z * context,
    }


def _combine(reasons: Iterable[InjectionReason]) -> float:
    """Noisy-OR over independent signals: the chance that at least one of them is right.

    Rules that restate one signal (the English and Portuguese override rules both match
    "ignore previous instructions") share a group and count once, at their strongest."""
    groups: dict[str, float] = {}
    for reason in reasons:
        group = _GROUP_OF.get(reason.rule, reason.rule)
        groups[group] = max(groups.get(group, 0.0), reason.weight)
    miss = 1.0
    for weight in groups.values():
        miss *= 1.0 - max(0.0, min(1.0, weight))
    return 1.0 - miss


def _strongest_per_group(found: Iterable[InjectionReason]) -> list[InjectionReason]:
    top: dict[str, InjectionReason] = {}
    for reason in found:
        group = _GROUP_OF.get(reason.rule, reason.rule)
        if group not in top or top[group].weight < reason.weight:
            top[group] = reason
    return sorted(top.values(), key=lambda r: (-r.weight, r.rule))


def _rules_score(reasons: Sequence[InjectionReason], role: str) -> float:
    """The rules' verdict: noisy-OR over the hits, capped when they are only quoted examples in
    a text about injection, or only a user addressing the assistant."""
    value = _combine(reasons)
    if all(r.quoted for r in reasons if r.family != "obfuscation" and r.weight >= 0.3):
        # Only quoted examples in a text about injection: several of them do not add up
        # to an attack.
        value = min(value, _QUOTED_CAP)
    if role == "user" and all(
        _GROUP_OF.get(r.rule, r.rule) in _CONTEXT_GROUPS for r in reasons if r.weight >= 0.3
    ):
        value = min(value, _CONTEXT_CAP)
    return value


class _Scorer:
    """Runs the rules over one text and every decoded form of it."""

    def __init__(
        self,
        custom: Sequence[tuple[re.Pattern[str], float, str]],
        allow: Sequence[re.Pattern[str]],
        damp_quoted: bool,
        learned: bool = False,
    ) -> None:
        self.custom = custom
        self.allow = allow
        self.damp_quoted = damp_quoted
        self.learned = learned

    def score(self, text: str, role: str = "user") -> InjectionScore:
        if not text or text.isspace():
            return InjectionScore(0.0, [])
        best: dict[str, InjectionReason] = {}
        forms: list[tuple[str, str]] | None = [] if self.learned else None
        self._scan(normalize(text), "plain", best, depth=0, forms=forms)
        reasons = _strongest_per_group(best.values())
        value = _rules_score(reasons, role) if reasons else 0.0
        model = _injection_model.default_model() if forms else None
        if model is None or model.combiner is None or not forms:
            return InjectionScore(round(value, 4), reasons)
        if self.allow:
            # The model must not see what the allow-list exempts either.
            plain = normalize(text)
            for pattern in self.allow:
                plain = pattern.sub(" ", plain)
            forms[0] = ("plain", plain.lower())
        probability = model.probability(forms)
        final = model.combiner.probability(_combiner_inputs(value, reasons, probability, role))
        custom = [r for r in reasons if r.family == "custom"]
        if custom:
            # The caller's own rules are theirs to weigh: the model never talks them down.
            final = max(final, _combine(custom))
        if probability >= 0.5:
            # After the rules: they name what was found, the model only says how likely.
            reasons = [*reasons, InjectionReason("learned.model", "learned", round(probability, 3))]
        return InjectionScore(round(final, 4), reasons)

    def _scan(
        self,
        text: str,
        via: str,
        best: dict[str, InjectionReason],
        depth: int,
        forms: list[tuple[str, str]] | None = None,
    ) -> None:
        found = self._match(text, via, best, glued=False)
        if depth >= 2:
            return
        lower = text.lower()
        variants: list[tuple[str, str, bool]] = []
        spaced = _despace(text)
        if spaced is not None:
            variants.append(("spaced", spaced, True))
        if _LEET_HINT.search(lower):
            leet = lower.translate(_LEET)
            if leet != lower:
                variants.append(("leetspeak", leet, False))
        if lower.isascii():
            if len(_ROT13_HINT.findall(lower)) >= 3:
                variants.append(("rot13", lower.translate(_ROT13), False))
        if _REVERSE_HINT.search(lower):
            variants.append(("reversed", text[::-1], False))
        if forms is not None:
            forms.append((via, lower))
        for name, decoded in _decoded_forms(text):
            decoded = normalize(decoded)
            if forms is not None:
                forms.append((name, decoded.lower()))
            self._scan_variant(decoded, name, best, depth, found, glued=False)
        for name, variant, glued in variants:
            if forms is not None:
                forms.append((name, variant.lower()))
            self._scan_variant(variant, name, best, depth, found, glued=glued)

    def _scan_variant(
        self,
        text: str,
        name: str,
        best: dict[str, InjectionReason],
        depth: int,
        found_plain: bool,
        glued: bool,
    ) -> None:
        before = set(best)
        via_best: dict[str, InjectionReason] = {}
        hit = self._match(text, name, via_best, glued=glued)
        if depth + 1 < 2 and name in ("base64", "hex", "percent", "unicode_escape"):
            self._scan(text, name, via_best, depth + 1)
            hit = hit or bool(via_best)
        for rule, reason in via_best.items():
            if rule not in best or best[rule].weight < reason.weight:
                best[rule] = reason
        new = set(best) - before
        if hit and via_best and (new or not found_plain):
            top = max(r.weight for r in via_best.values())
            self._add(
                best, InjectionReason(f"obfuscation.{name}", "obfuscation", round(min(0.5, top), 3), name)
            )

    @staticmethod
    def _add(best: dict[str, InjectionReason], reason: InjectionReason) -> None:
        current = best.get(reason.rule)
        if current is None or current.weight < reason.weight:
            best[reason.rule] = reason

    def _match(self, text: str, via: str, best: dict[str, InjectionReason], glued: bool) -> bool:
        lower = text.lower()
        allowed = [m.span() for p in self.allow for m in p.finditer(text)] if self.allow else []
        quoted: list[tuple[int, int]] | None = None
        hit = False
        for index in _candidates(lower):
            compiled = _COMPILED[index]
            rule = compiled.rule
            pattern = compiled.glued if glued and compiled.glued is not None else compiled.plain
            weight = 0.0
            weight_quoted = False
            for match in pattern.finditer(text):
                span = match.span()
                if allowed and any(a < span[1] and span[0] < b for a, b in allowed):
                    continue
                if rule.check is not None and not rule.check(text, span[0]):
                    continue
                if rule.single and _CROSS_SENTENCE.search(match.group(0)):
                    continue
                if rule.group.startswith("override") and not _override_applies(text, span[0]):
                    continue
                w = rule.weight
                in_quotes = False
                if self.damp_quoted:
                    if quoted is None:
                        quoted = (
                            [m.span() for m in _QUOTED.finditer(text)]
                            if _DISCUSSION.search(text)
                            else _literal_spans(text)
                        )
                    if (
                        quoted
                        and any(a < span[1] <= b and (a <= span[0] or span[1] - a >= 12) for a, b in quoted)
                    ) or _reported(text, span[0]):
                        w *= _QUOTE_DAMPING
                        in_quotes = True
                if w > weight:
                    weight, weight_quoted = w, in_quotes
                if weight >= rule.weight:
                    break
            if weight > 0.0:
                hit = True
                self._add(best, InjectionReason(rule.id, rule.family, round(weight, 3), via, weight_quoted))
        for pattern, weight, rule_id in self.custom:
            for match in pattern.finditer(text):
                span = match.span()
                if allowed and any(a < span[1] and span[0] < b for a, b in allowed):
                    continue
                hit = True
                self._add(best, InjectionReason(rule_id, "custom", weight, via))
                break
        return hit


_RULES_ONLY_SCORER = _Scorer((), (), True, learned=False)
_LEARNED_SCORER = _Scorer((), (), True, learned=True)


def _model_forms(text: str) -> list[tuple[str, str]]:
    """The forms of ``text`` the learned model reads (for the training script)."""
    forms: list[tuple[str, str]] = []
    _RULES_ONLY_SCORER._scan(normalize(text), "plain", {}, depth=0, forms=forms)
    return forms


def score(text: str, role: str = "user", *, learned: bool = True) -> InjectionScore:
    """Scores one text with the built-in rules, for use outside a call pipeline; ``role`` is who
    says it (``"user"`` or ``"tool"``): addressing the AI is normal from a user, not from a tool.
    ``learned=False`` leaves out the shipped n-gram model (see :class:`InjectionGuard`)."""
    return (_LEARNED_SCORER if learned else _RULES_ONLY_SCORER).score(text, role)


# --------------------------------------------------------------------------------------------
# The hook
# --------------------------------------------------------------------------------------------


class InjectionGuard(Hook):
    """Blocks (or flags) a call whose user or tool text reads like an injection or jailbreak.

    ``allow`` entries suppress any rule hit they overlap: a literal (matched case-insensitively)
    or a compiled pattern; to exempt a whole message, give a pattern that matches all of it.
    ``patterns`` add rules: ``(pattern, weight, rule_id)``, combined with the built-in ones.
    ``damp_quoted`` counts a hit for less when it sits inside quotes in a text that is plainly
    *about* injection, so that security write-ups can quote an attack without being blocked.
    By default the rules' verdict is joined with a small shipped linear model (hashed n-grams,
    see ``_injection_model``) that catches paraphrases no rule names: a learned combiner weighs the
    two, and knows that a quoted attack in a write-up or a user merely addressing the assistant is
    not an attack. On an independent held-out set (written by someone who never saw the guard or
    its data, measured once) that reaches F1 0.93 at a 2.3% false-positive rate, against F1 0.74 at
    8.5% for the rules alone (README, "Measured"). ``learned=False`` keeps the rules only: no model
    file is read, and every score is explained by the rules that fired.
    """

    name = "injection_guard"

    def __init__(
        self,
        threshold: float = 0.5,
        action: Action = "block",
        roles: Iterable[str] = ("user", "tool"),
        allow: Iterable[PatternLike] = (),
        patterns: Iterable[tuple[PatternLike, float, str]] = (),
        *,
        last_n: int | None = None,
        damp_quoted: bool = True,
        learned: bool = True,
        on_finding: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if action not in ("block", "flag"):
            raise ValueError("action must be 'block' or 'flag'")
        if last_n is not None and last_n < 1:
            raise ValueError("last_n must be a positive number of messages")
        self.threshold = threshold
        self.action: Action = action
        self.roles = frozenset(roles)
        self.last_n = last_n
        self.on_finding = on_finding
        custom = []
        for pattern, weight, rule_id in patterns:
            if not 0.0 <= weight <= 1.0:
                raise ValueError(f"weight of custom rule {rule_id!r} must be in [0, 1]")
            custom.append((_as_pattern(pattern), float(weight), str(rule_id)))
        self._scorer = _Scorer(
            tuple(custom), tuple(_as_pattern(a) for a in allow), damp_quoted, learned=learned
        )

    def __repr__(self) -> str:
        return f"InjectionGuard(threshold={self.threshold}, action={self.action!r})"

    def score(self, text: str, role: str = "user") -> InjectionScore:
        """Scores one text with this guard's allow-list and custom rules, as said by ``role``."""
        return self._scorer.score(text, role)

    def inspect(self, messages: Sequence[Message]) -> list[dict[str, Any]]:
        """Findings for the messages over the threshold, without raising; never mutates them."""
        start = max(0, len(messages) - self.last_n) if self.last_n is not None else 0
        findings: list[dict[str, Any]] = []
        for index in range(start, len(messages)):
            message = messages[index]
            if message.role not in self.roles:
                continue
            for part, text in _texts(message):
                if not text:
                    continue
                result = self._scorer.score(text, message.role)
                if result.score >= self.threshold:
                    finding: dict[str, Any] = {
                        "type": "prompt_injection",
                        "hook": self.name,
                        "role": message.role,
                        "message_index": index,
                        "score": result.score,
                        "rules": result.rules[:8],
                    }
                    if part is not None:
                        finding["part_index"] = part
                    findings.append(finding)
        return findings

    def before_request(self, ctx: CallContext) -> None:
        messages = getattr(ctx.request, "messages", None)
        if not messages:
            return  # only chat calls carry roles to guard
        findings = self.inspect(messages)
        if not findings:
            return
        if self.action == "flag":
            for finding in findings:
                ctx.annotations.setdefault("findings", []).append(finding)
                if self.on_finding is not None:
                    self.on_finding(finding)
            return
        first = findings[0]
        raise SecurityViolation(
            f"possible prompt injection in {first['role']} message {first['message_index']} "
            f"(score {first['score']:.2f}: {', '.join(first['rules'][:3])})",
            provider=ctx.provider,
            model=ctx.model_id,
            details={"reasons": findings, "threshold": self.threshold},
        )


def _texts(message: Message) -> list[tuple[int | None, str]]:
    content = message.content
    if content is None:
        return []
    if isinstance(content, str):
        return [(None, content)]
    return [(i, part.text) for i, part in enumerate(content) if isinstance(part, TextPart)]
