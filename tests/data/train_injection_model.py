"""Trains the learned part of the injection guard and writes ``llmrouter/hooks/data/injection_model.json``.

Two stages, both deterministic (numpy, fixed steps, no randomness), so the same data give the same file:

1. The n-gram model: logistic regression (L2) over hashed word uni/bi-grams and byte 4-grams of
   the forms of each text the guard reads (see ``llmrouter/hooks/_injection_model.py``), fitted
   by full-batch Adam on every training set.
2. The combiner: a small logistic regression over ``injection._combiner_inputs`` (the model's
   logit, the rules' score, whether a hit was only quoted, whether a user merely addressed the
   assistant, the channel...). It must learn how far the n-gram model can be trusted on text by
   a *new* author, so it is fitted on out-of-author probabilities: each author's texts scored by
   an n-gram model trained without that author. Its bias is then shifted so that a score of 0.5
   is the point where the out-of-author false-positive rate is ``TARGET_FPR``.

Data: every labelled injection set in this folder except ``injection_holdout4.jsonl``, the
held-out set, which this script never opens. Each file is one author (people who never saw each
other's sets); sets 1-3 that were once held out became training data when set 4 was written.

The out-of-author probabilities take one fit per author (several minutes), so they are stored in
``injection_oof.json``; the test suite refits stage 1 on all data and stage 2 from that file and
checks that both reproduce the shipped model.

Run: ``python tests/data/train_injection_model.py`` (stage 2 from the stored probabilities, then
stage 1; writes the model), ``--oof`` (recompute the out-of-author probabilities first), or
``--report`` (leave-one-author-out figures of the shipped recipe, writes nothing).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from llmrouter.hooks import _injection_model as im  # noqa: E402
from llmrouter.hooks import injection  # noqa: E402

DATA = Path(__file__).resolve().parent
OUT = ROOT / "llmrouter" / "hooks" / "data" / "injection_model.json"
OOF = DATA / "injection_oof.json"
SCALE = 10_000  # weights stored as integers of 1e-4
#: The operating point: the out-of-author false-positive rate at score 0.5 (the issue's limit is 3%).
TARGET_FPR = 0.025

#: One file per author, in a fixed order (the first copy of a text shared by two sets counts).
AUTHORS = {
    "eval": "injection_eval.jsonl",
    "dev2": "injection_dev2.jsonl",
    "dev3": "injection_dev3.jsonl",
    "train3": "injection_train3.jsonl",
    "holdout1": "injection_holdout.jsonl",
    "holdout2": "injection_holdout2.jsonl",
    "holdout3": "injection_holdout3.jsonl",
    "train4a": "injection_train4a.jsonl",
    "train4b": "injection_train4b.jsonl",
    "train4c": "injection_train4c.jsonl",
    "train4d": "injection_train4d.jsonl",
}


@dataclass(frozen=True)
class Config:
    spec: im.FeatureSpec = im.FeatureSpec(char_ngrams=(4,), normalise=False)
    l2: float = 1e-4
    steps: int = 400
    lr: float = 0.05
    prune: float = 0.002  # weights smaller than this (in absolute value) are dropped
    max_features: int = 40_000
    combiner_l2: float = 1e-2
    combiner_steps: int = 3000


#: Chosen by leave-one-author-out cross-validation over the first seven authors (byte 4-grams with
#: raw sums had the lowest out-of-author log-loss, 0.328, against 0.32-0.39 for 3-grams, 3-5-grams
#: and a stronger L2, and the best F1 at a 3% false-positive rate); weighting authors equally and
#: adding scores of sentence-sized chunks did not help (F1 within 0.002).
CHOSEN = Config()


def _rows(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def authors() -> dict[str, list[dict[str, Any]]]:
    seen: set[str] = set()
    out: dict[str, list[dict[str, Any]]] = {}
    for author, name in AUTHORS.items():
        rows = []
        for row in _rows(name):
            if row["text"] not in seen:
                seen.add(row["text"])
                rows.append(row)
        out[author] = rows
    return out


_FORMS: dict[str, list[tuple[str, str]]] = {}


def forms(text: str) -> list[tuple[str, str]]:
    if text not in _FORMS:
        _FORMS[text] = injection._model_forms(text)
    return _FORMS[text]


def role_of(row: dict[str, Any]) -> str:
    return str(row.get("channel", "user"))


def matrix(rows: list[dict[str, Any]], spec: im.FeatureSpec) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR-like (indices, row ids, values) for the first window of each text."""
    idx: list[int] = []
    rid: list[int] = []
    val: list[float] = []
    for i, row in enumerate(rows):
        feats = sorted(im.features(forms(row["text"]), spec)[0])
        v = 1.0 / np.sqrt(len(feats)) if spec.normalise and feats else 1.0
        idx.extend(feats)
        rid.extend([i] * len(feats))
        val.extend([v] * len(feats))
    return np.array(idx, dtype=np.int64), np.array(rid, dtype=np.int64), np.array(val, dtype=np.float64)


