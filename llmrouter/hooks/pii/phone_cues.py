"""Phone numbers in a national form no validator pattern claims (``mój nowy numer to
710-662-247``, ``o meu novo número é 229199546``, ``chiamami al 375-3077305``): a digit string
of 8 to 13 digits a few words after a word for "phone" or "number" (typo-tolerant, as people
write them in chat). Personal path only: the default path keeps its validator-backed forms."""

from __future__ import annotations

import re

from .credential_cues import typo_forms
from .findings import Hit

_PHONE_WORDS = (
    "phone", "telephone", "mobile", "cell", "telefon", "telefonnummer", "handy", "handynummer",
    "mobil", "mobilnummer", "teléfono", "telefone", "celular", "telemóvel", "whatsapp", "zap",
    "puhelin", "numaram", "numaramı", "tlf", "tel", "telefoon", "mobiel", "telefonu", "cellulare",
    "portable", "móvil", "movil",
)  # fmt: skip
#: "number" alone names any number (``numer przesyłki``, ``número de pedido``): only with the
#: words of ``my new number is``
_NUMBER_WORDS = ("number", "nummer", "numer", "número", "numero", "numara", "numéro")
_COPULA = frozenset(
    [
        "to",
        "is",
        "é",
        "e",
        "es",
        "è",
        "är",
        "er",
        "ist",
        "jest",
        "je",
        "on",
        "now",
        "agora",
        "ahora",
        "now:",
        "here",
    ]
)
#: verbs that take a phone number: ``chiamami al``, ``me liga no``, ``llámame al``, ``call me on``
_CALL = re.compile(
    r"(?i)(?:chiamami|me liga|ligue|llámame|llamame|call me|text me|ring me|ruf mich)[ ]+(?:al|no|na|at|on|an|unter)?[ ]*$"
)
_CUES = {f: True for w in _PHONE_WORDS for f in (typo_forms(w) if len(w) >= 5 else {w})}
_CUES.update({f: False for w in _NUMBER_WORDS for f in typo_forms(w) if f not in _CUES})
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"(?<![\w+.-])\(?\d[\d \-().]{6,17}\d(?![\w-]|[.,]\d)")
_FILLER = re.compile(r"\.?(?:[ \t]*[^\W\d_]{1,12}\.?){0,4}[ \t]*[:=]?[ \t]*")
_DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}")


def scan_phone_cues(text: str, out: list[Hit]) -> None:
    """Appends each 8-13 digit number shortly after a phone cue word or a "call me at" verb."""
    for m in _WORD.finditer(text):
        phone_word = _CUES.get(m.group().lower())
        if phone_word is None:
            continue
        gap = _FILLER.match(text, m.end())
        at = gap.end() if gap is not None else m.end()
        between = [w.lower() for w in _WORD.findall(text, m.end(), at)]
        if (
            phone_word
            or (between and all(w in _COPULA for w in between))
            or (not between and ":" in text[m.end() : at])
        ):
            _take_number(text, at, out)
    for m in _NUMBER.finditer(text):
        if _CALL.search(text, max(0, m.start() - 20), m.start()):
            _take_number(text, m.start(), out)


def _take_number(text: str, at: int, out: list[Hit]) -> None:
    number = _NUMBER.match(text, at)
    if number is None:
        return
    value = number.group().rstrip(" -(")
    digits = sum(c.isdigit() for c in value)
    if 8 <= digits <= 13 and _DATE_OR_TIME.fullmatch(value) is None and ":" not in value:
        out.append((number.start(), number.start() + len(value), "PHONE"))
