"""Numbers: one scan for digit runs, shapes tried on the groups of each run."""

from __future__ import annotations

from .contact import iban_at
from .findings import Hit
from .number_patterns import (
    ASCII_WORD,
    CARD,
    CARD_GROUPED,
    CARD_WORDS,
    CARDISH,
    EXT,
    EXT_SPACED,
    GROUP,
    IPV4,
    IPV4_CIDR,
    LABEL_JUST_BEFORE,
    NEAR_WORD,
    NOT_CARD_WORDS,
    OCTETS,
    ODD_SEPARATORS,
    PHONE_DOMESTIC,
    PHONE_IN,
    PHONE_INTL,
    PHONE_LOOSE,
    PHONE_NUMBER_WORDS,
    PHONE_US,
    PHONE_WORDS,
    PRERELEASE,
    RUN_ZERO,
    SIGNATURE_BEFORE,
    SPACED_8,
    SSN,
    SSN_DOTTED,
    SSN_WORDS,
    TRACKING_WORDS,
    VERSION_NEAR_WORDS,
    VERSION_OPS,
    VERSION_WORDS,
    WORDISH,
)
from .samples import is_documentation_ipv4, is_test_card, own_card_context
from .validators import card_prefix_ok, luhn_valid, ssn_valid


def _digits(s: str) -> str:
    """``s`` without `` ().-/+``; number candidates are ASCII, so bytes do it in C."""
    return s.encode().translate(None, b" ().-/+").decode()


def _last_words(text: str, s: int, n: int = 2) -> list[str]:
    """The last ``n`` ASCII words before ``s``, lower-cased: context rules look at words, not
    at a regex run backwards (which ``re`` cannot do cheaply). ASCII so that ``番号version``
    and ``BUILD_ID=firmware`` still end in the word that matters."""
    return ASCII_WORD.findall(text[max(0, s - 32) : s].lower())[-n:]


def _id_context(text: str, s: int) -> bool:
    """``order 4111...``, ``invoice no. 4111...``: the number names a record, not a person
    (but ``card no. 4111...`` is a card)."""
    words = _last_words(text, s, 3)
    if not words:
        return False
    if any(w in CARD_WORDS for w in words):
        return False
    words = words[-2:]
    if words[-1] in NOT_CARD_WORDS:
        return True
    return len(words) == 2 and words[-1] in ("number", "num") and words[0] in NOT_CARD_WORDS


def _version_context(text: str, s: int) -> bool:
    before = text[max(0, s - 3) : s].rstrip()
    if before.endswith(VERSION_OPS):
        return True
    return any(w in VERSION_WORDS for w in _last_words(text, s, 1))


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
        if _is_international_phone(cand, first, d, nd):
            return "PHONE"
        if first == "+":
            return None
    if cand.count(".") == 3 and nd <= 12 and IPV4.fullmatch(cand):
        return _classify_ipv4(text, s, e, cand)
    if nd == 9 and len(cand) == 11:
        m = SSN.fullmatch(cand)
        if m is not None:
            return "US_SSN" if ssn_valid(m.group(1), m.group(3), m.group(4)) else None
    if nd == 9 and (len(cand) == 9 or SSN_DOTTED.fullmatch(cand)) and _ssn_context(text, s):
        # ``SSN: 536221234``, ``social security no. 536.22.1234``: the shape alone is a phone or
        # an ID, the label makes it an SSN
        return "US_SSN" if ssn_valid(d[:3], d[3:5], d[5:]) else None
    if 13 <= nd <= 19:
        return "CREDIT_CARD" if _is_card(text, s, cand, d, nd) else None
    if nd == 8:
        return "PHONE" if _is_spaced_8_phone(text, s, cand, d) else None
    if nd < 9 or nd > 12:
        return None
    if (first == "(" or first.isdigit()) and _is_national_phone(text, s, cand, first, d, nd):
        return "PHONE"
    return None


