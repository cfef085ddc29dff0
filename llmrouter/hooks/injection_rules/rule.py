"""What a rule is: a weighted pattern, the words it needs, and how its source becomes a regex.

A space in a rule source stands for "a word gap"; it becomes a short run of non-word
characters, or, when scanning letters that were spaced apart and glued back together, an
optional one (word boundaries are dropped in that mode too).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

_GAP = r"[\W_]{1,5}"
_GLUED_GAP = r"[\W_]{0,5}"


@dataclass(frozen=True, slots=True)
class Rule:
    """One weighted pattern; ``id`` is ``<family>.<name>``."""

    id: str
    family: str
    weight: float
    source: str
    needs: tuple[frozenset[str], ...]  # every group needs one of its substrings in the text
    flags: int = re.IGNORECASE
    raw: bool = False  # source used as-is (no gap rewriting), e.g. CJK rules
    group: str = ""  # rules that restate one signal share a group and count once (the max)
    check: Callable[[str, int], bool] | None = None  # extra test on (text, match start)
    single: bool = False  # the match must not run across a sentence end

    def compile(self, glued: bool) -> re.Pattern[str]:
        """The regex for plain text, or for letters that were spaced apart and glued back."""
        if self.raw:
            return re.compile(self.source, self.flags)
        src = self.source.replace(" ", _GLUED_GAP if glued else _GAP)
        if glued:
            src = src.replace(r"\b", "")
        return re.compile(src, self.flags)


def rule(
    rule_id: str,
    weight: float,
    source: str,
    needs: Iterable[str] | tuple[tuple[str, ...], ...] = (),
    **kw: Any,
) -> Rule:
    """A rule; ``needs`` lists substrings (lower case) one of which any match must contain, a
    cheap test that spares running the regex on nearly every ordinary text."""
    family = rule_id.split(".", 1)[0]
    kw.setdefault("group", rule_id)
    items = tuple(needs)
    groups: tuple[frozenset[str], ...]
    if items and all(isinstance(item, tuple) for item in items):
        groups = tuple(frozenset(n.lower() for n in group) for group in items)  # type: ignore[union-attr]
    elif items:
        groups = (frozenset(str(n).lower() for n in items),)
    else:
        groups = ()
    return Rule(rule_id, family, weight, source, groups, **kw)
