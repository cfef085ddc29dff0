"""The learned part of the injection guard: a logistic regression over hashed n-grams.

Pure Python at run time. Features are word uni- and bi-grams and byte 3-5-grams of each form
of the text the guard already looks at (normalised and lower-cased, plus the decoded forms it
produced: base64, rot13, letters glued back...), plus one feature per kind of decoding, all
hashed with ``zlib.crc32`` (stable across processes, unlike ``hash()``) into ``2**bits``
buckets. The weights are trained offline by ``tests/data/train_injection_model.py`` and shipped
as ``data/injection_model.json``; they are loaded on the first call.

A second, tiny logistic regression (:class:`Combiner`) turns the rules' verdict and this model's
probability into the guard's score. It is fitted on out-of-author predictions (each author's texts
scored by a model that never saw that author), so it learns how far to trust each signal on text
written by someone new, which is the case that matters.
"""

from __future__ import annotations

import json
import math
import re
import threading
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise, repeat
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("data") / "injection_model.json"

_WORD = re.compile(r"[^\W_]+")
#: Longer texts are scored in windows of this many bytes, and the most suspicious one counts.
WINDOW = 1536
STEP = 1024
MAX_WINDOWS = 24


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    bits: int = 18
    char_ngrams: tuple[int, ...] = (3, 4, 5)
    words: bool = True
    bigrams: bool = True
    normalise: bool = True  # divide the sum of weights by sqrt(number of features)


_WORD_SEED = 0x5EED
_BIGRAM_SEED = 0xB16
_VIA_SEED = 0x71A
_SLICES: dict[int, list[slice]] = {}


def _slices(n: int) -> list[slice]:
    cached = _SLICES.get(n)
    if cached is None:
        cached = _SLICES[n] = [slice(i, i + n) for i in range(WINDOW * 4 + 8)]
    return cached


def _text_features(lower: str, spec: FeatureSpec, out: set[int]) -> None:
    """Adds the hashed features of one lower-cased text to ``out``. Every loop runs in C
    (``map`` over precomputed slices, ``zlib.crc32`` seeded per kind of feature)."""
    mask = ((1 << spec.bits) - 1).__and__
    crc = zlib.crc32
    raw = (" " + " ".join(lower.split()) + " ").encode("utf-8")
    size = len(raw)
    for n in spec.char_ngrams:
        if size >= n:
            out.update(map(mask, map(crc, map(raw.__getitem__, _slices(n)[: size - n + 1]))))
    if spec.words:
        words = [w.encode("utf-8") for w in _WORD.findall(lower)]
        out.update(map(mask, map(crc, words, repeat(_WORD_SEED))))
        if spec.bigrams and len(words) > 1:
            out.update(map(mask, map(crc, map(b" ".join, pairwise(words)), repeat(_BIGRAM_SEED))))


def features(forms: Sequence[tuple[str, str]], spec: FeatureSpec) -> list[set[int]]:
    """Feature sets for ``forms`` (``(via, lower-cased text)``, the plain form first): one set
    per window of the plain text, each joined with the features of the decoded forms."""
    mask = (1 << spec.bits) - 1
    extra: set[int] = set()
    for via, text in forms[1:]:
        extra.add(zlib.crc32(via.encode(), _VIA_SEED) & mask)
        _text_features(text[:WINDOW], spec, extra)
    plain = forms[0][1] if forms else ""
    windows = (
        [plain]
        if len(plain) <= WINDOW
        else [plain[i : i + WINDOW] for i in range(0, min(len(plain), STEP * MAX_WINDOWS), STEP)]
    )
    sets = []
    for window in windows:
        feats: set[int] = set()
        _text_features(window, spec, feats)
        feats |= extra
        sets.append(feats)
    return sets


@dataclass(frozen=True, slots=True)
class Combiner:
    """A logistic regression over a few named inputs (see ``injection._combiner_inputs``). Its
    bias is shifted so that 0.5 is the operating point chosen by the training script."""

    inputs: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    @classmethod
    def from_json(cls, data: object) -> Combiner:
        if not isinstance(data, dict):
            raise ValueError("combiner must be an object")
        inputs = tuple(str(name) for name in data["inputs"])
        weights = tuple(float(w) for w in data["weights"])
        if len(inputs) != len(weights):
            raise ValueError("combiner inputs and weights differ in length")
        return cls(inputs, weights, float(data["bias"]))

    def probability(self, values: Mapping[str, float]) -> float:
        z = self.bias + sum(w * values[name] for name, w in zip(self.inputs, self.weights))
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


class LinearModel:
    """Weights, bias and the feature recipe, as written by the training script."""

    def __init__(
        self,
        spec: FeatureSpec,
        bias: float,
        weights: dict[int, float],
        meta: dict[str, object],
        combiner: Combiner | None = None,
    ) -> None:
        self.spec = spec
        self.bias = bias
        self.weights = weights
        self.meta = meta
        self.combiner = combiner

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LinearModel:
        spec_raw = data["spec"]
        assert isinstance(spec_raw, dict)
        spec = FeatureSpec(
            bits=int(spec_raw["bits"]),
            char_ngrams=tuple(int(n) for n in spec_raw["char_ngrams"]),
            words=bool(spec_raw["words"]),
            bigrams=bool(spec_raw["bigrams"]),
            normalise=bool(spec_raw["normalise"]),
        )
        index = data["index"]
        values = data["weights"]
        scale = data["scale"]
        assert isinstance(index, list) and isinstance(values, list) and isinstance(scale, (int, float))
        weights: dict[int, float] = {}
        position = 0
        for delta, value in zip(index, values):
            position += int(delta)
            weights[position] = int(value) / float(scale)
        bias = data["bias"]
        assert isinstance(bias, (int, float))
        meta = data.get("meta", {})
        combiner = Combiner.from_json(data["combiner"]) if "combiner" in data else None
        return cls(spec, float(bias), weights, meta if isinstance(meta, dict) else {}, combiner)

    def logit(self, feats: set[int]) -> float:
        total = sum(map(self.weights.get, feats, repeat(0.0)))
        if self.spec.normalise and feats:
            total /= math.sqrt(len(feats))
        return self.bias + total

    def max_logit(self, forms: Sequence[tuple[str, str]]) -> float:
        """The logit of the most suspicious window."""
        best = -math.inf
        for feats in features(forms, self.spec):
            best = max(best, self.logit(feats))
        return self.bias if best == -math.inf else best

    def probability(self, forms: Sequence[tuple[str, str]]) -> float:
        best = self.max_logit(forms)
        if best < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-best))


_LOCK = threading.Lock()
_MODEL: LinearModel | None = None
_LOADED = False


def load(path: Path = MODEL_PATH) -> LinearModel:
    with path.open(encoding="utf-8") as fh:
        return LinearModel.from_json(json.load(fh))


def default_model() -> LinearModel | None:
    """The shipped model, loaded on first use; ``None`` if the package ships none."""
    global _MODEL, _LOADED
    if not _LOADED:
        with _LOCK:
            if not _LOADED:
                try:
                    _MODEL = load()
                except FileNotFoundError:
                    _MODEL = None
                _LOADED = True
    return _MODEL