def _is_international_phone(cand: str, first: str, d: str, nd: int) -> bool:
    """``+49 30 1234567``, ``0044 20 7946 0958``: a country code and 8-15 digits."""
    if PHONE_INTL.fullmatch(cand) is None:
        return False
    dd = _digits(cand.replace("(0)", "")) if "(0)" in cand else d
    ok = True
    if first == "0":
        dd = dd[2:]
        ok = nd != len(cand)  # ``00`` numbers need a separator to be phones
    return ok and 8 <= len(dd) <= 15 and len(set(dd)) > 2


def _ssn_context(text: str, s: int) -> bool:
    """``SSN 536221234``, or an SSN named earlier in the sentence or the line before
    (``the W-2 shows SSN ... but the correct one is 536221234``, ``Social Security number?\n
    CALLER: it's 536221234``)."""
    if any(w in SSN_WORDS for w in _last_words(text, s, 3)):
        return True
    if text[s - 1 : s] == "#" or _id_context(text, s) or TRACKING_WORDS.search(text, max(0, s - 30), s):
        return False  # ``Order #229105653``: a record's number
    window = text[max(0, s - 90) : s].lower()
    return "ssn" in window or "social security" in window


def _classify_ipv4(text: str, s: int, e: int, cand: str) -> str | None:
    """A dotted quad is an address unless an octet is out of range or it reads as a version
    (``version 10.4.2.1``, ``upgraded agent to 2.3.4.5``, ``versão 2.3.4.5``). Documentation
    addresses (RFC 5737) are left alone: they are nobody's (:mod:`.samples`)."""
    a, b, c, d4 = cand.split(".")
    if a not in OCTETS or b not in OCTETS or c not in OCTETS or d4 not in OCTETS:
        return None
    if is_documentation_ipv4(cand):
        return None
    if _version_context(text, s) or PRERELEASE.match(text, e):
        return None
    if _last_words(text, s, 1) == ["ip"]:
        return "IP_ADDRESS"  # ``Client version 18.5, public IP 168.21.16.212``
    window = text[max(0, s - 32) : s]
    cut = max(window.rfind("\n"), window.rfind(". "))  # the words of this line and sentence only
    near = NEAR_WORD.findall(window[cut + 1 :].lower())[-3:]
    if any(w in VERSION_NEAR_WORDS for w in near):
        return None
    return "IP_ADDRESS"


def _is_card(text: str, s: int, cand: str, d: str, nd: int) -> bool:
    """Bare or grouped like a card, in an issuer range, Luhn-valid, not an order number, and not
    a published test number unless the writer calls it theirs (:mod:`.samples`)."""
    card = (
        (nd == len(cand) or CARD_GROUPED.fullmatch(cand) is not None) and card_prefix_ok(d) and luhn_valid(d)
    )
    if not card or _id_context(text, s):
        return False
    return not is_test_card(d) or own_card_context(text, s)


def _is_spaced_8_phone(text: str, s: int, cand: str, d: str) -> bool:
    """Eight-digit plans without a trunk prefix (DK, NO, SG, HK): ``12 34 56 78``, ``9123 4567``.
    Spaces only (dates and versions use dots, dashes and slashes), not year-first
    (``2024 0315``), and only right after a label: ``Tlf. 12 34 56 78``, not ``mobile app
    12 34 56 78`` or ``called on ...``."""
    return (
        SPACED_8.fullmatch(cand) is not None
        and len(set(d)) > 2
        and not (cand[:2] in ("19", "20") and cand[4:5] == " ")
        and not _id_context(text, s)
        and LABEL_JUST_BEFORE.search(text, max(0, s - 24), s) is not None
    )


