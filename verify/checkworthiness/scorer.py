"""Run-time check-worthiness model: plain Python + numpy, no scikit-learn, no torch.

An artefact (a directory) holds one or both of two scorers of each sentence:

* ``student`` -- a small network over WordPiece embeddings (convolutions and
  one self-attention layer) distilled from a fine-tuned MiniLM transformer
  (``neural.py``; ``student.npz`` and ``wordpiece.txt``); the shipped
  artefact holds only this one;
* ``linear``  -- TF-IDF over word, character and shape n-grams with
  logistic regression (``linear.py``; the ``linear/`` sub-folder), blended
  in up to ``ct24-distilled-2``.

``config.json`` says which are present and how their logits combine::

    score = sigmoid(intercept + sum_c weight_c * logit_c(sentence))

A text with no running words (``features.has_running_text``: a heading,
byline, dateline or copyright line) scores 0 when the config sets
``"require_running_text"``: the training sentences never look like that. So
does news furniture (``features.is_news_furniture``: "All rights reserved.",
"Additional reporting by ...", "This story has been updated ...") when it
sets ``"skip_news_furniture"``.

Typographic quotes, apostrophes and dashes are read as their ASCII forms,
as the training transcripts write them, and text in ALL CAPS in sentence
case (``features.reading_form``).

A folder holding only a linear model (format ``verify-checkworthiness-linear/1``)
loads as well, as a blend of that one component.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from . import linear
from .features import has_running_text, is_news_furniture, reading_form

CONFIG_FILE = "config.json"
FORMAT = "verify-checkworthiness/2"


class CheckworthinessModel:
    """Scores sentences for check-worthiness.

    Attributes:
        threshold: decision threshold on ``score()`` (chosen on dev F1).
        version: model identifier, e.g. ``"ct24-distilled-1"``.
        metrics: the figures recorded when the artefact was trained.
    """

    threshold: float
    version: str

    def __init__(self, path: str | os.PathLike) -> None:
        path = Path(path)
        with open(path / CONFIG_FILE, encoding="utf-8") as fh:
            cfg = json.load(fh)
        self.path = path
        self.config = cfg
        self.version = str(cfg["version"])
        self.threshold = float(cfg["threshold"])
        self.metrics = cfg.get("metrics", {})
        self.components: dict[str, Callable[[str], float]] = {}
        self.require_running_text = bool(cfg.get("require_running_text", False))
        self.skip_news_furniture = bool(cfg.get("skip_news_furniture", False))
        if cfg.get("format") == linear.FORMAT:
            self.components["linear"] = linear.LinearModel(path).logit
            self._intercept, self._weights = 0.0, {"linear": 1.0}
            return
        if cfg.get("format") != FORMAT:
            raise ValueError(f"{path}: unknown model format {cfg.get('format')!r}")
        parts = cfg["components"]
        if "linear" in parts:
            self.components["linear"] = linear.LinearModel(path / parts["linear"]["folder"]).logit
        if "student" in parts:
            from .neural import StudentNet

            spec = parts["student"]
            self.components["student"] = StudentNet(
                path / spec["weights"], path / spec["vocab"], spec["max_tokens"]
            ).logit
        blend = cfg["blend"]
        self._intercept = float(blend["intercept"])
        self._weights = {name: float(w) for name, w in blend["weights"].items()}
        missing = set(self._weights) - set(self.components)
        if missing:
            raise ValueError(f"{path}: the blend names components that are not in the artefact: {sorted(missing)}")

    def score(self, texts: Sequence[str]) -> list[float]:
        """Return the probability-like check-worthiness score of each text.

        Each score is in [0, 1]; the same text always gets the same score,
        whatever else is in the list.
        """
        if isinstance(texts, str):
            raise TypeError("score() takes a list of strings, not a string")
        out = []
        for text in texts:
            read = reading_form("" if text is None else str(text))
            if (self.require_running_text and not _has_running_text(read)) or (
                self.skip_news_furniture and is_news_furniture(read)
            ):
                out.append(0.0)
            else:
                out.append(_sigmoid(self._blend(read)))
        return out

    def has_running_text(self, text: str) -> bool:
        return _has_running_text(reading_form(text))

    def logit(self, text: str) -> float:
        return self._blend(reading_form(text))

    def _blend(self, read: str) -> float:
        """The blended logit of a text already in ``reading_form``."""
        return self._intercept + sum(w * self.components[name](read) for name, w in self._weights.items())

    def component_logits(self, texts: Sequence[str]) -> dict[str, list[float]]:
        """Each component's own logit per text (for blending at training time)."""
        plain = [reading_form(t) for t in texts]
        return {name: [fn(t) for t in plain] for name, fn in self.components.items()}

    def __repr__(self) -> str:
        return (
            f"CheckworthinessModel(version={self.version!r}, threshold={self.threshold:.4f}, path={str(self.path)!r})"
        )


def _has_running_text(read: str) -> bool:
    return has_running_text(linear.blank_tokenizer()(read))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def evaluate(labels: Sequence[bool], scores: Sequence[float], threshold: float) -> dict:
    """Precision/recall/F1 of the positive (check-worthy) class at ``threshold``.

    A sentence is predicted positive when ``score >= threshold``.  Undefined
    ratios (0/0) are reported as 0.0.
    """
    if len(labels) != len(scores):
        raise ValueError("labels and scores differ in length")
    tp = fp = fn = tn = 0
    for y, s in zip(labels, scores, strict=False):
        pred = s >= threshold
        if y and pred:
            tp += 1
        elif pred:
            fp += 1
        elif y:
            fn += 1
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "threshold": float(threshold),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "n": tp + fp + fn + tn,
    }
