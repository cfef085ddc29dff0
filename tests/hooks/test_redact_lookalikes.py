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
        ("Login from 81.2.69.7", "81.2.69.7", "IP_ADDRESS"),
        ("connect to 10.4.2.1 after the upgrade", "10.4.2.1", "IP_ADDRESS"),
    ],
)
def test_positives_next_to_the_lookalike_rules(text: str, value: str, kind: str) -> None:
    assert (value, kind) in _found(text)


def test_invalid_ssn_with_a_label_is_still_not_an_ssn() -> None:
    assert _found("SSN: 666221234") == []


@pytest.mark.parametrize(
    "text",
    [
        "Use the test card 4242 4242 4242 4242 in the Stripe sandbox.",
        "sandbox: 4111111111111111, 5555-5555-5555-4444, 3782 822463 10005",
        "Testkarte 4000 0566 5566 5556 für den Checkout",
        "la carte de test 6011 1111 1111 1117 est refusée",
        "mir test 2200 0000 0000 0004",
        "the docs use 192.0.2.10, 198.51.100.7 and 203.0.113.254",
        "allow 203.0.113.0/24 and 2001:db8::1 in the example config",
        "Beispiel: 2001:0DB8:85A3::8A2E:370:7334",
    ],
)
def test_published_sample_values_are_left_alone(text: str) -> None:
    """Issue #14's policy: test card numbers and documentation IPs identify no one."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my card is 4111 1111 1111 1111, please charge it", "4111 1111 1111 1111"),
        ("Meine Kreditkarte: 4242424242424242", "4242424242424242"),
        ("ma carte 5555 5555 5555 4444 expire en mai", "5555 5555 5555 4444"),
    ],
)
def test_a_test_number_the_writer_calls_theirs_is_redacted(text: str, value: str) -> None:
    assert (value, "CREDIT_CARD") in _found(text)


def test_a_real_looking_card_and_address_next_to_samples_are_still_found() -> None:
    text = "sandbox 4242 4242 4242 4242 works, but charge 4539 1488 0343 6467 from 81.2.69.7 not 192.0.2.1"
    assert _found(text) == [("4539 1488 0343 6467", "CREDIT_CARD"), ("81.2.69.7", "IP_ADDRESS")]
