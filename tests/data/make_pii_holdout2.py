#!/usr/bin/env python3
"""Generate tests/data/pii_holdout2.jsonl: an independent held-out set for the
PII / secret detector.

Standard library only, deterministic (fixed seed).  Every "valid" value
(Luhn card numbers, mod-97 IBANs, SSNs, key bodies, JWTs, PEM blocks) is
synthesised here; nothing is copied from real data.

Each output line:
  {"text": str, "spans": [{"start", "end", "type"}], "style": str, "lang": str}
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import re
import string
import sys
import uuid
from collections import Counter
from pathlib import Path

SEED = 918273645
R = random.Random(SEED)
OUT = Path(__file__).with_name("pii_holdout2.jsonl")

N_TEXTS = 860
NEG_FRACTION = 0.20
TYPES = ["EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET"]
TARGET = {
    "SECRET": 430,
    "PHONE": 330,
    "EMAIL": 250,
    "IP_ADDRESS": 200,
    "CREDIT_CARD": 190,
    "IBAN": 180,
    "US_SSN": 170,
}

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + DIG
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def d(n):
    return rs(DIG, n)


def nz(n):
    return str(R.randint(1, 9)) + d(n - 1)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- parts ---
# A "parts" list holds plain strings and (value, TYPE) tuples (spans).


def S(v, t):
    return (v, t)


def fill(tmpl, parts):
    pre, post = tmpl.split("{}", 1)
    return [pre] + list(parts) + [post]


def mapp(parts, fn):
    return [fn(p) if isinstance(p, str) else (fn(p[0]), p[1]) for p in parts]


def plain(parts):
    return "".join(p if isinstance(p, str) else p[0] for p in parts)


def joinp(chunks, sep="\n"):
    out = []
    for i, c in enumerate(chunks):
        if i:
            out.append(sep)
        if isinstance(c, str):
            out.append(c)
        else:
            out.extend(c)
    return out


def build(parts):
    text, spans, pos = [], [], 0
    for p in parts:
        if isinstance(p, str):
            text.append(p)
            pos += len(p)
        else:
            v, t = p
            assert v, "empty span value"
            spans.append({"start": pos, "end": pos + len(v), "type": t})
            text.append(v)
            pos += len(v)
    return "".join(text), spans


def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


# -------------------------------------------------------- names / emails ---
FIRST = [
    "James",
    "Priya",
    "Liam",
    "Sofia",
    "Noah",
    "Aisha",
    "Mateo",
    "Chloe",
    "Ethan",
    "Hannah",
    "Kenji",
    "Olga",
    "Tomasz",
    "Lucia",
    "Arjun",
    "Mei",
    "Rafael",
    "Ingrid",
    "Omar",
    "Zoe",
    "Felix",
    "Nadia",
    "Hugo",
    "Elena",
    "Dmitri",
    "Grace",
    "Yusuf",
    "Clara",
    "Ravi",
    "Marta",
]
LAST = [
    "Whitfield",
    "Okafor",
    "Brennan",
    "Kowalski",
    "Nakamura",
    "Fischer",
    "Delgado",
    "Moreau",
    "Patel",
    "Lindqvist",
    "Rossi",
    "Haddad",
    "Van Dijk",
    "Santos",
    "Chen",
    "Novak",
    "Iyer",
    "Schneider",
    "Gallagher",
    "Ferreira",
    "Dubois",
    "Yamada",
    "Costa",
    "Berg",
    "Sharma",
]
COMPANY_DOMAINS = [
    "northwind-logistics.com",
    "bluepeak.io",
    "quillstack.dev",
    "harborline.co.uk",
    "acmefinance.net",
    "tessera-labs.ai",
    "fjordtech.no",
    "kestrel-health.org",
    "mail.orbitpay.com",
    "corp.vantaris.de",
    "lumen-analytics.eu",
    "brightforge.app",
]
LANG_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "protonmail.com", "icloud.com", "hey.com", "fastmail.fm"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["telefonica.es", "yahoo.es", "hotmail.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "pt": ["sapo.pt", "uol.com.br", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "nifty.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
}


def person():
    return f"{pick(FIRST)} {pick(LAST)}"


def gen_email(lang="en"):
    f = pick(FIRST).lower()
    l = pick(LAST).lower().replace(" ", "")
    local = pick(
        [
            f"{f}.{l}",
            f"{f[0]}{l}",
            f"{f}_{l}{R.randint(1, 99)}",
            f"{f}{l[0]}",
            f"{f}+{pick(['billing', 'news', 'jobs', 'shop', 'dev'])}",
            f"{l}.{f}{R.randint(70, 99)}",
            f"{f}-{l}",
            pick(["support", "billing", "ops", "hr", "sales", "security", "accounts"]),
            f"{f}.{l[0]}.{l}" if len(l) > 3 else f"{f}{l}",
        ]
    )
    domain = pick(LANG_DOMAINS.get(lang, LANG_DOMAINS["en"]) + COMPANY_DOMAINS)
    e = f"{local}@{domain}"
    if chance(0.08):
        e = local.capitalize() + "@" + domain
    return e


# ---------------------------------------------------------------- phones ---
def _sub(fmt):
    """Expand a tiny phone pattern language: N=any digit, X=2-9, M=1-9."""
    out = []
    for ch in fmt:
        if ch == "N":
            out.append(pick(DIG))
        elif ch == "X":
            out.append(str(R.randint(2, 9)))
        elif ch == "M":
            out.append(str(R.randint(1, 9)))
        else:
            out.append(ch)
    return "".join(out)


PHONE_FORMATS = {
    "US": [
        "(XNN) XNN-NNNN",
        "XNN-XNN-NNNN",
        "XNN.XNN.NNNN",
        "+1 XNN XNN NNNN",
        "+1-XNN-XNN-NNNN",
        "+1 (XNN) XNN-NNNN",
        "1-XNN-XNN-NNNN",
        "+1.XNN.XNN.NNNN",
        "001 XNN XNN NNNN",
        "+1XNNXNNNNNN",
    ],
    "UK": [
        "+44 20 7NNN NNNN",
        "020 7NNN NNNN",
        "+44 (0)20 8NNN NNNN",
        "07NNN NNNNNN",
        "+44 7NNN NNNNNN",
        "+44 (0)7NNN NNNNNN",
        "0161 NNN NNNN",
        "+44 161 NNN NNNN",
        "0044 20 7NNN NNNN",
        "+44 113 NNN NNNN",
    ],
    "DE": [
        "+49 30 MNNNNNN",
        "+49 (0)30 MNNNNNNN",
        "030 MNNNNNNN",
        "030/MNNNNNN",
        "089-MNNNNNN",
        "+49 171 MNNNNNN",
        "0171 MNNNNNN",
        "0176/NNN NNNNN",
        "+49-89-MNNNNNN",
        "0049 40 MNNNNNN",
        "+49 (0)221 MNNNNN",
        "0711 MNNNNN-NN",
    ],
    "AT": ["+43 1 MNNNNNN", "+43 664 NNNNNNN", "0664 NNN NNNN", "01 MNN NN NN"],
    "CH": ["+41 44 MNN NN NN", "044 MNN NN NN", "+41 79 MNN NN NN", "079 MNN NN NN"],
    "IN": [
        "+91 9NNNN NNNNN",
        "+91 8NNNN NNNNN",
        "+91-7NNNNNNNNN",
        "+916NNNNNNNNN",
        "09NNNN NNNNN",
        "98NNN NNNNN",
        "+91 22 2NNN NNNN",
        "022-2NNNNNNN",
        "+91-11-4NNNNNNN",
        "080 2NNN NNNN",
    ],
    "FR": [
        "+33 1 NN NN NN NN",
        "01 NN NN NN NN",
        "06 NN NN NN NN",
        "07.NN.NN.NN.NN",
        "+33 (0)6 NN NN NN NN",
        "+33 6 NN NN NN NN",
        "04-NN-NN-NN-NN",
        "0033 1 NN NN NN NN",
    ],
    "ES": ["+34 91N NNN NNN", "+34 6NN NNN NNN", "6NN NN NN NN", "93N NNN NNN", "+34 722 NNN NNN"],
    "MX": ["+52 55 NNNN NNNN", "+52 1 55 NNNN NNNN", "(55) NNNN-NNNN", "+52 81 NNNN NNNN"],
    "IT": [
        "+39 06 NNNN NNNN",
        "+39 02 NNNNNNNN",
        "+39 3NN NNN NNNN",
        "3NN NNN NNNN",
        "06 NNNN NNNN",
        "+39 011 NNN NNNN",
    ],
    "NL": [
        "+31 20 NNN NNNN",
        "020-NNNNNNN",
        "06-NNNNNNNN",
        "+31 6 NNNNNNNN",
        "+31 (0)6 NNNN NNNN",
        "010 NNN NNNN",
    ],
    "PL": [
        "+48 22 NNN NN NN",
        "+48 5NN NNN NNN",
        "6NN-NNN-NNN",
        "22 NNN NN NN",
        "+48 (12) NNN NN NN",
        "+48 7NN NNN NNN",
    ],
    "PT": ["+351 21N NNN NNN", "+351 91N NNN NNN", "93N NNN NNN", "+351 96N NNN NNN"],
    "BR": [
        "+55 11 9NNNN-NNNN",
        "(11) 9NNNN-NNNN",
        "+55 (21) 9NNNN-NNNN",
        "+55 11 3NNN-NNNN",
        "(31) 9NNNN-NNNN",
    ],
    "JP": [
        "+81 3-NNNN-NNNN",
        "03-NNNN-NNNN",
        "090-NNNN-NNNN",
        "080-NNNN-NNNN",
        "+81 90-NNNN-NNNN",
        "+81 (0)6-NNNN-NNNN",
        "06-NNNN-NNNN",
        "+81 80 NNNN NNNN",
    ],
    "CN": [
        "+86 13N NNNN NNNN",
        "13N-NNNN-NNNN",
        "15NNNNNNNNN",
        "+86 10 NNNN NNNN",
        "010-NNNNNNNN",
        "(021) NNNN-NNNN",
        "+86-21-NNNNNNNN",
        "+86 18N-NNNN-NNNN",
    ],
    "AU": ["+61 2 NNNN NNNN", "(02) NNNN NNNN", "04NN NNN NNN", "+61 4NN NNN NNN", "+61 (0)3 NNNN NNNN"],
    "IE": ["+353 1 NNN NNNN", "+353 (0)87 NNN NNNN", "087 NNN NNNN"],
    "SG": ["+65 6NNN NNNN", "+65 9NNN NNNN", "+65 8NNNNNNN"],
    "ZA": ["+27 21 NNN NNNN", "+27 82 NNN NNNN", "011 NNN NNNN"],
    "KR": ["+82 10-NNNN-NNNN", "010-NNNN-NNNN", "+82 2-NNN-NNNN"],
    "CA": ["+1 (416) XNN-NNNN", "604-XNN-NNNN", "+1 514 XNN NNNN"],
    "SE": ["+46 8 NNN NNN NN", "070-NNN NN NN", "+46 70 NNN NN NN"],
    "AE": ["+971 4 NNN NNNN", "+971 50 NNN NNNN", "050 NNN NNNN"],
}
EN_COUNTRY_W = {
    "US": 22,
    "UK": 14,
    "DE": 10,
    "IN": 10,
    "FR": 4,
    "AU": 4,
    "CA": 4,
    "IE": 3,
    "SG": 3,
    "ZA": 3,
    "KR": 2,
    "SE": 2,
    "AE": 3,
    "MX": 2,
    "BR": 2,
    "JP": 2,
    "CN": 2,
    "NL": 2,
    "ES": 2,
    "IT": 2,
    "PL": 2,
    "CH": 2,
    "AT": 1,
    "PT": 1,
}
LANG_COUNTRIES = {
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "CH"],
    "es": ["ES", "ES", "MX"],
    "it": ["IT"],
    "pt": ["PT", "BR"],
    "nl": ["NL"],
    "pl": ["PL"],
    "hi": ["IN"],
    "ja": ["JP"],
    "zh": ["CN"],
}


def gen_phone(lang="en"):
    if lang in LANG_COUNTRIES and chance(0.85):
        c = pick(LANG_COUNTRIES[lang])
    else:
        c = R.choices(list(EN_COUNTRY_W), weights=list(EN_COUNTRY_W.values()))[0]
    return _sub(pick(PHONE_FORMATS[c]))


# ----------------------------------------------------------------- cards ---
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_BRANDS = [
    ("visa", lambda: "4", [16, 16, 16, 16, 13, 19]),
    ("mc", lambda: pick([str(R.randint(51, 55)), str(R.randint(2221, 2720))]), [16]),
    ("amex", lambda: pick(["34", "37"]), [15]),
    ("discover", lambda: pick(["6011", "65", "644"]), [16]),
    ("jcb", lambda: str(R.randint(3528, 3589)), [16]),
    ("diners", lambda: pick(["36", "38", "300", "305"]), [14]),
    ("unionpay", lambda: "62" + str(R.randint(2, 8)), [16, 17, 19]),
    ("maestro", lambda: pick(["6759", "5018", "5020", "6304"]), [16, 18, 19]),
]


def card_digits(valid=True):
    brand, pf, lens = R.choices(CARD_BRANDS, weights=[30, 20, 12, 8, 6, 5, 5, 5])[0]
    p = pf()
    n = pick(lens)
    full = luhn_complete(p + d(n - 1 - len(p)))
    if not valid:
        while luhn_ok(full):
            full = full[:-1] + str((int(full[-1]) + R.randint(1, 9)) % 10)
    return brand, full


def fmt_card(brand, num):
    n = len(num)
    sep = R.choices([" ", "-", ""], weights=[5, 2, 3])[0]
    groups = {15: [4, 6, 5], 14: [4, 6, 4], 16: [4, 4, 4, 4], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}.get(n)
    if sep == "" or groups is None:
        return num
    out, i = [], 0
    for g in groups:
        out.append(num[i : i + g])
        i += g
    return sep.join(out)


def gen_card():
    return fmt_card(*card_digits(True))


# ----------------------------------------------------------------- IBANs ---
IBAN_SPECS = {
    "DE": "n8n10",
    "GB": "a4n6n8",
    "FR": "n5n5c11n2",
    "ES": "n4n4n2n10",
    "IT": "a1n5n5c12",
    "NL": "a4n10",
    "PL": "n8n16",
    "BE": "n3n7n2",
    "CH": "n5c12",
    "AT": "n5n11",
    "PT": "n4n4n11n2",
    "IE": "a4n6n8",
    "SE": "n3n17",
    "DK": "n4n10",
    "NO": "n4n6n1",
    "FI": "n3n11",
    "LU": "n3c13",
}
LANG_IBAN = {
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "LU"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
    "nl": ["NL", "BE"],
    "pl": ["PL"],
}


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_valid(s):
    s = s.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def gen_iban_raw(cc=None, valid=True):
    cc = cc or R.choices(list(IBAN_SPECS), weights=[8, 6, 5, 4, 4, 4, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1])[0]
    bban = ""
    for kind, n in re.findall(r"([anc])(\d+)", IBAN_SPECS[cc]):
        alpha = {"n": DIG, "a": UP, "c": UP + DIG}[kind]
        bban += rs(alpha, int(n))
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    iban = f"{cc}{chk:02d}{bban}"
    if not valid:
        while iban_valid(iban):
            iban = f"{cc}{R.randint(2, 98):02d}{bban}"
    return iban


def fmt_iban(s):
    if chance(0.6):
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def gen_iban(lang="en", valid=True):
    cc = pick(LANG_IBAN[lang]) if lang in LANG_IBAN and chance(0.8) else None
    return fmt_iban(gen_iban_raw(cc, valid))


# ------------------------------------------------------------------ SSNs ---
def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    sep = "-" if chance(0.8) else " "
    return f"{a:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def bad_ssn():
    a, g, n = R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999)
    k = R.randint(0, 4)
    if k == 0:
        a = 0
    elif k == 1:
        a = 666
    elif k == 2:
        a = R.randint(900, 999)
    elif k == 3:
        g = 0
    else:
        n = 0
    s = f"{a:03d}-{g:02d}-{n:04d}"
    assert not ssn_valid(s)
    return s


# -------------------------------------------------------------------- IPs ---
def gen_ipv4():
    r = R.random()
    if r < 0.12:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.22:
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.28:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if r < 0.38:
        return f"{pick(['203.0.113', '198.51.100', '192.0.2'])}.{R.randint(1, 254)}"
    while True:
        a = R.randint(1, 223)
        if a not in (10, 100, 127, 169, 172, 192):
            break
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def gen_ipv6():
    groups = [R.getrandbits(16) for _ in range(8)]
    r = R.random()
    if r < 0.35:
        groups[0], groups[1] = 0x2001, 0x0DB8
    elif r < 0.5:
        groups[:4] = [0xFE80, 0, 0, 0]
    else:
        groups[0] = pick([0x2A01, 0x2600, 0x2406, 0x2A02, 0x2C0F, 0x2804, 0x2400])
    if chance(0.7):
        st = R.randint(2, 6)
        ln = R.randint(1, min(4, 8 - st))
        for i in range(st, st + ln):
            groups[i] = 0
    addr = ipaddress.IPv6Address(sum(g << (16 * (7 - i)) for i, g in enumerate(groups)))
    f = R.random()
    if f < 0.6:
        s = addr.compressed
    elif f < 0.8:
        s = addr.exploded
    else:
        s = ":".join(f"{g:x}" for g in groups)
    return s.upper() if chance(0.15) else s


def gen_ip():
    return gen_ipv6() if chance(0.3) else gen_ipv4()


# --------------------------------------------------------------- secrets ---
def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def gen_password(url=False):
    if chance(0.6):
        alpha = ALNUM + ("-_.~!*" if url else "!*-_.~^+")
        while True:
            p = rs(alpha, R.randint(14, 28))
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
                return p
    words = [
        "Falcon",
        "Harbor",
        "Quartz",
        "Maple",
        "Copper",
        "Nimbus",
        "Tundra",
        "Violet",
        "Orchid",
        "Pepper",
        "Granite",
        "Saffron",
        "Lantern",
        "Meadow",
        "Cobalt",
    ]
    return pick(words) + pick("!-_.*") + pick(words).lower() + d(R.randint(2, 4)) + pick(["", "!", "*"])


def gen_jwt():
    alg = pick(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if chance(0.4):
        hdr["kid"] = rs(ALNUM, 16)
    now = R.randint(1690000000, 1740000000)
    pl = {
        "sub": pick([str(R.randint(1000, 9999999)), "usr_" + rs(ALNUM, 12)]),
        "iat": now,
        "exp": now + pick([900, 3600, 86400]),
    }
    if chance(0.5):
        pl["scope"] = pick(["read:orders", "admin", "openid profile", "payments:write"])
    if chance(0.4):
        pl["iss"] = "https://auth." + pick(COMPANY_DOMAINS) + "/"
    sig = {"HS256": 43, "ES256": 86, "RS256": 342, "HS512": 86}[alg]
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return f"{enc(hdr)}.{enc(pl)}.{rs(B64URL, sig)}"


def gen_pem():
    kind = pick(
        ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]
    )
    n = {
        "RSA PRIVATE KEY": pick([609, 1191]),
        "PRIVATE KEY": pick([138, 633]),
        "EC PRIVATE KEY": 121,
        "OPENSSH PRIVATE KEY": pick([399, 503]),
        "ENCRYPTED PRIVATE KEY": 712,
    }[kind]
    raw = bytearray(rbytes(n))
    if kind in ("RSA PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY"):
        raw[0:2] = b"\x30\x82"
    body = base64.b64encode(bytes(raw)).decode()
    if kind == "OPENSSH PRIVATE KEY":
        body = base64.b64encode(b"openssh-key-v1\x00" + bytes(raw)).decode()
    w = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i : i + w] for i in range(0, len(body), w)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def gen_generic_secret():
    k = R.randint(0, 4)
    if k == 0:
        return rs(HEX, pick([32, 40, 48, 64]))
    if k == 1:
        return base64.b64encode(rbytes(pick([24, 32, 33, 48]))).decode()
    if k == 2:
        return rs(ALNUM, R.randint(32, 48))
    if k == 3:
        return b64u(rbytes(32))
    return pick(["live_", "prod_", "sec_", "key_", ""]) + rs(ALNUM, R.randint(28, 40))


def gen_url_pw():
    user = pick(["app", "svc_orders", "admin", "postgres", "reporting", "deploy", "etl_user", "root", "api"])
    host = pick(
        [
            "db.internal",
            "pg-prod-01.cluster.local",
            "mysql.staging.svc",
            "cache.prod.internal",
            "cluster0.ab12c.mongodb.net",
            "rabbit.mq.internal",
            "orders-db.c9xk2.eu-west-1.rds.amazonaws.com",
        ]
    )
    pw = gen_password(url=True)
    k = R.randint(0, 7)
    if k == 0:
        return "database_url", [
            f"postgresql://{user}:",
            S(pw, "SECRET"),
            f"@{host}:5432/{pick(['orders', 'app', 'billing'])}",
        ]
    if k == 1:
        return "db_url", [f"mysql://{user}:", S(pw, "SECRET"), f"@{host}:3306/shop"]
    if k == 2:
        return "mongo_uri", [
            f"mongodb+srv://{user}:",
            S(pw, "SECRET"),
            f"@{host}/prod?retryWrites=true&w=majority",
        ]
    if k == 3:
        return "redis_url", ["redis://:", S(pw, "SECRET"), f"@{host}:6379/0"]
    if k == 4:
        return "amqp_url", [f"amqp://{user}:", S(pw, "SECRET"), f"@{host}:5672/%2F"]
    if k == 5:
        return "connection_string", [
            f"Server=tcp:{host},1433;Database=orders;User ID={user};Password=",
            S(pw, "SECRET"),
            ";Encrypt=True;",
        ]
    if k == 6:
        return "jdbc_url", [f"jdbc:postgresql://{host}:5432/app?user={user}&password=", S(pw, "SECRET")]
    return "sqlalchemy_database_uri", [
        f"postgresql+psycopg2://{user}:",
        S(pw, "SECRET"),
        f"@{host}/analytics",
    ]


SECRET_KINDS = [
    ("openai", 8),
    ("openai_proj", 7),
    ("anthropic", 8),
    ("aws", 9),
    ("github", 7),
    ("github_pat", 4),
    ("slack", 6),
    ("google", 6),
    ("stripe", 6),
    ("jwt", 7),
    ("url_pw", 11),
    ("generic", 13),
    ("password", 10),
    ("bearer", 7),
    ("basic", 3),
    ("gitlab", 2),
    ("hf", 2),
    ("npm", 2),
    ("sendgrid", 2),
    ("x_api_key", 3),
    ("pem", 7),
]

SECRET_WHAT = {
    "openai": "OpenAI key",
    "openai_proj": "OpenAI project key",
    "anthropic": "Anthropic key",
    "github": "GitHub token",
    "github_pat": "GitHub PAT",
    "slack": "Slack bot token",
    "google": "Google API key",
    "stripe": "Stripe live key",
    "jwt": "session JWT",
    "generic": "API secret",
    "password": "DB password",
    "gitlab": "GitLab token",
    "hf": "Hugging Face token",
    "npm": "npm publish token",
    "sendgrid": "SendGrid key",
    "x_api_key": "partner API key",
    "pem": "deploy private key",
}


def secret_values(kind, pair_ok=True):
    """Return list of (key, val_parts, what, header)."""
    T = "SECRET"
    if kind == "openai":
        v = "sk-" + (rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20) if chance(0.6) else rs(ALNUM, 48))
        return [(pick(["openai_api_key", "openai_key", "llm_api_key"]), [S(v, T)], SECRET_WHAT[kind], False)]
    if kind == "openai_proj":
        a, b = rs(B64URL, R.randint(40, 74)), rs(B64URL, R.randint(40, 74))
        pre = "sk-svcacct-" if chance(0.2) else "sk-proj-"
        v = pre + (a + "T3BlbkFJ" + b if chance(0.5) else a + b)
        return [(pick(["openai_api_key", "OPENAI_KEY".lower()]), [S(v, T)], SECRET_WHAT[kind], False)]
    if kind == "anthropic":
        v = ("sk-ant-admin01-" if chance(0.15) else "sk-ant-api03-") + rs(B64URL, 93) + "AA"
        return [(pick(["anthropic_api_key", "claude_api_key"]), [S(v, T)], SECRET_WHAT[kind], False)]
    if kind == "aws":
        akid = pick(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16)
        sec = rs(ALNUM + "+/", 40)
        a = ("aws_access_key_id", [S(akid, T)], "AWS access key id", False)
        b = ("aws_secret_access_key", [S(sec, T)], "AWS secret access key", False)
        if pair_ok and chance(0.6):
            return [a, b]
        return [pick([a, b])]
    if kind == "github":
        v = pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_", "ghr_"]) + rs(ALNUM, 36)
        return [(pick(["github_token", "gh_token", "gh_pat"]), [S(v, T)], SECRET_WHAT[kind], False)]
    if kind == "github_pat":
        v = "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59)
        return [(pick(["github_token", "github_pat"]), [S(v, T)], SECRET_WHAT[kind], False)]
    if kind == "slack":
        k = R.randint(0, 2)
        if k == 0:
            v = f"xoxb-{nz(R.randint(11, 12))}-{nz(R.randint(11, 13))}-{rs(ALNUM, 24)}"
        elif k == 1:
            v = f"xoxp-{nz(11)}-{nz(11)}-{nz(13)}-{rs(HEX, 32)}"
        else:
            v = f"xapp-1-A{rs(UP + DIG, 10)}-{nz(13)}-{rs(HEX, 64)}"
        return [
            (pick(["slack_bot_token", "slack_token", "slack_app_token"]), [S(v, T)], SECRET_WHAT[kind], False)
        ]
    if kind == "google":
        return [
            (
                pick(["google_api_key", "firebase_api_key", "maps_api_key"]),
                [S("AIza" + rs(B64URL, 35), T)],
                SECRET_WHAT[kind],
                False,
            )
        ]
    if kind == "stripe":
        v = pick(["sk_live_", "sk_live_", "rk_live_"]) + rs(ALNUM, pick([24, 34, 99]))
        return [
            (pick(["stripe_secret_key", "stripe_api_key", "stripe_key"]), [S(v, T)], SECRET_WHAT[kind], False)
        ]
    if kind == "jwt":
        return [
            (
                pick(["id_token", "access_token", "jwt", "session_token", "refresh_token"]),
                [S(gen_jwt(), T)],
                SECRET_WHAT[kind],
                False,
            )
        ]
    if kind == "url_pw":
        key, parts = gen_url_pw()
        return [(key, parts, "connection string", False)]
    if kind == "generic":
        key = pick(
            [
                "secret_key",
                "api_secret",
                "client_secret",
                "webhook_secret",
                "encryption_key",
                "app_secret",
                "signing_secret",
                "auth_token",
                "api_token",
                "private_token",
                "master_key",
                "session_secret",
                "api_key",
                "jwt_secret",
            ]
        )
        return [(key, [S(gen_generic_secret(), T)], key.replace("_", " "), False)]
    if kind == "password":
        key = pick(
            [
                "db_password",
                "password",
                "postgres_password",
                "mysql_root_password",
                "smtp_password",
                "admin_password",
                "redis_password",
                "ldap_bind_password",
                "keystore_password",
            ]
        )
        return [(key, [S(gen_password(), T)], key.replace("_", " "), False)]
    if kind == "bearer":
        tok = pick([gen_jwt(), b64u(rbytes(pick([30, 40, 48]))), "sk-" + rs(ALNUM, 48), rs(ALNUM, 40)])
        return [("authorization", ["Bearer ", S(tok, T)], "bearer token", True)]
    if kind == "basic":
        cred = base64.b64encode(
            f"{pick(['admin', 'svc-ci', 'reporter', 'api'])}:{gen_password()}".encode()
        ).decode()
        return [("authorization", ["Basic ", S(cred, T)], "basic auth header", True)]
    if kind == "x_api_key":
        return [
            (
                pick(["x_api_key", "x_auth_token"]),
                [S(pick([rs(ALNUM, 32), rs(HEX, 40)]), T)],
                SECRET_WHAT[kind],
                True,
            )
        ]
    if kind == "gitlab":
        return [("gitlab_token", [S("glpat-" + rs(B64URL, 20), T)], SECRET_WHAT[kind], False)]
    if kind == "hf":
        return [
            (pick(["hf_token", "huggingface_token"]), [S("hf_" + rs(ALNUM, 34), T)], SECRET_WHAT[kind], False)
        ]
    if kind == "npm":
        return [("npm_token", [S("npm_" + rs(ALNUM, 36), T)], SECRET_WHAT[kind], False)]
    if kind == "sendgrid":
        return [
            (
                "sendgrid_api_key",
                [S("SG." + rs(B64URL, 22) + "." + rs(B64URL, 43), T)],
                SECRET_WHAT[kind],
                False,
            )
        ]
    if kind == "pem":
        return [
            (
                pick(["private_key", "tls_key", "jwt_signing_key", "ssh_private_key"]),
                [S(gen_pem(), T)],
                SECRET_WHAT[kind],
                False,
            )
        ]
    raise ValueError(kind)


# ------------------------------------------------------------ look-alikes ---
def not_luhn(fn):
    while True:
        v = fn()
        digits = re.sub(r"\D", "", v)
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            return v


def isbn13():
    def one():
        body = "978" + str(R.randint(0, 1)) + d(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"

    return not_luhn(one)


def ts_iso():
    return (
        f"{R.randint(2019, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T"
        f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
        + pick(["Z", ".123Z", "+02:00", ""])
    )


def date_str():
    y, m, dd = R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28)
    months = [
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
    return pick(
        [
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{m:02d}/{dd:02d}/{y}",
            f"{months[m - 1]} {dd}, {y}",
            f"{dd} {months[m - 1][:3]} {y}",
        ]
    )


PLACEHOLDERS = [
    ("openai_api_key", "sk-..."),
    ("api_key", "YOUR_API_KEY"),
    ("password", "changeme"),
    ("token", "<token>"),
    ("secret_key", "xxxxxxxxxxxxxxxx"),
    ("db_password", "********"),
    ("aws_secret_access_key", "${AWS_SECRET_ACCESS_KEY}"),
    ("github_token", "{{ secrets.GITHUB_TOKEN }}"),
    ("stripe_secret_key", "sk_live_..."),
    ("client_secret", "<your-client-secret>"),
    ("admin_password", "REPLACE_ME"),
    ("auth_token", "null"),
    ("jwt_secret", "TODO"),
    ("slack_bot_token", "xoxb-your-token-here"),
    ("api_token", "<API_TOKEN>"),
    ("anthropic_api_key", "sk-ant-..."),
    ("password", "****"),
    ("secret", "xxx"),
    ("database_url", "postgres://USER:PASSWORD@HOST:5432/DBNAME"),
    ("api_key", "%API_KEY%"),
    ("aws_access_key_id", "AKIA..."),
    ("private_key", "-----BEGIN PRIVATE KEY----- (redacted)"),
    ("access_token", "Bearer <access_token>"),
    ("password", "your-password-here"),
]


def lookalike():
    """Return (cat, key, value)."""
    cat = R.choices(
        [
            "order",
            "tracking",
            "invoice",
            "uuid",
            "sha",
            "digest",
            "version",
            "timestamp",
            "isbn",
            "bad_card",
            "bad_iban",
            "bad_ssn",
            "placeholder",
            "price",
            "coords",
            "port",
            "mac",
            "date",
            "ticket",
            "masked",
            "oid",
            "build",
            "sku",
            "epoch_ms",
        ],
        weights=[6, 5, 5, 5, 5, 2, 5, 5, 3, 8, 7, 7, 10, 4, 3, 3, 3, 4, 3, 4, 1, 2, 2, 2],
    )[0]
    if cat == "order":
        return (
            cat,
            "order_id",
            not_luhn(
                lambda: pick(
                    [
                        f"ORD-{R.randint(2019, 2025)}-{d(6)}",
                        f"#{nz(7)}",
                        f"PO-{nz(5)}",
                        f"{pick('ABCW')}{nz(9)}",
                        f"{nz(3)}-{d(7)}-{d(7)}",
                    ]
                )
            ),
        )
    if cat == "tracking":
        return (
            cat,
            "tracking_number",
            not_luhn(
                lambda: pick(
                    [
                        "1Z" + rs(UP + DIG, 6) + d(10),
                        "JJD" + d(18),
                        "9400 " + " ".join(d(4) for _ in range(4)) + " " + d(2),
                        f"LX{d(9)}DE",
                        f"RR{d(9)}CN",
                    ]
                )
            ),
        )
    if cat == "invoice":
        return (
            cat,
            "invoice_number",
            pick(
                [
                    f"INV-{R.randint(2019, 2025)}-{d(5)}",
                    f"{R.randint(2019, 2025)}/{d(4)}",
                    f"RE-{d(6)}",
                    f"F{R.randint(2020, 2025)}{d(6)}",
                ]
            ),
        )
    if cat == "uuid":
        return (
            cat,
            pick(["request_id", "correlation_id", "trace_id", "customer_id"]),
            str(uuid.UUID(int=R.getrandbits(128), version=4)),
        )
    if cat == "sha":
        return cat, "commit_sha", rs(HEX, pick([40, 40, 7, 12]))
    if cat == "digest":
        return cat, pick(["image_digest", "checksum"]), pick(["sha256:" + rs(HEX, 64), rs(HEX, 32)])
    if cat == "version":
        return (
            cat,
            "version",
            pick(
                [
                    f"v{R.randint(0, 12)}.{R.randint(0, 40)}.{R.randint(0, 30)}",
                    f"{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 15)}-rc{R.randint(1, 4)}",
                    f"{R.randint(1, 3)}.{R.randint(0, 12)}.{R.randint(0, 9)}",
                ]
            ),
        )
    if cat == "timestamp":
        return (
            cat,
            "created_at",
            pick(
                [
                    ts_iso(),
                    str(R.randint(1600000000, 1750000000)),
                    f"{pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {R.randint(1, 28)} {pick(['Jan', 'Mar', 'Jul', 'Oct'])} {R.randint(2020, 2025)} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000",
                ]
            ),
        )
    if cat == "epoch_ms":
        return cat, "updated_at_ms", not_luhn(lambda: str(R.randint(1600000000000, 1750000000000)))
    if cat == "isbn":
        return cat, "isbn", isbn13()
    if cat == "bad_card":
        brand, num = card_digits(valid=False)
        return cat, pick(["card_number", "test_card", "pan"]), fmt_card(brand, num)
    if cat == "bad_iban":
        return cat, "iban", fmt_iban(gen_iban_raw(valid=False))
    if cat == "bad_ssn":
        return cat, pick(["ssn", "ssn_placeholder"]), bad_ssn()
    if cat == "placeholder":
        return cat, *pick(PLACEHOLDERS)
    if cat == "price":
        return (
            cat,
            "amount",
            pick(
                [
                    f"${R.randint(1, 9)},{d(3)}.{d(2)}",
                    f"€{R.randint(5, 999)},{d(2)}",
                    f"USD {R.randint(10, 99)},{d(3)}.00",
                    f"£{R.randint(1, 99)}.{d(2)}",
                    f"¥{R.randint(1, 9)},{d(3)}",
                    f"₹ {R.randint(1, 9)},{d(3)}",
                ]
            ),
        )
    if cat == "coords":
        la, lo = R.uniform(-60, 70), R.uniform(-170, 170)
        return (
            cat,
            "location",
            pick(
                [
                    f"{la:.4f}, {lo:.4f}",
                    f"{abs(la):.4f}° {'N' if la > 0 else 'S'}, {abs(lo):.4f}° {'E' if lo > 0 else 'W'}",
                    f"{la:.6f},{lo:.6f}",
                ]
            ),
        )
    if cat == "port":
        return cat, "port", str(pick([8080, 8443, 5432, 6379, 27017, 3000, 9092, 5672, 11211]))
    if cat == "mac":
        sep = pick([":", "-"])
        m = sep.join(rs(HEX, 2) for _ in range(6))
        return cat, "mac_address", m.upper() if chance(0.4) else m
    if cat == "date":
        return (
            cat,
            pick(["date", "due_date", "dob_placeholder"]) if False else pick(["date", "due_date"]),
            date_str(),
        )
    if cat == "ticket":
        return cat, "ticket_id", pick([f"TCK-{nz(5)}", f"case #{d(8)}", f"OPS-{nz(4)}", f"INC{d(7)}"])
    if cat == "masked":
        return (
            cat,
            pick(["card_on_file", "masked_ssn", "key_hint"]),
            pick(
                [
                    f"**** **** **** {d(4)}",
                    f"***-**-{d(4)}",
                    f"sk-...{rs(ALNUM, 4)}",
                    f"XXXX-XXXX-XXXX-{d(4)}",
                    f"ending in {d(4)}",
                    f"{pick(['DE', 'GB', 'FR'])}** **** **** **** {d(2)}",
                ]
            ),
        )
    if cat == "oid":
        return cat, "oid", f"1.3.6.1.4.1.{R.randint(100, 60000)}.{R.randint(1, 9)}.{R.randint(1, 40)}"
    if cat == "build":
        return (
            cat,
            "build_id",
            f"{R.randint(2019, 2025)}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}.{R.randint(1, 9)}",
        )
    if cat == "sku":
        return (
            cat,
            pick(["sku", "ean"]),
            not_luhn(lambda: pick(["400" + d(10), f"SKU-{d(6)}-{pick(UP)}{pick(UP)}"])),
        )
    raise ValueError(cat)


EN_NEG = {
    "order": ["order {} still hasn't shipped", "Order {} was split into two parcels", "re: order {}"],
    "tracking": ["tracking number {}", "the courier shows {} as delivered"],
    "invoice": ["invoice {} is attached", "see invoice {}"],
    "uuid": ["request id {}", "correlation id: {}"],
    "sha": ["fixed in commit {}", "reverted {}"],
    "digest": ["image digest {}", "checksum {}"],
    "version": ["we're on version {}", "after upgrading to {}"],
    "timestamp": ["since {}", "last seen {}"],
    "epoch_ms": ["updated at {} (epoch ms)"],
    "isbn": ["ISBN {}", "the book ({}) arrived"],
    "bad_card": ["card {} was rejected as an invalid number", "the test number {} fails the checksum"],
    "bad_iban": ["the IBAN {} fails validation", "bank rejected {} (check digits wrong)"],
    "bad_ssn": [
        "the form had {} in the SSN box, which can't be a real number",
        "dummy SSN {} from the template",
    ],
    "placeholder": ["the README says to set {k}={}", "leave {k} as {} in the sample config"],
    "price": ["total was {}", "{} refunded yesterday"],
    "coords": ["the site is at {}", "GPS {}"],
    "port": ["it listens on port {}", "open port {} on the firewall"],
    "mac": ["device MAC {}", "the printer ({}) keeps dropping"],
    "date": ["due on {}", "scheduled for {}"],
    "ticket": ["see {}", "tracked in {}"],
    "masked": ["card on file shows {}", "the portal only displays {}"],
    "oid": ["SNMP OID {}"],
    "build": ["build {} is green"],
    "sku": ["item {} is out of stock", "SKU {}"],
}

EN_POS = {
    "EMAIL": [
        "You can reach me at {}.",
        "Please send the signed copy to {}",
        "cc {} on the reply",
        "my email changed to {} last week",
        "contact: {}",
        "forward it to {} please",
    ],
    "PHONE": [
        "Call me on {} after 5pm.",
        "my number is {}",
        "Phone: {}",
        "reach the on-call at {}",
        "text {} if it's urgent",
        "the customer called from {} twice",
        "new mobile: {}",
    ],
    "CREDIT_CARD": [
        "please charge it to {}",
        "My card number is {} exp 09/27",
        "refund to the card {}",
        "CC: {}",
        "the charge on {} failed",
        "use {} for the renewal",
    ],
    "IBAN": [
        "wire the deposit to {}",
        "IBAN: {}",
        "please update my bank details to {}",
        "payout account {}",
        "refunds go to {}",
    ],
    "US_SSN": [
        "my SSN is {}",
        "SSN {} on the W-9",
        "social security number: {}",
        "the applicant's SSN ({}) doesn't match",
        "SS# {}",
    ],
    "IP_ADDRESS": [
        "login from {} was blocked",
        "the box at {} is down",
        "whitelist {} please",
        "ping {} and tell me",
        "traffic spike from {}",
        "origin server is {}",
    ],
}
EN_SECRET = [
    "here's the {w}: {}",
    "the {w} is {} (please rotate after the demo)",
    "I think I leaked our {w} {} in the last commit",
    "{w} for staging -> {}",
    "use {} as the {w} for now",
    "can you check why {} is rejected as {w}?",
]
EN_SECRET_ML = ["here's the {w}:\n{}\n", "{w} below, don't share:\n\n{}\n"]
EN_SECRET_HDR = ["the request was sent with `{k}: {}`", "add header {k}: {} and retry"]


# --------------------------------------------------- multilingual phrases ---
ML = {
    "de": dict(
        EMAIL=["Meine E-Mail-Adresse lautet {}.", "Schick die Unterlagen bitte an {}."],
        PHONE=["Du erreichst mich unter {}.", "Rückrufnummer: {} (ab 14 Uhr)."],
        CREDIT_CARD=["Abgebucht wurde von der Kreditkarte {}.", "Kartennummer {}, gültig bis 08/27."],
        IBAN=["Bitte überweise den Betrag auf IBAN {}.", "Neue Bankverbindung: {}"],
        US_SSN=[
            "Für das US-Steuerformular: SSN {}.",
            "Meine amerikanische Sozialversicherungsnummer ist {}.",
        ],
        IP_ADDRESS=["Der Server läuft unter {}.", "Login-Versuch von {} blockiert."],
        SECRET=["Der API-Schlüssel lautet {} – bitte nicht teilen.", "Hier das Token: {}"],
        neg=[
            "Bestellnummer {}",
            "Rechnungsnummer {}",
            "Sendungsnummer {}",
            "am {}",
            "Betrag {}",
            "Version {}",
            "Referenz {}",
        ],
        filler=[
            "Ich hoffe, es geht dir gut.",
            "Das Meeting wurde auf Donnerstag verschoben.",
            "Bitte gib mir kurz Bescheid.",
        ],
        intro=["Hallo Jonas,", "Guten Tag Frau Becker,", "Hi Team,"],
        outro=["Viele Grüße\nAnna", "Danke dir!\nMarkus", "Beste Grüße, Lena"],
        subject="Betreff",
        subjects=["Rückfrage zur Rechnung", "Zugangsdaten", "Terminänderung"],
        names=["Anna", "Markus", "Lena", "Jonas"],
        ticket="Anfrage",
        total="Gesamtbetrag",
    ),
    "fr": dict(
        EMAIL=["Mon adresse e-mail est {}.", "Merci d'envoyer le dossier à {}."],
        PHONE=["Vous pouvez me joindre au {}.", "Mon portable : {}"],
        CREDIT_CARD=["Le paiement a été fait avec la carte {}.", "Numéro de carte : {} (exp. 11/26)"],
        IBAN=["Merci de virer le montant sur l'IBAN {}.", "Nouvelles coordonnées bancaires : {}"],
        US_SSN=["Pour le formulaire américain, mon SSN est {}.", "Numéro de sécurité sociale US : {}"],
        IP_ADDRESS=["Le serveur répond sur {}.", "Connexion suspecte depuis {}."],
        SECRET=["La clé d'API est {}, ne la partage pas.", "Voici le jeton : {}"],
        neg=[
            "commande n° {}",
            "facture {}",
            "numéro de suivi {}",
            "le {}",
            "montant {}",
            "version {}",
            "référence {}",
        ],
        filler=["J'espère que tout va bien.", "La réunion est reportée à jeudi.", "Tiens-moi au courant."],
        intro=["Bonjour Claire,", "Salut l'équipe,", "Madame, Monsieur,"],
        outro=["Cordialement,\nJulien", "Merci d'avance !\nSophie", "Bonne journée,\nThomas"],
        subject="Objet",
        subjects=["Question sur la facture", "Accès au serveur", "Changement de rendez-vous"],
        names=["Claire", "Julien", "Sophie", "Thomas"],
        ticket="Demande",
        total="Total TTC",
    ),
    "es": dict(
        EMAIL=["Mi correo es {}.", "Envía la documentación a {}, por favor."],
        PHONE=["Puedes llamarme al {}.", "Mi móvil: {}"],
        CREDIT_CARD=["El cargo se hizo en la tarjeta {}.", "Número de tarjeta: {} (caduca 03/28)"],
        IBAN=["Por favor, haz la transferencia al IBAN {}.", "Datos bancarios nuevos: {}"],
        US_SSN=["Para el formulario de EE. UU., mi SSN es {}.", "Número de Seguro Social: {}"],
        IP_ADDRESS=["El servidor está en {}.", "Intento de acceso bloqueado desde {}."],
        SECRET=["La clave de la API es {}; no la compartas.", "Aquí tienes el token: {}"],
        neg=[
            "pedido n.º {}",
            "factura {}",
            "número de seguimiento {}",
            "el {}",
            "importe {}",
            "versión {}",
            "referencia {}",
        ],
        filler=["Espero que estés bien.", "La reunión se movió al jueves.", "Avísame cuando puedas."],
        intro=["Hola Lucía,", "Buenas tardes,", "Hola equipo,"],
        outro=["Saludos,\nDiego", "¡Gracias!\nMarta", "Un abrazo,\nPablo"],
        subject="Asunto",
        subjects=["Duda sobre la factura", "Credenciales", "Cambio de cita"],
        names=["Lucía", "Diego", "Marta", "Pablo"],
        ticket="Solicitud",
        total="Total",
    ),
    "it": dict(
        EMAIL=["La mia email è {}.", "Inviate i documenti a {}."],
        PHONE=["Potete chiamarmi al {}.", "Cellulare: {}"],
        CREDIT_CARD=["Il pagamento è stato addebitato sulla carta {}.", "Numero carta: {} scadenza 05/27"],
        IBAN=["Effettuate il bonifico sull'IBAN {}.", "Nuove coordinate bancarie: {}"],
        US_SSN=["Per il modulo americano il mio SSN è {}.", "Social Security Number: {}"],
        IP_ADDRESS=["Il server risponde all'indirizzo {}.", "Accesso bloccato da {}."],
        SECRET=["La chiave API è {}, non condividerla.", "Ecco il token: {}"],
        neg=[
            "ordine n. {}",
            "fattura {}",
            "numero di spedizione {}",
            "il {}",
            "importo {}",
            "versione {}",
            "riferimento {}",
        ],
        filler=["Spero tutto bene.", "La riunione è spostata a giovedì.", "Fammi sapere."],
        intro=["Ciao Giulia,", "Buongiorno,", "Ciao a tutti,"],
        outro=["Saluti,\nMarco", "Grazie mille!\nFrancesca", "A presto,\nLuca"],
        subject="Oggetto",
        subjects=["Domanda sulla fattura", "Credenziali di accesso", "Spostamento appuntamento"],
        names=["Giulia", "Marco", "Francesca", "Luca"],
        ticket="Richiesta",
        total="Totale",
    ),
    "pt": dict(
        EMAIL=["Meu e-mail é {}.", "Envie os documentos para {}, por favor."],
        PHONE=["Pode me ligar no {}.", "Telemóvel: {}"],
        CREDIT_CARD=["A cobrança foi feita no cartão {}.", "Número do cartão: {} validade 10/26"],
        IBAN=["Faça a transferência para o IBAN {}.", "Novos dados bancários: {}"],
        US_SSN=["Para o formulário americano, o meu SSN é {}.", "Número de Seguro Social (EUA): {}"],
        IP_ADDRESS=["O servidor está em {}.", "Acesso bloqueado a partir de {}."],
        SECRET=["A chave da API é {}, não partilhes.", "Segue o token: {}"],
        neg=[
            "encomenda n.º {}",
            "fatura {}",
            "código de rastreio {}",
            "em {}",
            "valor {}",
            "versão {}",
            "referência {}",
        ],
        filler=[
            "Espero que esteja tudo bem.",
            "A reunião passou para quinta-feira.",
            "Diga-me alguma coisa.",
        ],
        intro=["Olá Ana,", "Bom dia,", "Olá equipa,"],
        outro=["Cumprimentos,\nRui", "Obrigado!\nBeatriz", "Abraço,\nJoão"],
        subject="Assunto",
        subjects=["Dúvida sobre a fatura", "Credenciais", "Alteração de reunião"],
        names=["Ana", "Rui", "Beatriz", "João"],
        ticket="Pedido",
        total="Total",
    ),
    "nl": dict(
        EMAIL=["Mijn e-mailadres is {}.", "Stuur de stukken naar {}."],
        PHONE=["Je kunt me bellen op {}.", "Mobiel: {}"],
        CREDIT_CARD=["Het bedrag is afgeschreven van creditcard {}.", "Kaartnummer: {} geldig t/m 02/28"],
        IBAN=["Graag overmaken naar IBAN {}.", "Nieuw rekeningnummer: {}"],
        US_SSN=["Voor het Amerikaanse formulier: SSN {}.", "Mijn Social Security Number is {}."],
        IP_ADDRESS=["De server draait op {}.", "Inlogpoging vanaf {} geblokkeerd."],
        SECRET=["De API-sleutel is {}, niet delen aub.", "Hier is het token: {}"],
        neg=[
            "bestelnummer {}",
            "factuur {}",
            "trackingcode {}",
            "op {}",
            "bedrag {}",
            "versie {}",
            "kenmerk {}",
        ],
        filler=[
            "Ik hoop dat alles goed gaat.",
            "De vergadering is verplaatst naar donderdag.",
            "Laat het even weten.",
        ],
        intro=["Hoi Sanne,", "Beste meneer De Vries,", "Hallo allemaal,"],
        outro=["Groeten,\nDaan", "Bedankt!\nEmma", "Met vriendelijke groet,\nRuben"],
        subject="Onderwerp",
        subjects=["Vraag over factuur", "Inloggegevens", "Afspraak verzet"],
        names=["Sanne", "Daan", "Emma", "Ruben"],
        ticket="Verzoek",
        total="Totaal",
    ),
    "pl": dict(
        EMAIL=["Mój adres e-mail to {}.", "Proszę wysłać dokumenty na {}."],
        PHONE=["Można do mnie dzwonić pod numer {}.", "Telefon: {}"],
        CREDIT_CARD=["Płatność pobrano z karty {}.", "Numer karty: {} ważna do 07/27"],
        IBAN=["Proszę o przelew na IBAN {}.", "Nowy numer konta: {}"],
        US_SSN=["Do amerykańskiego formularza: SSN {}.", "Mój numer Social Security to {}."],
        IP_ADDRESS=["Serwer działa pod adresem {}.", "Zablokowano logowanie z {}."],
        SECRET=["Klucz API to {} – nie udostępniaj go.", "Oto token: {}"],
        neg=[
            "zamówienie nr {}",
            "faktura {}",
            "numer przesyłki {}",
            "dnia {}",
            "kwota {}",
            "wersja {}",
            "sygnatura {}",
        ],
        filler=["Mam nadzieję, że wszystko w porządku.", "Spotkanie przeniesiono na czwartek.", "Daj znać."],
        intro=["Cześć Kasia,", "Dzień dobry,", "Hej zespół,"],
        outro=["Pozdrawiam,\nTomasz", "Dzięki!\nAgnieszka", "Miłego dnia,\nPiotr"],
        subject="Temat",
        subjects=["Pytanie o fakturę", "Dane dostępowe", "Zmiana terminu"],
        names=["Kasia", "Tomasz", "Agnieszka", "Piotr"],
        ticket="Zgłoszenie",
        total="Razem",
    ),
    "hi": dict(
        EMAIL=["मेरा ईमेल पता {} है।", "कृपया दस्तावेज़ {} पर भेजें।"],
        PHONE=["मुझे {} पर कॉल करें।", "मेरा मोबाइल नंबर {} है।"],
        CREDIT_CARD=["भुगतान कार्ड {} से किया गया था।", "कार्ड नंबर: {}"],
        IBAN=["कृपया राशि IBAN {} पर ट्रांसफर करें।", "नया बैंक खाता (IBAN): {}"],
        US_SSN=["अमेरिकी फ़ॉर्म के लिए मेरा SSN {} है।", "सोशल सिक्योरिटी नंबर: {}"],
        IP_ADDRESS=["सर्वर का आईपी {} है।", "{} से लॉगिन की कोशिश रोकी गई।"],
        SECRET=["API कुंजी {} है, इसे किसी से साझा न करें।", "यह रहा टोकन: {}"],
        neg=["ऑर्डर नंबर {}", "बिल संख्या {}", "ट्रैकिंग नंबर {}", "दिनांक {}", "राशि {}", "संस्करण {}", "संदर्भ {}"],
        filler=["आशा है आप ठीक हैं।", "मीटिंग गुरुवार को होगी।", "कृपया जल्दी बताएं।"],
        intro=["नमस्ते राहुल जी,", "प्रिय टीम,", "हाय प्रिया,"],
        outro=["धन्यवाद,\nअमित", "शुभकामनाएँ,\nनेहा", "आपका,\nविकास"],
        subject="विषय",
        subjects=["बिल के बारे में प्रश्न", "लॉगिन जानकारी", "मीटिंग का समय"],
        names=["राहुल", "प्रिया", "अमित", "नेहा"],
        ticket="अनुरोध",
        total="कुल राशि",
    ),
    "ja": dict(
        EMAIL=["メールアドレスは{}です。", "資料は{}までお送りください。"],
        PHONE=["電話番号は{}です。", "折り返しは{}までお願いします。"],
        CREDIT_CARD=["お支払いはカード{}で行いました。", "カード番号：{}"],
        IBAN=["振込先IBAN：{}", "{}宛に送金をお願いします。"],
        US_SSN=["米国の書類用のSSNは{}です。", "社会保障番号：{}"],
        IP_ADDRESS=["サーバーのIPアドレスは{}です。", "{}からの不審なログインをブロックしました。"],
        SECRET=["APIキーは{}です。共有しないでください。", "トークン：{}"],
        neg=["注文番号{}", "請求書番号{}", "追跡番号{}", "{}付", "金額{}", "バージョン{}", "参照番号{}"],
        filler=[
            "いつもお世話になっております。",
            "会議は木曜日に変更になりました。",
            "よろしくお願いいたします。",
        ],
        intro=["田中様", "佐藤さん、お疲れ様です。", "チームの皆さん"],
        outro=["よろしくお願いします。\n山本", "以上です。\n鈴木", "ありがとうございます。\n高橋"],
        subject="件名",
        subjects=["請求書について", "ログイン情報", "打ち合わせ日程の変更"],
        names=["田中", "山本", "鈴木", "高橋"],
        ticket="お問い合わせ",
        total="合計",
    ),
    "zh": dict(
        EMAIL=["我的邮箱是{}。", "请把文件发到{}。"],
        PHONE=["我的手机号是{}。", "有事请打{}联系我。"],
        CREDIT_CARD=["付款用的是信用卡{}。", "卡号：{}"],
        IBAN=["请汇款至IBAN {}。", "新的银行账户：{}"],
        US_SSN=["美国表格上的SSN是{}。", "社会安全号码：{}"],
        IP_ADDRESS=["服务器地址是{}。", "已拦截来自{}的登录尝试。"],
        SECRET=["API密钥是{}，请勿外传。", "令牌：{}"],
        neg=["订单号{}", "发票号{}", "快递单号{}", "日期{}", "金额{}", "版本{}", "编号{}"],
        filler=["希望一切顺利。", "会议改到周四了。", "收到请回复。"],
        intro=["王经理您好，", "大家好，", "李明："],
        outro=["谢谢！\n张伟", "此致\n刘洋", "祝好，\n陈静"],
        subject="主题",
        subjects=["关于发票的问题", "登录信息", "会议时间调整"],
        names=["张伟", "刘洋", "陈静", "李明"],
        ticket="工单",
        total="合计",
    ),
}
ML_NEG_IDX = {"order": 0, "invoice": 1, "tracking": 2, "date": 3, "timestamp": 3, "price": 4, "version": 5}


# ------------------------------------------------------------------ items ---
PII_KEYS = {
    "EMAIL": ["email", "contact_email", "billing_email", "user_email", "admin_email", "reply_to"],
    "PHONE": ["phone", "mobile", "contact_phone", "phone_number", "support_phone", "emergency_contact"],
    "CREDIT_CARD": ["card_number", "cc_number", "pan", "credit_card"],
    "IBAN": ["iban", "bank_account_iban", "payout_iban"],
    "US_SSN": ["ssn", "social_security_number", "tax_id_ssn"],
    "IP_ADDRESS": [
        "server_ip",
        "client_ip",
        "remote_addr",
        "host_ip",
        "bind_address",
        "upstream_ip",
        "peer_addr",
    ],
}


def gen_pii_value(t, lang):
    if t == "EMAIL":
        return gen_email(lang)
    if t == "PHONE":
        return gen_phone(lang)
    if t == "CREDIT_CARD":
        return gen_card()
    if t == "IBAN":
        return gen_iban(lang)
    if t == "US_SSN":
        return gen_ssn()
    if t == "IP_ADDRESS":
        return gen_ip()
    raise ValueError(t)


def make_items(t, lang, multiline, room):
    """Items for one requested type. room = how many spans may still be added."""
    if t != "SECRET":
        v = gen_pii_value(t, lang)
        val = [S(v, t)]
        phrase = fill(pick(ML[lang][t]) if lang != "en" else pick(EN_POS[t]), val)
        return [dict(kind="pos", type=t, key=pick(PII_KEYS[t]), val=val, phrase=phrase, header=False)]
    names, weights = zip(*SECRET_KINDS)
    while True:
        kind = R.choices(names, weights=weights)[0]
        if kind == "pem" and not multiline:
            continue
        break
    out = []
    for key, val, what, header in secret_values(kind, pair_ok=room >= 2):
        if lang != "en":
            phrase = fill(pick(ML[lang]["SECRET"]), val)
        elif header:
            hn = "-".join(w.capitalize() for w in key.split("_"))
            phrase = fill(pick(EN_SECRET_HDR).replace("{k}", hn), val)
        elif "\n" in plain(val):
            phrase = fill(pick(EN_SECRET_ML).replace("{w}", what), val)
        else:
            phrase = fill(pick(EN_SECRET).replace("{w}", what), val)
        out.append(dict(kind="pos", type="SECRET", key=key, val=val, phrase=phrase, header=header))
    return out


def hidden_pii(v):
    """True if a look-alike value accidentally contains something valid."""
    for m in CC_RE.finditer(v):
        if luhn_ok(re.sub(r"\D", "", m.group())):
            return True
    if any(ssn_valid(m.group()) for m in SSN_RE.finditer(v)):
        return True
    if any(iban_valid(m.group()) for m in IBAN_RE.finditer(v)):
        return True
    for m in IPV4_RE.finditer(v):
        try:
            ipaddress.IPv4Address(m.group())
            return True
        except ValueError:
            pass
    return bool(EMAIL_RE.search(v))


def make_neg(lang):
    cat, key, v = lookalike()
    while hidden_pii(v):
        cat, key, v = lookalike()
    if lang == "en":
        tmpl = pick(EN_NEG[cat]).replace("{k}", key.upper())
    else:
        tmpl = ML[lang]["neg"][ML_NEG_IDX.get(cat, 6)]
    return dict(kind="neg", type=None, key=key, val=[v], phrase=fill(tmpl, [v]), header=False, cat=cat)


# ------------------------------------------------------- render helpers ---
def upper_key(k):
    return k.upper()


def camel(k):
    p = k.split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def hdr_name(k):
    return "-".join(w.capitalize() for w in k.split("_"))


def needs_quote(parts):
    t = plain(parts)
    return any(c in t for c in " \n\t#'\"$:{}*!&,") or t == ""


def time_hm():
    return f"{R.randint(7, 22):02d}:{R.randint(0, 59):02d}"


def sentence(parts):
    """Capitalise / terminate a phrase for prose."""
    p = list(parts)
    if isinstance(p[0], str) and p[0]:
        p[0] = p[0][0].upper() + p[0][1:]
    last = plain(p).rstrip()
    if last and last[-1] not in ".!?:)\n。！？।" and not plain(p).endswith("\n"):
        tail = p[-1] if p[-1] != "" else p[-2]
        if isinstance(tail, tuple):
            # never glue '!' onto a value; nothing at all after a secret
            if tail[1] != "SECRET":
                p.append(pick([".", ""]))
        else:
            p.append(pick([".", ".", "!", ""]))
    return p


def is_ml(it):
    return "\n" in plain(it["val"])


# ------------------------------------------------------ prose renderers ---
EN_FILLER_CHAT = [
    "hey, quick one",
    "ok thanks!",
    "give me 5 min",
    "lol yes",
    "on it",
    "that worked, ty",
    "can you double check?",
    "👍",
    "sorry, wrong thread",
    "brb, standup",
    "ugh, prod again",
    "np",
    "will do after lunch",
    "did the deploy finish?",
]


def r_chat(items, lang="en"):
    names = ML[lang]["names"] if lang != "en" else [n.split()[0] for n in (person(), person(), person())]
    fill_src = ML[lang]["filler"] if lang != "en" else EN_FILLER_CHAT
    msgs = [sentence(it["phrase"]) for it in items]
    for _ in range(R.randint(1, 3)):
        msgs.insert(R.randint(0, len(msgs)), [pick(fill_src)])
    fmt = R.randint(0, 3)
    day = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2021, 2025)}"
    lines = []
    for m in msgs:
        n, hm = pick(names), time_hm()
        pre = {0: f"[{hm}] {n}: ", 1: f"{n} ({hm}): ", 2: f"<{n.lower()}> ", 3: f"{day}, {hm} - {n}: "}[fmt]
        lines.append([pre] + m)
    return joinp(lines)


TICKET_SUBJ = [
    "Refund not received",
    "Cannot log in after password reset",
    "Wrong amount charged",
    "Update billing details",
    "API returns 401",
    "Account locked",
    "Need invoice copy",
    "Webhook failing since yesterday",
    "Change of address and bank account",
]


def r_ticket(items, lang="en"):
    out = []
    if lang == "en":
        out.append(
            f"Ticket #TCK-{nz(5)} | Priority: {pick(['Low', 'Normal', 'High', 'Urgent'])} | Status: {pick(['Open', 'Pending', 'Escalated'])}"
        )
        out.append(f"Subject: {pick(TICKET_SUBJ)}")
        out.append(f"Requester: {person()}")
        out.append("-" * 24)
        out.append(pick(["Hi support,", "Hello,", "Hi there,", "To whom it may concern,"]))
    else:
        L = ML[lang]
        out.append(f"{L['ticket']} #{nz(6)}")
        out.append(f"{L['subject']}: {pick(L['subjects'])}")
        out.append("")
        out.append(pick(L["intro"]))
    body = [sentence(it["phrase"]) for it in items]
    if lang == "en":
        body.insert(
            R.randint(0, len(body)),
            [
                pick(
                    [
                        "I've tried twice already.",
                        "This is blocking our month-end close.",
                        "Thanks in advance for looking into it.",
                        "Screenshots attached.",
                    ]
                )
            ],
        )
        split = R.randint(0, len(body))
        out.append(joinp(body[:split], " ") if split else "")
        if split < len(body):
            out.append(f"\n--- Internal note ({person().split()[0]}) ---")
            out.append(joinp(body[split:], "\n"))
        out.append(pick(["Regards,", "Thanks,", "Best,"]) + "\n" + person())
    else:
        out.append(joinp(body, " "))
        out.append(pick(ML[lang]["filler"]))
        out.append(pick(ML[lang]["outro"]))
    return joinp(out)


def r_email(items, lang="en"):
    emails = [it for it in items if it["type"] == "EMAIL"]
    rest = [it for it in items if it["type"] != "EMAIL"]
    L = ML.get(lang)
    head = []
    sender, recv = person(), person()
    if emails:
        head.append(["From: " + sender + " <"] + emails[0]["val"] + [">"])
    else:
        head.append(f"From: {sender}")
    if len(emails) > 1:
        head.append(["To: " + recv + " <"] + emails[1]["val"] + [">"])
    else:
        head.append(f"To: {recv}")
    for e in emails[2:]:
        rest.append(e)
    head.append(
        f"Date: {pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {R.randint(1, 28)} {pick(['Feb', 'Apr', 'Jun', 'Sep', 'Nov'])} {R.randint(2021, 2025)} {time_hm()}"
    )
    head.append(
        ("Subject: Re: " if lang == "en" else f"{L['subject']}: Re: ")
        + (pick(TICKET_SUBJ) if lang == "en" else pick(L["subjects"]))
    )
    # multi-line values only in the unquoted part
    ml_items = [it for it in rest if is_ml(it)]
    sl_items = [it for it in rest if not is_ml(it)]
    R.shuffle(sl_items)
    k = R.randint(0, len(sl_items))
    top, quoted = sl_items[:k] + ml_items, sl_items[k:]
    body = [
        pick(["Hi,", "Hello " + recv.split()[0] + ",", "Thanks for the quick reply."])
        if lang == "en"
        else pick(L["intro"])
    ]
    body += [sentence(it["phrase"]) for it in top]
    body.append(sender.split()[0] if lang == "en" else pick(L["outro"]))
    out = [joinp(head), "", joinp(body, "\n")]
    if quoted or chance(0.5):
        out.append("")
        out.append(f"On {date_str()} at {time_hm()}, {recv} wrote:")
        q = [["> "] + sentence(it["phrase"]) for it in quoted]
        q.insert(
            0,
            "> "
            + (
                pick(["Thanks, one more thing:", "See below.", "Following up on this."])
                if lang == "en"
                else pick(L["filler"])
            ),
        )
        q.append(">")
        q.append("> " + recv.split()[0])
        out.append(joinp(q))
    return joinp(out)


def r_slack(items, lang="en"):
    users = ["U0" + rs(UP + DIG, 8) for _ in range(3)]
    ts0 = R.randint(1650000000, 1740000000)
    msgs = [sentence(it["phrase"]) for it in items]
    if chance(0.7):
        msgs.insert(R.randint(0, len(msgs)), [pick(EN_FILLER_CHAT)])
    rows = []
    for i, m in enumerate(msgs):
        ts = f"{ts0 + i * R.randint(5, 300)}.{d(6)}"
        rows.append(
            [f'  {{"type": "message", "user": "{pick(users)}", "ts": "{ts}", "text": "']
            + mapp(m, esc_json)
            + ['"}']
        )
    return ["[\n"] + joinp(rows, ",\n") + ["\n]"]


# ------------------------------------------------- structured renderers ---
def r_dotenv(items, lang="en"):
    lines = [
        pick(["# production settings — do not commit", "# .env", "# generated by setup.sh", "## app config"])
    ]
    extra = [
        f"NODE_ENV={pick(['production', 'staging'])}",
        f"PORT={pick([3000, 8000, 8080])}",
        "LOG_LEVEL=info",
        f"APP_NAME={pick(['billing-api', 'orders', 'web'])}",
        "FEATURE_NEW_CHECKOUT=true",
        "TZ=UTC",
    ]
    body = []
    for it in items:
        k = upper_key(it["key"])
        v = it["val"]
        q = '"' if needs_quote(v) or chance(0.25) else ""
        if q and "'" not in plain(v) and chance(0.3) and "\n" not in plain(v):
            q = "'"
        body.append([f"{'export ' if chance(0.1) else ''}{k}={q}"] + v + [q])
    for _ in range(R.randint(1, 3)):
        body.insert(R.randint(0, len(body)), pick(extra))
    return joinp(lines + body)


def yaml_val(v, indent):
    t = plain(v)
    if "\n" in t:
        pad = " " * indent
        return ["|\n" + pad] + mapp(v, lambda s: s.replace("\n", "\n" + pad))
    if needs_quote(v) or chance(0.3):
        return ['"'] + v + ['"']
    return v


def r_compose(items, lang="en"):
    svc = pick(["api", "worker", "web", "billing"])
    out = [
        f'version: "{pick(["3.8", "3.9"])}"',
        "services:",
        f"  {svc}:",
        f"    image: registry.{pick(COMPANY_DOMAINS)}/{svc}:{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}",
        "    restart: unless-stopped",
        "    ports:",
        f'      - "{pick(["8080:8080", "443:8443", "3000:3000"])}"',
        "    environment:",
    ]
    list_form = chance(0.35) and not any(is_ml(it) for it in items)
    for it in items:
        k = upper_key(it["key"])
        if list_form:
            out.append([f"      - {k}="] + it["val"])
        else:
            out.append([f"      {k}: "] + yaml_val(it["val"], 8))
    if chance(0.5):
        out += [
            "  db:",
            "    image: postgres:16-alpine",
            "    volumes:",
            "      - pgdata:/var/lib/postgresql/data",
            "volumes:",
            "  pgdata: {}",
        ]
    return joinp(out)


def r_k8s(items, lang="en"):
    name = pick(["billing-secrets", "app-config", "orders-env", "gateway-creds"])
    kind = pick(["Secret", "ConfigMap", "Deployment"])
    out = [
        "apiVersion: " + ("apps/v1" if kind == "Deployment" else "v1"),
        f"kind: {kind}",
        "metadata:",
        f"  name: {name}",
        f"  namespace: {pick(['prod', 'staging', 'payments'])}",
        "  labels:",
        f'    app.kubernetes.io/version: "{R.randint(1, 3)}.{R.randint(0, 15)}.{R.randint(0, 9)}"',
    ]
    if kind == "Secret":
        out += ["type: Opaque", "stringData:"]
        for it in items:
            out.append(
                [f"  {it['key'].replace('_', '-') if chance(0.4) else upper_key(it['key'])}: "]
                + yaml_val(it["val"], 4)
            )
    elif kind == "ConfigMap":
        out.append("data:")
        for it in items:
            out.append([f"  {upper_key(it['key'])}: "] + yaml_val(it["val"], 4))
    else:
        out += [
            "spec:",
            "  replicas: 2",
            "  template:",
            "    spec:",
            "      containers:",
            f"        - name: {name.split('-')[0]}",
            f"          image: ghcr.io/acme/{name.split('-')[0]}@sha256:{rs(HEX, 64)}",
            "          env:",
        ]
        for it in items:
            out.append(f"            - name: {upper_key(it['key'])}")
            out.append(["              value: "] + yaml_val(it["val"], 16))
    return joinp(out)


def r_json(items, lang="en"):
    cc = chance(0.5)
    kf = camel if cc else (lambda k: k)
    rows = [
        f'  "{kf("event_type")}": "{pick(["customer.updated", "payment.created", "user.signup", "config.sync"])}"',
        f'  "id": "{uuid.UUID(int=R.getrandbits(128), version=4)}"',
    ]
    inner = []
    for it in items:
        inner.append([f'    "{kf(it["key"])}": "'] + mapp(it["val"], esc_json) + ['"'])
    if chance(0.5):
        inner.insert(R.randint(0, len(inner)), f'    "{kf("full_name")}": "{person()}"')
    rows.append(['  "data": {\n'] + joinp(inner, ",\n") + ["\n  }"])
    if chance(0.4):
        rows.append(
            f'  "{kf("api_version")}": "{R.randint(2019, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"'
        )
    return ["{\n"] + joinp(rows, ",\n") + ["\n}"]


def csv_cell(v):
    if needs_quote(v) and any(c in plain(v) for c in ',"\n'):
        return ['"'] + v + ['"']
    return v


def r_csv(items, lang="en"):
    if chance(0.5):
        cols = ["id", "name"] + [it["key"] for it in items]
        row = [str(R.randint(1000, 99999)), person()]
        line = []
        for i, c in enumerate(row):
            line.append(c)
            line.append(",")
        for j, it in enumerate(items):
            line.extend(csv_cell(it["val"]))
            if j < len(items) - 1:
                line.append(",")
        out = [",".join(cols), line]
        if chance(0.5):
            out.append(f"{R.randint(1000, 99999)},{person()}" + "," * len(items))
        return joinp(out)
    out = ["record_id,field,value,updated_by,updated_at"]
    for it in items:
        out.append(
            [f"{R.randint(100, 9999)},{it['key']},"]
            + csv_cell(it["val"])
            + [f",{pick(FIRST).lower()},{date_str() if chance(0.3) else ts_iso()}"]
        )
    return joinp(out)


def r_sql(items, lang="en"):
    if chance(0.5):
        cols = ", ".join(["name"] + [it["key"] for it in items])
        vals = [f"'{person()}'"]
        parts = [
            f"INSERT INTO {pick(['customers', 'users', 'payees', 'integrations'])} ({cols}) VALUES ("
        ] + [vals[0]]
        for it in items:
            parts += [", '"] + it["val"] + ["'"]
        parts.append(");")
        return joinp([f"-- migration {R.randint(2019, 2025)}{d(4)}_seed", parts])
    out = ["BEGIN;"]
    for it in items:
        out.append(
            [f"UPDATE {pick(['accounts', 'users', 'settings'])} SET {it['key']} = '"]
            + it["val"]
            + [f"' WHERE id = {R.randint(1, 99999)};"]
        )
    out.append("COMMIT;")
    return joinp(out)


LOG_COMP = ["auth", "billing", "gateway", "worker", "api.http", "scheduler", "payments.stripe", "db.pool"]


def r_log(items, lang="en"):
    out = []
    for it in items:
        ts = ts_iso() if chance(0.6) else f"{date_str()} {time_hm()}:{R.randint(0, 59):02d}"
        lvl = pick(["INFO", "WARN", "ERROR", "DEBUG"])
        if it["type"] == "IP_ADDRESS" and chance(0.5):
            ip = it["val"]
            out.append(
                ip
                + [
                    f' - - [{R.randint(1, 28):02d}/Mar/2024:{time_hm()}:{R.randint(0, 59):02d} +0000] "{pick(["GET", "POST"])} /api/v{R.randint(1, 3)}/{pick(["orders", "login", "health"])} HTTP/1.1" {pick([200, 401, 403, 500])} {R.randint(100, 9999)} "-" "{pick(["curl/8.4.0", "Mozilla/5.0", "python-requests/2.31.0"])}"'
                ]
            )
            continue
        if it["type"] == "IP_ADDRESS" and chance(0.5):
            ip = it["val"]
            if ":" in plain(ip):
                addr = ["["] + ip + [f"]:{R.randint(1024, 65535)}"]
            else:
                addr = ip + [f":{R.randint(1024, 65535)}"]
            out.append([f"{ts} {lvl} [{pick(LOG_COMP)}] connection from "] + addr + [" closed"])
            continue
        if it["header"]:
            out.append(
                [f'{ts} DEBUG [{pick(LOG_COMP)}] outbound request headers={{"{hdr_name(it["key"])}": "']
                + it["val"]
                + ['", "Accept": "application/json"}']
            )
            continue
        style = R.randint(0, 2)
        if style == 0:
            out.append(
                [
                    f"{ts} {lvl} [{pick(LOG_COMP)}] {pick(['user updated', 'validation failed', 'payload', 'retrying'])} {it['key']}="
                ]
                + it["val"]
            )
        elif style == 1:
            out.append(
                [f'{{"ts": "{ts}", "level": "{lvl.lower()}", "msg": "request", "{it["key"]}": "']
                + mapp(it["val"], esc_json)
                + ['"}']
            )
        else:
            out.append([f"{ts} {lvl} {pick(LOG_COMP)}: "] + it["phrase"])
    if chance(0.6):
        out.insert(
            R.randint(0, len(out)),
            f"{ts_iso()} INFO [worker] job {uuid.UUID(int=R.getrandbits(128), version=4)} finished in {R.randint(3, 900)}ms",
        )
    return joinp(out)


def r_trace(items, lang="en"):
    if chance(0.6):
        out = [
            "Traceback (most recent call last):",
            f'  File "/srv/app/{pick(["billing", "orders", "auth"])}/{pick(["service", "tasks", "views"])}.py", line {R.randint(20, 400)}, in {pick(["charge", "sync_customer", "handle"])}',
            "    resp = client.post(url, json=payload, timeout=10)",
            f'  File "/usr/local/lib/python3.11/site-packages/httpx/_client.py", line {R.randint(800, 1900)}, in post',
        ]
        first, rest = items[0], items[1:]
        exc = pick(["ValueError", "RuntimeError", "app.errors.GatewayError", "KeyError"])
        out.append(
            [f"{exc}: {pick(['rejected', 'invalid value for', 'could not process'])} {first['key']}='"]
            + first["val"]
            + ["'"]
        )
        if rest:
            out.append("")
            out.append("Local variables:")
            for it in rest:
                out.append([f"    {it['key']} = '"] + it["val"] + ["'"])
        return joinp(out)
    cls = pick(["com.acme.billing.PaymentService", "io.shop.orders.SyncJob", "org.corp.auth.LoginHandler"])
    out = [
        f'Exception in thread "{pick(["main", "pool-2-thread-7", "http-nio-8080-exec-3"])}" java.lang.IllegalStateException: '
        f"{pick(['unexpected response', 'bad configuration', 'validation error'])}"
    ]
    for it in items:
        out.append(
            [
                f"\tat {cls}.{pick(['process', 'validate', 'send'])}({cls.split('.')[-1]}.java:{R.randint(30, 500)}) [{it['key']}="
            ]
            + it["val"]
            + ["]"]
        )
    out.append(f"\tat java.base/java.lang.Thread.run(Thread.java:{R.randint(800, 1600)})")
    out.append(f"Caused by: java.net.SocketTimeoutException: Read timed out after {R.randint(1, 60)}s")
    return joinp(out)


def r_shell(items, lang="en"):
    n = R.randint(100, 1900)
    cmds = []
    for it in items:
        t, v, k = it["type"], it["val"], it["key"]
        if it["header"]:
            cmds.append(
                [f"curl -s -H '{hdr_name(k)}: "]
                + v
                + [f"' https://api.{pick(COMPANY_DOMAINS)}/v1/{pick(['me', 'orders', 'usage'])}"]
            )
        elif t == "SECRET" and k in ("database_url", "db_url", "jdbc_url"):
            cmds.append([pick(["psql '", "pgcli '", "mysql --uri='"])] + v + ["'"])
        elif t == "SECRET" and "password" in k and chance(0.4):
            cmds.append(
                [f"mysql -u {pick(['root', 'app'])} -p"] + v + [f" -h db.internal {pick(['shop', 'crm'])}"]
            )
        elif t == "IP_ADDRESS":
            if ":" in plain(v):
                cmds.append(
                    [pick(["ping -6 -c 3 ", "ssh -6 deploy@", "traceroute6 ", "nmap -6 -p 22,443 "])] + v
                )
            else:
                cmds.append(
                    [pick(["ssh deploy@", "ping -c 3 ", "nmap -p 22,443 ", "traceroute ", "curl -I http://"])]
                    + v
                )
        elif t == "EMAIL":
            cmds.append(['git config --global user.email "'] + v + ['"'])
        elif t == "PHONE":
            cmds.append(['twilio api:core:messages:create --to "'] + v + ['" --body "deploy finished"'])
        elif t == "CREDIT_CARD":
            cmds.append(["./scripts/charge_test.sh --card '"] + v + ["' --amount 1.00"])
        elif t == "IBAN":
            cmds.append(["python payouts.py --iban '"] + v + ["' --dry-run"])
        elif t == "US_SSN":
            cmds.append(['grep -rn "'] + v + ['" exports/'])
        else:
            q = "'" if needs_quote(v) or chance(0.5) else ""
            cmds.append([f"export {upper_key(k)}={q}"] + v + [q])
    noise = [
        "ls -la",
        "git status",
        "docker compose up -d",
        "kubectl get pods -n prod",
        "cd ~/src/billing",
        f"git checkout -b fix/{pick(['login', 'retry', 'ci'])}",
        "history | tail",
        "make test",
        "clear",
    ]
    for _ in range(R.randint(1, 4)):
        cmds.insert(R.randint(0, len(cmds)), pick(noise))
    numbered = chance(0.6)
    out = []
    for i, c in enumerate(cmds):
        pre = f"{n + i:5d}  " if numbered else ""
        out.append([pre] + (c if isinstance(c, list) else [c]))
    return joinp(out)


def r_python(items, lang="en"):
    out = [
        pick(
            [
                '"""Settings for the payment worker."""',
                "# TODO: move these to the vault",
                "import os",
                "import requests",
            ]
        ),
        "",
    ]
    for it in items:
        k, v = it["key"], it["val"]
        if it["header"]:
            out.append(
                ['HEADERS = {"' + hdr_name(k) + '": "'] + v + ['", "Content-Type": "application/json"}']
            )
        elif is_ml(it):
            out.append([f'{upper_key(k)} = """'] + v + ['"""'])
        elif it["type"] == "SECRET" and chance(0.35):
            fn = pick(
                [
                    "OpenAI(api_key=",
                    "boto3.client('s3', aws_secret_access_key=",
                    "Client(token=",
                    "connect(password=",
                ]
            )
            out.append([f'client = {fn}"'] + v + ['")'])
        elif chance(0.3):
            out.append([f'{k} = os.environ.get("{upper_key(k)}", "'] + v + ['")'])
        else:
            out.append([f'{upper_key(k)} = "'] + v + ['"'])
    out += [
        "",
        "",
        f"def {pick(['main', 'run', 'sync'])}():",
        f"    return {pick(['requests.get(URL, headers=HEADERS)', 'None', 'process()'])}",
    ]
    return joinp(out)


def r_js(items, lang="en"):
    out = [
        pick(
            [
                "'use strict';",
                "import axios from 'axios';",
                "// config.js",
                "const fetch = require('node-fetch');",
            ]
        ),
        "",
    ]
    for it in items:
        k, v = it["key"], it["val"]
        if it["header"]:
            out.append(
                ["const res = await fetch(url, { headers: { '" + hdr_name(k) + "': '"] + v + ["' } });"]
            )
        elif is_ml(it):
            out.append([f"const {camel(k)} = `"] + v + ["`;"])
        elif it["type"] == "SECRET" and k.startswith("stripe") and chance(0.5):
            out.append(["const stripe = require('stripe')('"] + v + ["');"])
        elif chance(0.3):
            out.append([f"const {camel(k)} = process.env.{upper_key(k)} || '"] + v + ["';"])
        else:
            out.append([f'const {camel(k)} = "'] + v + ['";'])
    out += [
        "",
        "module.exports = { " + ", ".join(camel(it["key"]) for it in items if not it["header"]) + " };",
    ]
    return joinp(out)


def r_go(items, lang="en"):
    out = ["package config", "", 'import "os"', "", "const ("]
    tail = []
    for it in items:
        k, v = it["key"], it["val"]
        name = "".join(w.capitalize() for w in k.split("_"))
        if it["header"]:
            tail.append([f'\treq.Header.Set("{hdr_name(k)}", "'] + v + ['")'])
        elif is_ml(it):
            out.append([f"\t{name} = `"] + v + ["`"])
        elif chance(0.25):
            tail.append([f'\tos.Setenv("{upper_key(k)}", "'] + v + ['")'])
        else:
            out.append([f'\t{name} = "'] + v + ['"'])
    out.append(")")
    if tail:
        out += ["", "func init() {"] + tail + ["}"]
    return joinp(out)


def r_markdown(items, lang="en"):
    out = [
        f"# {pick(['Local setup', 'Deploying the billing service', 'Runbook: payments outage', 'Onboarding notes'])}",
        "",
        pick(
            [
                "Follow these steps to get a working environment.",
                "Notes from the incident call.",
                "Quick reference for new team members.",
            ]
        ),
        "",
    ]
    table = [it for it in items if not is_ml(it) and chance(0.4)]
    rest = [it for it in items if it not in table]
    for it in rest:
        if it["type"] == "SECRET" and chance(0.6):
            out.append("```bash")
            if it["header"]:
                out.append(
                    [f'curl -H "{hdr_name(it["key"])}: '] + it["val"] + ['" https://api.internal/v2/status']
                )
            else:
                out.append([f'export {upper_key(it["key"])}="'] + it["val"] + ['"'])
            out.append("```")
        else:
            out.append(["- "] + sentence(it["phrase"]))
        out.append("")
    if table:
        out += ["| Field | Value |", "|-------|-------|"]
        for it in table:
            out.append(
                [f"| {it['key']} | `" if it["type"] == "SECRET" else f"| {it['key']} | "]
                + it["val"]
                + ["` |" if it["type"] == "SECRET" else " |"]
            )
    return joinp(out)


def r_html(items, lang="en"):
    out = [f'<form action="/{pick(["checkout", "signup", "profile/update", "payout"])}" method="post">']
    for it in items:
        k = it["key"]
        typ = {"EMAIL": "email", "PHONE": "tel"}.get(
            it["type"], "hidden" if it["type"] == "SECRET" else "text"
        )
        if it["kind"] == "neg" and "password" in k:
            typ = "password"
        out.append(f'  <label for="{k}">{k.replace("_", " ").capitalize()}</label>')
        out.append([f'  <input type="{typ}" id="{k}" name="{k}" value="'] + it["val"] + ['">'])
    out.append(
        f'  <input type="hidden" name="form_build" value="{R.randint(2019, 2025)}.{R.randint(1, 12)}.{R.randint(1, 9)}">'
    )
    out.append('  <button type="submit">Submit</button>')
    out.append("</form>")
    return joinp(out)


def label(it):
    return {
        "EMAIL": "Email",
        "PHONE": pick(["Tel.", "Phone", "Mobile"]),
        "CREDIT_CARD": "Card",
        "IBAN": "IBAN",
        "US_SSN": "SSN",
        "IP_ADDRESS": "IP",
        "SECRET": "Key",
    }.get(it["type"], it["key"].replace("_", " ").capitalize())


def r_invoice(items, lang="en"):
    L = ML.get(lang)
    out = [
        f"INVOICE INV-{R.randint(2020, 2025)}-{d(5)}",
        f"Issued: {date_str()}    Due: {date_str()}",
        "",
        f"From: {pick(['Northwind Logistics Ltd', 'Bluepeak GmbH', 'Harborline Studio', 'Quillstack SARL'])}",
        f"Bill to: {person()}",
    ]
    if L:
        out.append(pick(L["intro"]))
        out.append(joinp([sentence(it["phrase"]) for it in items], " "))
    else:
        for it in items:
            out.append([f"{label(it)}: "] + it["val"])
    out.append("")
    out.append(f"{'Description':<28}{'Qty':>5}{'Amount':>12}")
    tot = 0
    for _ in range(R.randint(1, 3)):
        amt = R.randint(20, 3000)
        tot += amt
        out.append(
            f"{pick(['Consulting hours', 'Hosting (monthly)', 'Support plan', 'License renewal', 'Shipping']):<28}{R.randint(1, 9):>5}{amt:>11}.00"
        )
    out.append(f"{(L['total'] if L else 'Total') + ':':<33}{pick(['EUR', 'USD', 'GBP'])} {tot}.00")
    out.append(
        pick(["Payment within 14 days.", "Thank you for your business!", "Please quote the invoice number."])
    )
    return joinp(out)


def r_cv(items, lang="en"):
    name = person()
    contact = [it for it in items if it["type"] in ("EMAIL", "PHONE")]
    other = [it for it in items if it not in contact]
    out = [
        name.upper(),
        pick(["Senior Data Engineer", "Product Designer", "Backend Developer", "Financial Analyst"]),
    ]
    if contact:
        line = []
        for i, it in enumerate(contact):
            if i:
                line.append(" | ")
            line.extend(it["val"])
        out.append(line)
    out.append(
        f"{pick(['Berlin', 'Lisbon', 'Austin, TX', 'Bangalore', 'Toronto'])} · linkedin.com/in/{name.split()[0].lower()}-{rs(LO + DIG, 6)}"
    )
    out += [
        "",
        "EXPERIENCE",
        f"{pick(['Tessera Labs', 'Orbitpay', 'Kestrel Health'])} — {pick(['Lead Engineer', 'Analyst', 'Designer'])} ({R.randint(2015, 2020)}–{R.randint(2021, 2025)})",
        f"  • Cut p95 latency by {R.randint(10, 60)}% across {R.randint(3, 40)} services",
        f"  • Managed a budget of ${R.randint(1, 9)}.{R.randint(1, 9)}M",
        "",
        "EDUCATION",
        f"  M.Sc., {pick(['TU München', 'University of Leeds', 'IIT Bombay'])}, {R.randint(2008, 2018)}",
    ]
    if other:
        out += ["", "ADDITIONAL (payroll onboarding)"]
        for it in other:
            out.append([f"  {label(it)}: "] + it["val"])
    return joinp(out)


def r_ini(items, lang="en"):
    out = [
        f"; {pick(['app.ini', 'settings for legacy service', 'do not edit on the box'])}",
        f"[{pick(['database', 'server', 'credentials', 'smtp', 'integration'])}]",
    ]
    for i, it in enumerate(items):
        if i and chance(0.3):
            out.append(f"\n[{pick(['api', 'mail', 'network', 'payments'])}]")
        out.append([f"{it['key']} = "] + it["val"])
    out.append(f"timeout = {R.randint(5, 120)}")
    return joinp(out)


def r_http(items, lang="en"):
    hdrs = [it for it in items if it["header"]]
    ips = [it for it in items if it["type"] == "IP_ADDRESS" and chance(0.6)]
    body = [it for it in items if it not in hdrs and it not in ips]
    out = [
        f"{pick(['POST', 'PUT', 'PATCH'])} /v{R.randint(1, 3)}/{pick(['customers', 'payouts', 'charges', 'webhooks'])} HTTP/1.1",
        f"Host: api.{pick(COMPANY_DOMAINS)}",
    ]
    for it in hdrs:
        out.append([f"{hdr_name(it['key'])}: "] + it["val"])
    for it in ips:
        out.append(["X-Forwarded-For: "] + it["val"])
    out.append("Content-Type: application/json")
    out.append(f"User-Agent: {pick(['okhttp/4.12.0', 'axios/1.6.7', 'Go-http-client/2.0'])}")
    out.append("")
    rows = [[f'  "{it["key"]}": "'] + mapp(it["val"], esc_json) + ['"'] for it in body]
    rows.append(f'  "idempotency_key": "{uuid.UUID(int=R.getrandbits(128), version=4)}"')
    out.append(["{\n"] + joinp(rows, ",\n") + ["\n}"])
    return joinp(out)


# ------------------------------------------------------------- styles ---
# affinities: EMAIL, PHONE, CREDIT_CARD, IBAN, US_SSN, IP_ADDRESS, SECRET
STYLES = {
    "chat": (r_chat, True, [1, 1.2, 1, 1, 1, 1, 1]),
    "support_ticket": (r_ticket, True, [1, 1.2, 1, 1, 1, 0.8, 0.7]),
    "email_thread": (r_email, True, [1.5, 1.2, 1, 1, 1, 0.5, 0.7]),
    "slack_export": (r_slack, True, [1, 1, 0.5, 0.5, 0.5, 1, 1.5]),
    "dotenv": (r_dotenv, True, [0.5, 0.3, 0.1, 0.1, 0, 1, 4]),
    "docker_compose": (r_compose, True, [0.5, 0.2, 0, 0, 0, 1, 4]),
    "k8s_yaml": (r_k8s, True, [0.3, 0.2, 0, 0, 0, 1, 4]),
    "json_payload": (r_json, True, [1, 1, 1, 1, 1, 1, 1]),
    "csv": (r_csv, False, [1, 1.2, 1, 1, 1, 0.5, 0.3]),
    "sql_insert": (r_sql, False, [1, 1, 1, 1, 1, 0.5, 0.5]),
    "server_log": (r_log, False, [1, 0.5, 0.5, 0.3, 0.3, 2, 1.5]),
    "stack_trace": (r_trace, False, [1, 0.5, 1, 0.5, 0.5, 1, 1.5]),
    "shell_history": (r_shell, False, [0.5, 0.4, 0.2, 0.2, 0.2, 1.5, 3]),
    "python_src": (r_python, True, [0.5, 0.3, 0.5, 0.3, 0.3, 0.7, 3]),
    "js_src": (r_js, True, [0.5, 0.3, 0.5, 0.3, 0.3, 0.7, 3]),
    "go_src": (r_go, True, [0.5, 0.3, 0.5, 0.3, 0.3, 0.7, 3]),
    "markdown": (r_markdown, True, [0.7, 0.7, 0.3, 0.3, 0.2, 1, 2]),
    "html_form": (r_html, False, [1, 1.2, 1, 1, 1, 0.2, 0.7]),
    "invoice": (r_invoice, False, [1, 1.2, 1, 2, 0.3, 0, 0]),
    "cv": (r_cv, False, [2, 2, 0, 0.3, 0.3, 0, 0]),
    "ini_config": (r_ini, False, [0.5, 0.2, 0, 0, 0, 1.5, 3]),
    "http_request": (r_http, True, [0.7, 0.5, 0.7, 0.5, 0.3, 1, 2.5]),
}
ML_STYLES = {"chat": r_chat, "email_thread": r_email, "support_ticket": r_ticket, "invoice": r_invoice}
ML_AFF = [1, 1.4, 1, 1, 0.6, 0.7, 0.8]
LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "hi", "ja", "zh"]

COUNT = Counter()


def choose_types(aff, k):
    out = []
    for _ in range(k):
        w = [a * max(TARGET[t] - COUNT[t], 4) for t, a in zip(TYPES, aff)]
        out.append(R.choices(TYPES, weights=w)[0])
    return out


def make_text(style, lang, negative):
    if lang == "en":
        render, multiline, aff = STYLES[style]
    else:
        render, multiline, aff = ML_STYLES[style], style != "invoice", ML_AFF
    items = []
    if negative:
        for _ in range(R.randint(2, 5)):
            items.append(make_neg(lang))
    else:
        k = R.choices([1, 2, 3, 4, 5], weights=[20, 30, 26, 15, 9])[0]
        types = choose_types(aff, k)
        npos = 0
        for t in types:
            new = make_items(t, lang, multiline, room=5 - npos)
            if npos + len(new) > 5:
                break
            items.extend(new)
            npos += len(new)
        for _ in range(R.randint(0, 3) if style not in ("cv",) else R.randint(0, 1)):
            items.insert(R.randint(0, len(items)), make_neg(lang))
    if style in (
        "csv",
        "sql_insert",
        "html_form",
        "invoice",
        "cv",
        "ini_config",
        "server_log",
        "stack_trace",
        "shell_history",
    ):
        assert not any(is_ml(it) for it in items)
    parts = render(items, lang)
    text, spans = build(parts)
    return text, spans


# -------------------------------------------------------------- checks ---
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
CC_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?)(?![A-Za-z0-9])"
)
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SECRET_RES = [
    re.compile(p)
    for p in [
        r"sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}",
        r"A[KS]IA[A-Z2-7]{16}",
        r"gh[pousr]_[A-Za-z0-9]{36}",
        r"eyJ[\w-]+\.[\w-]+\.[\w-]+",
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----\\?\n?[A-Za-z0-9+/]{20}",
        r"xox[bpa]-\d",
        r"AIza[\w-]{35}",
        r"[sr]k_live_[A-Za-z0-9]{10,}",
        r"github_pat_",
    ]
]
PHONE_SPAN_RE = re.compile(r"[+0-9(][0-9 ()./-]*[0-9]")


def overlaps(a, b, spans):
    return any(s["start"] < b and a < s["end"] for s in spans)


def validate(rec):
    text, spans = rec["text"], rec["spans"]
    prev_end = -1
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(text), s
        assert s["start"] >= prev_end, "overlapping or unsorted spans"
        prev_end = s["end"]
        v = text[s["start"] : s["end"]]
        assert v == v.strip(), repr(v)
        t = s["type"]
        if t == "EMAIL":
            assert EMAIL_RE.fullmatch(v), v
        elif t == "PHONE":
            assert PHONE_SPAN_RE.fullmatch(v), v
            assert 7 <= len(re.sub(r"\D", "", v)) <= 15, v
        elif t == "CREDIT_CARD":
            dg = re.sub(r"[ -]", "", v)
            assert dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg), v
        elif t == "IBAN":
            assert iban_valid(v) and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v), v
        elif t == "US_SSN":
            assert ssn_valid(v), v
        elif t == "IP_ADDRESS":
            ipaddress.ip_address(v)
        elif t == "SECRET":
            assert len(v) >= 8, v
        else:
            raise AssertionError(t)
    # nothing PII-like may sit unlabeled outside the spans
    for m in EMAIL_RE.finditer(text):
        assert overlaps(m.start(), m.end(), spans), ("unlabeled email", m.group())
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        assert overlaps(m.start(), m.end(), spans), ("unlabeled ip", m.group())
    for m in CC_RE.finditer(text):
        dg = re.sub(r"\D", "", m.group())
        if luhn_ok(dg):
            assert overlaps(m.start(), m.end(), spans), ("unlabeled luhn", m.group())
    for m in SSN_RE.finditer(text):
        if ssn_valid(m.group()):
            assert overlaps(m.start(), m.end(), spans), ("unlabeled ssn", m.group())
    for m in IBAN_RE.finditer(text):
        if iban_valid(m.group()):
            assert overlaps(m.start(), m.end(), spans), ("unlabeled iban", m.group())
    for rx in SECRET_RES:
        for m in rx.finditer(text):
            assert overlaps(m.start(), m.end(), spans), ("unlabeled secret", m.group())


def main():
    n_neg = round(N_TEXTS * NEG_FRACTION)
    n_ml = 110
    plan = []
    en_styles = list(STYLES)
    for i in range(N_TEXTS - n_ml):
        plan.append((en_styles[i % len(en_styles)], "en"))
    ml_styles = list(ML_STYLES)
    for i in range(n_ml):
        plan.append((ml_styles[(i // len(LANGS)) % len(ml_styles)], LANGS[i % len(LANGS)]))
    R.shuffle(plan)
    neg_idx = set(R.sample(range(N_TEXTS), n_neg))
    records = []
    for i, (style, lang) in enumerate(plan):
        text, spans = make_text(style, lang, i in neg_idx)
        rec = {"text": text, "spans": spans, "style": style, "lang": lang}
        try:
            validate(rec)
        except AssertionError:
            print(json.dumps(rec, ensure_ascii=False)[:3000])
            raise
        if i in neg_idx:
            assert not spans
        else:
            assert 1 <= len(spans) <= 5, len(spans)
        for s in spans:
            COUNT[s["type"]] += 1
        records.append(rec)
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} texts to {OUT}", file=sys.stderr)
    print("spans:", dict(COUNT), "total", sum(COUNT.values()), file=sys.stderr)
    print("negative-only texts:", sum(1 for r in records if not r["spans"]), file=sys.stderr)
    print("styles:", dict(Counter(r["style"] for r in records)), file=sys.stderr)
    print("langs:", dict(Counter(r["lang"] for r in records)), file=sys.stderr)


if __name__ == "__main__":
    main()
