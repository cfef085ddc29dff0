"""The injection guard's rules, as data: each module holds one family, in the order they are scored."""

from __future__ import annotations

from .documents import HIDDEN_INSTRUCTION_RULES
from .extraction import EXTRACTION_RULES
from .intent import INTENT_RULES
from .languages import OTHER_LANGUAGE_RULES
from .markers import OBFUSCATION_HINT_RULES, ROLE_MARKER_RULES
from .overrides import OVERRIDE_RULES
from .personas import PERSONA_RULES
from .rule import Rule

ENGLISH_RULES: list[Rule] = [
    *OVERRIDE_RULES,
    *PERSONA_RULES,
    *EXTRACTION_RULES,
    *HIDDEN_INSTRUCTION_RULES,
    *ROLE_MARKER_RULES,
    *OBFUSCATION_HINT_RULES,
]
#: Every built-in rule, in scoring order.
ALL_RULES: tuple[Rule, ...] = (*ENGLISH_RULES, *OTHER_LANGUAGE_RULES, *INTENT_RULES)

__all__ = ["ALL_RULES", "ENGLISH_RULES", "Rule"]
