"""Secrets with a vendor prefix: prefiltered with one scan of marks, then a literal-first regex."""

from __future__ import annotations

import base64
import binascii

from .assignments import password_value, prose_value
from .findings import Hit
from .secret_patterns import (
    AUTH_SCHEME,
    BASIC_AFTER,
    CURL_USER,
    DISCORD_HEAD,
    DISCORD_HOOK,
    DISCORD_MID,
    FAMILY_BACK,
    FAMILY_GROUPS,
    FAMILY_ORDER,
    FOREIGN_ACCENTED,
    FOREIGN_LATIN,
    FOREIGN_TAIL,
    FOREIGN_WIDE,
    KEY_CHARS,
    LOWER_LETTERS,
    MORE_KEYS,
    MORE_NEEDLES,
    MYSQL_P,
    PREFIX_MARK,
    PREFIXED,
    PW_VALUE,
    SAS_SIG,
    SG_SK,
    SLACK_HOOK,
    TELEGRAM_TAIL,
)
from .validators import has_mix, shannon_entropy


def prefix_families(marked: bytes) -> dict[str, int]:
    """The families whose prefix may occur, each with the position of its first mark."""
    found: dict[str, int] = {}
    for m in PREFIX_MARK.finditer(marked):
        at = m.start()
        for name, value in m.groupdict().items():
            if value is not None and name != "la":
                family = FAMILY_GROUPS[name]
                if family not in found:
                    found[family] = at
    return found


def scan_prefixed(text: str, families: dict[str, int], out: list[Hit]) -> None:
    for family, (_needles, pattern, kind, check) in zip(FAMILY_ORDER, PREFIXED):
        at = families.get(family)
        if at is None:
            continue
        for m in pattern.finditer(text, max(0, at - FAMILY_BACK)):
            if check(text, m):
                out.append((m.start(), m.end(), kind))


def _finds(low: bytes, needle: bytes) -> list[int]:
    out, i = [], low.find(needle)
    while i >= 0:
        out.append(i)
        i = low.find(needle, i + 1)
    return out


