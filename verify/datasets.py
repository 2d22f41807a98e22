"""Reference datasets: tabular facts with a manifest, loaded for the checkers.

A dataset is a CSV, TSV, JSON or JSONL file with a TOML manifest beside it
(same stem, ``.toml``) naming its kind, key column, the columns to
fuzzy-match, its alias and date columns, version, license and source.
Multi-valued alias cells are separated by ``|``; dates are ISO ``YYYY-MM-DD``.
The manifest may set ``match_threshold`` (0-100, default 85), the name score
at which ``match_name`` counts a name as matching.
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
from verify.matching import ascii_spelling, item_head, office_head, text_score
from verify.models import ReferenceTerms

DATA_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl")
ALIAS_SEPARATOR = "|"
# The name_score at or above which a name matches, unless the manifest sets
# ``match_threshold``.
DEFAULT_MATCH_THRESHOLD = 85.0
# The columns the built-in checkers cannot do without, by dataset kind (seeds/datasets/README.md
# lists the optional ones). A manifest's ``[columns]`` table names the file's own columns for them.
REQUIRED_COLUMNS = {
    "events": ("name", "start_date"),
    "office_holders": ("person", "office", "start_date"),
    "occurrences": ("date", "actor", "count", "item"),
    "quotes": ("speaker", "quote"),
}
# The date columns of the built-in kinds, read as dates when a manifest names no date_columns.
KIND_DATE_COLUMNS = {
    "events": ("start_date", "end_date"),
    "office_holders": ("start_date", "end_date"),
    "occurrences": ("date",),
    "quotes": ("date",),
}
# The column of the built-in kinds that holds people's names, with its aliases (some of them
# titles: "President Putin")
PERSON_COLUMNS = {"office_holders": "person", "quotes": "speaker"}
# Reading a dataset's names or items whole costs a second per 100,000 rows or so, on every run;
# larger datasets lend none to the extract stage (their lookups stay indexed).
KNOWN_NAMES_MAX_ROWS = 100_000


class DatasetError(UserError):
    """A dataset file or manifest that cannot be used; names file, line and column."""


Row = dict[str, Any]


@dataclass
class Dataset:
    """A reference table with its manifest.

    Checkers should look rows up through the index-backed methods
    (``match_name``, ``lookup``, ``search``, ``rows_naming``,
    ``rows_with_words``, ``rows_between``) rather than iterate ``rows``:
    those go through an index (SQLite FTS5), so they stay fast on a million
    rows. The index of a dataset loaded from a file is built in memory on
    first use; an imported dataset's index lives in the verdict log.
    """

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
    match_threshold: float | None = None  # None: the manifest sets none
    # the name a checker reads -> the file's own column ("person" -> "Name"), from ``[columns]``
    columns: dict[str, str] = field(default_factory=dict)
    origin: str = "file"
    _index: Any = field(default=None, init=False, repr=False, compare=False)

    def key(self, row: Row) -> str:
        return str(row.get(self.key_column, ""))

    def row_source(self, row: Row) -> str | None:
        if self.source_column and row.get(self.source_column):
            return str(row[self.source_column])
        return self.source or None

    def threshold(self, default: float = DEFAULT_MATCH_THRESHOLD) -> float:
        """The manifest's ``match_threshold``, or a checker's own ``default`` when it sets none."""
        return default if self.match_threshold is None else self.match_threshold

    def alias_column(self, column: str) -> str | None:
        """The column holding aliases of ``column`` (``person_aliases``; ``aliases`` for ``name``)."""
        if f"{column}_aliases" in self.alias_columns:
            return f"{column}_aliases"
        if column == "name" and "aliases" in self.alias_columns:
            return "aliases"
        return None

    def name_columns(self, column: str) -> list[str]:
        """``column`` and its alias column: where ``names(row, column)`` looks."""
        alias = self.alias_column(column)
        return [column, alias] if alias else [column]

    def names(self, row: Row, column: str) -> list[str]:
        """A column's value plus its aliases (``person`` and ``person_aliases``;
        ``name`` and ``aliases``)."""
        alias_column = f"{column}_aliases" if f"{column}_aliases" in row else "aliases"
        values = [row.get(column)]
        if alias_column in self.alias_columns and (alias_column != "aliases" or column == "name"):
            values.extend(row.get(alias_column) or [])
        return [str(v) for v in values if v]

    # Index-backed lookups -------------------------------------------------

    @property
    def index(self) -> Any:
        """The dataset's ``verify.dataset_index.DatasetIndex`` (built on first use)."""
        if self._index is None:
            from verify.dataset_index import memory_index

            self._index = memory_index(self)
        return self._index

    def rows_at(self, rownums: Iterable[int]) -> list[Row]:
        """Rows by position, in dataset order."""
        return [self.rows[n] for n in sorted(set(rownums))]

    def lookup(self, query: str, column: str | None = None, limit: int = 10) -> list[NameMatch]:
        """The best fuzzy name candidates for ``query``, best first, without a cutoff.

        ``column`` limits the match to that column and its aliases; by
        default every name column (``match_columns`` and alias columns) counts.
        Scores are ``verify.matching.name_score``.
        """
        columns = self.name_columns(column) if column else None
        return self.index.names(query, columns=columns, limit=limit)

    def match_name(
        self, query: str, column: str | None = None, score_cutoff: float | None = None, limit: int | None = None
    ) -> list[tuple[Row, float]]:
        """Rows whose ``column`` (or its aliases) matches a name, best first.

        ``score_cutoff`` defaults to the dataset's ``match_threshold`` (85 when unset).
        """
        cutoff = self.threshold() if score_cutoff is None else score_cutoff
        columns = self.name_columns(column) if column else None
        found = self.index.names(query, columns=columns, limit=limit, score_cutoff=cutoff)
        return [(m.row, m.score) for m in found]

    def rows_named(self, query: str, column: str, score_cutoff: float | None = None) -> list[Row]:
        """Rows whose ``column`` (or its aliases) matches a name, in dataset order
        (``match_name`` without the ranking)."""
        found = self.match_name(query, column, score_cutoff)
        return sorted((row for row, _ in found), key=self.position)

    def position(self, row: Row) -> int:
        """A row's position in the dataset (rows returned by the lookups only)."""
        position = self.index.positions.get(id(row))
        return self.rows.index(row) if position is None else position

    def search(self, query: str, limit: int = 5, score_cutoff: float = 60.0) -> list[tuple[Row, float]]:
        """Rows whose match columns resemble ``query``, best first.

        Candidates are the rows sharing a word (or a near spelling of one)
        with the query in a match column; they are scored with ``text_score``.
        """
        from verify.matching import normalize

        words = normalize(query).split()
        rows = self.index.rows_with_words(self.match_columns, words)
        rows += [m.row for m in self.lookup(query, limit=limit * 4) if not any(m.row is r for r in rows)]
        scored = []
        for row in rows:
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

    def rows_naming(self, text: str, column: str) -> list[Row]:
        """Rows whose ``column`` value or an alias of it occurs in ``text`` as a
        whole phrase (after ``normalize``), in dataset order.

        "Russian President" names rows whose office alias is "President";
        this is ``contains_phrase(text, name)`` for any of ``names(row, column)``.
        """
        return self.index.rows_naming(text, self.name_columns(column))

    def rows_with_words(self, columns: list[str], words: Iterable[str], prefix: bool = False) -> list[Row]:
        """Rows with any of ``words`` (normalized) as a whole word in ``columns``, in
        dataset order; with ``prefix``, words starting with one of them."""
        return self.index.rows_with_words(columns, list(words), prefix=prefix)

    def rows_between(self, column: str, start: dt.date, end: dt.date) -> list[Row]:
        """Rows whose date ``column`` falls in [start, end], in dataset order."""
        return self.index.rows_between(column, start, end)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def info(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "version": self.version,
            "rows": self.row_count,
            "content_hash": self.content_hash,
            "license": self.license,
            "source": self.source,
            "origin": self.origin,
        }


