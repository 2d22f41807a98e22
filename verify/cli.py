"""The command line: thin wrappers around the pipeline stages.

Heavy modules (spaCy, the pipeline) are imported inside commands, so
``verify --help`` starts fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any

import click

import verify
from verify.errors import UserError
from verify.options import (
    db_option,
    debug_option,
    model_option,
    plugin_manager,
    plugins_dir_option,
    register_inline_plugins,
    threshold_option,
)

FORMATS = ["table", "json"]


def _debug_enabled(args: Any) -> bool:
    arguments = sys.argv[1:] if args is None else list(args)
    return "--debug" in arguments or os.environ.get("VERIFY_DEBUG", "") not in ("", "0")


def article_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = model_option(f)
    f = click.option(
        "--published",
        metavar="YYYY-MM-DD",
        help="Publication date to resolve relative time against (overrides the article's metadata).",
    )(f)
    return click.argument("article")(f)


class VerifyGroup(click.Group):
    """Errors a user can cause become one line on stderr and a non-zero exit status.

    Commands that plugins add (``register_commands``) are loaded only when a
    name is not a built-in command, or when commands are listed.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        try:
            extra = self._plugin_commands(ctx)
        except UserError as error:
            click.echo(f"Warning: plugin commands not loaded: {error}", err=True)
            extra = {}
        return sorted({*super().list_commands(ctx), *extra})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None:
            command = self._plugin_commands(ctx).get(name)
        return command

    def _plugin_commands(self, ctx: click.Context) -> dict[str, click.Command]:
        root = ctx.find_root()
        if "verify.plugin_commands" not in root.meta:
            from verify.plugins import check_hooks, get_plugin_manager

            directories = [d for d in os.environ.get("VERIFY_PLUGINS_DIR", "").split(os.pathsep) if d]
            pm = get_plugin_manager(directories)
            register_inline_plugins(pm, root)
            check_hooks(pm)
            collector = click.Group()
            pm.hook.register_commands(cli=collector)
            root.meta["verify.plugin_commands"] = {
                name: command for name, command in collector.commands.items() if name not in self.commands
            }
        return root.meta["verify.plugin_commands"]

    def main(self, args: Any = None, *rest: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(args, *rest, standalone_mode=False, **kwargs)
        debug = _debug_enabled(args)
        try:
            return super().main(args, *rest, standalone_mode=False, **kwargs)
        except UserError as error:
            if debug:
                raise
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(130)
        except click.ClickException as error:
            if debug:
                raise
            hint = ""
            if isinstance(error, click.UsageError) and error.ctx is not None:
                hint = f" (see '{error.ctx.command_path} --help')"
            click.echo(f"Error: {error.format_message()}{hint}", err=True)
            sys.exit(error.exit_code)
        except (SystemExit, KeyboardInterrupt):
            raise
        except Exception as error:
            if debug:
                raise
            click.echo(f"Error: unexpected {type(error).__name__}: {error} (run with --debug for details)", err=True)
            sys.exit(1)


@click.group(cls=VerifyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(verify.__version__, prog_name="verify")
@debug_option
def cli() -> None:
    """Verify the factual claims of a news article against reference data.

    \b
      verify check article.txt          claims, verdicts and evidence; logged to SQLite
      verify claims article.txt         just the check-worthy claims
      verify batch articles/ --jobs 2   many articles, resumable
      verify log --label refuted        the verdicts in the log; also runs, show, diff, rerun
      verify report RUN -o report.html  the article with its claims highlighted
      verify datasets import FILE       bring your own reference data
      verify plugins                    loaded plugins; `verify plugin new NAME` to write one
    """


def _published(value: str | None):
    from verify.ingest import parse_date

    return parse_date(value, "--published date") if value else None


def _read(article: str, published: str | None):
    """The article; a publication date read from its own head is said on stderr, as it is a guess."""
    from verify.ingest import read_article

    parsed = read_article(article, _published(published))
    if parsed.published_from == "dateline":
        click.echo(
            f"Note: publication date {parsed.published.isoformat()} read from the article's dateline"
            " (--published sets it).",
            err=True,
        )
    return parsed


def _renderer(pm, output_format: str):
    """The plugin render function for ``output_format``; None for the built-in table and json."""
    from verify.plugins import collect_formats

    if output_format in FORMATS:
        return None
    formats = collect_formats(pm)
    if output_format not in formats:
        known = ", ".join([*FORMATS, *sorted(formats)])
        raise UserError(f"unknown output format {output_format!r}; choose one of {known}")
    return formats[output_format][0]


@cli.command()
@article_options
@db_option
@plugins_dir_option
@click.option(
    "--format",
    "output_format",
    default="table",
    show_default=True,
    help="table, json, or a format a plugin registers (jsonl, markdown, ...; see `verify plugins`).",
)
@threshold_option
@click.option(
    "--fail-on",
    type=click.Choice(["refuted"]),
    default=None,
    help="Exit with status 1 when any final verdict is REFUTED.",
)
@debug_option
def check(article, published, model, db_path, plugins_dirs, output_format, threshold, fail_on):
    """Extract the claims of ARTICLE (a file, or - for stdin), check them, and log the run.

    ARTICLE may be .txt, .md (YAML front matter) or .html. The publication
    date comes from --published, the article's metadata or a NAME.meta.toml
    file beside it.
    """
    from verify import render
    from verify.runner import check_and_record

    parsed = _read(article, published)
    pm = plugin_manager(plugins_dirs)
    renderer = _renderer(pm, output_format)
    result = check_and_record(parsed, pm, model=model, threshold=threshold, db_path=db_path)
    if output_format == "json":
        click.echo(render.to_json(result.to_dict()))
    elif renderer is not None:
        click.echo(renderer(json.loads(render.to_json(result.to_dict()))))
    else:
        title = parsed.title or parsed.path or "article"
        when = parsed.published.isoformat() if parsed.published else "publication date unknown"
        click.echo(click.style(f"{title}", bold=True) + f"  ({when}; run {result.run_id})")
        click.echo(render.claims_table(result.claims, colour=sys.stdout.isatty()))
        click.echo()
        click.echo(render.explanations(result.claims))
        click.echo()
        click.echo(render.summary_line(result.claims))
    if fail_on == "refuted" and any(c.final.label == verify.REFUTED for c in result.claims):
        sys.exit(1)


@cli.command()
@article_options
@db_option
@plugins_dir_option
@threshold_option
@click.option("--all", "show_all", is_flag=True, help="Also list claims below the check-worthiness threshold.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True)
@debug_option
def claims(article, published, model, db_path, plugins_dirs, threshold, show_all, output_format):
    """List the check-worthy claims of ARTICLE with kind, score and slots; nothing is checked or logged.

    The datasets imported into the log (--db) count as they do for `verify check`: the people
    and offices they name are read as such."""
    from verify import render
    from verify.checkworthiness_scorer import DEFAULT_THRESHOLD
    from verify.pipeline import find_claims
    from verify.plugins import add_imported_datasets, build_registry
    from verify.record import db_path as log_location
    from verify.record import open_db

    parsed = _read(article, published)
    registry = build_registry(plugin_manager(plugins_dirs))
    if log_location(db_path).exists():  # listing claims never creates a log
        add_imported_datasets(registry, open_db(db_path, create=False))
    datasets = registry.datasets
    found = find_claims(
        parsed,
        model,
        extractors=registry.extractors,
        terms=datasets.terms(),
    )
    cut = DEFAULT_THRESHOLD if threshold is None else threshold
    found = [c for c in found if show_all or c.checkworthiness >= cut]
    if output_format == "json":
        click.echo(render.to_json({"article": parsed.to_dict(), "claims": [c.to_dict() for c in found]}))
        return
    rows = [
        [
            str(i),
            c.kind,
            f"{c.checkworthiness:.2f}",
            c.text,
            json.dumps({k: v for k, v in c.slots.items() if v not in (None, [], "")}, ensure_ascii=False),
        ]
        for i, c in enumerate(found, start=1)
    ]
    click.echo(render.table(["#", "kind", "worth", "claim", "slots"], rows, wrap={3: 50, 4: 60}))


@cli.command()
@plugins_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@debug_option
def plugins(plugins_dirs, as_json):
    """List loaded plugins, their hooks and the checkers they register."""
    from verify import render
    from verify.plugins import describe_plugins

    described = describe_plugins(plugin_manager(plugins_dirs))
    if as_json:
        click.echo(render.to_json(described))
        return
    rows = [
        [
            d["name"],
            d["version"] or "-",
            ", ".join(d["hooks"]),
            "; ".join(
                [f"checker {c['name']} ({'/'.join(c['kinds'])})" for c in d["checkers"]]
                + [f"extractor {e['name']} ({'/'.join(e['kinds'])})" for e in d["extractors"]]
                + [f"format {name}" for name in d["formats"]]
            )
            or "-",
        ]
        for d in described
    ]
    click.echo(render.table(["plugin", "version", "hooks", "provides"], rows, wrap={2: 40, 3: 60}))


@cli.group()
def plugin() -> None:
    """Write your own plugins."""


@plugin.command("new")
@click.argument("name")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False),
    default=".",
    show_default=True,
    help="Where to create the verify-NAME folder.",
)
@debug_option
def plugin_new(name, directory):
    """Create a pip-installable checker plugin package called verify-NAME, with tests."""
    from pathlib import Path

    from verify.scaffold import new_plugin

    root = new_plugin(name, Path(directory))
    click.echo(f"Created {root}")
    click.echo(f"Next: cd {root} && pip install -e '.[test]' && pytest && verify plugins")


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name="verify")


from verify.commands.review import register as _register_review  # noqa: E402

_register_review(cli)

from verify.commands.checkworthiness import evaluate, score  # noqa: E402

cli.add_command(score)
cli.add_command(evaluate)

from verify.commands.datasets import datasets  # noqa: E402

cli.add_command(datasets)

from verify.commands.batch import batch  # noqa: E402

cli.add_command(batch)
