"""A second look at person names, after the cue rules of :mod:`.names`: by category, not by string.

Held-out set 4 showed the cue rules miss whole categories that an independent author writes
often, and take a few others for names. This pass adds:

* a given name the data marks as no ordinary word (``Chloe``, ``Liam``, ``Léa``), alone and
  capitalised anywhere (``bises à Léa``, ``Liam regarde les logs``), unless a place word, a firm
  word or an encyclopedic phrase follows it;
* a lowercase word the name data knows right after a chat interjection (``lol chloe``, ``haha
  tomasz``, ``me and gareth``), an ``@`` mention (``@imogen``), or speaking at the start of a
  chat line (``nathan: did you deploy?``, ``jessica 17:00``); a lowercase word after a greeting
  and before a comma (``hey zhiwei,``) even when the data lacks it;
* an initial before a family name (``Signed: L. Whitfield``);

and drops names that are a category the labelling policy leaves alone: holidays (``Thanksgiving``,
``Pasen``), team or department sign-offs (``Equipa de suporte``, ``Ihr IT-Team``), the first word
of a transcript line's utterance (``AGENT: Sure, ...``), famous people in prose.
"""

from __future__ import annotations

import re

from .famous import encyclopedic_after, famous_in_context, in_brand, is_famous
from .findings import Hit
from .name_cues import GREETING_SPEC, MONTHS, NOT_NAME, PARTICLES, PLACE_WORDS, build_cues, phrases
from .name_fields import person_key


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


