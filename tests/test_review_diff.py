"""`verify diff` and `verify rerun`: a reference row changes, the same article's verdict flips."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from tests.conftest import SEED, DirectoryDatasets
from tests.test_review_helpers import (
    ONLY_COPIED_DATASETS,
    altered_seed,
    changed_dataset_log,
    check,
    copy_seed_datasets,
    invoke,
    set_cell,
)

LAUNCH = "Pyongyang launched two ballistic missiles into the sea off of the country’s eastern coast"


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    return changed_dataset_log(tmp_path_factory.mktemp("review-diff"))


def test_diff_shows_the_flipped_claim_and_why(changed):
    db, old, new = changed
    result = invoke(db, "diff", old[:18], new[:18], "--format", "json")
    assert result.exit_code == 0, result.output
    diff = json.loads(result.stdout)
    assert diff["old_run"]["id"] == old and diff["new_run"]["id"] == new
    assert [(c["change"], c["kind"], c["text"]) for c in diff["changes"]] == [("label", "quantity", LAUNCH)]
    change = diff["changes"][0]
    assert (change["old"]["label"], change["new"]["label"]) == ("SUPPORTED", "REFUTED")
    assert "the claim says 2" in change["old"]["explanation"]
    assert "Recorded: 3 ballistic missile" in change["new"]["explanation"]
    assert change["new"]["evidence"][0]["record"] == "nk-2023-09-13-ballistic"
    assert change["new"]["evidence"][0]["dataset"] == "missile_launches"
    # Why: the dataset's content changed under the same version string.
    assert [(c["what"], c["name"]) for c in diff["context"]] == [("dataset", "missile_launches")]
    assert diff["context"][0]["old"] != diff["context"][0]["new"]
    assert diff["unchanged"] == len(json.loads(invoke(db, "show", new, "--format", "json").stdout)["claims"]) - 1


def test_diff_as_text_and_markdown(changed):
    db, old, new = changed
    text = invoke(db, "diff", old, new).stdout
    assert "dataset missile_launches:" in text
    assert f"[label] quantity: {LAUNCH}" in text
    assert "SUPPORTED -> REFUTED" in text
    assert "was: Recorded: 2 ballistic missile" in text and "now: Recorded: 3 ballistic missile" in text
    markdown = invoke(db, "diff", old, new, "--format", "markdown").stdout
    assert "| label | quantity |" in markdown and "| SUPPORTED | REFUTED |" in markdown


def test_diff_exit_code_and_a_run_against_itself(changed):
    db, old, new = changed
    assert invoke(db, "diff", old, new, "--exit-code").exit_code == 1
    same = invoke(db, "diff", old, old, "--exit-code")
    assert same.exit_code == 0
    assert "No verdict changed" in same.stdout and "same model, plugins and datasets" in same.stdout


def test_diff_of_different_articles_is_refused(changed, tmp_path):
    db, old, _ = changed
    other = check(db, altered_seed(tmp_path, "two ballistic", "three ballistic"))["run"]["id"]
    result = invoke(db, "diff", old, other)
    assert result.exit_code == 2 and "different articles" in result.stderr


def test_rerun_checks_the_logged_text_again_with_todays_data(tmp_path):
    """The article file is gone; the log has its text and the run's publication date."""
    article = tmp_path / "launch.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "verdicts.db"
    data = copy_seed_datasets(tmp_path)
    plugins = [(DirectoryDatasets(data), "reference-data")]
    first = check(db, article, "--published", "2023-09-13", plugins=plugins, env=ONLY_COPIED_DATASETS)
    article.unlink()
    set_cell(data / "missile_launches.csv", "nk-2023-09-13-ballistic", "count", "1")

    result = invoke(db, "rerun", first["run"]["id"][:20], "--format", "json", plugins=plugins, env=ONLY_COPIED_DATASETS)
    assert result.exit_code == 0, result.output
    diff = json.loads(result.stdout)
    new_id = diff["new_run"]["id"]
    assert diff["old_run"]["id"] == first["run"]["id"] and new_id != first["run"]["id"]
    assert [(c["kind"], c["old"]["label"], c["new"]["label"]) for c in diff["changes"]] == [
        ("quantity", "SUPPORTED", "REFUTED")
    ]
    log = sqlite_utils.Database(db)
    runs = {r["id"]: r for r in log["runs"].rows}
    assert set(runs) == {first["run"]["id"], new_id}
    assert runs[new_id]["published"] == "2023-09-13"
    assert runs[new_id]["article_id"] == runs[first["run"]["id"]]["article_id"]
    assert runs[new_id]["threshold"] == runs[first["run"]["id"]]["threshold"]
    assert log.execute("select count(*) from articles").fetchone()[0] == 1

    # Nothing changed since: the next rerun reports no change, in words.
    again = invoke(db, "rerun", new_id, plugins=plugins, env=ONLY_COPIED_DATASETS)
    assert again.exit_code == 0, again.output
    assert f"Re-ran {new_id} as " in again.stdout and "No verdict changed" in again.stdout


def test_rerun_with_another_plugin_set_lists_the_plugin_change(changed):
    db, _, new = changed
    # Today's default set-up: the seed datasets plugin instead of the inline copy.
    result = invoke(db, "rerun", new, "--format", "json")
    assert result.exit_code == 0, result.output
    diff = json.loads(result.stdout)
    plugins = {c["name"]: c for c in diff["context"] if c["what"] == "plugin"}
    assert plugins["reference-data"]["new"] is None
    assert plugins["seed-datasets"]["old"] is None
    assert [(c["old"]["label"], c["new"]["label"]) for c in diff["changes"] if c["kind"] == "quantity"] == [
        ("REFUTED", "SUPPORTED")
    ]