def scan_more_secrets(
    text: str,
    raw: bytes,
    families: dict[str, int],
    low: bytes,
    has_colon: bool,
    urls: bool,
    out: list[Hit],
) -> None:
    """``families``: what ``PREFIX_MARK`` saw (``more``: the end of a ``MORE_KEYS`` prefix);
    ``has_colon``/``urls``: the text holds ``:``/``://``."""
    names = [name for name, needle in MORE_NEEDLES if needle in raw] if "more" in families else []
    if "mailgun" in families and b"key-" in raw:
        names.append("mailgun")
    for sm in SG_SK.finditer(raw):
        names.append("sg" if sm.group()[1] == 71 else "sk")
    for name in names:
        for m in MORE_KEYS[name].finditer(text):
            s, e = m.span()
            if (s and text[s - 1] in KEY_CHARS) or (e < len(text) and text[e] in KEY_CHARS):
                continue
            if name == "mailgun" and not has_mix(m.group()[4:]):
                continue  # ``key-`` then a slug of words is a name, not a key
            if shannon_entropy(m.group()) >= 3.0:
                out.append((s, e, "API_KEY"))
    for dm in DISCORD_MID.finditer(raw):  # bytes: faster, and the offsets are the text's
        ms, me = dm.span()
        lo = max(0, ms - 29)
        head_start = ms
        while head_start > lo and text[head_start - 1] in KEY_CHARS:
            head_start -= 1
        if head_start > 0 and (text[head_start - 1] in KEY_CHARS or text[head_start - 1] == "."):
            continue
        if DISCORD_HEAD.fullmatch(text, head_start, ms) is None:
            continue
        tok = text[head_start:me]
        if has_mix(tok) and shannon_entropy(tok) >= 3.5:
            out.append((head_start, me, "API_KEY"))
    if b"authorization" in low:  # ``Authorization: Basic <b64 user:pass>`` / ``Token <t>``
        for at in _finds(low, b"authorization"):
            am = AUTH_SCHEME.match(text, at)
            if am is not None and shannon_entropy(am.group(1)) >= 3.0:
                out.append((am.start(1), am.end(1), "SECRET"))
                continue
            bm = BASIC_AFTER.match(text, at)
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
        for bm2 in MYSQL_P.finditer(low):
            vm = PW_VALUE.match(text, bm2.end())
            if vm is not None:
                out.append((vm.start(), vm.end(), "PASSWORD"))
    if "uflag" in families and b"curl" in low:
        for tm in CURL_USER.finditer(low):
            vm = PW_VALUE.match(text, tm.end())
            v = password_value(vm.group()) if vm is not None else None
            if v is not None:
                out.append((tm.end(), tm.end() + len(v), "PASSWORD"))
    if urls:
        _scan_url_secrets(text, raw, low, out)
    # ``passwort`` and ``passe`` are keywords of ``scan_assignments``. A needle wider than the
    # text's own characters is rejected at once, so the non-Latin words cost nothing on Latin text.
    starts = [i + 10 for i in _finds(low, b"contrase\xf1a")] if b"contrase\xf1a" in low else []
    # Three ``in`` scans cost about a tenth of the whole detection of a 4 KB message: they run
    # only on text with a colon (``senha: v``, the usual way a credential is written down);
    # ``A senha é v`` in a message without one is missed.
    foreign: tuple[bytes, ...] = ()
    if has_colon:
        foreign = FOREIGN_LATIN if text.isascii() else FOREIGN_LATIN + FOREIGN_ACCENTED
    for word_b in foreign:
        if word_b in low:
            for i in _finds(low, word_b):
                j = i + len(word_b)
                # a whole word: not ``resenha`` (a review), not ``heslovat``
                if (i and low[i - 1] in LOWER_LETTERS) or low[j : j + 1].isalpha():
                    continue
                starts.append(j)
    if not text.isascii():
        for word in FOREIGN_WIDE:
            if word in text:
                i = text.find(word)
                while i >= 0:
                    starts.append(i + len(word))
                    i = text.find(word, i + 1)
    for at in starts:
        fm = FOREIGN_TAIL.match(text, at)
        if fm is not None:
            v = password_value(fm.group(1))
            if v is not None:
                out.append((fm.start(1), fm.start(1) + len(v), "PASSWORD"))
        else:
            hit = prose_value(text, low, at, at)
            if hit is not None:
                out.append(hit)


def _scan_url_secrets(text: str, raw: bytes, low: bytes, out: list[Hit]) -> None:
    """Credentials that are part of a URL or stand alone with a fixed shape: Slack and Discord
    webhooks, Telegram bot tokens (``123456789:AA...``), Azure SAS signatures."""
    if b"hooks.slack.com/" in low:
        for hm in SLACK_HOOK.finditer(text):
            if shannon_entropy(hm.group(2)) >= 3.0:
                out.append((hm.start(1), hm.end(1), "SECRET"))
    if b"/api/webhooks/" in low:
        for hm in DISCORD_HOOK.finditer(text):
            if has_mix(hm.group(1)) and shannon_entropy(hm.group(1)) >= 3.5:
                out.append((hm.start(1), hm.end(1), "SECRET"))
    if b":AA" in raw:
        for tm in TELEGRAM_TAIL.finditer(text):
            s = tm.start()
            while s > tm.start() - 10 and s > 0 and text[s - 1].isdigit():
                s -= 1
            # eight to ten digits of bot id, standing alone or after ``/bot`` in the API URL
            if tm.start() - s < 8 or (s and text[s - 1] in KEY_CHARS and text[s - 3 : s] != "bot"):
                continue
            if shannon_entropy(tm.group()) >= 3.5:
                out.append((s, tm.end(), "API_KEY"))
    if b"sig=" in low:
        for sm in SAS_SIG.finditer(text):
            if shannon_entropy(sm.group(1)) >= 3.5:
                out.append((sm.start(1), sm.end(1), "SECRET"))
