"""Secrets with a vendor prefix: prefiltered with one scan of marks, then a literal-first regex."""

from __future__ import annotations

from .findings import Hit
from .passwords import (
    scan_authorization_headers,
    scan_curl_user_passwords,
    scan_foreign_passwords,
    scan_mysql_passwords,
)
from .secret_patterns import (
    DISCORD_HEAD,
    DISCORD_HOOK,
    DISCORD_MID,
    FAMILY_BACK,
    FAMILY_GROUPS,
    FAMILY_ORDER,
    KEY_CHARS,
    MORE_KEYS,
    MORE_NEEDLES,
    PREFIX_MARK,
    PREFIXED,
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


def scan_more_secrets(
    text: str,
    raw: bytes,
    families: dict[str, int],
    low: bytes,
    has_colon: bool,
    urls: bool,
    out: list[Hit],
) -> None:
    """The secrets no keyword scan finds, in the order they are reported. ``families``: what
    ``PREFIX_MARK`` saw (``more``: the end of a ``MORE_KEYS`` prefix); ``has_colon``/``urls``:
    the text holds ``:``/``://``."""
    _scan_rare_vendor_keys(text, raw, families, out)
    _scan_discord_tokens(text, raw, out)
    if b"authorization" in low:
        scan_authorization_headers(text, low, out)
    if b"mysql" in low:
        scan_mysql_passwords(text, low, out)
    if "uflag" in families and b"curl" in low:
        scan_curl_user_passwords(text, low, out)
    if urls:
        _scan_url_secrets(text, raw, low, out)
    scan_foreign_passwords(text, low, has_colon, out)


def _rare_vendor_names(raw: bytes, families: dict[str, int]) -> list[str]:
    """The ``MORE_KEYS`` vendors whose literal prefix is in the text."""
    names = [name for name, needle in MORE_NEEDLES if needle in raw] if "more" in families else []
    if "mailgun" in families and b"key-" in raw:
        names.append("mailgun")
    for sendgrid_or_twilio in SG_SK.finditer(raw):
        names.append("sg" if sendgrid_or_twilio.group()[1] == 71 else "sk")
    return names


def _scan_rare_vendor_keys(text: str, raw: bytes, families: dict[str, int], out: list[Hit]) -> None:
    for name in _rare_vendor_names(raw, families):
        for m in MORE_KEYS[name].finditer(text):
            s, e = m.span()
            if (s and text[s - 1] in KEY_CHARS) or (e < len(text) and text[e] in KEY_CHARS):
                continue
            if name == "mailgun" and not has_mix(m.group()[4:]):
                continue  # ``key-`` then a slug of words is a name, not a key
            if shannon_entropy(m.group()) >= 3.0:
                out.append((s, e, "API_KEY"))


def _scan_discord_tokens(text: str, raw: bytes, out: list[Hit]) -> None:
    for middle in DISCORD_MID.finditer(raw):  # bytes: faster, and the offsets are the text's
        ms, me = middle.span()
        lo = max(0, ms - 29)
        head_start = ms
        while head_start > lo and text[head_start - 1] in KEY_CHARS:
            head_start -= 1
        if head_start > 0 and (text[head_start - 1] in KEY_CHARS or text[head_start - 1] == "."):
            continue
        if DISCORD_HEAD.fullmatch(text, head_start, ms) is None:
            continue
        token = text[head_start:me]
        if has_mix(token) and shannon_entropy(token) >= 3.5:
            out.append((head_start, me, "API_KEY"))


def _scan_url_secrets(text: str, raw: bytes, low: bytes, out: list[Hit]) -> None:
    """Credentials that are part of a URL or stand alone with a fixed shape: Slack and Discord
    webhooks, Telegram bot tokens (``123456789:AA...``), Azure SAS signatures."""
    if b"hooks.slack.com/" in low:
        for hook in SLACK_HOOK.finditer(text):
            if shannon_entropy(hook.group(2)) >= 3.0:
                out.append((hook.start(1), hook.end(1), "SECRET"))
    if b"/api/webhooks/" in low:
        for hook in DISCORD_HOOK.finditer(text):
            if has_mix(hook.group(1)) and shannon_entropy(hook.group(1)) >= 3.5:
                out.append((hook.start(1), hook.end(1), "SECRET"))
    if b":AA" in raw:
        _scan_telegram_tokens(text, out)
    if b"sig=" in low:
        for signature in SAS_SIG.finditer(text):
            if shannon_entropy(signature.group(1)) >= 3.5:
                out.append((signature.start(1), signature.end(1), "SECRET"))


def _scan_telegram_tokens(text: str, out: list[Hit]) -> None:
    for tail in TELEGRAM_TAIL.finditer(text):
        s = tail.start()
        while s > tail.start() - 10 and s > 0 and text[s - 1].isdigit():
            s -= 1
        # eight to ten digits of bot id, standing alone or after ``/bot`` in the API URL
        if tail.start() - s < 8 or (s and text[s - 1] in KEY_CHARS and text[s - 3 : s] != "bot"):
            continue
        if shannon_entropy(tail.group()) >= 3.5:
            out.append((s, tail.end(), "API_KEY"))
