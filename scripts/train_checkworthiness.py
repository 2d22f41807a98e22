#!/usr/bin/env python3
"""Train the check-worthiness model and write the artefact.

    python scripts/train_checkworthiness.py [--data data/checkthat2024-en] \
        [--out verify/checkworthiness/model] [--cv-folds 5]

Needs the ``train`` extra (scikit-learn).  Prints dev precision/recall/F1 at
the chosen threshold and the cross-validated F1 on train.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.checkworthiness import train  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT / "data" / "checkthat2024-en"),
                    help="folder with train.tsv and dev.tsv")
    ap.add_argument("--out", default=str(ROOT / "verify" / "checkworthiness" / "model"),
                    help="artefact folder to write")
    ap.add_argument("--cv-folds", type=int, default=5,
                    help="stratified CV folds on train for reporting (0 = skip)")
    ap.add_argument("--json", action="store_true", help="print all metrics as JSON")
    args = ap.parse_args(argv)

    data = Path(args.data)
    m = train(data / "train.tsv", data / "dev.tsv", args.out, cv_folds=args.cv_folds)
    d = m["dev"]
    print(f"artefact:  {args.out}")
    print(f"train/dev: {m['n_train']} / {m['n_dev']} sentences, {m['n_features']} features")
    if "cv" in m:
        cv = m["cv"]
        print(f"CV F1 (train, {cv['folds']}-fold): {cv['f1_at_0.5']:.4f} at 0.5, "
              f"{cv['f1_at_best_threshold']:.4f} at its best threshold "
              f"{cv['best_threshold']:.4f}")
    print(f"dev threshold: {d['threshold']:.4f} (chosen on dev)")
    print(f"dev precision: {d['precision']:.4f}")
    print(f"dev recall:    {d['recall']:.4f}")
    print(f"dev F1:        {d['f1']:.4f}  (tp={d['tp']} fp={d['fp']} fn={d['fn']} tn={d['tn']})")
    print(f"dev F1 at 0.5: {m['dev_f1_at_0.5']:.4f}")
    if "dev_f1_at_cv_threshold" in m:
        print(f"dev F1 at the CV-chosen threshold: {m['dev_f1_at_cv_threshold']:.4f}")
    print(f"export parity (max |numpy - sklearn|): {m['export_max_abs_diff']:.2e}")
    print(f"training time: {m['train_seconds']} s")
    if args.json:
        print(json.dumps(m, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
