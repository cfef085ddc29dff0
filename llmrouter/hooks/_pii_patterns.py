"""Built-in PII and secret detection: cheap scans that find candidates, validators that decide.

Every pattern is anchored on something rare (an ``@``, a literal key prefix, a run of digits), so
that text without PII is skimmed at C speed and Python only runs on the few candidates. A shape
alone never makes a finding: cards pass Luhn, IBANs mod-97, SSNs the SSA rules, IPs ``ipaddress``,
JWT headers must decode to JSON with ``alg``, and generic secrets need entropy. Look-alikes
(versions, UUIDs, hashes, timestamps, ISBNs, order numbers) fail one of those checks or a context
rule, and are left alone.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import math
import operator
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "ALL_TYPES",
    "SECRET_TYPES",
    "BuiltinDetector",
    "Detector",
    "Finding",
    "iban_valid",
    "luhn_valid",
    "shannon_entropy",
    "ssn_valid",
]

#: Secret entity types; the name ``SECRET`` in modes/entities stands for all of them.
SECRET_TYPES = frozenset({"API_KEY", "AWS_ACCESS_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "SECRET"})
PII_TYPES = frozenset({"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"})
ALL_TYPES = PII_TYPES | SECRET_TYPES

# Which finding wins an overlap: a specific secret beats the generic assignment that holds it,
# and a validated number beats a phone shape that happens to cover it.
_PRIORITY = {
    "PRIVATE_KEY": 90,
    "JWT": 80,
    "API_KEY": 80,
    "AWS_ACCESS_KEY": 80,
    "PASSWORD": 75,
    "SECRET": 50,
    "EMAIL": 70,
    "IBAN": 70,
    "CREDIT_CARD": 65,
    "US_SSN": 65,
    "IP_ADDRESS": 60,
    "PHONE": 55,
}


@dataclass(slots=True)
class Finding:
    """One detected span; ``score`` lets NER plug-ins say how sure they are (validators say 1.0).

    Not frozen: a frozen dataclass costs three times as much to build, and detection builds one
    per finding on the hot path."""

    start: int
    end: int
    entity_type: str
    score: float = 1.0


@runtime_checkable
class Detector(Protocol):
    """What a detector plug-in implements; findings may overlap, the redactor resolves them."""

    def detect(self, text: str) -> list[Finding]: ...


_START = operator.attrgetter("start")

#: A finding inside the detector: ``(start, end, entity_type)``, score 1.0. Tuples cost a third
#: of a dataclass to build; :class:`Finding` objects are made once, for the ones that survive.
_Hit = tuple[int, int, str]
_FIRST = operator.itemgetter(0)
_FIRST_TWO = operator.itemgetter(0, 1)


def _rank(hit: _Hit) -> tuple[int, int, int]:
    return (-_PRIORITY.get(hit[2], 40), hit[0] - hit[1], hit[0])


def _resolve_hits(hits: list[_Hit]) -> list[_Hit]:
    """:func:`resolve_overlaps` for the detector's own tuples (all scores are 1.0)."""
    if len(hits) < 2:
        return hits
    hits.sort(key=_FIRST)
    prev_end = -1
    for h in hits:
        if h[0] < prev_end:
            break
        prev_end = h[1]
    else:
        return hits
    kept: list[_Hit] = []
    for cand in sorted(hits, key=_rank):
        cs, ce = cand[0], cand[1]
        for k in kept:
            if ce > k[0] and cs < k[1]:
                break
        else:
            kept.append(cand)
    kept.sort(key=_FIRST)
    return kept


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keeps a non-overlapping set, preferring specific types, then longer spans, then scores,
    so that ``token=sk-...`` is one API_KEY and not a SECRET around it."""
    if len(findings) < 2:
        return list(findings)
    ordered = sorted(findings, key=_START)
    prev_end = -1
    for f in ordered:
        if f.start < prev_end:
            break
        prev_end = f.end
    else:
        return ordered
    ranked = sorted(
        findings,
        key=lambda f: (-_PRIORITY.get(f.entity_type, 40), -(f.end - f.start), -f.score, f.start),
    )
    kept: list[Finding] = []
    for cand in ranked:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda f: f.start)
    return kept


# --------------------------------------------------------------------------------------------
# Validators
# --------------------------------------------------------------------------------------------


_PLAIN = {str(i): i for i in range(10)}
_DOUBLED = {str(i): (2 * i if i < 5 else 2 * i - 9) for i in range(10)}


# Every second digit from the right is doubled and its digits summed: ``7`` -> 14 -> ``5``. The
# table does that per character, and the digit sum of the result is the byte sum minus 48 each.
_LUHN_DOUBLE = str.maketrans("0123456789", "0246813579")


def luhn_valid(digits: str) -> bool:
    """Luhn mod-10; a random digit string passes one time in ten, so it is never used alone."""
    if not (digits.isascii() and digits.isdigit()):
        total = sum(map(_PLAIN.__getitem__, digits[-1::-2])) + sum(map(_DOUBLED.__getitem__, digits[-2::-2]))
        return total % 10 == 0
    folded = (digits[-1::-2] + digits[-2::-2].translate(_LUHN_DOUBLE)).encode()
    return (sum(folded) - 48 * len(folded)) % 10 == 0


def _card_prefix_ok(digits: str) -> bool:
    """Issuer ranges (Visa, Mastercard incl. 2-series, Amex, Discover, JCB, Diners, UnionPay,
    Maestro): drops Luhn-valid order numbers and timestamps, which mostly start with 1, 7-9."""
    n = len(digits)
    first = digits[0]
    if first == "4":
        return n in (13, 16, 19)
    if first == "5":
        return n >= 12
    if first == "6":
        return n >= 12
    if first == "3":
        two = digits[:2]
        if two in ("34", "37"):
            return n == 15
        return two in ("30", "35", "36", "38", "39") and n >= 14
    if first == "2":
        four = int(digits[:4])
        if 2200 <= four <= 2204:  # Mir
            return 16 <= n <= 19
        return 2221 <= four <= 2720 and n == 16
    return False


_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


_IBAN_DIGITS = {ord(ch): str(i + 10) for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def iban_valid(iban: str) -> bool:
    """ISO 13616: registry length for the country and mod-97 == 1 over the rearranged string."""
    s = iban.replace(" ", "").upper()
    if _IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit() or not s.isalnum():
        return False
    return int((s[4:] + s[:4]).translate(_IBAN_DIGITS)) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    return area != "000" and area != "666" and area[0] != "9" and group != "00" and serial != "0000"


_CLOGC = [0.0] + [c * math.log2(c) for c in range(1, 1025)]


def shannon_entropy(value: str) -> float:
    """Bits per character; random keys score 4+, words and ``changeme`` stay under 3."""
    if not value:
        return 0.0
    n = len(value)
    # H = log2(n) - sum(c * log2(c)) / n, with c*log2(c) from a table: no Python frame per char.
    counts = map(value.count, set(value))
    if n < len(_CLOGC):
        return max(0.0, math.log2(n) - sum(map(_CLOGC.__getitem__, counts)) / n)
    return max(0.0, math.log2(n) - sum(c * math.log2(c) for c in counts) / n)


def _b64url_json(part: str) -> object:
    padded = part + "=" * (-len(part) % 4)
    try:
        return json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


# --------------------------------------------------------------------------------------------
# Numbers: one scan for digit runs, shapes tried on the groups of each run
# --------------------------------------------------------------------------------------------

# One pass finds both digit runs and IBAN heads (two capitals, two digits): charset scans are
# the slow part of ``re``, so there is only one, and it runs over a copy of the text in which
# every ASCII digit reads ``0`` (one byte per character, so offsets agree): a literal first
# character lets ``re`` skip ahead in a tight loop instead of testing a character class at every
# position, which is ten times faster. On the text itself this is
# ``\d(?:(?P<iban>\d(?<=[A-Z]{2}\d\d)(?=[ ]?[A-Z0-9]{4}[ ]?[A-Z0-9]{3}))|[\d().\-/ ]{5,}\d)``.
_RUN_ZERO = re.compile(rb"0(?:(?P<iban>0(?<=[A-Z]{2}00)(?=[ ]?[A-Z0]{4}[ ]?[A-Z0]{3}))|[0().\-/ ]{5,}0)")
_ZERO_DIGITS = bytes(48 if 48 <= i <= 57 else i for i in range(256))
_GROUP = re.compile(r"\d+", re.ASCII)
_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")

_IPV4 = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}", re.ASCII)
_SSN = re.compile(r"(\d{3})([- ])(\d{2})\2(\d{4})", re.ASCII)
_CARD = re.compile(
    r"\d{13,19}|\d{4}([ \-])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{3})?|\d{4}([ \-])\d{6}\2\d{4,5}", re.ASCII
)
#: Grouped card numbers as printed anywhere: a 4-6 digit head, then up to four groups split by
#: spaces and/or dashes (mixed is seen when people retype), or all by dots.
_CARD_GROUPED = re.compile(
    r"\d{4,6}(?:(?:[ \-]\d{2,13}){0,3}[ \-]\d{1,13}|(?:\.\d{2,13}){0,3}\.\d{1,13})", re.ASCII
)
_CARDISH = re.compile(r"\d{4}(?:[ \-]\d{4}){2,4}(?:[ \-]\d{1,4})?")
_PHONE_INTL = re.compile(r"(?:\+|00)[1-9]\d{0,3}(?:[ .\-]?\(0\)[ ]?)?(?:[ .\-/]?\(?\d{1,5}\)?){1,6}")
#: ``(415) 555-2671``, ``(415)-555-2671`` (retyped from a form), ``1 (800) 555-0199``.
_PHONE_US = re.compile(r"(?:1[ .\-])?(?:\(\d{3}\)[ \-]?|\d{3}([ .\-]))\d{3}[ .\-]\d{4}")
_PHONE_DOMESTIC = re.compile(r"(?:\(0\d{1,4}\)[ ]?|0\d{1,4}(?:[ \-/]|[ ]/[ ])?)\d{2,8}(?:[ \-]\d{2,6}){0,4}")
_PHONE_IN = re.compile(r"0?[6-9]\d{4}[ \-]\d{5}")
_EXT = re.compile(r"(?:x|ext\.?|extension)\s?\d{1,6}(?![\w])", re.IGNORECASE | re.ASCII)
#: An extension after a space or comma: ``555-0100 x12``, ``555-0100, ext. 7``, ``Durchwahl -12``,
#: ``555-0100 (ext. 7)``.
_EXT_SPACED = re.compile(
    r",? ?(?:x|ext\.?|extension|durchwahl|poste|anexo|interno|int\.)\s?:?\s?\d{1,6}(?![\w])"
    r"| \((?:x|ext\.?|extension)\s?:?\s?\d{1,6}\)",
    re.IGNORECASE | re.ASCII,
)
#: A national number the way people space it anywhere (``683 19 99 84``, ``8 (991) 169-63-75``,
#: ``(61) 95863-6430``, ``06.12.34.56.78``): taken only after a phone word (``_phone_context``).
_PHONE_LOOSE = re.compile(r"(?:\(\d{1,4}\)|\d{1,5})(?:(?:[ .\-]|[ ]-[ ])\(?\d{2,5}\)?){1,5}", re.ASCII)


#: Eight digits in groups of two to four, split by single spaces.
_SPACED_8 = re.compile(r"\d{2,4}(?: \d{2,4}){1,3}", re.ASCII)
#: A phone label ending just before the number (only ``.``, ``:`` and spaces between).
_LABEL_JUST_BEFORE = re.compile(
    r"(?:\b(?:tel|tlf|tfn|fon|ph|mob|mobil|mobile|cell|handy|natel|gsm|puh|cel|phone|fax)|telefon\w*"
    r"|telefoon\w*|tel[eé]fono|t[eé]l[eé]phone|tél|telem[oó]vel|móvil|celular|тел\w*|τηλ\w*)"
    r"[ \t]*\.?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


_PRERELEASE = re.compile(r"-(?:alpha|beta|rc|dev)")
#: Octets ``ipaddress.IPv4Address`` accepts: 0-255 without leading zeros.
_OCTETS = frozenset(str(i) for i in range(256))


def _digits(s: str) -> str:
    """``s`` without `` ().-/+``; number candidates are ASCII, so bytes do it in C."""
    return s.encode().translate(None, b" ().-/+").decode()


_ASCII_WORD = re.compile(r"[a-z]+", re.ASCII)


def _last_words(text: str, s: int, n: int = 2) -> list[str]:
    """The last ``n`` ASCII words before ``s``, lower-cased: context rules look at words, not
    at a regex run backwards (which ``re`` cannot do cheaply). ASCII so that ``番号version``
    and ``BUILD_ID=firmware`` still end in the word that matters."""
    return _ASCII_WORD.findall(text[max(0, s - 32) : s].lower())[-n:]


_VERSION_WORDS = frozenset(
    {"version", "ver", "release", "build", "rev", "firmware", "patch", "update", "v",
     "section", "sec", "chapter", "clause", "paragraph", "para", "figure", "fig", "table",
     "appendix", "article", "art", "step", "oid", "tag", "kernel", "driver", "bios"}
)  # fmt: skip
_VERSION_OPS = ("==", ">=", "<=", "~=", "^", "@", ">", "<", "~")
_NOT_CARD_WORDS = frozenset(
    {"order", "invoice", "tracking", "ref", "reference", "ticket", "acct", "account", "isbn",
     "id", "no", "nr", "bestellung", "rechnung", "auftrag", "commande", "pedido", "factura"}
)  # fmt: skip


_CARD_WORDS = frozenset(
    {"card", "cc", "credit", "debit", "visa", "mastercard", "amex", "karte", "kreditkarte",
     "carte", "tarjeta", "pan", "cart", "maestro", "jcb", "discover", "unionpay", "mir"}
)  # fmt: skip


def _id_context(text: str, s: int) -> bool:
    """``order 4111...``, ``invoice no. 4111...``: the number names a record, not a person
    (but ``card no. 4111...`` is a card)."""
    words = _last_words(text, s, 3)
    if not words:
        return False
    if any(w in _CARD_WORDS for w in words):
        return False
    words = words[-2:]
    if words[-1] in _NOT_CARD_WORDS:
        return True
    return len(words) == 2 and words[-1] in ("number", "num") and words[0] in _NOT_CARD_WORDS


def _version_context(text: str, s: int) -> bool:
    before = text[max(0, s - 3) : s].rstrip()
    if before.endswith(_VERSION_OPS):
        return True
    return any(w in _VERSION_WORDS for w in _last_words(text, s, 1))


def _classify_number(text: str, s: int, e: int) -> str | None:
    """The entity type of ``text[s:e]`` if some shape fits it exactly and its validator agrees.

    Cheap length and character checks choose which shapes to try, so a run costs one or two
    ``fullmatch`` calls, not one per entity type.
    """
    cand = text[s:e]
    first = cand[0]
    d = _digits(cand)
    nd = len(d)
    if first == "+" or (first == "0" and cand.startswith("00")):
        if _PHONE_INTL.fullmatch(cand) is not None:
            dd = _digits(cand.replace("(0)", "")) if "(0)" in cand else d
            ok = True
            if first == "0":
                dd = dd[2:]
                ok = nd != len(cand)  # ``00`` numbers need a separator to be phones
            if ok and 8 <= len(dd) <= 15 and len(set(dd)) > 2:
                return "PHONE"
        if first == "+":
            return None
    dots = cand.count(".")
    if dots == 3 and nd <= 12 and _IPV4.fullmatch(cand):
        a, b, c, d4 = cand.split(".")
        if a not in _OCTETS or b not in _OCTETS or c not in _OCTETS or d4 not in _OCTETS:
            return None
        if _version_context(text, s) or _PRERELEASE.match(text, e):
            return None
        return "IP_ADDRESS"
    if nd == 9 and len(cand) == 11:
        m = _SSN.fullmatch(cand)
        if m is not None:
            return "US_SSN" if ssn_valid(m.group(1), m.group(3), m.group(4)) else None
    if 13 <= nd <= 19:
        card = (
            (nd == len(cand) or _CARD_GROUPED.fullmatch(cand) is not None)
            and _card_prefix_ok(d)
            and luhn_valid(d)
        )
        return "CREDIT_CARD" if card and not _id_context(text, s) else None
    if nd == 8:
        # Eight-digit plans without a trunk prefix (DK, NO, SG, HK): ``12 34 56 78``, ``9123 4567``.
        # Spaces only (dates and versions use dots, dashes and slashes), not year-first
        # (``2024 0315``), and only right after a label: ``Tlf. 12 34 56 78``, not ``mobile app
        # 12 34 56 78`` or ``called on ...``.
        if (
            _SPACED_8.fullmatch(cand) is not None
            and len(set(d)) > 2
            and not (cand[:2] in ("19", "20") and cand[4:5] == " ")
            and not _id_context(text, s)
            and _LABEL_JUST_BEFORE.search(text, max(0, s - 24), s) is not None
        ):
            return "PHONE"
        return None
    if nd < 9 or nd > 12:
        return None
    if first == "(" or first.isdigit():
        if nd in (10, 11) and _PHONE_US.fullmatch(cand) is not None:
            u = d[1:] if nd == 11 else d
            if u[0] in "23456789" and u[3] in "23456789" and len(set(u)) > 2:
                return "PHONE"
        if (
            (first == "0" or cand.startswith("(0"))
            and d[1] != "0"
            and _PHONE_DOMESTIC.fullmatch(cand)
            # bare digits only for UK mobiles and geographic numbers (07..., 01...)
            and (nd != len(cand) or (nd == 11 and d[:2] in ("07", "01")))
        ):
            return "PHONE"
        if nd in (10, 11) and _PHONE_IN.fullmatch(cand):
            return "PHONE"
        if nd == len(cand):
            if 10 <= nd <= 12 and _phone_context(text, s):
                return "PHONE"
        elif _PHONE_LOOSE.fullmatch(cand) and len(set(d)) > 2 and _phone_context(text, s):
            return "PHONE"
    return None


# Words that announce a phone number, in the languages we see most; a bare run of ten digits is
# a phone number only after one of them (or under a CSV column so named), never on its own.
_PHONE_WORDS = re.compile(
    r"phone|tel\b|tel\.|telephone|mobile|cell|fax|call|whatsapp|sms|text me|contact|reach"
    r"|telefon|handy|rufnummer|erreichen|erreichbar|téléphone|tél|portable|appel|contacter|teléfono|"
    r"llám|móvil|celular|फ़ोन|फोन|कॉल|मोबाइल|電話|携帯|連絡"
    r"|hotline|\bph\b|\bmob\b|\btlf|\btel:|телефон|звон|전화|手机|电话|联系"
    # Nordic, Dutch, Portuguese, Italian, Greek and Russian labels (``Mobil``, ``Tfn``, ``Puh.``,
    # ``GSM:``, ``Telefoon``, ``Telemóvel``, ``Natel``, ``тел.``, ``Τηλ.``), "call" verbs, and
    # WhatsApp click-to-chat links (``wa.me/<number>``); the short ones need their ``.``/``:``
    # (``GSM 900 1800 1900`` names radio bands)
    r"|\bmobil\b|telefo|telem[oó]vel|\bgsm[.:]|\bcel[.:]|\bpuh[.:]|\btfn\b|natel|тел|τηλ"
    r"|ligue|chiam|anruf|wa\.me/",
    re.IGNORECASE,
)


def _phone_context(text: str, s: int) -> bool:
    before = text[max(0, s - 40) : s]
    if _id_context(text, s):
        return False
    if _PHONE_WORDS.search(before):
        return True
    # Postpositions put the word after the number ("... पर कॉल करें", "...に電話").
    end = s
    while end < len(text) and text[end].isdigit():
        end += 1
    if _PHONE_WORDS.search(text, end, end + 16):
        return True
    # CSV: the header names the column this value sits in.
    line_start = text.rfind("\n", 0, s) + 1
    if line_start == 0 or "," not in text[line_start:s]:
        return False
    column = text.count(",", line_start, s)
    header = text[: text.find("\n")].split(",")
    return column < len(header) and _PHONE_WORDS.search(header[column]) is not None


_IPV4_CIDR = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})/\d{1,2}(?![\d.])", re.ASCII)


def _scan_cidr(text: str, rs: int, re_: int, out: list[_Hit]) -> bool:
    found = False
    for m in _IPV4_CIDR.finditer(text, rs, re_):
        if all(o in _OCTETS for o in m.group(1).split(".")) and not _version_context(text, m.start()):
            out.append((m.start(1), m.end(1), "IP_ADDRESS"))
            found = True
    return found


def _phone_end(text: str, e: int) -> int:
    """``e``, or the end of an extension written after the number."""
    if e < len(text) and text[e] in " ,":
        m = _EXT_SPACED.match(text, e)
        if m is not None:
            return m.end()
    return e


#: Typography puts no-break spaces (French, Swiss, Nordic text), thin spaces and en dashes (word
#: processors' autocorrect) between the groups of a number. The number scan reads them as the
#: ASCII space and hyphen, one character for one, so that offsets do not move.
_FOLD_SEPARATORS = {
    0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ",
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2212: "-",
}  # fmt: skip
_ODD_SEPARATORS = tuple(map(chr, _FOLD_SEPARATORS))


def _has_odd_separator(text: str) -> bool:
    # ``in`` per character: a wide character is rejected at once by a one-byte-per-character
    # string, so Latin text pays only for the no-break space, and no text pays a regex class scan.
    return any(ch in text for ch in _ODD_SEPARATORS)


def _scan_numbers(text: str, zeroed: bytes, out: list[_Hit]) -> None:
    """``zeroed`` is the text as one byte per character with every digit replaced by ``0``."""
    n = len(text)
    skip_to = 0
    for run in _RUN_ZERO.finditer(zeroed):
        rs, re_ = run.span()
        if rs < skip_to:
            continue
        if run.lastgroup == "iban":
            end = _iban_at(text, rs - 2)
            if end > 0:
                out.append((rs - 2, end, "IBAN"))
                skip_to = end
            elif end < 0:
                skip_to = -end  # IBAN-shaped but failing mod-97: one number, leave it whole
            continue
        # A run glued to a word (hash, UUID, ``ORD123``, ``v1.2.3.4``) is an identifier.
        if rs > 0 and text[rs - 1] in _WORDISH:
            continue
        if rs > 1 and text[rs - 1] in "-." and text[rs - 2] in _WORDISH:
            continue
        if text[rs:re_].count("/") and text.count(".", rs, re_) >= 3:
            # CIDR ``10.0.0.0/8``: the address is the finding, the prefix length stays visible.
            if _scan_cidr(text, rs, re_, out):
                continue
        end_glued = re_ < n and text[re_] in _WORDISH
        ext_end = 0
        if end_glued and text[re_] in "xXe":
            ext = _EXT.match(text, re_)
            if ext is not None:
                end_glued, ext_end = False, ext.end()
        if not end_glued:
            # Fast path: most runs are one entity or one look-alike.
            cs = (
                rs - 1
                if rs > 0 and text[rs - 1] in "+(" and (rs == 1 or text[rs - 2] not in _WORDISH)
                else rs
            )
            kind = _classify_number(text, cs, re_)
            if kind is None and cs != rs:
                kind = _classify_number(text, rs, re_)
                cs = rs
            if kind is not None:
                end = re_
                if kind == "PHONE":
                    end = ext_end or _phone_end(text, re_)
                out.append((cs, end, kind))
                continue
        run_text = text[rs:re_]
        if " " not in run_text or _CARD.fullmatch(run_text) or _CARDISH.fullmatch(run_text):
            # Only a space separates entities; a card-shaped run that failed Luhn is one
            # number, not a phone hiding in its last groups.
            continue
        groups = [(g.start(), g.end()) for g in _GROUP.finditer(text, rs, re_)][:16]
        k = len(groups)
        # A sub-run may only start or stop where the separator holds a space: ``1.2.3.4.5``
        # and ``4111-1111-1111-1111-2`` are one number, not an IP or a card plus a digit.
        cut = [True] + [" " in text[groups[g - 1][1] : groups[g][0]] for g in range(1, k)] + [True]
        # Digits grouped like a card are one number: no phone is looked for inside them.
        cardish = [m.span() for m in _CARDISH.finditer(text, rs, re_)]
        i = 0
        while i < k:
            if not cut[i]:
                i += 1
                continue
            found = False
            for j in range(k - 1, i - 1, -1):
                if not cut[j + 1] or (j == k - 1 and end_glued):
                    continue
                s = groups[i][0]
                e = groups[j][1]
                if e - s < 7:
                    break
                if cardish and any(bs < e and s < be and (bs, be) != (s, e) for bs, be in cardish):
                    continue
                cands = [s]
                if s > 0 and text[s - 1] in "+(" and (s == 1 or text[s - 2] not in _WORDISH):
                    cands.insert(0, s - 1)
                for cs in cands:
                    kind = _classify_number(text, cs, e)
                    if kind is not None:
                        out.append((cs, _phone_end(text, e) if kind == "PHONE" else e, kind))
                        found = True
                        break
                if found:
                    i = j + 1
                    break
            if not found:
                i += 1


# --------------------------------------------------------------------------------------------
# IBAN, e-mail, IPv6
# --------------------------------------------------------------------------------------------

_EMAIL_DOMAIN = re.compile(
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-])"
)
_IBAN_BODY = re.compile(r"[A-Za-z0-9]{4}(?: ?[A-Za-z0-9]+)*", re.ASCII)
_LOCAL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-"
_LOCAL_LEAD = frozenset(".'!#$%&*+/=?^`{|}~-")
_RETINA = re.compile(r"\d+x\.")
_IPV6_SEED = re.compile(r":[0-9A-Fa-f]{0,4}:")
_IPV6_CHARS = frozenset("0123456789abcdefABCDEF:.")


def _iban_at(text: str, s: int) -> int:
    """End of a valid IBAN starting at ``s``; minus the end for a full-length IBAN shape that
    fails mod-97; 0 for anything else."""
    if s > 0 and text[s - 1] in _WORDISH:
        return 0
    length = _IBAN_LENGTHS.get(text[s : s + 2])
    if length is None:
        return 0
    # Take exactly the registry length, allowing single spaces between groups: words after the
    # IBAN ("... BIC COBADEFF") are never swallowed.
    body = _IBAN_BODY.match(text, s)
    if body is None:
        return 0
    count, i = 0, s
    for part in body.group().split(" "):
        take = min(len(part), length - count)
        count += take
        i += take
        if count == length:
            if take < len(part):
                return 0  # glued to more characters: not this IBAN
            break
        i += 1  # the space
    if count != length or (i < len(text) and text[i] in _WORDISH):
        return 0
    return i if iban_valid(text[s:i]) else -i


def _scan_email(text: str, out: list[_Hit]) -> None:
    for m in _EMAIL_DOMAIN.finditer(text):
        at = m.start()
        # The longest run of local-part characters (at most 64) ending at ``@``; a newline just
        # before the ``@`` is skipped over, as ``$`` did in the regex this replaces.
        lo = max(0, at - 64)
        end = at - 1 if at > 0 and text[at - 1] == "\n" else at
        if end <= lo:
            continue
        window = text[lo:end]
        kept = len(window.rstrip(_LOCAL_CHARS))
        if kept == len(window):
            continue
        i = lo + kept
        # ``=``, ``/``, ``|`` are legal in a local part but in practice separate it from a key
        # (``ADMIN_EMAIL=a@b.c``, ``mailto/a@b.c``): the address starts after the last one.
        local = text[i:at]
        cut = max(local.rfind("="), local.rfind("/"), local.rfind("|"), local.rfind("`"))
        if cut >= 0:
            i += cut + 1
        # Legal but, at the start, markup around the address (``{a@b.c}``, ``**a@b.c**``).
        while i < at and text[i] in _LOCAL_LEAD:
            i += 1
        if i == at:
            continue
        # ``scheme://user:pass@host`` is URL userinfo (the password is found elsewhere), not an
        # address; ``mailto:a@b.c`` and ``Email:a@b.c`` are addresses.
        if i > 0 and text[i - 1] == ":" and "//" in text[max(0, i - 160) : i].rsplit(None, 1)[-1]:
            continue
        domain = m.group(1)
        if _RETINA.match(domain):  # icon@2x.png
            continue
        out.append((i, m.end(), "EMAIL"))


def _scan_ipv6(text: str, out: list[_Hit]) -> None:
    pos = 0
    n = len(text)
    while True:
        m = _IPV6_SEED.search(text, pos)
        if m is None:
            return
        s = m.start()
        while s > 0 and text[s - 1] in _IPV6_CHARS:
            s -= 1
        e = m.end()
        while e < n and text[e] in _IPV6_CHARS:
            e += 1
        pos = e
        # A sentence may end the address (``.``, ``:``) but ``2001:db8::`` ends in ``::``.
        cand = text[s:e].rstrip(".")
        if cand.endswith(":") and not cand.endswith("::"):
            cand = cand.rstrip(":")
        lead = len(cand) - len(cand.lstrip(":"))
        if lead > 2:
            continue
        if (s > 0 and text[s - 1] in _WORDISH) or (e < n and text[e] in _WORDISH):
            continue
        if len(cand) < 3 or cand.count(":") < 2 or (len(cand) < 6 and not cand.startswith("::")):
            continue
        try:
            ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        if not any(ch.isdigit() for ch in cand):
            continue
        out.append((s, s + len(cand), "IP_ADDRESS"))


# --------------------------------------------------------------------------------------------
# Secrets with a vendor prefix: prefiltered with ``in``, then a literal-first regex
# --------------------------------------------------------------------------------------------

_B = r"(?![A-Za-z0-9_\-])"


def _has_mix(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _jwt_ok(text: str, m: re.Match[str]) -> bool:
    header = _b64url_json(m.group(0).split(".", 1)[0])
    return isinstance(header, dict) and "alg" in header


def _min_entropy(bits: float) -> Callable[[str, re.Match[str]], bool]:
    def check(text: str, m: re.Match[str]) -> bool:
        v = m.group(m.lastindex or 0)
        return shannon_entropy(v) >= bits

    return check


def _always(text: str, m: re.Match[str]) -> bool:
    return True


_PREFIXED: list[tuple[tuple[str, ...], re.Pattern[str], str, Callable[[str, re.Match[str]], bool]]] = [
    (
        ("-----BEGIN",),
        re.compile(
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"(?:[\s\S]{0,10000}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"|(?:(?:[ \t\r\n]|\\n|\\r)*[A-Za-z0-9+/=]{16,})*)"
        ),
        "PRIVATE_KEY",
        _always,
    ),
    (
        ("eyJ",),
        re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*" + _B),
        "JWT",
        _jwt_ok,
    ),
    (
        ("sk-",),
        re.compile(r"sk-(?<![A-Za-z0-9_\-]sk-)(?:ant-|proj-|svcacct-|admin-)?([A-Za-z0-9_\-]{20,})" + _B),
        "API_KEY",
        _min_entropy(3.0),
    ),
    (
        ("AKIA", "ASIA"),
        re.compile(r"A(?:KIA|SIA)(?<![A-Za-z0-9].{4})[A-Z2-7]{16}(?![A-Za-z0-9])"),
        "AWS_ACCESS_KEY",
        _always,
    ),
    (
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        re.compile(r"gh[pousr]_(?<![A-Za-z0-9].{4})([A-Za-z0-9]{36,255})(?![A-Za-z0-9])"),
        "API_KEY",
        _min_entropy(3.0),
    ),
    (
        ("github_pat_",),
        re.compile(r"github_pat_([A-Za-z0-9_]{50,255})(?![A-Za-z0-9_])"),
        "API_KEY",
        _min_entropy(3.0),
    ),
    (
        ("xox",),
        re.compile(r"xox[baprs]-(?<![A-Za-z0-9].{5})([A-Za-z0-9\-]{10,250})" + _B),
        "API_KEY",
        _min_entropy(2.5),
    ),
    (("AIza",), re.compile(r"AIza(?<![A-Za-z0-9_\-].{4})[0-9A-Za-z_\-]{35}" + _B), "API_KEY", _always),
    (
        ("_live_", "_test_"),
        re.compile(r"(?<![A-Za-z0-9])(?:sk|rk|pk)_(?:live|test)_([0-9A-Za-z]{10,247})(?![A-Za-z0-9])"),
        "API_KEY",
        _min_entropy(3.0),
    ),
]

_URL_USERINFO = re.compile(r"://([^\s:/@?#\[\]\"'<>]{0,128}):([^\s/?\"'<>]{1,256})@(?=[A-Za-z0-9\[])")
_BEARER = re.compile(r"bearer\s+([A-Za-z0-9_\-.~+/]{16,}=*)", re.IGNORECASE)

# Generic assignments: found by keyword on lowered text, then one anchored match.
# Each keyword is its own literal-prefixed regex (as fast as ``str.find``) that already drops
# words running on into letters ("keyboard", "tokens", "passport"), so Python only sees real keys.
# They run over the lower-cased text as one byte per character (see ``_lowered``).
_KEYWORDS = tuple(
    re.compile(p)
    for p in (
        rb"pass(?:word|wd|phrase|wort|ord|e)?(?![a-z])",  # ``passwort``, ``mot de passe``, ``passord``
        rb"pwd(?![a-z])",
        rb"secret(?![a-z])",
        rb"token(?![a-z])",
        rb"key(?![a-z])",
        rb"credentials?(?![a-z])",
        rb"kennwort(?![a-z])",
        rb"parola(?![a-z])",
        rb"pw(?![a-z])",
    )
)
_PASSWORD_WORDS = frozenset(
    {
        b"password",
        b"passwd",
        b"passphrase",
        b"pwd",
        b"pass",
        b"passwort",
        b"passe",
        b"passord",
        b"kennwort",
        b"parola",
        b"pw",
    }
)
_KEY_COMPOUNDS = frozenset({b"api", b"access", b"secret", b"private", b"auth", b"signing", b"master",
                            b"ssh", b"encryption", b"client", b"app", b"service", b"license",
                            b"account", b"_", b"-", b"",
                            # ``"SecretAccessKey"`` (AWS STS JSON), ``SharedAccessKey=`` (Azure)
                            b"secretaccess", b"sharedaccess"})  # fmt: skip
_LOWER_LETTERS = b"abcdefghijklmnopqrstuvwxyz"

# Six scans cost six passes over the text; this finds every place any keyword may start in one.
# In a copy of the lowered text ``p``, ``c``, ``k`` read ``\x01`` and ``a``, ``w``, ``e``, ``r`` read
# ``\x02``, so every keyword holds the pair ``\x01\x02`` (``PAss``, ``PWd``, ``seCRet``, ``toKEn``,
# ``KEy``, ``CRedential``): a two-byte literal that ``re`` skips to in a tight loop, stopping about
# 80 times in 4 KB of prose. What follows the pair tells the keywords apart (the branches exclude
# each other) and may admit a few extra words, never fewer; each candidate is then matched with
# the keyword's own regex, so the hits are exactly those of the six scans.
_KW_CLASSES = bytes(1 if i in b"pck" else 2 if i in b"awer" else 3 if i in (1, 2) else i for i in range(256))
_KW_END = rb"(?![a-z\x01\x02])"
_KW_SCAN = re.compile(
    rb"\x01\x02(?:ss(?:\x02o\x02d|\x02d|\x01h\x02\x02s\x02|\x02o\x02t|o\x02d|\x02)?" + _KW_END + rb"(?P<k0>)"
    rb"|d" + _KW_END + rb"(?P<k1>)"
    rb"|\x02(?:t(?<=s\x02\x01\x02\x02t)" + _KW_END + rb"(?P<k2>)|d\x02nti\x02ls?" + _KW_END + rb"(?P<k5>)"
    rb"|ol\x02" + _KW_END + rb"(?P<k7>))"  # PArola
    rb"|n(?:(?<=to\x01\x02n)" + _KW_END + rb"(?P<k3>)|n\x02o\x02t" + _KW_END + rb"(?P<k6>))"  # KEnnwort
    rb"|y" + _KW_END + rb"(?P<k4>)"
    # ``PW`` standing alone before a space, ``:`` or ``=``: a two-letter word is rare, and
    # taking the next byte before looking behind keeps this branch as cheap as a literal
    rb"|[ \t:=](?<![a-z\x01\x02]\x01\x02[ \t:=])(?P<k8>))"
)
# group name -> (index in ``_KEYWORDS``, how far the keyword starts before the pair)
_KW_GROUPS = {"k0": (0, 0), "k1": (1, 0), "k2": (2, 2), "k3": (3, 2), "k4": (4, 0), "k5": (5, 0),
              "k6": (6, 0), "k7": (7, 0), "k8": (8, 0)}  # fmt: skip


def _keyword_hits(low: bytes) -> list[tuple[int, int, re.Match[bytes]]]:
    """``(keyword index, start, match)`` for every match of every ``_KEYWORDS`` regex, in the
    order the six ``finditer`` scans would give them (keyword matches never overlap their own)."""
    hits: list[tuple[int, int, re.Match[bytes]]] = []
    for m in _KW_SCAN.finditer(low.translate(_KW_CLASSES)):
        idx, back = _KW_GROUPS[m.lastgroup or ""]
        start = m.start() - back
        exact = _KEYWORDS[idx].match(low, start)
        if exact is not None:
            hits.append((idx, start, exact))
    if len(hits) > 1:
        hits.sort(key=_FIRST_TWO)
    return hits


_ASSIGN_TAIL = re.compile(
    r"([A-Za-z0-9_\-]*)(\\?[\"'])?(\s*)(=>|:=|=|:)(\s*)"
    r"(?:\\?\"((?:[^\"\\\n]|\\[^\"\n])*)\\?\"|\\?'([^'\n]*)'|([^\s\"',;<>()\[\]{}]+))"
)
_KEY_STOP = ("url", "uri", "path", "file", "type", "count", "len", "limit", "max", "min",
             "ttl", "expir", "name", "header", "field", "endpoint", "id", "hint", "policy",
             "reset", "prompt", "label", "size", "format", "mode", "version")  # fmt: skip
_PLACEHOLDER_VALUE = re.compile(
    r"^(?:\$|\{|%[sd]$|%\(|<|=|\*{2,}|x{3,}|\.{3}|\[|os\.|process\.|env\b|getenv|null$|none$|nil$|true$|"
    r"false$|undefined$|redacted|changeit$|your[_\-]|\?+$)",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


# Where a vendor prefix may start. The text is copied with ``-``, ``_``, ``A`` and ``J`` all read as
# ``\x01`` (one byte per character), so one literal-first scan stands in for a dozen ``in``
# tests: it stops only at those four characters and names, in an empty group, the family of
# every prefix that may hold there. Collapsing the four makes it see a few extra prefixes
# (``sk_``), never fewer; the family's own regex then decides. Prefixes that end at the mark
# (looked for behind) cannot overlap each other, nor can those that start at it, so one of each
# kind per mark is all there can be.
_MARKS = bytes(1 if i in (0x2D, 0x5F, 0x41, 0x4A) else i for i in range(256))
_PREFIX_MARK = re.compile(
    rb"\x01(?:(?:(?<=sk\x01)(?P<sk>)|(?<=key\x01)(?P<mailgun>)|(?<=ey\x01)(?P<jwt>)"
    rb"|(?<=[ \t]\x01)(?=[a-z]{0,3}u[ '\"]|\x01(?:proxy\x01)?user[ =])(?P<uflag>)|(?<=xox[baprs]\x01)(?P<xox>)"
    rb"|(?<=gh[pousr]\x01)(?P<gh>)|(?<=github\x01pat\x01)(?P<ghpat>)"
    # the rarer vendors of ``_MORE_KEYS`` share one group: they are told apart there
    # (every lookbehind here is tried at every mark, so GitLab's many ``gl<kind>-`` share two)
    rb"|(?:(?<=gl..\x01)|(?<=gl...\x01)|(?<=xapp\x01)|(?<=whsec\x01)|(?<=npm\x01)|(?<=pypi\x01)"
    rb"|(?<=hf\x01)|(?<=dop\x01v1\x01)|(?<=shp..\x01)|(?<=sq0...\x01)|(?<=lin\x01api\x01)"
    rb"|(?<=nfp\x01)|(?<=dckr\x01pat\x01)|(?<=GOCSPX\x01))"
    rb"(?P<more>))(?:"
    rb"(?=\x01{4}BEGIN)(?P<pem>)|(?=[KS]I\x01)(?P<aws>)|(?=Iza)(?P<aiza>)"
    rb"|(?=(?:live|test)\x01)(?P<stripe>))?"
    rb"|(?=\x01{4}BEGIN)(?P<pem2>)|(?=[KS]I\x01)(?P<aws2>)|(?=Iza)(?P<aiza2>)"
    rb"|(?=(?:live|test)\x01)(?P<stripe2>))"
)
# Each family's regex, in the order findings are reported; ``back`` bounds how far before its
# mark a match can start, so the regex need not scan the text before the first mark.
_FAMILY_GROUPS = {
    "pem": "pem", "pem2": "pem", "jwt": "jwt", "sk": "sk", "aws": "aws", "aws2": "aws",
    "gh": "gh", "ghpat": "ghpat", "xox": "xox", "aiza": "aiza", "aiza2": "aiza",
    "stripe": "stripe", "stripe2": "stripe", "more": "more", "mailgun": "mailgun",
    "uflag": "uflag",
}  # fmt: skip
_FAMILY_ORDER = ("pem", "jwt", "sk", "aws", "gh", "ghpat", "xox", "aiza", "stripe")
_FAMILY_BACK = 12


def _prefix_families(marked: bytes) -> dict[str, int]:
    """The families whose prefix may occur, each with the position of its first mark."""
    found: dict[str, int] = {}
    for m in _PREFIX_MARK.finditer(marked):
        at = m.start()
        for name, value in m.groupdict().items():
            if value is not None and name != "la":
                family = _FAMILY_GROUPS[name]
                if family not in found:
                    found[family] = at
    return found


def _scan_prefixed(text: str, families: dict[str, int], out: list[_Hit]) -> None:
    for family, (_needles, pattern, kind, check) in zip(_FAMILY_ORDER, _PREFIXED):
        at = families.get(family)
        if at is None:
            continue
        for m in pattern.finditer(text, max(0, at - _FAMILY_BACK)):
            if check(text, m):
                out.append((m.start(), m.end(), kind))


def _lowered(text: str, raw: bytes) -> bytes:
    """``text.lower()`` as one byte per character (``raw`` is the text in Latin-1, ``?`` for
    what it cannot hold): only ASCII letters matter to the keyword scans, and ``bytes.lower``
    is ten times faster than ``str.lower`` on accented text. The two non-ASCII characters whose
    ``str.lower`` holds ASCII letters are handled as before: the Kelvin sign reads ``k``, and
    ``İ`` (which grows) made the old code lower ASCII letters only."""
    if "\u212a" in text and "\u0130" not in text:
        return text.replace("\u212a", "k").encode("latin-1", "replace").lower()
    return raw.lower()


_XML_ELEMENT_VALUE = re.compile(r">([^<\s][^<\n]{0,255}?)</")
_XML_KV_AFTER = re.compile(r"[\w\-]*\"\s+value=\"([^\"]{1,256})\"")
_CLI_BEFORE = re.compile(rb"(?:^|[\s\"'])--(?:[a-z]+-)?$")
_PROSE_TAIL = re.compile(rb"\s+(?:is|was|is now|will be)\s*:?\s+[\"']?")
#: The same sentence in more words and languages: an optional "for the admin account" / "do
#: roteador" / "für das WLAN" between the word and its verb, then a colon or a copula ("lautet",
#: "est", "è", "é", "är", ...). ``to`` counts only after "set"/"change"/"reset" (see
#: ``_prose_value``). Bounded: at most three qualifier words, each without spaces.
_PROSE_TAIL_WIDE = re.compile(
    r"(?:\s+(?:for|of|on|to|do|da|de|del|della|du|für|van|voor|för|dla|pro|na)"
    r"(?:\s+[^\s:,.;]+){1,3}?)?"
    r"(?:[ \t]*:|\s+(?P<cop>is|was|is now|will be|lautet|ist|è|est|es|é|är|on|je|jest|to))"
    r"[ \t]+[\"'„“«]?",
    re.IGNORECASE,
)
_SET_BEFORE = re.compile(rb"\b(?:set|change|changed|reset|updated?)\b")
#: ``- name: DB_PASS`` then ``value: ...`` on the next line (Kubernetes and compose env lists).
_ENV_VALUE = re.compile(
    r"[\"']?[ \t]*\r?\n[ \t]*value:[ \t]*(?:\"([^\"\n]{1,256})\"|'([^'\n]{1,256})'|([^\s\"'#]{1,256}))"
)
#: ``.netrc``: ``machine <host> [login <user>] password <value>``, on one line or several.
_NETRC_BEFORE = re.compile(rb"(?:machine|default)\s+(?:\S+\s+){1,3}$")


def _prose_value(text: str, low: bytes, start: int, at: int) -> _Hit | None:
    """``password for the VPN is v``, ``senha do roteador é v``, ``Passwort lautet v``: the
    value after :data:`_PROSE_TAIL_WIDE`, if it looks like a password and not like a word."""
    pm = _PROSE_TAIL_WIDE.match(text, at)
    if pm is None:
        return None
    cop = pm.group("cop")
    if cop and cop.lower() == "to" and _SET_BEFORE.search(low, max(0, start - 30), start) is None:
        return None
    vm = _PROSE_VALUE.match(text, pm.end())
    v = _password_value(vm.group()) if vm is not None else None
    # a sentence goes on with words: ``SSO``, ``https://...`` are not what a password is
    if v is None or (v.isalpha() and v.isupper()) or "://" in v:
        return None
    return (pm.end(), pm.end() + len(v), "PASSWORD")


def _unassigned_value(text: str, low: bytes, start: int, end_kw: int) -> _Hit | None:
    """A secret named by a keyword without ``=``/``:``: ``<password>v</password>``,
    ``key="DbPassword" value="v"``, ``--password v``, ``my password is v``, ``name: DB_PASS``
    over ``value: v``, ``machine h login u password v``."""
    nxt = text[end_kw : end_kw + 1]
    if nxt in ("\n", "\r", '"', "'") and low.find(b"name:", max(0, start - 40), start) >= 0:
        em = _ENV_VALUE.match(text, end_kw)
        if em is not None:
            g = em.lastindex or 1
            v = em.group(g)
            if low[end_kw - 4 : end_kw] in (b"word", b"pass", b"sswd", b"_pwd"):
                if _password_value(v) is not None:
                    return (em.start(g), em.end(g), "PASSWORD")
            elif len(v) >= 16 and shannon_entropy(v) >= 3.0 and not _PLACEHOLDER_VALUE.match(v):
                return (em.start(g), em.end(g), "SECRET")
            return None
    if nxt == ">":
        lt = text.rfind("<", max(0, start - 40), start)
        if lt >= 0 and not any(c.isspace() for c in text[lt:start]):
            vm = _XML_ELEMENT_VALUE.match(text, end_kw)
            if vm is not None and not _PLACEHOLDER_VALUE.match(vm.group(1)):
                return (vm.start(1), vm.end(1), "PASSWORD")
        return None
    if nxt == '"' or (nxt and (nxt.isalnum() or nxt == "_")):
        vm = _XML_KV_AFTER.match(text, end_kw)
        if (vm is not None and low[max(0, start - 45) : start].rfind(b'key="') >= 0) or (
            vm is not None and low[max(0, start - 45) : start].rfind(b'name="') >= 0
        ):
            if not _PLACEHOLDER_VALUE.match(vm.group(1)):  # type: ignore[union-attr]
                return (vm.start(1), vm.end(1), "PASSWORD")  # type: ignore[union-attr]
        return None
    if nxt != " ":
        return None
    if _CLI_BEFORE.search(low, max(0, start - 24), start) is not None:
        vm = _CLI_VALUE.match(text, end_kw + 1)
        if vm is not None and vm.group()[0] not in "-<$" and _password_value(vm.group()):
            return (vm.start(), vm.end(), "PASSWORD")
        return None
    pm = _PROSE_TAIL.match(low, end_kw)
    if pm is not None:
        vm = _PROSE_VALUE.match(text, pm.end())
        v = _password_value(vm.group()) if vm is not None else None
        if v is not None:
            return (pm.end(), pm.end() + len(v), "PASSWORD")
        return None
    if low[end_kw - 4 : end_kw] in (b"word", b"sswd", b"wort", b"asse"):
        if _NETRC_BEFORE.search(low, max(0, start - 120), start) is not None:
            vm = _CLI_VALUE.match(text, end_kw + 1)
            v = _password_value(vm.group()) if vm is not None else None
            if v is not None and vm is not None and len(v) == len(vm.group()):
                return (vm.start(), vm.end(), "PASSWORD")
            return None
        return _prose_value(text, low, start, end_kw)
    return None


def _scan_assignments(text: str, low: bytes, out: list[_Hit]) -> None:
    seen: set[int] = set()
    for _idx, _start, hit in _keyword_hits(low):
        start, end_kw = hit.span()
        word = hit.group()
        before = low[max(0, start - 12) : start]
        lead = len(before) - len(before.rstrip(_LOWER_LETTERS))
        prefix_word = before[len(before) - lead :] if lead else b""
        if (word == b"pass" or word == b"pwd" or word == b"pw") and prefix_word:
            if word == b"pass" and prefix_word.endswith((b"ssh", b"require")):
                # ``sshpass -p v``, ``requirepass v`` (redis.conf): the word is the tool's own
                tm = _PASS_TOOL_TAIL[prefix_word.endswith(b"ssh")].match(low, end_kw)
                vm = _PW_VALUE.match(text, tm.end()) if tm is not None else None
                v = _password_value(vm.group()) if vm is not None else None
                if v is not None and tm is not None:
                    out.append((tm.end(), tm.end() + len(v), "PASSWORD"))
            continue
        if word == b"key" and prefix_word not in _KEY_COMPOUNDS:
            continue
        m = _ASSIGN_TAIL.match(text, end_kw)
        if m is None:
            if word != b"key" or prefix_word:
                extra = _unassigned_value(text, low, start, end_kw)
                if extra is not None and extra[0] not in seen:
                    seen.add(extra[0])
                    out.append(extra)
            continue
        suffix = m.group(1).lower()
        if suffix and suffix[0].isalpha():
            continue
        value_start = (
            m.start(6) if m.group(6) is not None else (m.start(7) if m.group(7) is not None else m.start(8))
        )
        if value_start in seen:
            continue
        value = (
            m.group(6) if m.group(6) is not None else (m.group(7) if m.group(7) is not None else m.group(8))
        )
        quoted = m.group(8) is None
        if not quoted and "&" in value:
            # In a URL query (``?token=...&next=...``) ``&`` ends the value; in a connection
            # string or .env it may be part of the password.
            key_start = start
            while key_start > 0 and (text[key_start - 1].isalnum() or text[key_start - 1] in "_-."):
                key_start -= 1
            if key_start > 0 and text[key_start - 1] in "?&":
                value = value[: value.index("&")]
        if not value or _PLACEHOLDER_VALUE.match(value) or len(value) > 512:
            continue
        if suffix and any(stop in suffix for stop in _KEY_STOP):
            continue
        op = m.group(4)
        spaced = bool(m.group(3) or m.group(5))
        if not quoted:
            # ``password = user_input`` in code names a variable; ``KEY=value`` in .env
            # and connection strings has no spaces around ``=``.
            # (``password = s3cr3t`` in an INI file is a value: identifiers seldom hold digits.)
            if (
                spaced
                and op != ":"
                and _IDENTIFIER.fullmatch(value)
                and ("_" in value or "." in value or value.isalpha())
            ):
                continue
            if m.end() < len(text) and text[m.end()] == "(":
                continue
            if value.startswith(("http://", "https://")):
                continue
        is_password = word in _PASSWORD_WORDS and not suffix
        if is_password:
            if op == ":" and not quoted and not m.group(2):
                # Prose ("password: reset it below") rather than a credential: a plain
                # lower-case word counts only when it ends the line or sentence.
                after = text[m.end() : m.end() + 2]
                ends_line = after[:1] in ("", "\n", "\r") or (
                    after[:1] in ".;," and after[1:2] in ("", " ", "\n")
                )
                if value.isalpha() and value.islower() and not ends_line:
                    continue
            kind = "PASSWORD"
        else:
            if len(value) < 16 or shannon_entropy(value) < 3.0:
                continue
            if not any(c.isdigit() for c in value) and value.isalpha() and value.islower():
                continue
            kind = "SECRET"
        seen.add(value_start)
        out.append((value_start, value_start + len(value), kind))


# Vendor keys seen less often than those in ``_PREFIXED``: each is tried only when its literal
# prefix is in the text, with a literal-first regex (fast); the left boundary is checked here.
_MORE_KEYS = {
    name: re.compile(pattern)
    for name, pattern in (
        ("glpat", r"glpat-[A-Za-z0-9_\-]{20,64}"),
        ("xapp", r"xapp-\d-[A-Za-z0-9\-]{20,200}"),
        ("whsec", r"whsec_[A-Za-z0-9+/=]{24,100}"),
        ("sg", r"SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}"),
        ("npm", r"npm_[A-Za-z0-9]{36}"),
        ("pypi", r"pypi-[A-Za-z0-9_\-]{50,250}"),
        ("hf", r"hf_[A-Za-z0-9]{30,40}"),
        ("sk", r"SK[0-9a-fA-F]{32}"),  # Twilio API key SID
        ("dop", r"dop_v1_[a-f0-9]{64}"),
        ("shp", r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}"),
        ("sq0", r"sq0(?:atp|csp)-[A-Za-z0-9_\-]{22,43}"),
        ("linear", r"lin_api_[A-Za-z0-9]{40}"),
        ("nfp", r"nfp_[A-Za-z0-9]{36,40}"),
        ("dckr", r"dckr_pat_[A-Za-z0-9_\-]{27,40}"),  # Docker Hub
        ("gocspx", r"GOCSPX-[A-Za-z0-9_\-]{28}"),  # Google OAuth client secret
        # GitLab runner, deploy, trigger, feed, CI build and incoming-mail tokens
        ("gl", r"gl(?:rt|dt|ptt|ft|cbt|imt)-[A-Za-z0-9_\-]{20,64}"),
        ("glsa", r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"),  # Grafana service account
        ("mailgun", r"key-[a-z0-9]{32}"),  # Mailgun (classic form); needs digits and letters
    )
}
_MORE_NEEDLES = (("glpat", b"glpat-"), ("xapp", b"xapp-"), ("whsec", b"whsec_"), ("npm", b"npm_"),
                 ("pypi", b"pypi-"), ("hf", b"hf_"), ("dop", b"dop_v1_"), ("shp", b"shp"),
                 ("sq0", b"sq0"), ("linear", b"lin_api_"), ("nfp", b"nfp_"), ("dckr", b"dckr_pat_"),
                 ("gocspx", b"GOCSPX-"), ("gl", b"gl"), ("glsa", b"glsa_"))  # fmt: skip

_SG_SK = re.compile(rb"S(?:G\.|K[0-9a-f])")
_KEY_CHARS = frozenset(string.ascii_letters + string.digits + "_-")
#: Discord bot tokens (base64 user id . timestamp . HMAC), found by their middle part.
_DISCORD_MID = re.compile(rb"\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}(?![A-Za-z0-9_\-.])")
_DISCORD_HEAD = re.compile(r"[MNO][A-Za-z0-9_\-]{23,27}")
_BASIC_AFTER = re.compile(
    r"authorization[\"']?\s*[:=]\s*[\"']?basic\s+([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])",
    re.IGNORECASE,
)
_AUTH_SCHEME = re.compile(
    r"authorization[\"']?\s*[:=]\s*[\"']?(?:token|apikey|api-key|key|sso-key)\s+"
    r"([A-Za-z0-9_\-.~+/=:]{16,256})",
    re.IGNORECASE,
)
_SECRET_NAME = r"(?:password|passwd|pwd|secret|token|api[_\-]?key)"
_XML_SECRET = re.compile(
    r"<(?:[\w\-]+:)?[\w\-]*" + _SECRET_NAME + r">([^<\s][^<\n]{0,255}?)</", re.IGNORECASE
)
_XML_KEY_BEFORE = re.compile(r"(?:key|name)=\"[^\"]{0,40}" + _SECRET_NAME + r"\"\s+$", re.IGNORECASE)
_XML_VALUE = re.compile(r'value="([^"]{1,256})"')
_CLI_FLAG = re.compile(
    rb"--(?:[a-z]+-)?(?:password|passwd|pass|pwd|token|api-key|apikey|secret)[ ]+(?![\-<$])"
)
_CLI_VALUE = re.compile(r"[^\s\"'`|;&<>]{3,256}")
_MYSQL_P = re.compile(rb"mysql(?:dump|admin)?\b[^\n]{0,80}?\s-p(?=[^\s])")
_PW_VALUE = re.compile(r"[^\s\"'`|;<>]{3,128}")
#: Command lines that carry a password without naming it; each regex ends where the value
#: starts. ``curl -u user:v`` is announced by a ``-u``/``--user`` mark of ``_PREFIX_MARK``;
#: ``sshpass -p v`` and ``requirepass v`` (redis.conf) are found as compounds of the keyword
#: ``pass`` (``_PASS_TOOL_TAIL``, indexed by "is sshpass").
_CURL_USER = re.compile(
    rb"\bcurl\b[^\n]{0,160}?\s(?:-[a-z]*u[ ]*|--user[ =]|--proxy-user[ =])['\"]?[^\s:'\"$]{1,64}:"
)
_PASS_TOOL_TAIL = (re.compile(rb"[ \t]+"), re.compile(rb"\s+(?:-[a-z]\s+)*-p[ ]*"))
#: Webhook URLs whose path is the credential (Slack, Discord) and Telegram bot tokens.
_SLACK_HOOK = re.compile(
    r"hooks\.slack\.com/(?:services|workflows|triggers)/(T[A-Z0-9]{6,12}/[AB][A-Z0-9]{6,12}/([A-Za-z0-9]{20,32}))"
    r"(?![A-Za-z0-9])"
)
_DISCORD_HOOK = re.compile(
    r"discord(?:app)?\.com/api/webhooks/\d{17,20}/([A-Za-z0-9_\-]{60,80})(?![A-Za-z0-9_\-])"
)
_TELEGRAM_TAIL = re.compile(r":AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])")
#: Azure SAS ``sig=`` (URL-encoded base64 HMAC), in a URL or a ``SharedAccessSignature=`` string.
_SAS_SIG = re.compile(r"[?&;]sig=([A-Za-z0-9%+/=]{20,256})")
#: "password" in Portuguese and Dutch, lowered to one byte per character (each costs one ``in``
#: per text); Swedish ``lösenord`` only in text that is not ASCII. ``Kennwort``, ``parola`` and
#: ``passord`` are keywords of ``_scan_assignments`` (found by the pair scan, at no extra cost).
_FOREIGN_LATIN = (b"senha", b"wachtwoord")
_FOREIGN_ACCENTED = (b"l\xf6senord",)
_PROSE_PASSWORD = re.compile(rb"(?:pass(?:word|wd|code)|pwd)\s+(?:is|was|is now|will be)\s*:?\s+[\"']?")
_PROSE_VALUE = re.compile(r"[^\s\"'\u201d]{4,64}")
_FOREIGN_TAIL = re.compile(r"\s*[:=：]\s*[\"']?([^\s\"'<>]{3,128})")
_FOREIGN_WIDE = ("ароль", "АРОЛЬ", "パスワード", "密码", "密碼", "비밀번호", "asło", "ASŁO",
                 "Şifre", "şifre", "ật khẩu")  # fmt: skip


_SLUG = re.compile(r"[a-z]+(?:[_\-][a-z]+)+")


def _password_value(value: str) -> str | None:
    """Trims sentence punctuation and drops words and placeholders: a password has a digit, a
    symbol or mixed case."""
    value = value.rstrip(".,;:)")
    if len(value) < 3 or _PLACEHOLDER_VALUE.match(value):
        return None
    if value.isalpha() and (value.islower() or value.istitle()):
        return None
    if _SLUG.fullmatch(value) is not None:
        return None  # ``sua_senha_aqui``, ``your-password-here``: words joined, a placeholder
    return value


def _finds(low: bytes, needle: bytes) -> list[int]:
    out, i = [], low.find(needle)
    while i >= 0:
        out.append(i)
        i = low.find(needle, i + 1)
    return out


def _scan_more_secrets(
    text: str,
    raw: bytes,
    families: dict[str, int],
    low: bytes,
    has_colon: bool,
    urls: bool,
    out: list[_Hit],
) -> None:
    """``families``: what ``_PREFIX_MARK`` saw (``more``: the end of a ``_MORE_KEYS`` prefix);
    ``has_colon``/``urls``: the text holds ``:``/``://``."""
    names = [name for name, needle in _MORE_NEEDLES if needle in raw] if "more" in families else []
    if "mailgun" in families and b"key-" in raw:
        names.append("mailgun")
    for sm in _SG_SK.finditer(raw):
        names.append("sg" if sm.group()[1] == 71 else "sk")
    for name in names:
        for m in _MORE_KEYS[name].finditer(text):
            s, e = m.span()
            if (s and text[s - 1] in _KEY_CHARS) or (e < len(text) and text[e] in _KEY_CHARS):
                continue
            if name == "mailgun" and not _has_mix(m.group()[4:]):
                continue  # ``key-`` then a slug of words is a name, not a key
            if shannon_entropy(m.group()) >= 3.0:
                out.append((s, e, "API_KEY"))
    for dm in _DISCORD_MID.finditer(raw):  # bytes: faster, and the offsets are the text's
        ms, me = dm.span()
        lo = max(0, ms - 29)
        head_start = ms
        while head_start > lo and text[head_start - 1] in _KEY_CHARS:
            head_start -= 1
        if head_start > 0 and (text[head_start - 1] in _KEY_CHARS or text[head_start - 1] == "."):
            continue
        if _DISCORD_HEAD.fullmatch(text, head_start, ms) is None:
            continue
        tok = text[head_start:me]
        if _has_mix(tok) and shannon_entropy(tok) >= 3.5:
            out.append((head_start, me, "API_KEY"))
    if b"authorization" in low:  # ``Authorization: Basic <b64 user:pass>`` / ``Token <t>``
        for at in _finds(low, b"authorization"):
            am = _AUTH_SCHEME.match(text, at)
            if am is not None and shannon_entropy(am.group(1)) >= 3.0:
                out.append((am.start(1), am.end(1), "SECRET"))
                continue
            bm = _BASIC_AFTER.match(text, at)
            if bm is None:
                continue
            v = bm.group(1)
            try:
                creds = base64.b64decode(v + "=" * (-len(v) % 4), validate=True)
            except (binascii.Error, ValueError):
                continue
            if b":" in creds and creds.isascii() and creds.decode().isprintable():
                out.append((bm.start(1), bm.end(1), "PASSWORD"))
    if b"mysql" in low:
        for bm2 in _MYSQL_P.finditer(low):
            vm = _PW_VALUE.match(text, bm2.end())
            if vm is not None:
                out.append((vm.start(), vm.end(), "PASSWORD"))
    if "uflag" in families and b"curl" in low:
        for tm in _CURL_USER.finditer(low):
            vm = _PW_VALUE.match(text, tm.end())
            v = _password_value(vm.group()) if vm is not None else None
            if v is not None:
                out.append((tm.end(), tm.end() + len(v), "PASSWORD"))
    if urls:
        _scan_url_secrets(text, raw, low, out)
    # ``passwort`` and ``passe`` are keywords of ``_scan_assignments``. A needle wider than the
    # text's own characters is rejected at once, so the non-Latin words cost nothing on Latin text.
    starts = [i + 10 for i in _finds(low, b"contrase\xf1a")] if b"contrase\xf1a" in low else []
    # Three ``in`` scans cost about a tenth of the whole detection of a 4 KB message: they run
    # only on text with a colon (``senha: v``, the usual way a credential is written down);
    # ``A senha é v`` in a message without one is missed.
    foreign: tuple[bytes, ...] = ()
    if has_colon:
        foreign = _FOREIGN_LATIN if text.isascii() else _FOREIGN_LATIN + _FOREIGN_ACCENTED
    for word_b in foreign:
        if word_b in low:
            for i in _finds(low, word_b):
                j = i + len(word_b)
                # a whole word: not ``resenha`` (a review), not ``heslovat``
                if (i and low[i - 1] in _LOWER_LETTERS) or low[j : j + 1].isalpha():
                    continue
                starts.append(j)
    if not text.isascii():
        for word in _FOREIGN_WIDE:
            if word in text:
                i = text.find(word)
                while i >= 0:
                    starts.append(i + len(word))
                    i = text.find(word, i + 1)
    for at in starts:
        fm = _FOREIGN_TAIL.match(text, at)
        if fm is not None:
            v = _password_value(fm.group(1))
            if v is not None:
                out.append((fm.start(1), fm.start(1) + len(v), "PASSWORD"))
        else:
            hit = _prose_value(text, low, at, at)
            if hit is not None:
                out.append(hit)


