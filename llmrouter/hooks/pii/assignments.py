"""Secrets named by a keyword: ``password = v``, ``token: v``, ``<password>v</password>``, ``my password is v``."""

from __future__ import annotations

import re

from .findings import FIRST_TWO, Hit
from .secret_patterns import (
    ASSIGN_TAIL,
    CLI_BEFORE,
    CLI_VALUE,
    ENV_VALUE,
    IDENTIFIER,
    KEY_COMPOUNDS,
    KEY_STOP,
    KEYWORDS,
    KW_CLASSES,
    KW_GROUPS,
    KW_SCAN,
    LOWER_LETTERS,
    NETRC_BEFORE,
    PASS_TOOL_TAIL,
    PASSWORD_WORDS,
    PLACEHOLDER_VALUE,
    PROSE_TAIL,
    PROSE_TAIL_WIDE,
    PROSE_VALUE,
    PW_VALUE,
    SET_BEFORE,
    SLUG,
    XML_ELEMENT_VALUE,
    XML_KV_AFTER,
)
from .validators import shannon_entropy


def _keyword_hits(low: bytes) -> list[tuple[int, int, re.Match[bytes]]]:
    """``(keyword index, start, match)`` for every match of every ``KEYWORDS`` regex, in the
    order the six ``finditer`` scans would give them (keyword matches never overlap their own)."""
    hits: list[tuple[int, int, re.Match[bytes]]] = []
    for m in KW_SCAN.finditer(low.translate(KW_CLASSES)):
        idx, back = KW_GROUPS[m.lastgroup or ""]
        start = m.start() - back
        exact = KEYWORDS[idx].match(low, start)
        if exact is not None:
            hits.append((idx, start, exact))
    if len(hits) > 1:
        hits.sort(key=FIRST_TWO)
    return hits


def lowered(text: str, raw: bytes) -> bytes:
    """``text.lower()`` as one byte per character (``raw`` is the text in Latin-1, ``?`` for
    what it cannot hold): only ASCII letters matter to the keyword scans, and ``bytes.lower``
    is ten times faster than ``str.lower`` on accented text. The two non-ASCII characters whose
    ``str.lower`` holds ASCII letters are handled as before: the Kelvin sign reads ``k``, and
    ``İ`` (which grows) made the old code lower ASCII letters only."""
    if "\u212a" in text and "\u0130" not in text:
        return text.replace("\u212a", "k").encode("latin-1", "replace").lower()
    return raw.lower()


def prose_value(text: str, low: bytes, start: int, at: int) -> Hit | None:
    """``password for the VPN is v``, ``senha do roteador é v``, ``Passwort lautet v``: the
    value after :data:`PROSE_TAIL_WIDE`, if it looks like a password and not like a word."""
    pm = PROSE_TAIL_WIDE.match(text, at)
    if pm is None:
        return None
    cop = pm.group("cop")
    if cop and cop.lower() == "to" and SET_BEFORE.search(low, max(0, start - 30), start) is None:
        return None
    vm = PROSE_VALUE.match(text, pm.end())
    v = password_value(vm.group()) if vm is not None else None
    # a sentence goes on with words: ``SSO``, ``https://...`` are not what a password is
    if v is None or (v.isalpha() and v.isupper()) or "://" in v:
        return None
    return (pm.end(), pm.end() + len(v), "PASSWORD")


