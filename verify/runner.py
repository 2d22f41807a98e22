"""Check one article and record the run: shared by ``verify check`` and ``verify rerun``."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pluggy

    from verify.models import Article
    from verify.pipeline import RunResult


def check_and_record(
    article: Article,
    pm: pluggy.PluginManager,
    model: str | None = None,
    threshold: float | None = None,
    db_path: str | os.PathLike[str] | None = None,
) -> RunResult:
    """Run every loaded checker over ``article`` and write the run to the log."""
    from verify.checkworthiness_scorer import DEFAULT_THRESHOLD
    from verify.pipeline import verify_article
    from verify.plugins import add_imported_datasets, build_registry, describe_plugins
    from verify.record import open_db, record_run

    registry = build_registry(pm)
    db = open_db(db_path)
    try:
        add_imported_datasets(registry, db)  # datasets imported with `verify datasets import`
        result = verify_article(
            article,
            registry,
            model=model,
            threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
            plugins=describe_plugins(pm),
        )
        record_run(db, result)
    finally:
        # imported datasets read their rows through this connection: closed once the run is logged
        db.conn.close()
    return result
