"""Datasets imported into the verdict log: ``verify datasets import`` and friends.

An import reads and validates the file with the same code that loads a
plugin's dataset (``verify.datasets.read_rows``), and writes the rows and the
index (``verify.dataset_index``) in one transaction: a bad row anywhere
leaves the log exactly as it was. Imported datasets are then available to
checkers in every ``verify check`` on that log.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from verify.dataset_index import DatasetIndex, IndexWriter, drop_tables
from verify.datasets import Dataset, DatasetError, Row, describe, prepare, read_rows
from verify.errors import UserError

ROW_BATCH = 20_000


class StoredDataset(Dataset):
    """An imported dataset: rows are read from the log when asked for, the index is the log's."""

    def __init__(self, conn: sqlite3.Connection, record: dict[str, Any]) -> None:
        manifest = json.loads(record["manifest_json"])
        template = describe(manifest, Path(record["file"] or record["name"]), record["content_hash"])
        super().__init__(
            rows=[],
            **{f: getattr(template, f) for f in _INIT_FIELDS},
        )
        self.origin = "imported"
        self.path = record["file"]
        self.id = record["id"]
        self.imported_utc = record["imported_utc"]
        self._count = record["row_count"]
        self._conn = conn
        self._cache: dict[int, Row] = {}
        self._all: list[Row] | None = None
        self._index = DatasetIndex(conn, self.id, json.loads(record["index_json"]), self, self._fetch)

    @property  # type: ignore[override]
    def rows(self) -> list[Row]:
        """Every row, read from the log on first use (checkers should prefer the indexed lookups)."""
        if self._all is None:
            self._all = [
                self._decode(data)
                for (data,) in self._conn.execute(
                    "SELECT data_json FROM dataset_rows WHERE dataset_id = ? ORDER BY rownum", [self.id]
                )
            ]
        return self._all

    @rows.setter
    def rows(self, value: list[Row]) -> None:
        self._all = value or None

    @property
    def row_count(self) -> int:
        return self._count

    def rows_at(self, rownums: Any) -> list[Row]:
        return [row for _, row in self._fetch(sorted(set(rownums)))]

    def row_by_key(self, key: str) -> Row | None:
        found = self._conn.execute(
            "SELECT data_json FROM dataset_rows WHERE dataset_id = ? AND key = ?", [self.id, key]
        ).fetchone()
        return self._decode(found[0]) if found else None

    def _fetch(self, rownums: list[int]) -> list[tuple[int, Row]]:
        missing = [n for n in rownums if n not in self._cache]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for rownum, data in self._conn.execute(
                f"SELECT rownum, data_json FROM dataset_rows WHERE dataset_id = ? AND rownum IN ({marks})",
                [self.id, *chunk],
            ):
                self._cache[rownum] = self._decode(data)
        return [(n, self._cache[n]) for n in rownums if n in self._cache]

    def _decode(self, data: str) -> Row:
        row: Row = json.loads(data)
        for column in self.date_columns:
            if row.get(column):
                row[column] = dt.date.fromisoformat(row[column])
        return row