@dataclass
class NameMatch:
    """A fuzzy name candidate: the row, the name (column value or alias) that matched, and its score."""

    row: Row
    rownum: int
    key: str
    column: str
    name: str
    score: float


class DatasetRegistry:
    """The datasets available to checkers during a run."""

    def __init__(self, datasets: Iterable[Dataset] = ()) -> None:
        self._by_name: dict[str, Dataset] = {}
        self._person_names: frozenset[str] | None = None
        self._counted_items: frozenset[str] | None = None
        self._office_words: frozenset[str] | None = None
        for dataset in datasets:
            self.add(dataset)

    def add(self, dataset: Dataset) -> None:
        if not isinstance(dataset, Dataset):
            raise TypeError(f"register_datasets expects verify.datasets.Dataset, got {dataset!r}")
        if dataset.name in self._by_name:
            raise UserError(f"two datasets are named {dataset.name!r}; dataset names must be unique")
        self._by_name[dataset.name] = dataset
        self._person_names = self._counted_items = self._office_words = None

    def person_names(self) -> frozenset[str]:
        """Every name (and alias, some of them titles) in the datasets' person columns
        (``PERSON_COLUMNS``), as written: what the extract stage may know people by."""
        if self._person_names is None:
            names = {
                str(name)
                for dataset in self
                if dataset.kind in PERSON_COLUMNS and dataset.row_count <= KNOWN_NAMES_MAX_ROWS
                for row in dataset.rows
                for name in dataset.names(row, PERSON_COLUMNS[dataset.kind])
                if name
            }
            # as English text spells them too: "Kilicdaroglu" for "Kılıçdaroğlu"
            self._person_names = frozenset(names | {ascii_spelling(name) for name in names})
        return self._person_names

    def counted_items(self) -> frozenset[str] | None:
        """What the ``occurrences`` datasets count, as ``item_head`` words ("missile", "srbm");
        None (every count may be counted) when one is too large to read whole."""
        if any(d.row_count > KNOWN_NAMES_MAX_ROWS for d in self.by_kind("occurrences")):
            return None
        if self._counted_items is None:
            self._counted_items = frozenset(
                item_head(name)
                for dataset in self.by_kind("occurrences")
                for row in dataset.rows
                for name in dataset.names(row, "item")
                if name
            )
        return self._counted_items

    def office_words(self) -> frozenset[str]:
        """The head word of every office and office alias in ``office_holders`` datasets, lower-cased
        ("administrator" for "NASA Administrator", "chairman" for "Chairman of ISRO"): titles the
        extract stage reads besides the ones it knows."""
        if self._office_words is None:
            self._office_words = frozenset(
                head
                for dataset in self.by_kind("office_holders")
                if dataset.row_count <= KNOWN_NAMES_MAX_ROWS
                for row in dataset.rows
                for name in dataset.names(row, "office")
                if (head := office_head(name))
            )
        return self._office_words

    def terms(self) -> ReferenceTerms:
        """Everything the extract stage may learn from the datasets."""
        return ReferenceTerms(self.person_names(), self.counted_items(), self.office_words())

    def get(self, name: str) -> Dataset | None:
        return self._by_name.get(name)

    def by_kind(self, kind: str) -> list[Dataset]:
        return [d for d in self._by_name.values() if d.kind == kind]

    def __iter__(self) -> Iterator[Dataset]:
        return iter(self._by_name.values())

    def __len__(self) -> int:
        return len(self._by_name)