#: Holidays and feasts, which read like a name after ``for``/``pour``/``met``.
HOLIDAYS = _words(
    """thanksgiving easter christmas xmas boxing memorial labor labour halloween hanukkah diwali
    ramadan eid passover pentecost whitsun advent lent noël noel pâques toussaint navidad nochebuena
    pascua reyes semana natale pasqua ferragosto epifania befana weihnachten ostern pfingsten
    silvester nikolaus fasching karneval kerst kerstmis pasen pinksteren koningsdag sinterklaas
    oudjaar wielkanoc wigilia andrzejki jul påsk midsommar valborg lucia bayram ramazan kurban
    vánoce velikonoce silvestr jul påske crăciun paște paşte joulu juhannus pääsiäinen vappu
    carnaval carnival new year nyår"""
)
#: Words of a team, department or firm in a sign-off or a greeting: not a person.
ORG_WORDS = _words(
    """team teams teamet tým ekibi equipa equipe équipe equipo squadra zespół dział tiimi echipa
    support suporte soporte supporto podpory podpora wsparcie destek tuki helpdesk service services
    servicio serviço servizio kundenservice kundendienst klantenservice kundtjänst kundeservice
    care customer customers accounts receivable payable billing sales marketing finance payroll
    logistics operations department dept office administration admin hr it ihr your the our votre
    vostro nuestro uw jullie ditt ert nasz váš tým facilities reception frontdesk legal procurement
    purchasing recruiting recruitment security compliance"""
)
#: Addressing a group, not a person (``Oi pessoal``, ``Hola chicos``, ``Ciao ragazzi``).
GROUP_WORDS = _words(
    """pessoal galera gente turma chicos chicas amigos ragazzi amici mensen jongens ludzie wszyscy
    folk gang crew peeps people guys everyone lidi kluci väki porukka hepsi arkadaşlar arkadaslar
    valid expires reply note notice"""
)
#: A name before a street word is a street's name (``Hope Street is closed``).
_STREET_NEXT = re.compile(
    r"[ ](?:Street|St|Road|Rd|Lane|Avenue|Ave|Square|Straße|Strasse|Gasse|Weg|Platz|Markt|Ecke|Allee|"
    r"Rue|Calle|Via|Rua)\b"
)
_STREET_WORDS = _words("street road lane avenue straße strasse gasse allee")
#: German street names open with ``Auf der``, ``An der``, ``Am``: ``Treffpunkt Auf der Heide``.
_STREET_PREFIX_BEFORE = re.compile(r"(?:Auf der|Auf dem|An der|Unter den|Hinter der|In der|Zum|Zur|Am|Im) $")
#: Words that open an utterance in a transcript (``AGENT: Sure, ...``), never a name there.
UTTERANCE = _words(
    """sure thank thanks got perfect great you you're yes no ok okay right well so and but use like
    alles guten gut ja nein danke genau bitte oui non merci parfait bien d'accord sí si no vale
    claro gracias perfecto bueno certo grazie perfetto bene sim não obrigado obrigada claro ja nee
    prima goed dank tak nie dobrze dziękuję jasne evet hayır tamam teşekkürler ano ne děkuji dobře
    appt apt flat e y et und and o ou oder of или con chi"""
)
#: Casual openers after which a lowercase known name is a person (``lol chloe just told``).
_INTERJECTIONS = frozenset(
    phrases("lol|haha|hahaha|ugh|jaja|jajaja|ahah|ahahah|kkkk|kkk|rsrs|omg|btw|fyi|ok so|me and|hehe|xd|wow")
)
#: Lowercase words that are never a name, whatever the name data says (pronouns, articles,
#: prepositions in the languages the detector knows).
FUNCTION_WORDS = _words(
    """mich dich sich ihn ihm ihr uns euch sie er es wir man ein eine einer der die das den dem des
    me te se le la les lui leur nous vous il elle ils elles on un une des du au aux lo los las el
    una uno con chi che di da per tra fra su mi ti ci vi gli ne non ma se tu io noi voi loro
    him her them us his hers its our their you your who what when where which this that these
    those and or but not all any some the a an of in on at to by for with from as is are was"""
)
_GREETINGS = frozenset(p[0] for p in phrases(GREETING_SPEC) if len(p) == 1)
_CUE_KEYS = frozenset(build_cues())
_CUE_SINGLES = frozenset(k[0] for k in _CUE_KEYS if len(k) == 1)
_HONORIFICS = frozenset(k[0] for k, kinds in build_cues().items() if len(k) == 1 and "H" in kinds)
#: Words for "in" before a place: a lone given name after them is a town (``Møtet i Bergen``).
_LOCATIVE = _words("in i im w we v ve στη στο στην σε em nel nella")
_MONTH_SHORT = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
_JSON_KEY_BEFORE = re.compile(r'"([^"\\]{1,40})"\s*:\s*"$')
_INITIAL_TAIL = re.compile(r"\. ?[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ELIDED = re.compile(r"(?:c|d|l|j|m|n|s|qu)['’][a-zà-ÿ]")
_BRAND_CAPS = re.compile(r"[a-z][A-Z]{2}|[a-z][A-Z][a-z]+[A-Z]")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)")
_DEPARTMENT = ORG_WORDS - {"the", "it", "hr", "your", "our", "ihr", "votre", "vostro", "nuestro", "uw"}
_TIME = re.compile(r"[ \t]+\d{1,2}[:.]\d{2}\s*$")
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _known(low: str, lgiven: frozenset[str], lfamily: frozenset[str]) -> bool:
    return (low in lgiven or low in lfamily) and low not in FUNCTION_WORDS and low not in MONTHS


def drop_unlikely(text: str, hits: list[Hit], *, quoted: bool = False) -> list[Hit]:
    """The PERSON hits that are none of the categories the labelling policy leaves alone
    (``quoted``: the hits are field values, whose quotes are the format's, not a status's)."""
    kept: list[Hit] = []
    for start, hit_end, kind in hits:
        end = _past_initial(text, start, hit_end)
        if end < 0:
            continue
        value = text[start:end]
        lows = [m.group().lower() for m in _WORD_AT.finditer(value)]
        if not lows or _not_a_name_word(text, start, end, value, lows, quoted):
            continue
        if lows[0] in HOLIDAYS or any(w in ORG_WORDS or w.endswith(("team", "teamet")) for w in lows):
            continue
        if (len(lows) == 1 and lows[0] in GROUP_WORDS) or _names_a_street(text, start, end, lows[-1]):
            continue
        if lows[0] in UTTERANCE and _after_speaker_label(text, start):
            continue
        if (is_famous(lows) if len(lows) >= 2 else famous_in_context(text, start, end, lows)) or in_brand(
            text, start, end
        ):
            continue
        kept.append((start, end, kind))
    return kept


def _names_a_street(text: str, start: int, end: int, last: str) -> bool:
    """The hit is (part of) a street's name: it ends in a street word, one follows, or a street
    prefix precedes."""
    return (
        last in _STREET_WORDS
        or _STREET_NEXT.match(text, end) is not None
        or _STREET_PREFIX_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def _past_initial(text: str, start: int, end: int) -> int:
    """A one-letter hit is an initial: it runs on over ``. Family`` (``Signed: L. Whitfield``),
    else it is no name (-1)."""
    if end - start != 1:
        return end
    m = _INITIAL_TAIL.match(text, end)
    return m.end() if m is not None else -1


def _not_a_name_word(text: str, start: int, end: int, value: str, lows: list[str], quoted: bool) -> bool:
    """A pronoun or an elided French word (``mich``, ``c'est``, ``d'appeler``), a brand
    (``PostNL``), a quoted status (``moved to 'Negotiation'``), or a firm before its department
    (``Dear Quaycode Customer Care``)."""
    if value[0].islower() and (
        lows[0] in FUNCTION_WORDS or lows[0] in _HONORIFICS or _ELIDED.match(lows[0]) is not None
    ):
        return True
    if len(lows) == 1 and _BRAND_CAPS.search(value) is not None and not value.isupper():
        return True
    if (
        not quoted
        and len(lows) == 1
        and text[start - 1 : start] in ("'", '"')
        and text[end : end + 1] == text[start - 1]
    ):
        return True
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in _DEPARTMENT


def _after_speaker_label(text: str, start: int) -> bool:
    """``AGENT: Sure`` / ``Client : Appt 15``: the hit opens a line's text after ``Label:``."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip()
    return before.endswith(":") and len(before) <= 24 and before.count(" ") <= 2


def add_shaped(
    text: str,
    words_: list[str],
    lows: list[str],
    starts: list[int],
    ends: list[int],
    taken: list[Hit],
    safe: frozenset[str],
    family: frozenset[str],
    lgiven: frozenset[str],
    lfamily: frozenset[str],
) -> list[Hit]:
    """Names of the shapes listed in the module docstring, over words no hit covers yet."""
    n = len(words_)
    # Only these words can be one (a comprehension, at C speed): a capitalised given name or a
    # single capital, a lowercase word the data knows, or any word right after a greeting.
    candidates = [
        i
        for i, word in enumerate(words_)
        if (word[0].isupper() and (len(word) == 1 or word in safe))
        or (lows[i] in lgiven or lows[i] in lfamily)
        or (i and lows[i - 1] in _GREETINGS)
    ]
    found: list[Hit] = _possessives(text, words_, lows, starts, taken, safe)
    if not candidates:
        return found
    covered = bytearray(len(text) + 1)
    for s, e, _ in taken:
        covered[s:e] = b"\x01" * (e - s)
    for s, e, _ in found:
        covered[s:e] = b"\x01" * (e - s)
    after = 0
    for i in candidates:
        s = starts[i]
        if i < after or covered[s]:
            continue
        word, low = words_[i], lows[i]
        gap_after = text[ends[i] : starts[i + 1]] if i + 1 < n else text[ends[i] :]
        if word[0].isupper():
            if len(word) == 1 and gap_after == ". " and i + 1 < n and words_[i + 1] in family:
                if _initial_context(text, s):
                    found.append((s, ends[i + 1], "PERSON"))
                    after = i + 2
            elif _lone_given(word, low, i, words_, lows, gap_after, safe, text, ends, starts):
                found.append((s, ends[i], "PERSON"))
        elif len(low) > 2 and low not in FUNCTION_WORDS and low not in NOT_NAME and low not in MONTHS:
            if _lowercase_name(text, i, lows, starts, ends, gap_after, lgiven, lfamily):
                found.append((s, ends[i], "PERSON"))
            elif _after_chat_cue(text, i, lows, starts, ends, safe):
                family_next = gap_after == " " and i + 1 < n and lows[i + 1] in lfamily
                found.append((s, ends[i + 1] if family_next else ends[i], "PERSON"))
                after = i + 2 if family_next else after
    return found


#: Chat phrases a lowercase name follows (``thx delphine``, ``frag mal birgit``, ``soy ainhoa``,
#: ``aqui é o pieter``, ``zeptej se arnab``): a name the data holds as no ordinary word.
_CHAT_CUES = frozenset(
    phrases(
        "thx|thanks|thank you|tell|ask|ping|pinging|loop in|lmk if|who has|is that yours|feel better|"
        "its|your driver|my daughter|daughter|my son|my wife|my husband|her assistant|"
        "sag|sag mal|frag|frag mal|oye|soy|sono|aqui é o|aqui é a|sou eu|c'est|c|chiedi a|dile a|"
        "pregúntale a|pergunta pra|pergunta para|demande à|vraag het even aan|vraag|tu|zapytaj|"
        "zeptej se|fråga|spørg|kysy|sor|selam|oi|hej|ahoj|cześć|ciao|hola|salut|hoi|moi|hei"
    )
)
#: Prepositions before a possessed thing's owner (``o notebook da itai``, ``l'ordi de margaux``,
#: ``de laptop van maarten``).
_OWNER_PREPOSITIONS = frozenset(phrases("da|do|de|di|van|von|for|with|mit|met|con|avec|after"))


#: Words the name data lists as unambiguous names but chat uses as words (tech terms, and
#: Swedish, Portuguese, Turkish words): ``de server``, ``till``, ``nova``, ``yeni``.
_ORDINARY_IN_SAFE = _words(
    "server client host proxy router cloud master admin user till över nova yeni eden maja ilan lazım"
)


def _after_chat_cue(
    text: str, i: int, lows: list[str], starts: list[int], ends: list[int], safe: frozenset[str]
) -> bool:
    """A lowercase name after a chat phrase (one to three words, spaces between)."""
    low = lows[i]
    for k in (1, 2, 3):
        if i < k or text[ends[i - 1] : starts[i]] != " ":
            return False
        cue = tuple(lows[i - k : i])
        if (cue in _CHAT_CUES or cue in _OWNER_PREPOSITIONS) and low[0].upper() + low[1:] in safe:
            if low in _ORDINARY_IN_SAFE:
                return False
            return all(text[ends[j] : starts[j + 1]] in (" ", "'") for j in range(i - k, i - 1)) or k == 1
    return False


#: Things a person has, after a German or Nordic genitive name (``Gudruns Homeoffice``).
_OWNED = _words(
    """laptop handy auto wagen rechner computer pc büro homeoffice schreibtisch telefon nummer
    handynummer adresse tasche schlüssel geburtstag wohnung mail bil dator kontor telefonnummer
    nøgler nycklar lägenhet lejlighed mobil mobilnummer cykel fødselsdag födelsedag"""
)


def _owns_next(text: str, end: int, i: int, words_: list[str], starts: list[int]) -> bool:
    """``Brandon's laptop``: a lowercase word follows, and no capitalised word precedes
    mid-sentence (``Jack Daniel's``)."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    if i and words_[i - 1][0].isupper() and text[starts[i] - 1 : starts[i]] == " ":
        return _opens_sentence(text, starts[i - 1])
    return True


def _possessives(
    text: str, words_: list[str], lows: list[str], starts: list[int], taken: list[Hit], safe: frozenset[str]
) -> list[Hit]:
    """``Brandon's laptop``, ``brandon's cell``, ``Birgits Laptop``: a given name that is no
    ordinary word, with the possessive ``'s`` (English) or ``s`` (German, Scandinavian) outside
    the span."""
    found: list[Hit] = []
    for i, low in enumerate(lows):
        if low.endswith(("'s", "’s")):
            if not _owns_next(text, starts[i] + len(low), i, words_, starts):
                continue  # ``Wendy's,``, ``Levi's:``, ``Jack Daniel's``: a brand
            stem_len = len(low) - 2
        elif low.endswith("s") and len(low) > 4 and i + 1 < len(lows) and lows[i + 1] in _OWNED:
            stem_len = len(low) - 1  # ``Birgits Laptop``: German and Nordic genitive before a thing
        else:
            continue
        stem = words_[i][:stem_len]
        if stem[:1].isupper() or stem.islower():
            name = stem if stem[0].isupper() else stem[0].upper() + stem[1:]
            if name in safe and words_[i] not in safe and lows[i][:stem_len] not in NOT_NAME:
                s = starts[i]
                if not any(h[0] < s + stem_len and s < h[1] for h in taken):
                    found.append((s, s + stem_len, "PERSON"))
    return found


def _initial_context(text: str, start: int) -> bool:
    line = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return not line or line.endswith((":", ",")) or line.lower().endswith(("by", "von", "par", "door"))


def _gap_before(text: str, i: int, ends: list[int], starts: list[int]) -> str:
    return text[ends[i - 1] : starts[i]]


def _lone_given(
    word: str,
    low: str,
    i: int,
    words_: list[str],
    lows: list[str],
    gap_after: str,
    safe: frozenset[str],
    text: str,
    ends: list[int],
    starts: list[int],
) -> bool:
    if word not in safe or low in NOT_NAME or low in PLACE_WORDS or low in HOLIDAYS or low in MONTHS:
        return False
    if len(word) < 3 or word.isupper():
        return False
    if low in _CUE_SINGLES or low in _MONTH_SHORT:
        return False
    member = _JSON_KEY_BEFORE.search(text, max(0, starts[i] - 48), starts[i])
    if member is not None and not person_key(member.group(1)):
        return False  # ``"city": "Bergen"``
    if i > 0 and _gap_before(text, i, ends, starts) == " ":
        prev = words_[i - 1]
        if lows[i - 1] in PLACE_WORDS or (
            prev[0].isupper() and not _opens_sentence(text, starts[i - 1], ".!?")
        ):
            return False  # ``avenue Victor Hugo``, ``na Rua Augusta``: inside a capitalised run
    nxt = words_[i + 1] if i + 1 < len(words_) else ""
    if gap_after == " " and nxt and (nxt[0].isupper() or lows[i + 1] in PARTICLES):
        return False  # a run of capitalised words: a firm, a place, a title, or a famous pair
    if gap_after == " " and lows[i + 1] in PLACE_WORDS:
        return False
    if gap_after.startswith(("@", ".com", "-", "_", "/")):
        return False
    if gap_after == " " and text[ends[i] + 1 : ends[i] + 2].isdigit():
        return False  # ``Server 2019``: a product and its version
    return not encyclopedic_after(text[ends[i] : ends[i] + 40].lower())


def _lowercase_name(
    text: str,
    i: int,
    lows: list[str],
    starts: list[int],
    ends: list[int],
    gap_after: str,
    lgiven: frozenset[str],
    lfamily: frozenset[str],
) -> bool:
    low = lows[i]
    s = starts[i]
    before = text[text.rfind("\n", 0, s) + 1 : s]
    known = _known(low, lgiven, lfamily)
    if before.endswith("@") and known:
        return True
    if not before.strip(" \t") and known:
        if gap_after.startswith(": ") or _TIME.match(
            text[ends[i] : text.find("\n", ends[i]) % (len(text) + 1)]
        ):
            return True
    if i == 0 or text[ends[i - 1] : s] != " ":
        return False
    if lows[i - 1] in _GREETINGS and gap_after.startswith(",") and (lows[i - 1], low) not in _CUE_KEYS:
        return _opens_sentence(text, starts[i - 1])  # ``hey zhiwei,``: any word, known or not
    if not known:
        return False
    for k in (1, 2):
        if i >= k and tuple(lows[i - k : i]) in _INTERJECTIONS:
            return _opens_sentence(text, starts[i - k])
    return False


def _opens_sentence(text: str, start: int, ends: str = ".!?:;)") -> bool:
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t\"'*>-")
    return not before or before[-1] in ends
