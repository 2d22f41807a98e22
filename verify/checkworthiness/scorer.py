"""Run-time check-worthiness model: plain Python + numpy, no scikit-learn.

Artefact layout (a directory):

* ``config.json``  -- version, threshold, feature config, group weights,
  intercept, training metrics.
* ``vocab.json``   -- ``{group: [feature, ...]}``; list position = column.
* ``weights.npz``  -- ``{group}_idf`` and ``{group}_coef`` (float64 arrays,
  one value per vocabulary entry).

Score of a sentence::

    logit = intercept + sum_g  w_g * <coef_g, v_g> / ||v_g||
    v_g[f] = (1 + ln count_g(f)) * idf_g[f]        (features in vocabulary)
    score = 1 / (1 + exp(-logit))

which is exactly what scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``
(L2 norm) followed by ``LogisticRegression`` computes at training time.
"""

from __future__ import annotations

import gc
import json
import math
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .features import GROUPS, sentence_features

CONFIG_FILE = "config.json"
VOCAB_FILE = "vocab.json"
WEIGHTS_FILE = "weights.npz"
FORMAT = "verify-checkworthiness-linear/1"


class CheckworthinessModel:
    """Linear TF-IDF model over spaCy-tokenizer features.

    Attributes:
        threshold: decision threshold on ``score()`` (chosen on dev F1).
        version: model identifier, e.g. ``"ct24-linear-1"``.
    """

    threshold: float
    version: str

    def __init__(self, path: str | os.PathLike) -> None:
        path = Path(path)
        with open(path / CONFIG_FILE, encoding="utf-8") as fh:
            cfg = json.load(fh)
        if cfg.get("format") != FORMAT:
            raise ValueError(f"{path}: unknown model format {cfg.get('format')!r}")
        with open(path / VOCAB_FILE, encoding="utf-8") as fh:
            vocab = json.load(fh)
        with np.load(path / WEIGHTS_FILE, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}

        self.path = path
        self.config = cfg
        self.version = str(cfg["version"])
        self.threshold = float(cfg["threshold"])
        self.metrics = cfg.get("metrics", {})
        self._feature_cfg = cfg["features"]
        self._intercept = float(cfg["intercept"])
        self._sublinear = bool(cfg.get("sublinear_tf", True))
        self._groups: list[tuple[str, float, dict[str, tuple[float, float]]]] = []
        for group in cfg["groups"]:
            name = group["name"]
            if name not in GROUPS:
                raise ValueError(f"unknown feature group {name!r}")
            words = vocab[name]
            idf = arrays[f"{name}_idf"].tolist()
            coef = arrays[f"{name}_coef"].tolist()
            if not (len(words) == len(idf) == len(coef)):
                raise ValueError(f"{path}: group {name!r} has inconsistent sizes")
            gc_was_enabled = gc.isenabled()
            gc.disable()  # building ~10^5 small tuples: the GC only slows it down
            try:
                table = dict(zip(words, zip(idf, coef, strict=True), strict=True))
            finally:
                if gc_was_enabled:
                    gc.enable()
            self._groups.append((name, float(group["weight"]), table))
        self._tokenizer = _blank_tokenizer()

    # ------------------------------------------------------------------ API
    def score(self, texts: Sequence[str]) -> list[float]:
        """Return the probability-like check-worthiness score of each text.

        Each score is in [0, 1]; the same text always gets the same score.
        """
        if isinstance(texts, str):
            raise TypeError("score() takes a list of strings, not a string")
        out: list[float] = []
        tok = self._tokenizer
        fcfg = self._feature_cfg
        for text in texts:
            text = "" if text is None else str(text)
            feats = sentence_features(tok(text), text, fcfg)
            out.append(_sigmoid(self._logit(feats)))
        return out

    def logits(self, texts: Sequence[str]) -> list[float]:
        """Raw linear scores (before the sigmoid); mostly for debugging."""
        tok = self._tokenizer
        fcfg = self._feature_cfg
        return [self._logit(sentence_features(tok(t), t, fcfg)) for t in texts]

    def __repr__(self) -> str:
        return (
            f"CheckworthinessModel(version={self.version!r}, threshold={self.threshold:.4f}, path={str(self.path)!r})"
        )

    # ------------------------------------------------------------ internals
    def _logit(self, feats: dict[str, list[str]]) -> float:
        z = self._intercept
        sub = self._sublinear
        log = math.log
        for name, weight, table in self._groups:
            counts: dict[str, int] = {}
            for f in feats[name]:
                if f in table:
                    counts[f] = counts.get(f, 0) + 1
            if not counts:
                continue
            sq = 0.0
            dot = 0.0
            for f, c in counts.items():
                idf, coef = table[f]
                v = ((1.0 + log(c)) if sub else c) * idf
                sq += v * v
                dot += v * coef
            z += weight * dot / math.sqrt(sq)
        return z


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _blank_tokenizer():
    """spaCy's rule-based English tokenizer (no statistical model, no network)."""
    import spacy  # imported lazily: only needed once a model is loaded

    return spacy.blank("en").tokenizer


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
