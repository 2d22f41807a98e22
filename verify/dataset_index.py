"""The index behind every reference dataset: SQLite FTS5 tables, queried per claim.

One schema serves both kinds of dataset. A dataset an user imports keeps its
index in the verdict log (built once, by ``verify datasets import``); a
dataset a plugin loads from a file gets the same tables in an in-memory
SQLite database, built on first use. Tables (created by migration
``m002_datasets``, plus two FTS5 tables per dataset):

- ``dataset_<id>_names``: one document per name (each value of a match or
  alias column): its folded tokens (``t_kim``), the name without spaces
  (``c_kimjongun``, so "Kim Jongun" finds "Kim Jong-un") and its sorted token
  set (``s_jong_kim_un``). Content columns keep the row number, column and the
  normalized and folded name for scoring.
- ``dataset_<id>_terms``: one document per row: every word (``w3_missile``)
  and every whole value (``p3_president_of_ukraine``) of its text columns.
- ``dataset_tokens`` / ``dataset_token_variants``: the name vocabulary with
  document frequencies, and each token's one-deletion variants (a "symmetric
  delete" index: tokens one typo apart share a variant).
- ``dataset_dates``: (column, ISO date, row) for the date columns.

A fuzzy name lookup expands each query token to the vocabulary tokens one
edit away, asks FTS5 for the names that share two (expanded) tokens with the
query, share a rare one, are a subset of the query's tokens or equal it
without spaces, and scores only those with rapidfuzz: ``name_score``, in bulk.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np
from rapidfuzz import fuzz, process

from verify.matching import (
    best_record_name,
    compact,
    fold,
    initials_score,
    middle_names_differ,
    nested_names,
    normalize,
    normalize_name,
    stands_for_less,
)

if TYPE_CHECKING:
    from verify.datasets import Dataset, NameMatch, Row

TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '_'"
MAX_PHRASE_WORDS = 20  # longer values are not indexed as phrases
FUZZY_MIN_LENGTH = 4  # shorter tokens are matched exactly
RARE_DF = 2000  # a token in at most this many names finds candidates on its own
MAX_QUERY_TOKENS = 8
MAX_SUBSET_TOKENS = 6
CANDIDATE_LIMIT = 50_000
CONFIDENT = 100.0  # see DatasetIndex.names
BATCH = 20_000
_PLAIN = re.compile(r"[a-z0-9_]+")
_ASCII = re.compile(r"[a-z0-9]+")


def term(prefix: str, word: str) -> str:
    """An FTS5-safe term: ASCII words as they are, others hex-encoded."""
    if _PLAIN.fullmatch(word):
        return prefix + word
    return prefix + "u" + word.encode("utf-8").hex()


def _quoted(terms: Iterable[str]) -> list[str]:
    return [f'"{t}"' for t in terms]


def _any(terms: Iterable[str]) -> str:
    quoted = _quoted(terms)
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def _group(quoted: list[str]) -> str:
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def name_keys(norm: str) -> tuple[str, list[str], list[str]]:
    """(folded name, its unique tokens, its index keys) for a normalized name."""
    folded = fold(norm)
    tokens = list(dict.fromkeys(folded.split()))
    keys = [term("t_", t) for t in tokens]
    keys.append(term("c_", compact(norm)))
    if compact(folded) != compact(norm):
        keys.append(term("c_", compact(folded)))
    keys.append(term("s_", "_".join(sorted(tokens))))
    return folded, tokens, keys


def deletes(token: str) -> set[str]:
    """The token and its one-character deletions (long enough tokens only)."""
    if len(token) < FUZZY_MIN_LENGTH:
        return {token}
    return {token} | {token[:i] + token[i + 1 :] for i in range(len(token))}


def name_columns_of(dataset: Dataset) -> list[str]:
    """Columns holding names: match columns, alias columns and the columns they alias."""
    columns = [*dataset.match_columns, *dataset.alias_columns]
    for alias in dataset.alias_columns:
        if alias.endswith("_aliases"):
            columns.append(alias[: -len("_aliases")])
        elif alias == "aliases":
            columns.append("name")
    return list(dict.fromkeys(columns))


def create_tables(conn: sqlite3.Connection, dataset_id: int) -> None:
    conn.execute(
        f"CREATE VIRTUAL TABLE dataset_{dataset_id}_names USING fts5("
        f"keys, rownum UNINDEXED, col UNINDEXED, norm UNINDEXED, folded UNINDEXED, "
        f'tokenize="{TOKENIZE}", detail=none, columnsize=0)'
    )
    conn.execute(
        f"CREATE VIRTUAL TABLE dataset_{dataset_id}_terms USING fts5("
        f"terms, tokenize=\"{TOKENIZE}\", detail=none, columnsize=0, content='')"
    )


def drop_tables(conn: sqlite3.Connection, dataset_id: int) -> None:
    conn.execute(f"DROP TABLE IF EXISTS dataset_{dataset_id}_names")
    conn.execute(f"DROP TABLE IF EXISTS dataset_{dataset_id}_terms")
    for table in ("dataset_tokens", "dataset_token_variants", "dataset_dates"):
        conn.execute(f"DELETE FROM {table} WHERE dataset_id = ?", [dataset_id])


NAMES_CACHE_SIZE = 4096


class IndexWriter:
    """Builds a dataset's index row by row (``add``), then ``finish``."""

    def __init__(self, conn: sqlite3.Connection, dataset_id: int, dataset: Dataset) -> None:
        self.conn = conn
        self.id = dataset_id
        self.name_columns = name_columns_of(dataset)
        self.skip = {dataset.key_column, dataset.source_column, *dataset.date_columns}
        self.date_columns = list(dataset.date_columns)
        self.text_columns: dict[str, int] = {}
        self.df: Counter[str] = Counter()
        self.entry = 0
        self._names: list[tuple[Any, ...]] = []
        self._terms: list[tuple[int, str]] = []
        self._dates: list[tuple[Any, ...]] = []
        create_tables(conn, dataset_id)

    def add(self, rownum: int, row: Row) -> None:
        for col_index, column in enumerate(self.name_columns):
            for value in _values(row.get(column)):
                norm = normalize_name(value)
                if not norm:
                    continue
                folded, tokens, keys = name_keys(norm)
                self.df.update(tokens)
                self._names.append((self.entry, " ".join(keys), rownum, col_index, norm, folded))
                self.entry += 1
        terms: list[str] = []
        for column, value in row.items():
            if column in self.skip:
                continue
            values = _values(value)
            if not values:
                continue
            index = self.text_columns.setdefault(column, len(self.text_columns))
            for text in values:
                words = normalize(text).split()
                terms.extend(term(f"w{index}_", w) for w in words)
                # ASCII pieces of other words too, so a stem of any [a-z0-9]+ run is found.
                terms.extend(term(f"w{index}_", p) for w in words if not _PLAIN.fullmatch(w) for p in _ASCII.findall(w))
                if 0 < len(words) <= MAX_PHRASE_WORDS:
                    terms.append(term(f"p{index}_", "_".join(words)))
        if terms:
            self._terms.append((rownum, " ".join(dict.fromkeys(terms))))
        for column in self.date_columns:
            value = row.get(column)
            if isinstance(value, dt.date):
                self._dates.append((self.id, column, value.isoformat(), rownum))
        if len(self._names) >= BATCH or len(self._terms) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        self.conn.executemany(
            f"INSERT INTO dataset_{self.id}_names(rowid, keys, rownum, col, norm, folded) VALUES (?, ?, ?, ?, ?, ?)",
            self._names,
        )
        self.conn.executemany(f"INSERT INTO dataset_{self.id}_terms(rowid, terms) VALUES (?, ?)", self._terms)
        self.conn.executemany(
            "INSERT INTO dataset_dates(dataset_id, col, date, rownum) VALUES (?, ?, ?, ?)", self._dates
        )
        self._names, self._terms, self._dates = [], [], []

    def finish(self) -> dict[str, Any]:
        """Write what is left and the vocabulary; returns the index layout to keep."""
        self._flush()
        self.conn.executemany(
            "INSERT INTO dataset_tokens(dataset_id, token, df) VALUES (?, ?, ?)",
            ((self.id, token, df) for token, df in self.df.items()),
        )
        self.conn.executemany(
            "INSERT INTO dataset_token_variants(dataset_id, variant, token) VALUES (?, ?, ?)",
            ((self.id, variant, token) for token in self.df for variant in deletes(token)),
        )
        return {"name_columns": self.name_columns, "text_columns": list(self.text_columns)}


