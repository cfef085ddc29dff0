"""Person names: rules with context, and a list of given and family names.

A capitalised word is a name only when something says so: a given name followed by a family name
(both in ``name_data/names.txt``), or a context that only precedes names: an honorific (``Mr``,
``Frau``, ``Mme``, ``Sra.``, ``Dott.ssa``, ``Dhr.``, ``Pani``...), a labelled field (``Name:``,
``From:``, ``Patient:``, ``Nom :``, ``Nombre:``, ``Naam:``...), a salutation (``Dear``, ``Hallo``,
``Bonjour``, ``Hola``, ``Ciao``, ``Olá``, ``Beste``, ``Cześć``, ``Hej``, ``Merhaba``...), a sign-off
on the line before (``Best regards,``, ``Viele Grüße``, ``Cordialement``, ``Saludos``, ``Cordiali
saluti``, ``Atenciosamente``, ``Met vriendelijke groet``, ``Pozdrawiam``...) or an introduction
(``my name is``, ``ich heiße``, ``je m'appelle``, ``me llamo``, ``mi chiamo``, ``meu nome é``,
``mijn naam is``...). The honorific or label is not part of the span.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .findings import Hit

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LO = "a-zß-öø-ÿā-žſ"
#: One name word: ``Anna``, ``O'Brien``, ``Jean-Pierre``, ``McDonald``, ``Nuñez``; or an initial ``J.``
_WORD = rf"(?:O['’]|D['’])?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:[-'’][{_UP}]?[{_LO}]+)*"
_INITIAL = rf"[{_UP}]\."
_PARTICLE = (
    r"(?:van der|van den|van de|van 't|van|von der|von und zu|von|zu|de la|de las|de los|del|della|"
    r"degli|de|da|das|dos|do|di|du|le|la|der|den|ter|ten|y|e|bin|ibn|al|el|af|av)"
)
_PIECE = rf"(?:{_WORD}|{_INITIAL})"
#: A name: one to four words, particles between them (``Jan van der Berg``, ``María de la Cruz``).
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_PIECE}){{0,3}}"
_NAME_RE = re.compile(_NAME)
_LEAD_PARTICLE = re.compile(rf"{_PARTICLE}[ \t]+(?=[{_UP}])")
#: Two capitalised words in a row, the only shape the list alone is asked about.
_PAIR = re.compile(rf"(?<![\w@./\\#-]){_WORD}(?:[ ]+(?:{_PARTICLE}[ ]+)?{_PIECE}){{1,3}}(?![\w@])")

_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Herr|Herrn|Frau|Fr|Hr|Mme|Mlle|Mmes|Me|M|Sr|Sra|Srta|"
    r"Sres|Don|Doña|Dña|Dª|Dn|Sig|Sig\.ra|Sig\.na|Signor|Signora|Signorina|Dott|Dott\.ssa|Dr\.ssa|Ing|"
    r"Avv|Prof\.ssa|Dhr|Mevr|Mevrouw|Meneer|Mw|Pan|Pani|Panem|Panią|Bay|Bayan|Sn|Hon|Rev|Fr)"
)
_HONORIFIC_RE = re.compile(rf"(?<![\w.]){_HONORIFIC}(?:\.[ \t]*|[ \t]+)(?=(?:{_PARTICLE}[ \t]+)?{_WORD})")
_LABEL = (
    r"(?:name|full[ _]?name|first[ _]?name|last[ _]?name|surname|given[ _]?name|customer(?:[ _]name)?|"
    r"client(?:[ _]name)?|patient(?:[ _]name)?|contact(?:[ _]person)?|from|sender|recipient|to|cc|attn|"
    r"attention|requester|reporter|requested[ _]by|reported[ _]by|assignee|assigned[ _]to|owner|author|"
    r"signed|signed[ _]by|employee|applicant|passenger|guest|tenant|holder|card[ _]?holder|"
    r"account[ _]holder|beneficiary|user[ _]name|agent|driver|student|member|manager|doctor|physician|"
    r"emergency[ _]contact|next[ _]of[ _]kin|witness|buyer|seller|landlord|"
    r"nombre(?: completo)?|apellidos?|cliente|paciente|remitente|destinatario|titular|contacto|"
    r"nom(?: complet)?|prénom|nom de famille|expéditeur|destinataire|patiente?|titulaire|"
    r"vorname|nachname|familienname|kunde|kundin|patientin|absender|empfänger|ansprechpartner(?:in)?|"
    r"inhaber(?:in)?|kontoinhaber(?:in)?|antragsteller(?:in)?|mieter(?:in)?|"
    r"nome(?: completo)?|cognome|mittente|intestatario|richiedente|paziente|"
    r"remetente|sobrenome|requerente|"
    r"naam|volledige naam|voornaam|achternaam|klant|afzender|ontvanger|rekeninghouder|aanvrager|"
    r"imię(?: i nazwisko)?|nazwisko|klient|nadawca|odbiorca|"
    r"namn|förnamn|efternamn|kund|avsändare|mottagare|"
    r"ad[ı]?(?: soyad[ı]?)?|soyad[ı]?|isim|müşteri|gönderen|alıcı)"
)
_LABEL_RE = re.compile(
    rf"^[ \t]*[*>-]*[ \t]*\**(?i:{_LABEL})\**[ \t]*(?:[:=]|：)[ \t]*(?=(?:{_PARTICLE}[ \t]+)?{_PIECE})",
    re.MULTILINE,
)
#: ``"name": "Anna Schmidt"``, ``name='Anna Schmidt'``
_KEY_RE = re.compile(
    rf"[\"'](?i:{_LABEL.replace(' ', '_')})[\"'][ \t]*[:=][ \t]*[\"'](?=(?:{_PARTICLE}[ \t]+)?{_PIECE})"
)
_GREETING = (
    r"(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you|"
    r"hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten (?:tag|morgen|abend)|moin|servus|danke|"
    r"bonjour|bonsoir|salut|cher|chère|merci|"
    r"hola|estimado|estimada|querido|querida|buenos días|buenas tardes|buenas|gracias|"
    r"ciao|caro|cara|gentile|gentilissimo|gentilissima|salve|buongiorno|buonasera|grazie|"
    r"olá|oi|prezado|prezada|bom dia|boa tarde|obrigado|obrigada|"
    r"beste|geachte|hoi|dag|goedemorgen|goedemiddag|bedankt|"
    r"witam|dzień dobry|szanowny|szanowna|drogi|droga|cześć|dziękuję|"
    r"hej|hejsan|kära|tack|god morgon|"
    r"merhaba|sayın|sevgili|teşekkürler)"
)
_GREETING_RE = re.compile(
    rf"^[ \t]*(?i:{_GREETING})[ \t]*,?[ \t]+(?:{_HONORIFIC}\.?[ \t]+)?(?=(?:{_PARTICLE}[ \t]+)?{_WORD})",
    re.MULTILINE,
)
_SIGNOFF = (
    r"(?:best regards|kind regards|warm regards|regards|best wishes|best|thanks|thank you|many thanks|"
    r"cheers|sincerely|yours sincerely|yours faithfully|yours truly|yours|all the best|"
    r"viele grüße|beste grüße|mit freundlichen grüßen|freundliche grüße|liebe grüße|herzliche grüße|"
    r"grüße|gruß|lg|vg|mfg|danke|"
    r"cordialement|bien cordialement|bien à vous|amicalement|sincères salutations|bisous|merci|"
    r"saludos|un saludo|saludos cordiales|atentamente|un abrazo|gracias|"
    r"cordiali saluti|distinti saluti|saluti|un saluto|grazie|a presto|"
    r"atenciosamente|cumprimentos|abraços|obrigado|obrigada|att|"
    r"met vriendelijke groet|vriendelijke groeten|vriendelijke groet|groeten|groetjes|mvg|"
    r"pozdrawiam|z poważaniem|z wyrazami szacunku|"
    r"med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|"
    r"saygılarımla|iyi çalışmalar|sevgiler)"
)
_SIGNOFF_RE = re.compile(
    rf"^[ \t]*(?i:{_SIGNOFF})[ \t]*[,.!]?[ \t]*\r?\n[ \t]*(?:[-—–]+[ \t]*)?(?={_WORD})", re.MULTILINE
)
_DASH_SIGN_RE = re.compile(rf"(?:^|(?<=\n))[ \t]*(?:--|—|–|~)[ \t]*(?={_WORD}[ \t]*(?:\n|$))", re.MULTILINE)
#: Introductions that only name a person (any capitalised words follow).
_INTRO = (
    r"(?:my name is|my name's|name's|call me|"
    r"ich heiße|ich heisse|mein name ist|"
    r"je m'appelle|je m’appelle|mon nom est|"
    r"me llamo|mi nombre es|"
    r"mi chiamo|il mio nome è|"
    r"meu nome é|me chamo|"
    r"mijn naam is|ik heet|"
    r"nazywam się|mam na imię|"
    r"jag heter|mitt namn är|"
    r"benim adım|adım)"
)
_INTRO_RE = re.compile(rf"(?<![\w])(?i:{_INTRO})[ \t]+(?={_WORD})")
#: Weaker ones (``I'm Sure``): only with a listed name right after.
_WEAK_INTRO_RE = re.compile(
    r"(?<![\w])(?i:i am|i'm|i’m|this is|ich bin|hier ist|je suis|c'est|soy|aquí|sono|qui è|sou|eu sou|"
    r"ik ben|jestem|jag är|ben)[ \t]+(?=[A-ZÀ-Þ])"
)
#: A chat log's speaker: ``Anna Schmidt: ...``, ``[10:32] Anna: ...``, ``Anna  08:43`` (checked
#: against the name list).
_SPEAKER_RE = re.compile(
    rf"^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*)?(?=({_WORD}(?:[ ]{_WORD}){{0,2}})(?:[ \t]*:[ \t]|[ \t]+\d{{1,2}}:\d{{2}}[ \t]*$))",
    re.MULTILINE,
)
_LOWER_PARTICLES = frozenset(_PARTICLE.strip("(?:)").split("|"))
_STOP_AFTER = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "Or",
        "Of",
        "In",
        "On",
        "At",
        "To",
        "For",
        "From",
        "With",
        "By",
        "Team",
        "Support",
        "Inc",
        "Ltd",
        "GmbH",
        "AG",
        "SA",
        "SRL",
        "BV",
        "Corp",
        "Company",
        "Group",
        "Service",
        "Services",
        "Department",
        "Dept",
        "Office",
        "University",
        "Hospital",
        "Bank",
        "Street",
        "Avenue",
        "Road",
        "Der",
        "Die",
        "Das",
        "Und",
        "La",
        "Le",
        "Les",
        "Et",
        "El",
        "Los",
        "Las",
        "Il",
        "Lo",
        "Gli",
        "I",
        "De",
        "Het",
        "En",
        "Och",
        "Ve",
    ]
)


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, given names that are not also ordinary words, family names), read once from
    the package data on first use."""
    text = resources.files(__package__).joinpath("name_data/names.txt").read_text(encoding="utf-8")
    given: set[str] = set()
    safe: set[str] = set()
    family: set[str] = set()
    in_family = False
    for line in text.splitlines():
        if not line or line[0] == "#":
            in_family = in_family or line.startswith("## family")
            continue
        if in_family:
            family.add(line)
        elif line[0] == "~":
            given.add(line[1:])
        else:
            given.add(line)
            safe.add(line)
    return frozenset(given), frozenset(safe), frozenset(family)


