"""``verify score`` and ``verify eval checkworthiness``: the sentence model on its own."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from verify.errors import UserError

LABELS_YES = {"yes", "1", "true"}
LABELS_NO = {"no", "0", "false"}


def _read_text(location: str) -> tuple[str, str]:
    from verify.ingest import decode

    if location == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"
    path = Path(location)
    if not path.is_file():
        raise UserError(f"{location}: no such file")
    return decode(path.read_bytes(), location), location


def read_rows(location: str) -> list[dict[str, str]]:
    """Rows with a ``Text`` key (and ``class_label`` when the table has one).

    FILE is a TSV/CSV with a ``Text`` column, or one sentence a line. Column
    names match whatever their case and surrounding spaces ("text", " Text ").
    """
    text, name = _read_text(location)
    lines = text.splitlines()
    header = lines[0] if lines else ""
    suffix = Path(name).suffix.lower()
    delimiter = "\t" if "\t" in header or suffix == ".tsv" else ("," if suffix == ".csv" else None)
    if not delimiter:
        return [{"Text": line} for line in lines if line.strip()]
    # The CheckThat! TSVs carry unbalanced quotes inside sentences: TSV is read without quoting.
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter, quoting=quoting)
    columns = {field.strip().lower(): field for field in reader.fieldnames or [] if field is not None}
    if "text" not in columns:
        raise UserError(f"{name}: a table needs a 'Text' column (found: {', '.join(reader.fieldnames or [])})")
    wanted = {"Text": columns["text"], "class_label": columns.get("class_label")}
    return [
        {key: row.get(field) for key, field in wanted.items() if field}
        for row in reader
        if row.get(columns["text"]) is not None
    ]


@click.command()
@click.argument("file")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=None,
    help="Default: the model's own threshold (with --article, the pipeline's 0.5).",
)
@click.option(
    "--article",
    "as_article",
    is_flag=True,
    help="FILE is an article: score each of its sentences as `verify check` does.",
)
@click.option("--model", envvar="VERIFY_MODEL", help="spaCy pipeline that splits the article (with --article).")
def score(file, threshold, as_article, model):
    """Score sentences for check-worthiness: one JSON object per line, in input order.

    FILE is one sentence a line, or a TSV/CSV with a Text column (other
    columns are ignored); - reads stdin. Scores are the model's own, out of
    context.

    With --article, FILE is an article (as for `verify check`), split into
    sentences by spaCy. Each score is then the one the pipeline gives: on
    its scale, where the model's threshold is 0.5, and lowered for a
    sentence that hedges ("arguably", "seemed", "may have"); the words that
    hedge are under "hedge".
    """
    from verify.checkworthiness import load_model

    if as_article:
        _score_article(file, threshold, model)
        return
    rows = read_rows(file)
    model = load_model()
    cut = model.threshold if threshold is None else threshold
    for row, value in zip(rows, model.score([r["Text"] for r in rows]), strict=True):
        click.echo(json.dumps({"text": row["Text"], "score": round(value, 6), "checkworthy": value >= cut}))


def _score_article(location: str, threshold: float | None, model: str | None) -> None:
    from verify import nlp
    from verify.checkworthiness_scorer import DEFAULT_THRESHOLD, SentenceScorer
    from verify.extract import read_sentences, sentence_scores
    from verify.ingest import read_article

    article = read_article(location)
    sentences = read_sentences(article, nlp.parse(article.text, model))
    cut = DEFAULT_THRESHOLD if threshold is None else threshold
    for sentence, value in zip(sentences, sentence_scores(sentences, SentenceScorer.default()), strict=True):
        row = {"text": sentence.text, "score": round(value, 6), "checkworthy": value >= cut}
        if sentence.hedge:
            row["hedge"] = sentence.hedge
        click.echo(json.dumps(row, ensure_ascii=False))


@click.group(name="eval")
def evaluate() -> None:
    """Measure the models against labelled data."""


@evaluate.command("checkworthiness")
@click.argument("file")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None, help="Default: the model's own threshold.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_checkworthiness(file, threshold, output_format):
    """Precision, recall and F1 of the Yes class on FILE (a TSV/CSV with Text and class_label Yes/No)."""
    from verify.checkworthiness import evaluate as measure
    from verify.checkworthiness import load_model

    rows = read_rows(file)
    labels = []
    for number, row in enumerate(rows, start=2):
        label = (row.get("class_label") or "").strip().lower()
        if label not in LABELS_YES | LABELS_NO:
            raise UserError(f"{file}:{number}: column 'class_label' must be Yes or No, got {label!r}")
        labels.append(label in LABELS_YES)
    if not rows:
        raise UserError(f"{file}: no labelled sentences")
    model = load_model()
    cut = model.threshold if threshold is None else threshold
    result = measure(labels, model.score([r["Text"] for r in rows]), cut)
    result["model"] = model.version
    if output_format == "json":
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"model {model.version}, threshold {cut:.4f}, {result['n']} sentences")
    click.echo(f"precision {result['precision']:.4f}  recall {result['recall']:.4f}  F1 (Yes) {result['f1']:.4f}")
    click.echo("")
    click.echo("              predicted Yes  predicted No")
    click.echo(f"actual Yes    {result['tp']:>13}  {result['fn']:>12}")
    click.echo(f"actual No     {result['fp']:>13}  {result['tn']:>12}")
