"""Writes ``pii_dev3.jsonl``: a third development set, aimed at the SECRET and PHONE forms that
real text carries and the first two sets leave out.

Run ``python tests/data/make_pii_dev3.py`` (standard library only, seeded: same output every run).
Each line is ``{"text", "spans": [{"start", "end", "type"}], "style"}``; secret subtypes are all
labelled ``SECRET`` (score it with ``fold_secrets=True``). Written from public formats: vendor key
prefixes as their documentation prints them, connection-string syntaxes, national numbering plans
and how people separate, label and link numbers in many languages.

Span conventions (as in ``pii_dev2.jsonl``): a secret span is the value alone (no quotes, no
``user:`` in front of a password); a PEM span is the whole block; a token that carries its own
prefix (``dckr_pat_...``, ``key-...``) includes it; a phone span is the number as written, with a
leading ``+`` or ``(`` and an extension, but without a ``tel:`` scheme.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

SEED = 3031
OUT = Path(__file__).with_name("pii_dev3.jsonl")
rng = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
DIG = string.digits

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


# -- secrets ---------------------------------------------------------------------------------

SYLLABLES = ["ka", "ro", "mi", "ten", "vol", "bar", "quo", "zi", "lum", "pex", "dra", "fen"]


def password() -> str:
    """Made-up passwords of the shapes people pick: syllables with digits, case and a symbol."""
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    r = rng.random()
    if r < 0.3:
        return word.capitalize() + rand(DIG, rng.randint(2, 4)) + rng.choice("!#$%*?@")
    if r < 0.55:
        return rand(ALNUM, rng.randint(10, 16))
    if r < 0.75:
        return word + rng.choice("-_.") + rand(DIG, 3) + rng.choice(string.ascii_uppercase)
    return rand(ALNUM + "!#%*", rng.randint(8, 14))


def b64_bytes(n: int) -> str:
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def aws_secret() -> str:
    return rand(ALNUM + "+/", 40)


def pem_escaped() -> str:
    """A PEM block as a JSON string holds it: ``\\n`` escapes, not newlines."""
    lines = [rand(B64, 64) for _ in range(rng.randint(3, 6))] + [rand(B64, 24) + "="]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----"


def telegram_token() -> str:
    return str(rng.randint(10**8, 10**10 - 1)) + ":AA" + rand(URLSAFE, 33)


VENDOR_KEYS: list[Callable[[], str]] = [
    lambda: "dckr_pat_" + rand(URLSAFE, 27),  # Docker Hub personal access token
    lambda: "GOCSPX-" + rand(URLSAFE, 28),  # Google OAuth client secret
    lambda: "ya29." + rand(URLSAFE, 120),  # Google OAuth access token
    lambda: "glrt-" + rand(URLSAFE, 20),  # GitLab runner token
    lambda: "gldt-" + rand(URLSAFE, 20),  # GitLab deploy token
    lambda: "glsa_" + rand(ALNUM, 32) + "_" + rand(HEX, 8),  # Grafana service account
    lambda: "dapi" + rand(HEX, 32),  # Databricks
    lambda: "key-" + rand(LOWER_ALNUM, 32),  # Mailgun (legacy form)
    lambda: "AGE-SECRET-KEY-1" + rand("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),  # age
    lambda: "sntrys_" + rand(URLSAFE, 60),  # Sentry org auth token (shortened body)
    lambda: "pscale_tkn_" + rand(URLSAFE, 43),  # PlanetScale
    lambda: "rubygems_" + rand(HEX, 48),
]


def vendor_rows() -> list[dict[str, object]]:
    templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        lambda k: ("prose_en", ["I rotated it already, the old one was ", (k, "SECRET"), " fyi"]),
        lambda k: ("code", ['CLIENT_CREDENTIAL = "', (k, "SECRET"), '"\n']),
        lambda k: ("log", ["2024-06-01T10:00:00Z auth ok using ", (k, "SECRET"), "\n"]),
        lambda k: ("markdown", ["Paste it here: `", (k, "SECRET"), "`"]),
    ]
    rows = []
    for i in range(72):
        # every key in every template: the template turns once per round of keys
        style, parts = templates[(i // len(VENDOR_KEYS)) % len(templates)](
            VENDOR_KEYS[i % len(VENDOR_KEYS)]()
        )
        rows.append(build(style, *parts))
    return rows


def secret_rows() -> list[dict[str, object]]:
    pw_templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        # command lines
        lambda p: ("cli", ["curl -u admin:", (p, "SECRET"), " https://api.example.com/v1/items"]),
        lambda p: ("cli", ["curl --user deploy:", (p, "SECRET"), " -X POST https://ci.example.org/hook"]),
        lambda p: ("cli", ["curl -su 'svc-backup:", (p, "SECRET"), "' https://files.example.net/"]),
        lambda p: ("cli", ["sqlplus scott/", (p, "SECRET"), "@//db.example.com:1521/ORCL"]),
        lambda p: ("cli", ["redis-cli -h cache.internal -a ", (p, "SECRET"), " ping"]),
        lambda p: (
            "cli",
            [
                (
                    "kubectl create secret generic db-creds --from-literal=username=app "
                    "--from-literal=password="
                ),
                (p, "SECRET"),
            ],
        ),
        lambda p: ("cli", ["docker run -d -e MYSQL_ROOT_PASSWORD=", (p, "SECRET"), " mysql:8.0"]),
        lambda p: ("cli", ["PGPASSWORD=", (p, "SECRET"), " psql -h db -U report -c 'select 1'"]),
        lambda p: ("cli", ["sshpass -p ", (p, "SECRET"), " ssh ops@10.1.2.3"]),
        # config files
        lambda p: ("netrc", ["machine api.example.com\n  login bot\n  password ", (p, "SECRET"), "\n"]),
        lambda p: ("netrc", ["machine git.example.org login ci password ", (p, "SECRET"), "\n"]),
        lambda p: ("redis_conf", ["# security\nrequirepass ", (p, "SECRET"), "\nmaxmemory 2gb\n"]),
        lambda p: ("redis_conf", ["masterauth ", (p, "SECRET"), "\n"]),
        lambda p: (
            "properties",
            [
                ("spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password="),
                (p, "SECRET"),
                "\n",
            ],
        ),
        lambda p: (
            "kafka",
            [
                (
                    "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
                    'required username="svc" password="'
                ),
                (p, "SECRET"),
                '";',
            ],
        ),
        lambda p: ("toml", ['[database]\nhost = "db"\npassword = "', (p, "SECRET"), '"\n']),
        lambda p: ("yaml", ["env:\n  - name: DB_PASS\n    value: '", (p, "SECRET"), "'\n"]),
        # connection strings
        lambda p: (
            "connstr",
            ["jdbc:sqlserver://sql1:1433;databaseName=app;user=sa;password=", (p, "SECRET"), ";encrypt=true"],
        ),
        lambda p: ("connstr", ["Host=pg;Port=5432;Username=app;Password=", (p, "SECRET"), ";Database=shop"]),
        lambda p: (
            "connstr",
            ["mongodb+srv://reporting:", (p, "SECRET"), "@cluster0.ab1cd.mongodb.net/?retryWrites=true"],
        ),
        lambda p: ("connstr", ["amqps://worker:", (p, "SECRET"), "@broker.example.com/vhost"]),
        lambda p: (
            "connstr",
            ["rediss://default:", (p, "SECRET"), "@redis-12345.c1.cloud.example.com:12345"],
        ),
        # prose
        lambda p: ("prose_en", ["the wifi password for the office is ", (p, "SECRET"), " (changes monthly)"]),
        lambda p: ("prose_en", ["Password for the admin account: ", (p, "SECRET"), "\nPlease change it."]),
        lambda p: ("prose_en", ["pw: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_en", ["Your temporary password is: ", (p, "SECRET"), ". It expires in 24 hours."]),
        lambda p: ("prose_en", ["I set the new password to ", (p, "SECRET"), " for now"]),
        # other languages
        lambda p: ("prose_pt", ["senha: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_pt", ["A senha do roteador é ", (p, "SECRET"), ", não compartilhe."]),
        lambda p: ("prose_nl", ["wachtwoord: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_nl", ["Het wachtwoord is ", (p, "SECRET"), " (tijdelijk)."]),
        lambda p: ("prose_de", ["Kennwort: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_de", ["Das Passwort lautet ", (p, "SECRET"), " – bitte ändern."]),
        lambda p: ("prose_pl", ["Hasło: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_it", ["La password è ", (p, "SECRET"), ", cambiala subito."]),
        lambda p: ("prose_fr", ["Le mot de passe est ", (p, "SECRET"), " pour le moment."]),
        lambda p: ("prose_es", ["La contraseña es ", (p, "SECRET"), " hasta el lunes."]),
        lambda p: ("prose_sv", ["Lösenord: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_fi", ["Salasana: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_cs", ["Heslo: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_tr", ["Şifre: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_ja", ["パスワード：", (p, "SECRET"), "\n"]),
        lambda p: ("prose_ru", ["Пароль: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_ko", ["비밀번호: ", (p, "SECRET"), "\n"]),
        lambda p: ("prose_zh", ["密码：", (p, "SECRET"), "\n"]),
    ]
    rows = []
    for i in range(225):
        style, parts = pw_templates[i % len(pw_templates)](password())
        rows.append(build(style, *parts))

    key_templates: list[Callable[[], tuple[str, list[Part]]]] = [
        lambda: ("http", ["curl -H 'X-API-Key: ", (rand(HEX, 32), "SECRET"), "' https://api.example.com"]),
        lambda: (
            "http",
            ['curl -H "authorization: bearer ', (rand(URLSAFE, 40), "SECRET"), '" https://x.example'],
        ),
        lambda: (
            "http",
            [
                "Proxy-Authorization: Basic ",
                (base64.b64encode(f"proxy:{password()}".encode()).decode(), "SECRET"),
                "\r\n",
            ],
        ),
        lambda: (
            "json",
            [
                '{"AccessKeyId": "',
                ("ASIA" + rand(string.ascii_uppercase + "234567", 16), "SECRET"),
                '", "SecretAccessKey": "',
                (aws_secret(), "SECRET"),
                '", "Expiration": "2024-06-01T12:00:00Z"}',
            ],
        ),
        lambda: ("dotenv", ["AWS_SECRET_ACCESS_KEY=", (aws_secret(), "SECRET"), "\nAWS_REGION=eu-west-1\n"]),
        lambda: (
            "connstr",
            [
                (
                    "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
                    "SharedAccessKey="
                ),
                (b64_bytes(32), "SECRET"),
            ],
        ),
        lambda: (
            "url",
            [
                (
                    "https://acmestore.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r"
                    "&se=2025-01-01T00:00:00Z&spr=https&sig="
                ),
                (quote(b64_bytes(32), safe=""), "SECRET"),
            ],
        ),
        lambda: (
            "connstr",
            [
                (
                    "BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=bf"
                    "&srt=sco&sp=rl&se=2025-03-01T00:00:00Z&sig="
                ),
                (quote(b64_bytes(32), safe=""), "SECRET"),
            ],
        ),
        lambda: (
            "json",
            [
                '{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key": "',
                (pem_escaped(), "SECRET"),
                '\\n",\n  "client_email": "',
                ("sa@acme-prod.iam.gserviceaccount.com", "EMAIL"),
                '"\n}',
            ],
        ),
        lambda: (
            "url",
            ["https://api.telegram.org/bot", (telegram_token(), "SECRET"), "/sendMessage?chat_id=42"],
        ),
        lambda: ("dotenv", ["TELEGRAM_BOT_TOKEN=", (telegram_token(), "SECRET"), "\n"]),
        lambda: (
            "url",
            [
                "webhook: https://hooks.slack.com/services/",
                (
                    "T"
                    + rand(string.ascii_uppercase + DIG, 8)
                    + "/B"
                    + rand(string.ascii_uppercase + DIG, 10)
                    + "/"
                    + rand(ALNUM, 24),
                    "SECRET",
                ),
                "\n",
            ],
        ),
        lambda: (
            "url",
            [
                "post to https://discord.com/api/webhooks/",
                str(rng.randint(10**17, 10**18 - 1)),
                "/",
                (rand(URLSAFE, 68), "SECRET"),
                " when done",
            ],
        ),
        lambda: ("npmrc", ["//registry.npmjs.org/:_authToken=", ("npm_" + rand(ALNUM, 36), "SECRET"), "\n"]),
        lambda: (
            "pypirc",
            [
                "[pypi]\nusername = __token__\npassword = ",
                ("pypi-AgEIcHlwaS5vcmc" + rand(URLSAFE, 70), "SECRET"),
                "\n",
            ],
        ),
        lambda: (
            "cli",
            [
                "git clone https://oauth2:",
                ("glpat-" + rand(URLSAFE, 20), "SECRET"),
                "@gitlab.example.com/team/app.git",
            ],
        ),
        lambda: (
            "dotenv",
            ["TWILIO_ACCOUNT_SID=AC", rand(HEX, 32), "\nTWILIO_AUTH_TOKEN=", (rand(HEX, 32), "SECRET"), "\n"],
        ),
        lambda: (
            "prose_en",
            ["sendgrid key for staging: ", ("SG." + rand(URLSAFE, 22) + "." + rand(URLSAFE, 43), "SECRET")],
        ),
        lambda: ("cli", ["huggingface-cli login --token ", ("hf_" + rand(ALNUM, 34), "SECRET")]),
    ]
    for i in range(152):
        style, parts = key_templates[i % len(key_templates)]()
        rows.append(build(style, *parts))
    return rows + vendor_rows()


# -- phones ----------------------------------------------------------------------------------


def d(n: int, first: str = DIG) -> str:
    return rng.choice(first) + rand(DIG, n - 1)


def us() -> tuple[str, str, str]:
    return d(3, "23456789"), d(3, "23456789"), d(4)


PHONE_FORMATS: list[Callable[[], str]] = [
    # Nordic
    lambda: f"08-{d(3)} {d(3)} {d(2)}",
    lambda: f"070-{d(3)} {d(2)} {d(2)}",
    lambda: f"+46 70 {d(3)} {d(2)} {d(2)}",
    lambda: f"+47 {d(3, '49')} {d(2)} {d(3)}",
    lambda: f"+45 {d(2, '2345')} {d(2)} {d(2)} {d(2)}",
    lambda: f"040 {d(3)} {d(4)}",
    lambda: f"+358 40 {d(3)} {d(4)}",
    # Central / Eastern Europe
    lambda: f"+48 22 {d(3)} {d(2)} {d(2)}",
    lambda: f"+420 {d(3, '67')} {d(3)} {d(3)}",
    lambda: f"06 30 {d(3)} {d(4)}",
    lambda: f"+36 30 {d(3)} {d(4)}",
    lambda: f"044 {d(3)} {d(2)} {d(2)}",
    lambda: f"+380 44 {d(3)} {d(4)}",
    lambda: f"8-800-{d(3)}-{d(2)}-{d(2)}",
    lambda: f"+7 495 {d(3)}-{d(2)}-{d(2)}",
    lambda: f"8 495 {d(3)} {d(2)} {d(2)}",
    lambda: f"0532 {d(3)} {d(2)} {d(2)}",
    # Western / Southern Europe
    lambda: f"+351 9{d(2)} {d(3)} {d(3)}",
    lambda: f"+30 69{d(1)} {d(3)} {d(4)}",
    lambda: f"210 {d(3)} {d(4)}",
    lambda: f"0470 {d(2)} {d(2)} {d(2)}",
    lambda: f"+32 470 {d(2)} {d(2)} {d(2)}",
    lambda: f"044 668 {d(2)} {d(2)}",
    lambda: f"079 {d(3)} {d(2)} {d(2)}",
    lambda: f"0664 {d(7)}",
    lambda: f"+43 664 {d(7)}",
    lambda: f"+39 06 {d(4)} {d(4)}",
    lambda: f"0161 496 {d(4)}",
    lambda: f"(020) {d(4, '3789')} {d(4)}",
    lambda: f"+44 (0) 7700 {d(6)}",
    lambda: f"+49-30-{d(7, '123456789')}",
    lambda: f"+49 30 {d(5, '123456789')}-{d(2)}",
    lambda: f"030 / {d(3, '123456789')} {d(3)} {d(2)}",
    lambda: f"+44.20.{d(4, '3789')}.{d(4)}",
    # Middle East / Africa
    lambda: f"050-{d(3)}-{d(4)}",
    lambda: f"+972-50-{d(3)}-{d(4)}",
    lambda: f"+971 50 {d(3)} {d(4)}",
    lambda: f"+966 5{d(1)} {d(3)} {d(4)}",
    lambda: f"0712 {d(6)}",
    lambda: f"+254 712 {d(6)}",
    lambda: f"0803 {d(3)} {d(4)}",
    lambda: f"010 {d(4)} {d(4)}",
    # Asia
    lambda: f"0917 {d(3)} {d(4)}",
    lambda: f"+63 917 {d(3)} {d(4)}",
    lambda: f"0812-{d(4)}-{d(4)}",
    lambda: f"+62 812-{d(4)}-{d(4)}",
    lambda: f"091 {d(3)} {d(2)} {d(2)}",
    lambda: f"+84 91 {d(3)} {d(2)} {d(2)}",
    lambda: f"081 {d(3)} {d(4)}",
    lambda: f"+66 81 {d(3)} {d(4)}",
    lambda: f"012-{d(3)} {d(4)}",
    lambda: f"+60 12-{d(3)} {d(4)}",
    lambda: f"0300 {d(7)}",
    lambda: f"+92 300 {d(7)}",
    lambda: f"01712-{d(6)}",
    lambda: f"(010) {d(4, '123456789')} {d(4)}",
    lambda: f"021-{d(8, '123456789')}",
    lambda: f"138 {d(4)} {d(4)}",
    lambda: f"0912-{d(3)}-{d(3)}",
    lambda: f"(02) {d(4, '23456789')}-{d(4)}",
    lambda: f"(03) {d(4, '123456789')}-{d(4)}",
    lambda: f"0120-{d(3)}-{d(3)}",
    # Oceania / Americas
    lambda: f"1300 {d(3)} {d(3)}",
    lambda: f"+61 (0)2 {d(4)} {d(4)}",
    lambda: f"(11) {d(4, '2345')}-{d(4)}",
    lambda: f"+55 (11) 9{d(4)}-{d(4)}",
    lambda: f"11 9{d(4)}-{d(4)}",
    lambda: f"55 {d(4)} {d(4)}",
    lambda: f"+52 1 55 {d(4)} {d(4)}",
    lambda: f"011 4{d(3)}-{d(4)}",
    lambda: f"+54 11 4{d(3)}-{d(4)}",
    lambda: f"+56 9 {d(4)} {d(4)}",
    lambda: f"300 {d(3)} {d(4)}",
    lambda: f"+57 300 {d(7)}",
    lambda: f"+51 9{d(2)} {d(3)} {d(3)}",
    # US / CA with odd separators
    lambda: "({}) -{}-{}".format(*us()).replace(" ", ""),
    lambda: "{} {} {}".format(*us()),
    lambda: "+1.{}.{}.{}".format(*us()),
    lambda: "1 ({}) {}-{}".format(*us()),
    lambda: "{}\u2013{}\u2013{}".format(*us()),
    lambda: "+1 {}\u2011{}\u2011{}".format(*us()),
    # typographic spaces (French and Swiss text puts no-break spaces between the pairs)
    lambda: f"06\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}",
    lambda: f"+33\u00a06\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}\u00a0{d(2)}",
    lambda: f"+41\u202f44\u202f{d(3)}\u202f{d(2)}\u202f{d(2)}",
]

# Eight-digit national numbers (no trunk prefix) are phones only with a label.
SHORT_FORMATS: list[Callable[[], str]] = [
    lambda: f"{d(2, '2345')} {d(2)} {d(2)} {d(2)}",  # DK
    lambda: f"{d(3, '49')} {d(2)} {d(3)}",  # NO
    lambda: f"{d(4, '689')} {d(4)}",  # SG / HK
    lambda: f"{d(3, '5678')} {d(3)} {d(3)}",  # PL mobile (9 digits)
    lambda: f"{d(3, '67')} {d(3)} {d(3)}",  # CZ (9 digits)
    lambda: f"9{d(2)} {d(3)} {d(3)}",  # PT (9 digits)
]
SHORT_LABELS = ["Tlf.", "Mobil:", "Tel:", "tel.", "Telemóvel:", "Tel", "Mob.", "Handy", "Tfn",
                "GSM:", "тел.", "Τηλ.", "Puh.", "Cel.", "Telefoon:", "Natel"]  # fmt: skip


def phone() -> str:
    p = rng.choice(PHONE_FORMATS)()
    r = rng.random()
    if r < 0.12:
        p += rng.choice([" ext 2", " x", " ext. ", ", ext. ", " Ext:", " (ext. ", " #"]) + rand(
            DIG, rng.randint(2, 4)
        )
        if "(ext. " in p:
            p += ")"
    return p


def tel_uri() -> str:
    """A number as ``tel:`` links write it (RFC 3966): no spaces, ASCII hyphens, no extension."""
    p = rng.choice(PHONE_FORMATS)()
    for odd in "\u2013\u2011":
        p = p.replace(odd, "-")
    return "-".join(p.split())


def phone_rows() -> list[dict[str, object]]:
    templates: list[Callable[[str], tuple[str, list[Part]]]] = [
        lambda p: ("signature", ["Kind regards\nA. Novak\nTel. ", (p, "PHONE"), "\n"]),
        lambda p: ("signature", ["--\nS. Virtanen | Mob. ", (p, "PHONE"), " | Helsinki"]),
        lambda p: ("prose_de", ["Telefon: ", (p, "PHONE"), " (Mo–Fr)"]),
        lambda p: ("prose_fr", ["Tél. : ", (p, "PHONE"), "\n"]),
        lambda p: ("prose_es", ["Teléfono ", (p, "PHONE"), "; horario 9 a 14"]),
        lambda p: ("prose_de", ["Handy ", (p, "PHONE"), ", abends"]),
        lambda p: ("prose_en", ["cell ", (p, "PHONE"), " - text first please"]),
        lambda p: ("prose_en", ["Our front desk can be reached on ", (p, "PHONE"), "."]),
        lambda p: ("html", ['<a href="tel:', (tel_uri(), "PHONE"), '">Call</a>']),
        lambda p: ("csv", ["name;telefon;ort\nJ. Meier;", (p, "PHONE"), ";Zürich\n"]),
        lambda p: ("tsv", ["name\tmobile\tcity\nR. Khan\t", (p, "PHONE"), "\tLahore\n"]),
        lambda p: ("markdown", ["| Name | Phone |\n|---|---|\n| Kim | ", (p, "PHONE"), " |\n"]),
        lambda p: ("json", ['{"name": "Dewi", "mobile": "', (p, "PHONE"), '", "city": "Jakarta"}']),
        lambda p: ("prose_ru", ["Мой телефон ", (p, "PHONE"), ", звоните."]),
        lambda p: ("prose_pt", ["Ligue para ", (p, "PHONE"), " a qualquer hora."]),
        lambda p: ("log", ["2024-06-01 09:12:44 INFO sms queued to=", (p, "PHONE"), " status=ok"]),
    ]
    rows = []
    for i in range(400):
        style, parts = templates[i % len(templates)](phone())
        rows.append(build(style, *parts))
    for i in range(64):
        label = SHORT_LABELS[i % len(SHORT_LABELS)]
        rows.append(build("labelled", label, " ", (SHORT_FORMATS[i % len(SHORT_FORMATS)](), "PHONE"), "\n"))
    # bare digit runs: phones only by their column or link
    for i in range(24):
        a, b, c = us()
        num = a + b + c
        rows.append(
            build("csv", "name;phone;city\nBo Lin;", (num, "PHONE"), ";Austin\n")
            if i % 3 == 0
            else build("markdown", "| name | cell |\n|---|---|\n| Ana | ", (num, "PHONE"), " |\n")
            if i % 3 == 1
            else build("url", "Chat with us: https://wa.me/", ("1" + num, "PHONE"), "\n")
        )
    # tel: URIs with an extension parameter and sms: links
    for i in range(16):
        a, b, c = us()
        if i % 2:
            rows.append(build("html", '<a href="tel:', (f"+1-{a}-{b}-{c};ext={d(3)}", "PHONE"), '">desk</a>'))
        else:
            rows.append(build("html", '<a href="sms:', (f"+44{d(10, '7')}", "PHONE"), '">text us</a>'))
    return rows


# -- negatives -------------------------------------------------------------------------------

NEGATIVES = [
    "curl -u user:password https://api.example.com",
    "curl -u $API_USER:$API_PASS https://api.example.com",
    'curl -u "${USER}:${TOKEN}" https://x.example',
    "sqlplus user/<password>@//db:1521/ORCL",
    "machine example.com login you password <your-password>",
    "requirepass <strong-password-here>",
    "redis-cli -a $REDIS_PASSWORD ping",
    "SharedAccessKey=<key>;EntityPath=orders",
    "webhook https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "https://api.telegram.org/bot<token>/getMe",
    "TELEGRAM_BOT_TOKEN=your_bot_token_here",
    "key-value stores such as Redis are fast",
    "the key-based index and the key-value-pair list",
    "The password must be at least 12 characters long.",
    "Passwort vergessen? Hier zurücksetzen.",
    "Esqueceu a senha? Clique aqui.",
    "wachtwoord vergeten",
    "senha: <sua senha>",
    "Password: ********",
    "pw: ****",
    "Kennwort: [REDACTED]",
    "Order 4155552671 has shipped",
    "Ticket 0301234567 was closed",
    "I called on 2024-03-15 and again on 12.03.2024.",
    "Telefonkonferenz am 12.03.2024 um 10:30",
    "Tel Aviv 2023 marathon results",
    "Phone model SM-G991B with 128 GB and 8 GB RAM",
    "iPhone 15 Pro, 2556 x 1179 px",
    "cell 12 of the spreadsheet, row 3400",
    "mobile app 4.12.1 build 20240315",
    "tracking 1Z999AA10123456784, ISBN 978-0-306-40615-7",
    "uuid 123e4567-e89b-12d3-a456-426614174000",
    "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "Population 1 234 567 in 2020; area 12 345 km²",
    "version 10.0.19045.3803 and chrome 124.0.6367.91",
    "Prices 1299.00 1499.00 1799.00 1999.00",
    "timestamp 1715600000123",
    "dapi version 2.0 release notes",
    "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "dckr_pat_XXXXXXXXXXXXXXXXXXXXXXXXXXX",
]


def negative_rows() -> list[dict[str, object]]:
    return [build("negative", t) for t in NEGATIVES]


def main() -> None:
    rows = secret_rows() + phone_rows() + negative_rows()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
