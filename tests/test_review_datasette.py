"""Datasette metadata: the canned queries run on a real log, and Datasette itself serves them."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

from tests.test_review_helpers import changed_dataset_log, invoke
from verify.review.datasette_meta import QUERIES, TABLES, is_verify_log


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    return changed_dataset_log(tmp_path_factory.mktemp("review-datasette"))


def metadata_for(db):
    result = invoke(db, "datasette-metadata", "--db", db)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def run_query(db, name, **params):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(QUERIES[name]["sql"], params)]
    finally:
        conn.close()


def test_metadata_names_the_database_after_the_file(changed):
    db, _, _ = changed
    metadata = metadata_for(db)
    assert list(metadata["databases"]) == ["verdicts"]
    assert set(metadata["databases"]["verdicts"]["queries"]) == {
        "refuted_claims",
        "claims_per_checker",
        "verdict_changes",
        "runs_overview",
        "search_claims",
    }
    assert list(json.loads(invoke(db, "datasette-metadata", "--database", "log").stdout)["databases"]) == ["log"]


def test_every_described_table_and_column_exists(changed):
    db, _, _ = changed
    conn = sqlite3.connect(db)
    for table, meta in TABLES.items():
        columns = {row[1] for row in conn.execute(f"pragma table_info([{table}])")}
        assert columns, f"{table} is not in the log"
        assert set(meta.get("columns", {})) <= columns, table
        assert set(meta.get("facets", [])) <= columns, table
        if "label_column" in meta:
            assert meta["label_column"] in columns
    conn.close()


def test_canned_queries_execute_on_a_real_log(changed):
    db, old, new = changed
    refuted = run_query(db, "refuted_claims")
    assert [(r["claim_id"].split("-")[0], r["kind"]) for r in refuted] == [(new, "quantity")]
    assert "missile_launches: nk-2023-09-13-ballistic" in refuted[0]["evidence"]

    changes = run_query(db, "verdict_changes")
    assert [(c["old_run"], c["new_run"], c["old_label"], c["new_label"], c["kind"]) for c in changes] == [
        (old, new, "SUPPORTED", "REFUTED", "quantity")
    ]

    per_checker = {r["checker"]: r for r in run_query(db, "claims_per_checker")}
    assert per_checker["occurrence-count"]["supported"] >= 1 and per_checker["occurrence-count"]["refuted"] == 1
    assert per_checker["office-holder"]["claims"] >= 6

    runs = run_query(db, "runs_overview")
    assert [r["run_id"] for r in runs] == [new, old]
    assert runs[0]["refuted"] == 1 and runs[1]["refuted"] == 0

    found = run_query(db, "search_claims", words="ballistic")
    assert found and all(r["label"] for r in found)


def test_is_verify_log(changed, tmp_path):
    db, _, _ = changed
    assert is_verify_log(db)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    assert not is_verify_log(other)
    assert not is_verify_log(tmp_path / "missing.db")


def test_datasette_serves_the_log_with_titles_and_canned_queries(changed):
    app = pytest.importorskip("datasette.app", reason="datasette is not installed (pip install 'verify[datasette]')")
    from datasette.plugins import pm

    from verify.review import datasette_plugin

    if not any(plugin is datasette_plugin for plugin in pm.get_plugins()):
        pm.register(datasette_plugin, name="verify-review-test")
    db, _, _ = changed

    async def fetch():
        datasette = app.Datasette([str(db)])
        database = (await datasette.client.get("/verdicts.json")).json()
        changes = await datasette.client.get("/verdicts/verdict_changes.json?_shape=array")
        refuted_page = await datasette.client.get("/verdicts/refuted_claims")
        runs_page = await datasette.client.get("/verdicts/runs")
        search = await datasette.client.get("/verdicts/search_claims.json?_shape=array&words=missiles")
        return database, changes, refuted_page, runs_page, search

    database, changes, refuted_page, runs_page, search = asyncio.run(fetch())
    assert {q["name"] for q in database["queries"]} >= {"refuted_claims", "claims_per_checker", "verdict_changes"}
    assert changes.status_code == 200
    assert [(r["old_label"], r["new_label"]) for r in changes.json()] == [("SUPPORTED", "REFUTED")]
    assert refuted_page.status_code == 200 and "Refuted claims" in refuted_page.text
    assert "nk-2023-09-13-ballistic" in refuted_page.text
    assert runs_page.status_code == 200 and "One row per" in runs_page.text
    assert search.status_code == 200 and search.json()