def labels_of(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.array([1.0 if r["label"] == "injection" else 0.0 for r in rows])


def fit(rows: list[dict[str, Any]], cfg: Config) -> tuple[float, np.ndarray]:
    """Stage 1: class-balanced logistic regression by full-batch Adam."""
    dim = 1 << cfg.spec.bits
    idx, rid, val = matrix(rows, cfg.spec)
    y = labels_of(rows)
    n = len(rows)
    pos = y.sum()
    sw = np.where(y == 1.0, n / (2 * pos), n / (2 * (n - pos)))
    w = np.zeros(dim)
    b = 0.0
    m = np.zeros(dim + 1)
    v = np.zeros(dim + 1)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, cfg.steps + 1):
        z = np.bincount(rid, weights=w[idx] * val, minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        r = (p - y) * sw / n
        gw = np.bincount(idx, weights=r[rid] * val, minlength=dim) + cfg.l2 * w
        g = np.concatenate([gw, [r.sum()]])
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        step = cfg.lr * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + eps)
        w -= step[:-1]
        b -= step[-1]
    return float(b), w


def model_json(b: float, w: np.ndarray, cfg: Config) -> dict[str, Any]:
    q = np.round(w * SCALE).astype(np.int64)
    keep = np.flatnonzero(np.abs(q) >= round(cfg.prune * SCALE))
    if len(keep) > cfg.max_features:
        order = np.argsort(-np.abs(q[keep]), kind="stable")[: cfg.max_features]
        keep = np.sort(keep[order])
    deltas = np.diff(np.concatenate([[0], keep])).tolist()
    return {
        "format": 2,
        "spec": {**asdict(cfg.spec), "char_ngrams": list(cfg.spec.char_ngrams)},
        "bias": round(b, 4),
        "scale": SCALE,
        "index": deltas,
        "weights": q[keep].tolist(),
    }


def out_of_author(data: dict[str, list[dict[str, Any]]], cfg: Config) -> dict[str, list[float]]:
    """Each author's texts scored by a stage-1 model fitted on the other authors."""
    out: dict[str, list[float]] = {}
    for author, rows in data.items():
        train = [r for other, others in data.items() if other != author for r in others]
        b, w = fit(train, cfg)
        model = im.LinearModel.from_json(model_json(b, w, cfg))
        out[author] = [round(model.probability(forms(r["text"])), 6) for r in rows]
        print(f"  out-of-author probabilities: {author} ({len(rows)} texts)", flush=True)
    return out


def combiner_matrix(rows: list[dict[str, Any]], probabilities: list[float]) -> tuple[list[str], np.ndarray]:
    names: list[str] = []
    table = []
    for row, p in zip(rows, probabilities):
        rules = injection._RULES_ONLY_SCORER.score(row["text"], role_of(row))
        inputs = injection._combiner_inputs(rules.score, rules.reasons, p, role_of(row))
        names = list(inputs)
        table.append([inputs[k] for k in names])
    return names, np.array(table, dtype=np.float64)


def fit_combiner(x: np.ndarray, y: np.ndarray, cfg: Config) -> tuple[np.ndarray, float]:
    """Stage 2: plain logistic regression on standardised inputs, returned on the raw scale."""
    mu = x.mean(axis=0)
    sd = x.std(axis=0) + 1e-9
    xs = (x - mu) / sd
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(cfg.combiner_steps):
        p = 1.0 / (1.0 + np.exp(-(xs @ w + b)))
        g = (p - y) / len(y)
        w -= 0.1 * (xs.T @ g + cfg.combiner_l2 * w)
        b -= 0.1 * g.sum()
    raw = w / sd
    return raw, float(b - (raw * mu).sum())


def operating_shift(scores: np.ndarray, y: np.ndarray, target_fpr: float) -> float:
    """The logit to subtract so that 0.5 sits where ``target_fpr`` of benign texts score higher."""
    negatives = np.sort(scores[y == 0.0])
    threshold = float(negatives[min(len(negatives) - 1, int(len(negatives) * (1 - target_fpr)))])
    threshold = min(max(threshold, 1e-6), 1 - 1e-6)
    return math.log(threshold / (1 - threshold))


