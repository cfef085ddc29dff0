"""The shapes of secrets: vendor key prefixes, the keywords that name a credential, and what follows them."""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from .validators import b64url_json, shannon_entropy

NOT_KEY_CHAR_AFTER = r"(?![A-Za-z0-9_\-])"


def jwt_ok(text: str, m: re.Match[str]) -> bool:
    header = b64url_json(m.group(0).split(".", 1)[0])
    return isinstance(header, dict) and "alg" in header


def min_entropy(bits: float) -> Callable[[str, re.Match[str]], bool]:
    def check(text: str, m: re.Match[str]) -> bool:
        v = m.group(m.lastindex or 0)
        return shannon_entropy(v) >= bits

    return check


def always(text: str, m: re.Match[str]) -> bool:
    return True


PREFIXED: list[tuple[tuple[str, ...], re.Pattern[str], str, Callable[[str, re.Match[str]], bool]]] = [
    (
        ("-----BEGIN",),
        re.compile(
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"(?:[\s\S]{0,10000}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
            r"|(?:(?:[ \t\r\n]|\\n|\\r)*[A-Za-z0-9+/=]{16,})*)"
        ),
        "PRIVATE_KEY",
        always,
    ),
    (
        ("eyJ",),
        re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*" + NOT_KEY_CHAR_AFTER),
        "JWT",
        jwt_ok,
    ),
    (
        ("sk-",),
        re.compile(
            r"sk-(?<![A-Za-z0-9_\-]sk-)(?:ant-|proj-|svcacct-|admin-)?([A-Za-z0-9_\-]{20,})"
            + NOT_KEY_CHAR_AFTER
        ),
        "API_KEY",
        min_entropy(3.0),
    ),
    (
        ("AKIA", "ASIA"),
        re.compile(r"A(?:KIA|SIA)(?<![A-Za-z0-9].{4})[A-Z2-7]{16}(?![A-Za-z0-9])"),
        "AWS_ACCESS_KEY",
        always,
    ),
    (
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        re.compile(r"gh[pousr]_(?<![A-Za-z0-9].{4})([A-Za-z0-9]{36,255})(?![A-Za-z0-9])"),
        "API_KEY",
        min_entropy(3.0),
    ),
    (
        ("github_pat_",),
        re.compile(r"github_pat_([A-Za-z0-9_]{30,255})(?![A-Za-z0-9_])"),
        "API_KEY",
        min_entropy(3.0),
    ),
    (
        ("xox",),
        re.compile(r"xox[baprs]-(?<![A-Za-z0-9].{5})([A-Za-z0-9\-]{10,250})" + NOT_KEY_CHAR_AFTER),
        "API_KEY",
        min_entropy(2.5),
    ),
    (
        ("AIza",),
        re.compile(r"AIza(?<![A-Za-z0-9_\-].{4})[0-9A-Za-z_\-]{35}" + NOT_KEY_CHAR_AFTER),
        "API_KEY",
        always,
    ),
    (
        ("_live_", "_test_"),
        re.compile(r"(?<![A-Za-z0-9])(?:sk|rk|pk)_(?:live|test)_([0-9A-Za-z]{10,247})(?![A-Za-z0-9])"),
        "API_KEY",
        min_entropy(3.0),
    ),
]

URL_USERINFO = re.compile(r"://([^\s:/@?#\[\]\"'<>]{0,128}):([^\s/?\"'<>]{1,256})@(?=[A-Za-z0-9\[])")
BEARER = re.compile(r"bearer\s+([A-Za-z0-9_\-.~+/]{16,}=*)", re.IGNORECASE)

