"""Quality and speed of the built-in redaction detectors on ``tests/data/pii_eval.jsonl``.

Run ``python bench/redaction_eval.py`` (``--dev``: every development set on the default and
``personal=True`` paths, and per-message throughput of both; ``--dev4``/``--dev4b``/``--holdout3``:
one set's per-type table). Gold labels are normalised by issue #14's policy first (published test
cards and documentation IPs are not PII; see ``normalise_gold``). A finding matches a labelled span when the types agree
and the two overlap by at least half of their union (IoU >= 0.5); exact matches are counted too.
"Leak" is the share of labelled characters that no finding of any type covers: what would reach
the vendor verbatim. Throughput is detection only (``Redactor.scan``), in CPU seconds of one core, best of nine;
the gate is the "4 KB messages + 1 eval row" corpus (prose and Python source in four
languages, one PII-dense eval row spliced into every message). Shared machines make this
figure move by +-20% between runs.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmrouter.hooks.pii.samples import (
    is_documentation_ipv4,
    is_documentation_ipv6,
    is_test_card,
    own_card_context,
)
from llmrouter.hooks.redact import ALL_TYPES as ALL_KINDS
from llmrouter.hooks.redact import Finding, Redactor

DATA = ROOT / "tests" / "data" / "pii_eval.jsonl"
#: Written independently, without sight of the detector or the development set, and never tuned
#: against: the honest figure. Only its aggregates are printed, never its texts.
HOLDOUT = ROOT / "tests" / "data" / "pii_holdout.jsonl"
#: A second one, by another author, written after the detector's secret and phone forms were
#: extended (on development data only) and measured once after that.
HOLDOUT2 = ROOT / "tests" / "data" / "pii_holdout2.jsonl"
#: Development data for PERSON / ADDRESS / DATE_OF_BIRTH (tests/data/make_pii_dev4.py).
DEV4 = ROOT / "tests" / "data" / "pii_dev4.jsonl"
#: A third independent held-out set (names, addresses, birth dates and the classic types, 10
#: languages, look-alike-only texts), measured once with ``--holdout3`` before the PERSON rules
#: were rewritten (F1 0.828); it is development data since, so its figures are optimistic now.
HOLDOUT3 = ROOT / "tests" / "data" / "pii_holdout3.jsonl"
#: A fourth, by yet another author (tests/data/make_pii_holdout4.py), written while the personal
#: path was reworked on set 3 and dev data, never seen by that work; measured once with
#: ``--holdout4``: aggregates only.
HOLDOUT4 = ROOT / "tests" / "data" / "pii_holdout4.jsonl"
#: A fifth, by another author (tests/data/make_pii_holdout5.py), written while the second rework
#: of the personal path used set 4 as development data, never seen by it; measured once with
#: ``--holdout5``: aggregates only.
HOLDOUT5 = ROOT / "tests" / "data" / "pii_holdout5.jsonl"
#: A sixth, by another author (tests/data/make_pii_holdout6.py), written while the third rework
#: used set 5 as development data, never seen by it; measured once with ``--holdout6``.
HOLDOUT6 = ROOT / "tests" / "data" / "pii_holdout6.jsonl"
#: A seventh, by another author (tests/data/make_pii_holdout7.py), measured once with ``--holdout7``
#: on the same detector as set 6: a second independent figure for it.
HOLDOUT7 = ROOT / "tests" / "data" / "pii_holdout7.jsonl"
#: Sets 6 and 7 are spent since (studied by category for the next round): development data now,
#: optimistic; ``--set pii_holdout6.jsonl -v`` lists a spent set's errors.
#: An eighth, by another author (tests/data/make_pii_holdout8.py), written while the fourth
#: precision round used sets 6 and 7 as development data, never seen by it; measured once with
#: ``--holdout8``: aggregates only.
HOLDOUT8 = ROOT / "tests" / "data" / "pii_holdout8.jsonl"
#: Short chat prompts without PII, for the per-message throughput of ordinary traffic.
EVERYDAY = ROOT / "tests" / "data" / "everyday_prompts.jsonl"
PERSONAL_KINDS = frozenset({"PERSON", "ADDRESS", "DATE_OF_BIRTH"})
_SECRET_KINDS = {"API_KEY", "AWS_ACCESS_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "SECRET"}
VALIDATED = ("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS")
TARGET_RECALL = 0.98
TARGET_PRECISION = 0.97
TARGET_MBPS = 20.0


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_type: dict[str, Counts] = field(default_factory=dict)
    gold_chars: int = 0
    leaked_chars: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def leak_share(self) -> float:
        return self.leaked_chars / self.gold_chars if self.gold_chars else 0.0


def load(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [normalise_gold(row) for row in rows]


def normalise_gold(row: dict[str, Any]) -> dict[str, Any]:
    """Drops gold spans that are a published test card or a documentation-range IP.

    Why: issue #14's policy (held-out set 3's too) leaves those sample values alone, since
    they are nobody's data, while held-out sets 1-2 and the eval set were labelled before it and
    count them as PII. This is a mechanical relabel by that policy, the same rule for every set,
    and looks at no detector output: the rule is :mod:`llmrouter.hooks.pii.samples`.
    """
    text = row["text"]
    kept = []
    for span in row.get("spans", ()):
        value = text[span["start"] : span["end"]]
        if span["type"] == "CREDIT_CARD":
            digits = "".join(ch for ch in value if ch.isdigit())
            if is_test_card(digits) and not own_card_context(text, span["start"]):
                continue
        elif span["type"] == "IP_ADDRESS" and (is_documentation_ipv4(value) or is_documentation_ipv6(value)):
            continue
        kept.append(span)
    if len(kept) == len(row.get("spans", ())):
        return row
    return {**row, "spans": kept}


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _fold(kind: str) -> str:
    return "SECRET" if kind in _SECRET_KINDS else kind


def evaluate(
    rows: list[dict[str, Any]], redactor: Redactor | None = None, *, fold_secrets: bool = False
) -> Report:
    """``fold_secrets``: count every secret subtype as SECRET (the held-out labels are coarse)."""
    redactor = redactor or Redactor()
    report = Report()
    for row in rows:
        text = row["text"]
        found: list[Finding] = redactor.scan(text)
        if fold_secrets:
            found = [Finding(f.start, f.end, _fold(f.entity_type), f.score) for f in found]
        gold = [(s["start"], s["end"], _fold(s["type"]) if fold_secrets else s["type"]) for s in row["spans"]]
        used: set[int] = set()
        covered = bytearray(len(text))
        for f in found:
            covered[f.start : f.end] = b"\x01" * (f.end - f.start)
        for gs, ge, gt in gold:
            counts = report.per_type.setdefault(gt, Counts())
            report.gold_chars += ge - gs
            report.leaked_chars += (ge - gs) - sum(covered[gs:ge])
            best, best_i = 0.0, -1
            for i, f in enumerate(found):
                if i in used or f.entity_type != gt:
                    continue
                score = _iou((gs, ge), (f.start, f.end))
                if score > best:
                    best, best_i = score, i
            if best >= 0.5:
                used.add(best_i)
                counts.tp += 1
                if best == 1.0:
                    counts.exact += 1
            else:
                counts.fn += 1
                report.errors.append(("FN", gt, text[gs:ge]))
        for i, f in enumerate(found):
            if i not in used:
                report.per_type.setdefault(f.entity_type, Counts()).fp += 1
                lo, hi = max(0, f.start - 20), min(len(text), f.end + 20)
                report.errors.append(("FP", f.entity_type, text[lo:hi]))
    return report


def timing(rows: list[dict[str, Any]], redactor: Redactor) -> tuple[float, float, float]:
    """MB/s over the whole set (best of nine), and p50/p99 per-message latency in µs.

    Measured in CPU time of this process (``time.process_time``), which is what "one core"
    means and does not move when other work shares the machine.
    """
    texts = [row["text"] for row in rows]
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    per: list[float] = []
    clock = time.process_time
    for _ in range(9):
        start = clock()
        for t in texts:
            redactor.scan(t)
        elapsed = clock() - start
        best = min(best, elapsed)
    for _ in range(3):
        lat: list[float] = []
        for t in texts:
            t0 = clock()
            redactor.scan(t)
            lat.append(clock() - t0)
        lat.sort()
        if not per or lat[len(lat) // 2] < per[len(per) // 2]:
            per = lat
    p50 = statistics.median(per) * 1e6
    p99 = per[min(len(per) - 1, int(len(per) * 0.99))] * 1e6
    return size / best / 1e6, p50, p99


def typical_corpus(rows: list[dict[str, Any]], size: int = 2_000_000, with_pii: bool = True) -> list[str]:
    """Chat-sized messages (~4 KB) of prose in four languages and Python source, each with one
    eval-set row spliced in: realistic text where PII is present but not the bulk."""
    import argparse
    import email.message
    import http.client
    import inspect
    import json.decoder
    import textwrap

    from faker import Faker

    fake = Faker(["en_US", "de_DE", "fr_FR", "es_ES"])
    Faker.seed(7)
    prose = "\n\n".join(fake.paragraph(nb_sentences=6) for _ in range(2500))
    code = "\n".join(
        inspect.getsource(m) for m in (argparse, email.message, http.client, json.decoder, textwrap)
    )
    base = prose + "\n" + code
    out: list[str] = []
    total, pos, i = 0, 0, 0
    while total < size:
        chunk = base[pos : pos + 4000]
        pos = (pos + 4000) % max(1, len(base) - 4000)
        row = rows[i % len(rows)]["text"] if with_pii else ""
        msg = chunk[:2000] + "\n" + row + "\n" + chunk[2000:]
        i += 1
        out.append(msg)
        total += len(msg.encode("utf-8"))
    return out


def _reference_mbps(texts: list[str]) -> float:
    """How fast this machine runs one plain compiled-regex scan, so that the figures above can
    be compared across machines (and across moments on a shared one)."""
    import re

    pattern = re.compile(r"\d[\d().\-/ ]{5,}\d", re.ASCII)
    blob = "".join(texts)
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        pattern.findall(blob)
        best = min(best, time.process_time() - start)
    return len(blob.encode("utf-8")) / best / 1e6


def print_held_out(path: Path, redactor: Redactor, head: str) -> None:
    """Aggregates only: a held-out set's texts are never printed."""
    held = load(path)
    report = evaluate(held, redactor, fold_secrets=True)
    print(f"\nHELD-OUT {path.name} (independent; never tuned against): {len(held)} texts, "
          f"{sum(len(r['spans']) for r in held)} spans; secret subtypes counted as SECRET")  # fmt: skip
    print(head)
    print("-" * len(head))
    for kind in sorted(report.per_type, key=lambda k: (k not in VALIDATED, k)):
        c = report.per_type[kind]
        exact = c.exact / c.tp if c.tp else 0.0
        mark = ""
        if kind in VALIDATED and (c.recall < TARGET_RECALL or c.precision < TARGET_PRECISION):
            mark = "  <- below target"
        print(f"{kind:<16}{c.tp + c.fn:>6}{c.tp:>6}{c.fp:>5}{c.fn:>5}{c.precision:>8.3f}{c.recall:>8.3f}"
              f"{c.f1:>8.3f}{exact:>8.3f}{mark}")  # fmt: skip
    print(f"leaked PII characters: {report.leaked_chars} of {report.gold_chars} "
          f"({100 * report.leak_share:.2f}%)")  # fmt: skip


