"""Name matching at a million rows: the dataset index against brute-force rapidfuzz.

    .venv/bin/python benchmarks/bench_matching.py            # 1,000,000 names, 10,000 queries
    .venv/bin/python benchmarks/bench_matching.py --rows 100000 --queries 2000   # quicker

Builds a synthetic reference table of person names (pseudo-words with a
Zipf-like spread of given names and surnames, a third with a middle name),
imports it through the code path of ``verify datasets import``, then looks up
queries with known answers: exact names, case/hyphenation variants, and names
with one or two typos. It reports:

- import time (CSV parse, validation, rows and index written to SQLite);
- median and p99 time of ``Dataset.lookup`` (the index) over all queries;
- median and p99 time of ``rapidfuzz.process.extractOne`` over the full list
  of normalized names (``token_set_ratio``, the main part of ``name_score``)
  on a sample of queries, and the ratio of the medians;
- top-1 recall on that sample: our best candidate's score equals the best
  ``name_score`` over all names, computed exhaustively with rapidfuzz
  (the exhaustive pass is timed separately and not used for the ratio);
- accuracy against the known answers, for information.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import string
import tempfile
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from verify.dataset_index import bulk_name_scores
from verify.dataset_store import import_dataset
from verify.matching import fold, normalize_name
from verify.record import open_db

SYLLABLES = [c + v for c in "bcdfghjklmnprstvyz" for v in "aeiou"] + ["an", "el", "in", "or", "ul", "ang", "ong"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4))))


def zipf_pick(rng: random.Random, items: list[str]) -> str:
    # Rank r drawn with probability ~ 1/r: a few very common tokens, a long tail.
    return items[min(int(len(items) ** rng.random()) - 1, len(items) - 1)]


def make_names(count: int, rng: random.Random) -> list[str]:
    given = list(dict.fromkeys(word(rng).capitalize() for _ in range(8_000)))
    family = list(dict.fromkeys(word(rng).capitalize() for _ in range(150_000)))
    names: dict[str, None] = {}
    while len(names) < count:
        parts = [zipf_pick(rng, given)]
        if rng.random() < 0.33:
            parts.append(zipf_pick(rng, given))
        parts.append(zipf_pick(rng, family))
        if rng.random() < 0.1:
            parts[-1] = parts[-1] + "-" + zipf_pick(rng, family)
        names[" ".join(parts)] = None
    return list(names)


def typo(token: str, rng: random.Random) -> str:
    i = rng.randrange(len(token))
    op = rng.choice(("substitute", "delete", "insert", "transpose"))
    if op == "substitute":
        return token[:i] + rng.choice(string.ascii_lowercase) + token[i + 1 :]
    if op == "delete" and len(token) > 3:
        return token[:i] + token[i + 1 :]
    if op == "transpose" and i < len(token) - 1:
        return token[:i] + token[i + 1] + token[i] + token[i + 2 :]
    return token[:i] + rng.choice(string.ascii_lowercase) + token[i:]


def make_query(name: str, rng: random.Random) -> tuple[str, str]:
    kind = rng.random()
    if kind < 0.3:
        return name, "exact"
    if kind < 0.45:
        variant = rng.choice((name.upper(), name.lower(), name.replace("-", " "), name.replace(" ", "-", 1)))
        return variant, "variant"
    tokens = name.split()
    for index in rng.sample(range(len(tokens)), k=1 if kind < 0.85 else min(2, len(tokens))):
        if len(tokens[index]) > 3:
            tokens[index] = typo(tokens[index], rng)
    return " ".join(tokens), "typo"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=200, help="queries also run by brute force")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        names = make_names(args.rows, rng)
        data = Path(tmp) / "people.csv"
        with data.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["key", "name", "source"])
            writer.writerows((f"p{i:07d}", name, "synthetic") for i, name in enumerate(names))
        data.with_suffix(".toml").write_text(
            'name = "people"\nkind = "people"\nversion = "bench"\nkey_column = "key"\nmatch_columns = ["name"]\n',
            encoding="utf-8",
        )
        print(f"generated {len(names):,} names in {time.perf_counter() - started:.1f} s")

        db = open_db(Path(tmp) / "bench.db")
        started = time.perf_counter()
        dataset = import_dataset(db, data)
        import_seconds = time.perf_counter() - started
        print(f"import (parse, validate, rows + index into SQLite): {import_seconds:.1f} s")

        answers = rng.sample(range(len(names)), args.queries)
        queries = [(make_query(names[i], rng), f"p{i:07d}") for i in answers]

        ours: list[float] = []
        top: list[tuple[float, str | None]] = []
        for (query, _), _key in queries:
            t = time.perf_counter()
            found = dataset.lookup(query, limit=1)
            ours.append(time.perf_counter() - t)
            top.append((found[0].score, found[0].key) if found else (0.0, None))
        known = sum(key == expected for (_, key), (_, expected) in zip(top, queries, strict=True)) / len(queries)

        norms = [normalize_name(n) for n in names]
        folded = [fold(n) for n in norms]
        sample = rng.sample(range(len(queries)), min(args.sample, len(queries)))
        brute: list[float] = []
        exhaustive: list[float] = []
        agree = same_record = 0
        misses: list[str] = []
        for s in sample:
            (query, _), _ = queries[s]
            q = normalize_name(query)
            t = time.perf_counter()
            process.extractOne(q, norms, scorer=fuzz.token_set_ratio)
            brute.append(time.perf_counter() - t)
            t = time.perf_counter()
            scores = bulk_name_scores(q, norms, folded)  # name_score against every name
            best_index = int(np.argmax(scores))
            best_score = float(scores[best_index])
            exhaustive.append(time.perf_counter() - t)
            score, key = top[s]
            agree += abs(score - round(best_score, 1)) < 0.05
            if abs(score - round(best_score, 1)) >= 0.05:
                best = f"p{best_index:07d} {names[best_index]!r} {best_score:.1f}"
                misses.append(f"{query!r}: index {key} {score}, exhaustive {best}")
            same_record += key == f"p{best_index:07d}"

    ms = 1000
    median_ours, median_brute = statistics.median(ours), statistics.median(brute)
    print()
    print(f"reference table: {args.rows:,} names; queries: {len(queries):,} (exact, case/hyphen variants, typos)")
    print(f"import through `verify datasets import`'s code path: {import_seconds:.1f} s")
    print(
        f"index lookup (Dataset.lookup), all queries: median {median_ours * ms:.2f} ms, "
        f"p99 {percentile(ours, 0.99) * ms:.2f} ms"
    )
    print(
        f"rapidfuzz process.extractOne over all {args.rows:,} names, {len(sample)} queries: "
        f"median {median_brute * ms:.1f} ms, p99 {percentile(brute, 0.99) * ms:.1f} ms"
    )
    print(f"speed-up (median brute force / median index): {median_brute / median_ours:.0f}x")
    print(
        f"top-1 recall vs exhaustive name_score on the sample: {agree / len(sample):.3f} "
        f"(same record: {same_record / len(sample):.3f}; "
        f"exhaustive pass median {statistics.median(exhaustive) * ms:.0f} ms)"
    )
    print(f"top-1 = known answer, all queries: {known:.3f}")
    for miss in misses[:5]:
        print("  miss:", miss)


if __name__ == "__main__":
    main()
