#!/usr/bin/env python3
"""Generate tests/data/pii_dev4.jsonl: development data for PERSON, ADDRESS and DATE_OF_BIRTH in ten
languages (en, de, fr, es, it, pt, nl, pl, sv, tr), with e-mails, phones and SSNs beside them, and
look-alike-only texts (versions, build and order numbers, timestamps, ISBNs, hashes, UUIDs, test card
numbers, documentation IPs, capitalised non-names, dates that are not birth dates).

Written alongside the detector: it shows the rules do what they were built for, not how they
generalise. Standard library only, deterministic. Half the names are hand-written and not chosen
from the detector's name list, so recall without a listed name shows too.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

R = random.Random(20261207)
OUT = Path(__file__).with_name("pii_dev4.jsonl")

GIVEN = {
    "en": ["Oliver", "Emily", "Harriet", "Declan", "Priya", "Marcus", "Siobhan", "Tobias", "Keisha", "Rowan"],
    "de": [
        "Jürgen",
        "Annelie",
        "Bastian",
        "Henrike",
        "Matthias",
        "Svenja",
        "Lukas",
        "Friederike",
        "Ole",
        "Greta",
    ],
    "fr": [
        "Élodie",
        "Jean-Pierre",
        "Margaux",
        "Thibault",
        "Anaïs",
        "Grégoire",
        "Solène",
        "Baptiste",
        "Inès",
        "Loïc",
    ],
    "es": [
        "Lucía",
        "Álvaro",
        "Ainhoa",
        "Iñaki",
        "Rocío",
        "Javier",
        "Nerea",
        "Sergio",
        "Montserrat",
        "Gonzalo",
    ],
    "it": [
        "Giulia",
        "Lorenzo",
        "Chiara",
        "Edoardo",
        "Beatrice",
        "Tommaso",
        "Ilaria",
        "Matteo",
        "Federica",
        "Gianluca",
    ],
    "pt": ["João", "Inês", "Gonçalo", "Mariana", "Rui", "Beatriz", "Tiago", "Leonor", "Duarte", "Carolina"],
    "nl": ["Sanne", "Joost", "Femke", "Bram", "Lotte", "Sjoerd", "Anouk", "Thijs", "Marloes", "Wouter"],
    "pl": [
        "Katarzyna",
        "Paweł",
        "Agnieszka",
        "Tomasz",
        "Małgorzata",
        "Krzysztof",
        "Zofia",
        "Michał",
        "Ewa",
        "Jakub",
    ],
    "sv": ["Erik", "Ingrid", "Linnea", "Oskar", "Astrid", "Nils", "Maja", "Gustav", "Elsa", "Henrik"],
    "tr": ["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Burak", "Selin", "Oğuz", "Derya", "Kerem"],
}
FAMILY = {
    "en": ["Whitfield", "O'Connor", "Patel", "Harrington", "McAllister", "Blackwood", "Nguyen", "Fairbairn"],
    "de": [
        "Brandstätter",
        "Oberländer",
        "Kühne",
        "Wachowiak",
        "Hollmann",
        "Zimmermann",
        "Reuter",
        "Pfeiffer",
    ],
    "fr": ["Lemaire", "Dubois-Charpentier", "Fontaine", "Giraudoux", "Lefebvre", "Mercier", "Chevalier"],
    "es": ["García López", "Echeverría", "Santamaría", "Ruiz de Alda", "Montalbán", "Quintero", "Iglesias"],
    "it": ["Bianchi", "Colombo", "Dell'Acqua", "Marchetti", "Ferraresi", "Lombardi", "De Santis"],
    "pt": ["Carvalho", "Figueiredo", "Magalhães", "Sousa Pinto", "Quaresma", "Teixeira", "Albuquerque"],
    "nl": ["de Vries", "van der Meulen", "Bakker", "Hoekstra", "Visser", "van Dijk", "Kuipers", "Brouwer"],
    "pl": ["Nowak", "Wiśniewski", "Kowalczyk", "Zieliński", "Lewandowska", "Wójcik", "Kamiński"],
    "sv": ["Lindqvist", "Johansson", "Bergström", "Söderberg", "Nyström", "Åkesson", "Holmgren"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan"],
}
HON = {
    "en": ["Mr", "Mrs", "Ms", "Dr"], "de": ["Herr", "Frau", "Dr."], "fr": ["M.", "Mme", "Me"],
    "es": ["Sr.", "Sra.", "Dña."], "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"], "pt": ["Sr.", "Sra.", "Dr."],
    "nl": ["Dhr.", "Mevr."], "pl": ["Pan", "Pani"], "sv": ["Dr"], "tr": ["Bay", "Sayın"],
}  # fmt: skip
CITIES = {
    "en": ["Springfield", "Leeds", "Bristol", "Portland", "Madison"], "de": ["Leipzig", "Bamberg", "Kiel", "Freiburg"],
    "fr": ["Lyon", "Nantes", "Rennes", "Dijon"], "es": ["Zaragoza", "Valencia", "Bilbao", "Granada"],
    "it": ["Torino", "Bologna", "Verona", "Bari"], "pt": ["Porto", "Braga", "Coimbra", "Faro"],
    "nl": ["Utrecht", "Groningen", "Leiden", "Zwolle"], "pl": ["Kraków", "Gdańsk", "Poznań", "Łódź"],
    "sv": ["Uppsala", "Malmö", "Lund", "Umeå"], "tr": ["İzmir", "Bursa", "Ankara", "Eskişehir"],
}  # fmt: skip
STREET = {
    "en": ["Maple", "Elm", "Kingsley", "Harbour", "Chestnut", "Victoria", "Mill"],
    "de": ["Linden", "Goethe", "Bahnhof", "Schiller", "Eichen", "Rosen", "Kirch"],
    "fr": ["de la République", "Victor Hugo", "des Lilas", "du Moulin", "Gambetta", "de la Gare"],
    "es": ["Mayor", "de Alcalá", "del Carmen", "de la Paz", "San Vicente", "Gran Vía"],
    "it": ["Garibaldi", "Mazzini", "dei Mille", "Cavour", "della Libertà", "San Giovanni"],
    "pt": ["das Flores", "do Comércio", "Augusta", "de Santa Catarina", "dos Clérigos", "Brasil"],
    "nl": ["Linden", "Kerk", "Molen", "Prinsen", "Beuken", "Dorps"],
    "pl": ["Długa", "Mickiewicza", "Słowackiego", "Kościuszki", "Polna", "Lipowa"],
    "sv": ["Stor", "Kungs", "Drottning", "Skol", "Kyrko", "Ring"],
    "tr": ["Atatürk", "İstiklal", "Cumhuriyet", "Gazi", "Bağdat", "Fevzi Çakmak"],
}


def name(lang: str) -> str:
    return f"{R.choice(GIVEN[lang])} {R.choice(FAMILY[lang])}"


def address(lang: str) -> str:
    n = R.randint(1, 240)
    s = R.choice(STREET[lang])
    c = R.choice(CITIES[lang])
    if lang == "en":
        t = R.choice(["Street", "Road", "Avenue", "Lane", "Drive", "St", "Rd", "Ave"])
        return R.choice([f"{n} {s} {t}", f"{n} {s} {t}, {c}", f"{n} {s} {t}, {c}, OR 97{R.randint(100, 999)}",
                         f"Flat {R.randint(1, 9)}, {n} {s} {t}, {c} LS{R.randint(1, 9)} {R.randint(1, 9)}AB"])  # fmt: skip
    if lang == "de":
        t = R.choice(["straße", "weg", "gasse", "allee", "str."])
        return R.choice([f"{s}{t} {n}", f"{s}{t} {n}a, {R.randint(10000, 99999)} {c}"])
    if lang == "fr":
        t = R.choice(["rue", "avenue", "boulevard", "place", "allée"])
        return R.choice([f"{n} {t} {s}", f"{n} bis, {t} {s}, {R.randint(10000, 95999)} {c}"])
    if lang == "es":
        t = R.choice(["Calle", "Avenida", "Plaza", "Paseo", "C/"])
        return R.choice(
            [f"{t} {s} {n}", f"{t} {s}, {n}, {R.randint(1, 9)}º B, {R.randint(10000, 52999)} {c}"]
        )
    if lang == "it":
        t = R.choice(["Via", "Viale", "Piazza", "Corso"])
        return R.choice([f"{t} {s} {n}", f"{t} {s}, {n}, {R.randint(10000, 98999)} {c}"])
    if lang == "pt":
        t = R.choice(["Rua", "Avenida", "Travessa", "Praça"])
        return R.choice([f"{t} {s}, {n}", f"{t} {s} {n}, {R.randint(1000, 9999)}-{R.randint(100, 999)} {c}"])
    if lang == "nl":
        t = R.choice(["straat", "laan", "weg", "gracht", "plein"])
        return R.choice(
            [f"{s}{t} {n}", f"{s}{t} {n}, {R.randint(1000, 9999)} {R.choice(['AB', 'KL', 'XT'])} {c}"]
        )
    if lang == "pl":
        return R.choice(
            [f"ul. {s} {n}", f"ul. {s} {n}/{R.randint(1, 40)}, {R.randint(10, 99)}-{R.randint(100, 999)} {c}"]
        )
    if lang == "sv":
        t = R.choice(["gatan", "vägen"])
        return R.choice([f"{s}{t} {n}", f"{s}{t} {n}, {R.randint(100, 999)} {R.randint(10, 99)} {c}"])
    t = R.choice(["Cad.", "Caddesi", "Sokak"])
    return f"{s} {t} No: {n}"


MONTHS = {
    "en": ["January", "March", "July", "October"], "de": ["Januar", "März", "Juli", "Oktober"],
    "fr": ["janvier", "mars", "juillet", "octobre"], "es": ["enero", "marzo", "julio", "octubre"],
    "it": ["gennaio", "marzo", "luglio", "ottobre"], "pt": ["janeiro", "março", "julho", "outubro"],
    "nl": ["januari", "maart", "juli", "oktober"], "pl": ["stycznia", "marca", "lipca", "października"],
    "sv": ["januari", "mars", "juli", "oktober"], "tr": ["ocak", "mart", "temmuz", "ekim"],
}  # fmt: skip


def date(lang: str) -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2006)
    mon = R.choice(MONTHS[lang])
    if lang == "en":
        return R.choice([f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}"])
    if lang in ("es", "pt"):
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}"])
    if lang in ("de", "pl", "tr"):
        return R.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}" if lang == "de" else f"{d} {mon} {y}"])
    return R.choice(
        [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}"]
    )


# Templates: {P} person, {A} address, {D} date of birth, {E} e-mail, {T} phone, {H} honorific + person.
T = {
    "en": ["Hi {P1},\nthe parcel goes to {A}. Thanks!", "Name: {P}\nDOB: {D}\nAddress: {A}",
           "Patient {H} (date of birth {D}) called from {T}.", "Kind regards,\n{P}",
           "Please update the record: {P}, born {D}, lives at {A}.", "My name is {P} and my email is {E}.",
           "Dear {H},\nyour appointment is confirmed.", "Forwarding this to {P}, she handles billing."],
    "de": ["Hallo {P1},\ndie Lieferung geht an {A}.", "Vorname/Nachname: {P}\nGeburtsdatum: {D}",
           "Sehr geehrte {H},\nvielen Dank für Ihre Nachricht.", "Viele Grüße\n{P}",
           "Kunde: {P}, geboren am {D}, wohnhaft {A}, Tel. {T}", "Ich heiße {P} und wohne in der {A}."],
    "fr": ["Bonjour {P1},\nle colis sera livré au {A}.", "Nom : {P}\nDate de naissance : {D}",
           "{H} a appelé depuis le {T}.", "Cordialement,\n{P}", "Je m'appelle {P}, née le {D}, j'habite {A}."],
    "es": ["Hola {P1}, el pedido va a {A}.", "Nombre: {P}\nFecha de nacimiento: {D}",
           "Estimada {H}:\nle confirmamos la cita.", "Saludos,\n{P}", "Me llamo {P}, nací el {D} y vivo en {A}."],
    "it": ["Ciao {P1}, spedisci a {A}.", "Nome: {P}\nData di nascita: {D}", "Gentile {H},\nla pratica è chiusa.",
           "Cordiali saluti,\n{P}", "Mi chiamo {P}, nato il {D}, residente in {A}."],
    "pt": ["Olá {P1}, a encomenda vai para {A}.", "Nome: {P}\nData de nascimento: {D}",
           "Prezada {H}, segue o contrato.", "Atenciosamente,\n{P}", "Meu nome é {P}, nascido em {D}, morada: {A}."],
    "nl": ["Hoi {P1}, het pakket gaat naar {A}.", "Naam: {P}\nGeboortedatum: {D}", "Geachte {H},\nbedankt voor uw bericht.",
           "Met vriendelijke groet,\n{P}", "Mijn naam is {P}, geboren op {D}, adres {A}."],
    "pl": ["Cześć {P1}, paczka idzie na {A}.", "Imię i nazwisko: {P}\nData urodzenia: {D}",
           "Szanowna {H}, dziękujemy za wiadomość.", "Pozdrawiam,\n{P}", "Nazywam się {P}, urodzona {D}, mieszkam {A}."],
    "sv": ["Hej {P1}, paketet skickas till {A}.", "Namn: {P}\nFödelsedatum: {D}", "Med vänliga hälsningar,\n{P}",
           "Jag heter {P}, född {D}, och bor på {A}."],
    "tr": ["Merhaba {P1}, kargo {A} adresine gidiyor.", "Ad Soyad: {P}\nDoğum tarihi: {D}", "Saygılarımla,\n{P}",
           "Sayın {P}, başvurunuz alındı. Adres: {A}"],
}  # fmt: skip
LOOKALIKES = [
    "Upgraded the agent to 10.4.2.1 and rebuilt image build 2024.11.3.17; see https://docs.example.com",
    "Order #{n} shipped via tracking 1Z999AA1{n}; invoice INV-{n} due 2025-01-31.",
    "Test with card 4111 1111 1111 1111 and 4242 4242 4242 4242 in the Stripe sandbox.",
    "Example: ping 192.0.2.10 or 198.51.100.7; the docs use 203.0.113.5 throughout.",
    "commit 9f2c4e1a7b3d5f60812a4c9e0b7d6f5a3c2e1d0b, build id 77f1c2e0-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
    "ISBN 978-3-16-148410-0, printed 2019-07-14T10:22:31Z, edition 3.",
    "New York Times reports on Machine Learning at Google Cloud Next; Wall Street reacted.",
    "Die Deutsche Bahn meldet Verspätungen auf der Strecke Hamburg Berlin am Montag.",
    "La Banque de France publie le rapport annuel le 12 mars 2024.",
    "El Real Madrid ganó el 3 de mayo de 2024 en el Santiago Bernabéu.",
    "Il Corriere della Sera esce il 15 luglio 2023; ordine n. {n}.",
    "O Banco de Portugal divulgou os dados em 2023-10-02, versão 2.3.4.5.",
    "De Nederlandsche Bank meldt 1.024 storingen; ticket TCK-{n}.",
    "Release notes: version 4.12.0.3 fixes #{n}; SHA-256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Deadline: 14.02.2025, Rechnung Nr. {n} vom 03.01.2025.",
    "Created 2024-03-05 09:12:44, updated 2024-03-06; meeting on March 4, 2025 at Main Street Cafe.",
    "Happy Birthday team! The cake order #{n} arrives at 3 pm.",
    "Spotify Premium costs 10.99; Visual Studio Code 1.85.2; Windows Server 2019.",
    "Microsoft Teams und Google Meet laufen auf Port 443; siehe Kapitel 12.",
    "Stockholm Exergi och Volvo Cars rapporterade 2023; order {n}.",
    "Atatürk Havalimanı'nda uçuş TK{n} 14:35'te kalkıyor.",
    "Warszawa Centralna: pociąg IC {n} odjeżdża o 12:15.",
]


def fill(template: str, lang: str) -> dict[str, object]:
    out, spans, i = "", [], 0
    while i < len(template):
        if template[i] == "{":
            j = template.index("}", i)
            key = template[i + 1 : j]
            i = j + 1
            if key in ("P", "P1"):
                value, kind = (name(lang) if key == "P" else R.choice(GIVEN[lang])), "PERSON"
            elif key == "H":
                h = R.choice(HON[lang])
                out += h + " "
                value, kind = R.choice(FAMILY[lang]) if R.random() < 0.5 else name(lang), "PERSON"
            elif key == "A":
                value, kind = address(lang), "ADDRESS"
            elif key == "D":
                value, kind = date(lang), "DATE_OF_BIRTH"
            elif key == "E":
                value, kind = f"{R.choice(GIVEN['en']).lower()}.{R.randint(1, 99)}@mail.example.org", "EMAIL"
            elif key == "T":
                value, kind = (
                    f"+{R.choice(['44', '49', '33', '34', '39'])} {R.randint(20, 99)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}",
                    "PHONE",
                )
            else:
                value, kind = "{" + key + "}", ""
            if kind:
                spans.append({"start": len(out), "end": len(out) + len(value), "type": kind})
            out += value
        else:
            out += template[i]
            i += 1
    return {"text": out, "spans": spans, "lang": lang}


def main() -> None:
    rows = []
    for _ in range(12):
        for lang, temps in T.items():
            for t in temps:
                rows.append(fill(t, lang))
    for _ in range(14):
        for t in LOOKALIKES:
            rows.append({"text": t.replace("{n}", str(R.randint(10000, 99999))), "spans": [], "lang": "xx"})
    R.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(rows)} texts")


if __name__ == "__main__":
    main()
