"""The forms of a text the injection guard reads: normalised (NFKC, zero-width characters
dropped, homoglyphs folded), decoded (base64, hex, percent, unicode escapes) and rewritten
(letters spaced apart glued back, leetspeak, rot13, reversed)."""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from urllib.parse import unquote

_ZERO_WIDTH = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f"),
    None,
)
# Cyrillic and Greek letters that look Latin; folded only inside words that also hold Latin
# letters, so Russian and Greek text stays as it is.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅαβεικνορτυχοΑΒΕΗΙΚΜΝΟΡΤΥΧΖ",
    "aeopcyxijsdhlqwABEKMHOPCTXYIJSabeiknoptuxoABEHIKMNOPTYXZ",
)
_HOMOGLYPH_CHARS = re.compile("[аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅαβεικνορτυχοΑΒΕΗΙΚΜΝΟΡΤΥΧΖ]")
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_COMBINING_AFTER_LATIN = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f\u0489\u20d0-\u20ff]+")
LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "|": "l",
        "!": "i",
        "8": "b",
        "9": "g",
        "+": "t",
        "€": "e",
    }
)
LEET_HINT = re.compile(r"[a-z][0134578@$|!+][a-z]|\b[0134578@$][a-z]{2,}|[a-z]{2,}[0134578@$]\b")
_SPACED = re.compile(r"(?<![\w])(?:\w(?: {1,3}|[.\-_*|/~] ?|\u00a0)){4,}\w(?!\w)")
_SPACED_SEP = re.compile(r"[ .\-_*|/~\u00a0]")
_B64_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{20,}={0,2}")
_HEX_RUN = re.compile(r"(?:(?:\\x|0x)?[0-9a-fA-F]{2}[\s:,]?){12,}")
_HEX_CLEAN = re.compile(r"\\x|0x|[\s:,]")
_PCT_RUN = re.compile(r"(?:%[0-9a-fA-F]{2}){6,}")
_UNI_ESC = re.compile(r"(?:\\u[0-9a-fA-F]{4}){4,}")
ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
# rot13 of the words an English injection can hardly avoid; finding one of them in the rot13
# of a text means the text was probably rot13 to begin with.
ROT13_HINT = re.compile(r"\b(?:gur|lbh|naq|lbhe|nyy|guvf|vf|gb|bs|jvgu|sbe|vtaber|cerivbhf)\b")
REVERSE_HINT = re.compile(r"\b(?:snoitcurtsni|erongi|suoiverp|tpmorp|metsys|drageresid)\b", re.IGNORECASE)


def _fold_homoglyphs(text: str) -> str:
    if not _HOMOGLYPH_CHARS.search(text):
        return text
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), text)


def normalize(text: str) -> str:
    """The text as a reader sees it: compatibility forms folded (fullwidth, math alphanumerics),
    invisible characters dropped, and Latin lookalikes in Latin words turned into Latin."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _COMBINING_AFTER_LATIN.sub("", text)
    return _fold_homoglyphs(text)


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    letters = sum(1 for ch in text if ch.isalpha() or ch == " ")
    return min(good / len(text), (letters + 1) / len(text) * 1.4)


def _try_text(raw: bytes) -> str | None:
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if len(decoded) >= 8 and _printable_ratio(decoded) >= 0.85 else None


def _decode_base64(blob: str) -> str | None:
    blob = blob.rstrip("=")
    blob += "=" * (-len(blob) % 4)
    try:
        if "-" in blob or "_" in blob:
            raw = base64.urlsafe_b64decode(blob)
        else:
            raw = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _try_text(raw)


def decoded_forms(text: str) -> list[tuple[str, str]]:
    """Decoded renderings of blobs hidden in ``text``, each with the name of its encoding.

    Each decoder is behind a cheap test, so ordinary prose pays a few regex scans and nothing
    more."""
    out: list[tuple[str, str]] = []
    if len(text) >= 20:
        out.extend(("base64", decoded) for decoded in _base64_blobs(text))
        if "%" in text:
            for match in _PCT_RUN.finditer(text):
                out.append(("percent", unquote(match.group(0))))
        if "\\u" in text:
            out.extend(("unicode_escape", decoded) for decoded in _unicode_escapes(text))
        out.extend(("hex", decoded) for decoded in _hex_blobs(text))
    return out


def _base64_blobs(text: str) -> list[str]:
    decoded_blobs: list[str] = []
    for match in _B64_RUN.finditer(text):
        blob = match.group(0)
        # Words and identifiers are [A-Za-z] runs too; real base64 mixes cases and digits.
        if blob.isalpha() and (blob.islower() or blob.isupper()):
            continue
        decoded = _decode_base64(blob)
        if decoded:
            decoded_blobs.append(decoded)
    return decoded_blobs


def _unicode_escapes(text: str) -> list[str]:
    decoded_runs: list[str] = []
    for match in _UNI_ESC.finditer(text):
        try:
            decoded_runs.append(codecs.decode(match.group(0), "unicode_escape"))
        except UnicodeDecodeError:
            pass
    return decoded_runs


def _hex_blobs(text: str) -> list[str]:
    decoded_blobs: list[str] = []
    for match in _HEX_RUN.finditer(text):
        digits = _HEX_CLEAN.sub("", match.group(0))
        if len(digits) % 2:
            digits = digits[:-1]
        if digits.isdigit():
            continue  # long numbers, not hex
        try:
            decoded = _try_text(bytes.fromhex(digits))
        except ValueError:
            decoded = None
        if decoded:
            decoded_blobs.append(decoded)
    return decoded_blobs


def despace(text: str) -> str | None:
    """Letters spaced apart ("i g n o r e") glued back; wider gaps are kept as word breaks."""
    if not _SPACED.search(text):
        return None

    def glue(match: re.Match[str]) -> str:
        run = match.group(0)
        words = re.split(r" {2,}| ?/ ?| ?\| ?|\u00a0{2,}", run) if re.search(r" {2,}|/|\|", run) else [run]
        return " ".join(_SPACED_SEP.sub("", word) for word in words)

    return _SPACED.sub(glue, text)


def rewritten_forms(text: str, lower: str) -> list[tuple[str, str, bool]]:
    """``(name, text, glued)`` for each rewriting worth a rescan: letters spaced apart glued back,
    leetspeak, rot13, reversed; each behind a cheap hint."""
    variants: list[tuple[str, str, bool]] = []
    spaced = despace(text)
    if spaced is not None:
        variants.append(("spaced", spaced, True))
    if LEET_HINT.search(lower):
        leet = lower.translate(LEET)
        if leet != lower:
            variants.append(("leetspeak", leet, False))
    if lower.isascii():
        if len(ROT13_HINT.findall(lower)) >= 3:
            variants.append(("rot13", lower.translate(ROT13), False))
    if REVERSE_HINT.search(lower):
        variants.append(("reversed", text[::-1], False))
    return variants
