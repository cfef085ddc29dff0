"""Built-in PII and secret detection: cheap scans that find candidates, validators that decide.

Every pattern is anchored on something rare (an ``@``, a literal key prefix, a run of digits), so
that text without PII is skimmed at C speed and Python only runs on the few candidates. A shape
alone never makes a finding: cards pass Luhn, IBANs mod-97, SSNs the SSA rules, IPs ``ipaddress``,
JWT headers must decode to JSON with ``alg``, and generic secrets need entropy. Look-alikes
(versions, UUIDs, hashes, timestamps, ISBNs, order numbers) fail one of those checks or a context
rule, and are left alone; so are published test card numbers and documentation-range IPs, which
identify no one (a test number the writer calls their own card is still redacted).

Layout: the data (what each entity looks like) and the engines (how a text is scanned for it)
live apart, one family each:

* :mod:`.findings`: :class:`Finding`, the :class:`Detector` protocol, overlap resolution;
* :mod:`.validators`: Luhn, issuer ranges, IBAN mod-97, SSA rules, entropy;
* :mod:`.number_patterns` / :mod:`.numbers`: phones, cards, SSNs, IPv4 (shapes / digit-run scan);
* :mod:`.contact`: e-mail addresses, IBANs, IPv6;
* :mod:`.secret_patterns`: vendor key prefixes, credential keywords and what follows them;
* :mod:`.prefixed` / :mod:`.assignments`: secrets found by prefix / named by a keyword;
* :mod:`.passwords`: ``Authorization`` headers, command lines, "password" in other languages;
* :mod:`.names` / :mod:`.name_cues` / :mod:`.addresses` / :mod:`.birth_dates` (``name_data/``):
  person names (cue phrases in fourteen languages and a name list), street addresses and dates
  of birth (``personal=True``);
* :mod:`.samples`: published test card numbers and documentation IPs, left alone by policy;
* :mod:`.plugins`: the optional Presidio, spaCy and GLiNER detectors;
* :mod:`.detector`: :class:`BuiltinDetector`, every scan over one text.
"""

from __future__ import annotations

from .detector import BuiltinDetector
from .findings import ALL_TYPES, PERSONAL_TYPES, PII_TYPES, SECRET_TYPES, Detector, Finding, resolve_overlaps
from .validators import iban_valid, luhn_valid, shannon_entropy, ssn_valid

__all__ = [
    "ALL_TYPES",
    "PERSONAL_TYPES",
    "PII_TYPES",
    "SECRET_TYPES",
    "BuiltinDetector",
    "Detector",
    "Finding",
    "iban_valid",
    "luhn_valid",
    "resolve_overlaps",
    "shannon_entropy",
    "ssn_valid",
]
