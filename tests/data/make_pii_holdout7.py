# ruff: noqa: E701, E702 - the author's compact style, kept as written
"""Held-out PII evaluation set #7 generator (stdlib only, deterministic seed 770713).

Written independently, WITHOUT sight of the detector, its code, its training
data or any other evaluation set.  Writes pii_holdout7.jsonl next to this file.

Labelling policy
----------------
PERSON: a private individual's name as written (full name, last name with an
  honorific, first name alone when clearly a person; lowercase chat names count).
  Honorifics/titles and possessive 's are outside the span.  Famous public or
  historical figures in encyclopedic/news sentences are NOT labelled.  Ordinary
  words that are also names ("Will do", "Mark the date", "May", "Rose",
  "Grant access", "Hope", "Bill") are not labelled.  Company/brand/product names
  containing names, and place or street names alone, are not labelled.
ADDRESS: a private postal street address (street + number in the country's
  form) plus contiguous unit, postcode and city; P.O. boxes count.  Not a lone
  country line, not field labels; street names without a number, cities,
  countries, postcodes alone and company HQ addresses in press-release style
  are not labelled.
DATE_OF_BIRTH: only the date, only when the text says it is a birth date.
EMAIL, PHONE (national/international formats per country), CREDIT_CARD
  (Luhn-valid, never well-known test numbers), IBAN (valid mod-97), US_SSN
  (valid SSA ranges, US context only), IP_ADDRESS (public only; documentation
  ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32 are not
  labelled; private ranges are not used), SECRET (API keys, tokens, passwords,
  connection-string passwords: the value only, incl. passwords in prose).
About 30% of lines are look-alike-only (no PII).
"""

import ipaddress
import json
import os
import random
import re
import unicodedata

SEED = 770713
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_holdout7.jsonl")

# ---------------------------------------------------------------- names
DIVERSE_F = [
    "Adaeze",
    "Mei-Ling",
    "Priyanka",
    "Soraya",
    "Nkechi",
    "Yuki",
    "Thandiwe",
    "Leilani",
    "Farida",
    "Oksana",
    "Rashmi",
    "Ximena",
]
DIVERSE_L = [
    "Okonkwo",
    "Nakagawa",
    "Raghunathan",
    "Haddad",
    "Nguyen",
    "Mbeki-Sato",
    "Oyelaran",
    "Castellanos",
    "Bakhtiari",
    "Kowalczyk",
    "Tran",
    "Achterberg",
]
NAMES = {
    "en": (
        [
            "Brennan",
            "Marisol",
            "Dorian",
            "Tamsin",
            "Callum",
            "Jolene",
            "Everett",
            "Niamh",
            "Desmond",
            "Priya",
            "Garrett",
            "Imogen",
            "Tobias",
            "Rhiannon",
            "Lachlan",
        ],
        [
            "Whitfield",
            "Okafor",
            "Pemberton",
            "Lindqvist",
            "Harrowgate",
            "Delacroix-Brown",
            "McAllister",
            "Vance",
            "Thistlewood",
            "Abernathy",
            "Ravensworth",
            "Kingsley",
            "Ashdown",
        ],
    ),
    "de": (
        ["Jörg", "Hannelore", "Till", "Wiebke", "Ansgar", "Friederike", "Malte", "Svenja", "Rüdiger", "Ilka"],
        [
            "Brückner",
            "Wehrmann",
            "Oltmanns",
            "Kleinschmidt",
            "Hübner",
            "Lemberger",
            "Tschirner",
            "Ackermann",
            "Rothfuß",
            "Duvenbeck",
        ],
    ),
    "fr": (
        [
            "Gaëlle",
            "Thibault",
            "Solène",
            "Aurélien",
            "Maëlys",
            "Baptiste",
            "Ninon",
            "Gwénaël",
            "Clémence",
            "Yannick",
        ],
        [
            "Lefebvre",
            "Marchal",
            "Dufresne",
            "Kerhervé",
            "Bonnaire",
            "Vasseur",
            "Delorme",
            "Guénot",
            "Rouxel",
            "Berthelot",
        ],
    ),
    "es": (
        [
            "Iñaki",
            "Rocío",
            "Begoña",
            "Ezequiel",
            "Macarena",
            "Gonzalo",
            "Almudena",
            "Nerea",
            "Rodrigo",
            "Ainhoa",
        ],
        [
            "Etxeberria",
            "Quintana",
            "Villalobos",
            "Sanmartín",
            "Cordero",
            "Palacios",
            "Arriaga",
            "Montoya",
            "Zubizarreta",
            "Echeverri",
        ],
    ),
    "it": (
        [
            "Ludovica",
            "Gianmarco",
            "Ottavia",
            "Raffaele",
            "Benedetta",
            "Carmine",
            "Noemi",
            "Tommaso",
            "Arianna",
            "Vittorio",
        ],
        [
            "Bellandi",
            "Santoro",
            "Iacobucci",
            "Ferraresi",
            "Lo Presti",
            "Mancuso",
            "Caputo",
            "Zanella",
            "Prandini",
            "Guidotti",
        ],
    ),
    "pt": (
        ["Joaquim", "Inês", "Thiago", "Leonor", "Rui", "Mafalda", "Gonçalo", "Iara", "Caetano", "Beatriz"],
        [
            "Magalhães",
            "Figueiredo",
            "Sampaio",
            "Bragança",
            "Quaresma",
            "Valadares",
            "Cardoso",
            "Nogueira",
            "Teixeira",
            "Pimentel",
        ],
    ),
    "nl": (
        ["Sjoerd", "Femke", "Joost", "Marieke", "Thijs", "Anouk", "Wouter", "Lieke", "Bram", "Ilse"],
        [
            "van der Veen",
            "Brouwer",
            "de Graaf",
            "Hoekstra",
            "Verbeek",
            "Kuipers",
            "van Dijk",
            "Postma",
            "Smits",
            "Wijnands",
        ],
    ),
    "pl": (
        [
            "Grzegorz",
            "Małgorzata",
            "Wojciech",
            "Agnieszka",
            "Przemysław",
            "Jadwiga",
            "Bartosz",
            "Katarzyna",
            "Zbigniew",
            "Ewelina",
        ],
        [
            "Wiśniewski",
            "Zielińska",
            "Grabowski",
            "Kaczmarek",
            "Szczepańska",
            "Wróbel",
            "Jankowski",
            "Dąbrowska",
            "Pawlak",
            "Michalski",
        ],
    ),
    "sv": (
        ["Linnéa", "Björn", "Ebba", "Henrik", "Saga", "Viktor", "Maja", "Oskar", "Tove", "Gustav"],
        [
            "Lundgren",
            "Sjöberg",
            "Åkesson",
            "Holmqvist",
            "Nyström",
            "Bergkvist",
            "Ekdahl",
            "Forsberg",
            "Wallin",
            "Engström",
        ],
    ),
    "tr": (
        ["Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Emre", "Gülşen", "Oğuz", "Derya", "Kaan"],
        ["Yılmaz", "Kaya", "Demirci", "Öztürk", "Aydın", "Çelik", "Şahin", "Karaca", "Erdem", "Koç"],
    ),
    "cs": (
        ["Jiří", "Markéta", "Ondřej", "Zuzana", "Vojtěch", "Lenka", "Radek", "Tereza", "Lukáš", "Kateřina"],
        [
            "Dvořák",
            "Nováková",
            "Procházka",
            "Černý",
            "Veselá",
            "Horák",
            "Kučerová",
            "Marek",
            "Pokorný",
            "Šimková",
        ],
    ),
}


