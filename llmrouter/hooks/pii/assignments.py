"""Secrets named by a keyword: ``password = v``, ``token: v``, ``<password>v</password>``, ``my password is v``."""

from __future__ import annotations

import re

from .findings import FIRST_TWO, Hit
from .secret_patterns import (
    ASSIGN_TAIL,
    CLI_BEFORE,
    CLI_VALUE,
    DELAYED_COLON,
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
    TOKEN_AFTER,
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


def has_keyword(low: bytes) -> bool:
    """Some ``KEYWORDS`` word (``password``, ``token``, ``key``...) occurs in ``low``."""
    return bool(_keyword_hits(low))


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
        env = ENV_VALUE.match(text, end_kw)
        if env is not None:
            return _env_list_value(low, end_kw, env)
    if nxt == ">":
        return _xml_element_value(text, start, end_kw)
    if nxt == '"' or (nxt and (nxt.isalnum() or nxt == "_")):
        return _xml_key_value(text, low, start, end_kw)
    if nxt != " ":
        return None
    return _spaced_value(text, low, start, end_kw)


def _env_list_value(low: bytes, end_kw: int, env: re.Match[str]) -> Hit | None:
    """``- name: DB_PASS`` over ``value: v`` (Kubernetes and compose env lists)."""
    g = env.lastindex or 1
    v = env.group(g)
    if low[end_kw - 4 : end_kw] in (b"word", b"pass", b"sswd", b"_pwd"):
        if password_value(v) is not None:
            return (env.start(g), env.end(g), "PASSWORD")
    elif len(v) >= 16 and shannon_entropy(v) >= 3.0 and not PLACEHOLDER_VALUE.match(v):
        return (env.start(g), env.end(g), "SECRET")
    return None


def _xml_element_value(text: str, start: int, end_kw: int) -> Hit | None:
    """``<password>v</password>``, ``<db:secret>v</db:secret>``."""
    lt = text.rfind("<", max(0, start - 40), start)
    if lt >= 0 and not any(c.isspace() for c in text[lt:start]):
        element = XML_ELEMENT_VALUE.match(text, end_kw)
        if element is not None and not PLACEHOLDER_VALUE.match(element.group(1)):
            return (element.start(1), element.end(1), "PASSWORD")
    return None


def _xml_key_value(text: str, low: bytes, start: int, end_kw: int) -> Hit | None:
    """``<add key="DbPassword" value="v"/>`` (.NET config), ``name="..." value="v"``."""
    pair = XML_KV_AFTER.match(text, end_kw)
    if pair is None:
        return None
    window = low[max(0, start - 45) : start]
    if (window.rfind(b'key="') >= 0 or window.rfind(b'name="') >= 0) and not PLACEHOLDER_VALUE.match(
        pair.group(1)
    ):
        return (pair.start(1), pair.end(1), "PASSWORD")
    return None


def _spaced_value(text: str, low: bytes, start: int, end_kw: int) -> Hit | None:
    """The keyword then a space: ``--password v``, ``password is v``, ``.netrc`` lines, prose."""
    if CLI_BEFORE.search(low, max(0, start - 24), start) is not None:
        flag_value = CLI_VALUE.match(text, end_kw + 1)
        if (
            flag_value is not None
            and flag_value.group()[0] not in "-<$"
            and password_value(flag_value.group())
        ):
            return (flag_value.start(), flag_value.end(), "PASSWORD")
        return None
    copula = PROSE_TAIL.match(low, end_kw)
    if copula is not None:
        said = PROSE_VALUE.match(text, copula.end())
        v = password_value(said.group()) if said is not None else None
        if v is not None:
            return (copula.end(), copula.end() + len(v), "PASSWORD")
        return None
    if low[end_kw - 4 : end_kw] in (b"word", b"sswd", b"wort", b"asse"):
        if NETRC_BEFORE.search(low, max(0, start - 120), start) is not None:
            return _netrc_value(text, end_kw)
        return prose_value(text, low, start, end_kw) or delayed_colon_value(text, end_kw)
    if low[end_kw - 5 : end_kw] == b"token":
        return _token_after(text, end_kw)
    return None


def delayed_colon_value(text: str, at: int) -> Hit | None:
    """The password after a colon later in the clause that names it (``DELAYED_COLON``)."""
    m = DELAYED_COLON.match(text, at)
    v = password_value(m.group(1)) if m is not None else None
    if m is None or v is None or "://" in v or (v.isalpha() and v.isupper()):
        return None
    return (m.start(1), m.start(1) + len(v), "PASSWORD")


def _token_after(text: str, end_kw: int) -> Hit | None:
    """``the token ST0JOlxvHGdl leaked``: a value with letters and digits, random enough."""
    m = TOKEN_AFTER.match(text, end_kw)
    if m is None:
        return None
    v = m.group(1).rstrip(".,;:!?)")
    has_digit = any(c.isdigit() for c in v)
    if len(v) < 8 or not has_digit or not any(c.isalpha() for c in v) or shannon_entropy(v) < 3.0:
        return None
    return (m.start(1), m.start(1) + len(v), "SECRET")


def _netrc_value(text: str, end_kw: int) -> Hit | None:
    """``machine <host> [login <user>] password <value>``: the whole next token."""
    token = CLI_VALUE.match(text, end_kw + 1)
    v = password_value(token.group()) if token is not None else None
    if v is not None and token is not None and len(v) == len(token.group()):
        return (token.start(), token.end(), "PASSWORD")
    return None


def scan_assignments(text: str, low: bytes, out: list[Hit]) -> None:
    """Values named by a credential keyword: ``password = v``, ``"token": "v"``, ``API_KEY=v``,
    and the forms without an assignment (:func:`_unassigned_value`); one finding per value."""
    seen: set[int] = set()
    for _idx, _start, hit in _keyword_hits(low):
        start, end_kw = hit.span()
        word = hit.group()
        prefix_word = _letters_before(low, start)
        if (word == b"pass" or word == b"pwd" or word == b"pw") and prefix_word:
            if word == b"pass" and prefix_word.endswith((b"ssh", b"require")):
                _scan_tool_password(text, low, prefix_word, end_kw, out)
            continue
        if word == b"key" and prefix_word not in KEY_COMPOUNDS:
            continue
        m = ASSIGN_TAIL.match(text, end_kw)
        if m is None:
            found = _unassigned_value(text, low, start, end_kw) if word != b"key" or prefix_word else None
        else:
            found = _assigned_value(text, start, word, m, seen)
        if found is not None and found[0] not in seen:
            seen.add(found[0])
            out.append(found)


def _letters_before(low: bytes, start: int) -> bytes:
    """The lower-case letters glued before ``start`` (at most 12): ``api`` of ``apikey``."""
    before = low[max(0, start - 12) : start]
    lead = len(before) - len(before.rstrip(LOWER_LETTERS))
    return before[len(before) - lead :] if lead else b""


def _scan_tool_password(text: str, low: bytes, prefix_word: bytes, end_kw: int, out: list[Hit]) -> None:
    """``sshpass -p v``, ``requirepass v`` (redis.conf): the word is the tool's own."""
    tail = PASS_TOOL_TAIL[prefix_word.endswith(b"ssh")].match(low, end_kw)
    value = PW_VALUE.match(text, tail.end()) if tail is not None else None
    v = password_value(value.group()) if value is not None else None
    if v is not None and tail is not None:
        out.append((tail.end(), tail.end() + len(v), "PASSWORD"))


def _assigned_value(text: str, start: int, word: bytes, m: re.Match[str], seen: set[int]) -> Hit | None:
    """The value of ``<keyword><suffix> = value`` (``m``: :data:`ASSIGN_TAIL` after the keyword),
    unless it is a placeholder, a variable, a call, a URL, prose, or too weak for a secret."""
    suffix = m.group(1).lower()
    if suffix and suffix[0].isalpha():
        return None
    group = 6 if m.group(6) is not None else (7 if m.group(7) is not None else 8)
    value_start = m.start(group)
    if value_start in seen:
        return None
    value: str = m.group(group)
    quoted = m.group(8) is None
    if not quoted and "&" in value:
        value = _cut_at_query_separator(text, start, value)
    if not value or PLACEHOLDER_VALUE.match(value) or len(value) > 512:
        return None
    if suffix and any(stop in suffix for stop in KEY_STOP):
        return None
    if not quoted and _names_code_not_a_value(text, m, value):
        return None
    if word in PASSWORD_WORDS and not suffix:
        if _is_prose_after_colon(text, m, value, quoted):
            return None
        kind = "PASSWORD"
    else:
        if len(value) < 16 or shannon_entropy(value) < 3.0:
            return None
        if not any(c.isdigit() for c in value) and value.isalpha() and value.islower():
            return None
        kind = "SECRET"
    return (value_start, value_start + len(value), kind)


def _cut_at_query_separator(text: str, start: int, value: str) -> str:
    """In a URL query (``?token=...&next=...``) ``&`` ends the value; in a connection string or
    .env it may be part of the password."""
    key_start = start
    while key_start > 0 and (text[key_start - 1].isalnum() or text[key_start - 1] in "_-."):
        key_start -= 1
    if key_start > 0 and text[key_start - 1] in "?&":
        return value[: value.index("&")]
    return value


def _names_code_not_a_value(text: str, m: re.Match[str], value: str) -> bool:
    """``password = user_input`` in code names a variable; ``KEY=value`` in .env and connection
    strings has no spaces around ``=``. (``password = s3cr3t`` in an INI file is a value:
    identifiers seldom hold digits.) Calls and URLs are not values either."""
    spaced = bool(m.group(3) or m.group(5))
    if (
        spaced
        and m.group(4) != ":"
        and IDENTIFIER.fullmatch(value)
        and ("_" in value or "." in value or value.isalpha())
    ):
        return True
    if m.end() < len(text) and text[m.end()] == "(":
        return True
    return value.startswith(("http://", "https://"))


def _is_prose_after_colon(text: str, m: re.Match[str], value: str, quoted: bool) -> bool:
    """Prose ("password: reset it below") rather than a credential: a plain lower-case word
    counts only when it ends the line or sentence."""
    if m.group(4) != ":" or quoted or m.group(2):
        return False
    after = text[m.end() : m.end() + 2]
    ends_line = after[:1] in ("", "\n", "\r") or (after[:1] in ".;," and after[1:2] in ("", " ", "\n"))
    return value.isalpha() and value.islower() and not ends_line


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
