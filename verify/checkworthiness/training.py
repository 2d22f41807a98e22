"""Training of the linear component of the check-worthiness model (scikit-learn).

scikit-learn is imported only inside the functions here, never at run time.
The result is written as JSON + ``.npz`` (see ``linear.py``), not as pickles;
``recipe.py`` puts it in the ``linear/`` folder of the artefact.
"""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

import numpy as np

from .features import reading_form, sentence_features
from .linear import CONFIG_FILE, FORMAT, VOCAB_FILE, WEIGHTS_FILE, blank_tokenizer
from .scorer import evaluate

VERSION = "ct24-linear-1"

# Hyper-parameters, chosen by 5-fold stratified cross-validation on train.tsv
# (F1 of the Yes class); dev.tsv was used only for the decision threshold.
FEATURES = {"word_ngram": [1, 2], "char_ngram": [2, 5], "shape_ngram": 2}
GROUP_WEIGHTS = {"word": 1.0, "char": 1.0, "shape": 0.25, "cue": 0.25}
MIN_DF = 2
C = 2.0
SEED = 0


def read_tsv(path: str | os.PathLike) -> tuple[list[str], list[bool]]:
    """Read a CheckThat! TSV (Sentence_id, Text, class_label) without quoting."""
    texts: list[str] = []
    labels: list[bool] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if [h.strip() for h in header[:3]] != ["Sentence_id", "Text", "class_label"]:
            raise ValueError(f"{path}: unexpected header {header!r}")
        for row in reader:
            if len(row) != 3:
                raise ValueError(f"{path}: bad row {row!r}")
            label = row[2].strip()
            if label not in ("Yes", "No"):
                raise ValueError(f"{path}: bad label {label!r}")
            texts.append(row[1])
            labels.append(label == "Yes")
    return texts, labels


def _featurize(texts: list[str]) -> list[dict[str, list[str]]]:
    tok = blank_tokenizer()
    plain = [reading_form(t) for t in texts]  # as run time reads them
    return [sentence_features(tok(t), t, FEATURES) for t in plain]


def _identity(x):
    return x


class _Vectorizers:
    """One TF-IDF vectoriser per feature group, stacked with group weights."""

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vecs = {
            g: TfidfVectorizer(analyzer=_identity, min_df=MIN_DF, sublinear_tf=True, norm="l2", dtype=np.float64)
            for g in GROUP_WEIGHTS
        }

    def fit_transform(self, feats):
        import scipy.sparse as sp

        return sp.hstack(
            [self.vecs[g].fit_transform([f[g] for f in feats]) * w for g, w in GROUP_WEIGHTS.items()]
        ).tocsr()

    def transform(self, feats):
        import scipy.sparse as sp

        return sp.hstack([self.vecs[g].transform([f[g] for f in feats]) * w for g, w in GROUP_WEIGHTS.items()]).tocsr()


def _classifier():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, solver="liblinear", class_weight="balanced", max_iter=5000, random_state=SEED)


def best_threshold(labels: list[bool], scores: list[float]) -> tuple[float, float]:
    """Threshold maximising F1 (ties: the higher threshold); returns (thr, f1).

    The returned threshold lies half-way between the cut-off score and the
    next lower score, so that tiny float differences cannot flip a decision.
    """
    order = sorted(set(float(x) for x in scores))
    best = (0.5, -1.0)
    y = np.asarray(labels, dtype=bool)
    s = np.asarray(scores, dtype=np.float64)
    pos = y.sum()
    for k, th in enumerate(order):
        pred = s >= th
        tp = int((pred & y).sum())
        fp = int((pred & ~y).sum())
        if tp == 0:
            continue
        p = tp / (tp + fp)
        r = tp / pos
        f = 2 * p * r / (p + r)
        if f >= best[1]:
            lower = order[k - 1] if k > 0 else 0.0
            best = ((th + lower) / 2.0, f)
    return best


def sigmoid(z):
    """The logistic function, elementwise on numpy arrays."""
    return 1.0 / (1.0 + np.exp(-z))


