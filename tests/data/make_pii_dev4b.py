#!/usr/bin/env python3
"""Generate tests/data/pii_dev4b.jsonl: a second development set for PERSON, ADDRESS and
DATE_OF_BIRTH in other shapes than pii_dev4 (CSV rows, JSON records, e-mail headers, ticket
fields, chat logs, names in running prose with and without context), ten languages, and harder
look-alikes (street words in titles and song names, ``Dr`` in addresses, dates of other events,
``Address:`` fields holding IPs or memory addresses, product and company names).

Development data: measured while the rules were written. Standard library only, deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from make_pii_dev4 import FAMILY, GIVEN, address, date

R = random.Random(77031)
OUT = Path(__file__).with_name("pii_dev4b.jsonl")
LANGS = list(GIVEN)

# Common names a writer would reach for (many are in the shipped list, some not).
COMMON = {
    "en": ["James Miller", "Sarah Johnson", "Michael Brown", "Laura Wilson", "Daniel Evans"],
    "de": ["Hans Müller", "Petra Schneider", "Stefan Fischer", "Monika Weber", "Klaus Wagner"],
    "fr": ["Marie Dupont", "Pierre Martin", "Camille Bernard", "Julien Moreau", "Claire Laurent"],
    "es": ["Carmen Fernández", "José Martínez", "Laura Sánchez", "Pablo Romero", "Marta Díaz"],
    "it": ["Marco Rossi", "Francesca Russo", "Luca Ferrari", "Giorgia Esposito", "Andrea Ricci"],
    "pt": ["Ana Silva", "Pedro Santos", "Sofia Oliveira", "Miguel Costa", "Rita Pereira"],
    "nl": ["Jan Jansen", "Eva de Boer", "Pieter Mulder", "Lisa Smit", "Daan Meijer"],
    "pl": ["Jan Kowalski", "Anna Wiśniewska", "Piotr Wójcik", "Magdalena Kaczmarek", "Adam Mazur"],
    "sv": ["Anna Andersson", "Lars Karlsson", "Karin Nilsson", "Johan Larsson", "Sara Olsson"],
    "tr": ["Ahmet Yıldız", "Fatma Kaya", "Mustafa Demir", "Emine Şahin", "Hasan Koç"],
}


def person(lang: str) -> str:
    if R.random() < 0.6:
        return R.choice(COMMON[lang])
    return f"{R.choice(GIVEN[lang])} {R.choice(FAMILY[lang])}"


SHAPES = [
    "id,name,email\n{n},{P},{E}",
    '{{"customer": {{"name": "{P}", "birth_date_label": "dob", "dob": "{D}"}}}}',
    '{{"full_name": "{P}", "address": "{A}"}}',
    "From: {P} <{E}>\nTo: {E2}\nSubject: order {n}",
    "Ticket {n}\nRequester: {P}\nStatus: open",
    "[09:14] {P}: can you check my invoice?\n[09:15] Agent: sure",
    "Meeting notes: {P} will send the draft; {P2} reviews it on Friday.",
    "Please call {P} back about the refund.",
    "Address: {A}\nDate of birth: {D}",
    "Thanks,\n{P}\nSupport Team",
    "I spoke with {P} yesterday, she was born on {D}.",
    "Lieferadresse: {A}",
    "{P} (born {D}) joined in 2019.",
]
NEGATIVES = [
    "Abbey Road is my favourite album; we also visited Baker Street station.",
    "The bug is in Main Street Parser v2.3.1; see commit 4f9a2c1.",
    "Address: 10.20.30.40 (gateway), Address: 0x7fff5fbff8a8",
    "Start date: 01/02/2024, end date: 2024-12-31, created 2023-05-17T09:30:00Z.",
    "Apple Music und Google Maps sind auf Version 17.2 aktualisiert.",
    "Visual Basic, Microsoft Office and Adobe Reader are installed on 12 machines.",
    "La Tour Eiffel et le Mont Saint-Michel attirent 7 millions de visiteurs.",
    "Buenos Aires y Santo Domingo aparecen en el informe de 2023.",
    "Il Monte Bianco e la Valle d'Aosta: 3 giorni, 2 notti.",
    "O Cristo Redentor fica no Rio de Janeiro; entrada 25 reais.",
    "Het Rijksmuseum en de Nachtwacht: ticket 1234, zaal 12.",
    "Dzień dobry, w załączniku faktura 2024/05/117.",
    "Hej allihopa, mötet är flyttat till 14:00 i rum 3.",
    "Merhaba, sipariş 55123 yarın teslim edilecek.",
    "Happy birthday to our product: version 5 launched 10 years ago on 2014-06-01.",
    "Sesame Street season 54, episode 12, aired 2023-11-02.",
]


def fill(template: str, lang: str) -> dict[str, object]:
    values = {
        "P": person(lang),
        "P2": person(lang),
        "A": address(lang),
        "D": date(lang),
        "n": str(R.randint(100, 99999)),
    }
    values["E"] = f"u{values['n']}@example.org"
    values["E2"] = f"desk{R.randint(1, 9)}@example.com"
    kinds = {"P": "PERSON", "P2": "PERSON", "A": "ADDRESS", "D": "DATE_OF_BIRTH", "E": "EMAIL", "E2": "EMAIL"}
    out, spans, i = "", [], 0
    t = template.replace("{{", "\x01").replace("}}", "\x02")
    while i < len(t):
        if t[i] == "{":
            j = t.index("}", i)
            key = t[i + 1 : j]
            v = values[key]
            if key in kinds:
                spans.append({"start": len(out), "end": len(out) + len(v), "type": kinds[key]})
            out += v
            i = j + 1
        else:
            out += {"\x01": "{", "\x02": "}"}.get(t[i], t[i])
            i += 1
    return {"text": out, "spans": spans, "lang": lang}


def main() -> None:
    rows = [fill(R.choice(SHAPES), R.choice(LANGS)) for _ in range(520)]
    rows += [{"text": t, "spans": [], "lang": "xx"} for t in NEGATIVES for _ in range(8)]
    R.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(rows)} texts")


if __name__ == "__main__":
    main()
