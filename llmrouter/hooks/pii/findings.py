"""What a detector reports, and which of two overlapping findings is kept."""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

#: Secret entity types; the name ``SECRET`` in modes/entities stands for all of them.
SECRET_TYPES = frozenset({"API_KEY", "AWS_ACCESS_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "SECRET"})
PII_TYPES = frozenset({"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"})
ALL_TYPES = PII_TYPES | SECRET_TYPES

# Which finding wins an overlap: a specific secret beats the generic assignment that holds it,
# and a validated number beats a phone shape that happens to cover it.
_PRIORITY = {
    "PRIVATE_KEY": 90,
    "JWT": 80,
    "API_KEY": 80,
    "AWS_ACCESS_KEY": 80,
    "PASSWORD": 75,
    "SECRET": 50,
    "EMAIL": 70,
    "IBAN": 70,
    "CREDIT_CARD": 65,
    "US_SSN": 65,
    "IP_ADDRESS": 60,
    "PHONE": 55,
}


@dataclass(slots=True)
class Finding:
    """One detected span; ``score`` lets NER plug-ins say how sure they are (validators say 1.0).

    Not frozen: a frozen dataclass costs three times as much to build, and detection builds one
    per finding on the hot path."""

    start: int
    end: int
    entity_type: str
    score: float = 1.0


@runtime_checkable
class Detector(Protocol):
    """What a detector plug-in implements; findings may overlap, the redactor resolves them."""

    def detect(self, text: str) -> list[Finding]: ...


_START = operator.attrgetter("start")

#: A finding inside the detector: ``(start, end, entity_type)``, score 1.0. Tuples cost a third
#: of a dataclass to build; :class:`Finding` objects are made once, for the ones that survive.
Hit = tuple[int, int, str]
_FIRST = operator.itemgetter(0)
FIRST_TWO = operator.itemgetter(0, 1)


def _rank(hit: Hit) -> tuple[int, int, int]:
    return (-_PRIORITY.get(hit[2], 40), hit[0] - hit[1], hit[0])


def resolve_hits(hits: list[Hit]) -> list[Hit]:
    """:func:`resolve_overlaps` for the detector's own tuples (all scores are 1.0)."""
    if len(hits) < 2:
        return hits
    hits.sort(key=_FIRST)
    prev_end = -1
    for h in hits:
        if h[0] < prev_end:
            break
        prev_end = h[1]
    else:
        return hits
    kept: list[Hit] = []
    for cand in sorted(hits, key=_rank):
        cs, ce = cand[0], cand[1]
        for k in kept:
            if ce > k[0] and cs < k[1]:
                break
        else:
            kept.append(cand)
    kept.sort(key=_FIRST)
    return kept


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keeps a non-overlapping set, preferring specific types, then longer spans, then scores,
    so that ``token=sk-...`` is one API_KEY and not a SECRET around it."""
    if len(findings) < 2:
        return list(findings)
    ordered = sorted(findings, key=_START)
    prev_end = -1
    for f in ordered:
        if f.start < prev_end:
            break
        prev_end = f.end
    else:
        return ordered
    ranked = sorted(
        findings,
        key=lambda f: (-_PRIORITY.get(f.entity_type, 40), -(f.end - f.start), -f.score, f.start),
    )
    kept: list[Finding] = []
    for cand in ranked:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    kept.sort(key=lambda f: f.start)
    return kept
