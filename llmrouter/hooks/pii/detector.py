"""The built-in detector: every scan over one text, overlaps resolved."""

from __future__ import annotations

import re

from .addresses import scan_addresses
from .assignments import lowered, scan_assignments
from .birth_dates import scan_birth_dates
from .contact import scan_email, scan_ipv6
from .credential_cues import may_hold_cue, scan_credential_cues
from .findings import PERSONAL_TYPES, Finding, Hit, resolve_hits
from .name_headers import scan_reply_headers
from .names import Words, scan_names
from .number_patterns import FOLD_SEPARATORS, ZERO_DIGITS, phone_is_an_id
from .numbers import has_odd_separator, scan_numbers
from .phone_cues import scan_phone_cues
from .prefixed import prefix_families, scan_more_secrets, scan_prefixed
from .quick import may_hold_findings
from .secret_patterns import BEARER, MARKS, URL_USERINFO
from .validators import has_mix, shannon_entropy

_DIGITS = re.compile(r"\d{3}")


class BuiltinDetector:
    """Validator-backed detection for e-mails, phones, cards, IBANs, SSNs, IPs and secrets.

    ``personal=True`` also finds ``PERSON``, ``ADDRESS`` and ``DATE_OF_BIRTH`` (rules with
    context and a shipped name list: :mod:`.names`, :mod:`.addresses`, :mod:`.birth_dates`); they
    are off by default because they cost more and are less precise than the validator-backed
    types (see the README's "Measured"). Stateless and thread-safe: one instance serves every call.
    """

    def __init__(self, entities: frozenset[str] | None = None, *, personal: bool = False) -> None:
        self.entities = entities
        wanted = PERSONAL_TYPES if entities is None else PERSONAL_TYPES & entities
        self.personal = frozenset(wanted) if personal else frozenset()
        #: :mod:`.quick`'s shortcut; off only in the test that proves it changes no finding
        self._quick = not personal

    def detect(self, text: str) -> list[Finding]:
        if len(text) < 6:
            return []
        return [Finding(s, e, kind) for s, e, kind in self._hits(text)]

    def _hits(self, text: str) -> list[Hit]:
        # One byte per character (Latin-1, ``?`` for the rest): the byte copies below keep the
        # offsets of ``text`` and let ``re`` search them by literal first characters.
        raw = text.encode("latin-1", "replace")
        if self._quick and not may_hold_findings(text, raw):
            return []  # most chat messages: no character or word any scan starts from
        out: list[Hit] = []
        if "@" in text:
            scan_email(text, out)
        if text.isascii() or not has_odd_separator(text):
            scan_numbers(text, raw.translate(ZERO_DIGITS), out)
        else:
            folded = text.translate(FOLD_SEPARATORS)  # same length: the offsets still agree
            scan_numbers(folded, folded.encode("latin-1", "replace").translate(ZERO_DIGITS), out)
        has_colon = ":" in text
        urls = False
        if has_colon:
            # eight groups have seven colons, six groups and an embedded IPv4 address six
            if "::" in text or text.count(":") >= 6:
                scan_ipv6(text, out)
            urls = "://" in text
            if urls:
                for m in URL_USERINFO.finditer(text):
                    out.append((m.start(2), m.end(2), "PASSWORD"))
        marked = raw.translate(MARKS)
        families = prefix_families(marked)
        if families:
            scan_prefixed(text, families, out)
        low = lowered(text, raw)
        if b"bearer" in low:
            for m in BEARER.finditer(text):
                v = m.group(1)
                if shannon_entropy(v) >= 3.0 and has_mix(v):
                    out.append((m.start(1), m.end(1), "SECRET"))
        scan_assignments(text, low, out)
        scan_more_secrets(text, raw, families, low, has_colon, urls, out)
        personal = self.personal
        if personal:
            words = Words(text)  # split once for names and addresses
            lows = frozenset(words.lows)
            if "PASSWORD" in (self.entities or ("PASSWORD",)) and may_hold_cue(lows):
                scan_credential_cues(text, out)
            if "PHONE" in (self.entities or ("PHONE",)) and _DIGITS.search(text) is not None:
                scan_phone_cues(text, out)
            if "PERSON" in personal:
                scan_names(text, out, words)
                scan_reply_headers(text, out)
            if "ADDRESS" in personal:
                scan_addresses(text, out, lows)
            if "DATE_OF_BIRTH" in personal:
                scan_birth_dates(text, low, out)
        if any(h[2] == "PHONE" for h in out):
            out = [h for h in out if h[2] != "PHONE" or not phone_is_an_id(text, h[0], h[1])]
        entities = self.entities
        if entities is not None:
            out = [h for h in out if h[2] in entities]
        return resolve_hits(out)
