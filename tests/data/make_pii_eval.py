"""Writes ``pii_eval.jsonl``: labelled texts for the redaction detectors, deterministically.

Run ``python tests/data/make_pii_eval.py`` (same output for a given Faker version). Each line
is ``{"text", "spans": [{"start", "end", "type"}], "style"}``. Values come from a seeded Faker and from generators below that follow the
public formats (issuer ranges, IBAN registry, key prefixes); nothing here is imported by the
detectors, and the detectors hold no list taken from Faker. Styles are meant to be ones the
detectors were not written against: several languages, code, JSON, logs, e-mail threads, ``.env``,
CSV and YAML, plus negatives full of look-alikes (versions, UUIDs, hashes, timestamps, ISBNs,
order numbers, checksum-failing cards and IBANs).
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from faker import Faker

SEED = 20240611
OUT = Path(__file__).with_name("pii_eval.jsonl")

rng = random.Random(SEED)
Faker.seed(SEED)
fake = Faker(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "hi_IN"])
fake_us = Faker("en_US")

ALNUM = string.ascii_letters + string.digits


def when() -> datetime:
    """A fixed window: Faker's default ends "now", which would change the file every day."""
    return fake.date_time_between(start_date=datetime(2000, 1, 1), end_date=datetime(2025, 1, 1))


def rand(chars: str, n: int) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


# -- value generators ------------------------------------------------------------------------


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + rand(string.digits, length - len(prefix) - 1)
    for check in string.digits:
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch)
            if i % 2:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        if total % 10 == 0:
            return digits
    raise AssertionError


CARD_KINDS = [("4", 16), ("4", 13), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16),
              ("34", 15), ("37", 15), ("6011", 16), ("65", 16), ("3528", 16), ("36", 14),
              ("62", 16), ("62", 19), ("4", 19), ("6759", 16)]  # fmt: skip


def card_digits() -> str:
    if rng.random() < 0.3:
        number = fake_us.credit_card_number()
        if number[0] in "3456" and 13 <= len(number) <= 19:
            return number
    prefix, length = rng.choice(CARD_KINDS)
    return luhn_complete(prefix, length)


def format_card(d: str) -> str:
    sep = rng.choice(["", " ", " ", "-"])
    if not sep:
        return d
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i : i + 4] for i in range(0, len(d), 4))


def bad_card() -> str:
    d = card_digits()
    last = str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return format_card(d[:-1] + last)


IBAN_FORMATS = {"DE": "8n10n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "NL": "4a10n",
                "IT": "1a10n12c", "AT": "16n", "CH": "5n12c", "BE": "12n", "PL": "24n",
                "SE": "20n", "IE": "4a14n", "PT": "21n", "NO": "11n", "DK": "14n"}  # fmt: skip


def _bban(fmt: str) -> str:
    out, num = [], ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[
            ch
        ]
        out.append(rand(pool, int(num)))
        num = ""
    return "".join(out)


def iban_raw(valid: bool = True) -> str:
    if rng.random() < 0.3:
        iban = fake.iban()
    else:
        country = rng.choice(list(IBAN_FORMATS))
        bban = _bban(IBAN_FORMATS[country])
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        iban = f"{country}{98 - num % 97:02d}{bban}"
    if not valid:
        wrong = (int(iban[2:4]) + rng.randint(1, 50)) % 97 + 2
        iban = f"{iban[:2]}{wrong:02d}{iban[4:]}"
    return iban


def format_iban(iban: str) -> str:
    if rng.random() < 0.55:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def ssn() -> str:
    value = fake_us.ssn()
    return value.replace("-", " ") if rng.random() < 0.1 else value


def bad_ssn() -> str:
    area = rng.choice(["000", "666", f"9{rng.randint(0, 99):02d}"])
    return f"{area}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


