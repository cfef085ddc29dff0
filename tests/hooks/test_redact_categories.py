"""The categories held-out set 4 showed the detector missed or took wrongly, one example each
(written here, not copied from the set), so a later change cannot lose them silently."""

from __future__ import annotations

import pytest

from llmrouter.hooks.redact import Redactor

PERSONAL = Redactor(personal=True)
DEFAULT = Redactor()


def _found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.entity_type) for f in redactor.scan(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Danke fürs Kommen, bises à Léa und bis bald", "Léa"),  # a lone given name, no cue
        ("lol chloe just told everyone the plan", "chloe"),  # lowercase after a chat opener
        ("@imogen reminder: your dentist is at noon", "imogen"),
        ("hey zhiwei, can you send the slides", "zhiwei"),  # greeting + comma, name data lacks it
        ("Signed: L. Whitfield", "L. Whitfield"),  # an initial before a family name
        ('{"id": 7, "full_name": "Nguyen Van An", "plan": "pro"}', "Nguyen Van An"),
        ("id,customer,city\n1,Zorvan Quellmann,Bergen\n", "Zorvan Quellmann"),  # a CSV column
        ("Γεια σου Νίκο, τα λέμε αύριο.", "Νίκο"),
    ],
)
def test_person_categories_found(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(PERSONAL, text)


@pytest.mark.parametrize(
    "text",
    [
        "The office is closed for Thanksgiving. Tickets resume Monday.",
        "Met Pasen gaan we naar Utrecht.",
        "Kind regards,\nAccounts Receivable",
        "AGENT: Sure, thanks for waiting.",
        "Alan Turing proposed the imitation game.",
        "Ruf mich an, wenn du da bist",
        '{"product_name": "Lamp", "name": "Aurora Lamp", "qty": 2, "city": "Bergen"}',
        "Hr. Bakker, verzonden met PostNL vandaag.",
    ],
)
def test_person_lookalike_categories_left_alone(text: str) -> None:
    assert [k for k in _found(PERSONAL, text) if k[1] == "PERSON" and k[0] != "Bakker"] == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Saludos,\nDiego Fernández\n91 893 29 37", "91 893 29 37", "PHONE"),  # under a signature
        ("Oye, ¿me pasas tu número nuevo? El mío es 91 344 21 67", "91 344 21 67", "PHONE"),
        ("The W-2 shows SSN 156-49-4881 but the correct one is 333179740.", "333179740", "US_SSN"),
        ("Client version 18.5, public IP 168.21.16.212, router reboots", "168.21.16.212", "IP_ADDRESS"),
        ("lol hat das WLAN-Passwort in die Gruppe geschrieben: Tulpe?1980", "Tulpe?1980", "PASSWORD"),
        ("A senha é z0L0inHFjkF7, muda-a.", "z0L0inHFjkF7", "PASSWORD"),
        ("the token ST0JOlxvHGdl leaked in the CI logs", "ST0JOlxvHGdl", "SECRET"),
    ],
)
def test_default_categories_found(text: str, value: str, kind: str) -> None:
    assert (value, kind) in _found(DEFAULT, text)


@pytest.mark.parametrize(
    "text",
    [
        "Número de seguimiento: 595440823133. Entrega estimada: 03/08/2027.",  # a parcel, no phone
        "SSN checks passed; confirm build Order #229105653.",
        "Failed password for root from 9b8c:865e:a48a:2ee9:c4e4:d8ca:7e7b:fa79 port 22",
    ],
)
def test_default_lookalike_categories_left_alone(text: str) -> None:
    assert [k for k in _found(DEFAULT, text) if k[1] in ("PHONE", "US_SSN", "PASSWORD")] == []


