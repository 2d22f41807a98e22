"""The verdict log: migrations, tables, keys, full-text search and the log view."""

from __future__ import annotations

import sqlite_utils

from tests.conftest import SEED
from verify.migrations import migrate


def test_an_empty_database_is_migrated_to_the_full_schema(tmp_path):
    db = sqlite_utils.Database(tmp_path / "fresh.db")
    migrate(db)
    assert {"runs", "articles", "claims", "verdicts", "evidence", "_sqlite_migrations"} <= set(db.table_names())
    assert "log" in db.view_names()
    assert {fk.other_table for fk in db["claims"].foreign_keys} == {"runs", "articles"}
    assert {fk.other_table for fk in db["evidence"].foreign_keys} == {"verdicts"}
    assert db["claims"].detect_fts() == "claims_fts"
    assert {c.name for c in db["runs"].columns} >= {
        "started_utc",
        "verify_version",
        "model",
        "model_version",
        "plugins_json",
        "datasets_json",
        "config_json",
    }
    applied = [m["name"] for m in db["_sqlite_migrations"].rows]
    migrate(db)  # applying again is a no-op
    assert [m["name"] for m in db["_sqlite_migrations"].rows] == applied
    assert applied[0] == "m001_initial" and len(set(applied)) == len(applied)


def test_full_text_search_and_the_log_view_after_a_run(run, db_path):
    assert run("check", SEED).exit_code == 0
    db = sqlite_utils.Database(db_path)
    hits = list(db["claims"].search("ballistic"))
    assert hits and "ballistic" in hits[0]["text"]
    log = list(db.query("select kind, label, checker from log where kind = 'quantity'"))
    assert log == [{"kind": "quantity", "label": "SUPPORTED", "checker": "occurrence-count"}]


def test_every_run_is_kept(run, db_path):
    run("check", SEED)
    run("check", SEED, "--published", "2022-06-01")
    db = sqlite_utils.Database(db_path)
    assert db["runs"].count == 2
    assert db["articles"].count == 1  # same text, same article row
    published = {r["published"] for r in db["runs"].rows}
    assert published == {"2023-09-13", "2022-06-01"}
