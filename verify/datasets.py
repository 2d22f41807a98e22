"""Reference datasets: tabular facts with a manifest, loaded for the checkers.

A dataset is a CSV, TSV, JSON or JSONL file with a TOML manifest beside it
(same stem, ``.toml``) naming its kind, key column, the columns to
fuzzy-match, its alias and date columns, version, license and source.
Multi-valued alias cells are separated by ``|``; dates are ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from verify.errors import UserError
from verify.matching import best_name_score, text_score

DATA_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl")
ALIAS_SEPARATOR = "|"


class DatasetError(UserError):
    """A dataset file or manifest that cannot be used; names file, line and column."""


Row = dict[str, Any]


@dataclass
class Dataset:
    name: str
    kind: str
    rows: list[Row]
    version: str = "unversioned"
    title: str = ""
    description: str = ""
    license: str = ""
    source: str = ""
    key_column: str = "key"
    match_columns: list[str] = field(default_factory=list)
    alias_columns: list[str] = field(default_factory=list)
    date_columns: list[str] = field(default_factory=list)
    source_column: str | None = "source"
    content_hash: str = ""
    path: str | None = None

    def key(self, row: Row) -> str:
        return str(row.get(self.key_column, ""))

    def row_source(self, row: Row) -> str | None:
        if self.source_column and row.get(self.source_column):
            return str(row[self.source_column])
        return self.source or None

    def names(self, row: Row, column: str) -> list[str]:
        """A column's value plus its aliases (``person`` and ``person_aliases``;
        ``name`` and ``aliases``)."""
        alias_column = f"{column}_aliases" if f"{column}_aliases" in row else "aliases"
        values = [row.get(column)]
        if alias_column in self.alias_columns and (alias_column != "aliases" or column == "name"):
            values.extend(row.get(alias_column) or [])
        return [str(v) for v in values if v]

    def search(self, query: str, limit: int = 5, score_cutoff: float = 60.0) -> list[tuple[Row, float]]:
        """Rows whose match columns resemble ``query``, best first."""
        scored = []
        for row in self.rows:
            texts: list[str] = []
            for column in self.match_columns:
                value = row.get(column)
                if isinstance(value, list):
                    texts.extend(value)
                elif value:
                    texts.append(str(value))
            score = max((text_score(query, t) for t in texts), default=0.0)
            if score >= score_cutoff:
                scored.append((row, score))
        scored.sort(key=lambda pair: -pair[1])
        return scored[:limit]

    def match_name(self, query: str, column: str, score_cutoff: float = 85.0) -> list[tuple[Row, float]]:
        """Rows whose ``column`` (or its aliases) matches a name, best first."""
        scored = []
        for row in self.rows:
            score = best_name_score(query, self.names(row, column))
            if score >= score_cutoff:
                scored.append((row, score))
        scored.sort(key=lambda pair: -pair[1])
        return scored

    def info(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "version": self.version,
            "rows": len(self.rows),
            "content_hash": self.content_hash,
            "license": self.license,
            "source": self.source,
        }


class DatasetRegistry:
    """The datasets available to checkers during a run."""

    def __init__(self, datasets: Iterable[Dataset] = ()) -> None:
        self._by_name: dict[str, Dataset] = {}
        for dataset in datasets:
            self.add(dataset)

    def add(self, dataset: Dataset) -> None:
        if not isinstance(dataset, Dataset):
            raise TypeError(f"register_datasets expects verify.datasets.Dataset, got {dataset!r}")
        if dataset.name in self._by_name:
            raise UserError(f"two datasets are named {dataset.name!r}; dataset names must be unique")
        self._by_name[dataset.name] = dataset

    def get(self, name: str) -> Dataset | None:
        return self._by_name.get(name)

    def by_kind(self, kind: str) -> list[Dataset]:
        return [d for d in self._by_name.values() if d.kind == kind]

    def __iter__(self) -> Iterator[Dataset]:
        return iter(self._by_name.values())

    def __len__(self) -> int:
        return len(self._by_name)


def load_dataset(path: str | Path) -> Dataset:
    """Load a data file (or its ``.toml`` manifest) into a ``Dataset``."""
    path = Path(path)
    if path.suffix == ".toml":
        manifest_path = path
        manifest = _read_manifest(manifest_path)
        data_path = path.parent / manifest.get("file", "")
        if not manifest.get("file"):
            data_path = next((path.with_suffix(s) for s in DATA_SUFFIXES if path.with_suffix(s).exists()), path)
    else:
        data_path = path
        manifest_path = path.with_suffix(".toml")
        manifest = _read_manifest(manifest_path) if manifest_path.exists() else {}
    if not data_path.exists() or data_path.suffix not in DATA_SUFFIXES:
        raise DatasetError(f"{path}: no data file ({', '.join(DATA_SUFFIXES)}) found for this dataset")
    raw = data_path.read_bytes()
    records = list(_read_records(data_path, raw))
    name = manifest.get("name", data_path.stem)
    key_column = manifest.get("key_column", "key")
    alias_columns = list(manifest.get("alias_columns", []))
    date_columns = list(manifest.get("date_columns", []))
    rows = []
    seen: dict[str, int] = {}
    for line, record in records:
        row = _coerce_row(record, data_path, line, key_column, alias_columns, date_columns)
        key = str(row[key_column])
        if key in seen:
            raise DatasetError(
                f"{data_path}:{line}: column {key_column!r}: duplicate key {key!r} (first on line {seen[key]})"
            )
        seen[key] = line
        rows.append(row)
    digest = hashlib.sha256(raw)
    if manifest_path.exists():
        digest.update(manifest_path.read_bytes())
    return Dataset(
        name=name,
        kind=manifest.get("kind", "generic"),
        rows=rows,
        version=str(manifest.get("version", "unversioned")),
        title=manifest.get("title", ""),
        description=manifest.get("description", ""),
        license=manifest.get("license", ""),
        source=manifest.get("source", ""),
        key_column=key_column,
        match_columns=list(manifest.get("match_columns", [])),
        alias_columns=alias_columns,
        date_columns=date_columns,
        source_column=manifest.get("source_column", "source"),
        content_hash=digest.hexdigest(),
        path=str(data_path),
    )


def load_directory(directory: str | Path) -> list[Dataset]:
    """Every dataset in a folder: one per data file (manifest beside it)."""
    directory = Path(directory)
    return [load_dataset(p) for p in sorted(directory.iterdir()) if p.suffix in DATA_SUFFIXES and p.is_file()]


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DatasetError(f"{path}: cannot read manifest: {error}") from error


def _read_records(path: Path, raw: bytes) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DatasetError(f"{path}: not valid UTF-8 ({error.reason} at byte {error.start})") from error
    if path.suffix in (".csv", ".tsv"):
        reader = csv.DictReader(text.splitlines(keepends=True), delimiter="\t" if path.suffix == ".tsv" else ",")
        for record in reader:
            if None in record:
                raise DatasetError(f"{path}:{reader.line_num}: more cells than header columns")
            yield reader.line_num, record
    elif path.suffix == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield number, _json_object(path, number, line)
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise DatasetError(f"{path}:{error.lineno}: invalid JSON: {error.msg}") from error
        if not isinstance(data, list):
            raise DatasetError(f"{path}: expected a JSON array of objects")
        for number, item in enumerate(data, start=1):
            if not isinstance(item, dict):
                raise DatasetError(f"{path}: item {number} is not an object")
            yield number, item


def _json_object(path: Path, line: int, text: str) -> dict[str, Any]:
    try:
        item = json.loads(text)
    except json.JSONDecodeError as error:
        raise DatasetError(f"{path}:{line}: invalid JSON: {error.msg}") from error
    if not isinstance(item, dict):
        raise DatasetError(f"{path}:{line}: expected a JSON object")
    return item


def _coerce_row(
    record: dict[str, Any], path: Path, line: int, key_column: str, alias_columns: list[str], date_columns: list[str]
) -> Row:
    row: Row = {k: (v.strip() if isinstance(v, str) else v) for k, v in record.items()}
    if not row.get(key_column):
        raise DatasetError(f"{path}:{line}: column {key_column!r}: missing key")
    for column in alias_columns:
        value = row.get(column) or ""
        if isinstance(value, str):
            row[column] = [a.strip() for a in value.split(ALIAS_SEPARATOR) if a.strip()]
    for column in date_columns:
        value = row.get(column)
        if value in (None, ""):
            row[column] = None
            continue
        try:
            row[column] = dt.date.fromisoformat(str(value))
        except ValueError as error:
            raise DatasetError(f"{path}:{line}: column {column!r}: bad date {value!r} (use YYYY-MM-DD)") from error
    return row
