"""Person names in structured text: a JSON member or a CSV column whose key says it holds a person.

A JSON payload (``{"full_name": "Nguyen Van An"}``) or a CSV export (``id,customer,email`` then
rows) names people without any prose cue; the key is the cue. The value is taken whole when it
has the shape of a name (one to four words, each starting with a capital, or a lowercase
particle inside: ``van der``), so the name data need not know it. Keys that name a firm, a
product, a file or a place (``company_name``, ``hostname``, ``city``) are not person keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .findings import Hit

#: Keys that hold a product's or a file's name as often as a person's: the value needs one word
#: the name data knows.
_BARE_NAME_KEYS = frozenset(
    [
        "name",
        "nom",
        "nombre",
        "naam",
        "nome",
        "navn",
        "namn",
        "név",
        "nev",
        "nimi",
        "nume",
        "title",
        "display_name",
        "displayname",
    ]
)

_PERSON_KEY = re.compile(
    r"(?:^|_|\b)(?:name|full_?name|first_?name|last_?name|given_?name|family_?name|surname|customer|"
    r"client|contact|patient|person|owner|author|holder|cardholder|recipient|sender|employee|"
    r"applicant|passenger|guest|tenant|driver|assignee|reporter|requester|nombre|apellidos?|nom|"
    r"prenom|prénom|vorname|nachname|kunde|naam|voornaam|achternaam|nome|cognome|imie|imię|nazwisko|"
    r"namn|navn|fornavn|etternavn|efternavn|nev|név|onoma|όνομα|ονοματεπώνυμο|επώνυμο|adı|ad_soyad|"
    r"soyadi|soyadı|jmeno|jméno|prijmeni|příjmení|nimi|nume|prenume)(?:$|_|\b)",
    re.IGNORECASE,
)
_NOT_PERSON_KEY = re.compile(
    r"company|org|firm|business|product|file|host|domain|app|project|team|city|town|street|brand|"
    r"item|plan|device|server|bucket|key|table|column|field|event|job|queue|type|service|bank|"
    r"store|shop|site|region|country|package|module|class|repo|branch|model|group|role|tag|"
    r"user_?name|login|handle|nick",
    re.IGNORECASE,
)
_JSON_MEMBER = re.compile(r'"([^"\\]{1,40})"\s*:\s*"([^"\\]{2,80})"')
_NAME_SHAPE = re.compile(
    r"(?:[^\W\d_][\w'’.\-]*|(?:van|der|den|de|la|le|del|della|di|da|dos|das|von|zu|ter|ten|bin|ibn|al|el))"
    r"(?: (?:[^\W\d_][\w'’.\-]*)){0,4}"
)
#: Header words of a table of people (a bare ``name`` column there holds people), and of goods.
_PEOPLE_TABLE = re.compile(
    r"e-?mail|phone|tel|mobil|dob|birth|address|city|town|plan|customer|client|patient|employee|member|"
    r"telefon|adresse|cím|város|by\b|πόλη|τηλ|ciudad|ville|stadt|città|cidade",
    re.IGNORECASE,
)
_GOODS_TABLE = re.compile(
    r"sku|price|qty|quantity|product|item|cost|stock|brand|model|version", re.IGNORECASE
)
_GOODS_KEY = re.compile(r'"(?:sku|price|qty|quantity|product\w*|item\w*|cost|stock|brand|model)"\s*:')
_CSV_SPLIT = re.compile(r"[,;\t|]")


def person_key(key: str) -> bool:
    """``key`` (a JSON member's or a CSV column's) names a person."""
    return bool(_PERSON_KEY.search(key)) and not _NOT_PERSON_KEY.search(key)


def _name_value(key: str, value: str, known: Callable[[str], bool], *, strict: bool = False) -> bool:
    """``value`` has a name's shape; under a bare ``name`` key one word (``strict``: every word)
    must be known."""
    parts = value.split(" ")
    if not 1 <= len(parts) <= 5 or _NAME_SHAPE.fullmatch(value) is None:
        return False
    caps = [p for p in parts if p[:1].isupper()]
    if not caps or not all(p[:1].isupper() or len(p) <= 4 for p in parts):
        return False
    if key.strip().lower() not in _BARE_NAME_KEYS:
        return True
    test = all if strict else any
    return test(known(p.strip(".,")) for p in caps)


def scan_field_names(text: str, out: list[Hit], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """JSON members and CSV cells whose key is a person key and whose value is name-shaped go to
    ``out``; the spans of the other values are returned: no name is looked for in them
    (``"city": "Bergen"``, ``"name": "Widget Pro"``, a ``sku,name,price`` table)."""
    other: list[tuple[int, int]] = []
    if '":' in text or '" :' in text:
        goods = _GOODS_KEY.search(text) is not None  # ``"name"`` of a product, not a person
        for m in _JSON_MEMBER.finditer(text):
            value = m.group(2).strip()
            if person_key(m.group(1)) and _name_value(m.group(1), value, known, strict=goods):
                start = m.start(2) + m.group(2).index(value)
                out.append((start, start + len(value), "PERSON"))
            else:
                other.append(m.span(2))
    if "\n" in text and _CSV_SPLIT.search(text):
        _scan_csv(text, out, known, other)
    return other


def _scan_csv(text: str, out: list[Hit], known: Callable[[str], bool], other: list[tuple[int, int]]) -> None:
    lines = text.split("\n")
    offset = 0
    header: list[int] | None = None
    keys: list[str] = []
    column_known: dict[int, Callable[[str], bool]] = {}
    delim = ""
    width = 0
    for line in lines:
        row = line.rstrip("\r")
        if header is None:
            found = _csv_header(row)
            if found is not None:
                delim, header, width = found
                keys = [c.strip().strip('"') for c in row.split(delim)]
                people = _PEOPLE_TABLE.search(row) is not None and _GOODS_TABLE.search(row) is None
                column_known = {
                    col: _anything
                    if people
                    else _column_knows(text, offset + len(line) + 1, delim, col, known)
                    for col in header
                }
        elif row.count(delim) + 1 == width:
            pos = offset
            for col, cell in enumerate(row.split(delim)):
                value = cell.strip().strip('"').strip()
                # a bare ``name``/``navn`` column holds people in a table of people (``email``,
                # ``city`` columns, no ``price``) or when most of its cells hold a known name
                if col in header and value and _name_value(keys[col], value, column_known[col], strict=True):
                    start = pos + cell.index(value)
                    out.append((start, start + len(value), "PERSON"))
                elif value:
                    other.append((pos, pos + len(cell)))
                pos += len(cell) + 1
        elif row.strip():
            header = None  # the table has ended
        offset += len(line) + 1


def _column_knows(
    text: str, body: int, delim: str, col: int, known: Callable[[str], bool]
) -> Callable[[str], bool]:
    """``known``, or a test that passes every word when most cells of column ``col`` (in the rows
    from ``body`` on) hold a given or family name the name data knows."""
    hits = total = 0
    for row in text[body:].split("\n")[:50]:
        cells = row.split(delim)
        if col < len(cells) and cells[col].strip():
            total += 1
            hits += any(known(p) for p in cells[col].strip().strip('"').split(" "))
    return _anything if total and 2 * hits > total else known


def _anything(_word: str) -> bool:
    return True


def _csv_header(row: str) -> tuple[str, list[int], int] | None:
    for delim in (",", ";", "\t", "|"):
        if row.count(delim) < 1:
            continue
        cells = [c.strip().strip('"').strip() for c in row.split(delim)]
        if not all(c and len(c) <= 30 and " " not in c.strip() for c in cells if c):
            continue
        cols = [i for i, c in enumerate(cells) if c and person_key(c)]
        if cols:
            return delim, cols, len(cells)
    return None
