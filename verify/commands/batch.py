"""``verify batch``: check many articles (files, folders, globs, JSONL) and log every run.

Registered at the end of ``verify/cli.py``; shared options come from
``verify.options``. spaCy and the pipeline are imported by the workers (or
by the command for ``--jobs 1``), never at import time.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from verify.errors import UserError
from verify.options import db_option, debug_option, model_option, plugins_dir_option, threshold_option


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@plugins_dir_option
@model_option
@threshold_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes (0: one per core). Each loads the model once and parses chunks of articles.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this machine's processes; dask: a Dask distributed cluster (pip install 'verify[dask]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler address (tcp://host:8786); without it --executor dask starts a local cluster.",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Articles per worker task (one nlp.pipe stream, one log transaction).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="The summary as lines of text or one JSON document.",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when it is a terminal).")
@debug_option
def batch(
    paths, db_path, plugins_dirs, model, threshold, jobs, executor, scheduler, chunk_size, output_format, progress
):
    """Check many articles and log every run: PATHS are files, folders (searched
    recursively for .txt, .md and .html), globs, or JSONL files of articles.

    \b
    A JSONL line is one article: {"text": ..., "title": ..., "published": "YYYY-MM-DD",
    "source": ..., "id" or "path": ..., "format": "txt" | "md" | "html"}.

    Articles whose text and date were already checked with the same plugins,
    datasets, model and threshold are skipped, so an interrupted batch resumes.
    A bad article is reported on one line and the batch goes on; the exit
    status is 1 when any article failed.
    """
    from verify import render
    from verify.batch import expand, make_executor, run_batch, settings_for
    from verify.checkworthiness_scorer import DEFAULT_THRESHOLD
    from verify.options import plugin_manager
    from verify.record import open_db

    if scheduler and executor != "dask":
        raise UserError("--scheduler needs --executor dask")
    jobs = jobs or os.cpu_count() or 1
    sources = expand(paths)
    if not sources:
        raise UserError(f"no articles found in {' '.join(paths)} (looked for {', '.join(_suffixes())} and .jsonl)")
    db = open_db(db_path)
    ctx = click.get_current_context()
    pm = plugin_manager(plugins_dirs)
    settings, local_state = settings_for(
        pm,
        model,
        DEFAULT_THRESHOLD if threshold is None else threshold,
        plugins_dirs=plugins_dirs,
        disabled=ctx.meta.get("verify.disabled_plugins", ()),
        inline=(ctx.find_root().obj or {}).get("plugins", []),
    )
    show_progress = sys.stderr.isatty() if progress is None else progress
    bar: Any = (
        click.progressbar(length=len(sources), label="Checking", file=sys.stderr, show_pos=True, show_eta=True)
        if show_progress
        else None
    )

    def on_failure(message: str) -> None:
        prefix = "\r\x1b[K" if bar is not None and sys.stderr.isatty() else ""
        click.echo(f"{prefix}Error: {message}", err=True)

    def on_progress(count: int) -> None:
        if bar is not None and count:
            bar.update(count)

    pool = make_executor(executor, jobs, scheduler)
    try:
        if bar is not None:
            bar.__enter__()
        summary = run_batch(
            sources,
            settings,
            db,
            pool,
            local_state=local_state,
            chunk_size=chunk_size,
            on_failure=on_failure,
            on_progress=on_progress,
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if output_format == "json":
        click.echo(render.to_json(summary.to_dict()))
    else:
        data = summary.to_dict()
        labels = ", ".join(f"{label} {count}" for label, count in data["labels"].items()) or "none"
        click.echo(
            f"{data['articles']} articles: {data['checked']} checked, {data['skipped']} skipped "
            f"(already in the log), {data['failed']} failed"
        )
        click.echo(f"{data['claims']} claims: {labels}")
        click.echo(
            f"{data['seconds']:.1f} s, {data['articles_per_s']:.1f} articles/s, {data['tokens_per_s']:,.0f} tokens/s"
            f" ({jobs} {'job' if jobs == 1 else 'jobs'}, {executor}); peak memory per worker "
            f"{data['peak_worker_mb']:.0f} MB"
        )
    if summary.failed:
        sys.exit(1)


def _suffixes() -> list[str]:
    from verify.ingest import FORMATS

    return sorted(FORMATS)
