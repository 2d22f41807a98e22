"""``verify batch``: many articles, one nlp.pipe stream per chunk, one writer, resumable."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import pytest
import sqlite_utils

from tests.conftest import SEED_META

SHORT = "Pyongyang launched two ballistic missiles into the sea on Wednesday.\n"


@pytest.fixture
def corpus(tmp_path, seed_text):
    """A folder with two articles (one in a sub-folder, with metadata) and a JSONL file of two more."""
    folder = tmp_path / "corpus"
    (folder / "world").mkdir(parents=True)
    (folder / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "seed.meta.toml").write_text(SEED_META, encoding="utf-8")
    (folder / "world" / "short.md").write_text(f"---\ntitle: Short\npublished: 2023-09-13\n---\n{SHORT}")
    (folder / "notes.csv").write_text("not an article, not picked up from a folder\n")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "skip.txt").write_text(SHORT)
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text(
        json.dumps(
            {
                "text": SHORT.replace("two", "three"),
                "title": "Wire 1",
                "published": "2023-09-13",
                "source": "Wire",
                "id": "wire-1",
            }
        )
        + "\n\n"
        + json.dumps({"text": "<p>Kim Jong-un met Vladimir Putin.</p>", "format": "html", "path": "wire/2"})
        + "\n",
        encoding="utf-8",
    )
    return folder, jsonl


def _summary(result) -> dict:
    return json.loads(result.stdout)


def test_batch_checks_folders_and_jsonl_then_skips_what_is_already_logged(run, db_path, corpus):
    folder, jsonl = corpus
    result = run("batch", folder, jsonl, "--format", "json")
    assert result.exit_code == 0, result.stderr
    summary = _summary(result)
    assert (summary["articles"], summary["checked"], summary["skipped"], summary["failed"]) == (4, 4, 0, 0)
    assert summary["claims"] == sum(summary["labels"].values()) > 0
    assert summary["tokens"] > 0 and summary["peak_worker_mb"] > 0

    db = sqlite_utils.Database(db_path)
    rows = {r["path"]: r for r in db.query("select path, title, published, source, format from articles")}
    assert set(rows) == {str(folder / "seed.txt"), str(folder / "world" / "short.md"), "wire-1", "wire/2"}
    assert rows["wire-1"] == {
        "path": "wire-1",
        "title": "Wire 1",
        "published": "2023-09-13",
        "source": "Wire",
        "format": "txt",
    }
    assert rows["wire/2"]["format"] == "html"
    # every run is whole, and carries the fingerprint resuming compares
    assert db.execute("select count(distinct fingerprint), count(*) from runs").fetchone() == (1, 4)
    assert (
        list(db.query("select runs.id from runs where claims != (select count(*) from claims where run_id = runs.id)"))
        == []
    )
    # the seed article's missile count is checked as in `verify check`
    assert list(db.query("select label from log where kind = 'quantity' and article = 'Seed copy'")) == [
        {"label": "SUPPORTED"}
    ]

    again = run("batch", folder, jsonl, "--format", "json")
    assert again.exit_code == 0
    assert (_summary(again)["checked"], _summary(again)["skipped"]) == (0, 4)
    assert db["runs"].count == 4

    # another threshold is another fingerprint: checked again
    stricter = run("batch", jsonl, "--threshold", "0.9", "--format", "json")
    assert (_summary(stricter)["checked"], _summary(stricter)["skipped"]) == (2, 0)


def test_an_article_checked_by_verify_check_is_skipped_by_batch(run, tmp_path, seed_text):
    article = tmp_path / "a.txt"
    article.write_text(seed_text, encoding="utf-8")
    assert run("check", article).exit_code == 0
    result = run("batch", article, str(tmp_path / "*.txt"), "--format", "json")
    assert (_summary(result)["articles"], _summary(result)["skipped"]) == (1, 1)
    # the same text with another publication date is another question: checked
    dated = tmp_path / "b.jsonl"
    dated.write_text(json.dumps({"text": seed_text, "published": "2022-01-01"}) + "\n")
    assert _summary(run("batch", dated, "--format", "json"))["checked"] == 1


def test_bad_articles_are_one_line_each_and_the_batch_goes_on(run, db_path, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SHORT)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("Le président a déclaré.".encode("latin-1"))
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        '{"text": "Kim met Putin."}\nnot json\n{"title": "no text"}\n["a list"]\n'
        '{"text": "ok", "published": "13/09/2023"}\n'
    )
    result = run(
        "batch",
        good,
        tmp_path / "empty.txt",
        tmp_path / "binary.txt",
        tmp_path / "latin1.txt",
        tmp_path / "missing.txt",
        lines,
        "--format",
        "json",
    )
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 8 and all(line.startswith("Error: ") for line in errors), errors
    for fragment in [
        "empty.txt: the file is empty",
        "binary.txt: looks like a binary file",
        "latin1.txt: not valid UTF-8",
        "missing.txt: no such file",
        "lines.jsonl:2: not a JSON object",
        "lines.jsonl:3: no 'text'",
        "lines.jsonl:4: each line must be a JSON object",
        "lines.jsonl:5: invalid publication date",
    ]:
        assert any(fragment in line for line in errors), (fragment, errors)
    summary = _summary(result)
    assert (summary["checked"], summary["failed"]) == (2, 8)
    assert sqlite_utils.Database(db_path)["runs"].count == 2


def test_nothing_to_check_is_one_line_and_exit_2(run, tmp_path):
    result = run("batch", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no articles found") and len(result.stderr.splitlines()) == 1


def test_duplicates_within_one_batch_are_checked_once(run, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SHORT)
    summary = _summary(run("batch", tmp_path, "--format", "json"))
    assert (summary["checked"], summary["skipped"]) == (1, 1)


def test_two_worker_processes_give_the_same_verdicts_as_one(run, db_path, tmp_path, corpus):
    folder, jsonl = corpus
    one = _summary(run("batch", folder, jsonl, "--format", "json", "--db", tmp_path / "one.db"))
    two = run(
        "batch", folder, jsonl, "--jobs", "2", "--chunk-size", "1", "--format", "json", "--db", tmp_path / "two.db"
    )
    assert two.exit_code == 0, two.stderr
    assert (_summary(two)["checked"], _summary(two)["labels"]) == (4, one["labels"])
    query = "select article, kind, claim, label from log order by article, claim"
    assert list(sqlite_utils.Database(tmp_path / "two.db").query(query)) == list(
        sqlite_utils.Database(tmp_path / "one.db").query(query)
    )


def test_a_dask_cluster_runs_the_batch_and_this_process_writes_the_log(run, db_path, corpus):
    distributed = pytest.importorskip("distributed")
    folder, _ = corpus
    with distributed.LocalCluster(
        n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        result = run(
            "batch", folder, "--executor", "dask", "--scheduler", cluster.scheduler_address, "--format", "json"
        )
    assert result.exit_code == 0, result.stderr
    assert _summary(result)["checked"] == 2
    assert sqlite_utils.Database(db_path)["runs"].count == 2


def test_scheduler_without_dask_is_a_usage_error(run, tmp_path):
    (tmp_path / "a.txt").write_text(SHORT)
    result = run("batch", tmp_path, "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "--executor dask" in result.stderr


def test_run_results_travel_between_processes(seed_text):
    """Workers return RunResult and its dataclasses: they must pickle and come back equal."""
    from verify.ingest import parse_date
    from verify.models import Article
    from verify.pipeline import verify_article
    from verify.plugins import build_registry, get_plugin_manager

    article = Article(text=seed_text, title="Seed", published=parse_date("2023-09-13"))
    result = verify_article(article, build_registry(get_plugin_manager()))
    copy = pickle.loads(pickle.dumps(result))
    assert copy.to_dict() == result.to_dict()
    assert any(c.final.evidence for c in copy.claims)


def test_commands_that_need_no_nlp_do_not_import_spacy():
    code = (
        "import sys\n"
        "import verify.cli\n"
        "assert 'spacy' not in sys.modules, 'import verify.cli imported spacy'\n"
        "try:\n"
        "    verify.cli.cli.main(['--help'], prog_name='verify')\n"
        "except SystemExit:\n"
        "    pass\n"
        "try:\n"
        "    verify.cli.cli.main(['batch', '--help'], prog_name='verify')\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert 'spacy' not in sys.modules, 'verify --help imported spacy'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "verify batch" in done.stdout or "Usage:" in done.stdout