PHONE_LOCALES = {loc: Faker(loc) for loc in ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "en_IN")}
for _i, _f in enumerate(PHONE_LOCALES.values()):
    _f.seed_instance(SEED + _i)


def faker_phone() -> str | None:
    """Faker's own formats (extensions, ``+44(0)``, ``+34842 ...``), which the detector was not
    written against; its ``000...`` junk numbers are not phone numbers and are skipped."""
    value = PHONE_LOCALES[rng.choice(list(PHONE_LOCALES))].phone_number()
    if value.startswith("00") or value.replace("-", "").startswith("000"):
        return None
    return value


def phone() -> str:
    if rng.random() < 0.4:
        value = faker_phone()
        if value is not None:
            return value
    kind = rng.choice(["e164", "us", "us", "uk", "uk", "de", "de", "in", "in", "fr", "intl00"])
    d = lambda n: rand(string.digits, n)
    n29 = lambda: str(rng.randint(2, 9))
    if kind == "e164":
        return rng.choice(["+1", "+44", "+49", "+33", "+34", "+91", "+61", "+81"]) + n29() + d(8)
    if kind == "us":
        area, exch, line = n29() + d(2), n29() + d(2), d(4)
        fmt = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}",
                          "+1 ({a}) {e}-{l}", "1-{a}-{e}-{l}", "+1-{a}-{e}-{l}"])  # fmt: skip
        return fmt.format(a=area, e=exch, l=line)
    if kind == "uk":
        return rng.choice(
            [
                f"020 {n29()}{d(3)} {d(4)}",
                f"07{d(3)} {d(6)}",
                f"01{d(2)} {d(3)} {d(4)}",
                f"+44 20 {n29()}{d(3)} {d(4)}",
                f"+44 7{d(3)} {d(6)}",
                f"07{d(9)}",
                f"+44 (0)20 {n29()}{d(3)} {d(4)}",
            ]
        )
    if kind == "de":
        return rng.choice(
            [
                f"030 {n29()}{d(7)}",
                f"089/{n29()}{d(6)}",
                f"0151 {d(8)}",
                f"0171 {d(7)}",
                f"+49 30 {n29()}{d(7)}",
                f"+49 (0)30 {n29()}{d(6)}",
                f"+49 151 {d(8)}",
                f"0221 {n29()}{d(3)}-{d(2)}",
                f"+49-89-{n29()}{d(6)}",
            ]
        )
    if kind == "in":
        m = str(rng.randint(6, 9))
        return rng.choice([f"+91 {m}{d(4)} {d(5)}", f"+91-{m}{d(9)}", f"{m}{d(4)} {d(5)}",
                           f"0{m}{d(4)} {d(5)}", f"+91 {m}{d(9)}"])  # fmt: skip
    if kind == "fr":
        return rng.choice([f"+33 {rng.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
                           f"0{rng.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}"])  # fmt: skip
    return rng.choice([f"0049 30 {n29()}{d(7)}", f"0044 20 {n29()}{d(3)} {d(4)}"])


def email() -> str:
    r = rng.random()
    if r < 0.5:
        return fake.email()
    user = rng.choice([fake.user_name(), fake.first_name().lower() + "." + fake.last_name().lower(),
                       fake.user_name() + "+" + rng.choice(["news", "billing", "x1"])])  # fmt: skip
    user = user.encode("ascii", "ignore").decode().replace(" ", "").strip(".")
    if not any(ch.isalnum() for ch in user) or ".." in user:
        user = fake_us.user_name()
    domain = rng.choice([fake.domain_name(), fake.domain_name(2), "mail.co.uk", "t-online.de",
                         "uni-heidelberg.de", "gmail.com", "outlook.fr", "yahoo.co.in"])  # fmt: skip
    return f"{user}@{domain}"


def ipv4() -> str:
    return rng.choice([fake.ipv4_public(), fake.ipv4_private(), fake.ipv4()])


