"""Third personal-path round (set 5 studied by category): human passwords in chat with typos in
the cue, ``user / password`` pairs, and what stays alone near a password word."""

from __future__ import annotations

import pytest

from llmrouter.hooks.redact import Redactor

R = Redactor(personal=True)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in R.scan(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("can you ask tom for the router pw, i believe it is Fjord-88lamp", "Fjord-88lamp"),
        ("the login for staging is root / Mango!2291 dont tell anyone", "Mango!2291"),
        ("need the redis creds? user svc, pass Kettle_0413", "Kettle_0413"),
        ("fråga Nils, han har lösenrodet: Blåbär!77", "Blåbär!77"),
        ("vraag Sanne, zij heeft het wachwtoord: tulp-Regen42", "tulp-Regen42"),
        ("Das WLAN-Passowrt. Ich glaube es ist Ziege#Wolke9", "Ziege#Wolke9"),
        ("pregúntale a Luis, tiene la cntraseña: Pato1987?", "Pato1987?"),
        ("zeptej se Jany, má heslo k wifi: Kocour2003.", "Kocour2003"),
        ("[Konto]\nnavn = Ole\nadgangskode = Hest!4410\n", "Hest!4410"),
        ("sifre = kedi-Bulut_551", "kedi-Bulut_551"),
        ("# notes\nSERVICE_TOKEN=kiwi!72&\n", "kiwi!72&"),
    ],
)
def test_human_passwords_after_a_cue(text: str, value: str) -> None:
    found = _found(text)
    assert any(v.rstrip(".") == value.rstrip(".") and k in ("PASSWORD", "SECRET") for v, k in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Set password: ${DB_PASSWORD} in your .env file. req_id=9fa0c2d1",
        "Replace password={{ vault_db_password }} with your own. Thanks!",
        "password policy: at least 12 characters, rotated every 90 days",
        "reset your password from v2.4.1 onwards, see 2024-03-01",
        "pass the --verbose flag to build v2beta3 again",
        "last_login = 2025-07-03T23:16:09Z",
        "the token expires at 10:30 on 12/05/2026",
        "config example token = xxx hai. port check karo: tcp/8443",
    ],
)
def test_password_words_without_a_password_are_left_alone(text: str) -> None:
    assert [f for f in _found(text) if f[1] in ("PASSWORD", "SECRET")] == []
