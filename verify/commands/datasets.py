"""``verify datasets``: list, show, import, search and remove reference datasets.

Plugin-provided datasets (the ``register_datasets`` hook) and datasets
imported into the verdict log (``verify datasets import``) are listed
together; imported ones are used by every later ``verify check`` on that log.
Heavy modules are imported inside the commands.
"""

from __future__ import annotations

from typing import Any

import click

from verify.errors import UserError
from verify.options import db_option, debug_option, json_option, plugin_manager, plugins_dir_option


def _plugin_datasets(plugins_dirs: tuple[str, ...]) -> list[tuple[Any, str]]:
    """(dataset, plugin name) for every dataset a loaded plugin registers."""
    from verify.datasets import Dataset
    from verify.plugins import plugin_name

    pm = plugin_manager(plugins_dirs)
    found: list[tuple[Any, str]] = []
    for impl in pm.hook.register_datasets.get_hookimpls():
        owner = plugin_name(pm, impl.plugin)

        def register(dataset: Any, owner: str = owner) -> None:
            if not isinstance(dataset, Dataset):
                raise UserError(f"plugin {owner!r} registered something that is not a Dataset: {dataset!r}")
            found.append((dataset, owner))

        impl.function(register=register)
    return found


def _open(db_path: str | None, create: bool = True):
    from verify.record import open_db

    return open_db(db_path, create=create)


def _imported(db_path: str | None) -> list[Any]:
    from verify.dataset_store import imported_datasets
    from verify.record import db_path as resolve

    if not resolve(db_path).exists():
        return []
    return imported_datasets(_open(db_path))


def _all_datasets(db_path: str | None, plugins_dirs: tuple[str, ...]) -> list[tuple[Any, str]]:
    """(dataset, where it comes from) for plugin and imported datasets."""
    found = [(d, f"plugin {owner}") for d, owner in _plugin_datasets(plugins_dirs)]
    found += [(d, f"imported from {d.path}") for d in _imported(db_path)]
    return found


def _find(name: str, db_path: str | None, plugins_dirs: tuple[str, ...]) -> tuple[Any, str]:
    for dataset, origin in _all_datasets(db_path, plugins_dirs):
        if dataset.name == name:
            return dataset, origin
    raise UserError(f"no dataset is named {name!r} (see `verify datasets list`)")


def _schema(dataset: Any) -> list[dict[str, Any]]:
    """Columns of a dataset, in file order, with their role."""
    rows = dataset.rows_at([0]) if dataset.row_count else []
    columns = list(rows[0]) if rows else []
    described = []
    for column in columns:
        roles = []
        if column == dataset.key_column:
            roles.append("key")
        if column in dataset.match_columns:
            roles.append("match")
        if column in dataset.alias_columns:
            roles.append("aliases")
        if column in dataset.date_columns:
            roles.append("date")
        if column == dataset.source_column:
            roles.append("source")
        described.append({"column": column, "roles": roles, "file_column": dataset.columns.get(column)})
    return described


def _describe(dataset: Any, origin: str) -> dict[str, Any]:
    return {
        **dataset.info(),
        "title": dataset.title,
        "origin": origin,
        "match_threshold": dataset.threshold(),
        "key_column": dataset.key_column,
        "match_columns": dataset.match_columns,
        "alias_columns": dataset.alias_columns,
        "date_columns": dataset.date_columns,
        "source_column": dataset.source_column,
        "imported_utc": getattr(dataset, "imported_utc", None),
        "description": dataset.description,
    }


@click.group()
def datasets() -> None:
    """Reference datasets: list, show, import your own, search, remove.

    \b
      verify datasets list                         plugin-provided and imported datasets
      verify datasets show NAME                    schema, rows, version, license, source, hash
      verify datasets import FILE --name NAME      CSV, TSV, JSON or JSONL (+ NAME.toml manifest)
      verify datasets search NAME "Kim Jong Un"    fuzzy candidates with key and score
      verify datasets remove NAME                  drop an imported dataset
    """


@datasets.command("list")
@db_option
@plugins_dir_option
@json_option
@debug_option
def list_datasets(db_path, plugins_dirs, as_json):
    """List the datasets checkers can use, and where each comes from."""
    from verify import render

    found = sorted(_all_datasets(db_path, plugins_dirs), key=lambda pair: pair[0].name)
    if as_json:
        click.echo(render.to_json([_describe(d, origin) for d, origin in found]))
        return
    rows = [[d.name, d.kind, d.version, str(d.row_count), f"{d.threshold():g}", origin] for d, origin in found]
    click.echo(render.table(["name", "kind", "version", "rows", "threshold", "from"], rows, wrap={5: 60}))


