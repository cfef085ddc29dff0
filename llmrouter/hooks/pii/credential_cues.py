"""Human passwords in chat (personal path): ``ask Maja for the wifi pw, i think it's v``,
``user ops, pass v``, ``the login that works is admin / v``, ``lösenord = v``.

The keyword scans of :mod:`.assignments` want a keyword spelt right and a value right after it;
people write the cue with typos (``wachwtoord``, ``Passort``), in a sentence, or as a
``user / password`` pair. Here a cue word (typo-tolerant: one dropped, doubled or swapped letter
after the first) opens a short window on the same line, and the first token in it that is shaped
like a password (letters with digits or symbols, no date, version, address or URL) is taken.
Weak cues (``pass``, ``login``, ``token``, ``creds``) need a ``:``/``=``, a ``user X`` before
them or a ``user / value`` pair, so ``pass the v2beta flag`` is left alone.
"""

from __future__ import annotations

import re

from .findings import Hit

#: "password" and its everyday stand-ins, per language (lowercase, accents kept and dropped)
_STRONG = [
    "password",
    "passwords",
    "passwd",
    "passcode",
    "passphrase",
    "pw",
    "pwd",
    "pword",
    "passwort",
    "passwörter",
    "kennwort",
    "wlan-passwort",
    "wifi-passwort",
    "contraseña",
    "contrasena",
    "contraseñas",
    "clave",
    "senha",
    "senhas",
    "mot-de-passe",
    "mdp",
    "lösenord",
    "lösenordet",
    "losenord",
    "losenordet",
    "wifi-lösenordet",
    "wifi-lösenord",
    "adgangskode",
    "adgangskoden",
    "wifi-koden",
    "wifi-kode",
    "kodeord",
    "passord",
    "passordet",
    "wachtwoord",
    "wifi-wachtwoord",
    "salasana",
    "salasanan",
    "salasanasi",
    "hasło",
    "haslo",
    "hasła",
    "hasla",
    "heslo",
    "hesla",
    "şifre",
    "sifre",
    "şifresi",
    "sifresi",
    "parola",
    "parolă",
]
#: cues that are also ordinary words: they need an assignment or a user before them
_WEAK = frozenset(["pass", "login", "creds", "credentials", "token", "secret"])


def typo_forms(word: str) -> set[str]:
    """``word`` with one letter after the first dropped, doubled, or swapped with the next."""
    forms = {word}
    for i in range(1, len(word)):
        forms.add(word[:i] + word[i + 1 :])
        forms.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            forms.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return forms


def _cue_table() -> dict[str, bool]:
    """Every cue spelling -> whether it is strong; typo forms only for words of five letters or
    more (``pw`` with a letter dropped is any letter)."""
    table: dict[str, bool] = {}
    for word in (*_STRONG, *_WEAK):
        strong = word not in _WEAK
        for form in typo_forms(word) if len(word) >= 5 else {word}:
            if len(form) >= 4 or form == word:
                table.setdefault(form, strong)
    for word in (*_STRONG, *_WEAK):
        table[word] = word not in _WEAK  # the exact spelling wins over another word's typo
    return table


_CUES = _cue_table()
_CUE_SET = frozenset(_CUES)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_TOKEN = re.compile(r"[^\s,;\"'<>()\[\]`]+")
_USER_BEFORE = re.compile(
    r"(?i)\b(?:user(?:name)?|login|usuario|benutzer|nutzer|bruker|anv[äa]ndare)\b[ :=]+\S+"
)
_NOT_PASSWORD = re.compile(
    r"(?i)(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[t ]\S*)?|\$\{.*|\{\{.*|%\w+%|\d{1,2}:\d{2}(?::\d{2})?|v?\d+(?:\.\d+){1,3}[a-z]?"
    r"|[\w.+-]+@[\w-]+\.[\w.]+|\w+://.*|www\..*|[a-z]+\.(?:com|org|net|io|de|fr)|\d+[a-z]{1,5}"
    r"|[a-z]{1,3}\d+|#\d+|[a-z]+/\d+)"
)
_WINDOW = 48
#: words (and ``/``) between a cue and its value: ``for the wifi``, ``i think it's``, ``admin /``
_FILLER = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*[:,.]?|[/:=\-–—.]")
_WORDY = re.compile(r"[^\W\d_]+[!?.]*")


def _password_shaped(token: str) -> str | None:
    """``token`` trimmed, if a person would choose it as a password: six characters or more,
    letters with a digit or a symbol, not a date, time, version, e-mail, URL or unit."""
    value = token.rstrip(".,:;")
    if len(value) < 6 or len(value) > 64 or _NOT_PASSWORD.fullmatch(value) or value.isupper():
        return None
    if "=" in value or _WORDY.fullmatch(value):
        return None  # ``req_id=v`` is another key's value; ``Thanks!`` is a word
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    symbols = len(value) - letters - digits
    if letters < 2 or not (digits or symbols):
        return None
    if symbols and not digits and all(c in "-'/._" for c in value if not c.isalnum()):
        return None  # ``well-known``, ``and/or``: words joined
    return value


def _window_value(text: str, at: int, weak: bool, line_start: int) -> Hit | None:
    """The first password-shaped token after a cue ending at ``at``, on the same line (or the
    next when only ``:``/``=`` comes between)."""
    end = min(len(text), at + _WINDOW)
    gap = text[at:end]
    head = len(gap) - len(gap.lstrip(" \t:=\"'"))
    nl = gap.find("\n", head)
    if nl >= 0:
        end = at + nl
    if weak and not _weak_cue_holds(text, at, head, line_start):
        return None
    for m in _TOKEN.finditer(text, at + head, end):
        token = m.group()
        value = _password_shaped(token)
        if value is not None:
            return (m.start(), m.start() + len(value), "PASSWORD")
        if not _FILLER.fullmatch(token):
            return None  # the value slot holds a placeholder, a date, a number: not a password
    return None


def _weak_cue_holds(text: str, at: int, head: int, line_start: int) -> bool:
    """``pass: v``, ``user ops, pass v``, ``login ... admin / v``."""
    if any(c in ":=" for c in text[at : at + head]):
        return True
    if _USER_BEFORE.search(text, max(line_start, at - 40), at):
        return True
    slash = text.find(" / ", at, at + _WINDOW)
    return slash >= 0 and "\n" not in text[at:slash]


def may_hold_cue(words: frozenset[str]) -> bool:
    """Some word of ``words`` (lowercase), or its last hyphen part, is a cue spelling."""
    if not _CUE_SET.isdisjoint(words):
        return True
    return any(w.rpartition("-")[2] in _CUE_SET for w in words if "-" in w)


def scan_credential_cues(text: str, out: list[Hit]) -> None:
    """Appends the value after each typo-tolerant password cue (see the module docstring)."""
    for m in _WORD.finditer(text):
        word = m.group().lower()
        strong = _CUES.get(word)
        if strong is None:
            tail = word.rpartition("-")[2]  # ``WLAN-Passort``, ``wifi-löesnordet``
            strong = _CUES.get(tail) if tail != word else None
            if strong is None:
                continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        hit = _window_value(text, m.end(), not strong, line_start)
        if hit is not None:
            out.append(hit)