def _name_end(text: str, start: int, limit: int = 4) -> int:
    """End of the name that starts at ``start``: up to ``limit`` name words, stopping before a
    word that cannot be part of a name (``Team``, ``GmbH``, ``Street``)."""
    m = _NAME_RE.match(text, start)
    if m is None:
        p = _LEAD_PARTICLE.match(text, start)
        if p is not None:
            m = _NAME_RE.match(text, p.end())
            if m is not None:
                e = _name_end(text, p.end(), limit)
                return e if e > p.end() else start
    if m is None:
        return start
    end = start
    count = 0
    for w in re.finditer(r"\S+", m.group()):
        word = w.group()
        if word in _LOWER_PARTICLES:
            continue
        if word in _STOP_AFTER or count == limit:
            break
        end = start + w.end()
        count += 1
    return end


def _from_context(text: str, out: list[Hit], given: frozenset[str], family: frozenset[str]) -> None:
    regexes = [_HONORIFIC_RE, _INTRO_RE]
    if ":" in text or "=" in text or "：" in text:
        regexes.append(_LABEL_RE)
        if '"' in text or "'" in text:
            regexes.append(_KEY_RE)
    regexes.append(_GREETING_RE)
    if "\n" in text:
        regexes += (_SIGNOFF_RE, _DASH_SIGN_RE)
    for rx in regexes:
        for m in rx.finditer(text):
            s = m.end()
            e = _name_end(text, s)
            if e > s and text[s:e] not in _STOP_AFTER:
                out.append((s, e, "PERSON"))
    for m in _SPEAKER_RE.finditer(text):
        s = m.start(1)
        if text[s:].split(" ", 1)[0].rstrip(":") in given:
            out.append((s, s + len(m.group(1)), "PERSON"))
    for m in _WEAK_INTRO_RE.finditer(text):
        s = m.end()
        e = _name_end(text, s)
        first = text[s:e].split(" ", 1)[0]
        if e > s and (first in given or first in family):
            out.append((s, e, "PERSON"))