def cross_validate(feats, labels, folds: int = 5) -> dict:
    """Stratified k-fold CV on train: out-of-fold F1 at 0.5 and at the best threshold."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(labels, dtype=bool)
    oof = np.zeros(len(y))
    per_fold = []
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for tr, te in skf.split(np.zeros(len(y)), y):
        vec = _Vectorizers()
        clf = _classifier().fit(vec.fit_transform([feats[i] for i in tr]), y[tr])
        oof[te] = sigmoid(clf.decision_function(vec.transform([feats[i] for i in te])))
        per_fold.append(evaluate(list(y[te]), list(oof[te]), 0.5)["f1"])
    th, f1_best = best_threshold(list(y), list(oof))
    return {
        "folds": folds,
        "f1_at_0.5": evaluate(list(y), list(oof), 0.5)["f1"],
        "f1_per_fold_at_0.5": per_fold,
        "best_threshold": th,
        "f1_at_best_threshold": f1_best,
    }


def train(train_path, dev_path, out_dir, cv_folds: int = 5) -> dict:
    """Train on ``train_path``, pick the threshold on ``dev_path``, write ``out_dir``.

    Returns a metrics dict: dev precision/recall/F1 at the chosen threshold,
    dev F1 at 0.5 and at the CV-chosen threshold, and (if ``cv_folds`` > 1)
    the cross-validated F1 on train.
    """
    import scipy
    import sklearn

    t0 = time.perf_counter()
    tr_texts, tr_y = read_tsv(train_path)
    dv_texts, dv_y = read_tsv(dev_path)
    tr_feats = _featurize(tr_texts)
    dv_feats = _featurize(dv_texts)

    cv = cross_validate(tr_feats, tr_y, cv_folds) if cv_folds and cv_folds > 1 else None

    vec = _Vectorizers()
    X = vec.fit_transform(tr_feats)
    clf = _classifier().fit(X, np.asarray(tr_y, dtype=bool))
    dv_scores = sigmoid(clf.decision_function(vec.transform(dv_feats)))
    threshold, _ = best_threshold(dv_y, list(dv_scores))

    # ---- export: per-group vocabulary, idf and coefficient slices
    coef = clf.coef_.ravel().astype(np.float64)
    vocab: dict[str, list[str]] = {}
    arrays: dict[str, np.ndarray] = {}
    groups = []
    offset = 0
    for g, w in GROUP_WEIGHTS.items():
        v = vec.vecs[g]
        names = v.get_feature_names_out().tolist()  # ordered by column index
        n = len(names)
        vocab[g] = names
        arrays[f"{g}_idf"] = v.idf_.astype(np.float64)
        arrays[f"{g}_coef"] = coef[offset : offset + n]
        groups.append({"name": g, "weight": w, "size": n})
        offset += n
    assert offset == coef.shape[0]

    dev_eval = evaluate(dv_y, list(dv_scores), threshold)
    metrics = {
        "dev": dev_eval,
        "dev_f1_at_0.5": evaluate(dv_y, list(dv_scores), 0.5)["f1"],
        "n_train": len(tr_y),
        "n_dev": len(dv_y),
        "n_features": int(offset),
    }
    if cv is not None:
        metrics["cv"] = cv
        metrics["dev_f1_at_cv_threshold"] = evaluate(dv_y, list(dv_scores), cv["best_threshold"])["f1"]

    import spacy

    config = {
        "format": FORMAT,
        "version": VERSION,
        "threshold": threshold,
        "intercept": float(clf.intercept_[0]),
        "sublinear_tf": True,
        "features": FEATURES,
        "groups": groups,
        "tokenizer": "spacy.blank('en').tokenizer",
        "trained_with": {
            "scikit-learn": sklearn.__version__,
            "scipy": scipy.__version__,
            "numpy": np.__version__,
            "spacy": spacy.__version__,
        },
        "hyperparameters": {
            "C": C,
            "min_df": MIN_DF,
            "class_weight": "balanced",
            "solver": "liblinear",
            "group_weights": GROUP_WEIGHTS,
        },
        "data": {"train": Path(train_path).name, "dev": Path(dev_path).name},
        "metrics": metrics,
    }
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / VOCAB_FILE, "w", encoding="utf-8") as fh:
        json.dump(vocab, fh, ensure_ascii=False, separators=(",", ":"))
    np.savez_compressed(out / WEIGHTS_FILE, **arrays)
    with open(out / CONFIG_FILE, "w", encoding="utf-8") as fh:
        json.dump(config, fh, indent=1, ensure_ascii=False)
        fh.write("\n")

    # parity check: the numpy/pure-Python scorer must reproduce sklearn's scores
    from .scorer import CheckworthinessModel

    shipped = CheckworthinessModel(out)
    diff = float(np.max(np.abs(np.asarray(shipped.score(dv_texts)) - dv_scores)))
    if diff > 1e-6:
        raise RuntimeError(f"exported model disagrees with sklearn (max diff {diff})")
    metrics["export_max_abs_diff"] = diff
    metrics["train_seconds"] = round(time.perf_counter() - t0, 1)
    return metrics