def metrics(labels: list[bool], predicted: list[bool]) -> dict[str, float]:
    tp = sum(a and b for a, b in zip(labels, predicted))
    fp = sum(b and not a for a, b in zip(labels, predicted))
    fn = sum(a and not b for a, b in zip(labels, predicted))
    tn = len(labels) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "fpr": fp / (fp + tn) if fp + tn else 0.0}


def combiner(
    data: dict[str, list[dict[str, Any]]], oof: dict[str, list[float]], cfg: Config
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Stage 2 and its report: figures per author from out-of-author probabilities (the combiner
    itself saw every author, so they are a little optimistic; ``--report`` gives nested ones)."""
    rows = [r for author in data for r in data[author]]
    probs = [p for author in data for p in oof[author]]
    if len(probs) != len(rows):
        raise SystemExit(f"{OOF.name} is stale: run with --oof")
    names, x = combiner_matrix(rows, probs)
    y = labels_of(rows)
    w, b = fit_combiner(x, y, cfg)
    scores = 1.0 / (1.0 + np.exp(-(x @ w + b)))
    b -= operating_shift(scores, y, TARGET_FPR)
    final = 1.0 / (1.0 + np.exp(-(x @ w + b)))
    report: dict[str, Any] = {"pooled": metrics(list(y == 1.0), list(final >= 0.5))}
    start = 0
    for author, author_rows in data.items():
        part = slice(start, start + len(author_rows))
        report[author] = metrics(list(y[part] == 1.0), list(final[part] >= 0.5))
        start += len(author_rows)
    spec = {"inputs": names, "weights": [round(float(v), 6) for v in w], "bias": round(b, 6)}
    return spec, report


def build(cfg: Config = CHOSEN) -> tuple[dict[str, Any], dict[str, Any]]:
    data = authors()
    oof = json.loads(OOF.read_text(encoding="utf-8"))["probabilities"]
    spec, report = combiner(data, oof, cfg)
    b, w = fit([r for rows in data.values() for r in rows], cfg)
    out = model_json(b, w, cfg)
    out["combiner"] = spec
    out["meta"] = {
        "authors": list(AUTHORS),
        "rows": sum(len(r) for r in data.values()),
        "target_fpr": TARGET_FPR,
    }
    return out, report


def nested_report(cfg: Config = CHOSEN) -> None:
    """Leave-one-author-out for both stages: the combiner too is fitted without the author."""
    data = authors()
    oof = json.loads(OOF.read_text(encoding="utf-8"))["probabilities"]
    pooled_labels: list[bool] = []
    pooled_pred: list[bool] = []
    for author in data:
        rest = {a: r for a, r in data.items() if a != author}
        spec, _ = combiner(rest, {a: oof[a] for a in rest}, cfg)
        comb = im.Combiner.from_json(spec)
        labels = [r["label"] == "injection" for r in data[author]]
        pred = []
        for row, p in zip(data[author], oof[author]):
            rules = injection._RULES_ONLY_SCORER.score(row["text"], role_of(row))
            pred.append(
                comb.probability(injection._combiner_inputs(rules.score, rules.reasons, p, role_of(row)))
                >= 0.5
            )
        m = metrics(labels, pred)
        pooled_labels += labels
        pooled_pred += pred
        print(f"{author:9s} F1 {m['f1']:.3f} P {m['precision']:.3f} R {m['recall']:.3f} FPR {m['fpr']:.3f}")
    m = metrics(pooled_labels, pooled_pred)
    print(f"{'pooled':9s} F1 {m['f1']:.3f} P {m['precision']:.3f} R {m['recall']:.3f} FPR {m['fpr']:.3f}")


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--oof", action="store_true", help="recompute the out-of-author probabilities")
    parser.add_argument("--report", action="store_true", help="nested leave-one-author-out figures")
    args = parser.parse_args()
    if args.oof:
        probabilities = out_of_author(authors(), CHOSEN)
        OOF.write_text(
            json.dumps({"authors": list(AUTHORS), "probabilities": probabilities}) + "\n", encoding="utf-8"
        )
    if args.report:
        nested_report()
        return
    data, report = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(dump(data), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB, {len(data['weights'])} weights)")
    for key, m in report.items():
        print(f"{key:9s} F1 {m['f1']:.3f} P {m['precision']:.3f} R {m['recall']:.3f} FPR {m['fpr']:.3f}")


if __name__ == "__main__":
    main()