def _values(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int | float) and str(v)]
    return []


class DatasetIndex:
    """Lookups on one dataset's index; ``fetch`` turns row numbers into rows."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        dataset_id: int,
        layout: dict[str, Any],
        dataset: Dataset,
        fetch: Callable[[list[int]], list[tuple[int, Row]]],
    ) -> None:
        self.conn = conn
        self.id = dataset_id
        self.name_columns: list[str] = list(layout["name_columns"])
        self.text_columns: dict[str, int] = {c: i for i, c in enumerate(layout["text_columns"])}
        self.dataset = dataset
        self._fetch_rows = fetch
        self.positions: dict[int, int] = {}
        # an article asks for the same few names again and again (each quote's speaker, each title)
        self._names_cache: dict[tuple[Any, ...], list[Any]] = {}

    def fetch(self, rownums: list[int]) -> list[tuple[int, Row]]:
        """(row number, row) for row numbers, remembering each row's position."""
        found = self._fetch_rows(rownums)
        for rownum, row in found:
            self.positions[id(row)] = rownum
        return found

    # Fuzzy names ------------------------------------------------------

    def similar_tokens(self, tokens: list[str]) -> dict[str, dict[str, int]]:
        """For each query token, vocabulary tokens at most one edit away, with their frequency."""
        variants = {t: deletes(t) for t in tokens}
        wanted = sorted(set().union(*variants.values())) if variants else []
        by_variant: dict[str, list[tuple[str, int]]] = {}
        for chunk in _chunks(wanted, 500):
            marks = ",".join("?" * len(chunk))
            for variant, token, df in self.conn.execute(
                f"SELECT v.variant, v.token, t.df FROM dataset_token_variants v "
                f"JOIN dataset_tokens t ON t.dataset_id = v.dataset_id AND t.token = v.token "
                f"WHERE v.dataset_id = ? AND v.variant IN ({marks})",
                [self.id, *chunk],
            ):
                by_variant.setdefault(variant, []).append((token, df))
        similar: dict[str, dict[str, int]] = {}
        for token, its_variants in variants.items():
            found: dict[str, int] = {}
            for variant in its_variants:
                for other, df in by_variant.get(variant, []):
                    # Tokens under three letters only match themselves.
                    short, long = sorted((len(token), len(other)))
                    if other == token or (short >= FUZZY_MIN_LENGTH - 1 and long >= FUZZY_MIN_LENGTH):
                        found[other] = df
            similar[token] = found
        return similar

    def name_queries(self, norm: str) -> list[str]:
        """FTS5 queries for the candidates of a normalized name, narrow to wide.

        Narrow: names equal to the query without spaces, names whose tokens
        are a subset of the query's, and names with every query token (or a
        spelling one edit away). Wide adds names sharing two such tokens, or
        one token rare enough to be telling.
        """
        folded, tokens, _ = name_keys(norm)
        tokens = tokens[:MAX_QUERY_TOKENS]
        narrow = _quoted(dict.fromkeys([term("c_", compact(norm)), term("c_", compact(folded))]))
        if len(tokens) <= MAX_SUBSET_TOKENS:
            subsets = (
                "_".join(sorted(s)) for size in range(1, len(tokens) + 1) for s in itertools.combinations(tokens, size)
            )
            narrow.extend(_quoted(term("s_", s) for s in subsets))
        # Expand the folded tokens and, position by position, the plain ones
        # ("dxuya" is one typo from "duya"; folded, "dksuya" is two).
        plain = list(dict.fromkeys(norm.split()))
        pairs = list(zip(folded.split(), norm.split(), strict=False)) if len(plain) == len(tokens) else []
        similar = self.similar_tokens(list(dict.fromkeys([*tokens, *plain])))
        for token, original in pairs:
            similar[token] = {**similar[original], **similar[token]}
        # A token also stands for longer ones it begins ("Pipi" for "Pipina").
        originals = dict(pairs)
        expanded = [
            _quoted(term("t_", t) for t in similar[token])
            + [f'"{term("t_", t)}" *' for t in dict.fromkeys([token, originals.get(token, token)]) if len(t) >= 4]
            for token in tokens
        ]
        expanded = [group for group in expanded if group]
        if expanded and len(expanded) == len(tokens):
            narrow.append("(" + " AND ".join(_group(e) for e in expanded) + ")")
        wide = list(narrow)
        if len(tokens) > 2:
            for first, second in itertools.combinations(expanded, 2):
                wide.append(f"({_group(first)} AND {_group(second)})")
        rare = [term("t_", t) for token in tokens for t, df in similar[token].items() if df <= RARE_DF]
        if len(tokens) > 1 and rare:
            wide.append(_any(rare))
        queries = [" OR ".join(narrow)] if narrow else []
        if len(wide) > len(narrow):
            queries.append(" OR ".join(wide))
        return queries

    def names(
        self,
        query: str,
        columns: list[str] | None = None,
        limit: int | None = None,
        score_cutoff: float | None = None,
    ) -> list[NameMatch]:
        """Rows whose names (in ``columns``, default all) match ``query``, best
        first: one ``NameMatch`` per row, for its best-scoring name.

        With a ``limit``, the wide query runs only when the narrow one found
        fewer than ``limit`` rows scoring ``CONFIDENT`` (100, which nothing
        can beat).
        """
        key = (query, tuple(columns) if columns is not None else None, limit, score_cutoff)
        cached = self._names_cache.get(key)
        if cached is None:
            if len(self._names_cache) >= NAMES_CACHE_SIZE:
                self._names_cache.clear()
            cached = self._names_cache[key] = self._names(query, columns, limit, score_cutoff)
        return list(cached)

    def _names(
        self, query: str, columns: list[str] | None, limit: int | None, score_cutoff: float | None
    ) -> list[NameMatch]:
        from verify.datasets import NameMatch

        norm = normalize_name(query)
        queries = self.name_queries(norm) if norm else []
        allowed = None
        if columns is not None:
            allowed = {i for i, c in enumerate(self.name_columns) if c in columns}
        if not queries or allowed == set():
            return []
        best: dict[int, tuple[float, str, int]] = {}
        seen: set[int] = set()
        for number, fts in enumerate(queries):
            if number and limit is not None:
                confident = sum(score >= CONFIDENT for score, _, _ in best.values())
                if confident >= limit:
                    break
            found = [
                f
                for f in self.conn.execute(
                    f"SELECT rowid, rownum, col, norm, folded FROM dataset_{self.id}_names "
                    f"WHERE dataset_{self.id}_names MATCH ? LIMIT {CANDIDATE_LIMIT}",
                    [fts],
                )
                if f[0] not in seen and (allowed is None or f[2] in allowed)
            ]
            seen.update(f[0] for f in found)
            if not found:
                continue
            scores = bulk_name_scores(norm, [f[3] for f in found], [f[4] for f in found])
            for (_entry, rownum, col, name, _folded), score in zip(found, scores.tolist(), strict=True):
                if (score_cutoff is None or score >= score_cutoff) and (rownum not in best or score > best[rownum][0]):
                    best[rownum] = (score, name, col)
        self._drop_surnames_standing_for_others(norm, best, allowed, score_cutoff)
        self._drop_other_middle_names(norm, best)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        if limit is not None:
            ranked = ranked[:limit]
        rows = dict(self.fetch([rownum for rownum, _ in ranked]))
        matches = []
        for rownum, (score, norm_name, col) in ranked:
            row = rows[rownum]
            column = self.name_columns[col]
            name = next((v for v in _values(row.get(column)) if normalize_name(v) == norm_name), norm_name)
            matches.append(NameMatch(row, rownum, self.dataset.key(row), column, name, round(score, 1)))
        return matches

    def _drop_other_middle_names(self, norm: str, best: dict[int, tuple[float, str, int]]) -> None:
        """Drop rows one of whose names has other middle initials than the query's: "George H. W.
        Bush" is not the row of "George W. Bush", though it has the alias "George Bush"."""
        if len(norm.split()) < 3:
            return
        for rownum, row in self.fetch(list(best)):
            names = [normalize_name(value) for column in self.name_columns for value in _values(row.get(column))]
            if any(middle_names_differ(norm, name) for name in names):
                del best[rownum]

    def _drop_surnames_standing_for_others(
        self,
        norm: str,
        best: dict[int, tuple[float, str, int]],
        allowed: set[int] | None,
        score_cutoff: float | None,
    ) -> None:
        """Rescore rows matched only through a one-word alias inside a longer query ("Kim" for
        "Kim Yo-jong") with ``record_name_score``, which looks at all the row's names."""
        doubtful = [rownum for rownum, (_, name, _) in best.items() if stands_for_less(norm, name)]
        for rownum, row in self.fetch(doubtful):
            names = [
                (value, col)
                for col, column in enumerate(self.name_columns)
                if allowed is None or col in allowed
                for value in _values(row.get(column))
            ]
            score, position = best_record_name(norm, [value for value, _ in names])
            if position < 0 or (score_cutoff is not None and score < score_cutoff):
                del best[rownum]
            else:
                value, col = names[position]
                best[rownum] = (score, normalize_name(value), col)

    # Exact words, phrases and dates --------------------------------------

    def _rows_matching(self, fts_terms: list[str]) -> list[Row]:
        if not fts_terms:
            return []
        rownums: set[int] = set()
        for chunk in _chunks(fts_terms, 500):
            rownums.update(
                r
                for (r,) in self.conn.execute(
                    f"SELECT rowid FROM dataset_{self.id}_terms WHERE dataset_{self.id}_terms MATCH ?",
                    [" OR ".join(chunk)],
                )
            )
        return [row for _, row in self.fetch(sorted(rownums))]

    def rows_with_words(self, columns: list[str], words: list[str], prefix: bool = False) -> list[Row]:
        indexes = [self.text_columns[c] for c in columns if c in self.text_columns]
        words = [w for word in words for w in normalize(word).split()]
        star = " *" if prefix else ""
        return self._rows_matching([f'"{term(f"w{i}_", w)}"{star}' for i in indexes for w in dict.fromkeys(words)])

    def rows_naming(self, text: str, columns: list[str]) -> list[Row]:
        indexes = [self.text_columns[c] for c in columns if c in self.text_columns]
        words = normalize(text).split()
        phrases = dict.fromkeys(
            "_".join(words[i:j])
            for i in range(len(words))
            for j in range(i + 1, min(len(words), i + MAX_PHRASE_WORDS) + 1)
        )
        return self._rows_matching([f'"{term(f"p{i}_", p)}"' for i in indexes for p in phrases])

    def rows_between(self, column: str, start: dt.date, end: dt.date) -> list[Row]:
        rownums = [
            r
            for (r,) in self.conn.execute(
                "SELECT rownum FROM dataset_dates WHERE dataset_id = ? AND col = ? AND date BETWEEN ? AND ?",
                [self.id, column, start.isoformat(), end.isoformat()],
            )
        ]
        return [row for _, row in self.fetch(sorted(set(rownums)))]


