#!/usr/bin/env python3
"""Benchmark ``verify batch`` against plain ``nlp.pipe``, and ``--jobs 2`` against ``--jobs 1``.

    .venv/bin/python benchmarks/bench_batch.py [--articles 320] [--jobs 2] [--keep DIR]

Generates a corpus by varying the seed article (numbers, months, leaders,
durations, paragraph order, publication dates; every text is distinct), then
prints in one run:

(b) tokens/s of plain ``nlp.pipe`` over the whole texts (same model, one
    process, model loaded before timing); of the pipeline alone
    (``parse_many`` + ``verify_article``: extraction and checkers, no ingest or
    log); and of ``verify batch --jobs 1`` (the real CLI in a fresh process:
    ingest, parse, extract, check, record). The overhead over plain
    ``nlp.pipe`` is everything verify does beyond spaCy; the machinery
    overhead is what batching itself (reading files, dispatching chunks,
    writing the log) adds to the pipeline.
(c) wall time of ``verify batch --jobs N`` against ``--jobs 1`` (model loading
    included in both), and peak memory per worker (``resource.getrusage``).

Each measurement runs in its own process, so none inherits another's memory
high-water mark. Targets: overhead at most 25 %, speed-up at least 1.6x on
2 cores, peak memory per worker under 500 MB. Run it on an otherwise idle
machine: another busy process halves what --jobs 2 can gain on 2 cores.
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


def measure(kind: str, folder: Path) -> dict:
    """In a fresh process (so no model or memory is shared with the batches): seconds and tokens of
    ``pipe`` (plain ``nlp.pipe`` over the whole texts) or ``pipeline`` (``nlp.parse_many`` +
    ``verify_article`` in chunks of 16, no ingest or log); the model is loaded before timing."""
    code = f"""
import json, sys, time
from pathlib import Path
from verify import nlp
texts = [p.read_text(encoding="utf-8") for p in sorted(Path({str(folder)!r}).glob("*.txt"))]
model = nlp.load(None)
if {kind!r} == "pipe":
    import spacy
    plain = spacy.load(nlp.model_name())
    plain.max_length = max(plain.max_length, max(len(t) for t in texts) + 1)
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in plain.pipe(texts, batch_size=64))
else:
    from verify.models import Article
    from verify.pipeline import verify_article
    from verify.plugins import build_registry, describe_plugins, get_plugin_manager
    pm = get_plugin_manager()
    registry, described = build_registry(pm), describe_plugins(pm)
    verify_article(Article(text=texts[0]), registry, plugins=described)  # warm the scorer and datasets
    started = time.perf_counter()
    tokens = 0
    for i in range(0, len(texts), 16):
        chunk = texts[i : i + 16]
        for text, paragraphs in zip(chunk, nlp.parse_many(chunk)):
            verify_article(Article(text=text), registry, plugins=described, paragraphs=paragraphs)
            tokens += sum(len(p.doc) for p in paragraphs)
print(json.dumps({{"seconds": time.perf_counter() - started, "tokens": tokens}}))
"""
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.splitlines()[-1])


def startup_seconds(tmp: Path) -> float:
    """Wall time of ``verify batch`` on one short article: interpreter, imports, plugins, datasets,
    spaCy and check-worthiness models: the fixed cost every batch pays once."""
    article = tmp / "startup" / "one.txt"
    article.parent.mkdir()
    article.write_text("Pyongyang launched two ballistic missiles on Wednesday.\n", encoding="utf-8")
    return run_batch(article.parent, 1, tmp)[0]


def busy_cores(seconds: float = 1.0) -> float | None:
    """Cores kept busy by other processes (from /proc/stat over ``seconds``); None off Linux."""

    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # total, idle + iowait

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except OSError:
        return None
    share = 1 - (idle1 - idle0) / max(total1 - total0, 1)
    return share * (os.cpu_count() or 1)


def run_batch(folder: Path, jobs: int, tmp: Path) -> tuple[float, dict]:
    db = tmp / f"{folder.name}-jobs{jobs}.db"
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
        busy = busy_cores()
        if busy is not None and busy > 0.3:
            print(f"WARNING: other processes keep {busy:.1f} cores busy; the figures below will be low")

        pipe = measure("pipe", folder)
        pipeline = measure("pipeline", folder)
        load_s = startup_seconds(tmp)
        one_s, one = run_batch(folder, 1, tmp)
        many_s, many = run_batch(folder, args.jobs, tmp)
        assert one["checked"] == many["checked"] == len(paths), (one, many)

        tokens = pipe["tokens"]
        pipe_rate = tokens / pipe["seconds"]
        pipeline_rate = pipeline["tokens"] / pipeline["seconds"]
        batch_rate = tokens / one_s
        steady = tokens / max(one_s - load_s, 1e-9)
        overhead = pipe_rate / steady - 1
        machinery = pipeline_rate / steady - 1
        speedup = one_s / many_s
        print(
            f"(b) plain nlp.pipe (whole texts)        {pipe['seconds']:6.1f} s  {pipe_rate:7,.0f} tokens/s  "
            f"({tokens:,} tokens)"
        )
        print(
            f"    parse_many + verify_article         {pipeline['seconds']:6.1f} s  {pipeline_rate:7,.0f} tokens/s  "
            f"(extract and check, no ingest or log)"
        )
        print(
            f"    verify batch --jobs 1               {one_s:6.1f} s  {batch_rate:7,.0f} tokens/s  "
            f"({steady:,.0f} tokens/s without the {load_s:.1f} s start-up)"
        )
        print(
            f"    overhead over plain nlp.pipe: {overhead:+.0%}  [{'OK' if overhead <= 0.25 else 'OVER 25%'}]; "
            f"of the batch machinery (ingest, dispatch, log) over the pipeline: {machinery:+.0%}"
        )
        print(
            f"(c) verify batch --jobs {args.jobs}               {many_s:6.1f} s  {tokens / many_s:7,.0f} tokens/s  "
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
