"""What follows a street and house number inside one address: unit parts (``Apt 1D``, ``2. OG``,
``r/c``, ``3º dcha.``, ``bus 2``, ``as. 7``, ``D: 2``, ``Hinterhaus``, ``3e étage``), a street type
the core left off (``Quarry Hill Dr``), Brazilian ``- Bairro, Cidade - UF, CEP`` and letter
blocks with the town and the postcode on lines of their own; and P.O. boxes, which have no street.

The street patterns of :mod:`.addresses` find the core; :func:`extend_units` walks on over any run
of these parts so the span covers the address as written (the labelling policy keeps unit parts
inside when contiguous), then the postcode/town tail is tried again.
"""

from __future__ import annotations

import re

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ"
_LO = "a-zß-öø-ÿā-žſș-țǎ"
_CITY = rf"[{_UP}][{_LO}]+(?:[ -](?:(?:de|do|da|dos|das|del|la|le|sur|am)[ -])?[{_UP}][{_LO}]+){{0,3}}"

#: a unit word then its value: ``Apt 1D``, ``bloco B``, ``ap. 37``, ``esc. 2``, ``D: 2``, ``Top 4``
_KEYED = (
    r"(?i:apt|apto|appt|app|ap|apartment|suite|ste|unit|flat|room|rm|bloco|bl|casa|esc|escalera|"
    r"bât|bat|bâtiment|lgh|bus|bte|boîte|top|stiege|tür|as|asunto|porta|int|interno|scala|sc|daire|"
    r"kat|dpto|depto|dept|puerta|pta|piso|bloque|portal|lok|lokal|m|no|nr|d)\.?:?[ ]?"
    r"(?:\d{1,4}[A-Za-z]?|[A-Za-z](?:\d{1,3})?)(?![\w])"
)
#: an ordinal then a floor or side word: ``2. OG``, ``3. Stock``, ``3 tr``, ``2.º Esq.``, ``3e étage``
_ORDINAL = (
    r"\d{1,2}(?:\.[ ]?º|\.[ ]?ª|º|ª|°|\.|e|er|ème|o|a)?[ ]?"
    r"(?i:og|eg|dg|ug|stock|etage|étage|tr|trappa|andar|piso|planta|esq|dto|dir|izq|dcha|izda|"
    r"sal|th|tv|mf|kat|floor|fl|vån|krs|kerros|sag)\.?(?![\w])"
)
#: a part of its own: ``r/c``, ``Hinterhaus``, ``huis``, ``mf.``, ``3º``, a Finnish staircase ``A 8``
_BARE = (
    r"(?i:r/c|rc|hinterhaus|vorderhaus|seitenflügel|gartenhaus|huis|hs|bis|ter|sótão|cave|"
    r"st\.?(?:[ ]?(?:th|tv|mf)\.?)?|th\.|tv\.|mf\.|esq\.?|dto\.?|dir\.?|izq\.?|dcha\.?|izda\.?)(?![\w])|(?<=/)[A-Za-z](?![\w])|\d{1,2}[º°ª](?:[ ]?[A-Z](?![\w]))?|[A-H][ ]\d{1,3}(?![\w.,]\d)"
)
_EN_TYPE_AFTER = (
    r"(?:Dr|Drive|Court|Ct|St|Street|Ave|Avenue|Rd|Road|Ln|Lane|Blvd|Way|Pl|Place|Ter|Cir)\.?(?![\w])"
)
_UNIT = re.compile(rf"(?:\.?,[ ]*|\.?[ ]+|[ ]*/[ ]*|[ ]-[ ])(?:{_KEYED}|{_ORDINAL}|{_BARE})")
#: the floor mark after a number the core took: ``Rua Augusta 42, 2`` + ``.º Esq.``
_FLOOR_MARK = re.compile(r"\.?[ ]?[º°ª](?:[ ]?(?i:esq|dto|dir|izq|dcha|izda|andar|piso)\.?)?")
#: a Finnish flat after the staircase letter the core took: ``Kauppakatu 115 A`` + `` 8``
_FLAT_AFTER_STAIRCASE = re.compile(r"[ ]\d{1,3}(?![\w.,]\d)")
_TYPE_AFTER = re.compile(rf"[ ]{_EN_TYPE_AFTER}")
#: ``- Moinhos de Vento, Porto Alegre - RS, 90570-080``, ``, Belo Horizonte - MG, 30130-009``
_BR_TAIL = re.compile(
    rf"(?:[ ]-[ ]{_CITY},|,)[ ]*{_CITY}[ ]-[ ][A-Z]{{2}}(?:,?[ ]*\d{{5}}-?\d{{3}})?(?![\w])"
    rf"|[ ]-[ ]{_CITY}(?:,[ ]*\d{{5}}-\d{{3}})(?![\w])"
)
#: ``\nSheffield\nS16 6BW`` (a UK letter block), ``\nDuluth, MN 30770``
_BLOCK_TAIL = re.compile(
    rf"\n[ \t]*{_CITY}[ \t]*\n[ \t]*(?:[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}}|\d{{4,5}})(?![\w])"
)
#: ``P.O. Box 3704, Fresno, CA 20817``, ``Postfach 12 34, 10115 Berlin``, ``Apartado 123``
PO_BOX = re.compile(
    rf"(?<![\w])(?:P\.?[ ]?O\.?[ ]?Box|PO[ ]Box|Post[ ]Office[ ]Box|Postfach|Postbus|Boîte[ ]postale|"
    rf"Apartado(?:[ ]de[ ]Correos)?|Caixa[ ]Postal|Casella[ ]postale|Skrytka[ ]pocztowa)[ ]\d{{1,6}}(?:[ ]\d{{2,4}})?"
    rf"(?:,[ ]*{_CITY},?[ ]+[A-Z]{{2}}[ ]+\d{{5}}(?:-\d{{4}})?|,?[ ]*(?:\n[ \t]*)?\d{{4,5}}(?:-\d{{3}})?[ ]+{_CITY})?",
    re.IGNORECASE,
)
_PO_WORDS = frozenset(("box", "postfach", "postbus", "postale", "postal", "apartado", "pocztowa"))