def _is_national_phone(text: str, s: int, cand: str, first: str, d: str, nd: int) -> bool:
    """Nine to twelve digits as a US, domestic (trunk ``0``) or Indian number, or bare or loosely
    spaced after a phone word."""
    if nd in (10, 11) and PHONE_US.fullmatch(cand) is not None:
        u = d[1:] if nd == 11 else d
        if u[0] in "23456789" and u[3] in "23456789" and len(set(u)) > 2:
            return True
    if (
        (first == "0" or cand.startswith("(0"))
        and d[1] != "0"
        and PHONE_DOMESTIC.fullmatch(cand)
        # bare digits only for UK mobiles and geographic numbers (07..., 01...)
        and (nd != len(cand) or (nd == 11 and d[:2] in ("07", "01")))
    ):
        return True
    if nd in (10, 11) and PHONE_IN.fullmatch(cand):
        return True
    if nd == len(cand):
        return 10 <= nd <= 12 and phone_context(text, s)
    return bool(PHONE_LOOSE.fullmatch(cand)) and len(set(d)) > 2 and _grouped_phone_context(text, s, cand)


def _grouped_phone_context(text: str, s: int, cand: str) -> bool:
    """A phone word, or (for a number in groups) a "number" word with no parcel or order word
    near, or the number alone on its line under a sign-off and a name."""
    if phone_context(text, s):
        return True
    before = text[max(0, s - 40) : s]
    if PHONE_NUMBER_WORDS.search(before) and not TRACKING_WORDS.search(before):
        return True
    line_end = text.find("\n", s)
    alone = text[s : len(text) if line_end < 0 else line_end].strip() == cand
    return alone and SIGNATURE_BEFORE.search(text, max(0, s - 100), s) is not None


def phone_context(text: str, s: int) -> bool:
    before = text[max(0, s - 40) : s]
    if _id_context(text, s):
        return False
    if PHONE_WORDS.search(before):
        return True
    # Postpositions put the word after the number ("... पर कॉल करें", "...に電話").
    end = s
    while end < len(text) and text[end].isdigit():
        end += 1
    if PHONE_WORDS.search(text, end, end + 16):
        return True
    # CSV: the header names the column this value sits in.
    line_start = text.rfind("\n", 0, s) + 1
    if line_start == 0 or "," not in text[line_start:s]:
        return False
    column = text.count(",", line_start, s)
    header = text[: text.find("\n")].split(",")
    return column < len(header) and PHONE_WORDS.search(header[column]) is not None


def _scan_cidr(text: str, rs: int, re_: int, out: list[Hit]) -> bool:
    found = False
    for m in IPV4_CIDR.finditer(text, rs, re_):
        address = m.group(1)
        if (
            all(o in OCTETS for o in address.split("."))
            and not is_documentation_ipv4(address)
            and not _version_context(text, m.start())
        ):
            out.append((m.start(1), m.end(1), "IP_ADDRESS"))
            found = True
    return found


def _phone_end(text: str, e: int) -> int:
    """``e``, or the end of an extension written after the number."""
    if e < len(text) and text[e] in " ,":
        m = EXT_SPACED.match(text, e)
        if m is not None:
            return m.end()
    return e


def has_odd_separator(text: str) -> bool:
    # ``in`` per character: a wide character is rejected at once by a one-byte-per-character
    # string, so Latin text pays only for the no-break space, and no text pays a regex class scan.
    return any(ch in text for ch in ODD_SEPARATORS)


def scan_numbers(text: str, zeroed: bytes, out: list[Hit]) -> None:
    """``zeroed`` is the text as one byte per character with every digit replaced by ``0``."""
    skip_to = 0
    for run in RUN_ZERO.finditer(zeroed):
        rs, re_ = run.span()
        if rs < skip_to:
            continue
        if run.lastgroup == "iban":
            skip_to = _scan_iban_head(text, rs - 2, skip_to, out)
            continue
        if _glued_to_identifier(text, rs):
            continue
        if text[rs:re_].count("/") and text.count(".", rs, re_) >= 3:
            # CIDR ``10.0.0.0/8``: the address is the finding, the prefix length stays visible.
            if _scan_cidr(text, rs, re_, out):
                continue
        _scan_run(text, rs, re_, out)


def _scan_iban_head(text: str, s: int, skip_to: int, out: list[Hit]) -> int:
    """Takes the IBAN starting at ``s``; returns where the scan may resume."""
    end = iban_at(text, s)
    if end > 0:
        out.append((s, end, "IBAN"))
        return end
    if end < 0:
        return -end  # IBAN-shaped but failing mod-97: one number, leave it whole
    return skip_to