def ipv6() -> str:
    import ipaddress

    full = fake.ipv6()
    r = rng.random()
    if r < 0.5:
        return str(ipaddress.IPv6Address(full))
    if r < 0.7:
        return f"2001:db8::{rng.randint(1, 0xFFFF):x}"
    if r < 0.8:
        return f"fe80::{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}"
    return full


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt() -> str:
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if rng.random() < 0.3:
        header["kid"] = rand(ALNUM, 8)
    payload = {"sub": str(rng.randint(1000, 99999)), "name": fake.name(), "iat": rng.randint(1.6e9, 1.8e9)}
    sig = bytes(rng.getrandbits(8) for _ in range(32))
    return ".".join([b64url(json.dumps(header).encode()), b64url(json.dumps(payload).encode()), b64url(sig)])


def api_key() -> tuple[str, str]:
    kind = rng.choice(["openai", "openai_proj", "anthropic", "github", "github_pat", "slack",
                       "google", "stripe", "aws"])  # fmt: skip
    if kind == "openai":
        return "sk-" + rand(ALNUM, 48), "API_KEY"
    if kind == "openai_proj":
        return "sk-proj-" + rand(ALNUM + "_-", 64), "API_KEY"
    if kind == "anthropic":
        return "sk-ant-api03-" + rand(ALNUM + "_-", 93) + "AA", "API_KEY"
    if kind == "github":
        return rng.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + rand(ALNUM, 36), "API_KEY"
    if kind == "github_pat":
        return "github_pat_" + rand(ALNUM, 22) + "_" + rand(ALNUM, 59), "API_KEY"
    if kind == "slack":
        return (rng.choice(["xoxb-", "xoxp-", "xoxa-"]) + rand(string.digits, 12) + "-"
                + rand(string.digits, 13) + "-" + rand(ALNUM, 24)), "API_KEY"  # fmt: skip
    if kind == "google":
        return "AIza" + rand(ALNUM + "_-", 35), "API_KEY"
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "pk_live_", "sk_test_", "pk_test_"]) + rand(
            ALNUM, 24
        ), "API_KEY"
    return rng.choice(["AKIA", "ASIA"]) + rand(string.ascii_uppercase + "234567", 16), "AWS_ACCESS_KEY"


def pem(escaped: bool = False) -> str:
    label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [rand(string.ascii_letters + string.digits + "+/", 64) for _ in range(rng.randint(3, 8))]
    lines.append(rand(ALNUM + "+/", rng.randint(8, 60)) + "==")
    nl = "\\n" if escaped else "\n"
    return f"-----BEGIN {label}-----{nl}" + nl.join(lines) + f"{nl}-----END {label}-----"


WEAK = ["changeme", "hunter2", "Summer2024!", "P@ssw0rd", "letmein123", "admin", "qwerty!9",
        "correct-horse-battery", "Tr0ub4dor&3"]  # fmt: skip


def password() -> str:
    if rng.random() < 0.4:
        return rng.choice(WEAK)
    return rand(ALNUM + "!#%^*_+-", rng.randint(10, 22))


def token() -> str:
    return rng.choice([rand("0123456789abcdef", 40), rand(ALNUM, 32), rand(ALNUM + "_-", 43),
                       base64.b64encode(bytes(rng.getrandbits(8) for _ in range(24))).decode()])  # fmt: skip


# -- look-alikes (never spans) ----------------------------------------------------------------


