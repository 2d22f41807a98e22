"""Bad input: one clear line on stderr, exit status 2, no traceback, the log untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from tests.conftest import SEED


@pytest.fixture
def existing_log(run, db_path):
    assert run("check", SEED).exit_code == 0
    return db_path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bad_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"   \n\n  \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le président Macron a déclaré.".encode("latin-1"))
    unknown = tmp_path / "article.pdf"
    unknown.write_bytes(b"%PDF-1.7 not really")
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "empty": (empty, "empty"),
        "blank": (blank, "empty"),
        "binary": (binary, "binary"),
        "invalid utf-8": (latin1, "UTF-8"),
        "unknown format": (unknown, "unknown article format"),
        "directory": (tmp_path, "directory"),
    }


@pytest.mark.parametrize(
    "case", ["missing", "empty", "blank", "binary", "invalid utf-8", "unknown format", "directory"]
)
def test_bad_article_is_one_line_and_exit_2(run, existing_log, tmp_path, case):
    path, message = _bad_files(tmp_path)[case]
    before = _digest(existing_log)
    result = run("check", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ") and message in lines[0]
    assert "Traceback" not in result.stderr
    assert _digest(existing_log) == before


def test_bad_published_date_is_one_line(run, existing_log):
    result = run("check", SEED, "--published", "13/09/2023")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == ["Error: invalid --published date '13/09/2023': use YYYY-MM-DD"]


def test_unknown_option_value_is_one_line(run):
    result = run("check", SEED, "--format", "xml")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_empty_stdin_is_one_line(run):
    result = run("check", "-", input=b"")
    assert result.exit_code == 2
    assert "empty" in result.stderr


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(run, tmp_path):
    foreign = tmp_path / "notes.db"
    foreign.write_text("my precious notes\n")
    result = run("check", SEED, "--db", foreign)
    assert result.exit_code == 2
    assert "not a SQLite database" in result.stderr
    assert foreign.read_text() == "my precious notes\n"


def test_a_foreign_sqlite_database_is_refused_and_untouched(run, tmp_path):
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("create table runs (id integer primary key, what text)")
        conn.execute("insert into runs (what) values ('not ours')")
    before = _digest(foreign)
    result = run("check", SEED, "--db", foreign)
    assert result.exit_code == 2
    assert "not a verify log" in result.stderr
    assert _digest(foreign) == before


def test_debug_shows_the_traceback(tmp_path):
    from click.testing import CliRunner

    from verify.cli import cli
    from verify.errors import UserError

    result = CliRunner().invoke(cli, ["check", str(tmp_path / "nope.txt"), "--debug"])
    assert result.exit_code != 0
    assert isinstance(result.exception, UserError)


def test_log_without_a_database_says_so(run, tmp_path):
    result = run("log", "--db", tmp_path / "none.db")
    assert result.exit_code == 2
    assert "no verdict log" in result.stderr
    assert not (tmp_path / "none.db").exists()
