"""Look-alikes of validator-backed types, and SSNs that only their label makes SSNs."""

from __future__ import annotations

import pytest

from llmrouter.hooks.redact import Redactor

R = Redactor()


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in R.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Upgraded agent to 10.4.2.1 and rebuilt the image.",
        "O Banco de Portugal divulgou os dados, versão 2.3.4.5.",
        "Wersja 4.12.0.3 naprawia błąd; sürüm 1.2.3.4 de aynı.",
        "We bumped it to 3.1.0.2 yesterday.",
        "call 536221234 tomorrow",
    ],
)
def test_lookalikes_left_alone(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("SSN:536221234", "536221234", "US_SSN"),
        ("ssn=536221234", "536221234", "US_SSN"),
        ("Social Security Number 536.22.1234", "536.22.1234", "US_SSN"),
        ("Login from 203.0.113.7", "203.0.113.7", "IP_ADDRESS"),
        ("connect to 10.4.2.1 after the upgrade", "10.4.2.1", "IP_ADDRESS"),
    ],
)
def test_positives_next_to_the_lookalike_rules(text: str, value: str, kind: str) -> None:
    assert (value, kind) in _found(text)


def test_invalid_ssn_with_a_label_is_still_not_an_ssn() -> None:
    assert _found("SSN: 666221234") == []