def _scan_url_secrets(text: str, raw: bytes, low: bytes, out: list[_Hit]) -> None:
    """Credentials that are part of a URL or stand alone with a fixed shape: Slack and Discord
    webhooks, Telegram bot tokens (``123456789:AA...``), Azure SAS signatures."""
    if b"hooks.slack.com/" in low:
        for hm in _SLACK_HOOK.finditer(text):
            if shannon_entropy(hm.group(2)) >= 3.0:
                out.append((hm.start(1), hm.end(1), "SECRET"))
    if b"/api/webhooks/" in low:
        for hm in _DISCORD_HOOK.finditer(text):
            if _has_mix(hm.group(1)) and shannon_entropy(hm.group(1)) >= 3.5:
                out.append((hm.start(1), hm.end(1), "SECRET"))
    if b":AA" in raw:
        for tm in _TELEGRAM_TAIL.finditer(text):
            s = tm.start()
            while s > tm.start() - 10 and s > 0 and text[s - 1].isdigit():
                s -= 1
            # eight to ten digits of bot id, standing alone or after ``/bot`` in the API URL
            if tm.start() - s < 8 or (s and text[s - 1] in _KEY_CHARS and text[s - 3 : s] != "bot"):
                continue
            if shannon_entropy(tm.group()) >= 3.5:
                out.append((s, tm.end(), "API_KEY"))
    if b"sig=" in low:
        for sm in _SAS_SIG.finditer(text):
            if shannon_entropy(sm.group(1)) >= 3.5:
                out.append((sm.start(1), sm.end(1), "SECRET"))


