#!/usr/bin/env python3
"""Benchmark the shipped check-worthiness model on dev.tsv.

    taskset -c 0 python benchmarks/bench_checkworthiness.py [--model DIR] [--repeat 3]

Prints: import+load time (cold, in a fresh process), sentences/s on dev
(single process; pin it to one core with ``taskset -c 0``), artefact size in
MB, and dev precision/recall/F1 at the model's threshold.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SENT_PER_S = 1000.0
TARGET_LOAD_S = 1.0
TARGET_SIZE_MB = 30.0


def _read_dev(path: Path) -> tuple[list[str], list[bool]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [r[1] for r in rows], [r[2] == "Yes" for r in rows]


def _cold_load_seconds(model_dir: str | None) -> float:
    """Time ``load_model()`` in a fresh interpreter (includes importing spaCy)."""
    arg = repr(model_dir)
    code = (
        "import time; t = time.perf_counter()\n"
        "from verify.checkworthiness import load_model\n"
        f"load_model({arg})\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="artefact folder (default: shipped)")
    ap.add_argument("--dev", default=str(ROOT / "data" / "checkthat2024-en" / "dev.tsv"))
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over dev")
    args = ap.parse_args(argv)

    from verify.checkworthiness import DEFAULT_MODEL_DIR, evaluate, load_model

    model_dir = Path(args.model) if args.model else DEFAULT_MODEL_DIR
    texts, labels = _read_dev(Path(args.dev))

    cold = min(_cold_load_seconds(args.model) for _ in range(3))
    t = time.perf_counter()
    model = load_model(model_dir)
    warm = time.perf_counter() - t

    model.score(texts[:50])  # warm-up
    best = float("inf")
    for _ in range(max(1, args.repeat)):
        t = time.perf_counter()
        scores = model.score(texts)
        best = min(best, time.perf_counter() - t)
    rate = len(texts) / best
    size_mb = sum(f.stat().st_size for f in model_dir.rglob("*") if f.is_file()) / 1e6
    again = model.score(texts)
    r = evaluate(labels, scores, model.threshold)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    print(f"model:            {model.version} ({model_dir})")
    if importlib.util.find_spec("torch") is not None:
        print("note:             torch is installed here; spaCy's thinc imports it, which slows loading by ~1 s")
    print(f"cores available:  {cores} (pin with taskset -c 0 for the one-core figure)")
    print(
        f"load, cold:       {cold:.3f} s  (fresh process, incl. importing spaCy; "
        f"target < {TARGET_LOAD_S} s, ratio {cold / TARGET_LOAD_S:.2f})"
    )
    print(f"load, warm:       {warm:.3f} s  (spaCy already imported)")
    print(
        f"throughput:       {rate:,.0f} sentences/s on dev ({len(texts)} sentences, best of "
        f"{args.repeat}; target >= {TARGET_SENT_PER_S:.0f}, ratio "
        f"{rate / TARGET_SENT_PER_S:.1f}x)"
    )
    print(
        f"artefact size:    {size_mb:.2f} MB (target < {TARGET_SIZE_MB:.0f} MB, ratio {size_mb / TARGET_SIZE_MB:.3f})"
    )
    print(f"deterministic:    {again == scores}")
    print(
        f"dev @ {r['threshold']:.4f}: P={r['precision']:.4f} R={r['recall']:.4f} "
        f"F1={r['f1']:.4f} (tp={r['tp']} fp={r['fp']} fn={r['fn']} tn={r['tn']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
