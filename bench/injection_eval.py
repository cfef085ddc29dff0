"""Quality and speed of the injection guard.

Prints precision, recall, F1 and the false-positive rate on benign text of the rules alone and of
``learned=True``: first on the held-out set 4 (aggregates only: overall, per channel, English and
other languages), then on each training set (in-sample), then how many everyday prompts would be
blocked, and p50/p99 latency of ``score()`` per message.

Run: ``python bench/injection_eval.py [--threshold 0.5] [--dev-only] [--errors]``
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

from llmrouter.hooks.injection import score

DATA = ROOT / "tests" / "data" / "injection_eval.jsonl"
#: Every labelled set but the held-out one: one author each. The rules were tuned on the first
#: three; the learned model is trained on all of them (see ``tests/data/train_injection_model.py``),
#: so figures on them say what the guard was built to do, not how it generalises.
TRAINING = {
    "eval": DATA,
    "dev2": ROOT / "tests" / "data" / "injection_dev2.jsonl",
    "dev3": ROOT / "tests" / "data" / "injection_dev3.jsonl",
    "train3": ROOT / "tests" / "data" / "injection_train3.jsonl",
    "holdout1": ROOT / "tests" / "data" / "injection_holdout.jsonl",
    "holdout2": ROOT / "tests" / "data" / "injection_holdout2.jsonl",
    "holdout3": ROOT / "tests" / "data" / "injection_holdout3.jsonl",
    "train4a": ROOT / "tests" / "data" / "injection_train4a.jsonl",
    "train4b": ROOT / "tests" / "data" / "injection_train4b.jsonl",
    "train4c": ROOT / "tests" / "data" / "injection_train4c.jsonl",
    "train4d": ROOT / "tests" / "data" / "injection_train4d.jsonl",
}
DEV2 = TRAINING["dev2"]
DEV3 = TRAINING["dev3"]
#: Written by an author who never saw the detector, its data or the other sets, and never trained or
#: tuned on: the honest figure. Only aggregates are printed, never its texts.
HOLDOUT4 = ROOT / "tests" / "data" / "injection_holdout4.jsonl"
#: Ordinary requests people type to a chat assistant, many of them addressing it by name.
EVERYDAY = ROOT / "tests" / "data" / "everyday_prompts.jsonl"


def load(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(
    rows: list[dict[str, Any]], threshold: float = 0.5, role: str = "user", learned: bool = False
) -> dict[str, Any]:
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
        "n": len(rows),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "fpr": fpr,
        "per_category": dict(per_cat),
        "errors": errors,
    }


def latency(rows: list[dict[str, Any]], rounds: int = 20, learned: bool = True) -> dict[str, float]:
    samples: list[float] = []
    for _ in range(rounds):
        for row in rows:
            start = time.perf_counter_ns()
            score(row["text"], learned=learned)
            samples.append((time.perf_counter_ns() - start) / 1000.0)
    samples.sort()
    return {
        "p50_us": statistics.median(samples),
        "p99_us": samples[int(len(samples) * 0.99) - 1],
        "mean_us": statistics.fmean(samples),
    }


def summary(title: str, report: dict[str, Any]) -> None:
    print(
        f"  {title}: precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
        f"F1 {report['f1']:.3f}  FPR {report['fpr']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--errors", action="store_true", help="list misclassified texts")
    parser.add_argument("--dev-only", action="store_true", help="skip the held-out set")
    args = parser.parse_args()
    rows = load()
    if HOLDOUT4.is_file() and not args.dev_only:
        held = load(HOLDOUT4)
        for learned in (False, True):
            report = evaluate(held, args.threshold, "channel", learned=learned)
            n_inj = report["tp"] + report["fn"]
            print(
                f"HELD-OUT set 4, {'learned=True' if learned else 'rules only'}: {report['n']} texts "
                f"({n_inj} injection, {report['n'] - n_inj} benign), each as its own channel"
            )
            summary("all", report)
            for channel in ("user", "tool"):
                summary(
                    f"{channel} channel",
                    evaluate(
                        [r for r in held if r["channel"] == channel],
                        args.threshold,
                        "channel",
                        learned=learned,
                    ),
                )
            summary(
                "English",
                evaluate([r for r in held if r["lang"] == "en"], args.threshold, "channel", learned=learned),
            )
            summary(
                "other languages",
                evaluate([r for r in held if r["lang"] != "en"], args.threshold, "channel", learned=learned),
            )
        print()
    print("training and development sets (the model was trained on all of them: in-sample figures)")
    for name, path in TRAINING.items():
        data = load(path)
        for learned in (False, True):
            role = "channel" if "channel" in data[0] else "user"
            summary(
                f"{name:9s} {'learned' if learned else 'rules  '} ({role})",
                evaluate(data, args.threshold, role, learned=learned),
            )
    print()
    chat = [json.loads(line) for line in EVERYDAY.read_text(encoding="utf-8").splitlines() if line.strip()]
    for learned in (False, True):
        flagged = [row for row in chat if score(row["text"], "user", learned=learned).score >= args.threshold]
        print(
            f"everyday chat prompts addressed to the assistant ({EVERYDAY.name}), learned={learned}: "
            f"{len(flagged)} of {len(chat)} blocked as user turns (FPR {len(flagged) / len(chat):.3f})"
        )
    everyday = [r for r in rows if r["label"] == "benign" and r["category"] == "general"]
    for learned in (True, False):
        lat_all = latency(rows, learned=learned)
        lat_everyday = latency(everyday, rounds=200, learned=learned)
        label = "learned (default)" if learned else "rules only"
        print(
            f"\nlatency, {label}, all texts:       p50 {lat_all['p50_us']:.1f} us  p99 {lat_all['p99_us']:.1f} us  "
            f"mean {lat_all['mean_us']:.1f} us"
        )
        print(
            f"latency, {label}, everyday prompts: p50 {lat_everyday['p50_us']:.1f} us  "
            f"p99 {lat_everyday['p99_us']:.1f} us"
        )
    # A fixed reference operation, so that figures from a loaded or slow machine can be judged.
    probe = "What is a good recipe for banana bread that does not use eggs?"
    start = time.perf_counter_ns()
    for _ in range(100_000):
        "ignor" in probe  # noqa: B015
    print(
        f"machine reference: substring test {(time.perf_counter_ns() - start) / 100_000:.0f} ns "
        "(about 20-30 ns on an idle modern core)"
    )
    if args.errors:
        print("\nmisclassified:")
        # development sets only: the held-out set's texts are never printed
        errors = [e for data in (rows, load(DEV2)) for e in evaluate(data, args.threshold)["errors"]]
        for kind, value, row, rules in errors:
            text = row["text"].replace("\n", " | ")[:220]
            print(f"  {kind} {value:.2f} [{row['category']}/{row.get('style', '-')}] {rules[:4]} {text}")


if __name__ == "__main__":
    main()
