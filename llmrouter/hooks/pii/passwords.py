"""Passwords no ``key = value`` shows: HTTP ``Authorization`` headers, command lines
(``mysql -p``, ``curl -u``) and the word "password" in other languages."""

from __future__ import annotations

import base64
import binascii

from .assignments import delayed_colon_value, password_value, prose_value
from .findings import Hit
from .secret_patterns import (
    AUTH_SCHEME,
    BASIC_AFTER,
    CURL_USER,
    FOREIGN_ACCENTED,
    FOREIGN_LATIN,
    FOREIGN_TAIL,
    FOREIGN_WIDE,
    LOWER_LETTERS,
    MYSQL_P,
    PW_VALUE,
)
from .validators import shannon_entropy


def finds(low: bytes, needle: bytes) -> list[int]:
    """Every position of ``needle`` in ``low``."""
    out, i = [], low.find(needle)
    while i >= 0:
        out.append(i)
        i = low.find(needle, i + 1)
    return out


def scan_authorization_headers(text: str, low: bytes, out: list[Hit]) -> None:
    """``Authorization: Basic <b64 user:pass>`` / ``Token <t>``."""
    for at in finds(low, b"authorization"):
        scheme = AUTH_SCHEME.match(text, at)
        if scheme is not None and shannon_entropy(scheme.group(1)) >= 3.0:
            out.append((scheme.start(1), scheme.end(1), "SECRET"))
            continue
        basic = BASIC_AFTER.match(text, at)
        if basic is not None and _is_basic_credentials(basic.group(1)):
            out.append((basic.start(1), basic.end(1), "PASSWORD"))


def _is_basic_credentials(value: str) -> bool:
    """``value`` is base64 of a printable ``user:pass``."""
    try:
        creds = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return b":" in creds and creds.isascii() and creds.decode().isprintable()


def scan_mysql_passwords(text: str, low: bytes, out: list[Hit]) -> None:
    for flag in MYSQL_P.finditer(low):
        at = flag.end()
        quote = text[at : at + 1]
        value = PW_VALUE.match(text, at + 1 if quote in ("'", '"') else at)  # ``-p'v'`` too
        if value is not None:
            out.append((value.start(), value.end(), "PASSWORD"))


def scan_curl_user_passwords(text: str, low: bytes, out: list[Hit]) -> None:
    for user in CURL_USER.finditer(low):
        value = PW_VALUE.match(text, user.end())
        v = password_value(value.group()) if value is not None else None
        if v is not None:
            out.append((user.end(), user.end() + len(v), "PASSWORD"))


def scan_foreign_passwords(text: str, low: bytes, has_colon: bool, out: list[Hit]) -> None:
    """``senha: v``, ``Passwort lautet v``, ``パスワード: v``: the value after a foreign word
    for "password", written as an assignment or in a sentence."""
    for at in _foreign_word_ends(text, low, has_colon):
        tail = FOREIGN_TAIL.match(text, at)
        if tail is not None:
            v = password_value(tail.group(1))
            if v is not None:
                out.append((tail.start(1), tail.start(1) + len(v), "PASSWORD"))
        else:
            hit = prose_value(text, low, at, at) or delayed_colon_value(text, at)
            if hit is not None:
                out.append(hit)


def _foreign_word_ends(text: str, low: bytes, has_colon: bool) -> list[int]:
    """Where each foreign word for "password" ends: Spanish, then the Latin words (text with a
    colon only), then the non-Latin ones (text that is not ASCII only)."""
    # ``passwort`` and ``passe`` are keywords of ``scan_assignments``. A needle wider than the
    # text's own characters is rejected at once, so the non-Latin words cost nothing on Latin text.
    ends = [i + 10 for i in finds(low, b"contrase\xf1a")] if b"contrase\xf1a" in low else []
    # The Latin words run on every text since set 4 (``A senha é v``, ``Lösenordet är v`` have no
    # colon); ``has_colon`` is kept for the callers.
    latin = FOREIGN_LATIN if text.isascii() else FOREIGN_LATIN + FOREIGN_ACCENTED
    ends.extend(_whole_word_ends(low, latin))
    if not text.isascii():
        for word in FOREIGN_WIDE:
            if word in text:
                i = text.find(word)
                while i >= 0:
                    ends.append(i + len(word))
                    i = text.find(word, i + 1)
    return ends


def _whole_word_ends(low: bytes, words: tuple[bytes, ...]) -> list[int]:
    ends: list[int] = []
    for word in words:
        if word in low:
            for i in finds(low, word):
                j = i + len(word)
                # a whole word: not ``resenha`` (a review), not ``heslovat``
                if (i and low[i - 1] in LOWER_LETTERS) or low[j : j + 1].isalpha():
                    continue
                ends.append(j)
    return ends