_INIT_FIELDS = (
    "name",
    "kind",
    "version",
    "title",
    "description",
    "license",
    "source",
    "key_column",
    "match_columns",
    "alias_columns",
    "date_columns",
    "source_column",
    "content_hash",
    "match_threshold",
    "columns",
)


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def import_dataset(
    db: sqlite_utils.Database,
    path: str | Path,
    overrides: dict[str, Any] | None = None,
    replace: bool = False,
    reserved: dict[str, str] | None = None,
) -> StoredDataset:
    """Validate ``path`` and store it, with its index, in the log; all or nothing.

    ``reserved`` maps names of plugin-provided datasets to their plugin: an
    imported dataset may not take one of those names.
    """
    spec, data_path, raw, manifest = prepare(path, overrides)
    stored_manifest = {
        **{k: v for k, v in manifest.items() if k != "file"},
        "name": spec.name,
        "kind": spec.kind,
        "version": spec.version,
        "key_column": spec.key_column,
        "match_columns": spec.match_columns,
        "alias_columns": spec.alias_columns,
        "date_columns": spec.date_columns,
        "source_column": spec.source_column,
    }
    if spec.match_threshold is not None:
        stored_manifest["match_threshold"] = spec.match_threshold
    if spec.name in (reserved or {}):
        raise UserError(
            f"plugin {reserved[spec.name]!r} already provides a dataset named {spec.name!r}; "
            "import under another --name"
        )
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = conn.execute("SELECT id FROM datasets WHERE name = ?", [spec.name]).fetchone()
        if existing and not replace:
            raise UserError(f"a dataset named {spec.name!r} is already imported (remove it first, or pass --replace)")
        if existing:
            _delete(conn, existing[0])
        cursor = conn.execute(
            "INSERT INTO datasets(name, kind, version, title, license, source, content_hash, row_count, file,"
            " imported_utc, manifest_json, index_json) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, '{}')",
            [
                spec.name,
                spec.kind,
                spec.version,
                spec.title,
                spec.license,
                spec.source,
                spec.content_hash,
                str(data_path.resolve()),
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                json.dumps(stored_manifest, ensure_ascii=False),
            ],
        )
        dataset_id = int(cursor.lastrowid or 0)
        writer = IndexWriter(conn, dataset_id, spec)
        batch: list[tuple[Any, ...]] = []
        count = 0
        for rownum, (line, row) in enumerate(read_rows(spec, data_path, raw)):
            writer.add(rownum, row)
            data = json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False)
            batch.append((dataset_id, rownum, spec.key(row), line, data))
            count += 1
            if len(batch) >= ROW_BATCH:
                _insert_rows(conn, batch)
                batch = []
        _insert_rows(conn, batch)
        if not count:
            raise DatasetError(f"{data_path}: no rows to import")
        layout = writer.finish()
        conn.execute(
            "UPDATE datasets SET row_count = ?, index_json = ? WHERE id = ?", [count, json.dumps(layout), dataset_id]
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    dataset = get_dataset(db, spec.name)
    assert dataset is not None
    return dataset


def _insert_rows(conn: sqlite3.Connection, batch: list[tuple[Any, ...]]) -> None:
    conn.executemany("INSERT INTO dataset_rows(dataset_id, rownum, key, line, data_json) VALUES (?, ?, ?, ?, ?)", batch)


def _records(db: sqlite_utils.Database, name: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM datasets" + (" WHERE name = ?" if name else "") + " ORDER BY name"
    cursor = db.conn.execute(sql, [name] if name else [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def imported_datasets(db: sqlite_utils.Database) -> list[StoredDataset]:
    """Every dataset imported into this log."""
    return [StoredDataset(db.conn, record) for record in _records(db)]


def get_dataset(db: sqlite_utils.Database, name: str) -> StoredDataset | None:
    records = _records(db, name)
    return StoredDataset(db.conn, records[0]) if records else None


def remove_dataset(db: sqlite_utils.Database, name: str) -> None:
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = conn.execute("SELECT id FROM datasets WHERE name = ?", [name]).fetchone()
        if not found:
            raise UserError(f"no imported dataset is named {name!r} (see `verify datasets list`)")
        _delete(conn, found[0])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def rebuild_indexes(db: sqlite_utils.Database) -> None:
    """Index every imported dataset anew from its stored rows, as names are folded now (in the
    caller's transaction)."""
    for dataset in imported_datasets(db):
        drop_tables(db.conn, dataset.id)
        writer = IndexWriter(db.conn, dataset.id, dataset)
        for rownum, row in enumerate(dataset.rows):
            writer.add(rownum, row)
        db.conn.execute("UPDATE datasets SET index_json = ? WHERE id = ?", [json.dumps(writer.finish()), dataset.id])


def _delete(conn: sqlite3.Connection, dataset_id: int) -> None:
    drop_tables(conn, dataset_id)
    conn.execute("DELETE FROM dataset_rows WHERE dataset_id = ?", [dataset_id])
    conn.execute("DELETE FROM datasets WHERE id = ?", [dataset_id])