def fold(s):
    s = (
        s.replace("ß", "ss")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("İ", "I")
        .replace("ø", "o")
        .replace("æ", "ae")
    )
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def person(lang):
    fs, ls = NAMES[lang]
    f = R.choice(DIVERSE_F) if R.random() < 0.15 else R.choice(fs)
    l = R.choice(DIVERSE_L) if R.random() < 0.15 else R.choice(ls)
    return f, l


DOMAINS = {
    "en": ["fastmail.com", "outlook.com", "gmail.com", "proton.me", "btinternet.com"],
    "de": ["web.de", "gmx.de", "posteo.de", "t-online.de"],
    "fr": ["orange.fr", "laposte.net", "free.fr"],
    "es": ["telefonica.net", "gmail.com", "yahoo.es"],
    "it": ["libero.it", "tiscali.it", "virgilio.it"],
    "pt": ["sapo.pt", "uol.com.br", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl"],
    "sv": ["telia.com", "bredband.net", "gmail.com"],
    "tr": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
}


def email(lang, f, l):
    a, b = fold(f).lower().replace(" ", ""), fold(l).lower().replace(" ", "")
    local = R.choice(
        [a + "." + b, a[0] + b, a + "_" + b[:3], b + str(R.randint(2, 99)), a + str(R.randint(70, 99))]
    )
    return local + "@" + R.choice(DOMAINS[lang])


def D(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    return str(R.randint(1, 9)) + D(n - 1)


US_AC = [206, 253, 312, 415, 503, 614, 646, 702, 720, 804, 828, 919, 937]


def phone(lang):
    f = {
        "en": [
            lambda: f"+1 {R.choice(US_AC)} {R.randint(201, 989)} {D(4)}",
            lambda: f"({R.choice(US_AC)}) {R.randint(201, 989)}-{D(4)}",
            lambda: f"07{R.randint(400, 999)} {D(3)} {D(3)}",
            lambda: f"+44 7{D(3)} {D(6)}",
        ],
        "de": [
            lambda: f"+49 15{R.randint(1, 9)} {D(8)}",
            lambda: f"0{R.choice(['30', '40', '89', '221', '711'])} {D(4)} {D(3)}",
            lambda: f"017{R.randint(0, 9)}/{D(7)}",
        ],
        "fr": [
            lambda: f"06 {D(2)} {D(2)} {D(2)} {D(2)}",
            lambda: f"+33 7 {D(2)} {D(2)} {D(2)} {D(2)}",
            lambda: f"01.{D(2)}.{D(2)}.{D(2)}.{D(2)}",
        ],
        "es": [
            lambda: f"+34 6{D(2)} {D(3)} {D(3)}",
            lambda: f"6{D(2)} {D(2)} {D(2)} {D(2)}",
            lambda: f"91 {D(3)} {D(2)} {D(2)}",
        ],
        "it": [lambda: f"+39 3{D(2)} {D(3)} {D(4)}", lambda: f"3{D(2)} {D(7)}", lambda: f"06 {D(4)} {D(4)}"],
        "pt": [
            lambda: f"+351 9{D(2)} {D(3)} {D(3)}",
            lambda: f"+55 11 9{D(4)}-{D(4)}",
            lambda: f"21 {D(3)} {D(4)}",
        ],
        "nl": [lambda: f"06-{D(8)}", lambda: f"+31 6 {D(4)} {D(4)}", lambda: f"020-{D(3)} {D(4)}"],
        "pl": [
            lambda: f"+48 {R.choice('5678')}{D(2)} {D(3)} {D(3)}",
            lambda: f"{R.choice('5678')}{D(2)}-{D(3)}-{D(3)}",
        ],
        "sv": [
            lambda: f"070-{D(3)} {D(2)} {D(2)}",
            lambda: f"+46 7{R.choice('0236')} {D(3)} {D(2)} {D(2)}",
            lambda: f"08-{D(3)} {D(3)} {D(2)}",
        ],
        "tr": [
            lambda: f"05{R.randint(30, 59)} {D(3)} {D(2)} {D(2)}",
            lambda: f"+90 5{R.randint(30, 59)} {D(3)} {D(2)} {D(2)}",
        ],
        "cs": [
            lambda: f"+420 {R.choice(['602', '603', '731', '777', '608'])} {D(3)} {D(3)}",
            lambda: f"{R.choice(['602', '724', '776'])} {D(3)} {D(3)}",
        ],
    }[lang]
    return R.choice(f)()


STREETS = {
    "en": ["Larkspur Ave", "Quarry Lane", "Maple Hollow Dr", "Kestrel Way"],
    "uk": ["Thornbury Road", "Wexford Street", "Ashgrove Crescent", "Cressingham Grove"],
    "de": ["Lindenstraße", "Am Kirchberg", "Hohe Str.", "Wiesenweg", "Bergmannstraße", "Im Krummen Acker"],
    "fr": [
        "rue des Tanneurs",
        "avenue Jean-Médecin",
        "impasse des Lilas",
        "boulevard de la Liberté",
        "rue du Moulin",
    ],
    "es": ["Calle del Olivar", "Avenida de Burgos", "Calle Alcalá", "Paseo de la Castellana", "Calle Mayor"],
    "it": ["Via Gorizia", "Via dei Mille", "Corso Vercelli", "Viale Monza", "Via San Donato"],
    "pt": ["Rua das Flores", "Avenida da Liberdade", "Rua do Almada", "Travessa do Carmo"],
    "nl": ["Bloemgracht", "Kerkstraat", "Tulpenlaan", "Oudegracht", "Molenweg"],
    "pl": ["ul. Ogrodowa", "ul. Piotrkowska", "al. Jana Pawła II", "ul. Lipowa"],
    "sv": ["Storgatan", "Kungsgatan", "Björkvägen", "Järntorgsgatan"],
    "tr": ["Bağdat Cad.", "Moda Cad.", "Halaskargazi Cad.", "Gül Sok."],
    "cs": ["Křižíkova", "Vinohradská", "Masarykova", "Husova"],
}
CITIES = {
    "en": [("Tacoma, WA", "98405"), ("Asheville, NC", "28801"), ("Dayton, OH", "45402")],
    "uk": [("Leeds", "LS6 2HD"), ("Bristol", "BS3 4QE"), ("Norwich", "NR2 3AP")],
    "de": [("Köln", "50674"), ("Dresden", "01067"), ("Freiburg", "79098"), ("Kiel", "24103")],
    "fr": [("Lyon", "69003"), ("Nantes", "44000"), ("Rennes", "35000")],
    "es": [("Madrid", "28004"), ("Zaragoza", "50001"), ("Bilbao", "48005")],
    "it": [("Torino", "10136"), ("Bologna", "40127"), ("Bari", "70121")],
    "pt": [("Porto", "4050-262"), ("Lisboa", "1250-096"), ("Braga", "4700-321")],
    "nl": [("Amsterdam", "1016 KJ"), ("Utrecht", "3512 BH"), ("Groningen", "9711 LM")],
    "pl": [("Łódź", "90-123"), ("Kraków", "31-042"), ("Gdańsk", "80-831")],
    "sv": [("Göteborg", "411 38"), ("Uppsala", "753 20"), ("Malmö", "211 43")],
    "tr": [("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250")],
    "cs": [("Praha 8", "186 00"), ("Brno", "602 00"), ("Olomouc", "779 00")],
}


def address(lang):
    st = R.choice(STREETS[lang])
    n = str(R.randint(2, 188))
    if lang == "en":
        if R.random() < 0.5:
            c, p = R.choice(CITIES["en"])
            unit = R.choice(["", f", Apt {R.randint(1, 40)}", f" #{R.randint(2, 9)}B"])
            return f"{R.randint(100, 9899)} {st}{unit}, {c} {p}"
        c, p = R.choice(CITIES["uk"])
        st = R.choice(STREETS["uk"])
        return f"{R.choice(['Flat 2, ', ''])}{n} {st}, {c} {p}"
    c, p = R.choice(CITIES[lang])
    if lang == "fr":
        return f"{n} {st}, {p} {c}"
    if lang == "es":
        return f"{st} {n}, {R.randint(1, 7)}º {R.choice('ABCD')}, {p} {c}"
    if lang == "it":
        return f"{st} {n}, {p} {c}"
    if lang == "pt":
        return f"{st} {n}, {R.randint(1, 5)}º Esq., {p} {c}"
    if lang == "nl":
        return f"{st} {n}{R.choice(['', '-2', ' A'])}, {p} {c}"
    if lang == "pl":
        return f"{st} {n}/{R.randint(1, 30)}, {p} {c}"
    if lang == "tr":
        return f"{st} No: {n} D:{R.randint(1, 12)}, {p} {c}"
    if lang == "cs":
        return f"{st} {R.randint(100, 2999)}/{n}, {p} {c}"
    return f"{st} {n}, {p} {c}"  # de, sv


def pobox(lang):
    if lang == "en":
        return f"PO Box {R.randint(100, 9999)}, Boise, ID 837{D(2)}"
    if lang == "de":
        return f"Postfach {R.randint(10, 99)} {D(2)} {D(2)}, 80{D(3)} München"
    if lang == "fr":
        return f"BP {R.randint(100, 9999)}, 31{D(3)} Toulouse Cedex"
    return f"Apartado de Correos {R.randint(100, 9999)}, 46{D(3)} Valencia"


MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def dob(lang, iso=False):
    y, m, d = R.randint(1941, 2006), R.randint(1, 12), R.randint(1, 28)
    if iso:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "en":
        return R.choice(
            [f"{MONTHS_EN[m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS_EN[m - 1]} {y}"]
        )
    if lang in ("de", "pl", "tr", "cs"):
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    if lang == "sv":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{y}"


def other_date(lang):
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    return f"{d:02d}.{m:02d}.{y}" if lang in ("de", "pl", "cs", "tr") else f"{y}-{m:02d}-{d:02d}"


def luhn_ok(s):
    ds = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0


TEST_CARDS = {
    "4111111111111111",
    "4242424242424242",
    "5555555555554444",
    "378282246310005",
    "4000056655665556",
    "5105105105105100",
    "4012888888881881",
    "371449635398431",
    "6011111111111117",
}


def card():
    while True:
        kind = R.choice(["v", "v", "m", "a"])
        pre = "4" if kind == "v" else (str(R.randint(51, 55)) if kind == "m" else R.choice(["34", "37"]))
        L = 15 if kind == "a" else 16
        body = pre + D(L - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        if num in TEST_CARDS or len(set(num[1:])) < 4:
            continue
        st = R.random()
        if L == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}" if st < 0.5 else num
        if st < 0.4:
            return " ".join(num[i : i + 4] for i in range(0, 16, 4))
        if st < 0.6:
            return "-".join(num[i : i + 4] for i in range(0, 16, 4))
        return num


IBAN_FMT = {
    "de": ("DE", "n18"),
    "fr": ("FR", "n23"),
    "es": ("ES", "n20"),
    "it": ("IT", "a1n10n12"),
    "pt": ("PT", "n21"),
    "nl": ("NL", "A4n10"),
    "pl": ("PL", "n24"),
    "sv": ("SE", "n20"),
    "tr": ("TR", "n5z1n16"),
    "cs": ("CZ", "n20"),
    "en": ("GB", "A4n14"),
}
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]


def iban_mod(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97


def iban(lang):
    cc, fmt = IBAN_FMT[lang]
    if fmt == "A4n10":
        b = R.choice(NL_BANKS) + D(10)
    elif fmt == "A4n14":
        b = R.choice(GB_BANKS) + D(14)
    elif fmt == "a1n10n12":
        b = R.choice("ABCDEFGHX") + D(22)
    elif fmt == "n5z1n16":
        b = D(5) + "0" + D(16)
    else:
        b = D(int(fmt[1:]))
    chk = 98 - iban_mod(cc + "00" + b)
    s = f"{cc}{chk:02d}{b}"
    assert iban_mod(s) == 1
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if R.random() < 0.6 else s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def ip():
    while True:
        a = ipaddress.ip_address(
            f"{R.choice([31, 46, 62, 77, 81, 85, 91, 94, 109, 141, 151, 176, 185, 188, 212, 217, 84, 37, 89, 145])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        )
        if a.is_global:
            return str(a)


def ip6():
    return f"2a0{R.randint(1, 9)}:{R.randint(0x1000, 0xFFFF):x}:{R.randint(0, 0xFFFF):x}:{R.randint(1, 0xFFFF):x}::{R.randint(1, 0xFFF):x}"


def docip():
    return R.choice(
        [
            f"192.0.2.{R.randint(1, 254)}",
            f"198.51.100.{R.randint(1, 254)}",
            f"203.0.113.{R.randint(1, 254)}",
            f"2001:db8::{R.randint(1, 0xFFF):x}",
        ]
    )


AL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rs(n, al=AL):
    return "".join(R.choice(al) for _ in range(n))


def secret():
    return R.choice(
        [
            lambda: "sk_live_" + rs(26),
            lambda: "ghp_" + rs(36),
            lambda: "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
            lambda: "xoxb-" + D(11) + "-" + D(12) + "-" + rs(24),
            lambda: "eyJhbGciOiJIUzI1NiJ9." + rs(40) + "." + rs(22),
            lambda: rs(40, "0123456789abcdef"),
        ]
    )()


PW_WORDS = [
    "Kranich",
    "lighthouse",
    "Zitrone",
    "pomelo",
    "Fjord",
    "marmotte",
    "Sierra",
    "tortellino",
    "Walvis",
    "kestrel",
    "Pierogi",
    "gecko",
]


def pwd():
    return (
        R.choice(PW_WORDS)
        + R.choice(["!", "#", "_", "$", "%", "."])
        + D(R.randint(2, 4))
        + R.choice(PW_WORDS).lower()[: R.randint(3, 5)]
    )


# ----------------------------------------------------- non-PII fillers
def order():
    return R.choice(["ORD-", "SO", "A-", "#"]) + D(R.randint(6, 9))


def track():
    return R.choice(
        [
            lambda: "1Z" + rs(6, "ABCDEFGHJKLMNPRSTVWXYZ0123456789") + D(8),
            lambda: "JJD" + D(18),
            lambda: "RR" + D(9) + "DE",
            lambda: D(12),
        ]
    )()


def ver():
    return f"{R.randint(0, 14)}.{R.randint(0, 40)}.{R.randint(0, 99)}" + R.choice(
        ["", "-rc1", "-beta.2", "+build." + D(4)]
    )


def ts():
    return f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def uuid():
    h = rs(32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def sha():
    return rs(R.choice([12, 40, 64]), "0123456789abcdef")


def isbn():
    b = "978" + str(R.randint(0, 3)) + D(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return f"{b[:3]}-{b[3]}-{b[4:8]}-{b[8:12]}-{(10 - s % 10) % 10}"


def sku():
    return rs(3, "ABCDEFGHKLMNPRSTWX") + "-" + D(4) + "-" + rs(2, "ABCDEFGHKLMNPRSTWX")


def amount():
    return (
        R.choice(["€", ""]) + f"{R.randint(3, 4800)},{D(2)}"
        if R.random() < 0.5
        else f"{R.randint(3, 4800)}.{D(2)} " + R.choice(["EUR", "USD", "SEK", "PLN", "CZK", "TRY"])
    )


def custno():
    return R.choice([f"{D(3)} {D(3)} {D(3)}", f"{D(4)}-{D(4)}", f"KD{D(7)}", f"{D(2)} {D(2)} {D(2)} {D(2)}"])


def testcard():
    return R.choice(
        [
            "4111 1111 1111 1111",
            "4242 4242 4242 4242",
            "5555555555554444",
            "378282246310005",
            "4242424242424242",
        ]
    )


def invoice():
    return R.choice(["INV-", "RE-", "FA", "F-2026/"]) + D(R.randint(4, 7))


def time_():
    return f"{R.randint(7, 21)}:{R.choice(['00', '15', '30', '45'])}"


def pc(lang):
    c = CITIES.get(lang, CITIES["de"])
    return R.choice(c)[1]


def city(lang):
    return R.choice(CITIES["uk"] if lang == "en" else CITIES[lang])[0].split("/")[-1].split(",")[0]


def street(lang):
    return R.choice(STREETS[lang])


# ---------------------------------------------------------- rendering
PII_SLOTS = {
    "NAME": "PERSON",
    "FIRST": "PERSON",
    "LAST": "PERSON",
    "first": "PERSON",
    "name": "PERSON",
    "NAME2": "PERSON",
    "LCF": "PERSON",
    "LF": "PERSON",
    "FIRST2": "PERSON",
    "LAST2": "PERSON",
    "EMAIL": "EMAIL",
    "EMAIL2": "EMAIL",
    "PHONE": "PHONE",
    "PHONE2": "PHONE",
    "ADDR": "ADDRESS",
    "POBOX": "ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "DOBISO": "DATE_OF_BIRTH",
    "CC": "CREDIT_CARD",
    "IBAN": "IBAN",
    "SSN": "US_SSN",
    "IP": "IP_ADDRESS",
    "IP6": "IP_ADDRESS",
    "SECRET": "SECRET",
    "PWD": "SECRET",
    "PWD2": "SECRET",
}


def render(lang, tpl):
    p1, p2 = person(lang), person(lang)
    while p2[1] == p1[1] or p2[0] == p1[0]:
        p2 = person(lang)
    vals = {
        "NAME": lambda: f"{p1[0]} {p1[1]}",
        "FIRST": lambda: p1[0],
        "LAST": lambda: p1[1],
        "first": lambda: p1[0].lower(),
        "name": lambda: f"{p1[0]} {p1[1]}".lower(),
        "NAME2": lambda: f"{p2[0]} {p2[1]}",
        "LCF": lambda: f"{p1[1]}, {p1[0]}",
        "LF": lambda: f"{p1[1]} {p1[0]}",
        "FIRST2": lambda: p2[0],
        "LAST2": lambda: p2[1],
        "EMAIL": lambda: email(lang, *p1),
        "EMAIL2": lambda: email(lang, *p2),
        "PHONE": lambda: phone(lang),
        "PHONE2": lambda: phone(lang),
        "ADDR": lambda: address(lang),
        "POBOX": lambda: pobox(lang),
        "DOB": lambda: dob(lang),
        "DOBISO": lambda: dob(lang, True),
        "CC": card,
        "IBAN": lambda: iban(lang),
        "SSN": ssn,
        "IP": ip,
        "IP6": ip6,
        "SECRET": secret,
        "PWD": pwd,
        "PWD2": pwd,
        "ORDER": order,
        "TRACK": track,
        "VER": ver,
        "TS": ts,
        "UUID": uuid,
        "HASH": sha,
        "ISBN": isbn,
        "SKU": sku,
        "AMT": amount,
        "CUST": custno,
        "TESTCARD": testcard,
        "DOCIP": docip,
        "INV": invoice,
        "TIME": time_,
        "PC": lambda: pc(lang),
        "CITY": lambda: city(lang),
        "STREET": lambda: street(lang),
        "DATE": lambda: other_date(lang),
        "N": lambda: str(R.randint(2, 40)),
        "YEAR": lambda: str(R.randint(1990, 2026)),
    }
    cache = {}
    out, spans, pos = [], [], 0
    for part in re.split(r"(\{[A-Za-z0-9]+\})", tpl):
        if part.startswith("{") and part.endswith("}") and part[1:-1] in vals:
            k = part[1:-1]
            if k not in cache or k not in PII_SLOTS:
                cache[k] = vals[k]()
            v = cache[k]
            if k in PII_SLOTS:
                spans.append({"start": pos, "end": pos + len(v), "type": PII_SLOTS[k]})
            out.append(v)
            pos += len(v)
        else:
            out.append(part)
            pos += len(part)
    return "".join(out), spans, cache


# ---------------------------------------------------------- templates
# (lang, style, template) ; look-alike-only templates are those with no PII slot.
T = []


def add(lang, style, *tpls):
    for t in tpls:
        T.append((lang, style, t.replace("{{", "{").replace("}}", "}")))


# ---- English positives
add(
    "en",
    "chat",
    "hey, it's {FIRST} — new number is {PHONE}, the old one died with my phone",
    "can you cc {first} on this? her email is {EMAIL}",
    "ok so {name} is picking up the keys at {TIME}, text her on {PHONE} if late",
    "Will do. I'll forward it to {FIRST} once the {VER} build is out.",
    "Mark the date: {DATE}. {FIRST2} said she'll bring the projector.",
    "my wifi password is {PWD} btw, don't share it lol",
    "send the deposit to {IBAN}, name on the account is {NAME}",
    "Grant access to {EMAIL} for the staging repo please, ticket {INV}",
    "quick q — is {NAME}'s card {CC} still on file or did it expire?",
)
add(
    "en",
    "email",
    "Hi Dr. {LAST},\n\nThanks for your patience with order {ORDER}. Could you confirm your delivery address is {ADDR}?\n\nBest,\n{NAME2}\nCustomer Care | {PHONE}",
    "Subject: Re: signing bonus\n\nHello {FIRST},\nPlease reply to {EMAIL2} with your SSN ({SSN} on file looks truncated) before Friday.\n\nRegards,\nMs. {LAST2}\nPayroll",
    "From: {NAME} <{EMAIL}>\nTo: Accounts team\nSubject: Invoice {INV}\n\nPlease refund {AMT} to my card ending in the full number {CC}.\nThanks,\n{FIRST}\n{PHONE}",
)
add(
    "en",
    "ticket",
    "TICKET #{N}{N} | Priority: high\nReporter: {NAME} ({EMAIL})\nIssue: login fails from {IP} since upgrade to {VER}. User says password is {PWD}.",
    "Support case {ORDER}\nCustomer: Mr. {LAST}\nCallback: {PHONE}\nNotes: mailed replacement to {POBOX}. Tracking {TRACK}.",
)
add(
    "en",
    "form",
    "First name: {FIRST}\nLast name: {LAST}\nDate of birth: {DOB}\nSSN: {SSN}\nHome address: {ADDR}\nMobile: {PHONE}",
    "applicant={NAME}; dob={DOB}; email={EMAIL}; ref={UUID}",
)
add(
    "en",
    "csv",
    "id,name,email,phone,signup\n{N},{NAME},{EMAIL},{PHONE},{DATE}\n{N}{N},{NAME2},{EMAIL2},{PHONE2},{DATE}",
)
add(
    "en",
    "json",
    '{{"user": {{"full_name": "{NAME}", "birth_date": "{DOBISO}", "last_ip": "{IP}", "plan": "pro", "build": "{VER}"}}}}',
    '{{"event": "card_update", "holder": "{NAME}", "pan": "{CC}", "ts": "{TS}", "request_id": "{UUID}"}}',
)
add(
    "en",
    "crm",
    "CRM note ({DATE}): spoke with {NAME} re renewal. Prefers {EMAIL} over phone. Spouse {FIRST2} handles billing. Quote {INV} sent.",
    "Lead: {NAME} — met at the Dayton expo, wants demo of v{VER}. Cell {PHONE}. Follow up after {DATE}.",
)
add(
    "en",
    "log",
    "{TS} WARN auth failed user={EMAIL} src={IP} attempts={N}",
    "{TS} INFO session opened from {IP6} by uid {N}{N} (trace {HASH})",
    "DATABASE_URL=postgres://svc_report:{PWD}@db.internal:5432/reports\nSTRIPE_KEY={SECRET}\nLOG_LEVEL=debug",
    "export GITHUB_TOKEN={SECRET}  # rotate before {DATE}",
)
add(
    "en",
    "shipping",
    "Your parcel {TRACK} for {NAME} will be delivered to {ADDR} between {TIME} and 18:00.",
    "Ship to: {NAME}\n{ADDR}\nTel: {PHONE}\nItems: {SKU} x{N}",
)
add(
    "en",
    "hr",
    "HR note: {NAME} (born {DOB}) starts {DATE} in Logistics. Emergency contact {NAME2}, {PHONE}.",
    "Patient {LCF} — DOB {DOB}. Allergic to penicillin. Follow-up booked; reminders to {PHONE}.",
)
add(
    "en",
    "sms",
    "Hi {FIRST}, your appointment is confirmed for {DATE} at {TIME}. Reply STOP to opt out. Questions: {PHONE2}",
    "{FIRST2}: gate code changed, new one for the building is 4471, and the alarm pin is {PWD}",
)
# ---- English look-alikes
add(
    "en",
    "chat",
    "Will do — I'll mark the date for the {VER} release on {DATE}.",
    "may we push the standup to {TIME}? rose garden room is booked",
    "Grant access to the billing dashboard for the QA group, ticket {INV}.",
    "Hope the {ORDER} refund of {AMT} clears before the weekend!",
    "bill me for the extra {N} seats, invoice {INV} is fine",
)
add(
    "en",
    "docs",
    "For sandbox payments use test card {TESTCARD} with any future expiry and CVC 123.",
    "Example: curl -H 'X-Forwarded-For: {DOCIP}' https://api.example.com/v2/health returns build {VER}.",
    "Albert Einstein published the theory of general relativity in 1915, while Marie Curie won two Nobel Prizes.",
    "Ford, Dell and Ben & Jerry's all reported earnings on {DATE}; Johnson & Johnson shares rose 2%.",
)
add(
    "en",
    "log",
    "{TS} INFO job {UUID} finished in {N}s, artifact sha {HASH}, version {VER}",
    "{TS} DEBUG client {DOCIP} hit /orders/{ORDER} -> 200 ({N}ms)",
)
add(
    "en",
    "shipping",
    "Order {ORDER} shipped. Tracking {TRACK}. Estimated arrival {DATE}. Sorting centre postcode {PC}.",
    "Your return label for SKU {SKU} is ready. Drop off at any Kestrel Way locker in {CITY}.",
)
add(
    "en",
    "form",
    "ISBN: {ISBN}\nEdition: {N}\nPublished: {YEAR}\nPrice: {AMT}",
    "Customer no.: {CUST}\nContract: {INV}\nStart date: {DATE}\nTariff: Home {N}",
)
add("en", "csv", 'sku,qty,price,updated\n{SKU},{N},"{AMT}",{TS}\n{SKU},{N},"{AMT}",{TS}')
add("en", "json", '{{"release": "{VER}", "commit": "{HASH}", "published_at": "{TS}", "mirror": "{DOCIP}"}}')

# ---- per-language templates
L10N = {
    "de": [
        ("chat", "hi {first}, hab deine nummer: {PHONE} – melde mich heute abend"),
        ("chat", "Kannst du {NAME} die Rechnung an {EMAIL} schicken?"),
        (
            "email",
            "Sehr geehrte Frau {LAST},\n\nbitte überweisen Sie den Betrag auf {IBAN}. Ihre Lieferadresse: {ADDR}.\n\nMit freundlichen Grüßen\n{NAME2}\nTel. {PHONE}",
        ),
        ("form", "Name: {NAME}\nGeburtsdatum: {DOB}\nAnschrift: {ADDR}\nTelefon: {PHONE}"),
        ("hr", "Personalakte: {NAME}, geb. am {DOB}, Eintritt {DATE}. Notfallkontakt: {FIRST2} ({PHONE2})."),
        ("log", "{TS} ERROR login fehlgeschlagen für {EMAIL} von {IP}"),
        ("sms", "Hallo {FIRST}, dein WLAN-Passwort lautet {PWD}. LG"),
        ("shipping", "Ihr Paket {TRACK} an {NAME} wird morgen an {POBOX} zugestellt."),
        (
            "chat",
            "Bestellung {ORDER} ist raus, Sendungsnummer {TRACK}. Die Filiale in der {STREET} hat bis {TIME} offen.",
        ),
        ("docs", "Goethe schrieb den Faust; heute wirbt Mercedes-Benz in {CITY} für das Modell {SKU}."),
        ("form", "Kundennummer: {CUST}\nRechnung: {INV}\nBetrag: {AMT}\nPLZ: {PC}"),
    ],
    "fr": [
        ("chat", "salut {first}, tu peux m'appeler au {PHONE} ?"),
        (
            "email",
            "Bonjour M. {LAST},\n\nVotre colis sera livré au {ADDR}. Pour toute question : {EMAIL2}.\n\nCordialement,\n{NAME2}",
        ),
        ("form", "Nom : {LAST}\nPrénom : {FIRST}\nNé(e) le : {DOB}\nIBAN : {IBAN}"),
        ("ticket", "Ticket {INV} – {NAME} signale un accès depuis {IP}. Mot de passe communiqué : {PWD}"),
        ("crm", "Note CRM : rappel de Mme {LAST} au {PHONE}, préfère l'e-mail {EMAIL}."),
        ("shipping", "Expédition {TRACK} pour {NAME}, {POBOX}."),
        ("chat", "la commande {ORDER} est partie, numéro de suivi {TRACK}, livraison prévue le {DATE}"),
        (
            "docs",
            "Victor Hugo est né à Besançon ; la maison Hermès a ouvert une boutique rue du Moulin à {CITY}.",
        ),
        ("form", "Référence client : {CUST}\nFacture : {INV}\nMontant : {AMT}\nCode postal : {PC}"),
    ],
    "es": [
        ("chat", "oye {first}, mi móvil nuevo es {PHONE}"),
        (
            "email",
            "Estimada Sra. {LAST}:\n\nLe confirmamos el envío a {ADDR}.\nUn saludo,\n{NAME2}\n{EMAIL2}",
        ),
        ("form", "Nombre: {NAME}\nFecha de nacimiento: {DOB}\nCuenta: {IBAN}\nTeléfono: {PHONE}"),
        ("hr", "Expediente: {NAME}, nacida el {DOB}. Contacto de emergencia: {NAME2}, {PHONE2}."),
        ("log", "{TS} WARN acceso denegado usuario={EMAIL} ip={IP}"),
        ("sms", "{FIRST}, la contraseña del router es {PWD}"),
        ("chat", "el pedido {ORDER} llega el {DATE}, seguimiento {TRACK}"),
        ("docs", "Cervantes publicó el Quijote en 1605; hoy Zara vende la prenda {SKU} por {AMT}."),
        ("form", "N.º de cliente: {CUST}\nFactura: {INV}\nCódigo postal: {PC}"),
    ],
    "it": [
        ("chat", "ciao {first}! il mio numero è {PHONE}"),
        (
            "email",
            "Gentile dott. {LAST},\n\nla fattura {INV} va pagata su {IBAN}.\nCordiali saluti,\n{NAME2}\n{PHONE2}",
        ),
        ("form", "Cognome e nome: {LF}\nData di nascita: {DOB}\nIndirizzo: {ADDR}\nEmail: {EMAIL}"),
        ("crm", "Nota: {NAME} ha chiesto di aggiornare la carta {CC}. Richiamare al {PHONE}."),
        ("ticket", "Segnalazione {ORDER}: {NAME} non riesce ad accedere da {IP}."),
        ("shipping", "Spedizione {TRACK} per {NAME}, {ADDR}. Tel. {PHONE}"),
        ("chat", "l'ordine {ORDER} è in consegna, tracking {TRACK}, arriva il {DATE}"),
        ("docs", "Leonardo da Vinci dipinse la Gioconda; Ferrero ha presentato il prodotto {SKU}."),
        ("form", "Codice cliente: {CUST}\nFattura: {INV}\nImporto: {AMT}\nCAP: {PC}"),
    ],
    "pt": [
        ("chat", "oi {first}, me liga no {PHONE} quando puder"),
        (
            "email",
            "Caro Sr. {LAST},\n\nA encomenda {ORDER} será entregue na {ADDR}.\nCumprimentos,\n{NAME2}\n{EMAIL2}",
        ),
        ("form", "Nome: {NAME}\nData de nascimento: {DOB}\nIBAN: {IBAN}\nTelemóvel: {PHONE}"),
        ("hr", "Ficha clínica: {NAME}, nascido em {DOB}. Contacto: {EMAIL}."),
        ("log", "{TS} ERROR token inválido {SECRET} do ip {IP}"),
        ("chat", "a encomenda {ORDER} sai hoje, rastreio {TRACK}, chega dia {DATE}"),
        (
            "docs",
            "Fernando Pessoa nasceu em Lisboa; a loja da Rua das Flores vende o artigo {SKU} por {AMT}.",
        ),
        ("form", "N.º de cliente: {CUST}\nFatura: {INV}\nCódigo postal: {PC}"),
    ],
    "nl": [
        ("chat", "hoi {first}, mijn nummer is {PHONE}"),
        (
            "email",
            "Beste mevrouw {LAST},\n\nHet bedrag wordt overgemaakt naar {IBAN}.\nMet vriendelijke groet,\n{NAME2}\n{PHONE2}",
        ),
        ("form", "Naam: {NAME}\nGeboortedatum: {DOB}\nAdres: {ADDR}\nE-mail: {EMAIL}"),
        ("crm", "Klant {NAME} belde, wil post naar {ADDR}. Terugbellen op {PHONE}."),
        ("config", "DB_PASSWORD={PWD}\nAPI_TOKEN={SECRET}\nVERSION={VER}"),
        ("sms", "{FIRST}, je pakket {TRACK} ligt klaar. Vragen? {PHONE2}"),
        ("chat", "bestelling {ORDER} is onderweg, track & trace {TRACK}"),
        ("docs", "Rembrandt schilderde De Nachtwacht; Philips lanceert vandaag versie {VER}."),
        ("form", "Klantnummer: {CUST}\nFactuur: {INV}\nPostcode: {PC}"),
    ],
    "pl": [
        ("chat", "cześć {first}, mój numer to {PHONE}"),
        (
            "email",
            "Szanowna Pani {LAST},\n\nprosimy o wpłatę na konto {IBAN}.\nZ poważaniem,\n{NAME2}\n{EMAIL2}",
        ),
        ("form", "Imię i nazwisko: {NAME}\nData urodzenia: {DOB}\nAdres: {ADDR}\nTelefon: {PHONE}"),
        ("log", "{TS} WARN nieudane logowanie {EMAIL} z {IP}"),
        ("shipping", "Przesyłka {TRACK} dla {NAME}, {ADDR}."),
        ("chat", "zamówienie {ORDER} wysłane, numer przesyłki {TRACK}, dostawa {DATE}"),
        ("docs", "Maria Skłodowska-Curie urodziła się w Warszawie; Wedel wprowadza produkt {SKU}."),
        ("form", "Nr klienta: {CUST}\nFaktura: {INV}\nKod pocztowy: {PC}"),
    ],
    "sv": [
        ("chat", "hej {first}! ring mig på {PHONE}"),
        ("email", "Hej {FIRST},\n\nVi skickar kortet till {ADDR}.\nMvh\n{NAME2}\n{EMAIL2}"),
        ("form", "Namn: {NAME}\nFödelsedatum: {DOB}\nIBAN: {IBAN}\nE-post: {EMAIL}"),
        ("hr", "Journal: {NAME}, född {DOB}. Anhörig: {NAME2}, {PHONE2}."),
        ("sms", "{FIRST}, lösenordet till kontot är {PWD}"),
        ("chat", "order {ORDER} är skickad, spårning {TRACK}, leverans {DATE}"),
        ("docs", "Astrid Lindgren skrev Pippi Långstrump; Ericsson släppte version {VER}."),
        ("form", "Kundnummer: {CUST}\nFaktura: {INV}\nPostnummer: {PC}"),
    ],
    "tr": [
        ("chat", "selam {first}, numaram {PHONE}"),
        (
            "email",
            "Sayın {NAME},\n\nÖdemenizi {IBAN} hesabına yapabilirsiniz.\nSaygılarımızla,\n{NAME2}\n{PHONE2}",
        ),
        ("form", "Ad Soyad: {NAME}\nDoğum tarihi: {DOB}\nAdres: {ADDR}\nE-posta: {EMAIL}"),
        ("crm", "Müşteri {NAME} aradı, kart {CC} güncellensin. Geri dönüş: {PHONE}."),
        ("shipping", "Kargo {TRACK} – alıcı {NAME}, {ADDR}."),
        ("chat", "sipariş {ORDER} kargoya verildi, takip no {TRACK}, teslim {DATE}"),
        ("docs", "Atatürk 1881'de Selanik'te doğdu; Koç Holding {CITY} şubesinde ürün {SKU} tanıttı."),
        ("form", "Müşteri no: {CUST}\nFatura: {INV}\nPosta kodu: {PC}"),
    ],
    "cs": [
        ("chat", "ahoj {first}, moje číslo je {PHONE}"),
        ("email", "Vážená paní {LAST},\n\nplatbu prosím pošlete na {IBAN}.\nS pozdravem,\n{NAME2}\n{EMAIL2}"),
        ("form", "Jméno: {NAME}\nDatum narození: {DOB}\nAdresa: {ADDR}\nTelefon: {PHONE}"),
        ("log", "{TS} ERROR přihlášení selhalo {EMAIL} z {IP}"),
        ("hr", "Zdravotní záznam: {NAME}, nar. {DOB}. Kontakt: {PHONE}."),
        ("chat", "objednávka {ORDER} je na cestě, sledování {TRACK}, doručení {DATE}"),
        ("docs", "Karel Čapek napsal R.U.R.; Baťa otevřel prodejnu v ulici Husova v {CITY}."),
        ("form", "Číslo zákazníka: {CUST}\nFaktura: {INV}\nPSČ: {PC}"),
    ],
}
for lg, items in L10N.items():
    for st, t in items:
        add(lg, st, t)

# --------------------------------------------------------- self-check
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")
IP_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
DIG_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
DOC_NETS = [
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


def uncovered(text, spans, m):
    return not any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans)


def leaks(text, spans):
    for m in EMAIL_RE.finditer(text):
        if uncovered(text, spans, m):
            return "email"
    for m in IBAN_RE.finditer(text):
        if uncovered(text, spans, m) and iban_mod(m.group()) == 1:
            return "iban"
    for m in IP_RE.finditer(text):
        try:
            a = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if uncovered(text, spans, m) and (
            a.is_private or (a.is_global and not any(a in n for n in DOC_NETS))
        ):
            return "ip"
    for m in DIG_RE.finditer(text):
        if uncovered(text, spans, m) and luhn_ok(m.group()) and m.group() not in TEST_CARDS:
            return "luhn"
    for m in SSN_RE.finditer(text):
        if uncovered(text, spans, m):
            return "ssn"
    return None


def validate(rec, cache):
    text, spans = rec["text"], rec["spans"]
    last = 0
    for s in sorted(spans, key=lambda s: s["start"]):
        assert 0 <= s["start"] < s["end"] <= len(text) and s["start"] >= last, "offsets/overlap"
        last = s["end"]
        v = text[s["start"] : s["end"]]
        assert v == v.strip() and v
        if s["type"] == "CREDIT_CARD":
            assert luhn_ok(v) and re.sub(r"\D", "", v) not in TEST_CARDS
        if s["type"] == "IBAN":
            assert iban_mod(v) == 1
        if s["type"] == "US_SSN":
            a, g, n = v.split("-")
            assert 0 < int(a) < 900 and a != "666" and int(g) > 0 and int(n) > 0
        if s["type"] == "IP_ADDRESS":
            a = ipaddress.ip_address(v)
            assert a.is_global and not any(a in n for n in DOC_NETS)
    assert set(text[s["start"] : s["end"]] for s in spans) <= set(
        v for k, v in cache.items() if k in PII_SLOTS
    )
    assert leaks(text, spans) is None


# ------------------------------------------------------------- main
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "cs"]
W = [40] + [6.0] * 10


def is_neg(t):
    return not any("{" + k + "}" in t for k in PII_SLOTS)


def main(n=1000):
    pools = {}
    for lg, st, t in T:
        pools.setdefault((lg, is_neg(t)), []).append((st, t))
    recs, seen = [], set()
    while len(recs) < n:
        lg = R.choices(LANGS, W)[0]
        neg = R.random() < 0.33
        st, t = R.choice(pools[(lg, neg)])
        text, spans, cache = render(lg, t)
        if leaks(text, spans) or text in seen:
            continue
        rec = {"text": text, "spans": spans, "style": st, "lang": lg}
        validate(rec, cache)
        seen.add(text)
        recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    print("templates", len(T), "lines", len(recs))
    print("types", dict(Counter(s["type"] for r in recs for s in r["spans"])))
    print("langs", dict(Counter(r["lang"] for r in recs)))
    print("styles", dict(Counter(r["style"] for r in recs)))
    print("lookalike_only", sum(1 for r in recs if not r["spans"]))


if __name__ == "__main__":
    main()