def _glued_to_identifier(text: str, rs: int) -> bool:
    """A run glued to a word (hash, UUID, ``ORD123``, ``v1.2.3.4``) is an identifier."""
    if rs > 0 and text[rs - 1] in WORDISH:
        return True
    return rs > 1 and text[rs - 1] in "-." and text[rs - 2] in WORDISH


def _with_sign(text: str, s: int) -> int:
    """``s - 1`` when a ``+`` or ``(`` that is not glued to a word opens the number, else ``s``."""
    if s > 0 and text[s - 1] in "+(" and (s == 1 or text[s - 2] not in WORDISH):
        return s - 1
    return s


def _scan_run(text: str, rs: int, re_: int, out: list[Hit]) -> None:
    """One digit run: the whole run as one entity, else the entities its groups hold."""
    end_glued = re_ < len(text) and text[re_] in WORDISH
    ext_end = 0
    if end_glued and text[re_] in "xXe":
        ext = EXT.match(text, re_)
        if ext is not None:
            end_glued, ext_end = False, ext.end()
    if not end_glued and _scan_whole_run(text, rs, re_, ext_end, out):
        return
    run_text = text[rs:re_]
    if " " not in run_text or CARD.fullmatch(run_text) or CARDISH.fullmatch(run_text):
        # Only a space separates entities; a card-shaped run that failed Luhn is one
        # number, not a phone hiding in its last groups.
        return
    _scan_sub_runs(text, rs, re_, end_glued, out)


def _scan_whole_run(text: str, rs: int, re_: int, ext_end: int, out: list[Hit]) -> bool:
    """Fast path: most runs are one entity or one look-alike."""
    cs = _with_sign(text, rs)
    kind = _classify_number(text, cs, re_)
    if kind is None and cs != rs:
        kind = _classify_number(text, rs, re_)
        cs = rs
    if kind is None:
        return False
    end = re_
    if kind == "PHONE":
        end = ext_end or _phone_end(text, re_)
    out.append((cs, end, kind))
    return True


def _scan_sub_runs(text: str, rs: int, re_: int, end_glued: bool, out: list[Hit]) -> None:
    """The longest sub-runs of whole groups that classify, from left to right."""
    groups = [(g.start(), g.end()) for g in GROUP.finditer(text, rs, re_)][:16]
    k = len(groups)
    # A sub-run may only start or stop where the separator holds a space: ``1.2.3.4.5``
    # and ``4111-1111-1111-1111-2`` are one number, not an IP or a card plus a digit.
    cut = [True] + [" " in text[groups[g - 1][1] : groups[g][0]] for g in range(1, k)] + [True]
    # Digits grouped like a card are one number: no phone is looked for inside them.
    cardish = [m.span() for m in CARDISH.finditer(text, rs, re_)]
    i = 0
    while i < k:
        if not cut[i]:
            i += 1
            continue
        after = _longest_sub_run_from(text, groups, cut, cardish, i, end_glued, out)
        i = after if after is not None else i + 1


def _longest_sub_run_from(
    text: str,
    groups: list[tuple[int, int]],
    cut: list[bool],
    cardish: list[tuple[int, int]],
    i: int,
    end_glued: bool,
    out: list[Hit],
) -> int | None:
    """Takes the longest sub-run starting at group ``i`` that classifies; returns the group
    after it, or None when there is none."""
    k = len(groups)
    for j in range(k - 1, i - 1, -1):
        if not cut[j + 1] or (j == k - 1 and end_glued):
            continue
        s = groups[i][0]
        e = groups[j][1]
        if e - s < 7:
            return None
        if cardish and any(bs < e and s < be and (bs, be) != (s, e) for bs, be in cardish):
            continue
        cands = [s]
        signed = _with_sign(text, s)
        if signed != s:
            cands.insert(0, signed)
        for cs in cands:
            kind = _classify_number(text, cs, e)
            if kind is not None:
                out.append((cs, _phone_end(text, e) if kind == "PHONE" else e, kind))
                return j + 1
    return None
