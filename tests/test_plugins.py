"""Checker plugins: registered inline or dropped into a folder, listed, run, logged, contained."""

from __future__ import annotations

import json
import textwrap

import sqlite_utils

import verify
from tests.conftest import SEED
from verify.plugins import get_plugin_manager

ARTICLE = "Pyongyang launched two ballistic missiles into the sea on Wednesday, officials said.\n"


class LaunchCount:
    name = "launch-count"
    kinds = {"quantity"}

    def check(self, claim, context):
        return verify.Verdict(
            label="SUPPORTED",
            confidence=0.99,
            explanation=f"The test checker agrees that {claim.slots['value']:g} were launched.",
            evidence=[
                verify.Evidence(dataset="test", record="row-1", matched="two", score=100, source="https://example.org")
            ],
        )


class InlinePlugin:
    @verify.hookimpl
    def register_checkers(self, register):
        register(LaunchCount())


class Exploding:
    name = "exploding"
    kinds = {"quantity", "role"}

    def check(self, claim, context):
        raise RuntimeError("reference service unreachable")


class ExplodingPlugin:
    @verify.hookimpl
    def register_checkers(self, register):
        register(Exploding())


def test_builtin_plugins_come_through_entry_points():
    pm = get_plugin_manager()
    names = {name for name, _ in pm.list_name_plugin()}
    assert {"durations", "events", "office-holders", "occurrences", "quotes", "seed-datasets"} <= names
    distributions = {pm.get_name(plugin): dist.project_name for plugin, dist in pm.list_plugin_distinfo()}
    assert distributions["quotes"] == "verify"


def test_inline_checker_is_listed_and_its_verdicts_are_logged(run, tmp_path, db_path):
    plugins = [(InlinePlugin(), "inline-launches")]
    listed = run("plugins", "--json", plugins=plugins)
    described = {p["name"]: p for p in json.loads(listed.stdout)}
    assert described["inline-launches"]["checkers"] == [{"name": "launch-count", "kinds": ["quantity"]}]
    assert described["inline-launches"]["hooks"] == ["register_checkers"]

    article = tmp_path / "launch.txt"
    article.write_text(ARTICLE)
    result = run("check", article, "--published", "2023-09-13", plugins=plugins)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    rows = list(
        db.query(
            """select verdicts.label, verdicts.plugin, evidence.record from verdicts
               join evidence on evidence.verdict_id = verdicts.id
               where verdicts.checker = 'launch-count' and verdicts.is_final = 0"""
        )
    )
    assert rows == [{"label": "SUPPORTED", "plugin": "inline-launches", "record": "row-1"}]


def test_a_single_file_plugin_in_a_plugins_dir(run, tmp_path, db_path):
    folder = tmp_path / "my_plugins"
    folder.mkdir()
    (folder / "always_unsure.py").write_text(
        textwrap.dedent(
            """
            import verify

            class AlwaysUnsure:
                name = "always-unsure"
                kinds = {"role", "quantity"}

                def check(self, claim, context):
                    return verify.Verdict("NOT_ENOUGH_INFO", 0.1, "This checker never knows.")

            @verify.hookimpl
            def register_checkers(register):
                register(AlwaysUnsure())
            """
        )
    )
    listed = run("plugins", "--plugins-dir", folder)
    assert "always_unsure" in listed.stdout and "always-unsure" in listed.stdout
    result = run("check", SEED, "--format", "json", env={"VERIFY_PLUGINS_DIR": str(folder)})
    document = json.loads(result.stdout)
    role = next(c for c in document["claims"] if c["kind"] == "role")
    assert "always-unsure" in [v["checker"] for v in role["verdicts"]]
    assert role["verdict"]["label"] == "SUPPORTED"  # the built-in checker's evidence still decides
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from verdicts where checker = 'always-unsure'").fetchone()[0] >= 4


def test_a_checker_that_raises_gets_an_error_verdict_and_the_run_goes_on(run, db_path):
    result = run("check", SEED, "--format", "json", plugins=[(ExplodingPlugin(), "exploding")])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    quantity = next(c for c in document["claims"] if c["kind"] == "quantity")
    errors = [v for v in quantity["verdicts"] if v["checker"] == "exploding"]
    assert errors[0]["label"] == "ERROR"
    assert "reference service unreachable" in errors[0]["explanation"]
    assert quantity["verdict"]["label"] == "SUPPORTED"
    db = sqlite_utils.Database(db_path)
    logged = db.execute("select explanation from verdicts where checker = 'exploding' and label = 'ERROR'").fetchall()
    assert logged and all("reference service unreachable" in row[0] for row in logged)


def test_a_checker_returning_garbage_is_an_error_for_that_claim_only(run):
    class Garbage:
        name = "garbage"
        kinds = {"role"}

        def check(self, claim, context):
            return {"label": "SUPPORTED"}

    class Plugin:
        @verify.hookimpl
        def register_checkers(self, register):
            register(Garbage())

    result = run("check", SEED, "--format", "json", plugins=[(Plugin(), "garbage")])
    document = json.loads(result.stdout)
    verdicts = [v for c in document["claims"] for v in c["verdicts"] if v["checker"] == "garbage"]
    assert verdicts and all(v["label"] == "ERROR" and "expected verify.Verdict" in v["explanation"] for v in verdicts)


def test_disabling_a_builtin_plugin(run):
    result = run("check", SEED, "--format", "json", env={"VERIFY_DISABLE_PLUGINS": "quotes"})
    document = json.loads(result.stdout)
    quote = next(c for c in document["claims"] if c["kind"] == "quote")
    assert quote["verdicts"] == []
    assert quote["verdict"]["label"] == "NOT_ENOUGH_INFO"
    listed = json.loads(run("plugins", "--json", env={"VERIFY_DISABLE_PLUGINS": "quotes"}).stdout)
    assert "quotes" not in {p["name"] for p in listed}


def test_a_misspelled_hook_fails_loudly(run, tmp_path):
    folder = tmp_path / "typo"
    folder.mkdir()
    (folder / "typo.py").write_text("import verify\n\n@verify.hookimpl\ndef register_checker(register):\n    pass\n")
    result = run("plugins", "--plugins-dir", folder)
    assert result.exit_code == 2
    assert "register_checker" in result.stderr and "unknown hook" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_plugin_file_that_fails_to_import_is_one_line(run, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "broken.py").write_text("raise ImportError('missing dependency foo')\n")
    result = run("plugins", "--plugins-dir", folder)
    assert result.exit_code == 2
    assert "broken.py" in result.stderr and "missing dependency foo" in result.stderr


def test_two_checkers_with_one_name_are_refused(run):
    class Twice:
        @verify.hookimpl
        def register_checkers(self, register):
            register(LaunchCount())
            register(LaunchCount())

    result = run("plugins", plugins=[(Twice(), "twice")])
    assert result.exit_code == 2
    assert "registered twice" in result.stderr
