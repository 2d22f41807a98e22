#!/usr/bin/env python3
"""Per-stage time of one article: ingest, nlp, extract, check, record, render.

    .venv/bin/python benchmarks/bench_stages.py [ARTICLE] [--repeat 20]

Runs each stage as ``verify check`` does (``pipeline.verify_article`` split
at its seams), first once cold (imports, model and dataset loading on first
use) and then ``--repeat`` times warm, and prints the median warm time of
each stage with its share of the total, plus the cold start-up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "000_a49a3aed5de85223.txt"

STAGES = ["ingest", "nlp", "extract", "check", "record", "render"]


def one_pass(path: str, pm, db) -> dict[str, float]:
    from verify import nlp, render
    from verify.checkworthiness_scorer import DEFAULT_THRESHOLD, SentenceScorer
    from verify.extract import extract_claims
    from verify.ingest import read_article
    from verify.pipeline import RunResult, _utc_now, check_claims
    from verify.plugins import build_registry, describe_plugins
    from verify.record import record_run
    from verify.ulid import new_ulid

    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[stage] = now - clock
        clock = now

    article = read_article(path)
    lap("ingest")
    paragraphs = nlp.parse(article.text)
    lap("nlp")
    registry = build_registry(pm)
    scorer = SentenceScorer.default()
    claims = extract_claims(article, paragraphs, scorer, registry.extractors)
    lap("extract")
    run_id = new_ulid()
    checked = check_claims(article, claims, registry, DEFAULT_THRESHOLD, run_id)
    lap("check")
    now = _utc_now()
    result = RunResult(
        run_id=run_id,
        article=article,
        claims=checked,
        started_utc=now,
        finished_utc=now,
        duration_ms=0.0,
        model=nlp.model_name(),
        model_version=nlp.model_version(nlp.load()),
        threshold=DEFAULT_THRESHOLD,
        plugins=describe_plugins(pm),
        datasets=[d.info() for d in registry.datasets],
    )
    clock = time.perf_counter()  # describing plugins is set-up, not recording
    record_run(db, result)
    lap("record")
    render.claims_table(result.claims, colour=False)
    render.explanations(result.claims)
    render.to_json(result.to_dict())
    lap("render")
    times["claims"] = len(claims)
    times["tokens"] = sum(len(p.doc) for p in paragraphs)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(SEED))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    from verify.plugins import get_plugin_manager
    from verify.record import open_db

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        pm = get_plugin_manager()
        cold = one_pass(args.article, pm, db)
        cold_total = time.perf_counter() - started
        warm = [one_pass(args.article, pm, db) for _ in range(args.repeat)]
    medians = {stage: statistics.median(w[stage] for w in warm) for stage in STAGES}
    total = sum(medians.values())
    tokens, claims = int(cold["tokens"]), int(cold["claims"])
    print(f"{args.article}: {tokens} tokens, {claims} claims; median of {args.repeat} warm runs")
    print(f"{'stage':<8} {'warm ms':>9} {'share':>7} {'cold ms':>9}")
    for stage in STAGES:
        print(f"{stage:<8} {medians[stage] * 1000:9.1f} {medians[stage] / total:7.0%} {cold[stage] * 1000:9.1f}")
    print(f"{'total':<8} {total * 1000:9.1f} {'100%':>7} {sum(cold[s] for s in STAGES) * 1000:9.1f}")
    print(f"cold start (imports, plugins, model and datasets, first article): {cold_total:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
