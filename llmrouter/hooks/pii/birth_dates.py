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
    b"nata", b"urodz", b"ur.", b"f\xf6d", b"do?um", b"naroz", b"f\xf8d", b"n?scut", b"na?ter", b"synty",
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
_DATE = (
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}\.[ ]\d{{1,2}}\.[ ]?\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?[ ]+(?:of[ ]+|de[ ]+)?{_MONTHS}(?:[ ]+de)?,?[ ]+\d{{4}}"
    rf"|{_MONTHS}[ ]+\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+\d{{4}}"
    rf"|\d{{4}}年\d{{1,2}}月\d{{1,2}}日"
    # compact ``19690127`` (Swedish personnummer style), only after a key like every form here
    rf"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
_KEY = (
    r"(?:date of birth|birth ?date|birthday|born(?: on| in)?|dob|d\.o\.b\.?|"
    r"geburtsdatum|geburtstag|geboren(?: am)?|geb\.(?: am)?|"
    r"date de naissance|née?(?: le)?|naissance|"
    r"fecha de nacimiento|f\. de nacimiento|f\. nac\.|nacid[oa](?: el)?|naci[óo](?: el)?|"
    r"data di nascita|nat[oa](?: il)?|"
    r"data de nascimento|nascid[oa](?: em)?|nasceu(?: em)?|"
    r"geboortedatum|geboren(?: op)?|"
    r"data urodzenia|urodzon[ya](?: dnia)?|ur\.|"
    r"födelsedatum|född(?: den)?|"
    r"doğum tarihi|doğum|"
    r"datum narození|narozen[aý]?|narozena dne|fødselsdato|født(?: den)?|data nașterii|data naşterii|"
    r"născut[ăa]?(?: la| pe)?|syntymäaika|syntymäpäivä|syntynyt|"
    r"生年月日|誕生日|出生日期|जन्म तिथि|जन्मतिथि)"
)
_DOB = re.compile(
    rf"(?<![\w])(?i:{_KEY})(?:/[a-z]{{1,2}}|\([a-z]{{1,2}}\))?[\s\"'*]*(?:[:=：][\s\"'*]*)?(?:(?i:is|was|on|am|le|el|il|em|op|the|den|dnia|:)[ ]+)?"
    rf"(?:\(?[^\W\d]{{1,12}}\.?\)?[ ]*[:=]?[ ]*)?(?<!\d)({_DATE})(?![\d])",
    re.IGNORECASE,
)


#: A birth date asked on one line and answered on the next (call transcripts): ``... your date of
#: birth?`` then ``CALLER: Sure, it's 7 September 2002.``
_ASKED = re.compile(
    rf"(?<![\w])(?i:{_KEY})[^\n?]{{0,30}}\?[ \t]*\n[^\n:]{{0,30}}:[ \t]*"
    rf"(?:(?i:sure|yes|okay|ok|yeah|s[íi]|oui|ja|tak|evet|certo|claro|it's|it is|c'est|es|è|é|is|le|el|il|am|op)[,.]?[ ]+){{0,3}}"
    rf"(?<!\d)({_DATE})(?![\d])",
    re.IGNORECASE,
)
#: The key after the date: ``Emre ist am 19.09.1969 geboren``, ``Merve 16.05.1963 doğumlu``.
_DATE_THEN_KEY = re.compile(
    rf"(?<![\w.])({_DATE})(?![\d])[ ]+(?:geboren|doğumlu|born|née?|nacid[oa]|nat[oa]|urodzon[ya])\b",
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


def scan_birth_dates(text: str, low: bytes, out: list[Hit]) -> None:
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
