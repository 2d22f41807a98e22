"""Fuzzing: arbitrary bytes, text, control characters, huge lines, mixed encodings and HTML junk.

Whatever comes in, ingest either returns an article or raises a one-line
``UserError``; extraction returns claims; the CLI answers with output and
exit 0, or one line on stderr and exit 2 — never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from verify import nlp
from verify.cli import cli
from verify.errors import UserError
from verify.extract import extract_claims
from verify.ingest import MAX_BYTES, decode, html_to_text, read_article, split_front_matter
from verify.models import Article
from verify.timeexpr import parse_duration, parse_number, resolve_date

# Modest counts keep the suite fast; VERIFY_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py fuzzes harder.
EXAMPLES = int(os.environ.get("VERIFY_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FEW = settings(
    max_examples=max(1, EXAMPLES // 4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
NEWSY = st.lists(
    st.sampled_from(
        [
            "Kim Jong-un",
            "President Vladimir Putin",
            " said ",
            "“full support”",
            '"quoted"',
            "more than 18 months since",
            " launched two missiles ",
            "in March",
            "on 13 September 2023",
            "yesterday",
            "\n\n",
            "\r\n",
            "\x00",
            "\x0b\x0c",
            "\u200b",
            "\ufeff",
            "…",
            ".",
            "?",
            "(",
            ")",
            " — ",
            "3.5e9",
            "-1",
            "½",
            "٣",
            "9999999999999999999999 years",
            "since since since",
            # the constructions the extractors read for denials, ranges, hedges, sources and titles
            " did not ",
            " never ",
            " is not ",
            "between two and four",
            "two or three",
            "According to Kim, ",
            " arguably ",
            " may have ",
            "‘",
            "’",
            "Moon Jae-in",
            "Former ",
            ", Supreme Leader of the DPRK, ",
            " was invited by ",
            " for a visit in 2024",
        ]
        + [chr(c) for c in (1, 7, 27, 127, 0x85, 0x2028)]
    )
    | ANY_TEXT,
    max_size=25,
).map("".join)
HTML_JUNK = st.lists(
    st.sampled_from(
        [
            "<html>",
            "<body>",
            "<p>",
            "</p>",
            "<article>",
            "<script>alert(1)</script>",
            "<meta property='article:published_time' content='",
            "<meta name='date' content='not a date'>",
            "<time datetime='2023-02-30'>",
            "<title>",
            "</title>",
            "<!--",
            "-->",
            "<![CDATA[",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "<li><p>nested</li>",
            "<pre>\x00</pre>",
            "'>",
        ]
    )
    | ANY_TEXT,
    max_size=30,
).map("".join)
MIXED_ENCODINGS = st.lists(
    st.tuples(ANY_TEXT, st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252", "utf-8-sig"])), max_size=5
).map(lambda parts: b"".join(text.encode(encoding, errors="ignore") for text, encoding in parts))
ANY_BYTES = st.binary(max_size=3000) | MIXED_ENCODINGS | NEWSY.map(str.encode) | HTML_JUNK.map(str.encode)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".htm", ".markdown"])


def _write(folder: str, raw: bytes, suffix: str) -> Path:
    path = Path(folder) / f"article{suffix}"
    path.write_bytes(raw)
    return path


@FUZZ
@given(raw=ANY_BYTES, suffix=SUFFIXES)
@example(raw=b"---\n: [\n---\nbody", suffix=".md")
@example(raw=b"---\n- a list\n---\nbody text", suffix=".md")
@example(raw=b"---\npublished: 99999-99-99\n---\nbody text", suffix=".md")
@example(raw=b"\xef\xbb\xbf\x00", suffix=".txt")
@example(raw=b"<meta name='date' content='2023-13-45'><p>text</p>", suffix=".html")
def test_ingest_returns_an_article_or_a_one_line_user_error(raw, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, raw, suffix)
        try:
            article = read_article(str(path))
        except UserError as error:
            assert "\n" not in str(error) and str(error)
            return
        assert article.text.strip()
        assert "\r" not in article.text
        assert isinstance(article.published, dt.date | None)


@FUZZ
@given(text=HTML_JUNK | NEWSY)
def test_html_and_front_matter_parsers_never_crash(text):
    body, meta = html_to_text(text)
    assert isinstance(body, str) and isinstance(meta, dict)
    try:
        body, meta = split_front_matter("---\n" + text + "\n---\nbody", "fuzz.md")
    except UserError as error:
        assert "\n" not in str(error)


@FUZZ
@given(text=NEWSY, published=st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
@example(text="It has been 9999999999 years since the war began in March.", published=dt.date(1, 1, 1))
@example(text="more than 18 months since since", published=dt.date(9999, 12, 31))
@example(text="He met Kim on 31 February, yesterday and in March.", published=dt.date(1, 1, 1))
def test_time_expressions_never_crash(text, published):
    parse_duration(text)
    parse_number(text)
    resolve_date(text, published)
    for word in text.split()[:20]:
        resolve_date(word, published)
        parse_number(word)


@FUZZ
@given(text=NEWSY, published=st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
@example(text="Pyongyang launched 99999999999999999999 ballistic missiles in March.", published=dt.date(1, 1, 1))
@example(text="It is been more than 18 months since Putin began his war.", published=dt.date(9999, 12, 31))
def test_extraction_never_crashes(text, published):
    if not text.strip():
        return
    article = Article(text=text, published=published)
    claims = extract_claims(article, nlp.parse(text), extractors=[])
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        json.dumps(claim.to_dict(), default=str)


def _cli(args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], obj={"plugins": []}, env=env or {})


def _one_line_or_success(result) -> None:
    assert "Traceback" not in result.output
    assert "Error: unexpected" not in result.stderr, result.stderr
    if result.exit_code == 0:
        return
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr


@FEW
@given(raw=ANY_BYTES, suffix=SUFFIXES)
@example(raw=b"_bj\x0btwo\t\x01", suffix=".txt")  # a subject of punctuation alone
def test_the_cli_answers_any_file_with_output_or_one_line(raw, suffix, tmp_path):
    with tempfile.TemporaryDirectory() as folder:
        path = _write(folder, raw, suffix)
        _one_line_or_success(_cli(["claims", path, "--format", "json"]))
        _one_line_or_success(_cli(["check", path, "--db", Path(folder) / "log.db", "--format", "json"]))


@FEW
@given(
    lines=st.lists(
        ANY_BYTES.map(lambda b: b.replace(b"\n", b" "))
        | NEWSY.map(lambda t: json.dumps({"text": t, "published": "2023-09-13"}).encode()),
        min_size=1,
        max_size=4,
    )
)
def test_batch_reports_each_bad_line_on_one_line_and_goes_on(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        path.write_bytes(b"\n".join(lines))
        result = _cli(["batch", path, "--db", Path(folder) / "log.db", "--format", "json"])
        assert "Traceback" not in result.output and "Error: unexpected" not in result.stderr, result.stderr
        if not any(line.strip() for line in lines):  # nothing to check at all
            _one_line_or_success(result)
            return
        assert result.exit_code in (0, 1), result.stderr
        summary = json.loads(result.stdout)
        errors = [line for line in result.stderr.splitlines() if line]
        assert len(errors) == summary["failed"] and all(line.startswith("Error: ") for line in errors)
        assert summary["checked"] + summary["skipped"] + summary["failed"] == summary["articles"]


def test_input_size_limit_is_explicit_and_configurable(tmp_path, monkeypatch):
    assert MAX_BYTES == 5_000_000
    path = tmp_path / "big.txt"
    path.write_text("Pyongyang launched two missiles. " * 40, encoding="utf-8")
    monkeypatch.setenv("VERIFY_MAX_BYTES", "1000")
    result = _cli(["claims", path], env={"VERIFY_MAX_BYTES": "1000"})
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {path}: larger than the 1,000-byte limit (VERIFY_MAX_BYTES)"
    with pytest.raises(UserError, match="limit"):
        decode(b"x" * 1001, "stdin")


def test_a_huge_line_without_spaces_or_breaks_is_handled(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Pyongyang launched two missiles " + "x" * 200_000 + " in March.", encoding="utf-8")
    _one_line_or_success(_cli(["claims", path, "--format", "json"]))
