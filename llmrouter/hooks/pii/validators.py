"""Checks that turn a shape into a finding: Luhn, issuer ranges, IBAN mod-97, SSA rules, entropy, JWT headers."""

from __future__ import annotations

import base64
import binascii
import json
import math

_PLAIN = {str(i): i for i in range(10)}
_DOUBLED = {str(i): (2 * i if i < 5 else 2 * i - 9) for i in range(10)}


# Every second digit from the right is doubled and its digits summed: ``7`` -> 14 -> ``5``. The
# table does that per character, and the digit sum of the result is the byte sum minus 48 each.
_LUHN_DOUBLE = str.maketrans("0123456789", "0246813579")


def luhn_valid(digits: str) -> bool:
    """Luhn mod-10; a random digit string passes one time in ten, so it is never used alone."""
    if not (digits.isascii() and digits.isdigit()):
        total = sum(map(_PLAIN.__getitem__, digits[-1::-2])) + sum(map(_DOUBLED.__getitem__, digits[-2::-2]))
        return total % 10 == 0
    folded = (digits[-1::-2] + digits[-2::-2].translate(_LUHN_DOUBLE)).encode()
    return (sum(folded) - 48 * len(folded)) % 10 == 0


def card_prefix_ok(digits: str) -> bool:
    """Issuer ranges (Visa, Mastercard incl. 2-series, Amex, Discover, JCB, Diners, UnionPay,
    Maestro): drops Luhn-valid order numbers and timestamps, which mostly start with 1, 7-9."""
    n = len(digits)
    first = digits[0]
    if first == "4":
        return n in (13, 16, 19)
    if first == "5":
        return n >= 12
    if first == "6":
        return n >= 12
    if first == "3":
        two = digits[:2]
        if two in ("34", "37"):
            return n == 15
        return two in ("30", "35", "36", "38", "39") and n >= 14
    if first == "2":
        four = int(digits[:4])
        if 2200 <= four <= 2204:  # Mir
            return 16 <= n <= 19
        return 2221 <= four <= 2720 and n == 16
    return False


IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


_IBAN_DIGITS = {ord(ch): str(i + 10) for i, ch in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def iban_valid(iban: str) -> bool:
    """ISO 13616: registry length for the country and mod-97 == 1 over the rearranged string."""
    s = iban.replace(" ", "").upper()
    if IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit() or not s.isalnum():
        return False
    return int((s[4:] + s[:4]).translate(_IBAN_DIGITS)) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    return area != "000" and area != "666" and area[0] != "9" and group != "00" and serial != "0000"


_CLOGC = [0.0] + [c * math.log2(c) for c in range(1, 1025)]


def shannon_entropy(value: str) -> float:
    """Bits per character; random keys score 4+, words and ``changeme`` stay under 3."""
    if not value:
        return 0.0
    n = len(value)
    # H = log2(n) - sum(c * log2(c)) / n, with c*log2(c) from a table: no Python frame per char.
    counts = map(value.count, set(value))
    if n < len(_CLOGC):
        return max(0.0, math.log2(n) - sum(map(_CLOGC.__getitem__, counts)) / n)
    return max(0.0, math.log2(n) - sum(c * math.log2(c) for c in counts) / n)


def b64url_json(part: str) -> object:
    padded = part + "=" * (-len(part) % 4)
    try:
        return json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def has_mix(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
