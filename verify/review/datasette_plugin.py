"""A Datasette plugin: every verify log Datasette opens gets titles, descriptions and canned queries.

Registered under the ``datasette`` entry-point group, so ``pip install 'verify[datasette]'``
then ``datasette verdicts.db`` is all it takes. Local ``-m metadata.json`` still wins.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

from verify.review.datasette_meta import database_metadata, is_verify_log

_checked: dict[str, bool] = {}


def _is_log(db: Any) -> bool:
    path = getattr(db, "path", None)
    if not path:
        return False
    if path not in _checked:
        _checked[path] = is_verify_log(path)
    return _checked[path]


@hookimpl
def get_metadata(datasette, key, database, table):
    logs = {name: database_metadata() for name, db in datasette.databases.items() if _is_log(db)}
    return {"databases": logs} if logs else {}
