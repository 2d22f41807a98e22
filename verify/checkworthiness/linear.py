"""The linear half of the check-worthiness model: TF-IDF + logistic regression.

Artefact layout (a directory):

* ``config.json``  -- version, feature config, group weights, intercept.
* ``vocab.json``   -- ``{group: [feature, ...]}``; list position = column.
* ``weights.npz``  -- ``{group}_idf`` and ``{group}_coef`` (float64 arrays,
  one value per vocabulary entry).

Logit of a sentence::

    logit = intercept + sum_g  w_g * <coef_g, v_g> / ||v_g||
    v_g[f] = (1 + ln count_g(f)) * idf_g[f]        (features in vocabulary)

which is exactly what scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``
(L2 norm) followed by ``LogisticRegression`` computes at training time.
"""

from __future__ import annotations

import functools
import gc
import json
import math
import os
from collections import Counter
from pathlib import Path

import numpy as np

from .features import GROUPS, sentence_features

CONFIG_FILE = "config.json"
VOCAB_FILE = "vocab.json"
WEIGHTS_FILE = "weights.npz"
FORMAT = "verify-checkworthiness-linear/1"


class LinearModel:
    """Linear TF-IDF model over spaCy-tokenizer features (one artefact folder)."""

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
        self._tokenizer = blank_tokenizer()

    def logit(self, text: str) -> float:
        """The linear score of one sentence, before the sigmoid."""
        return self._logit(sentence_features(self._tokenizer(text), text, self._feature_cfg))

    # ------------------------------------------------------------ internals
    def _logit(self, feats: dict[str, list[str]]) -> float:
        z = self._intercept
        sub = self._sublinear
        log = math.log
        for name, weight, table in self._groups:
            sq = 0.0
            dot = 0.0
            # Counter counts in C and keeps first-seen order, so the sums run in the order they always did
            for f, c in Counter(feats[name]).items():
                entry = table.get(f)
                if entry is None:
                    continue
                idf, coef = entry
                v = ((1.0 + log(c)) if sub else c) * idf
                sq += v * v
                dot += v * coef
            if sq:
                z += weight * dot / math.sqrt(sq)
        return z


@functools.cache
def blank_tokenizer():
    """spaCy's rule-based English tokenizer (no statistical model, no network).

    One per process: building it takes about 0.3 s, and it keeps no state
    between texts that could make one text's tokens depend on another's.
    """
    import spacy  # imported lazily: only needed once a model is loaded

    return spacy.blank("en").tokenizer
