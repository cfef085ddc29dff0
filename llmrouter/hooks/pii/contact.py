"""E-mail addresses, IBANs and IPv6 addresses."""

from __future__ import annotations

import ipaddress
import re

from .findings import Hit
from .number_patterns import WORDISH
from .samples import is_documentation_ipv6
from .validators import IBAN_LENGTHS, iban_valid

_EMAIL_DOMAIN = re.compile(
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(?![A-Za-z0-9\-])"
)
_IBAN_BODY = re.compile(r"[A-Za-z0-9]{4}(?: ?[A-Za-z0-9]+)*", re.ASCII)
_LOCAL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-"
_LOCAL_LEAD = frozenset(".'!#$%&*+/=?^`{|}~-")
_RETINA = re.compile(r"\d+x\.")
_IPV6_SEED = re.compile(r":[0-9A-Fa-f]{0,4}:")
_IPV6_CHARS = frozenset("0123456789abcdefABCDEF:.")


def iban_at(text: str, s: int) -> int:
    """End of a valid IBAN starting at ``s``; minus the end for a full-length IBAN shape that
    fails mod-97; 0 for anything else."""
    if s > 0 and text[s - 1] in WORDISH:
        return 0
    length = IBAN_LENGTHS.get(text[s : s + 2])
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
    if count != length or (i < len(text) and text[i] in WORDISH):
        return 0
    return i if iban_valid(text[s:i]) else -i


def scan_email(text: str, out: list[Hit]) -> None:
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


def scan_ipv6(text: str, out: list[Hit]) -> None:
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
        if (s > 0 and text[s - 1] in WORDISH) or (e < n and text[e] in WORDISH):
            continue
        if len(cand) < 3 or cand.count(":") < 2 or (len(cand) < 6 and not cand.startswith("::")):
            continue
        try:
            ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        if not any(ch.isdigit() for ch in cand) or is_documentation_ipv6(cand):
            continue
        out.append((s, s + len(cand), "IP_ADDRESS"))
