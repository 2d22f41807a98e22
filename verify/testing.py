"""Helpers and pytest fixtures for plugin authors.

Installed as a pytest plugin (entry point ``pytest11``), so in a plugin's
tests these fixtures are available with no import:

- ``verify_db``: a path for a temporary verdict log.
- ``verify_cli``: run the ``verify`` CLI with plugins registered inline and
  the log at ``verify_db``; returns click's ``Result``.
- ``verify_check``: ``verify check`` on a text (written to a temporary
  file) with plugins registered inline; returns the JSON document.

And these functions, importable from ``verify.testing``:

- ``make_claim(sentence, kind=None, published=...)``: the claim the real
  extractor finds in a sentence.
- ``run_checker(checker, claim_or_sentence, datasets=(), published=...)``:
  one checker's verdict, exactly as the pipeline would call it.
- ``verdicts_in_log(db_path, checker=None)``: the logged verdicts, as dicts.
- ``plugin_manager(*plugins)``: a fresh manager with the installed plugins
  plus these (modules or objects).

Example::

    from verify.testing import make_claim, run_checker

    def test_two_launches_are_supported():
        claim = make_claim("Pyongyang launched two ballistic missiles on Wednesday.", kind="quantity")
        verdict = run_checker(MyChecker(), claim)
        assert verdict.label == "SUPPORTED"
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from verify.context import CheckContext
from verify.datasets import Dataset, DatasetRegistry
from verify.models import Article, Claim, Verdict

DEFAULT_PUBLISHED = dt.date(2023, 9, 13)


def _date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def make_claim(
    sentence: str,
    kind: str | None = None,
    published: dt.date | str | None = DEFAULT_PUBLISHED,
    extractors: Iterable[Any] = (),
) -> Claim:
    """The first claim (of ``kind``, if given) that the extractor finds in ``sentence``."""
    from verify.pipeline import find_claims

    article = Article(text=sentence, published=_date(published))
    claims = find_claims(article, extractors=list(extractors))
    matching = [c for c in claims if kind is None or c.kind == kind]
    if not matching:
        found = ", ".join(f"{c.kind}: {c.text!r}" for c in claims) or "no claims"
        raise AssertionError(f"no {kind or 'claim'} found in {sentence!r} ({found})")
    return matching[0]


def run_checker(
    checker: Any,
    claim: Claim | str,
    datasets: Iterable[Dataset] = (),
    published: dt.date | str | None = DEFAULT_PUBLISHED,
) -> Verdict | None:
    """Call ``checker.check`` as the pipeline does, with ``datasets`` in the context."""
    if isinstance(claim, str):
        kinds = getattr(checker, "kinds", None) or [None]
        claim = make_claim(claim, kind=sorted(kinds)[0], published=published)
    article = Article(text=claim.sentence, published=_date(published))
    context = CheckContext(article=article, datasets=DatasetRegistry(datasets))
    return checker.check(claim, context)


def plugin_manager(*plugins: Any):
    """A fresh plugin manager: installed plugins plus ``plugins`` (registered under their names)."""
    from verify.plugins import check_hooks, get_plugin_manager

    pm = get_plugin_manager()
    for plugin in plugins:
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if not pm.has_plugin(name):
            pm.register(plugin, name=name)
    check_hooks(pm)
    return pm


def verdicts_in_log(db_path: str | Path, checker: str | None = None) -> list[dict[str, Any]]:
    """Every per-checker verdict in the log (final verdicts excluded), oldest first."""
    query = (
        "select claims.kind, claims.text as claim, verdicts.checker, verdicts.plugin, verdicts.label, "
        "verdicts.confidence, verdicts.explanation from verdicts join claims on claims.id = verdicts.claim_id "
        "where verdicts.is_final = 0" + (" and verdicts.checker = ?" if checker else "") + " order by verdicts.id"
    )
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(query, [checker] if checker else [])]


@pytest.fixture
def verify_db(tmp_path: Path) -> Path:
    return tmp_path / "verdicts.db"


@pytest.fixture
def verify_cli(verify_db: Path):
    """Run ``verify ARGS...`` with ``plugins=[(plugin, name), ...]`` registered inline."""
    from click.testing import CliRunner

    from verify.cli import cli

    def invoke(*args: Any, plugins: Iterable[tuple[Any, str]] = (), input: str | bytes | None = None):
        return CliRunner().invoke(
            cli,
            [str(a) for a in args],
            obj={"plugins": list(plugins)},
            input=input,
            env={"VERIFY_DB": str(verify_db)},
            catch_exceptions=False,
        )

    return invoke


@pytest.fixture
def verify_check(verify_cli, tmp_path: Path):
    """``verify_check(text, published="2023-09-13", plugins=[(plugin, name)])`` -> the run's JSON document."""
    import json

    def check(text: str, published: str | None = None, plugins: Iterable[tuple[Any, str]] = ()) -> dict[str, Any]:
        article = tmp_path / f"article-{len(list(tmp_path.glob('article-*.txt')))}.txt"
        article.write_text(text, encoding="utf-8")
        extra = ["--published", published] if published else []
        result = verify_cli("check", article, "--format", "json", *extra, plugins=plugins)
        if result.exit_code != 0:
            raise AssertionError(f"verify check failed ({result.exit_code}): {result.output}")
        return json.loads(result.stdout)

    return check