def lookalike() -> str:
    d = lambda n: rand(string.digits, n)
    kind = rng.choice(["version", "uuid", "sha1", "sha256", "md5", "iso", "isbn13", "isbn10",
                       "order", "amazon", "badcard", "badiban", "badssn", "price", "date", "epoch",
                       "semver", "pip", "tracking", "coords", "build", "ean"])  # fmt: skip
    if kind == "version":
        v = ".".join(str(rng.randint(0, 20)) for _ in range(4))
        return rng.choice([f"v{v}", f"version {v}", f"Version: {v}", f"build {v}", f"firmware {v}"])
    if kind == "uuid":
        return fake.uuid4()
    if kind == "sha1":
        return rand("0123456789abcdef", 40)
    if kind == "sha256":
        return rand("0123456789abcdef", 64)
    if kind == "md5":
        return rand("0123456789abcdef", 32)
    if kind == "iso":
        return when().isoformat() + rng.choice(["Z", "+02:00", ".123Z", ""])
    if kind == "isbn13":
        return fake.isbn13()
    if kind == "isbn10":
        return fake.isbn10()
    if kind == "order":
        return rng.choice([f"Order #{d(9)}", f"ORD-{rng.randint(2019, 2025)}-{d(6)}", f"order no. {d(12)}"])
    if kind == "amazon":
        return f"{d(3)}-{d(7)}-{d(7)}"
    if kind == "badcard":
        return bad_card()
    if kind == "badiban":
        return format_iban(iban_raw(valid=False))
    if kind == "badssn":
        return bad_ssn()
    if kind == "price":
        return f"${rng.randint(1, 999)},{d(3)}.{d(2)}"
    if kind == "date":
        return rng.choice([f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2030)}",
                           f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1990, 2030)}"])  # fmt: skip
    if kind == "epoch":
        return str(rng.randint(1_500_000_000_000, 1_800_000_000_000))
    if kind == "ean":
        return rng.choice(["EAN ", "GTIN: ", "barcode ", ""]) + fake.ean13()
    if kind == "semver":
        return f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    if kind == "pip":
        return f"requests=={rng.randint(1, 3)}.{rng.randint(0, 32)}.{rng.randint(0, 9)}"
    if kind == "tracking":
        return "1Z" + rand(string.ascii_uppercase + string.digits, 16)
    if kind == "coords":
        return f"{rng.uniform(-90, 90):.4f}, {rng.uniform(-180, 180):.4f}"
    return f"build-{d(8)}"


# -- text assembly --------------------------------------------------------------------------


