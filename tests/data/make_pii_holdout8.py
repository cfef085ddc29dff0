# ruff: noqa: E701, E702, E731, RUF100
"""Deterministic generator for held-out PII evaluation set #8 (pii_holdout8.jsonl).

Labelling policy (followed exactly):
- PERSON: a private individual's name as written (full name, last name with an honorific, first name alone
  when clearly a person; lowercase chat names count). Honorifics/titles and possessive 's are outside the
  span. Famous public/historical figures in encyclopedic/news sentences are NOT labelled. Ordinary words that
  are also names ("Will do", "Mark the date", "May", "Rose", "Grant access", "Hope", "Bill") are not
  labelled. Company/brand/product names containing names (eponymous brands) and place/street names alone are
  not labelled.
- ADDRESS: a private postal street address (street + number in the country's form) plus contiguous unit,
  postcode and city; P.O. boxes count. Not a lone country line, not field labels; street names without a
  number, cities, countries, postcodes alone and company HQ addresses in press-release style are not
  labelled.
- DATE_OF_BIRTH: only the date, only when the text says it is a birth date.
- EMAIL; PHONE (national/international formats per country); CREDIT_CARD (Luhn-valid, never well-known test
  numbers); IBAN (valid mod-97, correct length per country); US_SSN (valid SSA ranges, US context only);
  IP_ADDRESS (public only; documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
  2001:db8::/32 are not labelled; private ranges are not used); SECRET (API keys, tokens, passwords,
  connection-string passwords: the value only, incl. passwords in prose).
- About 30% of lines contain look-alikes only (no spans): versions, build numbers, reference numbers after
  their label words, timestamps and non-birth dates, ISBNs, hashes, UUIDs, well-known test card numbers,
  documentation IPs, postcodes alone, prices, quantities, flight numbers, SKUs, press-release HQ addresses,
  famous people in news sentences, eponymous brands, street names without numbers, name-like words.

Stdlib only; seed 8008; output written next to this file.
"""

import json
import os
import random
import re
import string

SEED = 8008
R = random.Random(SEED)
N_LINES = 1200
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_holdout8.jsonl")

ch = lambda seq: R.choice(seq)
dig = lambda n: "".join(R.choice(string.digits) for _ in range(n))


def nz(n):
    return str(R.randint(1, 9)) + dig(n - 1)


alnum = lambda n, pool=string.ascii_letters + string.digits: "".join(R.choice(pool) for _ in range(n))
UPAN = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


# ---------------------------------------------------------------- check-digit helpers
def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in string.digits:
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(n) % 97)


TEST_CARDS = [
    "4111 1111 1111 1111",
    "4242 4242 4242 4242",
    "5555 5555 5555 4444",
    "4012 8888 8888 1881",
    "3782 822463 10005",
    "6011 1111 1111 1117",
    "5105 1051 0510 5100",
    "4000 0566 5566 5556",
    "4111-1111-1111-1111",
    "4242424242424242",
    "5200 8282 8282 8210",
    "3714 496353 98431",
]
TEST_DIGITS = {c.replace(" ", "").replace("-", "") for c in TEST_CARDS}


def card():
    while True:
        kind = R.random()
        if kind < 0.45:
            p = "4" + dig(14)
            n = luhn_complete(p)
        elif kind < 0.75:
            p = ch(["51", "52", "53", "54", "55"]) + dig(13)
            n = luhn_complete(p)
        elif kind < 0.85:
            p = str(R.randint(2221, 2720)) + dig(11)
            n = luhn_complete(p)
        elif kind < 0.95:
            p = ch(["34", "37"]) + dig(12)
            n = luhn_complete(p)
        else:
            p = "6011" + dig(11)
            n = luhn_complete(p)
        if n in TEST_DIGITS or len(set(n[1:-1])) < 4:
            continue
        break
    f = R.random()
    if len(n) == 15:
        return n if f < 0.3 else " ".join([n[:4], n[4:10], n[10:]])
    if f < 0.5:
        return " ".join(n[i : i + 4] for i in range(0, 16, 4))
    if f < 0.75:
        return "-".join(n[i : i + 4] for i in range(0, 16, 4))
    return n


def isbn13():
    b = "978" + ch(["3", "2", "84", "88", "972", "90", "83", "91", "975", "87", "1", "0"])
    b += dig(12 - len(b))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    full = b + str((10 - s % 10) % 10)
    return (
        full if R.random() < 0.4 else "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12])
    )


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


# ---------------------------------------------------------------- IPs
def public_ipv4():
    while True:
        a = R.randint(1, 223)
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def public_ipv6():
    head = ch(["2a02", "2a01", "2600", "2607", "2a00", "2001:4860", "2a03", "2804", "2c0f", "2400"])
    parts = [head] + ["%x" % R.randint(1, 0xFFFF) for _ in range(R.randint(2, 3))]
    return ":".join(parts) + "::" + "%x" % R.randint(1, 0xFFF)


def ip():
    return public_ipv4() if R.random() < 0.85 else public_ipv6()


def doc_ip():
    r = R.random()
    if r < 0.3:
        return "192.0.2.%d" % R.randint(1, 254)
    if r < 0.6:
        return "198.51.100.%d" % R.randint(1, 254)
    if r < 0.9:
        return "203.0.113.%d" % R.randint(1, 254)
    return "2001:db8:%x::%x" % (R.randint(1, 0xFFF), R.randint(1, 0xFF))


# ---------------------------------------------------------------- secrets
def secret():
    r = R.random()
    if r < 0.14:
        return "sk_live_" + alnum(24)
    if r < 0.26:
        return "ghp_" + alnum(36)
    if r < 0.36:
        return "AKIA" + alnum(16, string.ascii_uppercase + "234567")
    if r < 0.46:
        return "xoxb-" + nz(11) + "-" + nz(13) + "-" + alnum(24)
    if r < 0.56:
        return "AIza" + alnum(35, string.ascii_letters + string.digits + "-_")
    if r < 0.66:
        return "sk-proj-" + alnum(40, string.ascii_letters + string.digits + "_-")
    if r < 0.76:
        return (
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + alnum(R.randint(30, 50), string.ascii_letters + string.digits + "_-")
            + "."
            + alnum(43, string.ascii_letters + string.digits + "_-")
        )
    if r < 0.86:
        return "glpat-" + alnum(20, string.ascii_letters + string.digits + "_-")
    return "".join(R.choice(HEX) for _ in range(32))


PW_WORDS = [
    "Sommer",
    "Lisboa",
    "Tiger",
    "Kaffee",
    "Soleil",
    "Blue",
    "Hunter",
    "Mango",
    "Zebra",
    "Fjord",
    "Delfin",
    "Marmot",
    "Kestrel",
    "Papaya",
    "Orkan",
    "Nebula",
    "Cobalt",
    "Granit",
    "Lavanda",
    "Istanbul",
]


def password():
    r = R.random()
    if r < 0.4:
        return ch(PW_WORDS) + dig(R.randint(2, 4)) + ch("!#$%&*?")
    if r < 0.7:
        return alnum(R.randint(10, 16), string.ascii_letters + string.digits + "!#%&*+-")
    return ch(PW_WORDS).lower() + ch("-_.") + ch(PW_WORDS) + ch("-_.") + dig(2)


