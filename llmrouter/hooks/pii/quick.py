"""One cheap test that most short chat messages fail: nothing in them can start a finding.

Every classic finding needs one of a few characters or words, and this module checks for them
in two C-speed regex searches instead of the dozen scans that would each find nothing:

* numbers (phones, cards, IBANs, SSNs, IPv4) need four digits at least; e-mails ``@``; IPv6
  ``::`` or six colons, URLs ``:/``; assignments ``=`` or a keyword (``password: v``); command
  line flags (``curl -u``, ``--password``), paths, PEM blocks and vendor prefixes (``sk-``,
  ``ghp_``, ``glpat-``, ``-----BEGIN``) a sign such as ``--``, `` -x``, ``_``, ``/``, ``$``;
* a secret told in prose with letters only (``my password is HunterBlue``, ``Passwort lautet
  Geheim``), a bearer token or a bare vendor key (``AKIA...``, ``AIza...``, ``eyJ...``) needs one
  of the keywords and prefixes below, which are the words the secret scans start from.

Text with a character outside Latin-1 (the non-Latin words for "password") and text longer than
a chat message always take the full scans. ``tests/hooks/test_redact_quick.py`` runs every
development and held-out set and the test corpora with and without this test and compares the
findings exactly. The names path (``personal=True``) does not use it: names need none of these.
"""

from __future__ import annotations

import re

from .assignments import has_keyword
from .secret_patterns import FOREIGN_WIDE, KW_CLASSES, KW_SCAN

#: Signs any scan starts from; ``-`` and ``:`` count only in the shapes checked below.
_SIGN_BYTES = b"@=_/\\<>{}[]|$#%&*~^+"
_KEEP = b"0123456789-:" + _SIGN_BYTES
_DROP_ALL_BUT_KEPT = bytes(i for i in range(256) if i not in _KEEP)
_DROP_DIGITS_DASH_COLON = b"0123456789-:"
#: A dash that starts a token rather than joining two words (``peux-tu``, ``one-line``).
_DASH_TOKEN = re.compile(rb"-(?:[A-Z\-]|\S{12})|-$")
#: The Latin words for "password" of :func:`.passwords.scan_foreign_passwords`, ``bearer``, and
#: the vendor prefixes that need no sign (``AKIA...``, ``AIza...``, ``eyJ...``), all lowered.
_LOW_WORDS = re.compile(rb"senha|wachtwoord|heslo|l\xf6senord|contrase\xf1a|bearer|akia|asia|aiza|eyj|gocspx")
#: Outside Latin-1: the non-Latin words for "password" (``FOREIGN_WIDE``), the Kelvin sign that
#: lowers to ``k`` (``key``), digits of other scripts.
_WIDE = re.compile("|".join((*FOREIGN_WIDE, "\u212a", r"\d")))
#: Longer texts nearly always hold a digit or a sign: the test would only add its cost.
SHORT = 600


def may_hold_findings(text: str, raw: bytes) -> bool:
    """False only when no classic detector could find anything in ``text`` (``raw``: the text as
    Latin-1, ``?`` for what it cannot hold)."""
    if len(text) > SHORT:
        return True
    kept = raw.translate(None, _DROP_ALL_BUT_KEPT)
    if kept:
        if kept.translate(None, _DROP_DIGITS_DASH_COLON):
            return True  # a sign
        dashes = kept.count(b"-")
        colons = kept.count(b":")
        if len(kept) - dashes - colons >= 4 or colons >= 6:
            return True  # four digits, or an IPv6 address's colons
        if dashes and (b" -" in raw or raw[:1] == b"-" or _DASH_TOKEN.search(raw) is not None):
            return True  # a flag (``curl -u``), a PEM line, a token after ``sk-``/``gldt-``
        if colons and (b"::" in raw or b":/" in raw or b"authori" in raw.lower()):
            return True  # IPv6 ``fe80::1``, a URL, ``Authorization: ...``
    low = raw.lower()
    if not text.isascii() and max(text) > "\xff" and _WIDE.search(text) is not None:
        return True  # the non-Latin words for "password", digits of other scripts
    if _LOW_WORDS.search(low) is not None:
        return True  # ``senha``, ``heslo``, ``bearer``, ``AKIA...``, ``eyJ...`` (lowered: a superset)
    # ``password``, ``token``, ``key``, ``secret``... (the assignment scans' own words and test)
    return KW_SCAN.search(low.translate(KW_CLASSES)) is not None and has_keyword(low)