class Doc:
    """Appends pieces and remembers where the labelled ones landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict[str, Any]] = []

    def add(self, text: str, kind: str | None = None) -> None:
        if kind is not None:
            self.spans.append({"start": self.size, "end": self.size + len(text), "type": kind})
        self.parts.append(text)
        self.size += len(text)

    def fill(self, template: str, values: dict[str, tuple[str, str | None]]) -> None:
        """``{name}`` slots take (text, type); type ``None`` is an unlabelled look-alike."""
        for piece in re.split(r"(\{\{|\}\}|\{[A-Za-z_]+\})", template):
            if piece in ("{{", "}}"):
                self.add(piece[0])
            elif piece.startswith("{") and piece.endswith("}"):
                text, kind = values[piece[1:-1]]
                self.add(text, kind)
            elif piece:
                self.add(piece)

    def text(self) -> str:
        return "".join(self.parts)


def pii_value(kind: str) -> tuple[str, str]:
    if kind == "EMAIL":
        return email(), "EMAIL"
    if kind == "PHONE":
        return phone(), "PHONE"
    if kind == "CREDIT_CARD":
        return format_card(card_digits()), "CREDIT_CARD"
    if kind == "IBAN":
        return format_iban(iban_raw()), "IBAN"
    if kind == "US_SSN":
        return ssn(), "US_SSN"
    if kind == "IP_ADDRESS":
        return (ipv4() if rng.random() < 0.7 else ipv6()), "IP_ADDRESS"
    raise KeyError(kind)


PROSE = {
    "en": [
        "Hi team, please reach {name} at {EMAIL} or on {PHONE} before {date}. Ref {look}.",
        "Customer {name} paid with card {CREDIT_CARD} (expires 12/27); refund to IBAN {IBAN}.",
        "Applicant SSN: {US_SSN}. Callback number {PHONE}. Ticket {look}.",
        "Login from {IP_ADDRESS} for {EMAIL} was flagged; device {look}.",
        "Wire the deposit to {IBAN} and text me at {PHONE} once done. Thanks!",
    ],
    "de": [
        (
            "Sehr geehrte Frau {name}, bitte überweisen Sie den Betrag auf das Konto {IBAN}. "
            "Bei Rückfragen erreichen Sie uns unter {PHONE} oder per E-Mail an {EMAIL}."
        ),
        "Rechnung {look}: Zahlung per Kreditkarte {CREDIT_CARD} ist eingegangen. Tel. {PHONE}",
        "Der Server {IP_ADDRESS} meldet Fehler seit {date}. Ansprechpartner: {EMAIL}.",
    ],
    "fr": [
        "Bonjour {name}, merci de nous contacter au {PHONE} ou à l'adresse {EMAIL}. Réf. {look}.",
        "Veuillez effectuer le virement sur l'IBAN {IBAN} avant le {date}.",
        "Votre carte {CREDIT_CARD} a été débitée. Connexion depuis {IP_ADDRESS}.",
    ],
    "es": [
        "Hola {name}, escríbenos a {EMAIL} o llámanos al {PHONE}. Pedido {look}.",
        "Transferencia a la cuenta {IBAN}; tarjeta terminada en {CREDIT_CARD}.",
        "Acceso desde la IP {IP_ADDRESS} el {date}.",
    ],
    "hi": [
        "नमस्ते {name}, कृपया {EMAIL} पर ईमेल करें या {PHONE} पर कॉल करें। संदर्भ {look}।",
        "आपका भुगतान कार्ड {CREDIT_CARD} से हुआ। खाता {IBAN} में राशि जमा की गई।",
        "सर्वर {IP_ADDRESS} से लॉगिन हुआ, दिनांक {date}।",
    ],
    "ja": ["{name}様、ご連絡は{EMAIL}または電話{PHONE}までお願いします。注文番号{look}。"],
}

CODE = [
    'client = Client(api_key="{API_KEY}")\nuser = {{"email": "{EMAIL}", "phone": "{PHONE}"}}\n# build {look}\n',
    (
        'const db = new Pool({{ connectionString: "postgres://app:{URLPASS}@db.internal:5432/main" }});\n'
        'const admin = "{EMAIL}"; // id {look}\n'
    ),
    'def test_card():\n    assert charge("{CREDIT_CARD}", amount=42)\n    assert not charge("{look}")\n',
    'headers = {{"Authorization": "Bearer {JWT}"}}\nrequests.get("https://{IP_ADDRESS}/v1", headers=headers)\n',
    'aws_access_key_id = {AWS}\nregion = "eu-west-1"  # {look}\n',
    'PRIVATE_KEY = """{PEM}"""\nsigner = load(PRIVATE_KEY)\n',
    'conn = pyodbc.connect("Server=sql01;Database=crm;User Id=sa;Password={PASS};")\n',
    'password = get_password()\nif password == user_input:\n    log("ok {look}")\n',
]

ENV = [
    "OPENAI_API_KEY={API_KEY}\nDATABASE_URL=mysql://root:{URLPASS}@localhost:3306/app\nDB_PASSWORD={PASS}\nAPP_VERSION={look}\n",
    "GITHUB_TOKEN={API_KEY}\nSESSION_SECRET={TOKEN}\nADMIN_EMAIL={EMAIL}\nBUILD_ID={look}\n",
    "AWS_ACCESS_KEY_ID={AWS}\nSTRIPE_SECRET={API_KEY}\nAUTH_TOKEN={TOKEN}\nMAX_TOKENS=4096\n",
]

YAML = [
    'database:\n  host: {IP_ADDRESS}\n  user: app\n  password: "{PASS}"\nsupport: {EMAIL}\nversion: {look}\n',
    "slack:\n  bot_token: {API_KEY}\n  signing_secret: {TOKEN}\nnotify: {PHONE}\n",
]

LOGS = [
    "{ts} INFO  auth: login ok user={EMAIL} ip={IP_ADDRESS} req={look}",
    "{ts} WARN  payment: declined card={CREDIT_CARD} amount=19.99 trace={look}",
    "{ts} ERROR http: GET /api?token={TOKEN} from {IP_ADDRESS} took 231ms",
    "{ts} DEBUG jwt={JWT} sub=42",
    '{IP_ADDRESS} - - [{clf}] "POST /login HTTP/1.1" 200 512 "-" "curl/8.1.2"',
]


def secret_value(kind: str, escaped: bool = False) -> tuple[str, str]:
    if kind == "API_KEY":
        return api_key()
    if kind == "AWS":
        return rng.choice(["AKIA", "ASIA"]) + rand(string.ascii_uppercase + "234567", 16), "AWS_ACCESS_KEY"
    if kind == "JWT":
        return jwt(), "JWT"
    if kind == "PEM":
        return pem(escaped), "PRIVATE_KEY"
    if kind in ("PASS", "URLPASS"):
        value = password()
        if kind == "URLPASS":
            value = value.replace("#", "x").replace("+", "p")
        return value, "PASSWORD"
    if kind == "TOKEN":
        return token(), "SECRET"
    raise KeyError(kind)


def values_for(template: str, escaped: bool = False) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for slot in ("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"):
        out[slot] = pii_value(slot)
    for slot in ("API_KEY", "AWS", "JWT", "PEM", "PASS", "URLPASS", "TOKEN"):
        if "{" + slot + "}" in template:
            out[slot] = secret_value(slot, escaped)
    out["name"] = (fake.name(), None)
    out["date"] = (when().date().isoformat(), None)
    out["look"] = (lookalike(), None)
    out["ts"] = (when().isoformat() + "Z", None)
    out["clf"] = (when().strftime("%d/%b/%Y:%H:%M:%S +0000"), None)
    return out


def one(style: str, template: str) -> dict[str, Any]:
    doc = Doc()
    doc.fill(template, values_for(template))
    return {"text": doc.text(), "spans": doc.spans, "style": style}


def json_doc() -> dict[str, Any]:
    """A JSON record: values are escaped as JSON would, spans point into the escaped text."""
    doc = Doc()
    fields = [("name", (fake.name(), None)), ("email", pii_value("EMAIL")), ("phone", pii_value("PHONE"))]
    extra = rng.sample(["card", "iban", "ssn", "ip", "api_key", "password", "jwt", "private_key",
                        "client_secret", "order_id", "sha", "created_at"], 4)  # fmt: skip
    for key in extra:
        value: tuple[str, str | None] = {
            "card": lambda: pii_value("CREDIT_CARD"),
            "iban": lambda: pii_value("IBAN"),
            "ssn": lambda: pii_value("US_SSN"),
            "ip": lambda: pii_value("IP_ADDRESS"),
            "api_key": lambda: secret_value("API_KEY"),
            "password": lambda: secret_value("PASS"),
            "jwt": lambda: secret_value("JWT"),
            "private_key": lambda: secret_value("PEM", escaped=True),
            "client_secret": lambda: secret_value("TOKEN"),
            "order_id": lambda: (lookalike(), None),
            "sha": lambda: (rand("0123456789abcdef", 40), None),
            "created_at": lambda: (when().isoformat(), None),
        }[key]()  # type: ignore[operator]
        fields.append((key, value))
    rng.shuffle(fields)
    doc.add("{")
    for i, (key, (text, kind)) in enumerate(fields):
        doc.add(("" if i == 0 else ", ") + json.dumps(key) + ': "')
        escaped = json.dumps(text, ensure_ascii=rng.random() < 0.3)[1:-1]
        doc.add(escaped, kind)
        doc.add('"')
    doc.add("}")
    return {"text": doc.text(), "spans": doc.spans, "style": "json"}


def csv_doc() -> dict[str, Any]:
    doc = Doc()
    doc.add("id,name,email,phone,card,ip\n")
    for i in range(rng.randint(2, 5)):
        doc.add(f"{rng.randint(1000, 9999)},{fake.name().replace(',', ' ')},")
        doc.add(*pii_value("EMAIL"))
        doc.add(",")
        doc.add(*pii_value("PHONE"))
        doc.add(",")
        doc.add(*pii_value("CREDIT_CARD"))
        doc.add(",")
        doc.add(*pii_value("IP_ADDRESS"))
        doc.add("\n")
    return {"text": doc.text(), "spans": doc.spans, "style": "csv"}


def email_thread() -> dict[str, Any]:
    doc = Doc()
    a, b = pii_value("EMAIL"), pii_value("EMAIL")
    doc.add("From: ")
    doc.add(fake.name() + " <")
    doc.add(*a)
    doc.add(">\nTo: ")
    doc.add(*b)
    doc.add(f"\nSubject: Re: invoice {lookalike()}\nDate: {when().isoformat()}\n\n")
    doc.add("Hi,\n\nas discussed, my new number is ")
    doc.add(*pii_value("PHONE"))
    doc.add(" and the payment details are:\nIBAN: ")
    doc.add(*pii_value("IBAN"))
    doc.add("\nCard on file: ")
    doc.add(*pii_value("CREDIT_CARD"))
    doc.add("\n\nThe temporary portal password: ")
    doc.add(*secret_value("PASS"))
    doc.add("\n\n> On " + when().date().isoformat() + ", ")
    doc.add(*b)
    doc.add(" wrote:\n> Please send your SSN (")
    doc.add(*pii_value("US_SSN"))
    doc.add(f" on file?) and confirm build {lookalike()}.\n")
    return {"text": doc.text(), "spans": doc.spans, "style": "email_thread"}


def negative() -> dict[str, Any]:
    pieces = [lookalike() for _ in range(rng.randint(3, 7))]
    glue = rng.choice(
        [
            "Release notes: {0}. Artifact {1}, checksum {2}. Deployed {3}.",
            "commit {2} ({0}) fixes #{1}; see {3}",
            "{0} | {1} | {2} | {3}",
            "Bestellung {1} vom {3}, Prüfsumme {2}, Version {0}.",
            '{{"id": "{1}", "hash": "{2}", "ts": "{3}", "ver": "{0}"}}',
        ]
    )
    while len(pieces) < 4:
        pieces.append(lookalike())
    return {"text": glue.format(*pieces), "spans": [], "style": "negative"}


def main() -> None:
    rows: list[dict[str, Any]] = []
    builders: list[tuple[int, Callable[[], dict[str, Any]]]] = []
    for lang, templates in PROSE.items():
        for t in templates:
            builders.append((40 if lang == "en" else 30, lambda t=t, lang=lang: one(f"prose_{lang}", t)))
    for t in CODE:
        builders.append((30, lambda t=t: one("code", t)))
    for t in ENV:
        builders.append((35, lambda t=t: one("dotenv", t)))
    for t in YAML:
        builders.append((30, lambda t=t: one("yaml", t)))
    for t in LOGS:
        builders.append((30, lambda t=t: one("log", t)))
    builders += [(120, json_doc), (60, csv_doc), (80, email_thread), (200, negative)]
    for count, build in builders:
        rows.extend(build() for _ in range(count))
    rng.shuffle(rows)
    for row in rows:
        for span in row["spans"]:
            assert (
                row["text"][span["start"] : span["end"]].strip() == row["text"][span["start"] : span["end"]]
            )
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} texts, {sum(len(r['spans']) for r in rows)} spans, "
          f"{OUT.stat().st_size / 1e6:.2f} MB to {OUT}", file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
