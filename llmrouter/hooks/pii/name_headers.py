"""Names in the header a mail client writes over a quoted reply: ``On 3 May 2024, Ana Lima
wrote:``, ``Le 13/01/2024, Yannick Lefèvre a écrit :``, ``Em 9/8/2025, Thiago Siqueira
escreveu:``, ``W dniu 2021-01-18 Jan Nowak napisał(a):``, ``07/12/2024 tarihinde Tolga Kaya
yazdı:``, ``Am 3. Mai 2024 schrieb Eva Berg:``, ``Den 4/5 skrev Nils Holm:``.

The header is a fixed shape in every language (an opening word or a date, then the name, then
the verb and a colon), so the name needs no name data: the capitalised words right before the
verb, or right after it where the language puts the verb first.
"""

from __future__ import annotations

import re

from .findings import Hit

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
_LO = "a-zß-öø-ÿā-žſș-țǎı"
_PART = rf"[{_UP}][{_LO}]+(?:['’-][{_UP}]?[{_LO}]+)*"
_PARTICLE = r"(?:de|da|do|dos|das|van|von|der|den|del|la|le|al|el|bin|ibn|di|du|ter|y)"
_NAME = rf"{_PART}(?:[ ](?:{_PARTICLE}[ ])*{_PART}){{0,4}}"
_VERB_AFTER = (
    r"(?:wrote|a écrit|escreveu|escribió|ha escrito|napisał\(a\)|napisał|napisała|yazdı|schreef|"
    r"kirjoitti|ha scritto|napsal\(a\)|napsal|napsala|a scris|skrev|schrieb)"
)
_EMAIL = r"(?:[ ]*[<(][^>)\n]{3,80}[>)])?"
#: the opening: a word for "on" / "the" or a date, then up to 60 characters of date and time
_OPEN = r"(?:On|Le|Em|El|Il|Am|Op|Den|Dne|W dniu|Pe|Dnia|\d)[^\n:]{0,60}?"
_NAME_THEN_VERB = re.compile(rf"(?m)^[> \t]*{_OPEN}(?:,[ ]*|[ ]+)({_NAME}){_EMAIL}[ ]+{_VERB_AFTER}[ ]?:")
_VERB_THEN_NAME = re.compile(
    rf"(?m)^[> \t]*{_OPEN}[ ]+(?:schrieb|skrev|kirjoitti|napsal\(a\)|napsal|napsala)[ ]+({_NAME}){_EMAIL}[ ]?:"
)
_SEEDS = (
    "wrote", "écrit", "escreveu", "escribió", "escrito", "napisał", "yazdı", "schreef", "kirjoitti",
    "scritto", "napsal", "scris", "skrev", "schrieb",
)  # fmt: skip


def scan_reply_headers(text: str, out: list[Hit]) -> None:
    """Appends the name in each quoted-reply header of ``text``."""
    if not any(seed in text for seed in _SEEDS):
        return
    for pattern in (_NAME_THEN_VERB, _VERB_THEN_NAME):
        for m in pattern.finditer(text):
            out.append((m.start(1), m.end(1), "PERSON"))