# Generic assignments: found by keyword on lowered text, then one anchored match.
# Each keyword is its own literal-prefixed regex (as fast as ``str.find``) that already drops
# words running on into letters ("keyboard", "tokens", "passport"), so Python only sees real keys.
# They run over the lower-cased text as one byte per character (see ``lowered``).
KEYWORDS = tuple(
    re.compile(p)
    for p in (
        rb"pass(?:word|wd|phrase|wort|ord|e)?(?![a-z])",  # ``passwort``, ``mot de passe``, ``passord``
        rb"pwd(?![a-z])",
        rb"secret(?![a-z])",
        rb"token(?![a-z])",
        rb"key(?![a-z])",
        rb"credentials?(?![a-z])",
        rb"kennwort(?![a-z])",
        rb"parola(?![a-z])",
        rb"pw(?![a-z])",
    )
)
PASSWORD_WORDS = frozenset(
    {
        b"password",
        b"passwd",
        b"passphrase",
        b"pwd",
        b"pass",
        b"passwort",
        b"passe",
        b"passord",
        b"kennwort",
        b"parola",
        b"pw",
    }
)
KEY_COMPOUNDS = frozenset({b"api", b"access", b"secret", b"private", b"auth", b"signing", b"master",
                            b"ssh", b"encryption", b"client", b"app", b"service", b"license",
                            b"account", b"_", b"-", b"",
                            # ``"SecretAccessKey"`` (AWS STS JSON), ``SharedAccessKey=`` (Azure)
                            b"secretaccess", b"sharedaccess"})  # fmt: skip
LOWER_LETTERS = b"abcdefghijklmnopqrstuvwxyz"

# Six scans cost six passes over the text; this finds every place any keyword may start in one.
# In a copy of the lowered text ``p``, ``c``, ``k`` read ``\x01`` and ``a``, ``w``, ``e``, ``r`` read
# ``\x02``, so every keyword holds the pair ``\x01\x02`` (``PAss``, ``PWd``, ``seCRet``, ``toKEn``,
# ``KEy``, ``CRedential``): a two-byte literal that ``re`` skips to in a tight loop, stopping about
# 80 times in 4 KB of prose. What follows the pair tells the keywords apart (the branches exclude
# each other) and may admit a few extra words, never fewer; each candidate is then matched with
# the keyword's own regex, so the hits are exactly those of the six scans.
KW_CLASSES = bytes(1 if i in b"pck" else 2 if i in b"awer" else 3 if i in (1, 2) else i for i in range(256))
_KW_END = rb"(?![a-z\x01\x02])"
KW_SCAN = re.compile(
    rb"\x01\x02(?:ss(?:\x02o\x02d|\x02d|\x01h\x02\x02s\x02|\x02o\x02t|o\x02d|\x02)?" + _KW_END + rb"(?P<k0>)"
    rb"|d" + _KW_END + rb"(?P<k1>)"
    rb"|\x02(?:t(?<=s\x02\x01\x02\x02t)" + _KW_END + rb"(?P<k2>)|d\x02nti\x02ls?" + _KW_END + rb"(?P<k5>)"
    rb"|ol\x02" + _KW_END + rb"(?P<k7>))"  # PArola
    rb"|n(?:(?<=to\x01\x02n)" + _KW_END + rb"(?P<k3>)|n\x02o\x02t" + _KW_END + rb"(?P<k6>))"  # KEnnwort
    rb"|y" + _KW_END + rb"(?P<k4>)"
    # ``PW`` standing alone before a space, ``:`` or ``=``: a two-letter word is rare, and
    # taking the next byte before looking behind keeps this branch as cheap as a literal
    rb"|[ \t:=](?<![a-z\x01\x02]\x01\x02[ \t:=])(?P<k8>))"
)
# group name -> (index in ``KEYWORDS``, how far the keyword starts before the pair)
KW_GROUPS = {"k0": (0, 0), "k1": (1, 0), "k2": (2, 2), "k3": (3, 2), "k4": (4, 0), "k5": (5, 0),
              "k6": (6, 0), "k7": (7, 0), "k8": (8, 0)}  # fmt: skip


ASSIGN_TAIL = re.compile(
    r"([A-Za-z0-9_\-]*)(\\?[\"'])?(\s*)(=>|:=|=|:)(\s*)"
    r"(?:\\?\"((?:[^\"\\\n]|\\[^\"\n])*)\\?\"|\\?'([^'\n]*)'|([^\s\"',;<>()\[\]{}]+))"
)
KEY_STOP = ("url", "uri", "path", "file", "type", "count", "len", "limit", "max", "min",
             "ttl", "expir", "name", "header", "field", "endpoint", "id", "hint", "policy",
             "reset", "prompt", "label", "size", "format", "mode", "version")  # fmt: skip
