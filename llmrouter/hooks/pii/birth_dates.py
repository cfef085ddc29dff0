"""Dates of birth: a date that the text says is a birth date (``born``, ``DOB``, ``geboren am``,
``né le``, ``fecha de nacimiento``, ``nato il``, ``data de nascimento``, ``geboortedatum``, ``data
urodzenia``, ``född``, ``doğum tarihi``, ``生年月日``...), within a few words after it. Any other date
(a timestamp, an invoice date, a deadline) is left alone. The span is the date alone."""

from __future__ import annotations

import re

from .findings import Hit

#: Cheap byte tests on the lowered text before any regex runs.
SEEDS = (
    b"birth", b"born", b"dob", b"d.o.b", b"geb", b"naissance", b"n\xe9", b"nac", b"nasc", b"nato",
    b"nata", b"bday", b"b-day", b"fodelse", b"dogum", b"urodz", b"ur.", b"f\xf6d", b"do?um", b"naroz", b"nar.", b"f\xf8d", b"n?scut", b"na?ter", b"synty",
)  # fmt: skip
#: Keys outside Latin-1, which the byte copy turns into ``?``: looked for in the text itself.
_WIDE_SEEDS = ("生年月日", "誕生日", "出生", "जन्म")

_MONTHS = (
    r"(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|fevereiro|mar(?:ch|s|zo|ço)?|m[äa]rz|"
    r"apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maggio|maio|mei|maj|jun(?:e|i|io|ho)?|juin|giugno|"
    r"jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust|ustus)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember|iembre|embre)?)?|"
    r"set(?:embro|tembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|"
    r"dec(?:ember|embre)?|d[ée]c(?:embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?|"
    r"enero|febrero|gennaio|febbraio|aprile|januari|februari|maart|juli|augustus|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"marts|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|"
    r"lokakuuta|marraskuuta|joulukuuta)\.?"
)
_YEAR = r"(?:\d{4}|'\d\d)"  # ``Sep 19th '51``
_DATE = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}\.[ ]\d{{1,2}}\.[ ]?\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})"
    rf"|\d{{1,2}}/\d{{1,2}}[ ]\d{{4}}"  # Swedish ``28/1 1963``
    rf"|\d{{1,2}}-{_MONTHS}-(?:\d{{4}}|\d{{2}})"  # ``21-Apr-1981``
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?[ ]+(?:of[ ]+|de[ ]+)?{_MONTHS}(?:[ ]+de)?,?[ ]+{_YEAR}"
    rf"|{_MONTHS}[ ]+\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+{_YEAR}"
    rf"|\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
    # compact ``19690127`` / ``451224`` (Swedish personnummer style), only after a key like every form here
    rf"|(?:19|20)?\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
_KEY = (
    r"(?:date of birth|birth ?date|birthday|b-?day|born(?: on| in)?|dob|d\.o\.b\.?|"
    r"geburtsdatum|geburtstag|geboren(?: am)?|geb\.(?: am)?|"
    r"date de naissance|née?(?: le)?|naissance|"
    r"fecha de nacimiento|f\. de nacimiento|f\. nac\.|nacid[oa](?: el)?|(?:naci[óo]|nací)(?: el)?|"
    r"data di nascita|nat[oa](?: il)?|"
    r"data de nascimento|nascid[oa](?: em)?|nasceu(?: em)?|"
    r"geboortedatum|geboren(?: op)?|"
    r"data urodzenia|urodzon[ya](?: dnia)?|ur\.|"
    r"f[öo]delsedatum|född(?: den)?|"
    r"do[ğg]um tarihi|doğum|"
    r"datum narození|narozen[aý]?|nar\.|narozena dne|fødselsdato|født(?: den)?|data nașterii|data naşterii|"
    r"născut[ăa]?(?: la| pe)?|syntymäaika|syntymäpäivä|syntynyt|"
    r"生年月日|誕生日|出生日期|जन्म तिथि|जन्मतिथि)"
)
#: a key written as a field name: ``date_of_birth``, ``data_de_nascimento``, ``dogum-tarihi``
_FIELD_KEY = _KEY.replace(" ", "[ _-]")
#: up to five short words between the key and the date: ``My DOB on the form should be d``,
#: ``Geburtsdatum ist der d``
_FILLER = r"(?:(?-i:[^\W\d_A-Z][^\W\d_]{0,9})[ ]+){0,5}"  # lowercase: not a new sentence
_DOB = re.compile(
    rf"(?<![^\W_])(?i:{_FIELD_KEY})(?:/[a-z]{{1,2}}|\([a-z]{{1,2}}\))?[\s\"'*.…—–-]*(?:[:=：][\s\"'*]*)?{_FILLER}"
    rf"(?:\(?[^\W\d]{{1,12}}\.?\)?[ ]*[:=]?[ ]*)?(?<!\d)({_DATE})(?![\d])",
    re.IGNORECASE,
)


