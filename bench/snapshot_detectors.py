"""Snapshot of what the built-in detectors say on every labelled text, to prove a refactor changes nothing.

Run ``python bench/snapshot_detectors.py write DIR`` before a change and
``python bench/snapshot_detectors.py compare DIR`` after it: the second run prints the first
differing texts and exits 1 if any finding, score (compared bit for bit) or decision moved.
A third argument, ``pii`` or ``injection``, runs one of the two.

* PII: ``BuiltinDetector().detect`` over every text of every ``tests/data/*.jsonl`` and over the
  4 KB messages of ``bench/redaction_eval.py``; per text, the list of ``(start, end, type)``.
* Injection: ``score`` over every text of ``tests/data/injection_*.jsonl`` and
  ``everyday_prompts.jsonl``, with and without the learned model, as the row's channel and as a
  tool result; per text, the score as ``float.hex``, the decision at the default threshold and
  the rules that fired (with their weights).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from redaction_eval import typical_corpus

from llmrouter.hooks._pii_patterns import BuiltinDetector
from llmrouter.hooks.injection import InjectionGuard, score

DATA = ROOT / "tests" / "data"


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pii_snapshot() -> dict[str, list[list[list[Any]]]]:
    detector = BuiltinDetector()
    out: dict[str, list[list[list[Any]]]] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        out[path.name] = [
            [[f.start, f.end, f.entity_type] for f in detector.detect(row["text"])] for row in _rows(path)
        ]
    eval_rows = _rows(DATA / "pii_eval.jsonl")
    for with_pii in (True, False):
        texts = typical_corpus(eval_rows, with_pii=with_pii)
        out[f"typical_corpus(with_pii={with_pii})"] = [
            [[f.start, f.end, f.entity_type] for f in detector.detect(t)] for t in texts
        ]
    return out


def injection_snapshot() -> dict[str, list[list[Any]]]:
    threshold = InjectionGuard().threshold
    paths = [*sorted(DATA.glob("injection_*.jsonl")), DATA / "everyday_prompts.jsonl"]
    out: dict[str, list[list[Any]]] = {}
    for path in paths:
        rows = _rows(path)
        for learned in (True, False):
            for role_name in ("channel", "tool"):
                entries: list[list[Any]] = []
                for row in rows:
                    role = str(row.get("channel", "user")) if role_name == "channel" else "tool"
                    result = score(row["text"], role, learned=learned)
                    entries.append(
                        [
                            result.score.hex(),
                            result.score >= threshold,
                            [[r.rule, r.family, r.weight.hex(), r.via, r.quoted] for r in result.reasons],
                        ]
                    )
                out[f"{path.name} learned={learned} role={role_name}"] = entries
    return out


def _compare(name: str, before: dict[str, list[Any]], after: dict[str, list[Any]]) -> int:
    diffs = 0
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old is None or new is None or len(old) != len(new):
            print(f"{name} {key}: present/length differs")
            diffs += 1
            continue
        for i, (a, b) in enumerate(zip(old, new)):
            if a != b:
                diffs += 1
                if diffs <= 20:
                    print(f"{name} {key} row {i}: {a!r} -> {b!r}")
    total = sum(len(v) for v in after.values())
    print(f"{name}: {len(after)} sets, {total} texts, {diffs} differ")
    return diffs


def main() -> int:
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in ("write", "compare"):
        print(__doc__)
        return 2
    directory = Path(sys.argv[2])
    only = sys.argv[3] if len(sys.argv) == 4 else None
    makers = {"pii": pii_snapshot, "injection": injection_snapshot}
    snapshots = {name: make() for name, make in makers.items() if only in (None, name)}
    if sys.argv[1] == "write":
        directory.mkdir(parents=True, exist_ok=True)
        for name, data in snapshots.items():
            (directory / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
            print(f"{name}: {len(data)} sets, {sum(len(v) for v in data.values())} texts written")
        return 0
    diffs = 0
    for name, data in snapshots.items():
        before = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        diffs += _compare(name, before, json.loads(json.dumps(data)))
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
