"""The log survives: concurrent writers, a writer killed mid-run, corrupt files given as --db."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import signal
import subprocess
import sys
import textwrap

import pytest
import sqlite_utils

from tests.conftest import ROOT, SEED
from verify.errors import UserError
from verify.record import open_db, record_run, record_runs

# Builds a synthetic RunResult without spaCy: ``synthetic(claims, checkers)``.
SYNTHETIC = textwrap.dedent(
    """
    import datetime as dt
    from verify.models import Article, CheckedClaim, Claim, Evidence, Verdict
    from verify.pipeline import RunResult
    from verify.ulid import new_ulid

    def synthetic(claims, checkers=3, text=None):
        run_id = new_ulid()
        checked = []
        for seq in range(claims):
            claim = Claim("quantity", f"launched {seq} missiles", "They launched missiles.", seq, seq + 5,
                          {"value": seq}, 0.9, f"{run_id}-{seq:06d}")
            verdicts = [
                Verdict("SUPPORTED", 0.9, "found", [Evidence("launches", f"row-{seq}", "2", 99.0, "KCNA")],
                        f"checker-{c}", "test", 0.1)
                for c in range(checkers)
            ]
            checked.append(CheckedClaim(claim, True, verdicts, Verdict("SUPPORTED", 0.9, "final", [], "checker-0",
                                                                       "test")))
        now = dt.datetime.now(dt.UTC).isoformat()
        article = Article(text=text or f"Synthetic article {run_id}", title="synthetic", published=dt.date(2023, 9, 13))
        return RunResult(run_id, article, checked, now, now, 1.0, "model", "en_model-1", 0.5)
    """
)
namespace: dict = {}
exec(SYNTHETIC, namespace)
synthetic = namespace["synthetic"]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_every_run_whole(db: sqlite_utils.Database) -> None:
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert db.execute("pragma foreign_key_check").fetchall() == []
    for query in [
        "select id from runs where claims != (select count(*) from claims where claims.run_id = runs.id)",
        "select id from claims where run_id not in (select id from runs)",
        "select id from verdicts where run_id not in (select id from runs)",
        "select id from verdicts where claim_id not in (select id from claims)",
        "select id from evidence where verdict_id not in (select id from verdicts)",
        "select id from runs where status != 'complete'",
    ]:
        assert db.execute(query).fetchall() == [], query


def test_two_check_processes_on_one_log_both_finish_with_all_their_rows(tmp_path):
    log = tmp_path / "shared.db"
    env = {**os.environ, "VERIFY_DB": str(log)}
    command = [sys.executable, "-m", "verify", "check", str(SEED), "--format", "json"]
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    db = sqlite_utils.Database(log)
    assert db["runs"].count == 2
    assert db.execute("select count(distinct claims) from runs").fetchone()[0] == 1
    _assert_every_run_whole(db)


def _open_files() -> list[str]:
    """The paths this process holds open (Linux)."""
    paths = []
    for fd in os.listdir("/proc/self/fd"):
        # the descriptor that listed the directory is closed since
        with contextlib.suppress(OSError):
            paths.append(os.readlink(f"/proc/self/fd/{fd}"))
    return paths


def test_checking_in_a_long_lived_process_leaves_no_connection_to_the_log_open(tmp_path):
    # a process that checks article after article (a notebook, a service) must not pile up
    # connections: left to the garbage collector, they made a second writer's reads fail at times
    from verify.ingest import article_from_text
    from verify.plugins import get_plugin_manager
    from verify.runner import check_and_record

    log = tmp_path / "log.db"
    text = "Putin met Kim at the Vostochny Cosmodrome on Wednesday.\n"
    article = article_from_text(text, "txt", "summit.txt", published=dt.date(2023, 9, 14))
    pm = get_plugin_manager()
    for _ in range(3):
        check_and_record(article, pm, db_path=log)
    assert not [path for path in _open_files() if path.startswith(str(log))]
    assert sqlite_utils.Database(log)["runs"].count == 3


def test_a_writer_killed_mid_run_leaves_no_partial_run(tmp_path):
    """SIGKILL inside record_run's transaction (a temp trigger stalls it half-way): the log
    passes integrity_check and holds the earlier run whole, and nothing of the killed one."""
    log = tmp_path / "killed.db"
    script = SYNTHETIC + textwrap.dedent(
        f"""
        import sys, time
        from verify.record import open_db, record_run
        db = open_db({str(log)!r})
        record_run(db, synthetic(5))

        def stall():
            print("inside the transaction", flush=True)
            time.sleep(120)

        db.conn.create_function("stall", 0, stall)
        db.execute("create temp trigger stall after insert on main.evidence when new.id = 30000 "
                   "begin select stall(); end")
        record_run(db, synthetic(20000))
        print("committed", flush=True)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = process.stdout.readline().decode()
        assert line.strip() == "inside the transaction", process.stderr.read().decode()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    db = open_db(log)  # recovers the WAL: uncommitted frames are ignored
    _assert_every_run_whole(db)
    assert db["runs"].count == 1
    assert db.execute("select claims from runs").fetchone()[0] == 5
    assert db["evidence"].count == 15
    record_run(db, synthetic(2))  # and the log takes new runs
    _assert_every_run_whole(db)


def test_a_run_the_log_refuses_is_not_written_at_all(tmp_path):
    db = open_db(tmp_path / "log.db")
    good = synthetic(3)
    bad = synthetic(3)
    bad.claims[1].claim.id = bad.claims[0].claim.id  # duplicate primary key half-way through the run
    with pytest.raises(UserError, match="could not write to the verdict log"):
        record_runs(db, [good, bad])
    assert db["runs"].count == 0 and db["claims"].count == 0 and db["verdicts"].count == 0
    record_runs(db, [good])
    _assert_every_run_whole(db)
    assert db["verdicts"].count == 3 * 4 and db["evidence"].count == 3 * 3
    # evidence hangs off the verdict that cited it
    assert (
        db.execute(
            "select count(*) from evidence join verdicts on verdicts.id = evidence.verdict_id "
            "where verdicts.is_final = 0 and verdicts.claim_id like ?",
            [good.run_id + "%"],
        ).fetchone()[0]
        == 9
    )


def _corrupt_files(tmp_path):
    header_then_garbage = tmp_path / "garbage.db"
    header_then_garbage.write_bytes(b"SQLite format 3\x00" + bytes((i * 7919) % 251 for i in range(3 * 4096)))
    real = tmp_path / "real.db"
    db = open_db(real)
    record_run(db, synthetic(50))
    db.conn.close()
    raw = real.read_bytes()
    broken_pages = tmp_path / "broken.db"  # a verify log whose pages after the first are overwritten
    broken_pages.write_bytes(raw[:4096] + bytes((i * 31) % 256 for i in range(len(raw) - 4096)))
    return {"header then garbage": header_then_garbage, "log with garbage pages": broken_pages}


@pytest.mark.parametrize("case", ["header then garbage", "log with garbage pages"])
@pytest.mark.parametrize("command", [["check", str(SEED)], ["batch", str(SEED)], ["log"]])
def test_a_corrupt_sqlite_file_is_refused_in_one_line_and_left_untouched(run, tmp_path, case, command):
    path = _corrupt_files(tmp_path)[case]
    before = _digest(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())
    result = run(*command, "--db", path)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: ") and "corrupt" in lines[0], result.stderr
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no -wal / -shm left behind
