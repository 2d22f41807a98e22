"""`verify log`, `verify runs` and `verify show` on a log written by real `verify check` runs."""

from __future__ import annotations

import csv
import io
import json

import pytest
import sqlite_utils

from tests.conftest import SEED
from tests.test_review_helpers import altered_seed, check, invoke


@pytest.fixture(scope="module")
def log(tmp_path_factory):
    """Two runs: the seed article, then a copy that says three missiles (refuted)."""
    directory = tmp_path_factory.mktemp("review-log")
    db = directory / "verdicts.db"
    seed = check(db, SEED)
    altered = check(db, altered_seed(directory, "two ballistic missiles", "three ballistic missiles"))
    return db, seed, altered


def cli(log, *args):
    result = invoke(log[0], *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def as_json(log, *args):
    return json.loads(cli(log, *args, "--format", "json"))


def test_log_shows_newest_run_first_and_honours_the_limit(log):
    _, seed, altered = log
    rows = as_json(log, "log", "-n", "3")
    assert len(rows) == 3
    assert {r["run_id"] for r in rows} == {altered["run"]["id"]}
    everything = as_json(log, "log", "--all")
    assert len(everything) == len(seed["claims"]) + len(altered["claims"])
    assert "SUPPORTED" in cli(log, "log")


def test_log_label_filter_finds_the_refuted_claim_with_its_evidence(log):
    rows = as_json(log, "log", "--label", "refuted", "--all")
    assert [r["claim"] for r in rows] == [
        "Pyongyang launched three ballistic missiles into the sea off of the country’s eastern coast"
    ]
    assert rows[0]["checker"] == "occurrence-count"
    assert "nk-2023-09-13-ballistic" in rows[0]["evidence"]
    both = as_json(log, "log", "--label", "refuted", "--label", "supported", "--all")
    assert {r["label"] for r in both} == {"REFUTED", "SUPPORTED"}


def test_log_kind_checker_run_and_article_filters(log):
    _, seed, altered = log
    roles = as_json(log, "log", "--kind", "role", "--all")
    assert roles and {r["kind"] for r in roles} == {"role"}
    by_checker = as_json(log, "log", "--checker", "office-holder", "--all")
    assert {r["claim_id"] for r in by_checker} == {r["claim_id"] for r in roles if r["checked"]}
    seed_run = seed["run"]["id"]
    only_seed = as_json(log, "log", "--run", seed_run[:20], "--all")
    assert {r["run_id"] for r in only_seed} == {seed_run}
    assert len(only_seed) == len(seed["claims"])
    latest = as_json(log, "log", "--run", "latest", "--all")
    assert {r["run_id"] for r in latest} == {altered["run"]["id"]}
    by_title = as_json(log, "log", "--article", "western imperialism", "--all")
    assert {r["run_id"] for r in by_title} == {seed_run}
    by_path = as_json(log, "log", "--article", "altered.txt", "--all")
    assert {r["run_id"] for r in by_path} == {altered["run"]["id"]}
    by_id = as_json(log, "log", "--article", seed["article"]["id"][:10], "--all")
    assert {r["run_id"] for r in by_id} == {seed_run}


def test_log_since(log):
    assert as_json(log, "log", "--since", "2999-01-01") == []
    assert len(as_json(log, "log", "--since", "1d", "--all")) > 0
    assert "No verdicts match." in cli(log, "log", "--since", "2999-01-01")
    bad = invoke(log[0], "log", "--since", "last tuesday")
    assert bad.exit_code == 2 and "--since" in bad.stderr


def test_log_full_text_search(log):
    db = sqlite_utils.Database(log[0])

    def sentences(rows):
        return [db["claims"].get(r["claim_id"])["sentence"].lower() for r in rows]

    rows = as_json(log, "log", "--search", "ballistic missiles", "--all")
    assert {r["kind"] for r in rows} >= {"quantity"}
    assert all("ballistic" in s and "missiles" in s for s in sentences(rows))
    phrase = as_json(log, "log", "--search", '"full and unconditional"', "--all")
    assert "“full and unconditional support”" in [r["claim"] for r in phrase]
    assert all("full and unconditional" in s for s in sentences(phrase))
    # FTS syntax in user text is taken as words, never an SQL error.
    assert as_json(log, "log", "--search", 'missiles AND ( "NEAR', "--all") is not None
    assert as_json(log, "log", "--search", "zeppelin") == []


def test_log_formats(log):
    rows = as_json(log, "log", "-n", "4")
    lines = cli(log, "log", "-n", "4", "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == rows
    parsed = list(csv.DictReader(io.StringIO(cli(log, "log", "-n", "4", "--format", "csv"))))
    assert [r["claim_id"] for r in parsed] == [r["claim_id"] for r in rows]
    assert parsed[0]["label"] == rows[0]["label"]
    markdown = cli(log, "log", "-n", "4", "--format", "markdown").splitlines()
    assert markdown[0].startswith("| claim_id | run_id |") and markdown[1].startswith("|---|")
    assert len(markdown) == 2 + 4


def test_runs_lists_one_line_per_run_with_counts_and_versions(log):
    db, seed, altered = log
    runs = as_json(log, "runs")
    assert [r["id"] for r in runs] == [altered["run"]["id"], seed["run"]["id"]]
    sql = sqlite_utils.Database(db)
    for run in runs:
        refuted = sql.execute(
            "select count(*) from verdicts where run_id = ? and is_final = 1 and label = 'REFUTED'", [run["id"]]
        ).fetchone()[0]
        assert run["refuted"] == refuted
        assert run["supported"] >= 8
        assert run["model"].startswith("en_core_web_sm")
        assert any(p.startswith("occurrences ") for p in run["plugins"])
        assert any(d.startswith("missile_launches ") for d in run["datasets"])
    assert runs[0]["refuted"] == 1 and runs[1]["refuted"] == 0
    table = cli(log, "runs")
    assert seed["run"]["id"] in table and "1 refuted" in table
    assert len(list(csv.DictReader(io.StringIO(cli(log, "runs", "--format", "csv"))))) == 2


def test_show_a_run_by_prefix(log):
    _, seed, _ = log
    run_id = seed["run"]["id"]
    shown = as_json(log, "show", run_id[:22])
    assert shown["run"]["id"] == run_id
    assert len(shown["claims"]) == len(seed["claims"])
    text = cli(log, "show", run_id[:22])
    assert f"Run {run_id}" in text and "nk-2023-09-13-ballistic" in text
    assert "| # | kind | verdict |" in cli(log, "show", run_id, "--format", "markdown")


def test_show_a_claim_with_every_verdict_and_its_evidence(log):
    _, seed, _ = log
    quantity = next(c for c in seed["claims"] if c["kind"] == "quantity" and "two ballistic" in c["text"])
    run_id, seq = quantity["id"].rsplit("-", 1)
    for ref in (quantity["id"], quantity["id"].lower(), f"{run_id[:20]}-{int(seq)}"):
        assert as_json(log, "show", ref)["id"] == quantity["id"]
    shown = as_json(log, "show", quantity["id"])
    assert shown["verdict"]["label"] == "SUPPORTED"
    assert [v["checker"] for v in shown["verdicts"]] == ["occurrence-count"]
    assert shown["verdict"]["evidence"][0]["record"] == "nk-2023-09-13-ballistic"
    assert shown["verdict"]["evidence"][0]["source"].startswith("Yonhap")
    text = cli(log, "show", quantity["id"])
    assert "every checker:" in text and "evidence:" in text and "Recorded: 2 ballistic missile" in text
    assert text.count("nk-2023-09-13-ballistic") == 1


@pytest.mark.parametrize(
    ("ref", "message"),
    [("0", "ambiguous"), ("ZZZZ", "no run with an id starting"), ("ZZZZ-3", "no run"), ("01-999999", "")],
)
def test_show_names_what_it_cannot_find_in_one_line(log, ref, message):
    result = invoke(log[0], "show", ref)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_review_commands_on_a_missing_log_say_so(tmp_path):
    for args in (["log"], ["runs"], ["show", "01"], ["report", "latest"]):
        result = invoke(tmp_path / "nothing.db", *args)
        assert result.exit_code == 2, args
        assert "no verdict log here yet" in result.stderr
    assert not (tmp_path / "nothing.db").exists()