def bulk_name_scores(norm: str, norms: list[str], foldeds: list[str]) -> np.ndarray:
    """``normalized_score(norm, n)`` for many names at once (see verify.matching)."""
    folded = fold(norm)
    parts = [
        process.cdist([query], names, scorer=scorer, dtype=np.float64)[0]
        for query, names in ((norm, norms), (folded, foldeds))
        for scorer in (fuzz.ratio, fuzz.token_sort_ratio)
    ]
    # token-set scores count only where one name is part of the other (as in normalized_score)
    for query, names in ((norm, norms), (folded, foldeds)):
        nested = np.array([nested_names(query, n) for n in names], dtype=bool)
        if nested.any():
            parts.append(
                np.where(nested, process.cdist([query], names, scorer=fuzz.token_set_ratio, dtype=np.float64)[0], 0.0)
            )
    parts.append(np.array([initials_score(norm, n) for n in norms], dtype=np.float64))
    scores = np.maximum.reduce(parts)
    plain, flat = compact(norm), compact(folded)
    same = [i for i, (n, f) in enumerate(zip(norms, foldeds, strict=True)) if compact(n) == plain or compact(f) == flat]
    scores[same] = 100.0
    # "george h w bush" is not "george w bush", whatever the words they share
    differ = [i for i, n in enumerate(norms) if middle_names_differ(norm, n)]
    scores[differ] = 0.0
    return scores


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def memory_index(dataset: Dataset) -> DatasetIndex:
    """Index a dataset held in memory (a plugin's) in a private in-memory SQLite database."""
    import sqlite_utils

    from verify.migrations import m002_datasets

    conn = sqlite3.connect(":memory:", check_same_thread=False)
    m002_datasets(sqlite_utils.Database(conn))
    writer = IndexWriter(conn, 1, dataset)
    for rownum, row in enumerate(dataset.rows):
        writer.add(rownum, row)
    layout = writer.finish()
    rows = dataset.rows
    return DatasetIndex(conn, 1, layout, dataset, lambda rownums: [(n, rows[n]) for n in rownums])