def _bench():  # type: ignore[no-untyped-def]
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("redaction_eval", root / "bench" / "redaction_eval.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["redaction_eval"] = bench
    spec.loader.exec_module(bench)
    return bench, root / "tests" / "data"


@pytest.mark.parametrize(
    ("name", "f1", "person_recall", "touched"),
    [
        # set 4 was studied by category in this round: these are development gates, not held-out
        # figures (its one-off held-out measurement: F1 0.866, PERSON R 0.689, 17.3% touched)
        ("pii_holdout4.jsonl", 0.95, 0.92, 0.03),
        ("pii_dev6.jsonl", 0.97, 0.95, 0.03),
        ("pii_holdout3.jsonl", 0.98, 0.95, 0.03),
    ],
)
def test_personal_path_dev_gates(name: str, f1: float, person_recall: float, touched: float) -> None:
    bench, data = _bench()
    rows = bench.load(data / name)
    report = bench.evaluate(rows, PERSONAL, fold_secrets=True)
    agnostic = bench.agnostic(rows, PERSONAL)
    assert agnostic["span_f1"] >= f1
    assert agnostic["touched"] <= touched
    assert report.per_type["PERSON"].recall >= person_recall
    assert report.per_type["PERSON"].precision >= 0.95


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("AGENT: Can you confirm your date of birth?\nCALLER: Sure, it's 4 March 1977.\n", "4 March 1977"),
        ("Patient: Eva Lind, född 19800412\nRemiss", "19800412"),
        ("Jonas ist am 03.07.1991 geboren, bitte eintragen", "03.07.1991"),
    ],
)
def test_birth_date_categories(text: str, date: str) -> None:
    assert (date, "DATE_OF_BIRTH") in _found(PERSONAL, text)


def test_other_dates_after_a_question_are_left_alone() -> None:
    text = "AGENT: When did the parcel arrive?\nCALLER: On 4 March 2024, I think."
    assert [k for k in _found(PERSONAL, text) if k[1] == "DATE_OF_BIRTH"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a record's label right before a phone-shaped number (written here, after sets 6 and 7)
        "Numer sprawy 5120 884 3071, prosimy o cierpliwość.",
        "Your claim number: 0207 946 0581 is being reviewed.",
        "Numéro de dossier 03-4471-9920, merci de le rappeler.",
        "Kundennummer: 0151 2339 8741\nRechnung folgt.",
        "Bestelnummer: 06-1234-5678 ontvangen.",
    ],
)
def test_record_numbers_are_not_phones(text: str) -> None:
    assert [k for k in _found(PERSONAL, text) if k[1] == "PHONE"] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Agent: Phone?\nCustomer: (403) 493-5210", "(403) 493-5210"),  # a transcript's speaker
        ("Kundenservice: 0800 123 4567 (kostenlos)", "0800 123 4567"),  # a service line is a phone
        ("Kontakt: 0612 345 678", "0612 345 678"),
    ],
)
def test_phones_after_person_labels_stay_found(text: str, phone: str) -> None:
    assert (phone, "PHONE") in _found(PERSONAL, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lumora Ltd said its new headquarters will be at 40 Finsbury Square, London.",
        "Der Hauptsitz zieht in die Friedrichstraße 68, 10117 Berlin.",
        "bestilling sendt, levering 14.3.2026 mellem 8 og 12",  # a date, not a house number
    ],
)
def test_company_seats_and_dates_are_not_addresses(text: str) -> None:
    assert [k for k in _found(PERSONAL, text) if k[1] == "ADDRESS"] == []


@pytest.mark.parametrize(
    "text",
    [
        "I finally bought Ralph Lauren shoes and a Tommy Hilfiger coat.",
        "Baker & Hale shares fell 3% after the report.",
        "Smith & Smith announced a merger.",
        "Victor Hugo a écrit Les Misérables.",
        "Jennifer Aniston and Keanu Reeves were at the premiere.",
        "Vamos al Zara de Sevilla mañana",
    ],
)
def test_brands_and_famous_people_are_not_persons(text: str) -> None:
    assert [k for k in _found(PERSONAL, text) if k[1] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dank je, groeten van Bram van Dijk", "Bram van Dijk"),  # a family name famous people share
        ("Anna & Tom are coming at five, Anna said", "Anna"),  # two friends, not a firm
        ('{"id": 3, "display_name": "Oksana", "plan": "pro"}', "Oksana"),  # a JSON value is quoted
        ("Pt: Harpreet Sandhu, DOB 04/05/1988", "Harpreet Sandhu"),
        ("Legal name: Thandiwe Mokoena", "Thandiwe Mokoena"),
    ],
)
def test_names_near_the_new_rules_stay_found(text: str, name: str) -> None:
    assert (name, "PERSON") in _found(PERSONAL, text)