# Manifest keys a user may set on the command line instead of in a .toml file.
MANIFEST_KEYS = (
    "name",
    "title",
    "kind",
    "version",
    "license",
    "source",
    "description",
    "key_column",
    "match_columns",
    "alias_columns",
    "date_columns",
    "source_column",
    "match_threshold",
    "columns",
)


def find_files(path: str | Path) -> tuple[Path, Path | None, dict[str, Any]]:
    """The data file, its manifest (if any) and the manifest's contents for ``path``
    (a data file or a ``.toml`` manifest)."""
    path = Path(path)
    if path.suffix == ".toml":
        manifest_path: Path | None = path
        manifest = _read_manifest(path)
        data_path = path.parent / manifest.get("file", "")
        if not manifest.get("file"):
            data_path = next((path.with_suffix(s) for s in DATA_SUFFIXES if path.with_suffix(s).exists()), path)
    else:
        data_path = path
        manifest_path = path.with_suffix(".toml")
        manifest = _read_manifest(manifest_path) if manifest_path.exists() else {}
        if not manifest_path.exists():
            manifest_path = None
    if not data_path.is_file() or data_path.suffix not in DATA_SUFFIXES:
        raise DatasetError(f"{path}: no data file ({', '.join(DATA_SUFFIXES)}) found for this dataset")
    return data_path, manifest_path, manifest


def describe(manifest: dict[str, Any], data_path: Path, content_hash: str = "") -> Dataset:
    """A ``Dataset`` with no rows yet, configured by a manifest."""
    unknown = sorted(set(manifest) - set(MANIFEST_KEYS) - {"file"})
    if unknown:
        raise DatasetError(f"{data_path}: unknown manifest key(s): {', '.join(unknown)}")
    columns = manifest.get("columns") or {}
    if not isinstance(columns, dict) or not all(isinstance(v, str) and v for v in columns.values()):
        raise DatasetError(f'{data_path}: columns must be a table of names, e.g. person = "Name"')
    # the manifest may name a column either way: "Name" or "person"
    own = {file_column: name for name, file_column in columns.items()}

    def named(column: str) -> str:
        return own.get(column, column)

    threshold = manifest.get("match_threshold")
    if threshold is not None and (
        not isinstance(threshold, int | float) or isinstance(threshold, bool) or not 0 <= threshold <= 100
    ):
        raise DatasetError(f"{data_path}: match_threshold must be a number from 0 to 100, not {threshold!r}")
    return Dataset(
        name=str(manifest.get("name") or data_path.stem),
        kind=str(manifest.get("kind", "generic")),
        rows=[],
        version=str(manifest.get("version", "unversioned")),
        title=manifest.get("title", ""),
        description=manifest.get("description", ""),
        license=manifest.get("license", ""),
        source=manifest.get("source", ""),
        key_column=named(manifest.get("key_column", "key")),
        match_columns=[named(c) for c in manifest.get("match_columns", [])],
        alias_columns=[named(c) for c in manifest.get("alias_columns", [])],
        date_columns=[named(c) for c in manifest.get("date_columns", [])],
        source_column=named(manifest.get("source_column", "source")),
        content_hash=content_hash,
        path=str(data_path),
        match_threshold=None if threshold is None else float(threshold),
        columns=dict(columns),
    )


