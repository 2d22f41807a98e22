"""Record: a run, its article, claims, verdicts and evidence, in one transaction.

A run is written whole or not at all, so a killed process never leaves a
half-written run in the log. The database uses WAL and a busy timeout so
several ``verify`` processes can write to one log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from verify.errors import UserError
from verify.migrations import migrate, migrations

if TYPE_CHECKING:
    from verify.pipeline import RunResult

DEFAULT_DB = "verdicts.db"
BUSY_TIMEOUT_MS = 30_000


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    return Path(path or os.environ.get("VERIFY_DB") or DEFAULT_DB)


def open_db(path: str | os.PathLike[str] | None = None, create: bool = True) -> sqlite_utils.Database:
    """Open (and migrate) the log; refuse files that are not a verify log."""
    location = db_path(path)
    if not location.exists() and not create:
        raise UserError(f"{location}: no verdict log here yet (run `verify check` first, or pass --db)")
    if location.is_dir():
        raise UserError(f"{location}: is a directory, not a SQLite file")
    if location.exists() and location.stat().st_size:
        with open(location, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise UserError(f"{location}: not a SQLite database; refusing to touch it")
    try:
        conn = sqlite3.connect(str(location), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = set(db.table_names())
        ours = migrations.applied(db) if tables else []
        if tables and not ours:
            raise UserError(f"{location}: a SQLite database that is not a verify log; refusing to touch it")
        if db.journal_mode != "wal":
            db.enable_wal()
        migrate(db)
    except sqlite3.DatabaseError as error:
        raise UserError(f"{location}: cannot use this database: {error}") from None
    return db


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def record_run(db: sqlite_utils.Database, result: RunResult) -> None:
    article = result.article
    article_row = {
        **{k: v for k, v in article.to_dict().items()},
        "text": article.text,
        "first_seen_utc": result.started_utc,
    }
    run_row = {
        "id": result.run_id,
        "started_utc": result.started_utc,
        "finished_utc": result.finished_utc,
        "status": "complete",
        "article_id": article.content_hash,
        "published": article.published.isoformat() if article.published else None,
        "verify_version": result.verify_version,
        "model": result.model,
        "model_version": result.model_version,
        "threshold": result.threshold,
        "claims": len(result.claims),
        "duration_ms": result.duration_ms,
        "plugins_json": json.dumps(result.plugins),
        "datasets_json": json.dumps(result.datasets),
        "config_json": json.dumps(result.config, default=str),
    }
    try:
        with db.atomic():
            db["articles"].insert(article_row, pk="id", ignore=True)
            db["runs"].insert(run_row, pk="id")
            claim_rows = []
            for seq, checked in enumerate(result.claims):
                claim = checked.claim
                claim_rows.append(
                    {
                        "id": claim.id,
                        "run_id": result.run_id,
                        "article_id": article.content_hash,
                        "seq": seq,
                        "kind": claim.kind,
                        "text": claim.text,
                        "sentence": claim.sentence,
                        "start": claim.start,
                        "end": claim.end,
                        "checkworthiness": claim.checkworthiness,
                        "checked": int(checked.checked),
                        "slots_json": json.dumps(claim.slots, default=str),
                    }
                )
            db["claims"].insert_all(claim_rows, pk="id")
            verdicts = db["verdicts"]
            evidence = db["evidence"]
            for checked in result.claims:
                for verdict in [*checked.verdicts, checked.final]:
                    is_final = verdict is checked.final
                    verdict_id = verdicts.insert(
                        {
                            "claim_id": checked.claim.id,
                            "run_id": result.run_id,
                            "checker": verdict.checker,
                            "plugin": verdict.plugin,
                            "label": verdict.label,
                            "confidence": verdict.confidence,
                            "explanation": verdict.explanation,
                            "is_final": int(is_final),
                            "duration_ms": verdict.duration_ms,
                        }
                    ).last_pk
                    evidence.insert_all({"verdict_id": verdict_id, **item.to_dict()} for item in verdict.evidence)
    except sqlite3.OperationalError as error:
        raise UserError(f"could not write to the verdict log: {error}") from None
