"""Reviewing the log: ``log``, ``runs``, ``show``, ``diff``, ``rerun``, ``export``, ``report``, ``datasette-metadata``.

Registered on the main group by ``register(cli)``. Options are declared here
(not imported from ``verify.cli``) so this module imports on its own; heavy
modules are imported inside the commands.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from verify.errors import UserError
from verify.options import db_option, debug_option, plugin_manager, plugins_dir_option

TABULAR_FORMATS = ["table", "json", "jsonl", "csv", "markdown"]
LABEL_ORDER = ["SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO", "ERROR", "UNCHECKED"]
SHORT = {"SUPPORTED": "supported", "REFUTED": "refuted", "NOT_ENOUGH_INFO": "nei", "ERROR": "error"}


def _format_option(choices: list[str], default: str = "table") -> Callable[..., Any]:
    return click.option(
        "--format", "output_format", type=click.Choice(choices), default=default, show_default=True, help="Output."
    )


def _open(db_path: str | None):
    from verify.record import open_db

    return open_db(db_path, create=False)


def _colour() -> bool:
    return sys.stdout.isatty()


# -- tabular output -------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(rows: list[dict[str, Any]], output_format: str, columns: list[str], table: Callable[[], str]) -> None:
    """Rows as JSON, JSON lines, CSV, a Markdown table, or (``table``) the given terminal rendering."""
    from verify import render

    if output_format == "json":
        click.echo(render.to_json(rows))
    elif output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif output_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        click.echo(out.getvalue(), nl=False)
    elif output_format == "markdown":
        click.echo(markdown_table(columns, [[_cell(row.get(c)) for c in columns] for row in rows]))
    else:
        click.echo(table())


def markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    def clean(text: str) -> str:
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")

    lines = ["| " + " | ".join(clean(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(clean(c) for c in row) + " |" for row in rows)
    return "\n".join(lines)


def counts_text(counts: dict[str, int]) -> str:
    parts = [f"{counts[label]} {SHORT.get(label, 'not checked')}" for label in LABEL_ORDER if counts.get(label)]
    return ", ".join(parts) or "-"


# -- commands ------------------------------------------------------------------------------------------


@click.command("log")
@db_option
@click.option("--label", "labels", multiple=True, help="Final verdict (repeatable): supported, refuted, nei, error.")
@click.option("--kind", "kinds", multiple=True, help="Claim kind (repeatable): duration, temporal, quantity, ...")
@click.option("--checker", help="Claims this checker gave a verdict on.")
@click.option("--run", "run_ref", metavar="RUN_ID", help="One run (id prefix, or 'latest').")
@click.option("--article", help="Article id prefix, or part of its title or path.")
@click.option("--since", metavar="WHEN", help="Runs started since: YYYY-MM-DD, ISO time, or 30m / 12h / 7d / 2w ago.")
@click.option("--search", metavar="TEXT", help="Full-text search over claims and their sentences.")
@click.option("-n", "--limit", type=click.IntRange(1), default=20, show_default=True, help="How many verdicts.")
@click.option("--all", "show_all", is_flag=True, help="No limit.")
@_format_option(TABULAR_FORMATS)
@debug_option
def log_command(db_path, labels, kinds, checker, run_ref, article, since, search, limit, show_all, output_format):
    """Show final verdicts from the log, newest first, filtered.

    \b
      verify log --label refuted --since 7d
      verify log --search "ballistic missiles" --format json
      verify log --run latest --kind role --format markdown
    """
    from verify import render
    from verify.review import queries

    db = _open(db_path)
    rows = queries.log(
        db,
        labels=labels,
        kinds=kinds,
        checker=checker,
        run=run_ref,
        article=article,
        since=since,
        search=search,
        limit=None if show_all else limit,
    )

    def table() -> str:
        if not rows:
            return (
                "No verdicts match."
                if (labels or kinds or checker or run_ref or article or since or search)
                else ("The log is empty.")
            )
        colour = _colour()
        return render.table(
            ["when (UTC)", "claim id", "kind", "verdict", "conf", "claim", "checker", "explanation"],
            [
                [
                    r["started_utc"][:19].replace("T", " "),
                    r["claim_id"],
                    r["kind"],
                    render.label_text(r["label"], colour) + ("" if r["checked"] else "*"),
                    f"{r['confidence']:.2f}",
                    r["claim"],
                    r["checker"] or "-",
                    r["explanation"],
                ]
                for r in rows
            ],
            wrap={5: 40, 7: 50},
        )

    emit(rows, output_format, queries.LOG_COLUMNS, table)


@click.command("runs")
@db_option
@click.option("--article", help="Article id prefix, or part of its title or path.")
@click.option("--since", metavar="WHEN", help="Runs started since: YYYY-MM-DD, ISO time, or 7d / 12h.")
@click.option("-n", "--limit", type=click.IntRange(1), default=20, show_default=True)
@_format_option(TABULAR_FORMATS)
@debug_option
def runs_command(db_path, article, since, limit, output_format):
    """One line per run: when, article, verdict counts, model, plugin and dataset versions."""
    from verify import render
    from verify.review import queries

    found = queries.runs(_open(db_path), article=article, since=since, limit=limit)
    rows = [
        {
            **{k: r[k] for k in ("id", "started_utc", "article", "article_id", "published", "claims", "counts")},
            **{label.lower(): r["counts"].get(label, 0) for label in LABEL_ORDER},
            "model": r["model_label"],
            "threshold": r["threshold"],
            "verify_version": r["verify_version"],
            "plugins": [f"{p['name']} {p.get('version') or ''}".strip() for p in r["plugins"]],
            "datasets": [f"{d['name']} {d.get('version')}" for d in r["datasets"]],
        }
        for r in found
    ]
    columns = [
        "id",
        "started_utc",
        "article",
        "published",
        "claims",
        *[label.lower() for label in LABEL_ORDER],
        "model",
        "plugins",
        "datasets",
    ]

    def table() -> str:
        if not rows:
            return "No runs."
        return render.table(
            ["run", "when (UTC)", "article", "claims", "verdicts", "model", "plugins", "datasets"],
            [
                [
                    r["id"],
                    r["started_utc"][:19].replace("T", " "),
                    r["article"],
                    str(r["claims"]),
                    counts_text(r["counts"]),
                    r["model"],
                    ", ".join(r["plugins"]),
                    ", ".join(r["datasets"]),
                ]
                for r in rows
            ],
            wrap={2: 24, 4: 32, 5: 28, 6: 30, 7: 34},
        )

    emit([{k: v for k, v in r.items() if k != "counts"} for r in rows], output_format, columns, table)


@click.command("show")
@click.argument("ref", metavar="RUN_ID|CLAIM_ID")
@db_option
@_format_option(["table", "json", "markdown"])
@debug_option
def show_command(ref, db_path, output_format):
    """Show a run (its set-up and claims) or one claim (every verdict, the evidence, the explanation).

    Ids may be shortened to an unambiguous prefix; a claim can also be named
    RUN_PREFIX-N, the Nth claim (from 0) of that run.
    """
    from verify import render
    from verify.review import queries

    db = _open(db_path)
    what, ident = queries.resolve(db, ref)
    if what == "run":
        run = queries.run(db, ident)
        claims = queries.claims_of_run(db, ident)
        if output_format == "json":
            click.echo(render.to_json({"run": run, "claims": claims}))
            return
        if output_format == "markdown":
            click.echo(_run_markdown(run, claims))
            return
        click.echo(_run_text(run, claims))
        return
    claim = queries.claim(db, ident)
    if output_format == "json":
        click.echo(render.to_json(claim))
        return
    if output_format == "markdown":
        click.echo(_claim_markdown(claim))
        return
    click.echo(_claim_text(claim))


def _run_text(run: dict[str, Any], claims: list[dict[str, Any]]) -> str:
    from verify import render

    colour = _colour()
    lines = [
        click.style(f"Run {run['id']}", bold=True) + f"  {run['started_utc'][:19].replace('T', ' ')} UTC",
        f"article    {run['article']}  ({run['article_id'][:12]}; published {run['published'] or 'unknown'})",
        f"model      {run['model_label']}; threshold {run['threshold']}; "
        f"verify {run['verify_version']}; {run['duration_ms']:.0f} ms",
        f"verdicts   {counts_text(run['counts'])}",
        "plugins    " + ", ".join(f"{p['name']} {p.get('version') or ''}".strip() for p in run["plugins"]),
        "datasets   " + ", ".join(f"{d['name']} {d.get('version')} ({d.get('rows')} rows)" for d in run["datasets"]),
        "",
    ]
    rows = [
        [
            str(c["seq"]),
            c["kind"],
            render.label_text(c["verdict"]["label"], colour) + ("" if c["checked"] else "*"),
            f"{c['verdict']['confidence']:.2f}",
            c["text"],
            c["verdict"]["checker"] or "-",
            ", ".join(sorted({e["record"] for e in c["verdict"]["evidence"]})) or "-",
        ]
        for c in claims
        if c["verdict"]
    ]
    lines.append(
        render.table(["#", "kind", "verdict", "conf", "claim", "checker", "evidence"], rows, wrap={4: 50, 6: 30})
    )
    lines.append("")
    lines.append(f"* below the check-worthiness threshold. Details: verify show {run['id']}-N")
    return "\n".join(lines)


def _run_markdown(run: dict[str, Any], claims: list[dict[str, Any]]) -> str:
    head = (
        f"## Run {run['id']}\n\n- article: {run['article']} (published {run['published'] or 'unknown'})\n"
        f"- started: {run['started_utc']}\n- model: {run['model_label']}\n"
        f"- verdicts: {counts_text(run['counts'])}\n\n"
    )
    rows = [
        [
            str(c["seq"]),
            c["kind"],
            c["verdict"]["label"] if c["checked"] else "not checked",
            c["text"],
            c["verdict"]["explanation"] or "",
        ]
        for c in claims
        if c["verdict"]
    ]
    return head + markdown_table(["#", "kind", "verdict", "claim", "explanation"], rows)


def _claim_text(claim: dict[str, Any]) -> str:
    from verify import render

    colour = _colour()
    final = claim["verdict"] or {}
    slots = {k: v for k, v in claim["slots"].items() if v not in (None, [], "")}
    lines = [
        click.style(f"Claim {claim['id']}", bold=True) + f"  ({claim['kind']}; worth {claim['checkworthiness']:.2f}"
        f"{'' if claim['checked'] else ', below the threshold: not checked'})",
        f"claim      {claim['text']}",
        f"sentence   {claim['sentence']}",
        f"offsets    {claim['start']}-{claim['end']}",
        f"slots      {json.dumps(slots, ensure_ascii=False)}",
        "",
        f"verdict    {render.label_text(final.get('label', '-'), colour)} {final.get('confidence', 0):.2f} "
        f"by {final.get('checker') or '-'}",
        f"why        {final.get('explanation') or '-'}",
    ]
    if claim["verdicts"]:
        lines += ["", "every checker:"]
        lines.append(
            render.table(
                ["checker", "plugin", "verdict", "conf", "explanation"],
                [
                    [
                        v["checker"] or "-",
                        v["plugin"] or "-",
                        render.label_text(v["label"], colour),
                        f"{v['confidence']:.2f}",
                        v["explanation"],
                    ]
                    for v in claim["verdicts"]
                ],
                wrap={4: 60},
            )
        )
    evidence = final.get("evidence", [])
    lines += ["", "evidence:" if evidence else "evidence:  none"]
    if evidence:
        lines.append(
            render.table(
                ["dataset", "version", "record", "matched", "score", "source"],
                [
                    [
                        e["dataset"],
                        e["dataset_version"] or "-",
                        e["record"],
                        e["matched"] or "",
                        "" if e["score"] is None else f"{e['score']:.0f}",
                        e["source"] or "",
                    ]
                    for e in evidence
                ],
                wrap={3: 30, 5: 50},
            )
        )
    return "\n".join(lines)


def _claim_markdown(claim: dict[str, Any]) -> str:
    final = claim["verdict"] or {}
    out = [
        f"## Claim {claim['id']} ({claim['kind']})",
        "",
        f"> {claim['text']}",
        "",
        f"**{final.get('label')}** ({final.get('confidence', 0):.2f}, {final.get('checker') or '-'}): "
        f"{final.get('explanation') or ''}",
        "",
    ]
    if claim["verdicts"]:
        out.append(
            markdown_table(
                ["checker", "verdict", "explanation"],
                [[v["checker"] or "-", v["label"], v["explanation"] or ""] for v in claim["verdicts"]],
            )
        )
        out.append("")
    if final.get("evidence"):
        out.append(
            markdown_table(
                ["dataset", "record", "matched", "source"],
                [[e["dataset"], e["record"], e["matched"] or "", e["source"] or ""] for e in final["evidence"]],
            )
        )
    return "\n".join(out)


# -- diff and rerun -------------------------------------------------------------------------------------


def diff_text(diff: dict[str, Any]) -> str:
    from verify import render

    colour = _colour()
    old, new = diff["old_run"], diff["new_run"]
    lines = [
        click.style(f"{diff['article']['title']}", bold=True),
        f"old run {old['id']} ({old['started_utc'][:19].replace('T', ' ')}): {counts_text(old['counts'])}",
        f"new run {new['id']} ({new['started_utc'][:19].replace('T', ' ')}): {counts_text(new['counts'])}",
        "",
    ]
    if diff["context"]:
        lines.append("What differs between the runs:")
        for c in diff["context"]:
            lines.append(f"  {c['what']} {c['name']}: {c['old'] or '(absent)'} -> {c['new'] or '(absent)'}")
    else:
        lines.append("The runs had the same model, plugins and datasets.")
    lines.append("")
    if not diff["changes"]:
        lines.append(f"No verdict changed ({diff['unchanged']} claims the same).")
        return "\n".join(lines)
    lines.append(f"{len(diff['changes'])} claim(s) changed, {diff['unchanged']} the same:")
    for change in diff["changes"]:
        before = change["old"]["label"] if change["old"] else "(not found)"
        after = change["new"]["label"] if change["new"] else "(not found)"
        arrow = (
            (render.label_text(before, colour) if change["old"] else before)
            + " -> "
            + (render.label_text(after, colour) if change["new"] else after)
        )
        lines.append("")
        lines.append(f"[{change['change']}] {change['kind']}: {change['text']}")
        lines.append(f"  {arrow}")
        for side, name in (("old", "was"), ("new", "now")):
            if change[side]:
                records = ", ".join(f"{e['dataset']}:{e['record']}" for e in change[side]["evidence"]) or "no evidence"
                lines.append(f"  {name}: {change[side]['explanation']}  [{records}]")
        if change["evidence_removed"] or change["evidence_added"]:
            lines.append(
                "  evidence: "
                + ", ".join(
                    [f"-{d}:{r}" for d, r in change["evidence_removed"]]
                    + [f"+{d}:{r}" for d, r in change["evidence_added"]]
                )
            )
    return "\n".join(lines)


def diff_markdown(diff: dict[str, Any]) -> str:
    old, new = diff["old_run"], diff["new_run"]
    out = [f"## {diff['article']['title']}: {old['id']} → {new['id']}", ""]
    for c in diff["context"]:
        out.append(f"- {c['what']} `{c['name']}`: {c['old'] or '(absent)'} → {c['new'] or '(absent)'}")
    out.append("")
    rows = [
        [
            ch["change"],
            ch["kind"],
            ch["text"],
            ch["old"]["label"] if ch["old"] else "",
            ch["new"]["label"] if ch["new"] else "",
            (ch["new"] or ch["old"])["explanation"] or "",
        ]
        for ch in diff["changes"]
    ]
    out.append(markdown_table(["change", "kind", "claim", "old", "new", "explanation (new)"], rows))
    return "\n".join(out)


def _emit_diff(diff: dict[str, Any], output_format: str) -> None:
    from verify import render

    if output_format == "json":
        click.echo(render.to_json(diff))
    elif output_format == "markdown":
        click.echo(diff_markdown(diff))
    else:
        click.echo(diff_text(diff))


@click.command("diff")
@click.argument("run_a", metavar="OLD_RUN")
@click.argument("run_b", metavar="NEW_RUN")
@db_option
@click.option("--reasons", is_flag=True, help="Also claims whose explanation or evidence changed.")
@click.option("--exit-code", is_flag=True, help="Exit with status 1 when any claim changed (like git diff).")
@_format_option(["table", "json", "markdown"])
@debug_option
def diff_command(run_a, run_b, db_path, reasons, exit_code, output_format):
    """The claims whose verdict changed between two runs of one article, and why."""
    from verify.review import queries
    from verify.review.diff import diff_runs

    db = _open(db_path)
    diff = diff_runs(db, queries.resolve_run(db, run_a), queries.resolve_run(db, run_b), reasons=reasons)
    _emit_diff(diff, output_format)
    if exit_code and diff["changes"]:
        sys.exit(1)


@click.command("rerun")
@click.argument("run_ref", metavar="RUN_ID")
@db_option
@plugins_dir_option
@click.option("--model", envvar="VERIFY_MODEL", help="spaCy pipeline (default: the original run's).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, help="Default: the original run's.")
@click.option("--reasons", is_flag=True, help="Also list claims whose explanation or evidence changed.")
@click.option("--exit-code", is_flag=True, help="Exit with status 1 when any claim changed.")
@_format_option(["table", "json", "markdown"])
@debug_option
def rerun_command(run_ref, db_path, plugins_dirs, model, threshold, reasons, exit_code, output_format):
    """Check a logged run's article again with today's plugins and datasets, then diff against it.

    The article text comes from the log and relative time is resolved against
    the original run's publication date. The new run is recorded.
    """
    import datetime as dt

    from verify.models import Article
    from verify.review import queries
    from verify.review.diff import diff_runs
    from verify.runner import check_and_record

    db = _open(db_path)
    old_id = queries.resolve_run(db, run_ref)
    old = queries.run(db, old_id)
    row = queries.article(db, old["article_id"])
    if not row.get("text"):
        raise UserError(f"run {old_id}: the log has no text for its article; check the file again instead")
    article = Article(
        text=row["text"],
        title=row.get("title"),
        published=dt.date.fromisoformat(old["published"]) if old["published"] else None,
        source=row.get("source"),
        path=row.get("path"),
        format=row.get("format") or "txt",
    )
    result = check_and_record(
        article,
        plugin_manager(plugins_dirs),
        model=model or old["model"],
        threshold=old["threshold"] if threshold is None else threshold,
        db_path=db_path,
    )
    diff = diff_runs(_open(db_path), old_id, result.run_id, reasons=reasons)
    if output_format == "table":
        click.echo(f"Re-ran {old_id} as {result.run_id}.\n")
    _emit_diff(diff, output_format)
    if exit_code and diff["changes"]:
        sys.exit(1)


# -- export, report, datasette --------------------------------------------------------------------------


@click.command("export")
@click.argument("run_ref", metavar="RUN_ID")
@db_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["claimreview", "json"]),
    default="claimreview",
    show_default=True,
    help="claimreview: schema.org ClaimReview JSON-LD for the decided claims; json: the whole run.",
)
@click.option("--author", default=None, help="Reviewing organization's name (default: verify).")
@click.option("--author-url", default=None, help="Reviewing organization's URL.")
@click.option(
    "--url",
    default=None,
    help="URL of the published review page (e.g. the `verify report` page); each claim gets URL#claim-ID.",
)
@click.option("--date", "date_published", metavar="YYYY-MM-DD", help="Review publication date (default: the run's).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to a file, not stdout.")
@debug_option
def export_command(run_ref, db_path, output_format, author, author_url, url, date_published, output):
    """Export a run: ClaimReview JSON-LD (SUPPORTED and REFUTED claims only), or the whole run as JSON."""
    from verify import render
    from verify.ingest import parse_date
    from verify.review import queries
    from verify.review.claimreview import claim_reviews

    db = _open(db_path)
    run_id = queries.resolve_run(db, run_ref)
    run = queries.run(db, run_id)
    article = queries.article(db, run["article_id"])
    claims = queries.claims_of_run(db, run_id)
    if output_format == "json":
        document: Any = {"run": run, "article": {k: v for k, v in article.items() if k != "text"}, "claims": claims}
    else:
        if not url:
            click.echo(
                "Note: no --url given; reviews get urn: ids. Google's Fact Check markup needs the http(s) URL "
                "of the page that publishes the review.",
                err=True,
            )
        document = claim_reviews(
            run,
            article,
            claims,
            author=author,
            author_url=author_url,
            url=url,
            date_published=parse_date(date_published, "--date").isoformat() if date_published else None,
        )
    text = render.to_json(document)
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text)


@click.command("report")
@click.argument("run_ref", metavar="RUN_ID")
@db_option
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="HTML file (default: stdout)."
)
@debug_option
def report_command(run_ref, db_path, output):
    """One self-contained HTML page: the article with every claim highlighted by verdict, and its evidence."""
    from verify.review import queries
    from verify.review.report import render_report

    db = _open(db_path)
    run_id = queries.resolve_run(db, run_ref)
    run = queries.run(db, run_id)
    page = render_report(run, queries.article(db, run["article_id"]), queries.claims_of_run(db, run_id))
    if output:
        Path(output).write_text(page, encoding="utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(page, nl=False)


@click.command("datasette-metadata")
@click.option(
    "--database",
    default=None,
    help="Database name in Datasette: the log's file name without .db (default: from --db, else 'verdicts').",
)
@click.option(
    "--db",
    "db_path",
    envvar="VERIFY_DB",
    type=click.Path(dir_okay=False),
    help="The log you will open (only its name is used).",
)
@debug_option
def datasette_metadata_command(database, db_path):
    """Print Datasette metadata (titles, descriptions, canned queries) for the log.

    \b
      verify datasette-metadata > metadata.json
      datasette verdicts.db -m metadata.json
    """
    from verify import render
    from verify.review.datasette_meta import metadata

    name = database or (Path(db_path).stem if db_path else "verdicts")
    click.echo(render.to_json(metadata(name)))


COMMANDS = [
    log_command,
    runs_command,
    show_command,
    diff_command,
    rerun_command,
    export_command,
    report_command,
    datasette_metadata_command,
]


def register(cli: click.Group) -> None:
    for command in COMMANDS:
        cli.add_command(command)
