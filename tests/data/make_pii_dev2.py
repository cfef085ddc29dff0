"""Writes ``pii_dev2.jsonl``: a second, independent development set for the redaction detectors.

Run ``python tests/data/make_pii_dev2.py`` (standard library only, seeded: same output every run).
Each line is ``{"text", "spans": [{"start", "end", "type"}], "style"}``. Secret subtypes are all
labelled ``SECRET`` (score it with ``fold_secrets=True``). It is written from the public formats
(issuer ranges and card lengths, national phone plans, RFC 4291 IPv6 forms, vendor key prefixes)
and aims at what ``pii_eval.jsonl`` does not cover: every card brand and grouping, phones of many
countries with their words and extensions, IPv6 short forms, ports and CIDR, secrets in every
config syntax, e-mail spans in markup, and look-alikes that must stay untouched.

Span conventions: a phone span includes a leading ``+`` or ``(`` and an extension; an IP span is
the address only (no port, no ``/prefix``, no brackets); a password or token span is the value
without quotes; a PEM span is the whole block.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable
from pathlib import Path

SEED = 5150
OUT = Path(__file__).with_name("pii_dev2.jsonl")
rng = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"

Part = str | tuple[str, str]


def rand(chars: str, n: int) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def build(style: str, *parts: Part) -> dict[str, object]:
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            value, kind = p
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        else:
            text += p
    return {"text": text, "spans": spans, "style": style}


# -- cards -----------------------------------------------------------------------------------


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + rand(string.digits, length - len(prefix) - 1)
    for check in string.digits:
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return digits
    raise AssertionError


CARD_KINDS = [
    ("4", 16), ("4", 13), ("4", 19), ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
    ("2500", 16), ("2720", 16), ("34", 15), ("37", 15), ("6011", 16), ("644", 16), ("65", 16),
    ("6011", 19), ("3528", 16), ("3589", 16), ("3530", 19), ("36", 14), ("300", 14), ("305", 14),
    ("38", 14), ("62", 16), ("62", 17), ("62", 18), ("62", 19), ("6759", 16), ("5018", 16),
    ("5020", 19), ("6304", 19), ("2200", 16), ("2204", 16), ("2201", 16),
]  # fmt: skip


def group_card(d: str, sep: str) -> str:
    n = len(d)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = rng.choice([[4, 6, 4], [4, 4, 4, 2]])
    elif n == 13:
        sizes = rng.choice([[4, 4, 4, 1], [4, 4, 5]])
    elif n == 19:
        sizes = rng.choice([[4, 4, 4, 4, 3], [6, 13]])
    elif n in (17, 18):
        sizes = [4, 4, 4, 4, n - 16]
    else:
        sizes = [4, 4, 4, 4]
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if sep == "mixed":
        return out[0] + "".join(rng.choice([" ", "-"]) + g for g in out[1:])
    return sep.join(out)


def card() -> str:
    prefix, length = rng.choice(CARD_KINDS)
    d = luhn_complete(prefix, length)
    sep = rng.choice(["", " ", " ", "-", "-", ".", "mixed"])
    if sep == "" or (length in (17, 18) and sep == "mixed"):
        return d if sep == "" else group_card(d, " ")
    return group_card(d, sep)


def card_rows() -> list[dict[str, object]]:
    rows = []
    templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        lambda c: ("prose_en", ["Please charge my card ", (c, "CREDIT_CARD"), " for the renewal."]),
        lambda c: ("prose_en", ["card:", (c, "CREDIT_CARD"), " exp 04/27 cvv 123"]),
        lambda c: ("prose_en", ["Card No. ", (c, "CREDIT_CARD"), ", expiry 11/26."]),
        lambda c: ("prose_en", ["Card number: ", (c, "CREDIT_CARD"), "; name on card J. Smith"]),
        lambda c: ("json", ['{"cc_number": "', (c, "CREDIT_CARD"), '", "exp": "09/28"}']),
        lambda c: ("json", ['{"payment":{"pan":"', (c, "CREDIT_CARD"), '","cvc":"314"}}']),
        lambda c: ("csv", ["name,card,exp\nAna Lima,", (c, "CREDIT_CARD"), ",12/27\n"]),
        lambda c: ("csv", ["id;holder;pan\n17;K. Ito;", (c, "CREDIT_CARD"), ";\n"]),
        lambda c: ("url", ["GET /checkout?amount=42.50&cc=", (c, "CREDIT_CARD"), "&cur=EUR HTTP/1.1"]),
        lambda c: ("log", ["2024-05-01 12:00:03 WARN payment declined pan=", (c, "CREDIT_CARD"), " code=51"]),
        lambda c: ("prose_de", ["Meine Kreditkarte: ", (c, "CREDIT_CARD"), " (gültig bis 08/26)."]),
        lambda c: ("prose_fr", ["Ma carte bancaire est la ", (c, "CREDIT_CARD"), ", merci."]),
        lambda c: ("prose_es", ["Número de tarjeta ", (c, "CREDIT_CARD"), "."]),
        lambda c: ("prose_ja", ["カード番号", (c, "CREDIT_CARD"), "で支払いました。"]),
        lambda c: ("prose_zh", ["我的信用卡号是", (c, "CREDIT_CARD"), "，请尽快处理。"]),
        lambda c: ("prose_ru", ["Номер карты: ", (c, "CREDIT_CARD"), " — спасибо."]),
        lambda c: ("prose_en", ["(", (c, "CREDIT_CARD"), ")"]),
        lambda c: ("prose_en", ["Use ", (c, "CREDIT_CARD"), "; the other one expired."]),
        lambda c: ("code", ["test_card = '", (c, "CREDIT_CARD"), "'  # staging only\n"]),
        lambda c: ("yaml", ["billing:\n  card: ", (c, "CREDIT_CARD"), "\n  exp: 2027-03\n"]),
        lambda c: ("xml", ["<card><number>", (c, "CREDIT_CARD"), "</number></card>"]),
        lambda c: ("markdown", ["| holder | pan |\n|---|---|\n| Bo | ", (c, "CREDIT_CARD"), " |"]),
    ]
    for i in range(330):
        style, parts = templates[i % len(templates)](card())
        rows.append(build(style, *parts))
    return rows


# -- phones ----------------------------------------------------------------------------------


def d(n: int, first: str = string.digits) -> str:
    return rng.choice(first) + rand(string.digits, n - 1)


def pairs(n: int) -> str:
    return " ".join(rand(string.digits, 2) for _ in range(n))


PHONE_FORMATS: list[Callable[[], str]] = [
    # US / CA
    lambda: f"({d(3, '23456789')}) {d(3, '23456789')}-{d(4)}",
    lambda: f"{d(3, '23456789')}-{d(3, '23456789')}-{d(4)}",
    lambda: f"{d(3, '23456789')}.{d(3, '23456789')}.{d(4)}",
    lambda: f"+1 {d(3, '23456789')} {d(3, '23456789')} {d(4)}",
    lambda: f"+1-{d(3, '23456789')}-{d(3, '23456789')}-{d(4)}",
    lambda: f"1-800-{d(3, '23456789')}-{d(4)}",
    lambda: f"+1 ({d(3, '23456789')}) {d(3, '23456789')}-{d(4)}",
    # FR
    lambda: f"0{rng.choice('1234567')} {pairs(4)}",
    lambda: f"0{rng.choice('67')}.{'.'.join(rand(string.digits, 2) for _ in range(4))}",
    lambda: f"+33 {rng.choice('1234567')} {pairs(4)}",
    lambda: f"+33 (0){rng.choice('67')} {pairs(4)}",
    # ES
    lambda: (
        f"6{rand(string.digits, 2)} {rand(string.digits, 2)} {rand(string.digits, 2)} {rand(string.digits, 2)}"
    ),
    lambda: f"+34 6{rand(string.digits, 2)} {rand(string.digits, 3)} {rand(string.digits, 3)}",
    lambda: f"91 {d(3)} {rand(string.digits, 2)} {rand(string.digits, 2)}",
    # IT
    lambda: f"3{rand(string.digits, 2)} {rand(string.digits, 3)} {rand(string.digits, 4)}",
    lambda: f"+39 3{rand(string.digits, 2)} {rand(string.digits, 7)}",
    lambda: f"02 {rand(string.digits, 4)} {rand(string.digits, 4)}",
    # NL / BE
    lambda: f"06-{rand(string.digits, 8)}",
    lambda: f"+31 6 {rand(string.digits, 8)}",
    lambda: f"020 {rand(string.digits, 3)} {rand(string.digits, 4)}",
    lambda: f"+32 4{rand(string.digits, 2)} {pairs(3)}",
    # DE / AT / CH
    lambda: f"0{d(3, '123456789')} {rand(string.digits, 7)}",
    lambda: f"+49 (0){d(2, '123456789')} {rand(string.digits, 8)}",
    lambda: f"+49 1{rng.choice('567')}{rand(string.digits, 1)} {rand(string.digits, 7)}",
    lambda: f"+41 44 {rand(string.digits, 3)} {rand(string.digits, 2)} {rand(string.digits, 2)}",
    lambda: f"+43 1 {rand(string.digits, 7)}",
    # UK / IE
    lambda: f"07{rand(string.digits, 3)} {rand(string.digits, 6)}",
    lambda: f"+44 7{rand(string.digits, 3)} {rand(string.digits, 6)}",
    lambda: f"+44 (0)20 {rand(string.digits, 4)} {rand(string.digits, 4)}",
    lambda: f"+353 87 {rand(string.digits, 3)} {rand(string.digits, 4)}",
    # BR / MX / AR
    lambda: f"({d(2, '123456789')}) 9{rand(string.digits, 4)}-{rand(string.digits, 4)}",
    lambda: f"+55 {d(2, '123456789')} 9{rand(string.digits, 4)}-{rand(string.digits, 4)}",
    lambda: f"+52 55 {rand(string.digits, 4)} {rand(string.digits, 4)}",
    lambda: f"+54 9 11 {rand(string.digits, 4)}-{rand(string.digits, 4)}",
    # JP / KR / CN / SG / HK
    lambda: f"0{rng.choice('789')}0-{rand(string.digits, 4)}-{rand(string.digits, 4)}",
    lambda: f"03-{rand(string.digits, 4)}-{rand(string.digits, 4)}",
    lambda: f"+81 90-{rand(string.digits, 4)}-{rand(string.digits, 4)}",
    lambda: f"010-{rand(string.digits, 4)}-{rand(string.digits, 4)}",
    lambda: f"+82 10-{rand(string.digits, 4)}-{rand(string.digits, 4)}",
    lambda: (
        f"1{rng.choice('3589')}{rand(string.digits, 1)} {rand(string.digits, 4)} {rand(string.digits, 4)}"
    ),
    lambda: (
        f"+86 1{rng.choice('3589')}{rand(string.digits, 1)} {rand(string.digits, 4)} {rand(string.digits, 4)}"
    ),
    lambda: f"+65 {rng.choice('89')}{rand(string.digits, 3)} {rand(string.digits, 4)}",
    lambda: f"+852 {rng.choice('569')}{rand(string.digits, 3)} {rand(string.digits, 4)}",
    # AU / NZ
    lambda: f"04{rand(string.digits, 2)} {rand(string.digits, 3)} {rand(string.digits, 3)}",
    lambda: f"(02) {rand(string.digits, 4)} {rand(string.digits, 4)}",
    lambda: f"+61 4{rand(string.digits, 2)} {rand(string.digits, 3)} {rand(string.digits, 3)}",
    lambda: f"+64 21 {rand(string.digits, 3)} {rand(string.digits, 4)}",
    # IN / ZA / NG / RU / TR / PL
    lambda: f"{d(5, '6789')} {rand(string.digits, 5)}",
    lambda: f"+91 {d(5, '6789')} {rand(string.digits, 5)}",
    lambda: f"+91-{d(10, '6789')}",
    lambda: f"+27 82 {rand(string.digits, 3)} {rand(string.digits, 4)}",
    lambda: f"+234 803 {rand(string.digits, 3)} {rand(string.digits, 4)}",
    lambda: (
        f"+7 (9{rand(string.digits, 2)}) {rand(string.digits, 3)}-{rand(string.digits, 2)}-{rand(string.digits, 2)}"
    ),
    lambda: (
        f"8 (9{rand(string.digits, 2)}) {rand(string.digits, 3)}-{rand(string.digits, 2)}-{rand(string.digits, 2)}"
    ),
    lambda: (
        f"+90 5{rand(string.digits, 2)} {rand(string.digits, 3)} {rand(string.digits, 2)} {rand(string.digits, 2)}"
    ),
    lambda: f"+48 {d(3, '5678')} {rand(string.digits, 3)} {rand(string.digits, 3)}",
    lambda: f"0048 {d(3, '5678')} {rand(string.digits, 3)} {rand(string.digits, 3)}",
]

PHONE_WORDS = ["Tel:", "Phone:", "Mobile:", "Fax:", "Handy:", "Tél. :", "Móvil:", "電話:", "Cell",
               "call me on", "Telefon", "WhatsApp", "Tel.", "T:", "M:", "ph."]  # fmt: skip


def phone() -> str:
    p = rng.choice(PHONE_FORMATS)()
    r = rng.random()
    if r < 0.06:
        p += rng.choice([" x", " ext. ", " ext ", "x", " Ext. "]) + rand(string.digits, rng.randint(2, 4))
    return p


def phone_rows() -> list[dict[str, object]]:
    templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        lambda p: ("prose_en", ["You can reach me at ", (p, "PHONE"), " after 5pm."]),
        lambda p: (
            "signature",
            [
                "Best regards,\nMaria Rossi\nHead of Ops\n",
                rng.choice(PHONE_WORDS),
                " ",
                (p, "PHONE"),
                "\nwww.example.org",
            ],
        ),
        lambda p: (
            "signature",
            ["--\nJ. Müller | ", rng.choice(PHONE_WORDS), " ", (p, "PHONE"), " | Berlin"],
        ),
        lambda p: (
            "vcard",
            ["BEGIN:VCARD\nVERSION:3.0\nFN:Kim Lee\nTEL;TYPE=cell:", (p, "PHONE"), "\nEND:VCARD"],
        ),
        lambda p: ("csv", ["name,phone,city\nLuis Ortega,", (p, "PHONE"), ",Madrid\n"]),
        lambda p: ("json", ['{"contact": {"name": "Ana", "phone": "', (p, "PHONE"), '"}}']),
        lambda p: ("prose_fr", ["Appelez-moi au ", (p, "PHONE"), " demain matin."]),
        lambda p: ("prose_es", ["Mi móvil es ", (p, "PHONE"), ", llámame."]),
        lambda p: ("prose_de", ["Erreichbar unter ", (p, "PHONE"), " (werktags)."]),
        lambda p: ("prose_it", ["Il mio cellulare: ", (p, "PHONE"), ". Grazie"]),
        lambda p: ("prose_pt", ["Meu celular é ", (p, "PHONE"), "."]),
        lambda p: ("prose_ja", ["電話番号は", (p, "PHONE"), "です。"]),
        lambda p: ("prose_en", ["Text me: ", (p, "PHONE")]),
        lambda p: ("prose_en", ["Fax ", (p, "PHONE"), "; office hours 9-17."]),
        lambda p: ("yaml", ['support:\n  hotline: "', (p, "PHONE"), '"\n']),
        lambda p: ("prose_en", ["Customer called from ", (p, "PHONE"), " regarding ticket 88213."]),
    ]
    rows = []
    for i in range(480):
        style, parts = templates[i % len(templates)](phone())
        rows.append(build(style, *parts))
    # tel: links (the number alone is the span)
    for _ in range(25):
        intl = f"+{rng.choice(['1', '44', '49', '33', '34', '39', '61', '81'])}{rand(string.digits, 9)}"
        rows.append(build("html", '<a href="tel:', (intl, "PHONE"), '">Call us</a>'))
    return rows


# -- IPs -------------------------------------------------------------------------------------


def ipv4() -> str:
    first = rng.choice([10, 172, 192, 8, 34, 52, 100, 185, 203, 81, 1, 127, 255, 45])
    return ".".join([str(first)] + [str(rng.randint(0, 255)) for _ in range(3)])


def ipv6() -> str:
    groups = [format(rng.randint(0, 0xFFFF), "x") for _ in range(8)]
    r = rng.random()
    if r < 0.2:
        return ":".join(groups)
    if r < 0.3:
        return ":".join(g.zfill(4) for g in groups).upper()
    if r < 0.55:
        i, j = sorted(rng.sample(range(1, 8), 2))
        return ":".join(groups[:i]) + "::" + ":".join(groups[j:])
    if r < 0.65:
        return "2001:db8:" + groups[2] + "::"
    if r < 0.72:
        return "::ffff:" + ipv4()
    if r < 0.8:
        return "fe80::" + ":".join(groups[4:])
    if r < 0.86:
        return "64:ff9b::" + ipv4()
    if r < 0.93:
        return ":".join(groups[:6]) + ":" + ipv4()
    return "::1"


def ip_rows() -> list[dict[str, object]]:
    templates: list[Callable[[], tuple[str, list[Part]]]] = [
        lambda: ("log", ["Accepted publickey for deploy from ", (ipv4(), "IP_ADDRESS"), " port 52144 ssh2"]),
        lambda: (
            "log",
            [(ipv4(), "IP_ADDRESS"), ' - - [12/Mar/2024:10:01:22 +0000] "GET /api HTTP/1.1" 200 512'],
        ),
        lambda: ("config", ["upstream app { server ", (ipv4(), "IP_ADDRESS"), ":8080; }"]),
        lambda: ("url", ["curl http://", (ipv4(), "IP_ADDRESS"), ":3000/health"]),
        lambda: ("cidr", ["allow ", (ipv4(), "IP_ADDRESS"), "/24;"]),
        lambda: ("cidr", ['cidr_blocks = ["', (ipv4(), "IP_ADDRESS"), '/16"]']),
        lambda: ("json", ['{"client_ip":"', (ipv4(), "IP_ADDRESS"), '","ua":"curl/8.4.0"}']),
        lambda: ("prose_en", ["My home IP is ", (ipv4(), "IP_ADDRESS"), ", can you whitelist it?"]),
        lambda: ("log", ["src=", (ipv4(), "IP_ADDRESS"), " dst=", (ipv4(), "IP_ADDRESS"), " proto=TCP"]),
        lambda: ("log", ["conn from [", (ipv6(), "IP_ADDRESS"), "]:443 refused"]),
        lambda: ("url", ["open http://[", (ipv6(), "IP_ADDRESS"), "]:8080/"]),
        lambda: ("prose_en", ["The server's IPv6 is ", (ipv6(), "IP_ADDRESS"), "."]),
        lambda: ("cidr", ["route add ", (ipv6(), "IP_ADDRESS"), "/64 via eth0"]),
        lambda: ("yaml", ["bind_address: ", (ipv6(), "IP_ADDRESS"), "\n"]),
        lambda: ("prose_de", ["Der Router hat die Adresse ", (ipv4(), "IP_ADDRESS"), " bekommen."]),
        lambda: ("csv", ["host,ip\nweb1,", (ipv4(), "IP_ADDRESS"), "\nweb2,", (ipv4(), "IP_ADDRESS"), "\n"]),
        lambda: ("log", ["Failed password for root from ", (ipv6(), "IP_ADDRESS"), " port 22"]),
    ]
    return [build(*(lambda t: (t[0], *t[1]))(templates[i % len(templates)]())) for i in range(300)]


# -- e-mail ----------------------------------------------------------------------------------

FIRST = ["anna", "li", "omar", "sofia", "jp", "kwame", "noor", "lars", "chen", "maria", "o.neil"]
DOMAINS = ["example.com", "mail.example.co.uk", "uni-bonn.de", "corp.example.photography",
           "startup.io", "gov.example.international", "EXAMPLE.ORG", "x.dev", "sub.host.travel"]  # fmt: skip


def email() -> str:
    local = rng.choice(FIRST)
    r = rng.random()
    if r < 0.2:
        local += "." + rng.choice(["smith", "garcia", "ng", "dubois"])
    elif r < 0.35:
        local += "+" + rng.choice(["news", "invoices", "gh"])
    elif r < 0.45:
        local = local.upper()
    elif r < 0.55:
        local += str(rng.randint(1, 99))
    elif r < 0.6:
        local += "_" + rand(string.ascii_lowercase, 4)
    return f"{local}@{rng.choice(DOMAINS)}"


def email_rows() -> list[dict[str, object]]:
    templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        lambda e: ("email_header", ['From: "Doe, Jane" <', (e, "EMAIL"), ">"]),
        lambda e: ("html", ['<a href="mailto:', (e, "EMAIL"), '">mail me</a>']),
        lambda e: ("markdown", ["[contact](mailto:", (e, "EMAIL"), "?subject=Hi)"]),
        lambda e: ("prose_en", ["Write to ", (e, "EMAIL"), "."]),
        lambda e: ("prose_en", ["(", (e, "EMAIL"), ")"]),
        lambda e: ("prose_en", ["Email:", (e, "EMAIL"), ";"]),
        lambda e: ("markdown", ["Contact **", (e, "EMAIL"), "** or `", (email(), "EMAIL"), "`"]),
        lambda e: ("json", ['{"to":["', (e, "EMAIL"), '"]}']),
        lambda e: ("code", ["send_mail(to='", (e, "EMAIL"), "')"]),
        lambda e: ("prose_fr", ["Écrivez-moi à ", (e, "EMAIL"), " !"]),
        lambda e: ("prose_ja", ["メール：", (e, "EMAIL"), "まで"]),
        lambda e: ("csv", ["name,email\nLee,", (e, "EMAIL"), "\n"]),
        lambda e: ("email_header", ["Reply-To: ", (e, "EMAIL"), "\nCc: {", (email(), "EMAIL"), "}"]),
        lambda e: ("log", ["user=", (e, "EMAIL"), " action=login"]),
    ]
    return [build(*(lambda t: (t[0], *t[1]))(templates[i % len(templates)](email()))) for i in range(200)]


# -- secrets ---------------------------------------------------------------------------------


def b64url(obj: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def jwt() -> str:
    head = b64url({"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    body = b64url({"sub": str(rng.randint(1, 99999)), "iat": rng.randint(1600000000, 1800000000)})
    return f"{head}.{body}.{rand(URLSAFE, 43)}"


def pem() -> str:
    kind = rng.choice(["RSA ", "EC ", "OPENSSH ", "ENCRYPTED ", "", "DSA "])
    lines = [rand(B64, 64) for _ in range(rng.randint(2, 5))] + [rand(B64, 20) + "=="]
    return f"-----BEGIN {kind}PRIVATE KEY-----\n" + "\n".join(lines) + f"\n-----END {kind}PRIVATE KEY-----"


KEYS: list[Callable[[], str]] = [
    lambda: "sk-" + rand(ALNUM, 48),
    lambda: "sk-proj-" + rand(URLSAFE, 120),
    lambda: "sk-svcacct-" + rand(URLSAFE, 80),
    lambda: "sk-ant-api03-" + rand(URLSAFE, 93) + "AA",
    lambda: rng.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rand(ALNUM, 36),
    lambda: "github_pat_" + rand(ALNUM, 22) + "_" + rand(ALNUM, 59),
    lambda: "glpat-" + rand(URLSAFE, 20),
    lambda: "xoxb-" + rand(string.digits, 12) + "-" + rand(string.digits, 13) + "-" + rand(ALNUM, 24),
    lambda: (
        "xoxp-"
        + rand(string.digits, 12)
        + "-"
        + rand(string.digits, 12)
        + "-"
        + rand(string.digits, 13)
        + "-"
        + rand(HEX, 32)
    ),
    lambda: (
        "xapp-1-A"
        + rand(string.ascii_uppercase + string.digits, 10)
        + "-"
        + rand(string.digits, 13)
        + "-"
        + rand(HEX, 64)
    ),
    lambda: (
        rng.choice(["sk_live_", "sk_test_", "rk_live_", "rk_test_"]) + rand(ALNUM, rng.choice([24, 34, 99]))
    ),
    lambda: "whsec_" + rand(ALNUM, 32),
    lambda: "AIza" + rand(URLSAFE, 35),
    lambda: rng.choice(["AKIA", "ASIA"]) + rand(string.ascii_uppercase + "234567", 16),
    lambda: "SK" + rand(HEX, 32),
    lambda: "SG." + rand(URLSAFE, 22) + "." + rand(URLSAFE, 43),
    lambda: "npm_" + rand(ALNUM, 36),
    lambda: "pypi-AgEIcHlwaS5vcmc" + rand(URLSAFE, 60),
    lambda: "hf_" + rand(ALNUM, 34),
    lambda: rng.choice("MN") + rand(ALNUM, 23) + "." + rand(URLSAFE, 6) + "." + rand(URLSAFE, 27),
    jwt,
]


def password() -> str:
    return rng.choice(["Tr0ub4dor&3", "hunter2", "S3cure!Pass", "qwerty123", "P@55w0rd!",
                       "correct-horse-9", "Zx9!kL2#pQ", "letmein2024", "MyDog$Rex7", "s3cr3t"])  # fmt: skip


def secret_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    key_templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        lambda k: ("dotenv", ["API_TOKEN=", (k, "SECRET"), "\n"]),
        lambda k: ("prose_en", ["here is my key ", (k, "SECRET"), " please don't share"]),
        lambda k: ("code", ['client = Client(api_key="', (k, "SECRET"), '")\n']),
        lambda k: ("json", ['{"auth": {"token": "', (k, "SECRET"), '"}}']),
        lambda k: ("yaml", ["credentials:\n  key: ", (k, "SECRET"), "\n"]),
        lambda k: ("shell", ["export SERVICE_KEY='", (k, "SECRET"), "'"]),
        lambda k: ("http", ["Authorization: Bearer ", (k, "SECRET"), "\nAccept: */*"]),
        lambda k: ("log", ["[debug] using credential ", (k, "SECRET"), " for upstream"]),
    ]
    for i in range(260):
        style, parts = key_templates[i % len(key_templates)](KEYS[i % len(KEYS)]())
        rows.append(build(style, *parts))
    for _ in range(20):
        rows.append(build("pem", "key.pem:\n", (pem(), "SECRET"), "\n"))
    aws_secret = lambda: rand(ALNUM + "+/", 40)  # noqa: E731
    for _ in range(20):
        rows.append(
            build(
                "ini",
                "[default]\naws_access_key_id = ",
                ("AKIA" + rand(string.ascii_uppercase + "234567", 16), "SECRET"),
                "\naws_secret_access_key = ",
                (aws_secret(), "SECRET"),
                "\n",
            )
        )
    for _ in range(15):
        key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
        rows.append(
            build(
                "connstr",
                "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=",
                (key, "SECRET"),
                ";EndpointSuffix=core.windows.net",
            )
        )
    schemes = ["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "ftp", "https", "smtp"]
    for i in range(45):
        pw = password()
        user = "" if schemes[i % len(schemes)] == "redis" and i % 2 else "app_user"
        rows.append(
            build(
                "url",
                "DATABASE_URL=",
                schemes[i % len(schemes)],
                "://",
                user,
                ":",
                (pw, "SECRET"),
                "@db.internal.example.com:5432/prod",
            )
        )
    pw_templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        lambda p: ("dotenv", ["DB_PASSWORD=", (p, "SECRET"), "\n"]),
        lambda p: ("dotenv", ["MYSQL_PWD=", (p, "SECRET"), "\nMYSQL_HOST=db\n"]),
        lambda p: ("yaml", ["database:\n  user: admin\n  password: ", (p, "SECRET"), "\n"]),
        lambda p: ("yaml", ['smtp:\n  pass: "', (p, "SECRET"), '"\n']),
        lambda p: ("json", ['{"username": "root", "password": "', (p, "SECRET"), '"}']),
        lambda p: ("ini", ["[db]\nuser = admin\npassword = ", (p, "SECRET"), "\n"]),
        lambda p: ("xml", ["<user>admin</user><password>", (p, "SECRET"), "</password>"]),
        lambda p: ("xml", ['<add key="DbPassword" value="', (p, "SECRET"), '" />']),
        lambda p: ("cli", ["psql --password=", (p, "SECRET"), " -h db"]),
        lambda p: ("cli", ["mysql -u root -p", (p, "SECRET"), " shop"]),
        lambda p: ("cli", ["docker login -u bot --password ", (p, "SECRET"), " registry.example.com"]),
        lambda p: (
            "connstr",
            ["Server=tcp:sql1;Database=app;User ID=sa;Password=", (p, "SECRET"), ";Encrypt=True"],
        ),
        lambda p: ("prose_en", ["my password is ", (p, "SECRET"), " btw"]),
        lambda p: ("prose_de", ["Passwort: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_es", ["contraseña: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_fr", ["mot de passe : ", (p, "SECRET"), "\n"]),
        lambda p: ("code", ['conn = connect(host="db", passwd="', (p, "SECRET"), '")']),
        lambda p: ("toml", ['[auth]\nclient_secret = "', (p + rand(ALNUM, 14), "SECRET"), '"\n']),
    ]
    for i in range(180):
        style, parts = pw_templates[i % len(pw_templates)](password())
        rows.append(build(style, *parts))
    for _ in range(20):
        cred = base64.b64encode(f"{rng.choice(FIRST)}:{password()}".encode()).decode()
        rows.append(build("http", "GET /admin HTTP/1.1\nAuthorization: Basic ", (cred, "SECRET"), "\n"))
    for _ in range(15):
        rows.append(build("http", "Authorization: Token ", (rand(HEX, 40), "SECRET"), "\n"))
    return rows


# -- negatives -------------------------------------------------------------------------------

NEGATIVES = [
    "Meeting on 2024-03-15 at 10:30, room 4.12; budget $12,345.67 (approx. 11.400,00 EUR).",
    "Order #112-4829301-8844531 shipped; tracking 1Z999AA10123456784.",
    "ISBN 978-0-306-40615-7 and ISBN-10 0-306-40615-2, pages 123-456.",
    "Coordinates 48.8566, 2.3522 and -33.8688, 151.2093.",
    "Upgraded from version 1.2.3.4 to 10.0.19045.3803; pip install numpy==1.26.4",
    "Chrome/124.0.6367.91 Safari/537.36",
    "build 2024.05.01.1234 released",
    "uuid 123e4567-e89b-12d3-a456-426614174000 sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
    "timestamp 1715600000123 and epoch 1710498600",
    "Invoice INV-2024-000123 total 1 234,56 €",
    "The population grew from 1 234 567 to 2 345 678 between 1990 and 2020.",
    "Set max_tokens=4096, temperature=0.7 and top_p=0.95 in the request.",
    "api_key = os.environ['OPENAI_API_KEY']",
    "OPENAI_API_KEY=YOUR_API_KEY\nDB_PASSWORD=<password>\nSECRET_KEY=xxxxxxxxxxxxxxxx",
    "token: ********\npassword: [REDACTED]",
    "Your key looks like sk-proj-abc1****************wxyz (masked).",
    "password = request.form['password']",
    "Forgot your password? Reset it here.",
    "Call stack: frame 0x7ffd5a3c2b10 at 12:30:45.123",
    "Phone model: iPhone 15 Pro; screen 2556 x 1179; 460 ppi",
    "Dimensions 210 x 297 mm, weight 1.25 kg, SKU 4006381333931",
    "Temperatures: 21.5 22.0 22.5 23.1 degrees across 4 rooms",
    "OID 1.3.6.1.4.1.311.21.8 and SNMP 1.3.6.1.2.1.1.3.0",
    "Released 3.12.0 on 2023-10-02; 3.11.8 is the last bugfix",
    "Angle 12 34 56 78 90 degrees list",
    "mac 00:1B:44:11:3A:B7 and time 23:59:59",
    "Page 3 of 12 -- section 4.2.1.3",
    "commit a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
    "Ratio 1:2:3:4 and std::chrono::seconds(5)",
    "sk-test-placeholder and ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "Reference number 2024-0001-7781 in the ledger",
    "Dates: 01.02.2024, 15/03/2024, 2024/03/15, 03-15-2024",
    "Prices: 19.99, 199.00, 1999.99 and 2,499.00",
    "release-2.4.10.1 and v3.0.0.12 tags",
]


def negative_rows() -> list[dict[str, object]]:
    return [build("negative", t) for t in NEGATIVES]


def main() -> None:
    rows = card_rows() + phone_rows() + ip_rows() + email_rows() + secret_rows() + negative_rows()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
