#!/usr/bin/env python3
"""Benchmark ``verify batch`` against plain ``nlp.pipe``, and ``--jobs 2`` against ``--jobs 1``.

    .venv/bin/python benchmarks/bench_batch.py [--articles 320] [--jobs 2] [--keep DIR]

Generates a corpus by varying the seed article (numbers, months, leaders,
paragraph order; every article's text is distinct), then prints in one run:

(b) tokens/s of plain ``nlp.pipe`` over the article texts (same model, one
    process) and of ``verify batch --jobs 1`` (ingest, parse, extract, check,
    record), as a ratio: the overhead of everything verify does beyond spaCy;
(c) wall time of ``verify batch --jobs N`` against ``--jobs 1``, as a speed-up;
    peak memory per worker (``resource.getrusage``), from the batch summary.

Each batch runs the real CLI in a fresh process with a fresh log, so model
loading is included in its time (and in plain nlp.pipe's, for fairness, is not:
the pipe figure is measured after loading). Targets: overhead at most 25 %,
speed-up at least 1.6x on 2 cores, peak memory per worker under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a49a3aed5de85223.txt"
VERIFY = [sys.executable, "-m", "verify"]

NUMBERS = ["two", "three", "four", "five", "six", "several", "a pair of", "seven"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
DURATIONS = ["18 months", "19 months", "a year", "two years", "17 months", "600 days"]
LEADERS = [
    ("Xi Jinping", "People’s Republic of China (PRC) President"),
    ("Li Qiang", "Chinese Premier"),
    ("Narendra Modi", "Indian Prime Minister"),
    ("Recep Tayyip Erdogan", "Turkish President"),
]
DAYS = ["2023-09-13", "2023-09-14", "2023-10-02", "2024-01-15", None]


def make_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` distinct variations of the seed article, as .txt files with .meta.toml sidecars."""
    rng = random.Random(seed)
    text = SEED.read_text(encoding="utf-8")
    head, *paragraphs = text.split("\n\n")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        body = [p for p in paragraphs]
        middle = body[1:-2]
        rng.shuffle(middle)
        body = [body[0], *middle, *body[-2:]]
        article = "\n\n".join([f"{head} ({i})", *body])
        name, title = rng.choice(LEADERS)
        article = (
            article.replace("two ballistic", f"{rng.choice(NUMBERS)} ballistic")
            .replace("in March", f"in {rng.choice(MONTHS)}")
            .replace("18 months", rng.choice(DURATIONS))
            .replace("People’s Republic of China (PRC) President Xi Jinping", f"{title} {name}")
        )
        path = folder / f"{i:05d}.txt"
        path.write_text(article, encoding="utf-8")
        day = rng.choice(DAYS)
        if day:
            path.with_name(f"{i:05d}.meta.toml").write_text(f'title = "Variant {i}"\npublished = {day}\n')
        paths.append(path)
    return paths


def plain_pipe(texts: list[str]) -> tuple[float, int]:
    """Seconds and tokens of plain ``nlp.pipe`` over whole texts (model loaded first, not timed)."""
    import spacy

    from verify.nlp import model_name

    nlp = spacy.load(model_name())
    nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return time.perf_counter() - started, tokens


def model_load_seconds() -> float:
    code = (
        "import time; t = time.perf_counter(); from verify import nlp; nlp.load(None); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    return float(out.stdout.split()[-1])


def run_batch(folder: Path, jobs: int, tmp: Path) -> tuple[float, dict]:
    db = tmp / f"jobs{jobs}.db"
    env = {**os.environ, "VERIFY_DB": str(db)}
    started = time.perf_counter()
    done = subprocess.run(
        [*VERIFY, "batch", str(folder), "--jobs", str(jobs), "--format", "json", "--no-progress"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"verify batch --jobs {jobs} failed ({done.returncode}): {done.stderr}")
    return elapsed, json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=320)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        folder = args.keep or tmp / "corpus"
        paths = make_corpus(folder, args.articles)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        print(f"corpus: {len(paths)} articles, {sum(map(len, texts)):,} characters, {os.cpu_count()} cores")

        pipe_s, tokens = plain_pipe(texts)
        load_s = model_load_seconds()
        one_s, one = run_batch(folder, 1, tmp)
        many_s, many = run_batch(folder, args.jobs, tmp)
        assert one["checked"] == many["checked"] == len(paths), (one, many)

        pipe_rate = tokens / pipe_s
        batch_rate = tokens / one_s
        steady = tokens / max(one_s - load_s, 1e-9)
        overhead = pipe_rate / batch_rate - 1
        overhead_steady = pipe_rate / steady - 1
        speedup = one_s / many_s
        print(f"(b) plain nlp.pipe             {pipe_s:7.1f} s  {pipe_rate:9,.0f} tokens/s  ({tokens:,} tokens)")
        print(
            f"    verify batch --jobs 1      {one_s:7.1f} s  {batch_rate:9,.0f} tokens/s  "
            f"overhead {overhead:+.0%} (wall, incl. {load_s:.1f} s start-up and model load); "
            f"{steady:,.0f} tokens/s, {overhead_steady:+.0%} without it  "
            f"[{'OK' if overhead_steady <= 0.25 else 'OVER 25%'}]"
        )
        print(
            f"(c) verify batch --jobs {args.jobs}      {many_s:7.1f} s  {tokens / many_s:9,.0f} tokens/s  "
            f"speed-up {speedup:.2f}x over --jobs 1  [{'OK' if speedup >= 1.6 else 'UNDER 1.6x'}]"
        )
        worst = max(one["peak_worker_mb"], many["peak_worker_mb"])
        print(
            f"    peak memory per worker: {one['peak_worker_mb']:.0f} MB (--jobs 1, in-process), "
            f"{many['peak_worker_mb']:.0f} MB (--jobs {args.jobs}); parent {many['peak_parent_mb']:.0f} MB  "
            f"[{'OK' if worst < 500 else 'OVER 500 MB'}]"
        )
        print(f"    claims by label: {one['labels']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
