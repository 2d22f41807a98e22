"""The verdict log's schema, created and upgraded by numbered migrations.

Migrations are appended, never edited once shipped; sqlite-utils records the
applied ones in ``_sqlite_migrations`` and runs each in a transaction.
"""

from __future__ import annotations

import sqlite_utils

migrations = sqlite_utils.Migrations("verify")


@migrations(name="m001_initial")
def m001_initial(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {
            "id": str,  # sha256 of the text
            "title": str,
            "published": str,
            "source": str,
            "path": str,
            "format": str,
            "text": str,
            "first_seen_utc": str,
        },
        pk="id",
    )
    db["runs"].create(
        {
            "id": str,  # ULID: sortable by time
            "started_utc": str,
            "finished_utc": str,
            "status": str,  # complete; a run is written whole or not at all
            "article_id": str,
            "published": str,  # the date relative time was resolved against
            "verify_version": str,
            "model": str,
            "model_version": str,
            "threshold": float,
            "claims": int,
            "duration_ms": float,
            "plugins_json": str,
            "datasets_json": str,
            "config_json": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["claims"].create(
        {
            "id": str,  # run id + sequence number
            "run_id": str,
            "article_id": str,
            "seq": int,
            "kind": str,
            "text": str,
            "sentence": str,
            "start": int,
            "end": int,
            "checkworthiness": float,
            "checked": int,
            "slots_json": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id"), ("article_id", "articles", "id")],
    )
    db["verdicts"].create(
        {
            "id": int,
            "claim_id": str,
            "run_id": str,
            "checker": str,
            "plugin": str,
            "label": str,
            "confidence": float,
            "explanation": str,
            "is_final": int,
            "duration_ms": float,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id"), ("run_id", "runs", "id")],
    )
    db["evidence"].create(
        {
            "id": int,
            "verdict_id": int,
            "dataset": str,
            "dataset_version": str,
            "record": str,
            "matched": str,
            "score": float,
            "source": str,
        },
        pk="id",
        foreign_keys=[("verdict_id", "verdicts", "id")],
    )
    db["claims"].create_index(["run_id", "seq"])
    db["verdicts"].create_index(["claim_id"])
    db["verdicts"].create_index(["label", "is_final"])
    db["evidence"].create_index(["verdict_id"])
    db["runs"].create_index(["article_id"])
    db["claims"].enable_fts(["text", "sentence"], create_triggers=True)
    db.create_view(
        "log",
        """
        select
          claims.id as claim_id,
          runs.id as run_id,
          runs.started_utc,
          articles.title as article,
          claims.kind,
          claims.text as claim,
          verdicts.label,
          verdicts.confidence,
          verdicts.checker,
          verdicts.explanation,
          claims.checkworthiness
        from claims
          join runs on runs.id = claims.run_id
          join articles on articles.id = claims.article_id
          join verdicts on verdicts.claim_id = claims.id and verdicts.is_final = 1
        order by runs.id desc, claims.seq
        """,
    )


def migrate(db: sqlite_utils.Database) -> None:
    migrations.apply(db)


@migrations(name="m002_datasets")
def m002_datasets(db: sqlite_utils.Database) -> None:
    """Imported reference datasets (``verify datasets import``) and their indexes.

    Each dataset also gets two FTS5 tables, ``dataset_<id>_names`` and
    ``dataset_<id>_terms``, created on import (see verify/dataset_index.py).
    """
    db.execute(
        """
        CREATE TABLE datasets (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL UNIQUE,
          kind TEXT NOT NULL,
          version TEXT,
          title TEXT,
          license TEXT,
          source TEXT,
          content_hash TEXT NOT NULL,
          row_count INTEGER NOT NULL,
          file TEXT,
          imported_utc TEXT NOT NULL,
          manifest_json TEXT NOT NULL,
          index_json TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE dataset_rows (
          dataset_id INTEGER NOT NULL REFERENCES datasets(id),
          rownum INTEGER NOT NULL,
          key TEXT NOT NULL,
          line INTEGER,
          data_json TEXT NOT NULL,
          PRIMARY KEY (dataset_id, rownum)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE UNIQUE INDEX dataset_rows_key ON dataset_rows(dataset_id, key)")
    db.execute(
        """
        CREATE TABLE dataset_tokens (
          dataset_id INTEGER NOT NULL,
          token TEXT NOT NULL,
          df INTEGER NOT NULL,
          PRIMARY KEY (dataset_id, token)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE dataset_token_variants (
          dataset_id INTEGER NOT NULL,
          variant TEXT NOT NULL,
          token TEXT NOT NULL,
          PRIMARY KEY (dataset_id, variant, token)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE dataset_dates (
          dataset_id INTEGER NOT NULL,
          col TEXT NOT NULL,
          date TEXT NOT NULL,
          rownum INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX dataset_dates_lookup ON dataset_dates(dataset_id, col, date)")


@migrations(name="m010_batch_fingerprint")
def m010_batch_fingerprint(db: sqlite_utils.Database) -> None:
    """``runs.fingerprint``: a hash of the plugins, datasets, model and threshold of a run
    (``verify.record.fingerprint``), so ``verify batch`` can skip articles already checked
    the same way. Runs logged before this migration have none and are never skipped.
    """
    db.execute("ALTER TABLE runs ADD COLUMN fingerprint TEXT")
    db.execute("CREATE INDEX runs_article_fingerprint ON runs(article_id, fingerprint)")


@migrations(name="m011_refold_dataset_names")
def m011_refold_dataset_names(db: sqlite_utils.Database) -> None:
    """Imported datasets are indexed anew: names now fold the letters Unicode does not decompose
    ("Kılıçdaroğlu" is "kilicdaroglu", "Łódź" is "lodz"), and an index built before would not find
    them as written in English."""
    from verify.dataset_store import rebuild_indexes

    rebuild_indexes(db)
