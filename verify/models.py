"""The typed contract between the pipeline stages and the plugins."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from typing import Any

SUPPORTED = "SUPPORTED"
REFUTED = "REFUTED"
NOT_ENOUGH_INFO = "NOT_ENOUGH_INFO"
ERROR = "ERROR"
LABELS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO, ERROR)


@dataclass(frozen=True)
class Article:
    """One article as ingested: plain text plus the metadata relative time needs."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    path: str | None = None
    format: str = "txt"
    #: Where ``published`` came from: "caller", "metadata" or "dateline" (read from the text).
    published_from: str | None = None

    @property
    def content_hash(self) -> str:
        import hashlib

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.content_hash,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "path": self.path,
            "format": self.format,
        }


@dataclass(frozen=True)
class ReferenceTerms:
    """What the extract stage may learn from the reference datasets (``DatasetRegistry.terms``):
    the names people go by, the things ``occurrences`` datasets count (None: too many rows to read,
    so any count may be counted) and the head words of recorded offices ("administrator")."""

    people: frozenset[str] = frozenset()
    counted_items: frozenset[str] | None = None
    office_words: frozenset[str] = frozenset()


@dataclass
class Claim:
    """A check-worthy statement found in an article.

    ``start``/``end`` are character offsets into ``Article.text``; ``slots``
    holds normalized values (ISO dates, numbers with comparison operators,
    names) that checkers reason over.
    """

    kind: str
    text: str
    sentence: str
    start: int
    end: int
    slots: dict[str, Any] = field(default_factory=dict)
    checkworthiness: float = 0.0
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "checkworthiness": round(self.checkworthiness, 4),
            "slots": self.slots,
        }


@dataclass(frozen=True)
class Evidence:
    """One reference record a verdict rests on."""

    dataset: str
    record: str
    matched: str = ""
    score: float | None = None
    source: str | None = None
    dataset_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "dataset_version": self.dataset_version,
            "record": self.record,
            "matched": self.matched,
            "score": None if self.score is None else round(float(self.score), 2),
            "source": self.source,
        }


class InvalidVerdict(ValueError):
    """A checker returned something that is not a valid verdict."""


@dataclass
class Verdict:
    """A checker's opinion of one claim.

    ``checker``, ``plugin`` and ``duration_ms`` are filled in by the core;
    a checker only sets label, confidence, explanation and evidence.
    """

    label: str
    confidence: float = 0.5
    explanation: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    checker: str | None = None
    plugin: str | None = None
    duration_ms: float | None = None

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        if self.label not in LABELS:
            raise InvalidVerdict(f"unknown verdict label {self.label!r}; use one of {LABELS}")
        try:
            confidence = float(self.confidence)
        except (TypeError, ValueError) as error:
            raise InvalidVerdict(f"confidence {self.confidence!r} is not a number") from error
        if math.isnan(confidence) or not 0.0 <= confidence <= 1.0:
            raise InvalidVerdict(f"confidence {self.confidence!r} is outside [0, 1]")
        self.confidence = confidence
        self.evidence = list(self.evidence or [])
        for item in self.evidence:
            if not isinstance(item, Evidence):
                raise InvalidVerdict(f"evidence items must be verify.Evidence, got {item!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "confidence": round(self.confidence, 4),
            "checker": self.checker,
            "plugin": self.plugin,
            "explanation": self.explanation,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class CheckedClaim:
    """A claim with every checker's verdict and the final one."""

    claim: Claim
    checked: bool
    verdicts: list[Verdict]
    final: Verdict

    def to_dict(self) -> dict[str, Any]:
        data = self.claim.to_dict()
        data["checked"] = self.checked
        data["verdict"] = self.final.to_dict()
        data["verdicts"] = [v.to_dict() for v in self.verdicts]
        return data


def as_plain(value: Any) -> Any:
    """Turn dataclasses and dates into JSON-ready values."""
    if hasattr(value, "__dataclass_fields__"):
        return as_plain(asdict(value))
    if isinstance(value, dict):
        return {k: as_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