def extend_units(text: str, end: int) -> int:
    """``end`` moved over the unit parts and the street type that follow an address core."""
    m = _FLOOR_MARK.match(text, end) if end and text[end - 1].isdigit() else None
    if m is None and end > 2 and text[end - 2] == " " and "A" <= text[end - 1] <= "H":
        m = _FLAT_AFTER_STAIRCASE.match(text, end)
    if m is not None:
        end = m.end()
    while True:
        m = _TYPE_AFTER.match(text, end) or _UNIT.match(text, end)
        if m is None:
            return end
        end = m.end()


def extend_regional_tail(text: str, end: int) -> int:
    """``end`` moved over a Brazilian ``bairro, cidade - UF, CEP`` or a letter block's town and
    postcode lines, when one follows."""
    m = _BR_TAIL.match(text, end) or _BLOCK_TAIL.match(text, end)
    return m.end() if m is not None else end


def has_po_box(words: frozenset[str]) -> bool:
    """``words`` (the text's lowercase words) hold a word of a P.O. box."""
    return not words.isdisjoint(_PO_WORDS)


def casual_copy(text: str) -> str | None:
    """A lowercase chat text with each word capitalised and two-letter state codes upper-cased
    (same length, so offsets agree), for the street patterns that want capitals; ``None`` when
    the text has capitals of its own or capitalising would change its length."""
    if not text.islower() and len(_UPPER.findall(text)) * 100 > len(text):
        return None
    copy = _STATE.sub(lambda m: m.group().upper(), _WORD_START.sub(_capital, text))
    return copy if len(copy) == len(text) else None


_UPPER = re.compile(rf"[{_UP}]")
_WORD_START = re.compile(rf"(?<![\w'’])[{_LO}]+")
#: words the street patterns want in lowercase: ``87 ter rue``, ``Largo do Rato``
_KEEP_LOWER = frozenset(
    [
        "bis",
        "ter",
        "quater",
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "do",
        "da",
        "dos",
        "das",
        "del",
        "di",
        "della",
        "of",
        "the",
        "y",
        "e",
        "et",
        "van",
        "der",
    ]
)


def _capital(m: re.Match[str]) -> str:
    word = m.group()
    return word if word in _KEEP_LOWER else word[0].upper() + word[1:]


_STATE = re.compile(r"(?<=, )[A-Za-z]{2}(?= \d{5})|(?<= - )[A-Za-z]{2}(?=,| |$)")