def read_rows(dataset: Dataset, data_path: Path, raw: bytes) -> Iterator[tuple[int, Row]]:
    """Validated rows of a data file as (line, row): columns under the names the manifest's
    ``[columns]`` gives them, keys present and unique, dates ISO, alias cells split, the columns the
    dataset's kind needs filled. The first bad row raises ``DatasetError`` naming file, line and
    column; so does a declared column that no row has, or a column the dataset's kind needs."""
    seen: dict[str, int] = {}
    columns: set[str] = set()
    key_column = dataset.key_column
    own = {file_column: name for name, file_column in dataset.columns.items()}
    for line, record in _read_records(data_path, raw):
        if own:
            record = {own.get(k, k): v for k, v in record.items()}
        columns.update(record)
        row = _coerce_row(record, data_path, line, key_column, dataset.alias_columns, dataset.date_columns)
        empty = next((c for c in REQUIRED_COLUMNS.get(dataset.kind, ()) if c in row and row[c] in (None, "")), None)
        if empty is not None:
            # (an office's term with no start, say, cannot be placed: leave out a row whose start is not known)
            raise DatasetError(
                f"{data_path}:{line}: column {empty!r} is empty; every row of a dataset of kind {dataset.kind!r} "
                "needs it (leave out a row you cannot fill)"
            )
        key = str(row[key_column])
        if key in seen:
            raise DatasetError(
                f"{data_path}:{line}: column {key_column!r}: duplicate key {key!r} (first on line {seen[key]})"
            )
        seen[key] = line
        yield line, row
    if seen:
        for option, declared in (
            ("match_columns", dataset.match_columns),
            ("alias_columns", dataset.alias_columns),
            ("date_columns", dataset.date_columns),
        ):
            missing = [c for c in declared if c not in columns]
            if missing:
                raise DatasetError(f"{data_path}: column {missing[0]!r} (in {option}) is not in the file")
        needed = [c for c in REQUIRED_COLUMNS.get(dataset.kind, ()) if c not in columns]
        if needed:
            raise DatasetError(
                f"{data_path}: a dataset of kind {dataset.kind!r} needs the column(s) {', '.join(needed)}; "
                f'name yours in the manifest\'s [columns] table, e.g. {needed[0]} = "Your column"'
            )


def prepare(path: str | Path, overrides: dict[str, Any] | None = None) -> tuple[Dataset, Path, bytes, dict[str, Any]]:
    """A dataset as its manifest describes it, rows not read yet: (dataset, data file, its bytes, manifest).

    ``overrides`` are manifest keys that take precedence over the manifest's;
    the content hash covers the data file and the manifest.
    """
    data_path, manifest_path, manifest = find_files(path)
    manifest = {**manifest, **{k: v for k, v in (overrides or {}).items() if v not in (None, [], ())}}
    raw = data_path.read_bytes()
    digest = hashlib.sha256(raw)
    if manifest_path is not None:
        digest.update(manifest_path.read_bytes())
    dataset = describe(manifest, data_path, digest.hexdigest())
    if "date_columns" not in manifest and dataset.kind in KIND_DATE_COLUMNS:
        # the dates a built-in checker compares, read as dates though the manifest forgot to say so
        first = next(_read_records(data_path, raw), None)
        if first is not None:
            own = {file_column: name for name, file_column in dataset.columns.items()}
            present = {own.get(k, k) for k in first[1]}
            dataset.date_columns = [c for c in KIND_DATE_COLUMNS[dataset.kind] if c in present]
    return dataset, data_path, raw, manifest


def load_dataset(path: str | Path, overrides: dict[str, Any] | None = None) -> Dataset:
    """Load a data file (or its ``.toml`` manifest) into a ``Dataset``."""
    dataset, data_path, raw, _ = prepare(path, overrides)
    dataset.rows = [row for _, row in read_rows(dataset, data_path, raw)]
    return dataset


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
