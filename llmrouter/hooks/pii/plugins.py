"""Optional heavier detectors, each a plug-in through the :class:`Detector` protocol: Presidio,
spaCy and GLiNER. Each imports its package on construction, never at ``import llmrouter``, and
raises :class:`DetectorUnavailable` naming what to install when the package or its model is
missing; nothing is downloaded at run time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ...errors import MissingDependencyError
from .findings import Finding

__all__ = ["DetectorUnavailable", "GlinerDetector", "PresidioDetector", "SpacyDetector"]


class DetectorUnavailable(MissingDependencyError, ImportError):
    """An optional detector's package or model is missing; the message says what to install.
    A :class:`~llmrouter.errors.MissingDependencyError` (and an ``ImportError``), so code that
    handles either keeps working."""

    default_code = "detector_unavailable"

    def __init__(self, message: str, *, package: str = "", extra: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, package=package, extra=extra, **kwargs)


def _need(module: str, what: str, install: str) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError as exc:
        raise DetectorUnavailable(f"{what} needs {install}") from exc


class PresidioDetector:
    """Names, street addresses and whatever else a Presidio recognizer finds, as findings.

    ``presidio_analyzer`` (and a spaCy model) is imported here, on construction, so llmrouter does
    not depend on it; pass ``analyzer`` to reuse a configured ``AnalyzerEngine``. Raises
    :class:`DetectorUnavailable` (an ``ImportError``) naming what to install when it is missing.
    """

    def __init__(
        self,
        entities: Sequence[str] = ("PERSON", "LOCATION"),
        *,
        language: str = "en",
        score_threshold: float = 0.5,
        analyzer: Any = None,
        rename: Mapping[str, str] | None = None,
    ) -> None:
        if analyzer is None:
            presidio = _need(
                "presidio_analyzer",
                "PresidioDetector",
                "presidio-analyzer: pip install presidio-analyzer "
                "and a spaCy model (python -m spacy download en_core_web_lg)",
            )
            analyzer = presidio.AnalyzerEngine()
        self._analyzer = analyzer
        self.entities = list(entities)
        self.language = language
        self.score_threshold = score_threshold
        self.rename = dict(rename or {"LOCATION": "ADDRESS"})

    def detect(self, text: str) -> list[Finding]:
        results = self._analyzer.analyze(
            text=text,
            entities=self.entities,
            language=self.language,
            score_threshold=self.score_threshold,
        )
        return [
            Finding(
                int(r.start),
                int(r.end),
                self.rename.get(str(r.entity_type), str(r.entity_type)),
                float(r.score),
            )
            for r in results
        ]


_SPACY_TYPES = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "ADDRESS", "LOC": "ADDRESS", "FAC": "ADDRESS"}


class SpacyDetector:
    """Person names (and, with ``rename``, places) from a spaCy pipeline already on disk.

    ``model`` is an installed package name (``en_core_web_sm``) or a path; nothing is downloaded.
    Pass ``nlp`` to reuse a loaded pipeline. Raises :class:`DetectorUnavailable` naming what to
    install when spaCy or the model is missing.
    """

    def __init__(
        self,
        model: str = "en_core_web_sm",
        *,
        nlp: Any = None,
        rename: Mapping[str, str] | None = None,
    ) -> None:
        if nlp is None:
            spacy = _need("spacy", "SpacyDetector", "spaCy: pip install spacy")
            try:
                nlp = spacy.load(model)
            except OSError as exc:
                raise DetectorUnavailable(
                    f"SpacyDetector: spaCy model {model!r} is not on disk: install it "
                    f"(python -m spacy download {model}) or pass a path"
                ) from exc
        self._nlp = nlp
        self.rename = dict(rename or {"PERSON": "PERSON", "PER": "PERSON"})

    def detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for ent in self._nlp(text).ents:
            kind = self.rename.get(str(ent.label_))
            if kind is not None:
                out.append(Finding(int(ent.start_char), int(ent.end_char), kind, 0.85))
        return out


class GlinerDetector:
    """Zero-shot names, addresses and birth dates from a GLiNER model already on disk.

    ``model`` is a local directory (``GLiNER.from_pretrained(model, local_files_only=True)``), so
    nothing is fetched at run time; pass ``gliner`` to reuse a loaded model. Raises
    :class:`DetectorUnavailable` naming what to install when the package or the model is missing.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        gliner: Any = None,
        labels: Mapping[str, str] | None = None,
        threshold: float = 0.5,
    ) -> None:
        if gliner is None:
            package = _need("gliner", "GlinerDetector", "gliner: pip install gliner")
            if model is None:
                raise DetectorUnavailable("GlinerDetector needs model=<a local GLiNER model directory>")
            try:
                gliner = package.GLiNER.from_pretrained(model, local_files_only=True)
            except (OSError, ValueError) as exc:
                raise DetectorUnavailable(
                    f"GlinerDetector: no GLiNER model at {model!r}: download one once and pass its directory"
                ) from exc
        self._model = gliner
        self.labels = dict(
            labels or {"person": "PERSON", "street address": "ADDRESS", "date of birth": "DATE_OF_BIRTH"}
        )
        self.threshold = threshold

    def detect(self, text: str) -> list[Finding]:
        found = self._model.predict_entities(text, list(self.labels), threshold=self.threshold)
        return [
            Finding(int(e["start"]), int(e["end"]), self.labels[str(e["label"])], float(e.get("score", 1.0)))
            for e in found
            if str(e["label"]) in self.labels
        ]
