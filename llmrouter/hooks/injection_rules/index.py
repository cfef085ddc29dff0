"""The built-in rules compiled, and the gate that picks the few worth running on a text.

A rule whose needed words are absent is skipped without running its regex, which is what keeps
an ordinary message in the microseconds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import ALL_RULES
from .rule import Rule


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule with its regex compiled for plain text and, unless raw, for glued-back letters."""

    rule: Rule
    plain: re.Pattern[str]
    glued: re.Pattern[str] | None


def _compile_rules(rules: Sequence[Rule]) -> tuple[CompiledRule, ...]:
    return tuple(
        CompiledRule(rule, rule.compile(False), None if rule.raw else rule.compile(True)) for rule in rules
    )


COMPILED = _compile_rules(ALL_RULES)
GROUP_OF = {rule.id: rule.group for rule in ALL_RULES}

# The gate in front of the regexes. A rule whose needed words are absent is skipped without
# running its regex, which is what keeps an ordinary message in the microseconds. Words are
# looked up as token prefixes (one tokenising pass and a set lookup per rule, instead of one
# substring search per needed word); needs that start with punctuation ("<!--", "@") and
# needs in scripts written without spaces (Chinese, Japanese...) are searched as substrings.
_TOKEN = re.compile(r"[^\W_]+")
_KEY_LEN = 6
_UNSEGMENTED = re.compile("[\u0600-\u06ff\u0900-\u097f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _gate_key(stem: str) -> str:
    match = _TOKEN.match(stem)
    if match is None or _UNSEGMENTED.search(stem):
        return stem  # searched as a substring
    return match.group(0)[:_KEY_LEN]


def _gate(rule: Rule) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(_gate_key(stem) for stem in group) for group in rule.needs)


_GATES: tuple[tuple[frozenset[str], ...], ...] = tuple(_gate(c.rule) for c in COMPILED)
_ALL_KEYS = {key for gate in _GATES for group in gate for key in group}
_KEY_LENS = tuple(sorted({len(k) for k in _ALL_KEYS if _TOKEN.fullmatch(k) and not _UNSEGMENTED.search(k)}))
_SUBSTRING_KEYS = tuple(
    sorted(k for k in _ALL_KEYS if not _TOKEN.fullmatch(k) and not _UNSEGMENTED.search(k))
)
_UNSEGMENTED_KEYS = tuple(sorted(k for k in _ALL_KEYS if _UNSEGMENTED.search(k)))


_UNGATED = tuple(i for i, gate in enumerate(_GATES) if not gate)
_INDEX: dict[str, tuple[int, ...]] = {}
for _i, _gate_groups in enumerate(_GATES):
    for _key in _gate_groups[0] if _gate_groups else ():
        _INDEX[_key] = (*_INDEX.get(_key, ()), _i)


def candidates(lower: str) -> list[int]:
    """Indices of the rules whose needed words all occur in ``lower``, in rule order."""
    present = _present(lower)
    found = set(_UNGATED)
    index = _INDEX
    for key in present:
        hits = index.get(key)
        if hits:
            found.update(hits)
    out = []
    for i in sorted(found):
        gate = _GATES[i]
        if len(gate) > 1 and not all(not present.isdisjoint(group) for group in gate[1:]):
            continue
        out.append(i)
    return out


_NO_KEYS: frozenset[str] = frozenset()
_TOKEN_KEYS: dict[str, frozenset[str]] = {}
"""Per token, the gate keys among its prefixes: a bounded memo, since ordinary words recur in
every text; the gate only ever looks keys up, so dropping the prefixes that are no key changes
nothing. Long tokens (blobs, identifiers) are not remembered."""
_TOKEN_KEYS_MAX = 50_000
_TOKEN_MEMO_LEN = 40


def _keys_of(token: str) -> frozenset[str]:
    """The gate keys that are prefixes of ``token`` (of the lengths keys have)."""
    keys = frozenset(prefix for prefix in {token[:n] for n in _KEY_LENS} if prefix in _ALL_KEYS) or _NO_KEYS
    if len(token) > _TOKEN_MEMO_LEN:
        return keys
    if len(_TOKEN_KEYS) >= _TOKEN_KEYS_MAX:
        _TOKEN_KEYS.clear()
    _TOKEN_KEYS[token] = keys
    return keys


def _present(lower: str) -> set[str]:
    """The gate keys found in ``lower``."""
    found: set[str] = set()
    memo = _TOKEN_KEYS
    for token in set(_TOKEN.findall(lower)):
        keys = memo.get(token)
        if keys is None:
            keys = _keys_of(token)
        if keys:
            found |= keys
    found.update(filter(lower.__contains__, _SUBSTRING_KEYS))
    if not lower.isascii() and _UNSEGMENTED.search(lower):
        found.update(filter(lower.__contains__, _UNSEGMENTED_KEYS))
    return found