def hexstr(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid4():
    h = hexstr(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- names
INTL = [
    ("Wei", "Zhang"),
    ("Mei", "Chen"),
    ("Haruto", "Sato"),
    ("Yuki", "Tanaka"),
    ("Min-jun", "Park"),
    ("Ji-woo", "Kim"),
    ("Priya", "Raghunathan"),
    ("Arjun", "Mehta"),
    ("Ananya", "Iyer"),
    ("Omar", "Haddad"),
    ("Layla", "Nasser"),
    ("Youssef", "El Amrani"),
    ("Fatima", "Benali"),
    ("Chinedu", "Okafor"),
    ("Amara", "Nwosu"),
    ("Kwame", "Mensah"),
    ("Thandiwe", "Dlamini"),
    ("Lan", "Nguyễn"),
    ("Minh", "Pham"),
    ("Olusegun", "Adeyemi"),
    ("Siddharth", "Rao"),
    ("Dmitri", "Volkov"),
    ("Svetlana", "Ivanova"),
    ("Oksana", "Kovalenko"),
    ("Mateus", "Oliveira"),
    ("Camila", "Rojas"),
    ("Aroha", "Ngata"),
    ("Tariq", "Qureshi"),
    ("Sione", "Taufa"),
    ("Nadia", "Rahman"),
    ("Rahul", "Banerjee"),
    ("Esi", "Boateng"),
    ("Hyun-woo", "Lee"),
    ("Sakura", "Watanabe"),
    ("Xiaoling", "Liu"),
    ("Aisha", "Bello"),
    ("Leila", "Karimi"),
    ("Reza", "Tehrani"),
    ("Bilal", "Chaudhry"),
    ("Anh", "Tran"),
    ("Yaw", "Owusu"),
    ("Lucía", "Quispe"),
    ("Mariana", "Cárdenas"),
    ("Giorgi", "Beridze"),
    ("Ayelet", "Friedman"),
    ("Tomasz", "Wróbel"),
    ("Eilidh", "MacLeod"),
    ("Siobhán", "O'Connell"),
    ("Kai", "Nakamura"),
    ("Nikolaos", "Papadakis"),
    ("Zanele", "Khumalo"),
    ("Farhan", "Siddiqui"),
    ("Ngozi", "Eze"),
]

L = {}


def loc(code, **kw):
    L[code] = kw


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def date_str(lang, y, m, d):
    r = R.random()
    mn = MONTHS[lang][m - 1]
    if lang == "en":
        if r < 0.35:
            return "%02d/%02d/%d" % (m, d, y)
        if r < 0.6:
            return "%s %d, %d" % (mn, d, y)
        if r < 0.8:
            return "%d %s %d" % (d, mn, y)
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.35 and lang != "pl":
        return (
            "%d %s %d" % (d, mn, y)
            if lang not in ("de", "da", "es", "pt")
            else {"de": "%d. %s %d", "da": "%d. %s %d", "es": "%d de %s de %d", "pt": "%d de %s de %d"}[lang]
            % (d, mn, y)
        )
    if lang == "pl" and r < 0.35:
        return "%d %s %d r." % (d, mn, y) if R.random() < 0.5 else "%d %s %d" % (d, mn, y)
    if r < 0.5:
        return "%d-%02d-%02d" % (y, m, d)
    sep = {
        "de": ".",
        "fr": "/",
        "es": "/",
        "it": "/",
        "pt": "/",
        "nl": "-",
        "pl": ".",
        "sv": "-",
        "tr": ".",
        "da": ".",
    }[lang]
    if lang == "sv":
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d%s%02d%s%d" % (d, sep, m, sep, y)


def rand_date(lang, y0, y1):
    return date_str(lang, R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


# ---- per-locale phone / address / iban
def ph_en():
    r = R.random()
    a = ch(["212", "312", "415", "617", "503", "404", "713", "206", "602", "919"])
    x = str(R.randint(201, 989))
    y = dig(4)
    if r < 0.3:
        return "(%s) %s-%s" % (a, x, y)
    if r < 0.5:
        return "%s-%s-%s" % (a, x, y)
    if r < 0.65:
        return "+1 %s %s %s" % (a, x, y)
    if r < 0.8:
        return "07%s %s" % (dig(3), dig(6))
    if r < 0.9:
        return "+44 7%s %s" % (dig(3), dig(6))
    return "+44 20 %s %s" % (ch("378") + dig(3), dig(4))


def ph_de():
    r = R.random()
    if r < 0.3:
        return "0%s %s" % (ch(["151", "152", "160", "171", "176", "157"]), dig(8))
    if r < 0.55:
        return "+49 %s %s" % (ch(["151", "170", "176", "162"]), dig(8))
    if r < 0.75:
        return "0%s %s" % (ch(["30", "40", "89", "221", "69", "711"]), nz(7))
    if r < 0.9:
        return "+49 (0)%s %s" % (ch(["30", "89", "40"]), nz(7))
    return "0%s/%s" % (ch(["30", "89", "211"]), nz(7))


def pairs(n):
    return " ".join(dig(2) for _ in range(n))


def ph_fr():
    r = R.random()
    if r < 0.4:
        return "0%s %s" % (ch("67"), pairs(4))
    if r < 0.7:
        return "+33 %s %s" % (ch("67"), pairs(4))
    if r < 0.85:
        return "0%s %s" % (ch("12345"), pairs(4))
    return "0%s.%s" % (ch("67"), ".".join(dig(2) for _ in range(4)))


def ph_es():
    r = R.random()
    m = ch("67") + dig(2)
    if r < 0.4:
        return "%s %s %s" % (m, dig(3), dig(3))
    if r < 0.7:
        return "+34 %s %s %s" % (m, dig(3), dig(3))
    if r < 0.85:
        return "+34 %s %s %s %s" % (m, dig(2), dig(2), dig(2))
    return "9%s %s %s %s" % (ch("1356"), dig(3), dig(2), dig(2))


def ph_it():
    r = R.random()
    m = "3" + ch("2345789") + dig(1)
    if r < 0.4:
        return "%s %s" % (m, dig(7))
    if r < 0.7:
        return "+39 %s %s %s" % (m, dig(3), dig(4))
    if r < 0.85:
        return "0%s %s" % (ch(["2", "6", "11", "51", "55"]), dig(8 - 1))
    return "+39 0%s %s" % (ch(["2", "6"]), dig(8))


def ph_pt():
    r = R.random()
    m = "9" + ch("1236") + dig(1)
    if r < 0.45:
        return "%s %s %s" % (m, dig(3), dig(3))
    if r < 0.8:
        return "+351 %s %s %s" % (m, dig(3), dig(3))
    return "2%s %s %s" % (ch("12"), dig(3), dig(4))


def ph_nl():
    r = R.random()
    if r < 0.35:
        return "06-%s" % dig(8)
    if r < 0.6:
        return "+31 6 %s" % dig(8)
    if r < 0.75:
        return "06 %s %s %s %s" % (dig(2), dig(2), dig(2), dig(2))
    if r < 0.9:
        return "0%s-%s" % (ch(["20", "10", "30", "70"]), nz(7))
    return "+31 (0)20 %s" % nz(7)


def ph_pl():
    r = R.random()
    m = ch("5678") + dig(2)
    if r < 0.45:
        return "%s %s %s" % (m, dig(3), dig(3))
    if r < 0.8:
        return "+48 %s %s %s" % (m, dig(3), dig(3))
    return "%s %s %s %s" % (ch(["22", "12", "58", "61", "71"]), dig(3), dig(2), dig(2))


def ph_sv():
    r = R.random()
    m = "07" + ch("0236")
    if r < 0.4:
        return "%s-%s %s %s" % (m, dig(3), dig(2), dig(2))
    if r < 0.7:
        return "+46 %s %s %s %s" % (m[1:], dig(3), dig(2), dig(2))
    if r < 0.85:
        return "08-%s %s %s" % (dig(3), dig(3), dig(2))
    return "%s%s" % (m, dig(7))


def ph_tr():
    r = R.random()
    m = "5" + ch("0345") + dig(1)
    if r < 0.4:
        return "0%s %s %s %s" % (m, dig(3), dig(2), dig(2))
    if r < 0.75:
        return "+90 %s %s %s %s" % (m, dig(3), dig(2), dig(2))
    return "0%s %s %s %s" % (ch(["212", "216", "312", "232"]), dig(3), dig(2), dig(2))


def ph_da():
    r = R.random()
    f = ch(["2", "3", "4", "5", "6", "7", "8"]) + dig(1)
    if r < 0.5:
        return "%s %s %s %s" % (f, dig(2), dig(2), dig(2))
    if r < 0.85:
        return "+45 %s %s %s %s" % (f, dig(2), dig(2), dig(2))
    return "+45%s%s" % (f, dig(6))


def iban(cc):
    if cc == "DE":
        b = dig(18)
    elif cc == "GB":
        b = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif cc == "FR":
        b = dig(10) + dig(11) + dig(2)
    elif cc == "ES":
        b = dig(20)
    elif cc == "IT":
        b = ch(string.ascii_uppercase) + dig(10) + dig(12)
    elif cc == "PT":
        b = "00" + dig(19)
    elif cc == "NL":
        b = ch(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB"]) + dig(10)
    elif cc == "PL":
        b = dig(24)
    elif cc == "SE":
        b = dig(20)
    elif cc == "TR":
        b = dig(5) + "0" + dig(16)
    elif cc == "DK":
        b = dig(14)
    elif cc == "BE":
        b = dig(12)
    elif cc == "AT":
        b = dig(16)
    elif cc == "CH":
        b = dig(17)
    else:
        raise KeyError(cc)
    s = cc + iban_check(cc, b) + b
    if R.random() < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


IBAN_LEN = {
    "DE": 22,
    "GB": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "NL": 18,
    "PL": 28,
    "SE": 24,
    "TR": 26,
    "DK": 18,
    "BE": 16,
    "AT": 20,
    "CH": 21,
}


# ---- locales
def pc_num(n):
    return lambda: nz(n)


loc(
    "en",
    first="James Emily Michael Sarah David Olivia Daniel Megan Tyler Hannah Brandon Jessica Connor Abigail Mark Rachel Kevin Lauren Bill".split(),
    last="Thompson Miller Henderson Walsh Brooks Patel Ramirez Sullivan Fischer Coleman Hughes Barnes Gallagher Whitaker Novak".split(),
    streets="Maple Avenue|Oak Street|Cedar Lane|Willow Drive|Elm Court|Pinecrest Road|Lakeview Boulevard|Hawthorne Street|Birchwood Way|Sycamore Place".split(
        "|"
    ),
    cities=[
        ("Springfield", "IL", "627"),
        ("Portland", "OR", "972"),
        ("Austin", "TX", "787"),
        ("Columbus", "OH", "432"),
        ("Raleigh", "NC", "276"),
        ("Tucson", "AZ", "857"),
        ("Madison", "WI", "537"),
        ("Boise", "ID", "837"),
    ],
    uk=[
        ("Leeds", "LS"),
        ("Bristol", "BS"),
        ("Manchester", "M"),
        ("Glasgow", "G"),
        ("Norwich", "NR"),
        ("Cardiff", "CF"),
    ],
    ukstreets="Kingsley Road|Albion Street|Victoria Terrace|Church Lane|Mill Road|Queen's Crescent".split(
        "|"
    ),
    hon=["Mr.", "Ms.", "Mrs.", "Dr.", "Mx."],
    cc=["GB"],
    phone=ph_en,
    dom=["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "fastmail.com", "comcast.net"],
)
loc(
    "de",
    first="Lukas Anna Jonas Lea Felix Marie Tobias Johanna Maximilian Sophie Jürgen Ursula Katrin Dieter Mia".split(),
    last="Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Wagner Krüger Neumann Zimmermann Braun Hartmann".split(),
    streets="Lindenstraße|Hauptstraße|Bahnhofstraße|Goethestraße|Am Mühlbach|Schillerweg|Gartenstraße|Rosenweg|Kastanienallee|Bergstraße".split(
        "|"
    ),
    cities=[
        ("Berlin", "10"),
        ("München", "80"),
        ("Hamburg", "20"),
        ("Köln", "50"),
        ("Leipzig", "04"),
        ("Freiburg im Breisgau", "79"),
        ("Dresden", "01"),
        ("Münster", "48"),
    ],
    hon=["Herr", "Frau", "Dr.", "Herrn"],
    cc=["DE", "DE", "AT", "CH"],
    phone=ph_de,
    dom=["gmx.de", "web.de", "t-online.de", "posteo.de", "freenet.de", "gmail.com"],
)
loc(
    "fr",
    first="Camille Lucas Chloé Hugo Manon Théo Inès Louis Léa Mathis Élodie Baptiste Margaux Noémie Yannick".split(),
    last="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fontaine Girard Rousseau Mercier".split(),
    streets="rue des Lilas|avenue Jean Jaurès|rue de la République|boulevard Voltaire|rue du Moulin|allée des Peupliers|rue Victor Hugo|impasse des Tilleuls".split(
        "|"
    ),
    cities=[
        ("Paris", "750"),
        ("Lyon", "6900"),
        ("Marseille", "130"),
        ("Toulouse", "3100"),
        ("Nantes", "4400"),
        ("Lille", "5900"),
        ("Bordeaux", "3300"),
        ("Rennes", "3500"),
    ],
    hon=["M.", "Mme", "Mlle", "Dr"],
    cc=["FR", "FR", "BE"],
    phone=ph_fr,
    dom=["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr"],
)
loc(
    "es",
    first="Lucía Hugo Martina Pablo Sofía Álvaro Carmen Javier Daniela Sergio Nuria Alejandro Paula Iker Ainhoa".split(),
    last="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Navarro Iglesias Ortega Castillo".split(),
    streets="Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Calle del Sol|Paseo de Gracia|Calle Real|Calle San Vicente|Avenida de América".split(
        "|"
    ),
    cities=[
        ("Madrid", "280"),
        ("Barcelona", "080"),
        ("Valencia", "460"),
        ("Sevilla", "410"),
        ("Zaragoza", "500"),
        ("Bilbao", "480"),
        ("Málaga", "290"),
        ("Granada", "180"),
    ],
    hon=["Sr.", "Sra.", "Dña.", "D.", "Dr."],
    cc=["ES"],
    phone=ph_es,
    dom=["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
)
loc(
    "it",
    first="Giulia Marco Francesca Alessandro Chiara Lorenzo Sara Matteo Elena Davide Federica Simone Martina Riccardo Beatrice".split(),
    last="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Mancini".split(),
    streets="Via Garibaldi|Via Roma|Corso Vittorio Emanuele II|Via dei Mille|Viale Mazzini|Via Dante Alighieri|Piazza della Libertà|Via San Francesco".split(
        "|"
    ),
    cities=[
        ("Milano", "201"),
        ("Roma", "001"),
        ("Torino", "101"),
        ("Bologna", "401"),
        ("Firenze", "501"),
        ("Napoli", "801"),
        ("Verona", "371"),
        ("Bari", "701"),
    ],
    hon=["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Ing."],
    cc=["IT"],
    phone=ph_it,
    dom=["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
)
loc(
    "pt",
    first="João Beatriz Tiago Inês Rodrigo Mariana Diogo Catarina Afonso Leonor Gonçalo Matilde Rui Filipa Nuno".split(),
    last="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Carvalho".split(),
    streets="Rua das Flores|Avenida da Liberdade|Rua de Santa Catarina|Rua Augusta|Travessa do Carmo|Rua do Comércio|Avenida da República|Rua Direita".split(
        "|"
    ),
    cities=[
        ("Lisboa", "1"),
        ("Porto", "4"),
        ("Braga", "4"),
        ("Coimbra", "3"),
        ("Faro", "8"),
        ("Aveiro", "3"),
        ("Setúbal", "2"),
        ("Évora", "7"),
    ],
    hon=["Sr.", "Sra.", "Dr.", "Dra.", "Eng."],
    cc=["PT"],
    phone=ph_pt,
    dom=["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
)
loc(
    "nl",
    first="Daan Sanne Thijs Lotte Bram Fleur Sem Noor Ruben Eva Jeroen Marieke Joost Anouk Wouter".split(),
    last="de Jong Jansen de Vries van den Berg Bakker Visser Smit Meijer de Boer Mulder Bos Vos Peters Hendriks van Dijk".split(
        " "
    )
    and [
        "de Jong",
        "Jansen",
        "de Vries",
        "van den Berg",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "Bos",
        "Vos",
        "Hendriks",
        "van Dijk",
        "Dekker",
    ],
    streets="Keizersgracht|Dorpsstraat|Kerkstraat|Molenweg|Nieuwe Binnenweg|Oudegracht|Stationsplein|Lindelaan|Prinsengracht".split(
        "|"
    ),
    cities=[
        ("Amsterdam", "10"),
        ("Rotterdam", "30"),
        ("Utrecht", "35"),
        ("Den Haag", "25"),
        ("Eindhoven", "56"),
        ("Groningen", "97"),
        ("Leiden", "23"),
        ("Zwolle", "80"),
    ],
    hon=["dhr.", "mevr.", "mw.", "dr."],
    cc=["NL", "NL", "BE"],
    phone=ph_nl,
    dom=["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
)
loc(
    "pl",
    first="Jakub Zuzanna Kacper Julia Mateusz Maja Szymon Zofia Bartosz Agnieszka Paweł Katarzyna Łukasz Magdalena Krzysztof".split(),
    last="Nowak Kowalski Wiśniewska Wójcik Kowalczyk Kamińska Lewandowski Zielińska Szymański Woźniak Dąbrowski Kozłowska Jankowski Mazur Krawczyk".split(),
    streets="ul. Długa|ul. Marszałkowska|ul. Kwiatowa|ul. Piotrkowska|al. Jana Pawła II|ul. Mickiewicza|ul. Słoneczna|ul. Lipowa|ul. Floriańska".split(
        "|"
    ),
    cities=[
        ("Warszawa", "0"),
        ("Kraków", "3"),
        ("Gdańsk", "8"),
        ("Wrocław", "5"),
        ("Poznań", "6"),
        ("Łódź", "9"),
        ("Lublin", "2"),
        ("Szczecin", "7"),
    ],
    hon=["Pan", "Pani", "dr", "Panie", "mgr"],
    cc=["PL"],
    phone=ph_pl,
    dom=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
)
loc(
    "sv",
    first="Elsa Oskar Maja Lucas Ebba Hugo Wilma Axel Astrid Liam Saga Nils Ingrid Johan Linnea".split(),
    last="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist Bergström Sjöberg Åkesson Holm".split(),
    streets="Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Skolgatan|Björkvägen|Strandvägen|Ringvägen".split(
        "|"
    ),
    cities=[
        ("Stockholm", "1"),
        ("Göteborg", "4"),
        ("Malmö", "2"),
        ("Uppsala", "75"),
        ("Västerås", "72"),
        ("Örebro", "70"),
        ("Linköping", "58"),
        ("Umeå", "90"),
    ],
    hon=["herr", "fru", "dr"],
    cc=["SE"],
    phone=ph_sv,
    dom=["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
)
loc(
    "tr",
    first="Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Can Merve Hakan Selin Oğuz Büşra Cem".split(),
    last="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Koç".split(),
    streets="Atatürk Caddesi|Bağdat Caddesi|İstiklal Caddesi|Cumhuriyet Mahallesi Gül Sokak|Barbaros Bulvarı|Lale Sokak|Menekşe Sokak|Kızılay Caddesi".split(
        "|"
    ),
    cities=[
        ("Kadıköy/İstanbul", "347"),
        ("Beşiktaş/İstanbul", "343"),
        ("Çankaya/Ankara", "06"),
        ("Konak/İzmir", "35"),
        ("Nilüfer/Bursa", "16"),
        ("Muratpaşa/Antalya", "07"),
    ],
    hon=["Bay", "Bayan", "Sayın", "Dr."],
    cc=["TR"],
    phone=ph_tr,
    dom=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr", "mynet.com"],
)
loc(
    "da",
    first="Mads Freja Oliver Ida Frederik Sofie Magnus Emma Rasmus Clara Søren Mette Anders Line Jesper".split(),
    last="Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Møller Holm".split(),
    streets="Nørrebrogade|Vesterbrogade|Østergade|Strandvejen|Algade|Skolevej|Kirkevej|Bredgade".split("|"),
    cities=[
        ("København N", "2200"),
        ("Aarhus C", "8000"),
        ("Odense C", "5000"),
        ("Aalborg", "9000"),
        ("Roskilde", "4000"),
        ("Esbjerg", "6700"),
        ("Frederiksberg", "2000"),
        ("Vejle", "7100"),
    ],
    hon=["hr.", "fru", "dr."],
    cc=["DK"],
    phone=ph_da,
    dom=["mail.dk", "gmail.com", "hotmail.dk", "jubii.dk", "outlook.dk"],
)
LANGS = list(L)


def postcode(lang):
    c = ch(L[lang]["cities"])
    if lang == "en":
        return "%s%s" % (c[2], dig(2))
    p = c[1]
    if lang == "de":
        return p + dig(5 - len(p))
    if lang == "fr":
        return p + dig(5 - len(p))
    if lang in ("es", "it", "tr"):
        return p + dig(5 - len(p))
    if lang == "pt":
        return p + dig(3) + "-" + dig(3)
    if lang == "nl":
        return p + dig(2) + " " + ch("ABCDEGHJKLMNPRSTVWXZ") + ch("ABCDEGHJKLMNPRSTVWXZ")
    if lang == "pl":
        return p + dig(1) + "-" + dig(3)
    if lang == "sv":
        s = p + dig(5 - len(p))
        return s[:3] + " " + s[3:]
    if lang == "da":
        return p


def city_pc(lang):
    c = ch(L[lang]["cities"])
    if lang == "en":
        return "%s, %s %s%s" % (c[0], c[1], c[2], dig(2))
    p = c[1]
    if lang in ("de", "fr", "es", "it", "tr"):
        pc = p + dig(5 - len(p))
    elif lang == "pt":
        pc = p + dig(3) + "-" + dig(3)
    elif lang == "nl":
        pc = p + dig(2) + " " + ch("ABCDEGHJKLMNPRSTVWXZ") + ch("ABCDEGHJKLMNPRSTVWXZ")
    elif lang == "pl":
        pc = p + dig(1) + "-" + dig(3)
    elif lang == "sv":
        s = p + dig(5 - len(p))
        pc = s[:3] + " " + s[3:]
    else:
        pc = p
    return "%s %s" % (pc, c[0])


def hno():
    return str(R.choice([R.randint(1, 30), R.randint(1, 150), R.randint(1, 400)]))


def address(lang):
    d = L[lang]
    st = ch(d["streets"])
    r = R.random()
    if lang == "en":
        if r < 0.35:
            c = ch(d["uk"])
            return "%s %s, %s %s%d %d%s" % (
                hno(),
                ch(d["ukstreets"]),
                c[0],
                c[1],
                R.randint(1, 20),
                R.randint(1, 9),
                ch(["AB", "QT", "HN", "DR", "EW", "JX"]),
            )
        unit = ch(["", "", ", Apt 4B", ", Unit 12", " #210", ", Suite 3", ", Apt. 7"])
        return "%s %s%s, %s" % (R.randint(12, 9800), st, unit, city_pc(lang))
    if lang == "de":
        return "%s %s%s, %s" % (st, hno(), ch(["", "", "", "a", "b"]), city_pc(lang))
    if lang == "fr":
        return (
            "%s%s %s, %s" % (hno(), ch(["", "", "", " bis"]), st, city_pc(lang))
            if r < 0.8
            else "Appt %d, %s %s, %s" % (R.randint(1, 40), hno(), st, city_pc(lang))
        )
    if lang == "es":
        return "%s %s%s, %s" % (st, hno(), ch(["", ", 3º B", ", 2º izda.", ", 5ºA", ", bajo"]), city_pc(lang))
    if lang == "it":
        return "%s %s%s, %s" % (st, hno(), ch(["", "", "/A", ", int. 5", ", scala B"]), city_pc(lang))
    if lang == "pt":
        return "%s %s%s, %s" % (st, hno(), ch(["", ", 2º Esq.", ", 1º Dto.", ", r/c", ""]), city_pc(lang))
    if lang == "nl":
        return "%s %s%s, %s" % (st, hno(), ch(["", "", "-II", " A", "bis"]), city_pc(lang))
    if lang == "pl":
        return "%s %s%s, %s" % (st, hno(), ch(["", "/3", "/12", " m. 7", "/45"]), city_pc(lang))
    if lang == "sv":
        return "%s %s%s, %s" % (st, hno(), ch(["", "", " A", " B", ", lgh 1102"]), city_pc(lang))
    if lang == "tr":
        return "%s No: %s%s, %s" % (st, hno(), ch(["", " D: 7", " Daire 3", " K: 2 D: 5"]), city_pc(lang))
    if lang == "da":
        return "%s %s%s, %s" % (
            st,
            hno(),
            ch(["", ", 2. th.", ", 1. tv.", ", st.", ", 3. mf."]),
            city_pc(lang),
        )


POBOX_W = {
    "en": "P.O. Box",
    "de": "Postfach",
    "fr": "BP",
    "es": "Apartado de Correos",
    "it": "Casella Postale",
    "pt": "Apartado",
    "nl": "Postbus",
    "pl": "Skrytka pocztowa",
    "sv": "Box",
    "tr": "PK",
    "da": "Postboks",
}


def pobox(lang):
    return "%s %s, %s" % (POBOX_W[lang], R.randint(10, 9999), city_pc(lang))


def street_only(lang):
    return ch(L[lang]["streets"]) if lang != "en" else ch(L["en"]["streets"] + L["en"]["ukstreets"])


def city_only(lang):
    return (
        ch(L[lang]["cities"])[0]
        if lang != "en"
        else ch([c[0] for c in L["en"]["cities"]] + [c[0] for c in L["en"]["uk"]])
    )


# ---------------------------------------------------------------- look-alike pools
FAMOUS = {
    "en": [
        "Albert Einstein",
        "Marie Curie",
        "Barack Obama",
        "Nelson Mandela",
        "Isaac Newton",
        "Ada Lovelace",
        "Abraham Lincoln",
        "Serena Williams",
    ],
    "de": [
        "Angela Merkel",
        "Johann Wolfgang von Goethe",
        "Ludwig van Beethoven",
        "Olaf Scholz",
        "Albert Einstein",
    ],
    "fr": ["Emmanuel Macron", "Victor Hugo", "Marie Curie", "Charles de Gaulle", "Napoléon Bonaparte"],
    "es": ["Pedro Sánchez", "Miguel de Cervantes", "Rafael Nadal", "Pablo Picasso", "Frida Kahlo"],
    "it": ["Giuseppe Verdi", "Sergio Mattarella", "Leonardo da Vinci", "Giorgia Meloni", "Galileo Galilei"],
    "pt": ["Cristiano Ronaldo", "Fernando Pessoa", "Luís de Camões", "José Saramago", "Amália Rodrigues"],
    "nl": ["Vincent van Gogh", "Mark Rutte", "Rembrandt van Rijn", "Johan Cruijff", "Anne Frank"],
    "pl": [
        "Maria Skłodowska-Curie",
        "Fryderyk Chopin",
        "Lech Wałęsa",
        "Mikołaj Kopernik",
        "Wisława Szymborska",
    ],
    "sv": ["Greta Thunberg", "Alfred Nobel", "Astrid Lindgren", "Zlatan Ibrahimović", "Carl von Linné"],
    "tr": ["Mustafa Kemal Atatürk", "Orhan Pamuk", "Nazım Hikmet", "Recep Tayyip Erdoğan", "Aziz Sancar"],
    "da": ["Hans Christian Andersen", "Søren Kierkegaard", "Niels Bohr", "Karen Blixen", "Mette Frederiksen"],
}
BRANDS = [
    "Ford",
    "Porsche",
    "Ferrari",
    "Dell",
    "Siemens",
    "Philips",
    "Heineken",
    "Carlsberg",
    "Bosch",
    "Boeing",
    "Disney",
    "Peugeot",
    "Michelin",
    "Lamborghini",
    "Hugo Boss",
    "Tommy Hilfiger",
    "Dr. Oetker",
    "McDonald's",
    "Bang & Olufsen",
    "Benetton",
    "Mercedes-Benz",
    "Chanel",
    "Louis Vuitton",
    "Barilla",
    "Ferrero",
    "Lavazza",
    "Renault",
    "Citroën",
    "Opel",
    "Adidas",
    "Kellogg's",
    "Heinz",
    "Tesla",
    "Ericsson",
    "Koç Holding",
    "Wedel",
    "Dyson",
    "Miele",
    "Prada",
    "Armani",
    "Gucci",
    "Hewlett-Packard",
    "Walt Disney",
    "Ben & Jerry's",
]
CO_SFX = {
    "en": ["Inc.", "Ltd", "Corp."],
    "de": ["GmbH", "AG"],
    "fr": ["SA", "SAS"],
    "es": ["S.L.", "S.A."],
    "it": ["S.p.A.", "S.r.l."],
    "pt": ["Lda.", "S.A."],
    "nl": ["B.V.", "N.V."],
    "pl": ["sp. z o.o.", "S.A."],
    "sv": ["AB"],
    "tr": ["A.Ş.", "Ltd. Şti."],
    "da": ["A/S", "ApS"],
}
CO_STEM = [
    "Nordwind Analytics",
    "Veltrix",
    "Aurora Logistics",
    "Brightwave Systems",
    "Kestrel Foods",
    "Helix Energy",
    "Quantora",
    "Bluefjord Software",
    "Solano Retail",
    "Tessaris Medical",
    "Orbis Mobility",
    "Lumen Grid",
]


def company(lang):
    return "%s %s" % (ch(CO_STEM), ch(CO_SFX[lang]))


PRICE = {
    "en": lambda: ch(["$%d.%02d", "£%d.%02d", "USD %d.%02d"]) % (R.randint(3, 2999), R.randint(0, 99)),
    "sv": lambda: "%d kr" % R.randint(49, 9999),
    "da": lambda: "%d,%02d kr." % (R.randint(19, 9999), ch([0, 50, 95])),
    "pl": lambda: "%d,%02d zł" % (R.randint(9, 4999), R.randint(0, 99)),
    "tr": lambda: "%d.%03d,%02d TL" % (R.randint(1, 49), R.randint(0, 999), R.randint(0, 99)),
    "nl": lambda: "€ %d,%02d" % (R.randint(3, 2999), R.randint(0, 99)),
}


def price(lang):
    return PRICE[lang]() if lang in PRICE else "%d,%02d €" % (R.randint(3, 2999), R.randint(0, 99))


def version():
    return ch(["%d.%d.%d", "v%d.%d.%d", "%d.%d.%d-rc1", "%d.%d.%d-beta"]) % (
        R.randint(0, 14),
        R.randint(0, 30),
        R.randint(0, 99),
    )


def version4():
    return "%d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 9), R.randint(0, 999), R.randint(100, 9999))


def timestamp():
    return "20%02d-%02d-%02dT%02d:%02d:%02d%s" % (
        R.randint(19, 26),
        R.randint(1, 12),
        R.randint(1, 28),
        R.randint(0, 23),
        R.randint(0, 59),
        R.randint(0, 59),
        ch(["Z", ".%03dZ" % R.randint(0, 999), "+01:00", "+02:00"]),
    )


def flight():
    return "%s %d" % (
        ch(["LH", "AF", "IB", "AZ", "TP", "KL", "LO", "SK", "TK", "BA", "UA", "DY", "FR", "U2"]),
        R.randint(100, 9899),
    )


def sku():
    return ch(
        [
            "SKU-%s-%s" % (dig(5), ch(["BL", "RD", "XL", "M", "42"])),
            "%s-%s" % (alnum(3, string.ascii_uppercase), dig(6)),
            "ART%s" % dig(7),
        ]
    )


def ref():
    return ch(
        [
            "%s-%s" % (alnum(2, string.ascii_uppercase), dig(6)),
            nz(8),
            "%d-%s" % (R.randint(2019, 2026), dig(5)),
            alnum(3, string.ascii_uppercase) + dig(7),
        ]
    )


def track():
    return ch(
        [
            "1Z%s" % alnum(16, UPAN),
            "JJD%s" % dig(18),
            "00340434%s" % dig(12),
            "RR%s%s" % (dig(9), ch(["DE", "PL", "FR", "NL", "SE"])),
            dig(12),
        ]
    )


def pnr():
    return alnum(6, string.ascii_uppercase.replace("O", "") + "23456789")


def clf():
    return "%02d/%s/20%02d:%02d:%02d:%02d +0000" % (
        R.randint(1, 28),
        ch(["Jan", "Mar", "Jun", "Sep", "Nov"]),
        R.randint(20, 26),
        R.randint(0, 23),
        R.randint(0, 59),
        R.randint(0, 59),
    )


def clock():
    return "%02d:%02d" % (R.randint(5, 23), ch([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55]))


def expiry():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))


SVC_USERS = [
    "app_user",
    "svc_backup",
    "deploy",
    "orders_rw",
    "etl_job",
    "readonly",
    "admin",
    "postgres",
    "ci-bot",
    "grafana",
]
REL = {
    "en": ["wife", "husband", "mother", "brother", "partner", "daughter"],
    "de": ["Ehefrau", "Vater", "Schwester", "Partner"],
    "fr": ["épouse", "père", "sœur", "conjoint"],
    "es": ["esposa", "padre", "hermana", "pareja"],
    "it": ["moglie", "padre", "sorella", "compagno"],
    "pt": ["esposa", "pai", "irmã", "companheiro"],
    "nl": ["echtgenote", "vader", "zus", "partner"],
    "pl": ["żona", "ojciec", "siostra", "partner"],
    "sv": ["fru", "pappa", "syster", "sambo"],
    "tr": ["eşi", "babası", "kız kardeşi", "annesi"],
    "da": ["kone", "far", "søster", "samlever"],
}

# ---------------------------------------------------------------- rendering engine
import unicodedata


def ascii_fold(s):
    s = (
        s.replace("ß", "ss")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("æ", "ae")
        .replace("'", "")
    )
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Ctx:
    def __init__(self, lang):
        self.lang = lang
        self.people = {}

    def person(self, slot):
        if slot not in self.people:
            d = L[self.lang]
            while True:
                p = ch(INTL) if R.random() < 0.3 else (ch(d["first"]), ch(d["last"]))
                if p not in self.people.values():
                    break
            self.people[slot] = p
        return self.people[slot]


def email_for(ctx, slot):
    lang = ctx.lang
    dom = ch(L[lang]["dom"])
    if R.random() < 0.8:
        f, l = ctx.person(slot)
        f, l = ascii_fold(f).lower().replace(" ", ""), ascii_fold(l).lower().replace(" ", "")
        local = ch(
            [
                "%s.%s" % (f, l),
                "%s%s" % (f[0], l),
                "%s_%s%s" % (f, l, dig(2)),
                "%s%s" % (f, dig(2)),
                "%s.%s" % (l, f[0]),
            ]
        )
    else:
        local = ch(["kontakt", "sunny", "blue.fox", "mtb.rider", "bookworm", "nightowl"]) + dig(
            R.randint(2, 4)
        )
    return local + "@" + dom


PII_TYPE = {
    "NAME": "PERSON",
    "FIRST": "PERSON",
    "LAST": "PERSON",
    "LC": "PERSON",
    "PHONE": "PHONE",
    "PHONEUS": "PHONE",
    "EMAIL": "EMAIL",
    "ADDR": "ADDRESS",
    "ADDRUS": "ADDRESS",
    "POBOX": "ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "IBAN": "IBAN",
    "CARD": "CREDIT_CARD",
    "SSN": "US_SSN",
    "IP": "IP_ADDRESS",
    "SECRET": "SECRET",
    "PW": "SECRET",
}


def us_address():
    d = L["en"]
    unit = ch(["", "", ", Apt 4B", ", Unit 12", " #210", ", Apt. 7"])
    c = ch(d["cities"])
    return "%s %s%s, %s, %s %s%s" % (R.randint(12, 9800), ch(d["streets"]), unit, c[0], c[1], c[2], dig(2))


def us_phone():
    a = ch(["212", "312", "415", "617", "503", "404", "713", "206"])
    x = str(R.randint(201, 989))
    y = dig(4)
    return ch(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"]) % (a, x, y)


def value(tok, ctx):
    lang = ctx.lang
    m = re.match(r"([A-Z]+?)(\d?)$", tok)
    base, slot = m.group(1), m.group(2) or "1"
    if base == "NAME":
        f, l = ctx.person(slot)
        return f + " " + l
    if base == "FIRST":
        return ctx.person(slot)[0]
    if base == "LAST":
        return ctx.person(slot)[1]
    if base == "LC":
        f, l = ctx.person(slot)
        return ascii_fold(f).lower() if R.random() < 0.5 else f.lower()
    if base == "PHONE":
        return L[lang]["phone"]()
    if base == "PHONEUS":
        return us_phone()
    if base == "EMAIL":
        return email_for(ctx, slot)
    if base == "ADDR":
        return address(lang)
    if base == "ADDRUS":
        return us_address()
    if base == "POBOX":
        return pobox(lang)
    if base == "DOB":
        return rand_date(lang, 1938, 2006)
    if base == "IBAN":
        return iban(ch(L[lang]["cc"]))
    if base == "CARD":
        return card()
    if base == "SSN":
        return ssn()
    if base == "IP":
        return ip()
    if base == "SECRET":
        return secret()
    if base == "PW":
        return password()
    # look-alikes
    if base == "HON":
        return ch(L[lang]["hon"])
    if base == "VER":
        return version()
    if base == "VERF":
        return version4()
    if base == "BUILD":
        return ch(
            [
                "%d" % R.randint(1000, 99999),
                "%d.%d" % (R.randint(20200101, 20261231), R.randint(1, 9)),
                "b%s" % dig(4),
            ]
        )
    if base == "REF":
        return ref()
    if base == "NUM":
        return str(R.randint(1000, 999999))
    if base == "N":
        return str(R.randint(2, 60))
    if base == "TS":
        return timestamp()
    if base == "DATE":
        return rand_date(lang, 2019, 2027)
    if base == "ISBN":
        return isbn13()
    if base == "HASH":
        return hexstr(ch([7, 12, 40, 64]))
    if base == "UUID":
        return uuid4()
    if base == "TESTCARD":
        return ch(TEST_CARDS)
    if base == "DOCIP":
        return doc_ip()
    if base == "POSTCODE":
        return postcode(lang)
    if base == "PRICE":
        return price(lang)
    if base == "QTY":
        return str(ch([1, 2, 3, 4, 5, 6, 10, 12, 24, 50]))
    if base == "FLIGHT":
        return flight()
    if base == "SKU":
        return sku()
    if base == "TRACK":
        return track()
    if base == "PNR":
        return pnr()
    if base == "HQ":
        return address(lang) if lang != "en" else us_address()
    if base == "COMPANY":
        return company(lang)
    if base == "FAMOUS":
        return ch(FAMOUS[lang])
    if base == "BRAND":
        return ch(BRANDS)
    if base == "STREET":
        return street_only(lang)
    if base == "CITY":
        return city_only(lang)
    if base == "CLF":
        return clf()
    if base == "TIME":
        return clock()
    if base == "PORT":
        return str(ch([22, 443, 8080, 5432, R.randint(1024, 65000)]))
    if base == "PID":
        return str(R.randint(300, 65000))
    if base == "USER":
        return ch(SVC_USERS)
    if base == "EXP":
        return expiry()
    if base == "REL":
        return ch(REL[lang])
    if base == "HOSTSFX":
        return alnum(5, string.ascii_lowercase + string.digits)
    if base == "YEAR":
        return str(R.randint(1990, 2025))
    raise KeyError(tok)


TOKEN = re.compile(r"\{([A-Z]+\d?)\}")


def typo(s):
    words = [m for m in re.finditer(r"[^\W\d_]{5,}", s)]
    if not words:
        return s
    w = ch(words)
    i = R.randint(w.start(), w.end() - 2)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def render(tpl, lang, lower=False, typos=False):
    ctx = Ctx(lang)
    text = ""
    spans = []
    lits = []
    for i, part in enumerate(TOKEN.split(tpl)):
        if i % 2 == 0:
            if lower:
                part = part.lower()
            lits.append((len(text), len(text) + len(part)))
            text += part
        else:
            v = value(part, ctx)
            t = PII_TYPE.get(re.match(r"[A-Z]+", part).group(0))
            if t == "PERSON" and lower:
                v = v.lower()
            if t:
                spans.append({"start": len(text), "end": len(text) + len(v), "type": t})
            text += v
    if typos:  # swap two adjacent letters inside a literal segment only; length unchanged, offsets stay valid
        cands = [(a, b) for a, b in lits if re.search(r"[^\W\d_]{5,}", text[a:b])]
        if cands:
            a, b = ch(cands)
            text = text[:a] + typo(text[a:b]) + text[b:]
    return text, spans


# ---------------------------------------------------------------- templates: (style, template[, weight])
POS = {}
NEG = {}
POS["en"] = [
    (
        "email",
        "Hi {FIRST2},\n\nThanks for the call today. As discussed, please send the signed form to {EMAIL} or call me on {PHONE}.\n\nBest,\n{NAME}",
    ),
    ("crm", "Customer {NAME} (DOB {DOB}) called about invoice INV-{NUM}. New address: {ADDR}."),
    ("form", "Full name: {NAME}\nDate of birth: {DOB}\nEmail: {EMAIL}\nPhone: {PHONE}\nAddress: {ADDR}"),
    (
        "support",
        "Ticket #{NUM}: {HON} {LAST} reports that the app (v{VER}) crashes on login. Reach them at {EMAIL}.",
    ),
    ("chat", "hey {LC} can u send me ur number again? mine is {PHONE}"),
    ("sms", "{FIRST} here, running late. Mark the date for Friday though! Call {PHONE} if needed"),
    ("shipping", "Your order #{REF} has shipped to {NAME}, {ADDR}. Tracking number: {TRACK}."),
    ("crm", "Applicant {NAME}, SSN {SSN}, born {DOB}, currently residing at {ADDRUS}.", 1.5),
    ("form", "W-9 on file for {NAME} - Social Security No. {SSN}; contact {PHONEUS}."),
    (
        "email",
        "Dear {HON} {LAST},\n\nplease transfer the deposit of {PRICE} to IBAN {IBAN} (account holder: {NAME2}). Reference: booking {REF}.",
    ),
    ("support", "Customer {NAME} disputes a charge of {PRICE} on card {CARD} placed on {DATE}."),
    ("chat", "{LC}: the wifi password is {PW} btw"),
    (
        "email",
        "{FIRST}, I reset your account. Temporary password: {PW}\nGrant access to the shared drive only to {NAME2}, please.",
    ),
    (
        "news",
        "Local resident {NAME}, {N}, told reporters that the flooding on {STREET} began before midnight.",
    ),
    ("crm", "Spoke with {NAME2}'s assistant {FIRST}; {HON} {LAST2} will call back from {PHONE}."),
    ("form", "Emergency contact: {NAME} ({REL}), {PHONE}"),
    (
        "email",
        "Hope you're doing well, {FIRST2}! I've attached the contract for {HON} {LAST}. May we schedule the signing for {DATE}?",
    ),
    ("crm", "New hire {NAME} starts on {DATE}. Born {DOB}. Payroll IBAN: {IBAN}. Personal email: {EMAIL}."),
    ("sms", "hi its {LC} from the gym, my new # is {PHONE}"),
    ("support", "User {EMAIL} logged in from {IP} at {TS}; flagged by fraud rule FR-{N}."),
    ("shipping", "Deliver to: {NAME}\n{ADDR}\nTel: {PHONE}\nItems: SKU {SKU} x{QTY}"),
    ("crm", "Called {HON} {LAST} re: policy number {REF}. Will do a follow-up next week. Alt phone {PHONE}."),
    ("email", "Please mail the cheque to {NAME}, {POBOX}."),
    ("chat", "@{LC} did u get the {BRAND} fixed? bill me for the parts, my paypal is {EMAIL}"),
    ("form", "Cardholder: {NAME} | Card: {CARD} | Exp: {EXP} | Billing: {ADDR}"),
    ("news", "{FAMOUS} once visited the bakery on {STREET}, recalls owner {NAME}."),
    ("support", "Password reset requested by {NAME} ({EMAIL}). Source IP {IP}, device build {BUILD}."),
    ("crm", "Patient {NAME}, date of birth {DOB}, MRN {REF}. Next appointment {DATE} with Dr. {LAST2}."),
    (
        "email",
        "From: {NAME} <{EMAIL}>\nTo: {NAME2} <{EMAIL2}>\nSubject: Re: quote {REF}\n\nSounds good, I'll ring you at {PHONE}.",
    ),
    (
        "support",
        "Caller verified identity: {NAME}, SSN ending {SSN} was read back in full, DOB {DOB}. Card on file {CARD}.",
        0.7,
    ),
    ("sms", "Happy birthday {FIRST}!! born {DOB} and still the youngest of us lol"),
    ("chat", "{LC}: just moved!! new place is {ADDR}, come by sat"),
]
NEG["en"] = [
    ("news", "{COMPANY}, headquartered at {HQ}, today announced quarterly revenue of {PRICE} million."),
    ("support", "Order {REF} (SKU {SKU}, qty {QTY}) was shipped on {DATE}. Tracking number: {TRACK}."),
    ("email", "Release {VER} (build {BUILD}) fixes the crash reported in ticket #{NUM}."),
    ("chat", "will do! mark the date: {DATE}. hope the {BRAND} dealership on {STREET} is still open"),
    ("news", "{FAMOUS} is remembered in {CITY}, where a museum opened on {DATE}."),
    ("support", "For sandbox testing use card {TESTCARD}, any future expiry and CVC 123."),
    ("code", "Example: curl -H 'X-Forwarded-For: {DOCIP}' https://api.example.com/v2/status"),
    ("email", "The second edition (ISBN {ISBN}) costs {PRICE} and ships within {N} days."),
    ("sms", "Flight {FLIGHT} departs {TIME}, gate B{N}. Booking reference {PNR}."),
    ("news", "Analysts compared the {BRAND} and {BRAND} lineups; the cheaper model costs {PRICE}."),
    ("shipping", "Same-day delivery is available for postcode {POSTCODE} only. Case number {REF}."),
    ("log", "Checksum mismatch: expected {HASH}, got {HASH}."),
    ("crm", "Policy {REF} renews on {DATE}; premium {PRICE}/month. Customer number {NUM}."),
    ("email", "Grant access to the staging bucket for the whole team, then bill the hours to project {REF}."),
    ("news", "Rose bushes line {STREET}; the council will trim them in May, said a statement."),
    ("news", "{FAMOUS} was one of the most influential figures of the era, historians note."),
]
POS["tech"] = [
    ("log", '{TS} INFO auth: login success user={EMAIL} ip={IP} ua="Mozilla/5.0"'),
    ("log", "{TS} WARN rate-limit exceeded from {IP} (req_id={UUID})"),
    ("code", "DATABASE_URL=postgres://{USER}:{PW}@db.internal:5432/orders"),
    ("code", "export STRIPE_SECRET_KEY={SECRET}"),
    ("code", 'headers = {"Authorization": "Bearer {SECRET}"}'),
    ("code", 'smtp:\n  host: smtp.mailgun.org\n  port: 587\n  user: {EMAIL}\n  password: "{PW}"'),
    ("log", '{TS} ERROR payment failed card={CARD} amount={NUM} customer="{NAME}"'),
    ("code", '# TODO({LC}): rotate this before release {VER}\nAPI_KEY = "{SECRET}"'),
    ("log", "sshd[{PID}]: Failed password for invalid user admin from {IP} port {PORT} ssh2"),
    ("code", "MONGO_URI=mongodb+srv://{USER}:{PW}@cluster0.{HOSTSFX}.mongodb.net/prod?retryWrites=true"),
    ("log", '{TS} audit user_id={NUM} name="{NAME}" phone="{PHONE}" action=update_profile'),
    ("code", '{"customer": {"name": "{NAME}", "email": "{EMAIL}", "iban": "{IBAN}"}}'),
    ("log", '{IP} - - [{CLF}] "GET /api/v2/users/{NUM} HTTP/1.1" 200 {NUM}'),
    ("code", "git remote set-url origin https://oauth2:{SECRET}@gitlab.com/acme/infra.git"),
    ("code", "REDIS_URL=redis://:{PW}@cache-01:6379/0  # build {BUILD}"),
    ("log", "{TS} WARN new device for {EMAIL}: ip={IP} (previous {DOCIP})"),
    ("code", "aws_access_key_id = {SECRET}\nregion = eu-central-1"),
    ("code", "Server=sql01;Database=crm;User Id={USER};Password={PW};"),
]
NEG["tech"] = [
    ("log", "{TS} INFO deploy finished version={VERF} build={BUILD} sha={HASH}"),
    ("log", "{TS} DEBUG request_id={UUID} upstream={DOCIP}:{PORT} latency={N}ms"),
    ("code", "API_KEY=<your-key-here>  # set via environment, never commit the value"),
    ("code", "pip install requests=={VER}  # pinned, see issue #{NUM}"),
    ("log", "{TS} WARN disk usage 91% on /var/lib/postgres (host db-{N}, pid {PID})"),
    ("code", "docker pull registry.example.com/api:{VER}-{HASH}"),
    ("log", "test card {TESTCARD} -> expected result: declined (code {N})"),
    ("code", "listen {DOCIP}:{PORT};  # see RFC 5737, release {VERF}"),
    ("log", "{TS} INFO job {UUID} processed {NUM} rows in {N}s"),
]
POS["de"] = [
    (
        "email",
        "Hallo {FIRST2},\n\nanbei die Unterlagen. Bitte überweise die Kaution auf mein Konto {IBAN} (Kontoinhaber: {NAME}).\n\nViele Grüße\n{FIRST}",
    ),
    ("form", "Name: {NAME}\nGeburtsdatum: {DOB}\nAnschrift: {ADDR}\nTelefon: {PHONE}\nE-Mail: {EMAIL}"),
    ("crm", "Rückruf von {HON} {LAST} wegen Kundennummer {REF}, erreichbar unter {PHONE}."),
    ("chat", "{LC} hast du die adresse? {ADDR} oder? ich ruf dich gleich an, {PHONE}"),
    ("shipping", "Ihre Sendung {TRACK} wird an {NAME}, {ADDR} zugestellt. Bestellnummer: {REF}."),
    (
        "support",
        "Ticket {REF}: Frau {LAST} (geb. {DOB}) kann sich seit Version {VER} nicht mehr anmelden. Login von {IP}.",
    ),
    ("sms", "Hi, hier ist {FIRST}. Neue Nummer: {PHONE}. LG"),
    ("crm", "Vertrag für {NAME}, geboren am {DOB}, Kreditkarte {CARD}, Rechnungsadresse {ADDR}."),
    (
        "email",
        "Guten Tag {HON} {LAST},\n\nIhr neues Passwort lautet {PW}. Bitte ändern Sie es nach der ersten Anmeldung.\n\nMit freundlichen Grüßen\n{NAME2}",
    ),
    ("news", "Anwohner {NAME} aus {CITY} berichtet, dass die {STREET} seit dem {DATE} gesperrt ist."),
    ("form", "Kontoinhaber: {NAME}\nIBAN: {IBAN}\nVerwendungszweck: Rechnungsnummer {REF}"),
]
NEG["de"] = [
    ("news", "{FAMOUS} besuchte am {DATE} das Werk von {BRAND} in {CITY}."),
    ("news", "Die {COMPANY} (Hauptsitz: {HQ}) meldete einen Jahresumsatz von {PRICE} Mio."),
    ("support", "Bestellnummer {REF}, Artikel {SKU}, Menge {QTY}, Lieferung am {DATE} in PLZ {POSTCODE}."),
    ("chat", "termin ist im Mai, rechnungsnummer {REF}, version {VERF} läuft stabil"),
    (
        "shipping",
        "Ihr Paket mit der Sendungsnummer {TRACK} liegt in der Filiale {STREET}, Abholung bis {DATE}.",
    ),
]
POS["fr"] = [
    (
        "email",
        "Bonjour {HON} {LAST},\n\nVoici mes coordonnées bancaires : IBAN {IBAN}. Vous pouvez aussi me joindre au {PHONE}.\n\nCordialement,\n{NAME2}",
    ),
    ("form", "Nom : {NAME}\nDate de naissance : {DOB}\nAdresse : {ADDR}\nTél. : {PHONE}\nCourriel : {EMAIL}"),
    ("crm", "Appel de {NAME} concernant la facture n° {REF} ; rappeler au {PHONE} avant le {DATE}."),
    ("chat", "{LC} tu peux m'envoyer ton mail ? c'est toujours {EMAIL} ?"),
    ("shipping", "Votre colis {TRACK} sera livré à {NAME}, {ADDR}. Commande n° {REF}."),
    (
        "support",
        "Ticket {REF} : Mme {LAST}, née le {DOB}, signale un prélèvement inconnu sur la carte {CARD}.",
    ),
    ("sms", "Salut c'est {FIRST}, mon nouveau numéro : {PHONE}. Bisous"),
    ("email", "{FIRST}, ton mot de passe provisoire est {PW} (à changer dès la première connexion)."),
    ("news", "Selon {NAME}, habitant de la {STREET} à {CITY}, les travaux ont commencé le {DATE}."),
    ("form", "Adresse de facturation : {POBOX}\nTitulaire : {NAME}"),
]
NEG["fr"] = [
    ("news", "{FAMOUS} a inauguré le {DATE} un nouveau site {BRAND} à {CITY}."),
    ("news", "{COMPANY}, dont le siège est situé {HQ}, annonce un chiffre d'affaires de {PRICE} millions."),
    ("support", "Commande n° {REF} : {QTY} articles (réf. {SKU}), total {PRICE}, expédiée le {DATE}."),
    ("sms", "Vol {FLIGHT} : départ à {TIME}, porte {N}. Référence de réservation {PNR}."),
    ("email", "La version {VER} (build {BUILD}) corrige le bug du ticket n° {NUM}."),
]
POS["es"] = [
    (
        "email",
        "Hola {FIRST2}:\n\nte paso mis datos para la transferencia: IBAN {IBAN}, titular {NAME}. Mi móvil es {PHONE}.\n\nUn abrazo",
    ),
    (
        "form",
        "Nombre: {NAME}\nFecha de nacimiento: {DOB}\nDomicilio: {ADDR}\nTeléfono: {PHONE}\nCorreo: {EMAIL}",
    ),
    ("crm", "Llamada de {HON} {LAST} por el pedido n.º {REF}; devolver la llamada al {PHONE}."),
    ("chat", "{LC} pásame tu dirección que te mando el regalo jaja"),
    ("shipping", "Su pedido {REF} se entregará a {NAME} en {ADDR}. Número de seguimiento: {TRACK}."),
    ("support", "Incidencia {REF}: {NAME}, nacida el {DOB}, no puede acceder desde la IP {IP}."),
    ("sms", "Soy {FIRST}, este es mi nuevo número {PHONE}. Guárdalo!"),
    ("crm", "Cliente {NAME}, nacido el {DOB}, tarjeta {CARD}, domicilio {ADDR}."),
    (
        "email",
        "Estimada {HON} {LAST}: su contraseña temporal es {PW}. Por favor, cámbiela al iniciar sesión.",
    ),
    ("chat", "{LC}: mi correo nuevo es {EMAIL}, el otro ya no lo uso"),
]
NEG["es"] = [
    ("news", "{FAMOUS} visitó el {DATE} la fábrica de {BRAND} en {CITY}."),
    ("news", "{COMPANY}, con sede en {HQ}, ha presentado unos ingresos de {PRICE} millones."),
    ("support", "Pedido n.º {REF}: {QTY} uds. del artículo {SKU}, importe {PRICE}, envío el {DATE}."),
    ("email", "La versión {VERF} soluciona la incidencia n.º {NUM}. Código postal de prueba {POSTCODE}."),
]
POS["it"] = [
    (
        "email",
        "Ciao {FIRST2},\n\nti giro l'IBAN per il rimborso: {IBAN} intestato a {NAME}. Per qualsiasi cosa chiamami al {PHONE}.\n\nA presto",
    ),
    (
        "form",
        "Nome e cognome: {NAME}\nData di nascita: {DOB}\nIndirizzo: {ADDR}\nCellulare: {PHONE}\nEmail: {EMAIL}",
    ),
    ("crm", "{HON} {LAST} ha chiamato per la pratica n. {REF}; richiamare al {PHONE}."),
    ("chat", "{LC} ci vediamo da me? {ADDR}, citofono 3"),
    ("shipping", "Il pacco {TRACK} è in consegna a {NAME}, {ADDR}. Ordine n. {REF}."),
    ("support", "Segnalazione {REF}: {NAME} (nata il {DOB}) non riesce ad accedere dalla versione {VER}."),
    ("sms", "Sono {FIRST}, ho cambiato numero: {PHONE}"),
    ("crm", "Cliente {NAME}, nato il {DOB}, carta {CARD}, email {EMAIL}."),
    (
        "email",
        "Gentile {HON} {LAST}, la sua password provvisoria è {PW}. La preghiamo di modificarla al primo accesso.",
    ),
    ("news", "Il residente {NAME} racconta che {STREET} è chiusa dal {DATE} per lavori."),
]
NEG["it"] = [
    ("news", "{FAMOUS} è ricordato a {CITY}, dove il museo ha riaperto il {DATE}."),
    ("news", "{COMPANY}, con sede legale in {HQ}, ha chiuso l'esercizio con ricavi per {PRICE} milioni."),
    ("support", "Ordine n. {REF}: {QTY} pezzi del codice {SKU}, spedizione prevista il {DATE}."),
    (
        "email",
        "Il volo {FLIGHT} parte alle {TIME}; codice prenotazione {PNR}. Guida {BRAND} inclusa (ISBN {ISBN}).",
    ),
]
POS["pt"] = [
    (
        "email",
        "Olá {FIRST2},\n\nsegue o meu IBAN para a transferência: {IBAN} (titular: {NAME}). O meu telemóvel é {PHONE}.\n\nCumprimentos",
    ),
    ("form", "Nome: {NAME}\nData de nascimento: {DOB}\nMorada: {ADDR}\nTelefone: {PHONE}\nE-mail: {EMAIL}"),
    ("crm", "A {HON} {LAST} ligou sobre a fatura n.º {REF}; contactar pelo {PHONE}."),
    ("chat", "{LC} manda-me a tua morada, vou enviar o convite"),
    ("shipping", "A sua encomenda {REF} será entregue a {NAME}, {ADDR}. Código de rastreio: {TRACK}."),
    ("support", "Pedido {REF}: {NAME}, nascido a {DOB}, reporta um pagamento desconhecido no cartão {CARD}."),
    ("sms", "É o {FIRST}, o meu número novo é {PHONE}. Abraço"),
    ("email", "Caro {HON} {LAST}, a sua palavra-passe temporária é {PW}."),
    ("chat", "{LC}: o meu email é {EMAIL} e a morada {ADDR}"),
]
NEG["pt"] = [
    ("news", "{FAMOUS} foi homenageado em {CITY} no dia {DATE}."),
    ("news", "A {COMPANY}, com sede em {HQ}, anunciou receitas de {PRICE} milhões."),
    (
        "support",
        "Encomenda n.º {REF}: {QTY} unidades do artigo {SKU}, total {PRICE}, código postal {POSTCODE}.",
    ),
    ("email", "A versão {VER} (build {BUILD}) resolve o pedido n.º {NUM}."),
]
POS["nl"] = [
    (
        "email",
        "Hoi {FIRST2},\n\nhierbij mijn rekeningnummer: {IBAN} t.n.v. {NAME}. Bel me gerust op {PHONE}.\n\nGroetjes",
    ),
    ("form", "Naam: {NAME}\nGeboortedatum: {DOB}\nAdres: {ADDR}\nTelefoon: {PHONE}\nE-mail: {EMAIL}"),
    ("crm", "Terugbellen: {HON} {LAST} over klantnummer {REF}, bereikbaar op {PHONE}."),
    ("chat", "{LC} kom je vanavond? ik woon nu op {ADDR}"),
    ("shipping", "Je pakket {TRACK} wordt bezorgd bij {NAME}, {ADDR}. Bestelnummer {REF}."),
    ("support", "Ticket {REF}: mevrouw {LAST}, geboren op {DOB}, kan niet inloggen sinds versie {VER}."),
    ("sms", "Hey, met {FIRST}. Mijn nieuwe nummer is {PHONE}"),
    ("crm", "Klant {NAME} (geb. {DOB}) betaalt voortaan met creditcard {CARD}."),
    ("email", "Beste {FIRST}, je tijdelijke wachtwoord is {PW}. Wijzig het na het inloggen."),
]
NEG["nl"] = [
    ("news", "{FAMOUS} wordt herdacht in {CITY}; de tentoonstelling opent op {DATE}."),
    ("news", "{COMPANY}, gevestigd aan de {HQ}, maakte een omzet van {PRICE} miljoen bekend."),
    (
        "support",
        "Bestelnummer {REF}: {QTY} stuks van artikel {SKU}, bezorging op {DATE}, postcode {POSTCODE}.",
    ),
    ("sms", "Vlucht {FLIGHT} vertrekt om {TIME}. Boekingscode {PNR}."),
]
POS["pl"] = [
    (
        "email",
        "Cześć {FIRST2},\n\nprzesyłam numer konta do przelewu: {IBAN}, odbiorca {NAME}. W razie pytań dzwoń: {PHONE}.\n\nPozdrawiam",
    ),
    (
        "form",
        "Imię i nazwisko: {NAME}\nData urodzenia: {DOB}\nAdres: {ADDR}\nTelefon: {PHONE}\nE-mail: {EMAIL}",
    ),
    ("crm", "Dzwoniła {HON} {LAST} w sprawie zamówienia nr {REF}; oddzwonić pod {PHONE}."),
    ("chat", "{LC} podeślij mi swój adres bo nie pamiętam, {ADDR}?"),
    ("shipping", "Przesyłka {TRACK} zostanie doręczona do: {NAME}, {ADDR}. Numer zamówienia: {REF}."),
    ("support", "Zgłoszenie {REF}: {NAME}, urodzona {DOB}, nie może się zalogować z adresu {IP}."),
    ("sms", "Tu {FIRST}, mój nowy numer to {PHONE}"),
    ("email", "Dzień dobry, {HON} {LAST}. Tymczasowe hasło do konta: {PW}. Prosimy o zmianę po zalogowaniu."),
    ("crm", "Klient {NAME}, ur. {DOB}, karta {CARD}, e-mail {EMAIL}."),
]
NEG["pl"] = [
    ("news", "{FAMOUS} jest patronem szkoły w {CITY}; uroczystość odbyła się {DATE}."),
    ("news", "{COMPANY} z siedzibą przy {HQ} ogłosiła przychody w wysokości {PRICE} mln."),
    ("support", "Zamówienie nr {REF}: {QTY} szt. produktu {SKU}, wysyłka {DATE}, kod pocztowy {POSTCODE}."),
    ("email", "Wersja {VER} (build {BUILD}) naprawia błąd ze zgłoszenia nr {NUM}."),
]
POS["sv"] = [
    (
        "email",
        "Hej {FIRST2}!\n\nHär är mitt kontonummer för insättningen: {IBAN} ({NAME}). Ring mig på {PHONE} om något är oklart.\n\nHälsningar",
    ),
    ("form", "Namn: {NAME}\nFödelsedatum: {DOB}\nAdress: {ADDR}\nTelefon: {PHONE}\nE-post: {EMAIL}"),
    ("crm", "{HON} {LAST} ringde om ärendenummer {REF}; ring tillbaka på {PHONE}."),
    ("chat", "{LC} vilken adress var det nu? {ADDR}?"),
    ("shipping", "Ditt paket {TRACK} levereras till {NAME}, {ADDR}. Ordernummer {REF}."),
    ("support", "Ärende {REF}: {NAME}, född {DOB}, kan inte logga in sedan version {VER}."),
    ("sms", "Hej det är {FIRST}, nytt nummer: {PHONE}"),
    ("email", "Hej {FIRST}, ditt tillfälliga lösenord är {PW}. Byt det vid första inloggningen."),
    ("crm", "Kund {NAME} (född {DOB}) har uppdaterat sitt kort till {CARD}."),
]
NEG["sv"] = [
    ("news", "{FAMOUS} hyllades i {CITY} den {DATE}."),
    ("news", "{COMPANY}, med huvudkontor på {HQ}, rapporterade en omsättning på {PRICE} miljoner."),
    ("support", "Ordernummer {REF}: {QTY} st av artikel {SKU}, leverans {DATE}, postnummer {POSTCODE}."),
    ("sms", "Flyg {FLIGHT} avgår {TIME}. Bokningsnummer {PNR}."),
]
POS["tr"] = [
    (
        "email",
        "Merhaba {FIRST2},\n\nkira için IBAN bilgim: {IBAN} (alıcı: {NAME}). Bir sorun olursa {PHONE} numarasından ulaşabilirsin.\n\nSelamlar",
    ),
    ("form", "Ad Soyad: {NAME}\nDoğum tarihi: {DOB}\nAdres: {ADDR}\nTelefon: {PHONE}\nE-posta: {EMAIL}"),
    ("crm", "{HON} {LAST} sipariş no {REF} için aradı; {PHONE} numarasından geri dönülecek."),
    ("chat", "{LC} adresini atar mısın? {ADDR} doğru mu"),
    (
        "shipping",
        "{TRACK} numaralı gönderiniz {NAME}, {ADDR} adresine teslim edilecektir. Sipariş no: {REF}.",
    ),
    ("support", "Talep {REF}: {NAME} (doğum tarihi {DOB}) {IP} adresinden giriş yapamıyor."),
    ("sms", "Ben {FIRST}, yeni numaram {PHONE}"),
    ("email", "Sayın {LAST}, geçici şifreniz: {PW}. Lütfen ilk girişte değiştiriniz."),
    ("crm", "Müşteri {NAME}, kart numarası {CARD}, e-posta {EMAIL}."),
]
NEG["tr"] = [
    ("news", "{FAMOUS}, {DATE} tarihinde {CITY} şehrinde anıldı."),
    ("news", "Merkezi {HQ} adresinde bulunan {COMPANY}, {PRICE} milyon ciro açıkladı."),
    ("support", "Sipariş no {REF}: {QTY} adet {SKU}, kargo tarihi {DATE}, posta kodu {POSTCODE}."),
    ("email", "Sürüm {VERF} yayınlandı; fatura no {REF} ile ilgili hata giderildi."),
]
POS["da"] = [
    (
        "email",
        "Hej {FIRST2},\n\nher er mit kontonummer til depositum: {IBAN} ({NAME}). Ring på {PHONE}, hvis der er spørgsmål.\n\nVenlig hilsen",
    ),
    ("form", "Navn: {NAME}\nFødselsdato: {DOB}\nAdresse: {ADDR}\nTelefon: {PHONE}\nE-mail: {EMAIL}"),
    ("crm", "{HON} {LAST} ringede om kundenummer {REF}; ring tilbage på {PHONE}."),
    ("chat", "{LC} hvad er din adresse igen? {ADDR}?"),
    ("shipping", "Din pakke {TRACK} leveres til {NAME}, {ADDR}. Ordrenummer {REF}."),
    ("support", "Sag {REF}: {NAME}, født {DOB}, kan ikke logge ind fra {IP}."),
    ("sms", "Hej det er {FIRST}, mit nye nummer er {PHONE}"),
    ("email", "Kære {FIRST}, din midlertidige adgangskode er {PW}."),
    ("crm", "Kunde {NAME} (født {DOB}) har nyt kort {CARD} og e-mail {EMAIL}."),
]
NEG["da"] = [
    ("news", "{FAMOUS} blev fejret i {CITY} den {DATE}."),
    ("news", "{COMPANY} med hovedsæde på {HQ} meldte om en omsætning på {PRICE} mio."),
    ("support", "Ordrenummer {REF}: {QTY} stk. af varenummer {SKU}, levering {DATE}, postnummer {POSTCODE}."),
    ("sms", "Fly {FLIGHT} afgår {TIME}. Bookingnummer {PNR}."),
]


# additional per-language shapes: login alerts, SEPA mandates, shared passwords
EXTRA = {
    "de": [
        (
            "support",
            "Neue Anmeldung bei Ihrem Konto {EMAIL} von IP {IP} am {DATE}. Waren Sie das nicht, {HON} {LAST}?",
        ),
        (
            "form",
            "SEPA-Lastschriftmandat\nKontoinhaber: {NAME}\nIBAN: {IBAN}\nE-Mail: {EMAIL}\nTel.: {PHONE}",
        ),
        ("chat", "{LC} das wlan passwort ist {PW}, router steht im flur"),
        (
            "email",
            "Hallo {FIRST}, kannst du {NAME2} ({EMAIL2}) in den Verteiler aufnehmen? Ihre Handynummer: {PHONE}.",
        ),
    ],
    "fr": [
        (
            "support",
            "Nouvelle connexion au compte {EMAIL} depuis l'adresse IP {IP} le {DATE}. Était-ce vous, {HON} {LAST} ?",
        ),
        (
            "form",
            "Mandat de prélèvement SEPA\nTitulaire : {NAME}\nIBAN : {IBAN}\nE-mail : {EMAIL}\nTél. : {PHONE}",
        ),
        ("chat", "{LC} le code wifi c'est {PW} au fait"),
        ("email", "Bonjour {FIRST}, peux-tu ajouter {NAME2} ({EMAIL2}) à la liste ? Son portable : {PHONE}."),
    ],
    "es": [
        (
            "support",
            "Nuevo inicio de sesión en {EMAIL} desde la IP {IP} el {DATE}. ¿Ha sido usted, {HON} {LAST}?",
        ),
        (
            "form",
            "Orden de domiciliación SEPA\nTitular: {NAME}\nIBAN: {IBAN}\nCorreo: {EMAIL}\nTel.: {PHONE}",
        ),
        ("chat", "{LC} la contraseña del wifi es {PW}"),
        ("email", "Hola {FIRST}, ¿puedes añadir a {NAME2} ({EMAIL2}) al grupo? Su móvil: {PHONE}."),
    ],
    "it": [
        ("support", "Nuovo accesso all'account {EMAIL} dall'IP {IP} il {DATE}. È stato lei, {HON} {LAST}?"),
        ("form", "Mandato SEPA\nIntestatario: {NAME}\nIBAN: {IBAN}\nEmail: {EMAIL}\nTel.: {PHONE}"),
        ("chat", "{LC} la password del wifi è {PW}"),
        (
            "email",
            "Ciao {FIRST}, puoi aggiungere {NAME2} ({EMAIL2}) alla mailing list? Il suo cellulare: {PHONE}.",
        ),
    ],
    "pt": [
        (
            "support",
            "Novo início de sessão na conta {EMAIL} a partir do IP {IP} em {DATE}. Foi o(a) {HON} {LAST}?",
        ),
        (
            "form",
            "Autorização de débito direto SEPA\nTitular: {NAME}\nIBAN: {IBAN}\nE-mail: {EMAIL}\nTelefone: {PHONE}",
        ),
        ("chat", "{LC} a password do wifi é {PW}"),
        ("email", "Olá {FIRST}, podes adicionar a {NAME2} ({EMAIL2}) à lista? O telemóvel dela: {PHONE}."),
    ],
    "nl": [
        ("support", "Nieuwe aanmelding op account {EMAIL} vanaf IP {IP} op {DATE}. Was u dit, {HON} {LAST}?"),
        ("form", "SEPA-machtiging\nRekeninghouder: {NAME}\nIBAN: {IBAN}\nE-mail: {EMAIL}\nTel.: {PHONE}"),
        ("chat", "{LC} het wifi wachtwoord is {PW}"),
        ("email", "Hoi {FIRST}, kun je {NAME2} ({EMAIL2}) toevoegen aan de lijst? Haar mobiel: {PHONE}."),
    ],
    "pl": [
        ("support", "Nowe logowanie na koncie {EMAIL} z adresu IP {IP} dnia {DATE}. Czy to {HON} {LAST}?"),
        (
            "form",
            "Polecenie zapłaty SEPA\nPosiadacz rachunku: {NAME}\nIBAN: {IBAN}\nE-mail: {EMAIL}\nTel.: {PHONE}",
        ),
        ("chat", "{LC} hasło do wifi to {PW}"),
        ("email", "Cześć {FIRST}, dodasz {NAME2} ({EMAIL2}) do listy? Jej komórka: {PHONE}."),
    ],
    "sv": [
        ("support", "Ny inloggning på kontot {EMAIL} från IP {IP} den {DATE}. Var det du, {FIRST}?"),
        ("form", "Autogiromedgivande\nKontohavare: {NAME}\nIBAN: {IBAN}\nE-post: {EMAIL}\nTelefon: {PHONE}"),
        ("chat", "{LC} wifi-lösenordet är {PW}"),
        ("email", "Hej {FIRST}, kan du lägga till {NAME2} ({EMAIL2}) på listan? Mobil: {PHONE}."),
    ],
    "tr": [
        (
            "support",
            "{EMAIL} hesabınıza {DATE} tarihinde {IP} IP adresinden giriş yapıldı. Siz miydiniz, {FIRST} {LAST}?",
        ),
        (
            "form",
            "Otomatik ödeme talimatı\nHesap sahibi: {NAME}\nIBAN: {IBAN}\nE-posta: {EMAIL}\nTel: {PHONE}",
        ),
        ("chat", "{LC} wifi şifresi {PW} bu arada"),
        ("email", "Merhaba {FIRST}, {NAME2} ({EMAIL2}) listeye ekler misin? Cep telefonu: {PHONE}."),
    ],
    "da": [
        ("support", "Nyt login på kontoen {EMAIL} fra IP {IP} den {DATE}. Var det dig, {FIRST}?"),
        (
            "form",
            "Betalingsaftale (SEPA)\nKontohaver: {NAME}\nIBAN: {IBAN}\nE-mail: {EMAIL}\nTelefon: {PHONE}",
        ),
        ("chat", "{LC} wifi-koden er {PW}"),
        ("email", "Hej {FIRST}, kan du tilføje {NAME2} ({EMAIL2}) til listen? Mobil: {PHONE}."),
    ],
}
for _k, _v in EXTRA.items():
    POS[_k] += _v
POS["en"] += [
    ("support", "New sign-in to {EMAIL} from {IP} on {DATE}. Not you, {FIRST}? Reset at once."),
    ("form", "US tax form 1099 recipient: {NAME}, TIN/SSN {SSN}, {ADDRUS}, email {EMAIL}", 1.5),
    ("chat", "{LC} the vpn password is {PW}, dont share it with {LC2}"),
    ("email", "Hi {FIRST}, can you add {NAME2} ({EMAIL2}) to the list? Her cell is {PHONE}."),
    ("crm", "Wire details from {NAME}: IBAN {IBAN}, contact {EMAIL}, ph {PHONE}."),
]
POS["tech"] += [
    ("log", "{TS} ERROR smtp relay rejected sender {EMAIL} from {IP}"),
    ("code", "SLACK_BOT_TOKEN={SECRET}\nSLACK_SIGNING_SECRET={SECRET}"),
    ("log", "{TS} INFO fail2ban ban {IP} after {N} attempts (jail sshd)"),
    ("code", "curl -u {USER}:{PW} https://ci.example.org/api/json"),
]


# multi-person shapes
_HH = {
    "de": (
        "Haushalt: {NAME} und {NAME2}, gemeinsames Konto {IBAN}, Festnetz {PHONE}.",
        "{LC} und {LC2} kommen heute abend, {LC3} leider nicht. ruf an: {PHONE}",
    ),
    "fr": (
        "Foyer : {NAME} et {NAME2}, compte joint {IBAN}, tél. {PHONE}.",
        "{LC} et {LC2} viennent ce soir, {LC3} non. appelle moi {PHONE}",
    ),
    "es": (
        "Titulares: {NAME} y {NAME2}, cuenta conjunta {IBAN}, teléfono {PHONE}.",
        "{LC} y {LC2} vienen esta noche, {LC3} no puede. llámame al {PHONE}",
    ),
    "it": (
        "Cointestatari: {NAME} e {NAME2}, conto {IBAN}, telefono {PHONE}.",
        "{LC} e {LC2} vengono stasera, {LC3} no. chiamami al {PHONE}",
    ),
    "pt": (
        "Titulares: {NAME} e {NAME2}, conta conjunta {IBAN}, telefone {PHONE}.",
        "{LC} e {LC2} vêm hoje à noite, {LC3} não pode. liga-me {PHONE}",
    ),
    "nl": (
        "Huishouden: {NAME} en {NAME2}, gezamenlijke rekening {IBAN}, tel. {PHONE}.",
        "{LC} en {LC2} komen vanavond, {LC3} niet. bel me {PHONE}",
    ),
    "pl": (
        "Współwłaściciele: {NAME} i {NAME2}, rachunek wspólny {IBAN}, tel. {PHONE}.",
        "{LC} i {LC2} przychodzą wieczorem, {LC3} nie da rady. dzwoń {PHONE}",
    ),
    "sv": (
        "Hushåll: {NAME} och {NAME2}, gemensamt konto {IBAN}, tel. {PHONE}.",
        "{LC} och {LC2} kommer ikväll, {LC3} kan inte. ring {PHONE}",
    ),
    "tr": (
        "Ortak hesap sahipleri: {NAME} ve {NAME2}, IBAN {IBAN}, tel. {PHONE}.",
        "{LC} ve {LC2} bu akşam geliyor, {LC3} gelemiyor. ara beni {PHONE}",
    ),
    "da": (
        "Husstand: {NAME} og {NAME2}, fælles konto {IBAN}, tlf. {PHONE}.",
        "{LC} og {LC2} kommer i aften, {LC3} kan ikke. ring {PHONE}",
    ),
}
for _k, (_a, _b) in _HH.items():
    POS[_k] += [("crm", _a), ("chat", _b)]
POS["en"] += [
    ("chat", "{LC} and {LC2} are coming tonight, {LC3} can't make it. text me {PHONE}"),
    (
        "email",
        "Team,\n\n{NAME} will cover for {NAME2} while she is out. Escalations go to {HON} {LAST3} at {PHONE}.\n\n{FIRST4}",
    ),
    ("crm", "Household: {NAME} and {NAME2}; joint account IBAN {IBAN}; primary phone {PHONE}."),
    ("support", "{NAME} says her colleague {NAME2} got a phishing mail; headers show it was sent from {IP}."),
]
POS["tech"] += [
    ("code", "OPENAI_API_KEY={SECRET}  # owner: {NAME}"),
    ("log", "{TS} WARN secret scanner: commit {HASH} contains {SECRET} (author {EMAIL}, push from {IP})"),
]

# ---------------------------------------------------------------- main
LANG_W = {
    "en": 0.21,
    "tech": 0.11,
    "de": 0.08,
    "fr": 0.07,
    "es": 0.07,
    "it": 0.07,
    "pt": 0.07,
    "nl": 0.07,
    "pl": 0.07,
    "sv": 0.06,
    "tr": 0.07,
    "da": 0.06,
}

BOOST = {
    "ADDR": 2.1,
    "ADDRUS": 2.0,
    "POBOX": 1.5,
    "IBAN": 1.7,
    "CARD": 1.75,
    "DOB": 1.1,
    "IP": 1.9,
    "SSN": 2.0,
    "PHONE": 1.3,
    "PW": 1.6,
    "SECRET": 1.6,
    "EMAIL": 1.1,
}


def tweight(t):
    w = t[2] if len(t) > 2 else 1.0
    for tok in set(TOKEN.findall(t[1])):
        w *= BOOST.get(tok, 1.0)
    return w


def pick(lst):
    ws = [tweight(t) for t in lst]
    return R.choices(lst, weights=ws)[0]


def main():
    keys = list(LANG_W)
    rows = []
    n_neg = round(N_LINES * 0.30)
    plan = [True] * n_neg + [False] * (N_LINES - n_neg)
    R.shuffle(plan)
    for neg in plan:
        k = R.choices(keys, weights=[LANG_W[x] for x in keys])[0]
        lang = "en" if k == "tech" else k
        t = pick((NEG if neg else POS)[k])
        style, tpl = t[0], t[1]
        lower = style in ("chat", "sms") and R.random() < 0.35
        typos = (
            style in ("chat", "sms", "support", "crm", "email") and R.random() < 0.12 and "{DOB}" not in tpl
        )  # keep birth cues intact
        text, spans = render(tpl, lang, lower, typos)
        rows.append({"text": text, "spans": spans, "style": style, "lang": lang})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter

    c = Counter(s["type"] for r in rows for s in r["spans"])
    print(len(rows), dict(c.most_common()), sum(1 for r in rows if not r["spans"]))