def _from_lists(
    text: str, out: list[Hit], given: frozenset[str], safe: frozenset[str], family: frozenset[str]
) -> None:
    for m in _PAIR.finditer(text):
        words = m.group().split()
        n = len(words)
        base = m.start()
        offs: list[int] = []
        pos = 0
        for w in words:
            pos = m.group().index(w, pos)
            offs.append(pos)
            pos += len(w)
        i = 0
        while i < n - 1:
            if words[i] not in given or words[i].lower() in _LOWER_PARTICLES:  # ``El Real Madrid``
                i += 1
                continue
            # given names (``Anna Maria``), then initials or particles, then family names
            j = i + 1
            while j < n and (words[j] in given or words[j] in _LOWER_PARTICLES or words[j][-1] == "."):
                j += 1
            last = -1
            while j < n and (words[j] in family or words[j] in _LOWER_PARTICLES):
                if words[j] in family:
                    last = j
                j += 1
            if last == -1:
                # ``Anna Maria`` alone, or a given name that is also a family name (``Thomas``)
                k = j - 1
                while k > i and words[k] in _LOWER_PARTICLES:
                    k -= 1
                if k > i and words[k] in family:
                    last = k
            if last == -1 and j == i + 1 < n and words[i] in safe and _mid_sentence(text, base + offs[i]):
                # ``send it to Anna Wachowiak``: a listed given name, mid-sentence, and a
                # capitalised word that cannot end a name otherwise
                nxt = words[i + 1]
                if nxt not in _STOP_AFTER and not nxt.isupper() and nxt[-1] != ".":
                    last = i + 1
            if last > i:
                out.append((base + offs[i], base + offs[last] + len(words[last]), "PERSON"))
                i = last + 1
            else:
                i += 1


def _mid_sentence(text: str, start: int) -> bool:
    """A lowercase word or a comma right before ``start``: not a sentence or heading start."""
    if start < 2 or text[start - 1] != " ":
        return False
    prev = text[start - 2]
    return prev.islower() or prev == ","


def scan_names(text: str, out: list[Hit]) -> None:
    given, safe, family = name_lists()
    _from_context(text, out, safe, family)
    _from_lists(text, out, given, safe, family)
