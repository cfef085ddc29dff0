#!/usr/bin/env python3
"""Generate pii_dev6.jsonl: development data for the styles and languages held-out set 5 may use
and sets 3-4 hardly had: CSV rows and JSON payloads (person keys and look-alike keys),
Norwegian, Hungarian and Greek prose, names the shipped name data lacks.

Written by the detector's developer (so a development set, not a held-out one), after set 4 was
studied; standard library only, fixed seed, same labelling policy as make_pii_holdout4.py
(PERSON without honorifics, products/cities/firms not labelled). Run: python
tests/data/make_pii_dev6.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("pii_dev6.jsonl")

# Invented or rare names, so that the shapes (keys, columns, cues) do the work, not the lists.
GIVEN = "Zorvan Elowen Tavi Quillan Brisa Oryn Maelis Kestrel Idun Sølvi Torbjørg Hallvard Bence Csenge Zsombor Levente Boróka Dimosthenis Evangelia Stamatia Thodoris Myrto Kleio Nefeli".split()
FAMILY = "Vantorre Quellmann Ostrander Haverkamp Lindqvast Brekkestø Fjellheim Sandvold Holtan Bakkebø Szentgyörgyi Pálfalvi Kerekes Bodnár Vámosi Papadimas Karamanlidis Triantafyllou Xenakis Galanopoulou".split()
GREEK_GIVEN = "Γιώργος Ελένη Δημήτρης Κατερίνα Νίκος Σοφία".split()
GREEK_FAMILY = "Παπαδόπουλος Γεωργίου Οικονόμου Αντωνίου Μακρής".split()
PRODUCTS = "Widget Pro|Aurora Lamp|Nordic Chair|Summit Backpack|Atlas Desk|Harbor Mug".split("|")
CITIES = "Bergen|Tromsø|Debrecen|Szeged|Thessaloniki|Patra|Oslo|Budapest".split("|")
FIRMS = "Fjord Logistics AS|Duna Kft.|Aegean Foods SA|Nordlys Data AS".split("|")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


class Row:
    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, object]] = []

    def add(self, s: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(s), "type": kind})
        self.text += s


def json_person(rng: random.Random) -> Row:
    r = Row()
    key = rng.choice(["full_name", "customer_name", "name", "contact", "patient_name", "owner"])
    r.add('{"id": ' + str(rng.randint(1000, 99999)) + f', "{key}": "')
    r.add(_person(rng), "PERSON")
    r.add(f'", "city": "{rng.choice(CITIES)}", "plan": "{rng.choice(["basic", "pro"])}"' + "}")
    return r


def json_lookalike(rng: random.Random) -> Row:
    r = Row()
    r.add(f'{{"product_name": "{rng.choice(PRODUCTS)}", "company_name": "{rng.choice(FIRMS)}", ')
    r.add(f'"city": "{rng.choice(CITIES)}", "name": "{rng.choice(PRODUCTS)}", "qty": {rng.randint(1, 9)}}}')
    return r


def csv_people(rng: random.Random) -> Row:
    r = Row()
    sep = rng.choice([",", ";", "\t"])
    col = rng.choice(["full_name", "customer", "navn", "név", "name"])
    r.add(sep.join(["id", col, "city", "plan"]) + "\n")
    for _ in range(rng.randint(2, 4)):
        r.add(str(rng.randint(1, 999)) + sep)
        r.add(_person(rng), "PERSON")
        r.add(sep + rng.choice(CITIES) + sep + rng.choice(["basic", "pro"]) + "\n")
    return r


def csv_products(rng: random.Random) -> Row:
    r = Row()
    r.add("sku,name,city,price\n")
    for _ in range(rng.randint(2, 4)):
        r.add(
            f"{rng.randint(100, 999)},{rng.choice(PRODUCTS)},{rng.choice(CITIES)},{rng.randint(5, 90)}.00\n"
        )
    return r


def norwegian(rng: random.Random) -> Row:
    r = Row()
    kind = rng.randrange(3)
    if kind == 0:
        r.add("Hei ")
        r.add(rng.choice(GIVEN), "PERSON")
        r.add(", kan du sende meg rapporten innen fredag?\n\nMed vennlig hilsen\n")
        r.add(_person(rng), "PERSON")
    elif kind == 1:
        r.add("Navn: ")
        r.add(_person(rng), "PERSON")
        r.add(f"\nBy: {rng.choice(CITIES)}\nKundenummer: {rng.randint(10000, 99999)}")
    else:
        r.add(
            f"Møtet i {rng.choice(CITIES)} er flyttet til torsdag kl. 14.00, versjon 2.{rng.randint(1, 9)}."
        )
    return r


def hungarian(rng: random.Random) -> Row:
    r = Row()
    kind = rng.randrange(3)
    fam, giv = rng.choice(FAMILY), rng.choice(GIVEN)
    if kind == 0:
        r.add("Kedves ")
        r.add(f"{fam} {giv}", "PERSON")
        r.add("!\n\nKöszönjük a megrendelését.\n\nÜdvözlettel,\n")
        r.add(f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}", "PERSON")
    elif kind == 1:
        r.add("Név: ")
        r.add(f"{fam} {giv}", "PERSON")
        r.add(f"\nVáros: {rng.choice(CITIES)}")
    else:
        r.add(f"A {rng.choice(FIRMS)} új irodája {rng.choice(CITIES)} központjában nyílik meg jövő héten.")
    return r


def greek(rng: random.Random) -> Row:
    r = Row()
    kind = rng.randrange(3)
    if kind == 0:
        r.add("Αγαπητέ κύριε ")
        r.add(rng.choice(GREEK_FAMILY), "PERSON")
        r.add(",\nσας ευχαριστούμε για την παραγγελία.\n\nΜε εκτίμηση,\n")
        r.add(f"{rng.choice(GREEK_GIVEN)} {rng.choice(GREEK_FAMILY)}", "PERSON")
    elif kind == 1:
        r.add("Όνομα: ")
        r.add(f"{rng.choice(GREEK_GIVEN)} {rng.choice(GREEK_FAMILY)}", "PERSON")
        r.add(f"\nΠόλη: {rng.choice(CITIES)}")
    else:
        r.add(f"Η συνάντηση στη {rng.choice(CITIES)} μεταφέρθηκε για την Πέμπτη στις 10:00.")
    return r


MAKERS = (json_person, json_lookalike, csv_people, csv_products, norwegian, hungarian, greek)
LANGS = {"norwegian": "no", "hungarian": "hu", "greek": "el"}


def main() -> int:
    rng = random.Random(6)
    rows = []
    for i in range(420):
        maker = MAKERS[i % len(MAKERS)]
        row = maker(rng)
        style = (
            "json"
            if maker.__name__.startswith("json")
            else "csv"
            if maker.__name__.startswith("csv")
            else "prose"
        )
        rows.append(
            {"text": row.text, "spans": row.spans, "style": style, "lang": LANGS.get(maker.__name__, "en")}
        )
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
