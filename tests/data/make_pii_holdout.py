#!/usr/bin/env python3
"""Generate an independent, held-out evaluation set for the PII / secret detector.

Written without reference to the detector's rules or its development set.
Deterministic: a seeded ``random.Random`` drives everything; standard library only
(no Faker) -- vocabularies are hand-written and all "valid" numbers (Luhn card
numbers, mod-97 IBANs, SSNs, ISBNs, JWTs, ...) are generated here.

Output: tests/data/pii_holdout.jsonl, one object per line:
    {"text": str, "spans": [{"start", "end", "type"}], "style": str, "lang": str}

Span conventions
  EMAIL        full address
  PHONE        full number as written (leading +/country code, spaces, dots,
               dashes, parentheses, "(0)") -- never surrounding words
  CREDIT_CARD  Luhn-valid 13-19 digit number incl. internal separators
  IBAN         mod-97-valid IBAN, compact or in groups of 4
  US_SSN       valid-format SSN (ddd-dd-dddd or ddd dd dddd)
  IP_ADDRESS   IPv4 / IPv6 address only (not a trailing :port)
  SECRET       the secret VALUE only (for key=value / URL passwords / connection
               strings only the value; PEM keys: the whole BEGIN..END block)
Negatives (no span): Luhn-invalid numbers, order/invoice/tracking numbers, UUIDs,
hashes, versions, dates, ISBNs, bad-checksum IBANs, invalid-area SSN shapes,
placeholder credentials, prices, coordinates, ports, product codes, MACs.
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
from collections import Counter
from pathlib import Path

SEED = 74120917
OUT = Path(__file__).with_name("pii_holdout.jsonl")
R = random.Random(SEED)

UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64URL = AN + "-_"


def pick(seq):
    return R.choice(seq)


def rstr(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def ndig(n, first_nonzero=False):
    s = rstr(DG, n)
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------------------
# text builder with exact span tracking
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.n = 0

    def t(self, s: str) -> Builder:
        self.parts.append(s)
        self.n += len(s)
        return self

    def segs(self, segs) -> Builder:
        for text, typ in segs:
            if typ:
                self.spans.append({"start": self.n, "end": self.n + len(text), "type": typ, "_v": text})
            self.t(text)
        return self

    def tpl(self, template: str, segs, **kw) -> Builder:
        for k, v in kw.items():
            template = template.replace("{" + k + "}", v)
        pre, _, post = template.partition("{v}")
        self.t(pre).segs(segs).t(post)
        return self

    def text(self) -> str:
        return "".join(self.parts)


def item(typ, kind, key, segs, inline=None, phrase=None, multiline=False, tpls=None, label=None, num=False):
    return {
        "type": typ,
        "kind": kind,
        "key": key,
        "segs": segs,
        "inline": inline or segs,
        "phrase": phrase,
        "multiline": multiline,
        "tpls": tpls,
        "label": label,
        "num": num,
    }


def val(it):
    return "".join(s for s, _ in it["segs"])


# ---------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------
FIRST = [
    "james",
    "maria",
    "chen",
    "aisha",
    "lukas",
    "sofia",
    "mateo",
    "priya",
    "kenji",
    "emma",
    "olivier",
    "ines",
    "giulia",
    "joao",
    "anke",
    "rahul",
    "yuki",
    "fatima",
    "noah",
    "lena",
    "carlos",
    "amelie",
    "tomasz",
    "sanne",
    "pieter",
    "ana",
    "marco",
    "hannah",
    "arjun",
    "sakura",
    "diego",
    "clara",
    "felix",
    "nadia",
    "oscar",
    "zoe",
    "ravi",
    "elif",
    "bruno",
    "ingrid",
]
LAST = [
    "smith",
    "garcia",
    "wang",
    "khan",
    "mueller",
    "rossi",
    "silva",
    "sharma",
    "tanaka",
    "dubois",
    "jansen",
    "novak",
    "fernandez",
    "schmidt",
    "kowalski",
    "bakker",
    "moreau",
    "patel",
    "suzuki",
    "oliveira",
    "weber",
    "ricci",
    "lopez",
    "nguyen",
    "hoffmann",
    "martin",
    "devries",
    "costa",
    "iyer",
    "yamamoto",
    "fischer",
    "bianchi",
    "santos",
    "okafor",
    "lindqvist",
    "petrov",
]
DOM_BASE = [
    "acmecorp",
    "globex",
    "initech",
    "umbrella-labs",
    "northwind",
    "contoso-mail",
    "brightpath",
    "kestrel",
    "bluefinch",
    "orbitalsys",
    "helios-health",
    "finlytics",
    "papierwerk",
    "lumiere-studio",
    "casaverde",
    "tanaka-shoji",
    "rivertech",
    "nordlicht",
    "solaris-energy",
    "quantix",
    "museumofglass",
    "fjordline",
    "stadtwerke-ost",
    "brasa-foods",
    "deccan-soft",
]
TLDS = [
    ".com",
    ".io",
    ".co.uk",
    ".museum",
    ".de",
    ".fr",
    ".org",
    ".net",
    ".dev",
    ".ai",
    ".com.br",
    ".co.jp",
    ".in",
    ".es",
    ".nl",
    ".it",
    ".ch",
    ".com.au",
    ".co",
    ".app",
    ".eu",
    ".pl",
]
SUBS = ["mail.", "eu.", "corp.", "students.", "dept.cs.", "support.", "us.", "mx1.", "intranet."]
ROLES = ["support", "billing", "hr", "info", "noreply", "security", "accounts", "ops", "press"]
COMPANIES = [
    "Acme Corp",
    "Globex GmbH",
    "Initech Ltd",
    "Northwind Traders",
    "Brightpath SAS",
    "Kestrel Analytics",
    "Helios Health",
    "Finlytics BV",
    "Tanaka Shoji KK",
    "Casa Verde SL",
]
TITLES = [
    "Senior Account Manager",
    "Head of Finance",
    "DevOps Engineer",
    "Customer Success Lead",
    "Payroll Specialist",
    "Site Reliability Engineer",
    "Office Manager",
    "CTO",
]
HOSTS = [
    "db-01.internal",
    "pg-primary.prod.local",
    "mysql.staging.acmecorp.io",
    "cache-2.eu-west",
    "mongo-cluster0.x7kq2.mongodb.net",
    "rabbit.svc.cluster.local",
    "localhost",
    "db",
    "sql01.corp.local",
    "redis-master.default.svc",
]
PATHS = [
    "/api/v1/users",
    "/login",
    "/checkout",
    "/api/orders",
    "/static/app.js",
    "/healthz",
    "/account/settings",
    "/api/v2/payments",
    "/search",
    "/admin",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "curl/8.4.0",
    "python-requests/2.31.0",
    "okhttp/4.12.0",
    "Go-http-client/1.1",
]


def name():
    return pick(FIRST), pick(LAST)


def disp(n):
    return f"{n[0].capitalize()} {n[1].capitalize()}"


# ---------------------------------------------------------------------------
# validators (independent checks used in asserts)
# ---------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"


# ---------------------------------------------------------------------------
# positive generators
# ---------------------------------------------------------------------------
def gen_email(n=None):
    f, l = n or name()
    local = pick(
        [
            f"{f}.{l}",
            f"{f[0]}{l}",
            f"{f}_{l}",
            f,
            f"{l}.{f[0]}",
            f"{f}{R.randint(1, 99)}",
            f"{f}.{l}{R.randint(70, 99)}",
            f"{f[0]}.{l}",
            f"{f}-{l}",
        ]
    )
    if R.random() < 0.08:
        local = pick(ROLES)
    if R.random() < 0.2:
        local += "+" + pick(["news", "billing", "github", "test", "shop", "2024", "receipts", "alerts"])
    dom = (pick(SUBS) if R.random() < 0.25 else "") + pick(DOM_BASE) + pick(TLDS)
    addr = f"{local}@{dom}"
    r = R.random()
    if r < 0.07:
        addr = addr.upper()
    elif r < 0.2:
        addr = ".".join(p.capitalize() for p in local.split(".")) + "@" + dom.capitalize()
    return item(
        "EMAIL",
        "email",
        pick(["email", "contact_email", "billing_email", "user_email", "email"]),
        [(addr, "EMAIL")],
    )


def _us():
    area = pick(["415", "212", "617", "312", "206", "512", "303", "646", "213", "470", "720", "917"])
    if R.random() < 0.5:
        ex, line = "555", "01" + ndig(2)
    else:
        ex, line = str(R.randint(2, 9)) + ndig(2), ndig(4)
        if ex == "555":
            ex = "556"
    return pick(
        [
            f"+1{area}{ex}{line}",
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"{area}.{ex}.{line}",
            f"+1 {area} {ex} {line}",
            f"+1 ({area}) {ex}-{line}",
            f"1-{area}-{ex}-{line}",
            f"+1-{area}-{ex}-{line}",
        ]
    )


def _uk():
    r = R.randrange(3)
    if r == 0:
        a, b, c = "20", "7946", "0" + ndig(3)
        return pick(
            [f"+44 20 {b} {c}", f"020 {b} {c}", f"+44 (0)20 {b} {c}", f"+442079460{c[1:]}", f"(020) {b} {c}"]
        )
    if r == 1:
        m = "7700 900" + ndig(3)
        return pick([f"0{m}", f"+44 {m}", "+44" + m.replace(" ", ""), f"07700 {m[5:8]} {m[8:]}"])
    return pick([f"0161 496 0{ndig(3)}", f"+44 161 496 0{ndig(3)}", f"0113 496 0{ndig(3)}"])


def _de():
    r = R.randrange(3)
    if r == 0:
        area, num = pick([("30", 8), ("89", 7), ("40", 8), ("69", 7), ("221", 6)])
        n = ndig(num, True)
        return pick(
            [
                f"+49 {area} {n}",
                f"0{area} {n}",
                f"0{area}/{n}",
                f"+49 (0){area} {n}",
                f"+49-{area}-{n}",
                f"0{area} {n[:3]} {n[3:]}",
            ]
        )
    pre = pick(["151", "160", "170", "176", "152", "162"])
    n = ndig(pick([7, 8]), True)
    return pick([f"0{pre} {n}", f"+49 {pre} {n}", f"+49{pre}{n}", f"0{pre}-{n}", f"0{pre} {n[:4]} {n[4:]}"])


def _in():
    n = str(R.randint(6, 9)) + ndig(9)
    return pick(
        [
            f"+91 {n[:5]} {n[5:]}",
            f"0{n[:5]} {n[5:]}",
            f"+91-{n[:5]}-{n[5:]}",
            f"+91{n}",
            f"+91 {n[:3]} {n[3:6]} {n[6:]}",
            f"(+91) {n[:5]} {n[5:]}",
        ]
    )


def _fr():
    first = pick(["1", "2", "3", "4", "5", "6", "7", "9"])
    g = [ndig(2) for _ in range(4)]
    return pick(
        [
            f"+33 {first} {' '.join(g)}",
            f"0{first} {' '.join(g)}",
            f"0{first}.{'.'.join(g)}",
            f"+33{first}{''.join(g)}",
            f"+33 (0){first} {' '.join(g)}",
            f"0{first}-{'-'.join(g)}",
        ]
    )


def _es():
    n = pick(["91", "93", "96", "95"]) + ndig(7) if R.random() < 0.5 else pick(["6", "7"]) + ndig(8)
    return pick(
        [
            f"+34 {n[:3]} {n[3:6]} {n[6:]}",
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"+34 {n}",
            f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
            f"0034 {n}",
        ]
    )


def _it():
    if R.random() < 0.5:
        n = ndig(8, True)
        return pick([f"+39 06 {n[:4]} {n[4:]}", f"06 {n[:4]} {n[4:]}", f"+39 02 {n}", f"02-{n}"])
    m = pick(["347", "333", "320", "389"]) + ndig(7)
    return pick([f"+39 {m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]} {m[3:]}", f"+39{m}", f"{m[:3]}-{m[3:]}"])


def _nl():
    if R.random() < 0.5:
        n = ndig(7, True)
        return pick([f"+31 20 {n[:3]} {n[3:]}", f"020-{n}", f"020 {n[:3]} {n[3:]}", f"+31 (0)20 {n}"])
    n = ndig(8, True)
    return pick([f"06-{n}", f"+31 6 {n}", f"06 {n[:2]} {n[2:5]} {n[5:]}", f"+316{n}"])


def _jp():
    if R.random() < 0.5:
        a, b = ndig(4, True), ndig(4)
        return pick([f"+81 3-{a}-{b}", f"03-{a}-{b}", f"(03) {a}-{b}", f"+81 3 {a} {b}", f"06-{a}-{b}"])
    p = pick(["90", "80", "70"])
    a, b = ndig(4, True), ndig(4)
    return pick([f"0{p}-{a}-{b}", f"+81 {p} {a} {b}", f"+81-{p}-{a}-{b}", f"+81{p}{a}{b}", f"0{p} {a} {b}"])


def _br():
    ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81"])
    if R.random() < 0.6:
        n = "9" + ndig(4, True) + ndig(4)
        a, b = n[:5], n[5:]
    else:
        a, b = str(R.randint(2, 5)) + ndig(3), ndig(4)
    return pick(
        [
            f"+55 {ddd} {a}-{b}",
            f"({ddd}) {a}-{b}",
            f"+55 ({ddd}) {a}-{b}",
            f"+55{ddd}{a}{b}",
            f"{ddd} {a}-{b}",
            f"+55 {ddd} {a} {b}",
        ]
    )


def _au():
    if R.random() < 0.5:
        s, n = pick(["2", "3", "7", "8"]), ndig(8, True)
        return pick(
            [f"+61 {s} {n[:4]} {n[4:]}", f"(0{s}) {n[:4]} {n[4:]}", f"0{s} {n[:4]} {n[4:]}", f"+61{s}{n}"]
        )
    n = "4" + ndig(8)
    return pick([f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}", f"0{n}"])


PHONE_GEN = {
    "US": _us,
    "UK": _uk,
    "DE": _de,
    "IN": _in,
    "FR": _fr,
    "ES": _es,
    "IT": _it,
    "NL": _nl,
    "JP": _jp,
    "BR": _br,
    "AU": _au,
}
PHONE_W = {
    "US": 4,
    "UK": 3,
    "DE": 3,
    "IN": 2.5,
    "FR": 2,
    "ES": 1.5,
    "IT": 1,
    "NL": 1,
    "JP": 1.5,
    "BR": 1.5,
    "AU": 1.5,
}
LANG_COUNTRY = {
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "BR",
    "nl": "NL",
    "hi": "IN",
    "ja": "JP",
}


def gen_phone(lang="en"):
    if lang in LANG_COUNTRY and R.random() < 0.7:
        c = LANG_COUNTRY[lang]
    else:
        c = R.choices(list(PHONE_W), weights=list(PHONE_W.values()))[0]
    return item(
        "PHONE",
        c,
        pick(["phone", "mobile", "phone_number", "tel", "contact_phone"]),
        [(PHONE_GEN[c](), "PHONE")],
    )


def luhn_complete(prefix, length):
    body = prefix + ndig(length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def fmt_card(num, sep):
    L = len(num)
    if L == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif L == 14:
        groups = [num[:4], num[4:10], num[10:]]
    elif L == 13:
        groups = [num[:4], num[4:7], num[7:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, L, 4)]
    return sep.join(groups)


def card_number(brand=None):
    brand = brand or R.choices(["visa", "mc", "amex", "disc"], weights=[4, 3, 2, 1.5])[0]
    if brand == "visa":
        return luhn_complete("4", R.choices([16, 13, 19], weights=[8, 1, 1])[0])
    if brand == "mc":
        pre = pick([str(R.randint(51, 55)), str(R.randint(2221, 2720))])
        return luhn_complete(pre, 16)
    if brand == "amex":
        return luhn_complete(pick(["34", "37"]), 15)
    return luhn_complete(pick(["6011", "65", str(R.randint(644, 649))]), pick([16, 16, 19]))


def gen_card():
    num = card_number()
    sep = R.choices(["", " ", "-"], weights=[3, 4, 2])[0]
    s = fmt_card(num, sep)
    return item(
        "CREDIT_CARD",
        "card",
        pick(["card_number", "cc_number", "pan", "card", "credit_card"]),
        [(s, "CREDIT_CARD")],
    )


IBAN_SPEC = {
    "DE": "n18",
    "GB": "b4n14",
    "FR": "n10c11n2",
    "ES": "n20",
    "NL": "b4n10",
    "IT": "a1n10c12",
    "CH": "n5c12",
    "BE": "n12",
    "PL": "n24",
    "AT": "n16",
    "PT": "n21",
    "IE": "b4n14",
    "SE": "n20",
    "DK": "n14",
    "NO": "n11",
    "FI": "n14",
    "LU": "n3c13",
}
BANKS4 = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
    "IE": ["AIBK", "BOFI", "IPBS"],
}


def bban(cc):
    out = ""
    for kind, n in re.findall(r"([nacb])(\d+)", IBAN_SPEC[cc]):
        n = int(n)
        if kind == "n":
            out += ndig(n)
        elif kind == "a":
            out += rstr(UP, n)
        elif kind == "b":
            out += pick(BANKS4[cc])
        else:
            out += "".join(R.choice(UP) if R.random() < 0.15 else R.choice(DG) for _ in range(n))
    return out


def iban_check(cc, b):
    s = b + cc + "00"
    return 98 - int("".join(str(int(c, 36)) for c in s)) % 97


def make_iban(cc=None, valid=True):
    cc = cc or R.choices(list(IBAN_SPEC), weights=[5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1])[0]
    b = bban(cc)
    ck = iban_check(cc, b)
    if not valid:
        ck = pick([c for c in range(2, 99) if c != ck])
    ib = f"{cc}{ck:02d}{b}"
    if R.random() < 0.55:
        ib = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    assert iban_ok(ib) == valid, ib
    return ib


def gen_iban(lang="en"):
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL"}.get(lang)
    if not cc or R.random() < 0.3:
        cc = None
    return item(
        "IBAN", "iban", pick(["iban", "bank_account", "payout_iban", "iban"]), [(make_iban(cc), "IBAN")]
    )


def make_ssn(valid=True, sep=None):
    sep = sep if sep is not None else R.choices(["-", " "], weights=[4, 1])[0]
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        a = f"{a:03d}"
        g = f"{R.randint(1, 99):02d}"
    else:
        a = pick(["000", "666", f"9{R.randint(0, 99):02d}"])
        g = f"{R.randint(1, 49):02d}"
    s = f"{a}{sep}{g}{sep}{R.randint(1, 9999):04d}"
    if s.replace(sep, "") in ("123456789", "078051120"):
        return make_ssn(valid, sep)
    assert ssn_ok(s) == valid
    return s


def gen_ssn():
    return item(
        "US_SSN", "ssn", pick(["ssn", "social_security_number", "tax_id", "ssn"]), [(make_ssn(), "US_SSN")]
    )


def ipv4():
    r = R.random()
    if r < 0.25:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.4:
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.5:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.6:
        return f"{pick(['203.0.113', '198.51.100', '192.0.2'])}.{R.randint(1, 254)}"
    while True:
        a = R.randint(1, 223)
        if a not in (10, 127, 100, 169, 172, 192):
            return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    pre = pick(
        [
            ["2001", "db8"],
            ["2a00", "1450"],
            ["2606", "4700"],
            ["2400", "cb00"],
            ["fe80", "0"],
            ["fd12", "3456"],
            ["2a02", "8108"],
            ["2001", "4860"],
        ]
    )
    groups = pre + [format(R.randint(0, 0xFFFF), "x") for _ in range(6)]
    mode = R.random()
    if mode < 0.3:  # full, zero padded
        zs = R.randint(2, 4)
        for i in range(zs, zs + R.randint(0, 2)):
            groups[i] = "0"
        out = ":".join(g.zfill(4) for g in groups)
        return out.upper() if R.random() < 0.2 else out
    # compressed: zero run of length >= 2 -> ::
    start = R.randint(2, 5)
    ln = R.randint(2, 8 - start - (1 if R.random() < 0.9 else 0))
    left = groups[:start]
    right = groups[start + ln :]
    out = ":".join(left) + "::" + ":".join(right)
    if pre[0] == "fe80" and R.random() < 0.5:
        out = "fe80::" + ":".join(groups[4:])
    return out


def gen_ip():
    v = ipv4() if R.random() < 0.65 else ipv6()
    return item(
        "IP_ADDRESS",
        "ipv6" if ":" in v else "ipv4",
        pick(["client_ip", "ip", "remote_addr", "source_ip", "host_ip"]),
        [(v, "IP_ADDRESS")],
    )


# ---------------------------- secrets ---------------------------------------
PW_SPECIAL = "!*-_.~^+"
PW_WORDS = [
    "Summer",
    "Winter",
    "Dragon",
    "Falcon",
    "Monkey",
    "Sunshine",
    "Bayern",
    "Tigre",
    "Sakura",
    "Galaxy",
    "Orange",
    "Pirate",
    "Hamburg",
    "Lisboa",
    "Mumbai",
]


def password():
    r = R.random()
    if r < 0.3:
        return pick(PW_WORDS) + str(R.randint(1, 2025)) + pick("*^+")
    n = R.randint(12, 26)
    s = R.choice(AN[:52]) + "".join(
        R.choice(AN + PW_SPECIAL) if R.random() < 0.85 else R.choice(PW_SPECIAL) for _ in range(n - 2)
    )
    # never end on sentence punctuation, so the value boundary is unambiguous in prose
    return s + R.choice(AN + "*^+")


def hi_entropy():
    return pick(
        [
            rstr(HEX, 32),
            rstr(HEX, 40),
            rstr(HEX, 64),
            rstr(AN, R.randint(32, 48)),
            rstr(B64URL, 43),
            rstr(AN, 24) + rstr(DG, 4),
        ]
    )


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt():
    alg = pick(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if R.random() < 0.3:
        hdr["kid"] = rstr(HEX, 16)
    f, l = name()
    now = R.randint(1690000000, 1730000000)
    pl = {
        "sub": pick([str(R.randint(10000, 999999)), rstr(HEX, 24), f"user_{rstr(AN, 10)}"]),
        "name": disp((f, l)),
        "iat": now,
        "exp": now + pick([900, 3600, 86400]),
    }
    if R.random() < 0.5:
        pl["role"] = pick(["admin", "user", "service", "billing"])
    if R.random() < 0.4:
        pl["iss"] = "https://auth." + pick(DOM_BASE) + ".com/"
    sig_len = {"HS256": 32, "HS512": 64, "RS256": 256, "ES256": 64}[alg]
    tok = ".".join(
        [
            b64u(json.dumps(hdr, separators=(",", ":")).encode()),
            b64u(json.dumps(pl, separators=(",", ":")).encode()),
            b64u(R.randbytes(sig_len)),
        ]
    )
    assert "alg" in json.loads(base64.urlsafe_b64decode(tok.split(".")[0] + "=="))
    return tok


def pem():
    kind = pick(
        ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]
    )
    nbytes = {
        "RSA PRIVATE KEY": R.randint(600, 1200),
        "PRIVATE KEY": R.randint(600, 1200),
        "EC PRIVATE KEY": 121,
        "OPENSSH PRIVATE KEY": R.randint(300, 420),
        "ENCRYPTED PRIVATE KEY": R.randint(700, 1250),
    }[kind]
    head = {
        "RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00",
        "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01",
        "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20",
        "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00\x00\x00\x00\x04none",
        "ENCRYPTED PRIVATE KEY": b"\x30\x82\x05\x1d\x30\x57\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d",
    }[kind]
    body = base64.b64encode(head + R.randbytes(nbytes)).decode()
    w = 70 if kind.startswith("OPENSSH") else 64
    lines = [body[i : i + w] for i in range(0, len(body), w)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


TOKEN_KINDS = {
    # kind: (generator, phrase, key)
    "openai": (lambda: "sk-" + rstr(AN, 48), "OpenAI API key", "openai_api_key"),
    "openai_proj": (
        lambda: "sk-proj-" + rstr(B64URL, R.randint(60, 150)) + rstr(AN, 4),
        "OpenAI project key",
        "openai_api_key",
    ),
    "anthropic": (
        lambda: "sk-ant-api03-" + rstr(B64URL, 93) + "AA",
        "Anthropic API key",
        "anthropic_api_key",
    ),
    "aws_akid": (
        lambda: pick(["AKIA", "AKIA", "ASIA"]) + rstr(UP + "234567", 16),
        "AWS access key ID",
        "aws_access_key_id",
    ),
    "github_ghp": (
        lambda: pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rstr(AN, 36),
        "GitHub token",
        "github_token",
    ),
    "github_pat": (
        lambda: "github_pat_11" + rstr(UP + DG, 20) + "_" + rstr(AN, 59),
        "fine-grained GitHub PAT",
        "gh_pat",
    ),
    "slack": (
        lambda: (
            pick(["xoxb", "xoxp", "xoxb"])
            + "-"
            + ndig(R.randint(10, 13), True)
            + "-"
            + ndig(R.randint(10, 13), True)
            + "-"
            + rstr(AN, 24)
        ),
        "Slack bot token",
        "slack_bot_token",
    ),
    "google": (lambda: "AIza" + rstr(B64URL, 35), "Google API key", "google_api_key"),
    "stripe_sk": (lambda: "sk_live_" + rstr(AN, R.randint(24, 99)), "Stripe secret key", "stripe_secret_key"),
    "stripe_rk": (
        lambda: "rk_live_" + rstr(AN, R.randint(24, 99)),
        "Stripe restricted key",
        "stripe_restricted_key",
    ),
    "jwt": (jwt, "JWT", "access_token"),
}
ASSIGN_KEYS = {
    "password": [
        "password",
        "db_password",
        "passwd",
        "Pwd",
        "admin_password",
        "smtp_password",
        "PGPASSWORD",
        "mysql_root_password",
        "redis_password",
    ],
    "api_key": ["api_key", "apikey", "x_api_key", "sendgrid_api_key", "mailgun_api_key", "datadog_api_key"],
    "token": ["token", "auth_token", "access_token", "bearer_token", "refresh_token", "webhook_token"],
    "secret": ["secret", "client_secret", "app_secret", "jwt_secret", "secret_key", "signing_secret"],
    "aws_secret": ["aws_secret_access_key"],
}


def assign_inline(key, v, typ="SECRET", end_semicolon=False):
    sep = pick(["=", "=", ": ", " = ", ":"])
    if key.lower() in ("pwd",) or end_semicolon:
        sep = "="
    segs = [(key + sep, None), (v, typ)]
    if end_semicolon:
        segs.append((";", None))
    return segs


def gen_secret(kind=None, allow_multiline=True):
    kinds = (
        list(TOKEN_KINDS)
        + [
            "url_password",
            "url_password",
            "assign_password",
            "assign_password",
            "assign_password",
            "conn_string",
            "conn_string",
            "assign_api_key",
            "assign_token",
            "assign_secret",
            "aws_secret",
        ]
        + (["pem"] if allow_multiline else [])
    )
    kind = kind or pick(kinds)
    if kind in TOKEN_KINDS:
        g, phrase, key = TOKEN_KINDS[kind]
        v = g()
        return item("SECRET", kind, key, [(v, "SECRET")], phrase=phrase)
    if kind == "pem":
        return item("SECRET", kind, "private_key", [(pem(), "SECRET")], phrase="private key", multiline=True)
    if kind == "url_password":
        scheme = pick(
            [
                "postgres",
                "postgresql",
                "mysql",
                "mongodb+srv",
                "redis",
                "amqp",
                "postgresql+psycopg2",
                "https",
                "ftp",
                "smtp",
            ]
        )
        user = pick(
            ["admin", "app", "postgres", "root", "svc_billing", "deploy", "reporting", f"{pick(FIRST)}"]
        )
        host = pick(HOSTS)
        port = {
            "postgres": ":5432",
            "postgresql": ":5432",
            "mysql": ":3306",
            "redis": ":6379",
            "amqp": ":5672",
            "postgresql+psycopg2": ":5432",
        }.get(scheme, "")
        if scheme.startswith("mongodb+srv"):
            port = ""
        db = pick(["/app", "/prod", "/billing", "/analytics", "/0", "/vhost", "", "/app?sslmode=require"])
        if scheme in ("https", "ftp", "smtp"):
            db = pick(["/repo.git", "/uploads/", "", "/api"])
        pw = password()
        segs = [(f"{scheme}://{user}:", None), (pw, "SECRET"), (f"@{host}{port}{db}", None)]
        return item(
            "SECRET",
            kind,
            pick(["database_url", "dsn", "broker_url", "redis_url", "db_uri"]),
            segs,
            phrase="connection URL",
        )
    if kind == "conn_string":
        pw = password()
        style = R.randrange(4)
        if style == 0:
            segs = [
                (
                    f"Server=tcp:{pick(HOSTS)},1433;Database={pick(['Sales', 'CRM', 'Payroll'])};User Id=sa;Password=",
                    None,
                ),
                (pw, "SECRET"),
                (";Encrypt=True;", None),
            ]
        elif style == 1:
            segs = [
                (f"Data Source={pick(HOSTS)};Initial Catalog=Orders;User ID=app;Pwd=", None),
                (pw, "SECRET"),
                (";", None),
            ]
        elif style == 2:
            segs = [
                (f"host={pick(HOSTS)} port=5432 dbname=app user=app password=", None),
                (pw, "SECRET"),
                (" sslmode=require", None),
            ]
        else:
            segs = [
                (f"Driver={{ODBC Driver 18 for SQL Server}};Server={pick(HOSTS)};Uid=report;PWD=", None),
                (pw, "SECRET"),
                (";", None),
            ]
        return item(
            "SECRET",
            kind,
            pick(["connection_string", "ConnectionStrings__Default", "odbc_dsn"]),
            segs,
            phrase="connection string",
        )
    group = {
        "assign_password": "password",
        "assign_api_key": "api_key",
        "assign_token": "token",
        "assign_secret": "secret",
        "aws_secret": "aws_secret",
    }[kind]
    key = pick(ASSIGN_KEYS[group])
    v = password() if group == "password" else (rstr(B64, 40) if group == "aws_secret" else hi_entropy())
    inline = assign_inline(key, v, end_semicolon=(key.lower() == "pwd"))
    return item("SECRET", kind, key, [(v, "SECRET")], inline=inline, phrase=key)


# ---------------------------------------------------------------------------
# negative (look-alike) generators -- no spans
# ---------------------------------------------------------------------------
def not_luhn(s):
    d = re.sub(r"\D", "", s)
    return not (13 <= len(d) <= 19 and luhn_ok(d))


def luhn_invalid_card():
    num = card_number(pick(["visa", "mc", "disc", "visa"]))
    num = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(num)
    return fmt_card(num, pick(["", " ", "-", " "]))


def isbn13():
    while True:
        body = pick(["978", "979"]) + ndig(9)
        ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
        s = body + str(ck)
        if not luhn_ok(s):
            break
    return pick(
        [s, f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}", f"{s[:3]}-{s[3:5]}-{s[5:9]}-{s[9:12]}-{s[12]}"]
    )


def isbn10():
    body = ndig(9)
    ck = sum((10 - i) * int(c) for i, c in enumerate(body)) % 11
    ck = (11 - ck) % 11
    c = "X" if ck == 10 else str(ck)
    s = body + c
    return pick([s, f"{s[0]}-{s[1:4]}-{s[4:9]}-{s[9]}", f"{s[0]}-{s[1:5]}-{s[5:9]}-{s[9]}"])


def uuid4():
    h = rstr(HEX, 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def iso_ts():
    y, mo, d = R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return pick(
        [
            f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z",
            f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
            f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{R.randint(0, 999):03d}+0{R.randint(0, 2)}:00",
            f"{y}-{mo:02d}-{d:02d}",
        ]
    )


def date_str():
    y, mo, d = R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28)
    return pick(
        [
            f"{y}-{mo:02d}-{d:02d}",
            f"{d:02d}.{mo:02d}.{y}",
            f"{mo:02d}/{d:02d}/{y}",
            f"{d}/{mo}/{y}",
            iso_ts(),
            f"{y}{mo:02d}{d:02d}",
        ]
    )


def version4():
    return pick(
        [
            f"{R.randint(1, 12)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}",
            f"{R.randint(1, 12)}.{R.randint(0, 20)}.{R.randint(0, 30)}",
        ]
    )


def NEG(kind, key, v, tpls, label, num=False, inline=None):
    return item(
        "NEG",
        kind,
        key,
        [(v, None)],
        inline=[(s, None) for s in inline] if inline else None,
        tpls=tpls,
        label=label,
        num=num,
    )


def gen_neg(kind=None):
    kinds = [
        "luhn_bad",
        "order",
        "invoice",
        "tracking",
        "uuid",
        "git_sha",
        "sha256",
        "version",
        "date",
        "isbn",
        "iban_bad",
        "ssn_bad",
        "placeholder",
        "placeholder",
        "price",
        "coords",
        "port",
        "product",
        "mac",
        "token_lookalike",
        "ean",
    ]
    kind = kind or pick(kinds)
    if kind == "luhn_bad":
        v = luhn_invalid_card()
        return NEG(
            kind,
            pick(["reference_number", "loyalty_card", "member_no"]),
            v,
            [
                "Loyalty card {v} earned 120 points this month.",
                "Reference number: {v}",
                "The number {v} fails the checksum, so the form rejected it.",
                "Gift card no. {v} (balance 0.00)",
                "membership {v} renewed",
            ],
            "ref",
        )
    if kind == "order":
        v = pick(
            [
                f"#{ndig(3, True)}-{ndig(7)}-{ndig(7)}",
                f"ORD-{R.randint(2019, 2025)}-{ndig(6)}",
                f"PO {pick(['45', '47'])}{ndig(8)}",
                f"SO-{ndig(5)}",
                f"{R.randint(100000, 999999)}-{rstr(UP, 2)}",
            ]
        )
        return NEG(
            kind,
            "order_id",
            v,
            [
                "Your order {v} has shipped.",
                "order {v} status=delivered",
                "Can you check order {v}? It's been a week.",
                "Order number: {v}",
            ],
            "order",
        )
    if kind == "invoice":
        v = pick(
            [
                f"INV-{R.randint(2019, 2025)}-{ndig(5)}",
                f"{R.randint(2019, 2025)}/{ndig(4)}",
                f"RE-{ndig(5)}",
                f"F{R.randint(2019, 2025)}{ndig(6)}",
            ]
        )
        return NEG(
            kind,
            "invoice_no",
            v,
            [
                "Invoice {v} is overdue.",
                "Please quote invoice {v} in the reference.",
                "invoice_no={v} paid=true",
                "Re: Invoice {v}",
            ],
            "invoice",
        )
    if kind == "tracking":
        v = pick(
            [
                "1Z" + rstr(UP + DG, 6) + ndig(10),
                ndig(12, True),
                "94" + ndig(20),
                rstr(UP, 2) + ndig(9) + pick(["DE", "GB", "US", "CN"]),
                "JD" + ndig(18),
            ]
        )
        while not not_luhn(v):
            v = ndig(12, True)
        return NEG(
            kind,
            "tracking_number",
            v,
            [
                "Tracking number: {v}",
                "Your parcel {v} is out for delivery.",
                "shipment {v} picked up by carrier",
            ],
            "tracking",
        )
    if kind == "uuid":
        v = uuid4()
        return NEG(
            kind,
            pick(["request_id", "trace_id", "correlation_id", "uuid"]),
            v,
            ["request_id={v}", "Correlation ID: {v}", "session {v} expired", "trace {v} completed in 84ms"],
            "txn",
        )
    if kind == "git_sha":
        v = rstr(HEX, pick([40, 40, 7, 12]))
        return NEG(
            kind,
            "commit",
            v,
            ["Fixed in commit {v}.", "git revert {v}", "deployed revision {v}", "see {v} on main"],
            "commit",
        )
    if kind == "sha256":
        v = pick(["", "sha256:"]) + rstr(HEX, 64)
        return NEG(
            kind,
            "checksum",
            v,
            ["SHA-256 checksum: {v}", "image digest {v}", "verify the download against {v}"],
            "checksum",
        )
    if kind == "version":
        raw = version4()
        v = pick([raw, "v" + raw])
        return NEG(
            kind,
            "version",
            v,
            [
                "Upgraded to version {v} last night.",
                "Running build {v}",
                "release {v} fixes the memory leak",
                "app version {v}",
                "Firmware version {v} is required.",
            ],
            "version",
        )
    if kind == "date":
        v = date_str()
        return NEG(
            kind,
            pick(["created_at", "updated_at", "date", "due_date"]),
            v,
            ["Meeting moved to {v}.", "Last login: {v}", "due date {v}", "Created {v}"],
            "date",
        )
    if kind == "isbn":
        v = pick([isbn13(), isbn10()])
        return NEG(
            kind,
            "isbn",
            v,
            ["ISBN {v}", "The textbook (ISBN {v}) is out of stock.", "ordered isbn {v} for the library"],
            "isbn",
        )
    if kind == "iban_bad":
        v = make_iban(valid=False)
        return NEG(
            kind,
            "iban",
            v,
            [
                "The IBAN {v} was rejected: invalid check digits.",
                "Bank says {v} fails validation, please resend.",
                "Example format (not a real account): {v}",
            ],
            "iban",
        )
    if kind == "ssn_bad":
        v = make_ssn(valid=False, sep=pick(["-", "-", " "]))
        return NEG(
            kind,
            pick(["case_no", "ref", "ssn"]),
            v,
            ["Case number {v}", "Part no. {v}", "test SSN {v} (invalid range, dummy data)", "claim ref {v}"],
            "case",
        )
    if kind == "placeholder":
        key, v = pick(
            [
                ("api_key", "YOUR_API_KEY_HERE"),
                ("token", "xxx"),
                ("password", "<password>"),
                ("password", "${DB_PASSWORD}"),
                ("api_key", "<your-api-key>"),
                ("secret", "REPLACE_ME"),
                ("password", "********"),
                ("token", "TODO"),
                ("OPENAI_API_KEY", "sk-..."),
                ("api_key", "${API_KEY}"),
                ("client_secret", "<CLIENT_SECRET>"),
                ("github_token", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
                ("aws_access_key_id", "AKIAXXXXXXXXXXXXXXXX"),
                ("password", "{{ vault_db_password }}"),
                ("token", "your-token-here"),
                ("passwd", "%(DB_PASS)s"),
                ("api_key", "None"),
                ("STRIPE_SECRET_KEY", "sk_live_..."),
                ("password", "$PASSWORD"),
            ]
        )
        sep = pick(["=", ": ", " = "])
        return NEG(
            kind,
            key,
            v,
            [
                "Set {v} in your .env file.",
                "Example config: {v}",
                "Replace {v} with your own.",
                "The README says {v}",
            ],
            "placeholder",
            inline=[key + sep + v],
        )
    if kind == "price":
        v = pick(
            [
                f"${R.randint(1, 9)},{ndig(3)}.{ndig(2)}",
                f"€{R.randint(1, 9)}.{ndig(3)},{ndig(2)}",
                f"USD {R.randint(10, 99)},{ndig(3)}.00",
                f"₹ {R.randint(1, 99)},{ndig(3)}",
                f"¥{R.randint(10, 999)},{ndig(3)}",
                f"{R.randint(10, 999)},{ndig(2)} €",
                f"£{R.randint(1, 999)}.{ndig(2)}",
            ]
        )
        return NEG(
            kind,
            "price",
            v,
            ["Total: {v}", "The upgrade costs {v} per year.", "refund of {v} issued", "price={v}"],
            "price",
        )
    if kind == "coords":
        lat, lon = R.uniform(-60, 70), R.uniform(-170, 170)
        v = pick(
            [
                f"{lat:.4f}, {lon:.4f}",
                f"{abs(lat):.4f}° {'N' if lat > 0 else 'S'}, {abs(lon):.4f}° {'E' if lon > 0 else 'W'}",
                f"lat={lat:.5f}&lon={lon:.5f}",
                f"({lat:.6f}, {lon:.6f})",
            ]
        )
        return NEG(kind, "location", v, ["Meet at {v}.", "GPS fix: {v}", "geo {v}"], "coords")
    if kind == "port":
        p = pick(["8443", "5432", "3000", "6379", "8080", "27017", "9092", "5672"])
        v = pick([f"port {p}", f"localhost:{p}", f":{p}", f"tcp/{p}"])
        tp = ["listening on {v}", "open {v} in the firewall", "service bound to {v}"]
        if v.startswith("port"):
            return NEG(kind, "port", p, tp, "port", num=True, inline=[v])
        return NEG(kind, "listen_addr", v, tp, "port")
    if kind == "product":
        v = pick(
            [
                f"SKU-{ndig(4)}-{pick(['BLK', 'WHT', 'RED', 'XL'])}",
                f"P/N {ndig(4)}-{ndig(4)}-{ndig(2)}",
                f"ASIN B0{rstr(UP + DG, 8)}",
                f"model {rstr(UP, 3)}-{ndig(4)}",
                f"REF {ndig(3)}.{ndig(3)}.{ndig(2)}",
            ]
        )
        return NEG(
            kind,
            "product_code",
            v,
            ["Item {v} is back in stock.", "Replacement part: {v}", "sku={v} qty=3"],
            "product",
        )
    if kind == "ean":
        while True:
            body = pick(["400", "401", "590", "800", "871"]) + ndig(9)
            ck = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
            v = body + str(ck)
            if not luhn_ok(v):
                break
        return NEG(kind, "ean", v, ["EAN {v}", "barcode {v} scanned twice", "GTIN: {v}"], "product")
    if kind == "mac":
        v = ":".join(rstr(HEX, 2) for _ in range(6))
        if R.random() < 0.3:
            v = v.upper().replace(":", "-")
        return NEG(
            kind,
            "mac",
            v,
            ["MAC address {v} is on the allow list.", "device {v} joined the network", "hwaddr={v}"],
            "mac",
        )
    if kind == "token_lookalike":
        v = pick(
            [
                "sk-...",
                "sk-****" + rstr(AN, 4),
                "ghp_****",
                "AKIA****************",
                "xoxb-***-***-***",
                "eyJ...",
                "sk_live_********",
            ]
        )
        return NEG(
            kind,
            "api_key",
            v,
            ["the key starts with {v} (redacted)", "masked value: {v}", "log shows {v} so redaction works"],
            "placeholder",
        )
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# free-text sentence templates per language
# ---------------------------------------------------------------------------
FT = {
    "en": {
        "EMAIL": [
            "you can reach me at {v}",
            "please send the invoice to {v}.",
            "Contact: {v}",
            "cc {v} on this",
            "my work email is {v} btw",
            "The customer's address on file is {v}.",
            "reply to {v} instead",
            "Forwarding to {v} -- she owns billing now.",
        ],
        "PHONE": [
            "call me at {v}",
            "my number is {v}",
            "Phone: {v}",
            "he can be reached on {v} after 5pm",
            "mobile {v} (WhatsApp too)",
            "Tel. {v}",
            "Customer called from {v} twice today.",
            "the hotline is {v}, press 2",
        ],
        "CREDIT_CARD": [
            "card number {v}, exp 09/27",
            "It was charged to {v}.",
            "the card on file is {v}",
            "Card: {v} - CVV in a separate message",
            "please refund to card {v}",
            "Customer read out {v} over the phone.",
        ],
        "IBAN": [
            "please wire it to IBAN {v}",
            "IBAN: {v} (BIC in the attachment)",
            "refund should go to {v}",
            "new payout account is {v}",
            "Bank details updated to {v}.",
        ],
        "US_SSN": [
            "SSN {v}",
            "her social is {v}",
            "Social Security Number: {v}",
            "the SSN on the W-2 reads {v}",
            "applicant SSN: {v}, DOB on the form",
        ],
        "IP_ADDRESS": [
            "the request came from {v}",
            "server {v} is down again",
            "whitelist {v} please",
            "ssh into {v} and restart nginx",
            "source IP: {v}",
            "we saw 400 failed logins from {v}",
        ],
        "SECRET_TOKEN": [
            "here's the {p}: {v}",
            "the {p} is {v} - don't share it",
            "{p}: {v}",
            "I accidentally committed our {p} ({v}), can someone rotate it?",
            "use {v} as the {p} for staging",
            "Authorization: Bearer {v}",
        ],
        "SECRET_ASSIGN": [
            "set {v} in your config",
            "try {v}",
            "the old config still has {v}",
            "{v}",
            "I changed it, new value: {v}",
        ],
        "SECRET_URL": [
            "connect with {v}",
            "DATABASE_URL is {v}",
            "the DSN: {v}",
            "use {v} for the migration",
        ],
        "SECRET_PEM": ["here's the deploy key:\n{v}\n", "```\n{v}\n```", "key below\n\n{v}\n"],
        "FILLER": [
            "Thanks!",
            "Let me know if that works.",
            "Sorry for the delay.",
            "Any update on this?",
            "I'll be out tomorrow.",
            "Looping in the team.",
            "Happy to jump on a call.",
        ],
    },
    "de": {
        "EMAIL": [
            "Meine E-Mail-Adresse ist {v}.",
            "Bitte schicken Sie die Unterlagen an {v}.",
            "Für Rückfragen: {v}",
        ],
        "PHONE": [
            "Sie erreichen mich telefonisch unter {v}.",
            "Rufen Sie bitte unter {v} zurück.",
            "Tel.: {v}",
        ],
        "CREDIT_CARD": [
            "Die Zahlung erfolgte mit der Kreditkarte {v}.",
            "Kartennummer: {v}, gültig bis 08/27.",
        ],
        "IBAN": [
            "Bitte überweisen Sie den Betrag auf das Konto mit der IBAN {v}.",
            "Unsere Bankverbindung: IBAN {v}, Verwendungszweck siehe oben.",
        ],
        "US_SSN": ["Die US-Sozialversicherungsnummer des Mitarbeiters lautet {v}.", "SSN (USA): {v}"],
        "IP_ADDRESS": ["Der Server mit der IP-Adresse {v} antwortet nicht.", "Die Anfrage kam von {v}."],
        "SECRET_TOKEN": [
            "Der API-Schlüssel lautet {v} – bitte nicht weitergeben.",
            "Hier ist das Token: {v}",
        ],
        "SECRET_ASSIGN": ["In der Konfiguration steht {v}.", "Bitte setze {v} in der Datei."],
        "SECRET_URL": ["Die Datenbankverbindung lautet {v}.", "Verbinde dich mit {v}."],
        "SECRET_PEM": ["Hier ist der private Schlüssel:\n{v}\n"],
        "NEG": ["{label} {v} liegt vor.", "Siehe {label}: {v}.", "Bezug: {label} {v}"],
        "FILLER": [
            "Vielen Dank für Ihre Nachricht.",
            "Ich melde mich morgen wieder.",
            "Das Meeting wurde auf Donnerstag verschoben.",
            "Bei Fragen stehe ich gern zur Verfügung.",
        ],
    },
    "fr": {
        "EMAIL": ["Mon adresse e-mail est {v}.", "Merci d'envoyer le dossier à {v}.", "Contact : {v}"],
        "PHONE": ["Vous pouvez me joindre au {v}.", "Rappelez-moi au {v} s'il vous plaît.", "Tél. : {v}"],
        "CREDIT_CARD": [
            "Le paiement a été effectué avec la carte {v}.",
            "Numéro de carte : {v}, expiration 11/26.",
        ],
        "IBAN": ["Merci de virer le montant sur l'IBAN {v}.", "Coordonnées bancaires : IBAN {v}."],
        "US_SSN": ["Son numéro de sécurité sociale américain est le {v}.", "SSN : {v}"],
        "IP_ADDRESS": ["Le serveur {v} ne répond plus.", "La connexion provenait de l'adresse {v}."],
        "SECRET_TOKEN": ["La clé API est {v}, ne la partagez pas.", "Voici le jeton : {v}"],
        "SECRET_ASSIGN": ["Dans le fichier de configuration il y a {v}.", "Mets {v} dans le fichier."],
        "SECRET_URL": ["La chaîne de connexion est {v}.", "Connecte-toi avec {v}."],
        "SECRET_PEM": ["Voici la clé privée :\n{v}\n"],
        "NEG": ["{label} : {v}.", "Voir {label} {v}.", "Référence {label} {v} enregistrée."],
        "FILLER": [
            "Merci pour votre retour.",
            "Je reviens vers vous demain.",
            "Bonne journée.",
            "La réunion est reportée à jeudi.",
        ],
    },
    "es": {
        "EMAIL": ["Mi correo es {v}.", "Por favor, envía la factura a {v}.", "Contacto: {v}"],
        "PHONE": ["Puedes llamarme al {v}.", "Mi teléfono es {v}.", "Tel.: {v}"],
        "CREDIT_CARD": ["Pagué con la tarjeta {v}.", "Número de tarjeta: {v}, caduca 03/28."],
        "IBAN": ["Haz la transferencia al IBAN {v}.", "Datos bancarios: IBAN {v}."],
        "US_SSN": ["Su número de seguro social (EE. UU.) es {v}.", "SSN: {v}"],
        "IP_ADDRESS": ["El servidor {v} no responde.", "La petición vino de la IP {v}."],
        "SECRET_TOKEN": ["La clave de la API es {v}, no la compartas.", "Aquí está el token: {v}"],
        "SECRET_ASSIGN": ["En la configuración pone {v}.", "Pon {v} en el archivo."],
        "SECRET_URL": ["La cadena de conexión es {v}.", "Conéctate con {v}."],
        "SECRET_PEM": ["Esta es la clave privada:\n{v}\n"],
        "NEG": ["{label}: {v}.", "Consulta {label} {v}.", "Referencia de {label} {v}."],
        "FILLER": [
            "Gracias por tu mensaje.",
            "Te escribo mañana.",
            "Un saludo.",
            "La reunión pasa al jueves.",
        ],
    },
    "it": {
        "EMAIL": ["La mia email è {v}.", "Per favore invia i documenti a {v}.", "Contatto: {v}"],
        "PHONE": ["Potete chiamarmi al {v}.", "Il mio numero è {v}.", "Tel.: {v}"],
        "CREDIT_CARD": ["Ho pagato con la carta {v}.", "Numero carta: {v}, scadenza 05/27."],
        "IBAN": ["Effettuare il bonifico sull'IBAN {v}.", "Coordinate bancarie: IBAN {v}."],
        "US_SSN": ["Il suo numero di previdenza sociale statunitense è {v}.", "SSN: {v}"],
        "IP_ADDRESS": ["Il server {v} non risponde.", "La richiesta proveniva dall'indirizzo {v}."],
        "SECRET_TOKEN": ["La chiave API è {v}, non condividerla.", "Ecco il token: {v}"],
        "SECRET_ASSIGN": ["Nella configurazione c'è {v}.", "Imposta {v} nel file."],
        "SECRET_URL": ["La stringa di connessione è {v}.", "Collegati con {v}."],
        "SECRET_PEM": ["Ecco la chiave privata:\n{v}\n"],
        "NEG": ["{label}: {v}.", "Vedi {label} {v}.", "Riferimento {label} {v}."],
        "FILLER": [
            "Grazie per il messaggio.",
            "Ti aggiorno domani.",
            "Cordiali saluti.",
            "La riunione è spostata a giovedì.",
        ],
    },
    "pt": {
        "EMAIL": ["Meu e-mail é {v}.", "Por favor, envie o boleto para {v}.", "Contato: {v}"],
        "PHONE": ["Pode me ligar no {v}.", "Meu celular é {v}.", "Tel.: {v}"],
        "CREDIT_CARD": ["Paguei com o cartão {v}.", "Número do cartão: {v}, validade 10/27."],
        "IBAN": ["Faça a transferência para o IBAN {v}.", "Dados bancários: IBAN {v}."],
        "US_SSN": ["O número de seguro social americano dele é {v}.", "SSN: {v}"],
        "IP_ADDRESS": ["O servidor {v} não responde.", "A requisição veio do IP {v}."],
        "SECRET_TOKEN": ["A chave da API é {v}, não compartilhe.", "Segue o token: {v}"],
        "SECRET_ASSIGN": ["Na configuração está {v}.", "Coloque {v} no arquivo."],
        "SECRET_URL": ["A string de conexão é {v}.", "Conecte com {v}."],
        "SECRET_PEM": ["Segue a chave privada:\n{v}\n"],
        "NEG": ["{label}: {v}.", "Veja {label} {v}.", "Referência {label} {v}."],
        "FILLER": ["Obrigado pelo retorno.", "Te aviso amanhã.", "Abraços.", "A reunião foi para quinta."],
    },
    "nl": {
        "EMAIL": ["Mijn e-mailadres is {v}.", "Stuur de factuur naar {v}.", "Contact: {v}"],
        "PHONE": ["Je kunt me bellen op {v}.", "Mijn nummer is {v}.", "Tel.: {v}"],
        "CREDIT_CARD": ["Ik heb betaald met creditcard {v}.", "Kaartnummer: {v}, geldig tot 04/28."],
        "IBAN": ["Maak het bedrag over naar IBAN {v}.", "Bankgegevens: IBAN {v}."],
        "US_SSN": ["Zijn Amerikaanse social security number is {v}.", "SSN: {v}"],
        "IP_ADDRESS": ["De server {v} reageert niet.", "Het verzoek kwam van {v}."],
        "SECRET_TOKEN": ["De API-sleutel is {v}, niet delen.", "Hier is het token: {v}"],
        "SECRET_ASSIGN": ["In de configuratie staat {v}.", "Zet {v} in het bestand."],
        "SECRET_URL": ["De connectiestring is {v}.", "Verbind met {v}."],
        "SECRET_PEM": ["Hier is de privésleutel:\n{v}\n"],
        "NEG": ["{label}: {v}.", "Zie {label} {v}.", "Referentie {label} {v}."],
        "FILLER": [
            "Bedankt voor je bericht.",
            "Ik laat morgen iets weten.",
            "Met vriendelijke groet.",
            "De vergadering is verplaatst naar donderdag.",
        ],
    },
    "hi": {
        "EMAIL": [
            "Mera email {v} hai, wahan bhej dena.",
            "Aap mujhe {v} par mail kar sakte ho.",
            "Contact: {v}",
        ],
        "PHONE": ["Mera number {v} hai, kal call karna.", "Please {v} pe WhatsApp karo.", "Phone: {v}"],
        "CREDIT_CARD": ["Card number {v} se payment kiya tha.", "Maine {v} wale card se pay kiya."],
        "IBAN": ["Refund is IBAN pe bhejo: {v}", "Uska IBAN {v} hai."],
        "US_SSN": ["Uska SSN {v} hai, form mein bhar do.", "SSN: {v}"],
        "IP_ADDRESS": ["Server {v} down hai yaar.", "Request {v} se aa rahi hai."],
        "SECRET_TOKEN": ["API key yeh hai: {v}, kisi ko mat batana.", "Token: {v}"],
        "SECRET_ASSIGN": ["Config mein {v} likha hai.", "File mein {v} daal do."],
        "SECRET_URL": ["DB URL {v} hai.", "{v} se connect karo."],
        "SECRET_PEM": ["Private key yeh rahi:\n{v}\n"],
        "NEG": ["{label} {v} hai.", "Apna {label} check karo: {v}", "{label}: {v}"],
        "FILLER": [
            "Thank you bhai.",
            "Kal baat karte hain.",
            "Jaldi reply karna please.",
            "Meeting Thursday ko hai.",
        ],
    },
    "ja": {
        "EMAIL": ["メールアドレスは {v} です。", "資料は {v} までお送りください。", "連絡先: {v}"],
        "PHONE": ["電話番号は {v} です。", "{v} までお電話ください。", "TEL: {v}"],
        "CREDIT_CARD": ["クレジットカード番号: {v}", "カード番号は {v} です。"],
        "IBAN": ["振込先IBAN: {v}", "IBANは {v} です。"],
        "US_SSN": ["SSN（米国社会保障番号）は {v} です。", "SSN: {v}"],
        "IP_ADDRESS": ["サーバー {v} に接続できません。", "アクセス元IP: {v}"],
        "SECRET_TOKEN": ["APIキーは {v} です。共有しないでください。", "トークン: {v}"],
        "SECRET_ASSIGN": ["設定ファイルに {v} と書いてあります。", "{v} を設定してください。"],
        "SECRET_URL": ["接続文字列: {v}", "{v} で接続してください。"],
        "SECRET_PEM": ["秘密鍵:\n{v}\n"],
        "NEG": ["{label}: {v}。", "{label}は {v} です。", "{label} {v} を確認しました。"],
        "FILLER": [
            "よろしくお願いします。",
            "明日また連絡します。",
            "お疲れ様です。",
            "会議は木曜日に変更になりました。",
        ],
    },
}
NEG_LABELS = {
    "de": dict(
        ref="Referenznummer",
        order="Bestellnummer",
        invoice="Rechnungsnummer",
        tracking="Sendungsnummer",
        txn="Vorgangs-ID",
        commit="Commit",
        checksum="Prüfsumme",
        version="Version",
        date="Datum",
        isbn="ISBN",
        iban="IBAN (ungültig)",
        case="Aktenzeichen",
        product="Artikelnummer",
        price="Preis",
        coords="Koordinaten",
        port="Port",
        mac="MAC-Adresse",
        placeholder="Konfigurationsbeispiel",
    ),
    "fr": dict(
        ref="numéro de référence",
        order="numéro de commande",
        invoice="numéro de facture",
        tracking="numéro de suivi",
        txn="identifiant de transaction",
        commit="commit",
        checksum="somme de contrôle",
        version="version",
        date="date",
        isbn="ISBN",
        iban="IBAN (invalide)",
        case="numéro de dossier",
        product="référence produit",
        price="prix",
        coords="coordonnées",
        port="port",
        mac="adresse MAC",
        placeholder="exemple de configuration",
    ),
    "es": dict(
        ref="número de referencia",
        order="número de pedido",
        invoice="número de factura",
        tracking="número de seguimiento",
        txn="ID de transacción",
        commit="commit",
        checksum="suma de verificación",
        version="versión",
        date="fecha",
        isbn="ISBN",
        iban="IBAN (no válido)",
        case="número de expediente",
        product="código de producto",
        price="precio",
        coords="coordenadas",
        port="puerto",
        mac="dirección MAC",
        placeholder="ejemplo de configuración",
    ),
    "it": dict(
        ref="numero di riferimento",
        order="numero d'ordine",
        invoice="numero fattura",
        tracking="numero di tracking",
        txn="ID transazione",
        commit="commit",
        checksum="checksum",
        version="versione",
        date="data",
        isbn="ISBN",
        iban="IBAN (non valido)",
        case="numero pratica",
        product="codice prodotto",
        price="prezzo",
        coords="coordinate",
        port="porta",
        mac="indirizzo MAC",
        placeholder="esempio di configurazione",
    ),
    "pt": dict(
        ref="número de referência",
        order="número do pedido",
        invoice="número da nota",
        tracking="código de rastreio",
        txn="ID da transação",
        commit="commit",
        checksum="checksum",
        version="versão",
        date="data",
        isbn="ISBN",
        iban="IBAN (inválido)",
        case="número do processo",
        product="código do produto",
        price="preço",
        coords="coordenadas",
        port="porta",
        mac="endereço MAC",
        placeholder="exemplo de configuração",
    ),
    "nl": dict(
        ref="referentienummer",
        order="bestelnummer",
        invoice="factuurnummer",
        tracking="trackingnummer",
        txn="transactie-ID",
        commit="commit",
        checksum="checksum",
        version="versie",
        date="datum",
        isbn="ISBN",
        iban="IBAN (ongeldig)",
        case="dossiernummer",
        product="artikelnummer",
        price="prijs",
        coords="coördinaten",
        port="poort",
        mac="MAC-adres",
        placeholder="configuratievoorbeeld",
    ),
    "hi": dict(
        ref="reference number",
        order="order number",
        invoice="invoice number",
        tracking="tracking number",
        txn="transaction ID",
        commit="commit",
        checksum="checksum",
        version="version",
        date="date",
        isbn="ISBN",
        iban="IBAN (galat)",
        case="case number",
        product="product code",
        price="price",
        coords="location",
        port="port",
        mac="MAC address",
        placeholder="config example",
    ),
    "ja": dict(
        ref="参照番号",
        order="注文番号",
        invoice="請求書番号",
        tracking="追跡番号",
        txn="取引ID",
        commit="コミット",
        checksum="チェックサム",
        version="バージョン",
        date="日付",
        isbn="ISBN",
        iban="IBAN（無効）",
        case="案件番号",
        product="品番",
        price="価格",
        coords="座標",
        port="ポート",
        mac="MACアドレス",
        placeholder="設定例",
    ),
}


def group_of(it):
    if it["type"] == "NEG":
        return "NEG"
    if it["type"] != "SECRET":
        return it["type"]
    k = it["kind"]
    if k == "pem":
        return "SECRET_PEM"
    if k in ("url_password", "conn_string"):
        return "SECRET_URL"
    if k.startswith("assign") or k == "aws_secret":
        return "SECRET_ASSIGN"
    return "SECRET_TOKEN"


BEARER_OK = {
    "jwt",
    "openai",
    "openai_proj",
    "anthropic",
    "github_ghp",
    "github_pat",
    "slack",
    "stripe_sk",
    "stripe_rk",
    "assign_token",
}


def say(b: Builder, it, lang="en"):
    g = group_of(it)
    if g == "NEG":
        if lang == "en" or lang not in NEG_LABELS:
            b.tpl(pick(it["tpls"]), it["inline"])
        else:
            b.tpl(pick(FT[lang]["NEG"]), it["inline"], label=NEG_LABELS[lang][it["label"]])
        return
    tpls = FT.get(lang, FT["en"])[g]
    if it["kind"] not in BEARER_OK:
        tpls = [t for t in tpls if "Bearer" not in t]
    b.tpl(pick(tpls), it["inline"], p=it["phrase"] or "key")


def filler(lang="en"):
    return pick(FT.get(lang, FT["en"])["FILLER"])


# ---------------------------------------------------------------------------
# helpers for structured styles
# ---------------------------------------------------------------------------
def camel(k):
    p = k.split("_")
    return p[0].lower() + "".join(x.capitalize() for x in p[1:])


def safe_for(it, chars):
    return not any(c in val(it) for c in chars)


def quote_needed_csv(it):
    return any(c in val(it) for c in ',"')


# ---------------------------------------------------------------------------
# style renderers: each takes (items, lang, negative_only) and returns Builder
# ---------------------------------------------------------------------------
def r_chat(items, lang, neg):
    b = Builder()
    people = [pick(FIRST) for _ in range(R.randint(2, 3))]
    fmt = R.randrange(3)
    h, m = R.randint(8, 18), R.randint(0, 50)
    msgs = []
    for it in items:
        msgs.append(it)
        if R.random() < 0.4:
            msgs.append(None)
    if R.random() < 0.6:
        msgs.insert(0, None)
    for i, it in enumerate(msgs):
        who = people[i % len(people)]
        m += R.randint(0, 4)
        stamp = f"{h:02d}:{m % 60:02d}"
        if fmt == 0:
            b.t(f"[{stamp}] {who}: ")
        elif fmt == 1:
            b.t(f"{who.capitalize()}  {stamp}\n")
        else:
            b.t(f"<{who}> ")
        if it is None:
            b.t(filler(lang))
        else:
            if R.random() < 0.3:
                b.t(
                    pick(["ok so ", "fyi ", "btw ", "quick one: ", "@" + pick(people) + " "])
                    if lang == "en"
                    else ""
                )
            say(b, it, lang)
        b.t("\n")
    return b


def r_email(items, lang, neg):
    b = Builder()
    sender, rcpt = name(), name()
    subj = pick(
        [
            "Re: account update",
            "Fwd: payment details",
            "Question about my order",
            "Re: access for the new hire",
            "Onboarding docs",
            "Re: Re: invoice",
            "Server migration",
            "Urgent: refund",
        ]
    )
    if neg or R.random() < 0.3:
        b.t(f"From: {disp(sender)}\nTo: {disp(rcpt)}\n")
    else:
        b.t(f"From: {disp(sender)} <").segs(gen_email(sender)["segs"]).t(">\n")
        b.t("To: ").segs(gen_email(rcpt)["segs"]).t("\n")
    b.t(f"Subject: {subj}\n\n")
    greet = {
        "en": "Hi",
        "de": "Hallo",
        "fr": "Bonjour",
        "es": "Hola",
        "it": "Ciao",
        "pt": "Olá",
        "nl": "Hoi",
        "hi": "Hi",
        "ja": "",
    }[lang]
    b.t(f"{greet} {rcpt[0].capitalize()},\n\n" if lang != "ja" else f"{rcpt[1].capitalize()}様\n\n")
    sig_items = []
    for it in items:
        if it["type"] in ("PHONE", "EMAIL") and R.random() < 0.35:
            sig_items.append(it)
            continue
        say(b, it, lang)
        b.t(pick([" ", "\n", "\n\n"]) if R.random() < 0.7 else " " + filler(lang) + "\n")
    b.t("\n" + filler(lang) + "\n\n")
    b.t(pick(["Best,", "Cheers,", "Regards,", "Thanks,", "--"]) + f"\n{disp(sender)}\n")
    if R.random() < 0.7:
        b.t(f"{pick(TITLES)} | {pick(COMPANIES)}\n")
    for it in sig_items:
        if it["type"] == "PHONE":
            b.t(pick(["T: ", "Mobile: ", "Tel ", "M ", "Direct: "])).segs(it["segs"]).t("\n")
        else:
            b.t(pick(["E: ", "Email: ", ""])).segs(it["segs"]).t("\n")
    if R.random() < 0.4:
        b.t(
            f"\nOn {pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {R.randint(1, 28)} {pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} "
            f"{R.randint(2022, 2025)} at {R.randint(8, 18)}:{R.randint(10, 59)}, {disp(rcpt)} wrote:\n> {filler(lang)}\n"
            f"> {pick(['Can you send the details?', 'Where should we send the refund?', 'Still waiting on this.'])}\n"
        )
    return b


def json_value(b, it, pretty_quote=True):
    if it["num"]:
        b.t(val(it))
        return
    assert safe_for(it, '"\\\n'), val(it)
    b.t('"').segs(it["segs"]).t('"')


def r_json(items, lang, neg):
    b = Builder()
    pretty = R.random() < 0.6
    kc = camel if R.random() < 0.4 else (lambda k: k)
    fields = [("id", item("NEG", "f", "id", [(uuid4(), None)]))]
    if R.random() < 0.6:
        fields.append(("created_at", item("NEG", "f", "c", [(iso_ts(), None)])))
    for it in items:
        fields.append((kc(it["key"]), it))
    if R.random() < 0.5:
        fields.append(
            ("status", item("NEG", "f", "s", [(pick(["active", "pending", "failed", "ok"]), None)]))
        )
    wrap = R.random() < 0.4
    ind = "  "
    if wrap:
        b.t(
            "{"
            + ("\n" + ind if pretty else "")
            + f'"event": "{pick(["user.updated", "payment.created", "config.sync", "webhook.received"])}",'
            + ("\n" + ind if pretty else " ")
            + '"data": {'
        )
        ind2 = ind * 2
    else:
        b.t("{")
        ind2 = ind
    for i, (k, it) in enumerate(fields):
        b.t(("\n" + ind2) if pretty else ("" if i == 0 else " "))
        b.t(f'"{k}": ')
        json_value(b, it)
        if i < len(fields) - 1:
            b.t(",")
    if pretty:
        b.t("\n" + (ind if wrap else "") + "}")
        if wrap:
            b.t("\n}")
    else:
        b.t("}" + ("}" if wrap else ""))
    return b


def yaml_scalar(b, it):
    v = val(it)
    if it["num"]:
        b.t(v)
    elif R.random() < 0.4 or v[0] in "*&!%@`{[>|#'\"-?:,+" or ": " in v or " #" in v:
        b.t('"').segs(it["segs"]).t('"')
    else:
        b.segs(it["segs"])


def r_yaml(items, lang, neg):
    b = Builder()
    if R.random() < 0.5:
        b.t(f"# {pick(['production', 'staging', 'local'])} settings\n")
    b.t(f"service: {pick(['billing-api', 'notifier', 'crm-sync', 'etl-worker'])}\n")
    b.t(f"replicas: {R.randint(1, 6)}\n")
    sections = {}
    for it in items:
        sec = {
            "SECRET": pick(["database", "credentials", "auth"]),
            "EMAIL": "contact",
            "PHONE": "contact",
            "IP_ADDRESS": "network",
            "NEG": pick(["meta", "build"]),
        }.get(it["type"], "customer")
        sections.setdefault(sec, []).append(it)
    for sec, its in sections.items():
        b.t(f"{sec}:\n")
        if sec == "database" and R.random() < 0.6:
            b.t(f"  host: {pick(HOSTS)}\n  port: 5432\n")
        for it in its:
            b.t(f"  {it['key']}: ")
            yaml_scalar(b, it)
            b.t("\n")
    return b


def r_env(items, lang, neg):
    b = Builder()
    if R.random() < 0.6:
        b.t(pick(["# .env -- do not commit\n", "# local development\n", "# generated by setup.sh\n"]))
    b.t(pick(["NODE_ENV=production\n", "APP_ENV=staging\n", "DEBUG=false\n", "LOG_LEVEL=info\n"]))
    for it in items:
        k = it["key"].upper()
        q = pick(["", "", '"', "'"]) if not it["multiline"] else '"'
        if q == "'" and "'" in val(it):
            q = '"'
        b.t(f"{k}={q}").segs(it["segs"]).t(f"{q}\n")
        if R.random() < 0.25:
            b.t(pick(["PORT=8080\n", "WORKERS=4\n", "CACHE_TTL=3600\n", "TZ=Europe/Berlin\n"]))
    return b


def r_ini(items, lang, neg):
    b = Builder()
    secs = {}
    for it in items:
        s = {"SECRET": pick(["database", "auth", "smtp"]), "IP_ADDRESS": "network"}.get(
            it["type"], pick(["owner", "general"])
        )
        secs.setdefault(s, []).append(it)
    for s, its in secs.items():
        b.t(f"[{s}]\n")
        if s == "database":
            b.t(f"host = {pick(HOSTS)}\n")
        for it in its:
            sep = pick([" = ", "=", ": "])
            b.t(f"{it['key']}{sep}").segs(it["segs"]).t("\n")
        b.t("\n")
    return b


def nginx_ts():
    return (
        f"{R.randint(1, 28):02d}/{pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])}/{R.randint(2023, 2025)}:"
        f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000"
    )


LOG_EN = {
    "EMAIL": [
        "password reset requested for {v}",
        "welcome mail queued to={v}",
        "login ok user={v}",
        "bounce received from {v}",
    ],
    "PHONE": ["SMS OTP sent to {v}", "twilio: delivered to {v} status=ok", "callback scheduled phone={v}"],
    "CREDIT_CARD": [
        "payment attempt card={v} amount=49.99",
        "tokenize failed for pan {v}",
        "charge declined card_number={v} code=51",
    ],
    "IBAN": ["SEPA mandate created iban={v}", "payout queued to {v}", "iban check passed {v}"],
    "US_SSN": ["KYC submitted ssn={v}", "identity verification for ssn {v} pending"],
    "IP_ADDRESS": ["blocked login from {v} after 5 attempts", "upstream {v} timed out", "new session ip={v}"],
    "SECRET_TOKEN": [
        "outgoing request headers={'Authorization': 'Bearer {v}'}",
        "using key {v}",
        "auth header: Bearer {v}",
        "loaded credentials token={v}",
    ],
    "SECRET_ASSIGN": ["config loaded: {v}", "env override {v}", "DEBUG settings {v}"],
    "SECRET_URL": ["connecting to {v}", "pool created for {v}", "retrying connection to {v} (attempt 3)"],
}


def r_log(items, lang, neg):
    b = Builder()
    svc = pick(["api", "billing", "auth", "worker", "gateway"])
    for it in items:
        for _ in range(R.randint(0, 1)):
            b.t(
                f"{iso_ts()} INFO  [{svc}] {pick(['health check ok', 'cache warmed in 212ms', 'GET /healthz 200', 'job finished'])}\n"
            )
        if it["type"] == "IP_ADDRESS" and R.random() < 0.65:
            ip = it["segs"]
            path = pick(PATHS)
            if R.random() < 0.5:
                b.segs(ip).t(
                    f' - - [{nginx_ts()}] "{pick(["GET", "POST"])} {path} HTTP/1.1" {pick([200, 301, 401, 404, 502])} '
                    f'{R.randint(120, 9000)} "-" "{pick(UAS)}"\n'
                )
            else:
                b.t(f"{iso_ts()} WARN  [{svc}] request from ")
                if ":" in val(it):
                    b.t("[").segs(ip).t(f"]:{R.randint(1024, 65535)}")
                else:
                    b.segs(ip).t(f":{R.randint(1024, 65535)}")
                b.t(f" rejected: {pick(['rate limited', 'invalid signature', 'geo blocked'])}\n")
            continue
        if it["multiline"]:
            b.t(f"{iso_ts()} DEBUG [{svc}] loaded private key:\n").segs(it["segs"]).t("\n")
            continue
        lvl = pick(["INFO ", "DEBUG", "WARN ", "ERROR"])
        b.t(f"{iso_ts()} {lvl} [{svc}] ")
        g = group_of(it)
        if g == "NEG":
            b.tpl(pick(it["tpls"]), it["inline"])
        else:
            tp = [t for t in LOG_EN[g] if it["kind"] in BEARER_OK or "Bearer" not in t]
            b.tpl(pick(tp), it["inline"])
        b.t(f" req_id={uuid4()[:8]}\n" if R.random() < 0.5 else "\n")
    return b


def csv_cell(b, it):
    if quote_needed_csv(it):
        b.t('"').segs(it["segs"]).t('"')
    else:
        b.segs(it["segs"])


def table_rows(items):
    """Rows of fresh items of the same kinds (for csv / markdown)."""
    nrows = R.randint(1, 4)
    rows = [items]
    for _ in range(nrows - 1):
        rows.append([regen(it) for it in items])
    return rows


def r_csv(items, lang, neg):
    b = Builder()
    sep = "," if R.random() < 0.8 else ";"
    rows = table_rows(items)
    keys = [it["key"] for it in items]
    b.t(sep.join(["id", "name"] + keys) + "\n")
    for row in rows:
        b.t(f"{R.randint(1000, 99999)}{sep}{disp(name())}")
        for it in row:
            b.t(sep)
            if sep == ";" and ";" in val(it):
                b.t('"').segs(it["segs"]).t('"')
            else:
                csv_cell(b, it)
        b.t("\n")
    return b


def r_md(items, lang, neg):
    b = Builder()
    if R.random() < 0.6:
        b.t(
            pick(
                [
                    "## Customer records\n\n",
                    "### On-call contacts\n\n",
                    "Updated table below:\n\n",
                    "## Service credentials (rotate quarterly)\n\n",
                ]
            )
        )
    rows = table_rows(items)
    keys = ["Name"] + [it["key"].replace("_", " ").title() for it in items]
    b.t("| " + " | ".join(keys) + " |\n")
    b.t("|" + "|".join(pick(["---", ":---", "------"]) for _ in keys) + "|\n")
    for row in rows:
        b.t(f"| {disp(name())} ")
        for it in row:
            b.t("| ")
            if it["type"] == "SECRET" and R.random() < 0.4:
                b.t("`").segs(it["segs"]).t("` ")
            else:
                b.segs(it["segs"]).t(" ")
        b.t("|\n")
    return b


def r_py(items, lang, neg):
    b = Builder()
    b.t(
        pick(
            [
                "import os\nimport requests\n\n",
                "from dataclasses import dataclass\n\n",
                "import psycopg2\n\n",
                "# settings.py\n",
            ]
        )
    )
    for it in items:
        v_q = pick(['"', "'"])
        if v_q in val(it):
            v_q = '"' if v_q == "'" else "'"
        r = R.random()
        if it["multiline"]:
            b.t(f'{it["key"].upper()} = """').segs(it["segs"]).t('"""\n')
        elif it["type"] == "NEG" and r < 0.4:
            b.t("# ").tpl(pick(it["tpls"]), it["inline"]).t("\n")
        elif it["kind"] == "url_password" and r < 0.5:
            b.t(f"engine = create_engine({v_q}").segs(it["segs"]).t(f"{v_q}, pool_size=5)\n")
        elif it["kind"] in ("openai", "openai_proj") and r < 0.6:
            b.t(f"client = OpenAI(api_key={v_q}").segs(it["segs"]).t(f"{v_q})\n")
        elif it["type"] == "PHONE" and r < 0.5:
            b.t(f"send_sms(to={v_q}").segs(it["segs"]).t(f'{v_q}, body="Your code is {ndig(6)}")\n')
        elif it["type"] == "EMAIL" and r < 0.5:
            b.t(f"user = User.objects.get(email={v_q}").segs(it["segs"]).t(f"{v_q})\n")
        elif r < 0.75:
            b.t(f"{it['key'].upper()} = {v_q}").segs(it["segs"]).t(f"{v_q}\n")
        else:
            b.t(f"config[{v_q}{it['key']}{v_q}] = {v_q}").segs(it["segs"]).t(f"{v_q}\n")
    return b


def r_js(items, lang, neg):
    b = Builder()
    b.t(pick(["const config = {\n", "module.exports = {\n", "export const settings = {\n"]))
    later = []
    for it in items:
        if it["multiline"]:
            b.t(f"  {camel(it['key'])}: `").segs(it["segs"]).t("`,\n")
        else:
            q = pick(['"', "'"])
            if q in val(it):
                q = '"' if q == "'" else "'"
            b.t(f"  {camel(it['key'])}: {q}").segs(it["segs"]).t(f"{q},\n")
        if it["type"] == "SECRET" and it["kind"] in BEARER_OK & set(TOKEN_KINDS) and R.random() < 0.4:
            later.append(it)
    b.t("};\n")
    for it in later:
        g = regen(it)
        b.t("\nawait fetch(url, { headers: { Authorization: `Bearer ").segs(g["segs"]).t("` } });\n")
    return b


def r_sql(items, lang, neg):
    b = Builder()
    if any(it["kind"] == "assign_password" for it in items):
        for it in items:
            if it["kind"] == "assign_password":
                b.t(f"CREATE USER {pick(['app', 'report_ro', 'etl'])} WITH PASSWORD '").segs(it["segs"]).t(
                    "';\n"
                )
        items = [it for it in items if it["kind"] != "assign_password"]
    if not items:
        return b
    cols = [it["key"] for it in items]
    tbl = pick(["customers", "users", "payouts", "contacts", "integrations", "audit_log"])
    b.t(f"INSERT INTO {tbl} (name, {', '.join(cols)}) VALUES ('{disp(name())}'")
    for it in items:
        b.t(", ")
        if it["num"]:
            b.segs(it["segs"])
        else:
            assert "'" not in val(it)
            b.t("'").segs(it["segs"]).t("'")
    b.t(");\n")
    if R.random() < 0.5:
        it = items[0]
        if not it["multiline"] and not it["num"]:
            g = regen(it)
            b.t(f"SELECT * FROM {tbl} WHERE {it['key']} = '").segs(g["segs"]).t("';\n")
    return b


TRACE_EN = {
    "EMAIL": [
        "UserNotFound: no account for {v}",
        "SMTPRecipientsRefused: {'{v}': (550, b'mailbox unavailable')}",
    ],
    "PHONE": [
        "InvalidPhoneNumber: could not route SMS to {v}",
        "TwilioRestException: HTTP 400 unable to create record: 'To' number {v} is not verified",
    ],
    "CREDIT_CARD": [
        "CardDeclined: card {v} declined (insufficient_funds)",
        "PaymentError: gateway refused pan={v}",
    ],
    "IBAN": [
        "PayoutError: transfer to {v} rejected by bank (account closed)",
        "SepaError: mandate missing for {v}",
    ],
    "US_SSN": [
        "DuplicateRecord: SSN {v} already registered",
        'IntegrityError: duplicate key value violates unique constraint "uq_ssn" DETAIL: Key (ssn)=({v}) already exists.',
    ],
    "IP_ADDRESS": [
        "ConnectionRefusedError: [Errno 111] connect to {v} port 5432 failed",
        "TimeoutError: upstream {v} did not respond in 30s",
    ],
    "SECRET_TOKEN": [
        "AuthenticationError: Incorrect API key provided: {v}",
        "HTTPError: 401 Unauthorized for token {v}",
    ],
    "SECRET_ASSIGN": ["ConfigError: rejected setting {v}", "KeyError while parsing {v}"],
    "SECRET_URL": [
        "OperationalError: could not connect using {v}",
        "sqlalchemy.exc.ArgumentError: Could not parse URL from string '{v}'",
    ],
}


def r_trace(items, lang, neg):
    b = Builder()
    java = R.random() < 0.35
    items = [it for it in items if not it["multiline"]]
    if java:
        b.t(f'Exception in thread "{pick(["main", "pool-1-thread-3", "http-nio-8080-exec-7"])}" ')
        first = True
        for it in items:
            if not first:
                b.t("Caused by: ")
            b.t(
                pick(
                    [
                        "java.lang.IllegalStateException: ",
                        "com.acme.billing.PaymentException: ",
                        "org.postgresql.util.PSQLException: ",
                    ]
                )
            )
            g = group_of(it)
            b.tpl(pick(it["tpls"]) if g == "NEG" else pick(TRACE_EN[g]).split(": ", 1)[-1], it["inline"])
            b.t("\n")
            for _ in range(R.randint(2, 4)):
                b.t(
                    f"\tat com.acme.{pick(['billing', 'core', 'api'])}.{pick(['Service', 'Handler', 'Repo'])}."
                    f"{pick(['run', 'charge', 'save', 'lambda$0'])}({pick(['Service', 'Handler', 'Repo'])}.java:{R.randint(20, 400)})\n"
                )
            first = False
        return b
    b.t("Traceback (most recent call last):\n")
    for _ in range(R.randint(1, 3)):
        b.t(
            f'  File "/srv/app/{pick(["billing", "core", "api", "workers"])}/{pick(["views", "tasks", "client", "models"])}.py", '
            f"line {R.randint(10, 500)}, in {pick(['handle', 'charge', 'sync', 'run', 'send'])}\n"
        )
        b.t(
            f"    {pick(['return self._send(payload)', 'resp.raise_for_status()', 'conn = pool.get()', 'obj.save()'])}\n"
        )
    last = items[-1]
    for it in items[:-1]:
        g = group_of(it)
        if g == "NEG":
            b.t("  # ").tpl(pick(it["tpls"]), it["inline"]).t("\n")
        else:
            b.t(f'  File "/srv/app/core/payload.py", line {R.randint(10, 99)}, in build\n    ')
            b.t(f"{it['key']} = '").segs(it["segs"]).t("'\n")
    g = group_of(last)
    if g == "NEG":
        b.t(pick(["RuntimeError: ", "ValueError: "])).tpl(pick(last["tpls"]), last["inline"]).t("\n")
    else:
        b.tpl(pick(TRACE_EN[g]), last["inline"]).t("\n")
    return b


def r_ticket(items, lang, neg):
    b = Builder()
    cust = name()
    b.t(f"Ticket #{pick(['CS', 'SUP', 'HD', 'INC'])}-{R.randint(10000, 99999)}\n")
    b.t(
        f"Priority: {pick(['Low', 'Normal', 'High', 'Urgent'])}   Status: {pick(['Open', 'Pending', 'Escalated'])}\n"
    )
    if neg or R.random() < 0.4:
        b.t(f"Requester: {disp(cust)}\n")
    else:
        b.t(f"Requester: {disp(cust)} <").segs(gen_email(cust)["segs"]).t(">\n")
    b.t(
        f"Subject: {pick(['Cannot log in', 'Refund not received', 'Wrong charge on my card', 'Update bank details', 'API returns 401', 'Data export request'])}\n\n"
    )
    b.t("Description:\n")
    for it in items:
        say(b, it, lang)
        b.t("\n")
    if R.random() < 0.5:
        b.t(
            f"\nInternal note ({pick(FIRST)}): {pick(['verified identity via callback', 'escalated to tier 2', 'waiting on finance', 'duplicate of an older ticket'])}\n"
        )
    return b


PROSE_OPEN = {
    "en": ["Quick summary of yesterday's call.", "Notes from the onboarding session:", "As discussed,"],
    "de": ["Kurze Zusammenfassung des Gesprächs:", "Sehr geehrte Damen und Herren,", "Wie besprochen:"],
    "fr": ["Bonjour à tous,", "Suite à notre échange,", "Compte rendu de la réunion :"],
    "es": ["Hola equipo,", "Según lo hablado,", "Resumen de la llamada:"],
    "it": ["Buongiorno,", "Come concordato,", "Riepilogo della chiamata:"],
    "pt": ["Olá pessoal,", "Conforme combinado,", "Resumo da reunião:"],
    "nl": ["Hallo allemaal,", "Zoals besproken,", "Samenvatting van het gesprek:"],
    "hi": ["Suno yaar,", "Jaise baat hui thi,", "Ek kaam tha,"],
    "ja": ["お世話になっております。", "先日の打ち合わせの件です。", "ご確認ください。"],
}


def r_prose(items, lang, neg):
    b = Builder()
    b.t(pick(PROSE_OPEN[lang]) + pick([" ", "\n"]))
    for it in items:
        say(b, it, lang)
        b.t(" " if lang != "ja" else "")
        if R.random() < 0.4:
            b.t(filler(lang) + (" " if lang != "ja" else ""))
    b.t(filler(lang))
    return b


STYLES = {
    "chat": r_chat,
    "email_thread": r_email,
    "json": r_json,
    "yaml": r_yaml,
    "env": r_env,
    "ini": r_ini,
    "log": r_log,
    "csv": r_csv,
    "code": None,
    "stack_trace": r_trace,
    "support_ticket": r_ticket,
    "markdown_table": r_md,
    "prose": r_prose,
}
STYLE_W = {
    "chat": 9,
    "email_thread": 8,
    "json": 7,
    "yaml": 5,
    "env": 5,
    "ini": 4,
    "log": 8,
    "csv": 5,
    "code": 10,
    "stack_trace": 5,
    "support_ticket": 7,
    "markdown_table": 5,
    "prose": 14,
}
MULTILANG = {"chat", "email_thread", "support_ticket", "prose"}
LANGS = ["de", "fr", "es", "it", "pt", "nl", "hi", "ja"]
# styles that cannot hold multi-line PEM blocks faithfully
NO_PEM = {"json", "yaml", "ini", "csv", "markdown_table", "stack_trace", "code_sql"}


def regen(it):
    t = it["type"]
    if t == "NEG":
        return gen_neg(it["kind"]) if it["kind"] != "f" else it
    if t == "SECRET":
        return gen_secret(it["kind"])
    return {
        "EMAIL": gen_email,
        "PHONE": gen_phone,
        "CREDIT_CARD": gen_card,
        "IBAN": gen_iban,
        "US_SSN": gen_ssn,
        "IP_ADDRESS": gen_ip,
    }[t]()


POS_W = {
    "EMAIL": 1.0,
    "PHONE": 1.3,
    "CREDIT_CARD": 1.0,
    "IBAN": 0.9,
    "US_SSN": 0.8,
    "IP_ADDRESS": 1.0,
    "SECRET": 2.6,
}


def gen_pos(typ, lang, allow_pem):
    if typ == "EMAIL":
        return gen_email()
    if typ == "PHONE":
        return gen_phone(lang)
    if typ == "CREDIT_CARD":
        return gen_card()
    if typ == "IBAN":
        return gen_iban(lang)
    if typ == "US_SSN":
        return gen_ssn()
    if typ == "IP_ADDRESS":
        return gen_ip()
    return gen_secret(allow_multiline=allow_pem)


def sanity_negative_text(text):
    """No accidental Luhn-valid card or valid-looking SSN in a no-PII text."""
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
        if luhn_ok(re.sub(r"\D", "", m.group())):
            return False
    return True


def sanity_positive_text(text, spans):
    """Long digit runs outside spans must not be Luhn-valid (avoid unlabeled cards)."""
    covered = set()
    for s in spans:
        covered.update(range(s["start"], s["end"]))
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
        if m.start() in covered:
            continue
        if luhn_ok(re.sub(r"\D", "", m.group())):
            return False
    return True


def make_one(negative: bool):
    style = R.choices(list(STYLE_W), weights=list(STYLE_W.values()))[0]
    lang = "en"
    if style == "prose":
        lang = pick(LANGS + ["en"])
    elif style in MULTILANG and R.random() < 0.3:
        lang = pick(LANGS)
    fn = STYLES[style]
    code_sub = None
    if style == "code":
        code_sub = pick(["code_python", "code_python", "code_js", "code_sql"])
        fn = {"code_python": r_py, "code_js": r_js, "code_sql": r_sql}[code_sub]
    sname = code_sub or style
    allow_pem = sname not in NO_PEM
    items = []
    if negative:
        for _ in range(R.randint(1, 4)):
            items.append(gen_neg())
    else:
        n = R.choices([1, 2, 3], weights=[5, 3, 1.5])[0]
        if sname in ("csv", "markdown_table"):
            n = R.randint(1, 3)
        for _ in range(n):
            typ = R.choices(list(POS_W), weights=list(POS_W.values()))[0]
            items.append(gen_pos(typ, lang, allow_pem))
        for _ in range(R.choices([0, 1, 2], weights=[5, 4, 1])[0]):
            items.insert(R.randint(0, len(items)), gen_neg())
        if sname in ("csv", "markdown_table"):
            items = [
                it
                for it in items
                if it["type"] != "NEG" or it["kind"] not in ("placeholder", "token_lookalike")
            ]
    # structural constraints
    if sname in ("json", "csv", "markdown_table", "yaml", "ini", "code_sql", "code_js", "code_python", "env"):
        for it in items:
            v = val(it)
            bad = (
                ('"' in v and "'" in v)
                or "\\" in v
                or ("|" in v and sname == "markdown_table")
                or ('"' in v and sname == "json")
                or ("'" in v and sname == "code_sql")
            )
            if bad:
                return None
    b = fn(items, lang, negative)
    text = b.text()
    if not text.strip():
        return None
    spans = b.spans
    if negative:
        assert not spans
        if not sanity_negative_text(text):
            return None
    elif not spans or not sanity_positive_text(text, spans):
        return None
    return {"text": text, "spans": spans, "style": sname, "lang": lang}


def verify(row):
    text = row["text"]
    prev_end = -1
    for s in sorted(row["spans"], key=lambda s: s["start"]):
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["_v"], (text, s)
        assert s["start"] >= prev_end, "overlapping spans"
        prev_end = s["end"]
        v = s["_v"]
        t = s["type"]
        assert v == v.strip(), v
        if t == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), v
        elif t == "IBAN":
            assert iban_ok(v), v
        elif t == "US_SSN":
            assert ssn_ok(v), v
        elif t == "EMAIL":
            assert re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v), v
        elif t == "IP_ADDRESS":
            if ":" in v:
                import ipaddress

                ipaddress.IPv6Address(v)
            else:
                import ipaddress

                ipaddress.IPv4Address(v)
        elif t == "PHONE":
            assert re.fullmatch(r"[+(\d][\d ().+\-/]+\d", v), v
        elif t == "SECRET":
            assert v and "\n" not in v or v.startswith("-----BEGIN"), v


def main():
    rows = []
    n_neg, n_pos = 230, 830
    plan = [True] * n_neg + [False] * n_pos
    R.shuffle(plan)
    for negative in plan:
        while True:
            row = make_one(negative)
            if row is not None:
                break
        verify(row)
        rows.append(row)
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            out = {
                "text": row["text"],
                "spans": [
                    {"start": s["start"], "end": s["end"], "type": s["type"]}
                    for s in sorted(row["spans"], key=lambda s: s["start"])
                ],
                "style": row["style"],
                "lang": row["lang"],
            }
            for s in out["spans"]:
                assert out["text"][s["start"] : s["end"]]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    # summary
    tc = Counter(s["type"] for r in rows for s in r["spans"])
    sc = Counter(r["style"] for r in rows)
    lc = Counter(r["lang"] for r in rows)
    neg = sum(1 for r in rows if not r["spans"])
    print(f"wrote {len(rows)} texts to {OUT} ({neg} with no PII)")
    print("spans per type:", dict(sorted(tc.items())))
    print("texts per style:", dict(sorted(sc.items())))
    print("texts per lang:", dict(sorted(lc.items())))


if __name__ == "__main__":
    main()