def _unassigned_value(text: str, low: bytes, start: int, end_kw: int) -> Hit | None:
    """A secret named by a keyword without ``=``/``:``: ``<password>v</password>``,
    ``key="DbPassword" value="v"``, ``--password v``, ``my password is v``, ``name: DB_PASS``
    over ``value: v``, ``machine h login u password v``."""
    nxt = text[end_kw : end_kw + 1]
    if nxt in ("\n", "\r", '"', "'") and low.find(b"name:", max(0, start - 40), start) >= 0:
        em = ENV_VALUE.match(text, end_kw)
        if em is not None:
            g = em.lastindex or 1
            v = em.group(g)
            if low[end_kw - 4 : end_kw] in (b"word", b"pass", b"sswd", b"_pwd"):
                if password_value(v) is not None:
                    return (em.start(g), em.end(g), "PASSWORD")
            elif len(v) >= 16 and shannon_entropy(v) >= 3.0 and not PLACEHOLDER_VALUE.match(v):
                return (em.start(g), em.end(g), "SECRET")
            return None
    if nxt == ">":
        lt = text.rfind("<", max(0, start - 40), start)
        if lt >= 0 and not any(c.isspace() for c in text[lt:start]):
            vm = XML_ELEMENT_VALUE.match(text, end_kw)
            if vm is not None and not PLACEHOLDER_VALUE.match(vm.group(1)):
                return (vm.start(1), vm.end(1), "PASSWORD")
        return None
    if nxt == '"' or (nxt and (nxt.isalnum() or nxt == "_")):
        vm = XML_KV_AFTER.match(text, end_kw)
        if (vm is not None and low[max(0, start - 45) : start].rfind(b'key="') >= 0) or (
            vm is not None and low[max(0, start - 45) : start].rfind(b'name="') >= 0
        ):
            if not PLACEHOLDER_VALUE.match(vm.group(1)):  # type: ignore[union-attr]
                return (vm.start(1), vm.end(1), "PASSWORD")  # type: ignore[union-attr]
        return None
    if nxt != " ":
        return None
    if CLI_BEFORE.search(low, max(0, start - 24), start) is not None:
        vm = CLI_VALUE.match(text, end_kw + 1)
        if vm is not None and vm.group()[0] not in "-<$" and password_value(vm.group()):
            return (vm.start(), vm.end(), "PASSWORD")
        return None
    pm = PROSE_TAIL.match(low, end_kw)
    if pm is not None:
        vm = PROSE_VALUE.match(text, pm.end())
        v = password_value(vm.group()) if vm is not None else None
        if v is not None:
            return (pm.end(), pm.end() + len(v), "PASSWORD")
        return None
    if low[end_kw - 4 : end_kw] in (b"word", b"sswd", b"wort", b"asse"):
        if NETRC_BEFORE.search(low, max(0, start - 120), start) is not None:
            vm = CLI_VALUE.match(text, end_kw + 1)
            v = password_value(vm.group()) if vm is not None else None
            if v is not None and vm is not None and len(v) == len(vm.group()):
                return (vm.start(), vm.end(), "PASSWORD")
            return None
        return prose_value(text, low, start, end_kw)
    return None


def scan_assignments(text: str, low: bytes, out: list[Hit]) -> None:
    seen: set[int] = set()
    for _idx, _start, hit in _keyword_hits(low):
        start, end_kw = hit.span()
        word = hit.group()
        before = low[max(0, start - 12) : start]
        lead = len(before) - len(before.rstrip(LOWER_LETTERS))
        prefix_word = before[len(before) - lead :] if lead else b""
        if (word == b"pass" or word == b"pwd" or word == b"pw") and prefix_word:
            if word == b"pass" and prefix_word.endswith((b"ssh", b"require")):
                # ``sshpass -p v``, ``requirepass v`` (redis.conf): the word is the tool's own
                tm = PASS_TOOL_TAIL[prefix_word.endswith(b"ssh")].match(low, end_kw)
                vm = PW_VALUE.match(text, tm.end()) if tm is not None else None
                v = password_value(vm.group()) if vm is not None else None
                if v is not None and tm is not None:
                    out.append((tm.end(), tm.end() + len(v), "PASSWORD"))
            continue
        if word == b"key" and prefix_word not in KEY_COMPOUNDS:
            continue
        m = ASSIGN_TAIL.match(text, end_kw)
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
        if not value or PLACEHOLDER_VALUE.match(value) or len(value) > 512:
            continue
        if suffix and any(stop in suffix for stop in KEY_STOP):
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
                and IDENTIFIER.fullmatch(value)
                and ("_" in value or "." in value or value.isalpha())
            ):
                continue
            if m.end() < len(text) and text[m.end()] == "(":
                continue
            if value.startswith(("http://", "https://")):
                continue
        is_password = word in PASSWORD_WORDS and not suffix
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


def password_value(value: str) -> str | None:
    """Trims sentence punctuation and drops words and placeholders: a password has a digit, a
    symbol or mixed case."""
    value = value.rstrip(".,;:)")
    if len(value) < 3 or PLACEHOLDER_VALUE.match(value):
        return None
    if value.isalpha() and (value.islower() or value.istitle()):
        return None
    if SLUG.fullmatch(value) is not None:
        return None  # ``sua_senha_aqui``, ``your-password-here``: words joined, a placeholder
    return value