def agnostic(rows: list[dict[str, Any]], redactor: Redactor) -> dict[str, float]:
    """Type-agnostic figures: span F1 (any type, IoU >= 0.5, one-to-one), the share of texts
    with no labelled span that the redactor alters, and PERSON recall (type must match)."""
    tp = fp = fn = 0
    neg = touched = 0
    for row in rows:
        found = [(f.start, f.end) for f in redactor.scan(row["text"])]
        gold = [(s["start"], s["end"]) for s in row["spans"]]
        if not gold:
            neg += 1
            touched += bool(found)
        used: set[int] = set()
        for g in gold:
            best, best_i = 0.0, -1
            for i, f in enumerate(found):
                if i not in used:
                    score = _iou(g, f)
                    if score > best:
                        best, best_i = score, i
            if best >= 0.5:
                used.add(best_i)
                tp += 1
            else:
                fn += 1
        fp += len(found) - len(used)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "span_p": p,
        "span_r": r,
        "span_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "negatives": float(neg),
        "touched": touched / neg if neg else 0.0,
    }


def short_messages(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Short chat messages (the rows themselves, each one message), for per-message MB/s."""
    return [{"text": r["text"]} for r in rows]


def personal_report(path: Path, *, aggregates_only: bool) -> int:
    """PERSON / ADDRESS / DATE_OF_BIRTH figures, default vs ``personal=True``, on ``path``."""
    rows = load(path)
    print(f"{path.name}: {len(rows)} texts, {sum(len(r['spans']) for r in rows)} labelled spans; "
          "match rule: same type and IoU >= 0.5 (span F1: any type)")  # fmt: skip
    head = f"{'type':<16}{'gold':>6}{'tp':>6}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>8}{'exact':>8}"
    for label, redactor in (
        ("default Redactor()", Redactor()),
        ("Redactor(personal=True)", Redactor(personal=True)),
    ):
        report = evaluate(rows, redactor, fold_secrets=True)
        ag = agnostic(rows, redactor)
        print(f"\n{label}")
        print(head)
        print("-" * len(head))
        for kind in sorted(report.per_type, key=lambda k: (k not in VALIDATED, k)):
            c = report.per_type[kind]
            exact = c.exact / c.tp if c.tp else 0.0
            print(f"{kind:<16}{c.tp + c.fn:>6}{c.tp:>6}{c.fp:>5}{c.fn:>5}{c.precision:>8.3f}{c.recall:>8.3f}"
                  f"{c.f1:>8.3f}{exact:>8.3f}")  # fmt: skip
        person = report.per_type.get("PERSON", Counts())
        print(f"type-agnostic span P/R/F1: {ag['span_p']:.3f} / {ag['span_r']:.3f} / {ag['span_f1']:.3f}")
        print(
            f"leaked PII characters: {report.leaked_chars} of {report.gold_chars} ({100 * report.leak_share:.2f}%)"
        )
        print(f"look-alike-only texts touched: {100 * ag['touched']:.2f}% of {int(ag['negatives'])}")
        print(f"names recall (PERSON): {person.recall:.3f}")
        mbps, p50, p99 = timing(short_messages(rows), redactor)
        print(
            f"throughput, per message over these texts: {mbps:.1f} MB/s (p50 {p50:.1f} µs, p99 {p99:.1f} µs)"
        )
        if not aggregates_only and "-v" in sys.argv and redactor is not None and label.endswith("True)"):
            for kind, typ, snippet in report.errors:
                print(f"{kind} {typ:<14} {snippet!r}")
    return 0


def dev_report() -> int:
    """``--dev``: every development set, default and ``personal=True``, one line each, and the
    per-message throughput of both paths. Sets labelled before the personal types existed (eval,
    held-out 1-2) have no PERSON/ADDRESS/DATE_OF_BIRTH labels: on them the personal path's
    findings of those types are left out, so the line shows only what it does to the rest."""
    sets = [
        ("set 6 (dev now)", HOLDOUT6, True),
        ("set 7 (dev now)", HOLDOUT7, True),
        ("set 3 (dev now)", HOLDOUT3, True),
        ("set 4 (dev now)", HOLDOUT4, True),
        ("set 5 (dev now)", HOLDOUT5, True),
        ("dev6", DEV4.with_name("pii_dev6.jsonl"), True),
        ("dev4", DEV4, True),
        ("dev4b", DEV4.with_name("pii_dev4b.jsonl"), True),
        ("dev5", DEV4.with_name("pii_dev5.jsonl"), True),
        ("eval", DATA, False),
        ("held-out 1", HOLDOUT, False),
        ("held-out 2", HOLDOUT2, False),
    ]
    print("gold: test cards and documentation IPs dropped by policy (normalise_gold); IoU >= 0.5")
    head = (
        f"{'set':<16}{'path':<10}{'F1':>7}{'leak%':>7}{'touch%':>8}{'PERSON R':>10}{'cls P':>7}{'cls R':>7}"
    )
    print(head)
    print("-" * len(head))
    for name, path, personal_labels in sets:
        rows = load(path)
        for label, redactor in (("default", Redactor()), ("personal", Redactor(personal=True))):
            if label == "personal" and not personal_labels:
                kept = sorted(set(ALL_KINDS) - PERSONAL_KINDS)
                redactor = Redactor(personal=True, entities=kept)
            report = evaluate(rows, redactor, fold_secrets=True)
            ag = agnostic(rows, redactor)
            person = report.per_type.get("PERSON", Counts())
            classic = [c for k, c in report.per_type.items() if k not in PERSONAL_KINDS]
            tp = sum(c.tp for c in classic)
            fp = sum(c.fp for c in classic)
            fn = sum(c.fn for c in classic)
            cp = tp / (tp + fp) if tp + fp else 1.0
            cr = tp / (tp + fn) if tp + fn else 1.0
            pr = f"{person.recall:.3f}" if person.tp + person.fn else "-"
            print(f"{name:<16}{label:<10}{ag['span_f1']:>7.3f}{100 * report.leak_share:>7.2f}"
                  f"{100 * ag['touched']:>8.2f}{pr:>10}{cp:>7.3f}{cr:>7.3f}")  # fmt: skip
    print("\nper message, CPU time of one core (best of nine)")
    for name, path in (("everyday chat (no PII)", EVERYDAY), ("set 3 rows (PII-dense)", HOLDOUT3)):
        msgs = short_messages(load(path))
        for label, redactor in (("default", Redactor()), ("personal", Redactor(personal=True))):
            mbps, p50, p99 = timing(msgs, redactor)
            print(f"{name:<26}{label:<10}{mbps:>7.1f} MB/s  p50 {p50:6.1f} µs  p99 {p99:7.1f} µs")
    return 0


def main() -> int:
    if "--dev" in sys.argv[1:2]:
        return dev_report()
    if "--holdout3" in sys.argv:
        return personal_report(HOLDOUT3, aggregates_only=True)
    if "--holdout4" in sys.argv:
        return personal_report(HOLDOUT4, aggregates_only=True)
    if "--holdout5" in sys.argv:
        return personal_report(HOLDOUT5, aggregates_only=True)
    if "--holdout6" in sys.argv:
        return personal_report(HOLDOUT6, aggregates_only=True)
    if "--holdout7" in sys.argv:
        return personal_report(HOLDOUT7, aggregates_only=True)
    if "--holdout8" in sys.argv:
        return personal_report(HOLDOUT8, aggregates_only=True)
    if "--dev4" in sys.argv[1:2]:
        return personal_report(DEV4, aggregates_only=False)
    if "--set" in sys.argv[1:2] and len(sys.argv) > 2:
        # a spent set by file name, with its errors under -v (development use only)
        return personal_report(DATA.with_name(sys.argv[2]), aggregates_only=False)
    if "--dev4b" in sys.argv[1:2]:
        return personal_report(DEV4.with_name("pii_dev4b.jsonl"), aggregates_only=False)
    rows = load()
    redactor = Redactor()
    report = evaluate(rows, redactor)
    print(f"pii_eval.jsonl: {len(rows)} texts, {sum(len(r['spans']) for r in rows)} labelled spans")
    print("match rule: same type and IoU >= 0.5 (exact = identical span)\n")
    head = f"{'type':<16}{'gold':>6}{'tp':>6}{'fp':>5}{'fn':>5}{'prec':>8}{'recall':>8}{'F1':>8}{'exact':>8}"
    print(head)
    print("-" * len(head))
    ok = True
    for kind in sorted(report.per_type, key=lambda k: (k not in VALIDATED, k)):
        c = report.per_type[kind]
        gold = c.tp + c.fn
        mark = ""
        if kind in VALIDATED and (c.recall < TARGET_RECALL or c.precision < TARGET_PRECISION):
            mark, ok = "  <- below target", False
        exact = c.exact / c.tp if c.tp else 0.0
        print(f"{kind:<16}{gold:>6}{c.tp:>6}{c.fp:>5}{c.fn:>5}{c.precision:>8.3f}{c.recall:>8.3f}"
              f"{c.f1:>8.3f}{exact:>8.3f}{mark}")  # fmt: skip
    total = Counts(
        sum(c.tp for c in report.per_type.values()),
        sum(c.fp for c in report.per_type.values()),
        sum(c.fn for c in report.per_type.values()),
        sum(c.exact for c in report.per_type.values()),
    )
    print("-" * len(head))
    print(f"{'all':<16}{total.tp + total.fn:>6}{total.tp:>6}{total.fp:>5}{total.fn:>5}"
          f"{total.precision:>8.3f}{total.recall:>8.3f}{total.f1:>8.3f}{total.exact / max(total.tp, 1):>8.3f}")  # fmt: skip
    print(f"\nleaked PII characters: {report.leaked_chars} of {report.gold_chars} "
          f"({100 * report.leak_share:.2f}%)")  # fmt: skip

    for path in (HOLDOUT, HOLDOUT2):
        if path.is_file() and "--dev-only" not in sys.argv:
            print_held_out(path, redactor, head)

    mbps, p50, p99 = timing(rows, redactor)
    typical = typical_corpus(rows)
    tmbps, tp50, tp99 = timing([{"text": t} for t in typical], redactor)
    clean = typical_corpus(rows, with_pii=False)
    cmbps, cp50, cp99 = timing([{"text": t} for t in clean], redactor)
    print(f"\n{'corpus (CPU time, one core)':<28}{'MB/s':>8}{'p50 µs':>10}{'p99 µs':>10}")
    print(f"{'4 KB messages, no PII':<28}{cmbps:>8.1f}{cp50:>10.1f}{cp99:>10.1f}")
    print(f"{'4 KB messages + 1 eval row':<28}{tmbps:>8.1f}{tp50:>10.1f}{tp99:>10.1f}")
    print(f"{'eval rows (short, PII-dense)':<28}{mbps:>8.1f}{p50:>10.1f}{p99:>10.1f}")
    personal = Redactor(personal=True)
    pmbps, pp50, pp99 = timing([{"text": t} for t in typical], personal)
    dev4 = short_messages(load(DEV4))
    smbps, sp50, sp99 = timing(dev4, redactor)
    spmbps, spp50, spp99 = timing(dev4, personal)
    print(f"{'  same, personal=True':<28}{pmbps:>8.1f}{pp50:>10.1f}{pp99:>10.1f}")
    print(f"{'short chat (dev4), default':<28}{smbps:>8.1f}{sp50:>10.1f}{sp99:>10.1f}")
    print(f"{'  same, personal=True':<28}{spmbps:>8.1f}{spp50:>10.1f}{spp99:>10.1f}")
    loadavg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(machine: {os.cpu_count()} CPUs, 1-min load average {loadavg:.1f} while measuring;")
    print(f" speed reference: one bare `re` digit scan runs at {_reference_mbps(clean):.0f} MB/s here)")
    if tmbps < TARGET_MBPS:
        ok = False
        print(f"throughput below target {TARGET_MBPS} MB/s")
    if "-v" in sys.argv:
        print()
        for kind, typ, snippet in report.errors:
            print(f"{kind} {typ:<14} {snippet!r}")
    print("\ntargets met" if ok else "\nTARGETS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