PLACEHOLDER_VALUE = re.compile(
    r"^(?:\$|\{|%[sd]$|%\(|<|=|\*{2,}|x{3,}|\.{3}|\[|os\.|process\.|env\b|getenv|null$|none$|nil$|true$|"
    r"false$|undefined$|redacted|changeit$|your[_\-]|\?+$)",
    re.IGNORECASE,
)
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


# Where a vendor prefix may start. The text is copied with ``-``, ``_``, ``A`` and ``J`` all read as
# ``\x01`` (one byte per character), so one literal-first scan stands in for a dozen ``in``
# tests: it stops only at those four characters and names, in an empty group, the family of
# every prefix that may hold there. Collapsing the four makes it see a few extra prefixes
# (``sk_``), never fewer; the family's own regex then decides. Prefixes that end at the mark
# (looked for behind) cannot overlap each other, nor can those that start at it, so one of each
# kind per mark is all there can be.
MARKS = bytes(1 if i in (0x2D, 0x5F, 0x41, 0x4A) else i for i in range(256))
PREFIX_MARK = re.compile(
    rb"\x01(?:(?:(?<=sk\x01)(?P<sk>)|(?<=key\x01)(?P<mailgun>)|(?<=ey\x01)(?P<jwt>)"
    rb"|(?<=[ \t]\x01)(?=[a-z]{0,3}u[ '\"]|\x01(?:proxy\x01)?user[ =])(?P<uflag>)|(?<=xox[baprs]\x01)(?P<xox>)"
    rb"|(?<=gh[pousr]\x01)(?P<gh>)|(?<=github\x01pat\x01)(?P<ghpat>)"
    # the rarer vendors of ``MORE_KEYS`` share one group: they are told apart there
    # (every lookbehind here is tried at every mark, so GitLab's many ``gl<kind>-`` share two)
    rb"|(?:(?<=gl..\x01)|(?<=gl...\x01)|(?<=xapp\x01)|(?<=whsec\x01)|(?<=npm\x01)|(?<=pypi\x01)"
    rb"|(?<=hf\x01)|(?<=dop\x01v1\x01)|(?<=shp..\x01)|(?<=sq0...\x01)|(?<=lin\x01api\x01)"
    rb"|(?<=nfp\x01)|(?<=dckr\x01pat\x01)|(?<=GOCSPX\x01))"
    rb"(?P<more>))(?:"
    rb"(?=\x01{4}BEGIN)(?P<pem>)|(?=[KS]I\x01)(?P<aws>)|(?=Iza)(?P<aiza>)"
    rb"|(?=(?:live|test)\x01)(?P<stripe>))?"
    rb"|(?=\x01{4}BEGIN)(?P<pem2>)|(?=[KS]I\x01)(?P<aws2>)|(?=Iza)(?P<aiza2>)"
    rb"|(?=(?:live|test)\x01)(?P<stripe2>))"
)
# Each family's regex, in the order findings are reported; ``back`` bounds how far before its
# mark a match can start, so the regex need not scan the text before the first mark.
FAMILY_GROUPS = {
    "pem": "pem", "pem2": "pem", "jwt": "jwt", "sk": "sk", "aws": "aws", "aws2": "aws",
    "gh": "gh", "ghpat": "ghpat", "xox": "xox", "aiza": "aiza", "aiza2": "aiza",
    "stripe": "stripe", "stripe2": "stripe", "more": "more", "mailgun": "mailgun",
    "uflag": "uflag",
}  # fmt: skip
FAMILY_ORDER = ("pem", "jwt", "sk", "aws", "gh", "ghpat", "xox", "aiza", "stripe")
FAMILY_BACK = 12