@datasets.command("show")
@click.argument("name")
@db_option
@plugins_dir_option
@json_option
@debug_option
def show(name, db_path, plugins_dirs, as_json):
    """Show a dataset's schema, row count, version, license, source and content hash."""
    from verify import render

    dataset, origin = _find(name, db_path, plugins_dirs)
    described = {**_describe(dataset, origin), "schema": _schema(dataset)}
    if as_json:
        click.echo(render.to_json(described))
        return
    for label, key in [
        ("name", "name"),
        ("title", "title"),
        ("kind", "kind"),
        ("version", "version"),
        ("rows", "rows"),
        ("license", "license"),
        ("source", "source"),
        ("content hash", "content_hash"),
        ("match threshold", "match_threshold"),
        ("from", "origin"),
        ("imported (UTC)", "imported_utc"),
    ]:
        if described.get(key) not in (None, ""):
            click.echo(f"{label + ':':<17}{described[key]}")
    click.echo("schema:")
    for column in described["schema"]:
        notes = [", ".join(column["roles"])] if column["roles"] else []
        notes += [f"file column {column['file_column']!r}"] if column["file_column"] else []
        roles = f"  ({'; '.join(notes)})" if notes else ""
        click.echo(f"  {column['column']}{roles}")


@datasets.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--name", help="Dataset name (default: the manifest's name, or the file's stem).")
@click.option("--kind", help="Dataset kind: events, office_holders, occurrences, quotes, or your own.")
@click.option("--key-column", help="Column with each row's unique key (default: key).")
@click.option("--match-column", "match_columns", multiple=True, help="Column of names to fuzzy-match (repeatable).")
@click.option("--alias-column", "alias_columns", multiple=True, help="Column of |-separated aliases (repeatable).")
@click.option("--date-column", "date_columns", multiple=True, help="Column of YYYY-MM-DD dates (repeatable).")
@click.option("--source-column", help="Column with each row's source (default: source).")
@click.option("--match-threshold", type=click.FloatRange(0, 100), help="Name score at which a name matches (85).")
@click.option("--version", "version", help="Dataset version.")
@click.option("--license", "license_", help="Dataset license.")
@click.option("--source", help="Where the dataset comes from.")
@click.option("--title", help="A one-line title.")
@click.option("--replace", is_flag=True, help="Replace an imported dataset of the same name.")
@db_option
@plugins_dir_option
@debug_option
def import_(file, db_path, plugins_dirs, license_, replace, **options):
    """Import FILE (CSV, TSV, JSON or JSONL) into the log as a reference dataset.

    A manifest FILE.toml beside it (as in seeds/datasets/) names the kind and
    the key, match, alias and date columns; options override it. Every row is
    validated first: one bad row rejects the whole file and nothing is kept.
    """
    from verify.dataset_store import import_dataset

    overrides = {
        **{k: v for k, v in options.items() if k not in ("match_columns", "alias_columns", "date_columns")},
        "license": license_,
        "match_columns": list(options["match_columns"]),
        "alias_columns": list(options["alias_columns"]),
        "date_columns": list(options["date_columns"]),
    }
    name = options.get("name")
    if name is not None and not name.strip():
        raise UserError("--name must not be empty")
    plugin_names = {d.name: owner for d, owner in _plugin_datasets(plugins_dirs)}
    db = _open(db_path)
    dataset = import_dataset(db, file, overrides, replace=replace, reserved=plugin_names)
    click.echo(
        f"Imported {dataset.name} ({dataset.kind}, {dataset.row_count} rows, version {dataset.version}, "
        f"sha256 {dataset.content_hash[:12]}) into {db.conn.execute('PRAGMA database_list').fetchone()[2]}"
    )


@datasets.command("search")
@click.argument("name")
@click.argument("query")
@click.option("--column", help="Only this column and its aliases (default: every name column).")
@click.option("-n", "--limit", type=click.IntRange(1), default=10, show_default=True, help="How many candidates.")
@db_option
@plugins_dir_option
@json_option
@debug_option
def search(name, query, column, limit, db_path, plugins_dirs, as_json):
    """Fuzzy candidates for QUERY in dataset NAME, best first, with key and score.

    Candidates scoring at or above the dataset's match threshold are what
    checkers count as a match; use this to tune aliases and thresholds.
    """
    from verify import render
    from verify.matching import normalize_name

    dataset, _ = _find(name, db_path, plugins_dirs)
    found = dataset.lookup(query, column=column, limit=limit)
    threshold = dataset.threshold()
    if as_json:
        click.echo(
            render.to_json(
                {
                    "dataset": dataset.name,
                    "query": query,
                    "normalized": normalize_name(query),
                    "match_threshold": threshold,
                    "candidates": [
                        {
                            "key": m.key,
                            "column": m.column,
                            "name": m.name,
                            "score": m.score,
                            "matches": m.score >= threshold,
                        }
                        for m in found
                    ],
                }
            )
        )
        return
    click.echo(
        f"{dataset.name}: candidates for “{query}” (normalized “{normalize_name(query)}”; threshold {threshold:g})"
    )
    if not found:
        click.echo("No candidates.")
        return
    rows = [
        [str(i), m.key, m.column, m.name, f"{m.score:.1f}", "match" if m.score >= threshold else "-"]
        for i, m in enumerate(found, start=1)
    ]
    click.echo(render.table(["#", "key", "column", "name", "score", ""], rows, wrap={3: 50}))


@datasets.command("remove")
@click.argument("name")
@db_option
@debug_option
def remove(name, db_path):
    """Remove an imported dataset (plugin-provided datasets are removed by disabling their plugin)."""
    from verify.dataset_store import remove_dataset

    db = _open(db_path, create=False)
    remove_dataset(db, name)
    click.echo(f"Removed {name}.")