class BuiltinDetector:
    """Validator-backed detection for e-mails, phones, cards, IBANs, SSNs, IPs and secrets.

    Stateless and thread-safe: one instance serves every call.
    """

    def __init__(self, entities: frozenset[str] | None = None) -> None:
        self.entities = entities

    def detect(self, text: str) -> list[Finding]:
        if len(text) < 6:
            return []
        return [Finding(s, e, kind) for s, e, kind in self._hits(text)]

    def _hits(self, text: str) -> list[_Hit]:
        out: list[_Hit] = []
        # One byte per character (Latin-1, ``?`` for the rest): the byte copies below keep the
        # offsets of ``text`` and let ``re`` search them by literal first characters.
        raw = text.encode("latin-1", "replace")
        if "@" in text:
            _scan_email(text, out)
        if text.isascii() or not _has_odd_separator(text):
            _scan_numbers(text, raw.translate(_ZERO_DIGITS), out)
        else:
            folded = text.translate(_FOLD_SEPARATORS)  # same length: the offsets still agree
            _scan_numbers(folded, folded.encode("latin-1", "replace").translate(_ZERO_DIGITS), out)
        has_colon = ":" in text
        urls = False
        if has_colon:
            # eight groups have seven colons, six groups and an embedded IPv4 address six
            if "::" in text or text.count(":") >= 6:
                _scan_ipv6(text, out)
            urls = "://" in text
            if urls:
                for m in _URL_USERINFO.finditer(text):
                    out.append((m.start(2), m.end(2), "PASSWORD"))
        marked = raw.translate(_MARKS)
        families = _prefix_families(marked)
        if families:
            _scan_prefixed(text, families, out)
        low = _lowered(text, raw)
        if b"bearer" in low:
            for m in _BEARER.finditer(text):
                v = m.group(1)
                if shannon_entropy(v) >= 3.0 and _has_mix(v):
                    out.append((m.start(1), m.end(1), "SECRET"))
        _scan_assignments(text, low, out)
        _scan_more_secrets(text, raw, families, low, has_colon, urls, out)
        entities = self.entities
        if entities is not None:
            out = [h for h in out if h[2] in entities]
        return _resolve_hits(out)