XML_ELEMENT_VALUE = re.compile(r">([^<\s][^<\n]{0,255}?)</")
XML_KV_AFTER = re.compile(r"[\w\-]*\"\s+value=\"([^\"]{1,256})\"")
CLI_BEFORE = re.compile(rb"(?:^|[\s\"'])--(?:[a-z]+-)?$")
PROSE_TAIL = re.compile(rb"\s+(?:is|was|is now|is still|will be)\s*:?\s+[\"']?")
#: The same sentence in more words and languages: an optional "for the admin account" / "do
#: roteador" / "für das WLAN" between the word and its verb, then a colon or a copula ("lautet",
#: "est", "è", "é", "är", ...). ``to`` counts only after "set"/"change"/"reset" (see
#: ``prose_value``). Bounded: at most three qualifier words, each without spaces.
PROSE_TAIL_WIDE = re.compile(
    r"(?:\s+(?:for|of|on|to|do|da|de|del|della|du|für|van|voor|för|dla|pro|na)"
    r"(?:\s+[^\s:,.;]+){1,3}?)?"
    r"(?:[ \t]*:|\s+(?P<cop>is|was|is now|is still|will be|lautet|ist|è|est|es|é|är|on|je|jest|to))"
    r"[ \t]+[\"'„“«]?",
    re.IGNORECASE,
)
SET_BEFORE = re.compile(rb"\b(?:set|change|changed|reset|updated?)\b")
#: ``- name: DB_PASS`` then ``value: ...`` on the next line (Kubernetes and compose env lists).
ENV_VALUE = re.compile(
    r"[\"']?[ \t]*\r?\n[ \t]*value:[ \t]*(?:\"([^\"\n]{1,256})\"|'([^'\n]{1,256})'|([^\s\"'#]{1,256}))"
)
#: ``.netrc``: ``machine <host> [login <user>] password <value>``, on one line or several.
NETRC_BEFORE = re.compile(rb"(?:machine|default)\s+(?:\S+\s+){1,3}$")


