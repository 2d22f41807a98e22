"""Record: a run, its article, claims, verdicts and evidence, in one transaction.

A run is written whole or not at all, so a killed process never leaves a
half-written run in the log. The database uses WAL and a busy timeout so
several ``verify`` processes can write to one log.

Rows are written with ``executemany`` on prepared statements (verdict ids
are assigned inside the write transaction, so evidence links to its verdict
without a round trip per verdict): 100,000 verdicts take about a second.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from verify.errors import UserError
from verify.migrations import migrate, migrations

if TYPE_CHECKING:
    from verify.pipeline import RunResult

DEFAULT_DB = "verdicts.db"
BUSY_TIMEOUT_MS = 30_000
SQLITE_MAGIC = b"SQLite format 3\x00"

_ARTICLE_COLUMNS = ("id", "title", "published", "source", "path", "format", "text", "first_seen_utc")
_RUN_COLUMNS = (
    "id",
    "started_utc",
    "finished_utc",
    "status",
    "article_id",
    "published",
    "verify_version",
    "model",
    "model_version",
    "threshold",
    "claims",
    "duration_ms",
    "plugins_json",
    "datasets_json",
    "config_json",
    "fingerprint",
)
_CLAIM_COLUMNS = (
    "id",
    "run_id",
    "article_id",
    "seq",
    "kind",
    "text",
    "sentence",
    "start",
    "end",
    "checkworthiness",
    "checked",
    "slots_json",
)
_VERDICT_COLUMNS = (
    "id",
    "claim_id",
    "run_id",
    "checker",
    "plugin",
    "label",
    "confidence",
    "explanation",
    "is_final",
    "duration_ms",
)
_EVIDENCE_COLUMNS = ("verdict_id", "dataset", "dataset_version", "record", "matched", "score", "source")


def _insert(table: str, columns: tuple[str, ...], verb: str = "INSERT") -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    return f"{verb} INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"


_SQL_ARTICLE = _insert("articles", _ARTICLE_COLUMNS, "INSERT OR IGNORE")
_SQL_RUN = _insert("runs", _RUN_COLUMNS)
_SQL_CLAIM = _insert("claims", _CLAIM_COLUMNS)
_SQL_VERDICT = _insert("verdicts", _VERDICT_COLUMNS)
_SQL_EVIDENCE = _insert("evidence", _EVIDENCE_COLUMNS)


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    return Path(path or os.environ.get("VERIFY_DB") or DEFAULT_DB)


def open_db(path: str | os.PathLike[str] | None = None, create: bool = True) -> sqlite_utils.Database:
    """Open (and migrate) the log; refuse files that are not a verify log, or are corrupt."""
    location = db_path(path)
    if not location.exists() and not create:
        raise UserError(f"{location}: no verdict log here yet (run `verify check` first, or pass --db)")
    if location.is_dir():
        raise UserError(f"{location}: is a directory, not a SQLite file")
    if location.exists() and location.stat().st_size:
        with open(location, "rb") as handle:
            if handle.read(16) != SQLITE_MAGIC:
                raise UserError(f"{location}: not a SQLite database; refusing to touch it")
    conn = None
    try:
        conn = sqlite3.connect(str(location), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = set(db.table_names())
        ours = migrations.applied(db) if tables else []
        if tables and not ours:
            raise UserError(f"{location}: a SQLite database that is not a verify log; refusing to touch it")
        _enable_wal(db)
        _migrate(db)
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        raise UserError(f"{location}: cannot use this database ({error}); is it corrupt? Left untouched") from None
    except UserError:
        if conn is not None:
            conn.close()
        raise
    return db


def _enable_wal(db: sqlite_utils.Database) -> None:
    """Switch to WAL (once per file); another process may hold a lock for a moment."""
    for attempt in range(50):
        try:
            if db.journal_mode != "wal":
                db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            time.sleep(0.05 * (attempt + 1))
    db.enable_wal()


def _migrate(db: sqlite_utils.Database) -> None:
    """Apply pending migrations, one process at a time.

    Two processes opening a new log at once must not both create the schema:
    the check for pending migrations and the migrations themselves run in one
    ``BEGIN IMMEDIATE`` transaction (each migration is a savepoint inside it).
    """
    if db[migrations.migrations_table].exists() and not migrations.pending(db):
        return
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrate(db)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@lru_cache(maxsize=16)
def model_release(name: str) -> str:
    """The installed version of a spaCy pipeline, found without importing spaCy.

    A package name gives its distribution version; a folder gives the
    ``lang_name-version`` of its ``meta.json``; anything else gives ``"?"``.
    """
    from importlib import metadata

    try:
        return metadata.version(name)
    except (metadata.PackageNotFoundError, ValueError):
        pass
    meta = Path(name) / "meta.json"
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        return f"{data.get('lang', 'xx')}_{data.get('name', '?')}-{data.get('version', '?')}"
    except (OSError, ValueError, AttributeError):
        return "?"


def fingerprint(
    plugins: list[dict[str, Any]],
    datasets: list[dict[str, Any]],
    model: str,
    threshold: float,
    verify_version: str,
) -> str:
    """What makes two runs over the same article comparable: plugins (names, versions,
    checkers), datasets (content hashes), the spaCy pipeline and its installed release,
    the threshold and verify's version (which covers the shipped check-worthiness model).

    ``verify batch`` skips an article whose text and publication date were already
    checked by a complete run with the same fingerprint.
    """
    payload = {
        "plugins": plugins,
        "datasets": datasets,
        "model": model,
        "model_release": model_release(model),
        "threshold": round(float(threshold), 6),
        "verify_version": verify_version,
    }
    canonical = json.dumps(payload, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def result_fingerprint(result: RunResult) -> str:
    return str(
        result.config.get("fingerprint")
        or fingerprint(result.plugins, result.datasets, result.model, result.threshold, result.verify_version)
    )


def _rows(result: RunResult, verdict_id: int) -> tuple[tuple, tuple, list[tuple], list[tuple], list[tuple], int]:
    """The rows of one run; verdict ids start after ``verdict_id``. Returns the last id used."""
    article = result.article
    article_id = article.content_hash
    published = article.published.isoformat() if article.published else None
    article_row = (
        article_id,
        article.title,
        published,
        article.source,
        article.path,
        article.format,
        article.text,
        result.started_utc,
    )
    run_row = (
        result.run_id,
        result.started_utc,
        result.finished_utc,
        "complete",
        article_id,
        published,
        result.verify_version,
        result.model,
        result.model_version,
        result.threshold,
        len(result.claims),
        result.duration_ms,
        json.dumps(result.plugins),
        json.dumps(result.datasets),
        json.dumps(result.config, default=str),
        result_fingerprint(result),
    )
    claim_rows: list[tuple] = []
    verdict_rows: list[tuple] = []
    evidence_rows: list[tuple] = []
    for seq, checked in enumerate(result.claims):
        claim = checked.claim
        claim_rows.append(
            (
                claim.id,
                result.run_id,
                article_id,
                seq,
                claim.kind,
                claim.text,
                claim.sentence,
                claim.start,
                claim.end,
                claim.checkworthiness,
                int(checked.checked),
                json.dumps(claim.slots, default=str),
            )
        )
        for verdict in [*checked.verdicts, checked.final]:
            verdict_id += 1
            verdict_rows.append(
                (
                    verdict_id,
                    claim.id,
                    result.run_id,
                    verdict.checker,
                    verdict.plugin,
                    verdict.label,
                    verdict.confidence,
                    verdict.explanation,
                    int(verdict is checked.final),
                    verdict.duration_ms,
                )
            )
            for item in verdict.evidence:
                evidence_rows.append(
                    (
                        verdict_id,
                        item.dataset,
                        item.dataset_version,
                        item.record,
                        item.matched,
                        None if item.score is None else round(float(item.score), 2),
                        item.source,
                    )
                )
    return article_row, run_row, claim_rows, verdict_rows, evidence_rows, verdict_id


def record_run(db: sqlite_utils.Database, result: RunResult) -> None:
    """Write one run, whole, in one transaction."""
    record_runs(db, [result])


def record_runs(db: sqlite_utils.Database, results: Iterable[RunResult]) -> int:
    """Write several runs in one transaction (the batch writer); each is complete or absent.

    Inside an open transaction the runs go into a savepoint of it instead.
    Returns the number of runs written.
    """
    conn = db.conn
    nested = conn.in_transaction
    savepoint = "verify_record_runs"
    written = 0
    try:
        conn.execute(f"SAVEPOINT {savepoint}" if nested else "BEGIN IMMEDIATE")
        try:
            last = conn.execute("SELECT coalesce(max(id), 0) FROM verdicts").fetchone()[0]
            for result in results:
                article_row, run_row, claim_rows, verdict_rows, evidence_rows, last = _rows(result, last)
                conn.execute(_SQL_ARTICLE, article_row)
                conn.execute(_SQL_RUN, run_row)
                conn.executemany(_SQL_CLAIM, claim_rows)
                conn.executemany(_SQL_VERDICT, verdict_rows)
                conn.executemany(_SQL_EVIDENCE, evidence_rows)
                written += 1
            conn.execute(f"RELEASE SAVEPOINT {savepoint}" if nested else "COMMIT")
        except BaseException:
            if conn.in_transaction:
                if nested:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                else:
                    conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as error:
        raise UserError(f"could not write to the verdict log: {error}") from None
    except sqlite3.DatabaseError as error:
        raise UserError(
            f"could not write to the verdict log: {error} (nothing was written; check it with "
            "`sqlite3 LOG 'PRAGMA integrity_check'`)"
        ) from None
    return written


def already_checked(db: sqlite_utils.Database, article_id: str, published: str | None, fingerprint: str) -> bool:
    """True when a complete run with this fingerprint checked this article text and date."""
    row = db.execute(
        "SELECT 1 FROM runs WHERE article_id = ? AND fingerprint = ? AND published IS ? AND status = 'complete' "
        "LIMIT 1",
        [article_id, fingerprint, published],
    ).fetchone()
    return row is not None
