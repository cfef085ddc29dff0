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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"client": "X", "date_of_birth": "Mar. 3, 1971"}', "Mar. 3, 1971"),
        ('{"data_urodzenia": "3 marca 1966"}', "3 marca 1966"),
        ("my bday is Oct 2nd '87 btw", "Oct 2nd '87"),
        ("Patient DOB: 09-Feb-1958, allergies none", "09-Feb-1958"),
        ("Mein Geburtsdatum ist der 02.11.79, bitte korrigieren", "02.11.79"),
        ("Sökande: Per Holm, född 28/3 1971.", "28/3 1971"),
        ("Kund: Eva Lind, född 710328.", "710328"),
        ("Klient: Jan Novák, nar. 14.06.1952.", "14.06.1952"),
        ("Can you fix it? My DOB on the new form should be 3/14/1990.", "3/14/1990"),
        ("3) date of birth — 1959-07-30\n4) address", "1959-07-30"),
        ("D.O.B. ........ Feb. 9, 1961", "Feb. 9, 1961"),
        ("Agent: And your date of birth?\n10:42 Caller: 12 March 1977.", "12 March 1977"),
        ("id;name;dob;city\n7;Ana Ruiz;4 June 1980;Lugo\n8;Bo Li;1975-01-02;Graz", "4 June 1980"),
        ("INSERT INTO people (name, birth_date) VALUES ('Ana Ruiz', '1980-06-04');", "1980-06-04"),
        ("Paul Weber wurde am 3. Mai 1950 in Kassel geboren.", "3. Mai 1950"),
        ("Me llamo Ana, nací el 4 de junio de 1980 y vivo en Lugo.", "4 de junio de 1980"),
    ],
)
def test_birth_dates_by_form(text: str, value: str) -> None:
    assert (value, "DATE_OF_BIRTH") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "background check: DOB on file Meeting moved to June 4, 2024 at 14:45",
        "id;name;joined;city\n7;Ana Ruiz;4 June 1980;Lugo",
        "INSERT INTO orders (id, created) VALUES (7, '2024-06-04');",
        "Order 881203 shipped on 2024-06-04, born-again release v1.2",
    ],
)
def test_other_dates_are_not_birth_dates(text: str) -> None:
    assert [f for f in _found(text) if f[1] == "DATE_OF_BIRTH"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Nouvelle adresse : 12 rue des Acacias, appt 4, 31000 Toulouse. Merci",
            "12 rue des Acacias, appt 4, 31000 Toulouse",
        ),
        ("Neue Adresse: Lindenstraße 7, 3. OG, 80331 München. Danke", "Lindenstraße 7, 3. OG, 80331 München"),
        ("Morada: Rua do Sol 8, 3.º Dto., 4000-123 Porto", "Rua do Sol 8, 3.º Dto., 4000-123 Porto"),
        ("Vi bor på Parkgatan 9, 2 tr, 411 38 Göteborg nu", "Parkgatan 9, 2 tr, 411 38 Göteborg"),
        ("Muutimme: Rantakatu 14 as. 3, 90100 Oulu", "Rantakatu 14 as. 3, 90100 Oulu"),
        ("Het adres is Dorpsstraat 5 bus 3, 3000 Leuven.", "Dorpsstraat 5 bus 3, 3000 Leuven"),
        (
            "Lisa Grey\n88 Mill Pond Rd, Suite 12\nAlbany, NY 12207\n",
            "88 Mill Pond Rd, Suite 12\nAlbany, NY 12207",
        ),
        ("Tom Hale\n17 Birch Rise\nLeeds\nLS6 2AB\n", "17 Birch Rise\nLeeds\nLS6 2AB"),
        (
            "Ana Lima\nRua Bela, 120, apto 5 - Centro, Recife - PE, 50010-000",
            "Rua Bela, 120, apto 5 - Centro, Recife - PE, 50010-000",
        ),
        ("Mailing: P.O. Box 4410, Boise, ID 83702", "P.O. Box 4410, Boise, ID 83702"),
        ("Flat 3, 19 Hawthorn Road\nCardiff", "Flat 3, 19 Hawthorn Road"),
        (
            "new place is 48 maple grove ave, apt 2b, dayton, oh 45402 come by",
            "48 maple grove ave, apt 2b, dayton, oh 45402",
        ),
    ],
)
def test_addresses_with_unit_parts_and_tails(text: str, value: str) -> None:
    assert (value, "ADDRESS") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Allergies: none\nBP 120 mm, pulse 72",
        "Versichertennr. 222 054 0017, Hausarzt Dr. Petrenko",
        "the box 12 of 40 shipped; see row 3",
        "we moved the meeting to room 4, floor 2",
    ],
)
def test_not_addresses(text: str) -> None:
    assert [f for f in _found(text) if f[1] == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 3 March 2021, Ana Lima wrote:\n> hi", "Ana Lima"),
        ("> On Mar 3rd '21, Kofi Mensah <kofi@example.org> wrote:", "Kofi Mensah"),
        ("Le 04/05/2022, Étienne Roux a écrit :\n> ok", "Étienne Roux"),
        ("Em 4/5/2022, João de Sá escreveu:\n> oi", "João de Sá"),
        ("El 4/5/22, Iker Etxeberria escribió:", "Iker Etxeberria"),
        ("W dniu 2022-05-04 Łukasz Wróbel napisał(a):", "Łukasz Wróbel"),
        ("04.05.2022 tarihinde Ayşe Yıldız yazdı:", "Ayşe Yıldız"),
        ("Am 04.05.2022 schrieb Jörg Brandt:\n> Hallo", "Jörg Brandt"),
        ("Op 4 mei 2022 schreef Sanne de Vries:", "Sanne de Vries"),
    ],
)
def test_names_in_reply_headers(text: str, value: str) -> None:
    assert (value, "PERSON") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your Acme verification code: 614 220 9931. Valid 10 min.",
        "the bill goes to cost center 612 449 0083",
        "Oi pessoal,\n\nsegue o relatório.",
        "Thanks,\nFacilities",
        "sunny all weekend. Hope Street is closed for the market",
        "Treffpunkt Auf der Heide Ecke Markt um 10",
    ],
)
def test_codes_groups_and_street_names_left_alone(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("who has Oluwaseun's charger? mine died", "Oluwaseun"),
        ("Siegfrieds Laptop liegt noch im Büro", "Siegfried"),
        ("thx anneliese! got it", "anneliese"),
        ("frag mal gudrun, die weiß das", "gudrun"),
        ("o notebook da thaís ficou na recepção", "thaís"),
    ],
)
def test_chat_names_and_possessives(text: str, value: str) -> None:
    assert (value, "PERSON") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "In het voorbeeld is de server 192.0.2.85.",
        "Shipment 1Z999 is on its way.",
        "Mark my words, Philips will ship late again.",
        "Hola Ana, ¿me mandas el presupuesto?",
        "ordered a burger from Wendy's, arrives soon",
        "grabbing Jack Daniel's for lunch",
    ],
)
def test_chat_words_that_are_not_names(text: str) -> None:
    assert [f for f in _found(text) if f[1] == "PERSON" and f[0] != "Ana"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Prior carrier: Acme Mutual, policy 612 449 0083.",
        "Tu pedido llega hoy. Código de entrega 612 449 0083.",
        "ordern är skickad, spårning 750560458763",
        "Subject: Re: vraag\nDate: 04-01-2027 19:45\n\nHallo",
    ],
)
def test_phone_shaped_ids_and_timestamps_are_not_phones(text: str) -> None:
    assert [f for f in _found(text) if f[1] == "PHONE"] == []


def test_phone_after_a_plain_label_is_still_a_phone() -> None:
    assert ("612 449 0083", "PHONE") in _found("call me on 612 449 0083, ref. the invoice")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mój nowy numeer to 601-228-914", "601-228-914"),
        ("o meu novo número é 912345678", "912345678"),
        ("mitt nya nummer är 0701234567", "0701234567"),
        ("sono io, chiamami al 347-1234567", "347-1234567"),
        ("Mail: a@b.dk, tlf. 41223344.", "41223344"),
    ],
)
def test_national_phones_after_a_cue(text: str, value: str) -> None:
    assert (value, "PHONE") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Numer śledzenia: 706561868937. Przewidywana dostawa jutro.",
        "numer przesyłki 643481058286",
        "The number 4600 980 591 744 fails the checksum",
        "Consulta número de pedido PO 4781869582.",
    ],
)
def test_numbers_of_things_are_not_phones(text: str) -> None:
    assert [f for f in _found(text) if f[1] == "PHONE"] == []