# Vendor keys seen less often than those in ``PREFIXED``: each is tried only when its literal
# prefix is in the text, with a literal-first regex (fast); the left boundary is checked here.
MORE_KEYS = {
    name: re.compile(pattern)
    for name, pattern in (
        ("glpat", r"glpat-[A-Za-z0-9_\-]{20,64}"),
        ("xapp", r"xapp-\d-[A-Za-z0-9\-]{20,200}"),
        ("whsec", r"whsec_[A-Za-z0-9+/=]{24,100}"),
        ("sg", r"SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}"),
        ("npm", r"npm_[A-Za-z0-9]{36}"),
        ("pypi", r"pypi-[A-Za-z0-9_\-]{50,250}"),
        ("hf", r"hf_[A-Za-z0-9]{30,40}"),
        ("sk", r"SK[0-9a-fA-F]{32}"),  # Twilio API key SID
        ("dop", r"dop_v1_[a-f0-9]{64}"),
        ("shp", r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}"),
        ("sq0", r"sq0(?:atp|csp)-[A-Za-z0-9_\-]{22,43}"),
        ("linear", r"lin_api_[A-Za-z0-9]{40}"),
        ("nfp", r"nfp_[A-Za-z0-9]{36,40}"),
        ("dckr", r"dckr_pat_[A-Za-z0-9_\-]{27,40}"),  # Docker Hub
        ("gocspx", r"GOCSPX-[A-Za-z0-9_\-]{28}"),  # Google OAuth client secret
        # GitLab runner, deploy, trigger, feed, CI build and incoming-mail tokens
        ("gl", r"gl(?:rt|dt|ptt|ft|cbt|imt)-[A-Za-z0-9_\-]{20,64}"),
        ("glsa", r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"),  # Grafana service account
        ("mailgun", r"key-[a-z0-9]{32}"),  # Mailgun (classic form); needs digits and letters
    )
}
MORE_NEEDLES = (("glpat", b"glpat-"), ("xapp", b"xapp-"), ("whsec", b"whsec_"), ("npm", b"npm_"),
                 ("pypi", b"pypi-"), ("hf", b"hf_"), ("dop", b"dop_v1_"), ("shp", b"shp"),
                 ("sq0", b"sq0"), ("linear", b"lin_api_"), ("nfp", b"nfp_"), ("dckr", b"dckr_pat_"),
                 ("gocspx", b"GOCSPX-"), ("gl", b"gl"), ("glsa", b"glsa_"))  # fmt: skip

SG_SK = re.compile(rb"S(?:G\.|K[0-9a-f])")
KEY_CHARS = frozenset(string.ascii_letters + string.digits + "_-")
#: Discord bot tokens (base64 user id . timestamp . HMAC), found by their middle part.
DISCORD_MID = re.compile(rb"\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}(?![A-Za-z0-9_\-.])")
DISCORD_HEAD = re.compile(r"[MNO][A-Za-z0-9_\-]{23,27}")
BASIC_AFTER = re.compile(
    r"authorization[\"']?\s*[:=]\s*[\"']?basic\s+([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])",
    re.IGNORECASE,
)
AUTH_SCHEME = re.compile(
    r"authorization[\"']?\s*[:=]\s*[\"']?(?:token|apikey|api-key|key|sso-key)\s+"
    r"([A-Za-z0-9_\-.~+/=:]{16,256})",
    re.IGNORECASE,
)
CLI_VALUE = re.compile(r"[^\s\"'`|;&<>]{3,256}")
MYSQL_P = re.compile(rb"mysql(?:dump|admin)?\b[^\n]{0,80}?\s-p(?=[^\s])")
PW_VALUE = re.compile(r"[^\s\"'`|;<>]{3,128}")
#: Command lines that carry a password without naming it; each regex ends where the value
#: starts. ``curl -u user:v`` is announced by a ``-u``/``--user`` mark of ``PREFIX_MARK``;
#: ``sshpass -p v`` and ``requirepass v`` (redis.conf) are found as compounds of the keyword
#: ``pass`` (``PASS_TOOL_TAIL``, indexed by "is sshpass").
CURL_USER = re.compile(
    rb"\bcurl\b[^\n]{0,160}?\s(?:-[a-z]*u[ ]*|--user[ =]|--proxy-user[ =])['\"]?[^\s:'\"$]{1,64}:"
)
PASS_TOOL_TAIL = (re.compile(rb"[ \t]+"), re.compile(rb"\s+(?:-[a-z]\s+)*-p[ ]*"))
#: Webhook URLs whose path is the credential (Slack, Discord) and Telegram bot tokens.
SLACK_HOOK = re.compile(
    r"hooks\.slack\.com/(?:services|workflows|triggers)/(T[A-Z0-9]{6,12}/[AB][A-Z0-9]{6,12}/([A-Za-z0-9]{20,32}))"
    r"(?![A-Za-z0-9])"
)
DISCORD_HOOK = re.compile(
    r"discord(?:app)?\.com/api/webhooks/\d{17,20}/([A-Za-z0-9_\-]{60,80})(?![A-Za-z0-9_\-])"
)
TELEGRAM_TAIL = re.compile(r":AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])")
#: Azure SAS ``sig=`` (URL-encoded base64 HMAC), in a URL or a ``SharedAccessSignature=`` string.
SAS_SIG = re.compile(r"[?&;]sig=([A-Za-z0-9%+/=]{20,256})")
#: "password" in Portuguese and Dutch, lowered to one byte per character (each costs one ``in``
#: per text); Swedish ``lösenord`` only in text that is not ASCII. ``Kennwort``, ``parola`` and
#: ``passord`` are keywords of ``scan_assignments`` (found by the pair scan, at no extra cost).
FOREIGN_LATIN = (b"senha", b"wachtwoord", b"heslo")
FOREIGN_ACCENTED = (b"l\xf6senord", b"l\xf6senordet")
PROSE_VALUE = re.compile(r"[^\s\"'\u201d]{4,64}")
#: The value after a colon later in the same clause: ``WLAN-Passwort in die Gruppe geschrieben:
#: v``, ``mot de passe du wifi dans le groupe : v``, ``şifresini gruba yazmış: v``.
DELAYED_COLON = re.compile(r"[^\n:：.!?]{1,60}?[ \t]?[:：][ \t]+[\"']?([^\s\"'<>]{3,128})")
#: A token written right after the word ``token``: ``the token ST0JOlxvHGdl leaked``.
TOKEN_AFTER = re.compile(r"[ \t]([A-Za-z0-9!#$%&*+/=?^_~\-]{8,128})")
FOREIGN_TAIL = re.compile(r"\s*[:=：]\s*[\"']?([^\s\"'<>]{3,128})")
FOREIGN_WIDE = ("ароль", "АРОЛЬ", "パスワード", "密码", "密碼", "비밀번호", "asło", "ASŁO",
                 "Şifre", "şifre", "ật khẩu")  # fmt: skip


SLUG = re.compile(r"[a-z]+(?:[_\-][a-z]+)+")