#: A birth date asked on one line and answered on the next (call transcripts): ``... your date of
#: birth?`` then ``CALLER: Sure, it's 7 September 2002.``
_ASKED = re.compile(
    rf"(?<![\w])(?i:{_KEY})[^\n?]{{0,30}}\?[ \t]*\n(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ ]+)?[^\n:]{{0,30}}:[ \t]*"
    rf"(?:(?i:sure|yes|okay|ok|yeah|s[íi]|oui|ja|tak|evet|certo|claro|it's|it is|c'est|es|è|é|is|le|el|il|am|op)[,.]?[ ]+){{0,3}}"
    rf"(?<!\d)({_DATE})(?![\d])",
    re.IGNORECASE,
)
#: The key after the date: ``Emre ist am 19.09.1969 geboren``, ``Merve 16.05.1963 doğumlu``.
_DATE_THEN_KEY = re.compile(
    rf"(?<![\w.])({_DATE})(?![\d])[ ]+(?:(?:in|a|en|i|w|em)[ ]+[^\W\d_]+(?:-[^\W\d_]+)?[ ]+)?(?:geboren|doğumlu|born|née?|nacid[oa]|nat[oa]|urodzon[ya])\b",
    re.IGNORECASE,
)


def _key_windows(text: str, low: bytes) -> list[tuple[int, int]]:
    """Where a birth key may stand: around each seed, from a little before it (``date of
    birth`` ends in its seed) to room for the date after it. A long text without a key costs
    a few byte searches, not a pass of the pattern."""
    windows: list[tuple[int, int]] = []
    for seed in SEEDS:
        at = low.find(seed)
        while at != -1:
            windows.append((max(0, at - 20), at + 90))
            at = low.find(seed, at + 1)
    if b"?" in low:
        for key in _WIDE_SEEDS:
            at = text.find(key)
            while at != -1:
                windows.append((max(0, at - 4), at + 60))
                at = text.find(key, at + 1)
    windows.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in windows:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


#: a table's header cell naming the birth date column
_HEADER_CELL = re.compile(rf"(?i:{_FIELD_KEY})")
_WHOLE_DATE = re.compile(rf"({_DATE})", re.IGNORECASE)


def scan_birth_date_columns(text: str, out: list[Hit]) -> None:
    """CSV / TSV / ``;`` tables: the cells under a ``dob`` / ``date_of_birth`` header that are
    dates. A header is a line of three or more cells split by one separator."""
    lines = text.split("\n")
    offset = 0
    column: tuple[str, int, int] | None = None  # separator, index, cell count
    for line in lines:
        if column is not None:
            sep, index, count = column
            cells = line.split(sep)
            if len(cells) != count:
                column = None
            else:
                at = offset + sum(len(c) + 1 for c in cells[:index])
                cell = cells[index].strip().strip('"')
                if cell and _WHOLE_DATE.fullmatch(cell):
                    start = text.index(cell, at)
                    out.append((start, start + len(cell), "DATE_OF_BIRTH"))
        if column is None:
            column = _header_column(line)
        offset += len(line) + 1


_SQL_INSERT = re.compile(r"(?i)\(([^()\n]{1,300})\)\s*values\s*\(([^()\n]{1,600})\)")


def scan_birth_date_inserts(text: str, out: list[Hit]) -> None:
    """``INSERT INTO t (name, dob) VALUES ('n', 'd')``: the value in the birth date column."""
    for m in _SQL_INSERT.finditer(text):
        names = m.group(1).split(",")
        values = m.group(2).split(",")
        if len(names) != len(values):
            continue
        at = m.start(2)
        for name, value in zip(names, values, strict=True):
            cell = value.strip().strip("'\"")
            if _HEADER_CELL.fullmatch(name.strip().strip('`"')) and _WHOLE_DATE.fullmatch(cell):
                start = text.index(cell, at)
                out.append((start, start + len(cell), "DATE_OF_BIRTH"))
            at += len(value) + 1


def _header_column(line: str) -> tuple[str, int, int] | None:
    for sep in (",", ";", "\t", "|"):
        cells = line.split(sep)
        if len(cells) >= 3:
            for i, cell in enumerate(cells):
                if _HEADER_CELL.fullmatch(cell.strip().strip('"')):
                    return (sep, i, len(cells))
    return None


def scan_birth_dates(text: str, low: bytes, out: list[Hit]) -> None:
    if b"\n" in low and (b"dob" in low or b"birth" in low or b"geburt" in low or b"nasc" in low):
        scan_birth_date_columns(text, out)
    if b"values" in low:
        scan_birth_date_inserts(text, out)
    for lo, hi in _key_windows(text, low):
        hi = min(hi, len(text))
        found = False
        for m in _DOB.finditer(text, lo, hi):
            out.append((m.start(1), m.end(1), "DATE_OF_BIRTH"))
            found = True
        if found:
            continue
        for pattern, end in ((_ASKED, min(hi + 60, len(text))), (_DATE_THEN_KEY, hi)):
            for m in pattern.finditer(text, max(0, lo - 20), end):
                out.append((m.start(1), m.end(1), "DATE_OF_BIRTH"))
