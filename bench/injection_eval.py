"""Quality and speed of the injection guard on ``tests/data/injection_eval.jsonl``.

Prints precision, recall, F1, the false-positive rate on benign text, recall per attack
category, false positives per benign category, and p50/p99 latency of ``score()`` per message.

Run: ``python bench/injection_eval.py [--threshold 0.5] [--errors]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from llmrouter.hooks.injection import score  # noqa: E402

DATA = ROOT / "tests" / "data" / "injection_eval.jsonl"
#: Written independently, by someone who never saw the detector or the development set, and
#: never tuned against: the honest figure. Only aggregates of it are printed, never its texts,
#: so that reading this output cannot leak it into the detector.
HOLDOUT = ROOT / "tests" / "data" / "injection_holdout.jsonl"
#: A second development set, paraphrases by intent and hard negatives (see its generator).
DEV2 = ROOT / "tests" / "data" / "injection_dev2.jsonl"
#: A third development set: long realistic hard negatives and unusually phrased attacks, each with
#: its channel (see its generator); scored as its own channel.
DEV3 = ROOT / "tests" / "data" / "injection_dev3.jsonl"
#: A second independent held-out set, written later by yet another author, with the channel each
#: text would arrive by ("user" or "tool"); scored once per change of the detector, aggregates only.
HOLDOUT2 = ROOT / "tests" / "data" / "injection_holdout2.jsonl"
#: A third, written last, measured once on the final detector (same format as the second).
HOLDOUT3 = ROOT / "tests" / "data" / "injection_holdout3.jsonl"
#: Ordinary requests people type to a chat assistant, many of them addressing it by name.
EVERYDAY = ROOT / "tests" / "data" / "everyday_prompts.jsonl"


def load(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(rows: list[dict[str, Any]], threshold: float = 0.5, role: str = "user", learned: bool = False) -> dict[str, Any]:
    """``role``: score every text as a user turn, or as a tool result (where a text that
    addresses the AI is suspicious in itself)."""
    tp = fp = fn = tn = 0
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[tuple[str, float, dict[str, Any], list[str]]] = []
    for row in rows:
        result = score(row["text"], row.get("channel", role) if role == "channel" else role, learned=learned)
        predicted = result.score >= threshold
        positive = row["label"] == "injection"
        per_cat[f"{row['label']}/{row['category']}"][0] += predicted
        per_cat[f"{row['label']}/{row['category']}"][1] += 1
        if positive and predicted:
            tp += 1
        elif positive:
            fn += 1
            errors.append(("FN", result.score, row, result.rules))
        elif predicted:
            fp += 1
            errors.append(("FP", result.score, row, result.rules))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    return {
        "n": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": precision, "recall": recall, "f1": f1, "fpr": fpr,
        "per_category": dict(per_cat), "errors": errors,
    }


def latency(rows: list[dict[str, Any]], rounds: int = 20) -> dict[str, float]:
    samples: list[float] = []
    for _ in range(rounds):
        for row in rows:
            start = time.perf_counter_ns()
            score(row["text"])
            samples.append((time.perf_counter_ns() - start) / 1000.0)
    samples.sort()
    return {
        "p50_us": statistics.median(samples),
        "p99_us": samples[int(len(samples) * 0.99) - 1],
        "mean_us": statistics.fmean(samples),
    }


def print_report(title: str, report: dict[str, Any], threshold: float) -> None:
    n_inj = report["tp"] + report["fn"]
    print(f"{title}: {report['n']} texts ({n_inj} injection, {report['n'] - n_inj} benign), threshold {threshold}")
    print(f"precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
          f"F1 {report['f1']:.3f}  FPR {report['fpr']:.3f}  "
          f"(tp {report['tp']} fp {report['fp']} fn {report['fn']} tn {report['tn']})")
    print("per category (flagged / total):")
    for cat, (hit, total) in sorted(report["per_category"].items()):
        kind = "recall" if cat.startswith("injection/") else "false positives"
        print(f"  {cat:34s} {hit:3d}/{total:<3d} {kind} {hit / total:.2f}")


def summary(title: str, report: dict[str, Any]) -> None:
    print(f"  {title}: precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
          f"F1 {report['f1']:.3f}  FPR {report['fpr']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--errors", action="store_true", help="list misclassified texts")
    parser.add_argument("--dev-only", action="store_true", help="skip the held-out set")
    args = parser.parse_args()
    rows = load()
    sets = [("development set (the detector was tuned on it)", rows)]
    if DEV2.is_file():
        sets.append(("development set 2 (paraphrases and hard negatives; tuned on it too)", load(DEV2)))
    if HOLDOUT.is_file() and not args.dev_only:
        sets.append(("HELD-OUT set (independent; never tuned against)", load(HOLDOUT)))
    for number, path in ((2, HOLDOUT2), (3, HOLDOUT3)):
        if path.is_file() and not args.dev_only:
            held = load(path)
            print_report(
                f"HELD-OUT set {number} (independent; each text scored as its own channel, user or tool)",
                evaluate(held, args.threshold, "channel"),
                args.threshold,
            )
            summary("with learned=True", evaluate(held, args.threshold, "channel", learned=True))
            print()
    if DEV3.is_file():
        dev3 = load(DEV3)
        print_report("development set 3 (hard negatives, unusual attacks; each text as its own channel)",
                     evaluate(dev3, args.threshold, "channel"), args.threshold)
        summary("learned=True", evaluate(dev3, args.threshold, "channel", learned=True))
        print()
    for title, data in sets:
        print_report(f"{title}, each text as a user turn", evaluate(data, args.threshold, "user"), args.threshold)
        summary("same texts as tool results", evaluate(data, args.threshold, "tool"))
        summary("as user turns, learned=True", evaluate(data, args.threshold, "user", learned=True))
        summary("as tool results, learned=True", evaluate(data, args.threshold, "tool", learned=True))
        print()
    chat = [json.loads(line) for line in EVERYDAY.read_text(encoding="utf-8").splitlines() if line.strip()]
    for learned in (False, True):
        flagged = [row for row in chat if score(row["text"], "user", learned=learned).score >= args.threshold]
        print(f"everyday chat prompts addressed to the assistant ({EVERYDAY.name}), learned={learned}: "
              f"{len(flagged)} of {len(chat)} blocked as user turns (FPR {len(flagged) / len(chat):.3f})")
    everyday = [r for r in rows if r["label"] == "benign" and r["category"] == "general"]
    lat_all = latency(rows)
    lat_everyday = latency(everyday, rounds=200)
    print(f"\nlatency, all texts:       p50 {lat_all['p50_us']:.1f} us  p99 {lat_all['p99_us']:.1f} us  "
          f"mean {lat_all['mean_us']:.1f} us")
    print(f"latency, everyday prompts: p50 {lat_everyday['p50_us']:.1f} us  "
          f"p99 {lat_everyday['p99_us']:.1f} us")
    # A fixed reference operation, so that figures from a loaded or slow machine can be judged.
    probe = "What is a good recipe for banana bread that does not use eggs?"
    start = time.perf_counter_ns()
    for _ in range(100_000):
        "ignor" in probe  # noqa: B015
    print(f"machine reference: substring test {(time.perf_counter_ns() - start) / 100_000:.0f} ns "
          "(about 20-30 ns on an idle modern core)")
    if args.errors:
        print("\nmisclassified:")
        # development sets only: the held-out set's texts are never printed
        errors = [e for data in (rows, load(DEV2) if DEV2.is_file() else []) for e in evaluate(data, args.threshold)["errors"]]
        for kind, value, row, rules in errors:
            text = row["text"].replace("\n", " | ")[:220]
            print(f"  {kind} {value:.2f} [{row['category']}/{row['style']}] {rules[:4]} {text}")


if __name__ == "__main__":
    main()
