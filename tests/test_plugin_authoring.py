"""Writing a plugin: the template, verify.testing, new claim kinds, formats, commands, packaging."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

import verify
from tests.conftest import SEED
from verify.testing import verdicts_in_log

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "verify-percentages"
BIN = Path(sys.executable).parent


def _install(package: Path, site: Path) -> dict[str, str]:
    """pip-install ``package`` into its own site folder; the environment that sees it.

    A separate target keeps the test environment itself unchanged, even when
    a test run is killed half-way.
    """
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--disable-pip-version-check",
            "-q",
            "install",
            "--no-deps",
            "--target",
            str(site),
            str(package),
        ],
        check=True,
    )
    return {**os.environ, "PYTHONPATH": str(site)}


def _verify(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "verify"), *args], capture_output=True, text=True, env=env)


def _pytest(folder: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.fixture
def percentages_module(monkeypatch):
    monkeypatch.syspath_prepend(str(EXAMPLE))
    import verify_percentages

    return verify_percentages


def test_a_plugin_can_add_a_claim_kind_end_to_end(run, tmp_path, db_path, percentages_module):
    article = tmp_path / "inflation.txt"
    article.write_text("US inflation hit 9.1% in June 2022, the highest in four decades.\n", encoding="utf-8")
    plugins = [(percentages_module, "percentages")]
    claims = json.loads(run("claims", article, "--published", "2022-07-14", "--format", "json", plugins=plugins).stdout)
    assert "percentage" in [c["kind"] for c in claims["claims"]]
    document = json.loads(
        run("check", article, "--published", "2022-07-14", "--format", "json", plugins=plugins).stdout
    )
    claim = next(c for c in document["claims"] if c["kind"] == "percentage")
    assert claim["text"] == "9.1%"
    assert claim["verdict"]["label"] == "SUPPORTED"
    assert claim["verdict"]["evidence"][0]["record"] == "us-cpi-2022-06"
    assert "official_statistics" in {d["name"] for d in document["run"]["datasets"]}
    assert verdicts_in_log(db_path, checker="official-statistic")[0]["kind"] == "percentage"
    listed = {p["name"]: p for p in json.loads(run("plugins", "--json", plugins=plugins).stdout)}
    assert listed["percentages"]["extractors"] == [{"name": "percentage", "kinds": ["percentage"]}]
    assert listed["percentages"]["hooks"] == ["register_checkers", "register_datasets", "register_extractors"]


def test_builtin_output_formats(run):
    markdown = run("check", SEED, "--format", "markdown")
    assert markdown.exit_code == 0
    assert markdown.stdout.startswith("# North Korea and Russia") and "| **SUPPORTED** |" in markdown.stdout
    lines = run("check", SEED, "--format", "jsonl").stdout.strip().splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows and all({"run_id", "kind", "verdict"} <= set(row) for row in rows)
    unknown = run("check", SEED, "--format", "xml")
    assert unknown.exit_code == 2 and "jsonl, markdown" in unknown.stderr


def test_a_plugin_format_and_command(run):
    class Plugin:
        @verify.hookimpl
        def register_formats(self, register):
            register("count", lambda document: f"{len(document['claims'])} claims")

        @verify.hookimpl
        def register_commands(self, cli):
            @cli.command()
            @click.argument("name")
            def hello(name):
                """Say hello."""
                click.echo(f"Hello, {name}")

    plugins = [(Plugin(), "extras")]
    assert run("check", SEED, "--format", "count", plugins=plugins).stdout.strip().endswith("claims")
    assert run("hello", "editor", plugins=plugins).stdout == "Hello, editor\n"
    assert "hello" in run("--help", plugins=plugins).stdout
    assert run("hello", "editor").exit_code == 2  # not there without the plugin


def test_disable_plugin_option(run):
    document = json.loads(run("check", SEED, "--format", "json", "--disable-plugin", "quotes").stdout)
    quote = next(c for c in document["claims"] if c["kind"] == "quote")
    assert quote["verdicts"] == []
    names = {p["name"] for p in json.loads(run("plugins", "--json", "--disable-plugin", "events").stdout)}
    assert "events" not in names and "quotes" in names


def test_plugin_new_writes_a_package_whose_tests_pass_and_which_installs(tmp_path):
    created = _verify("plugin", "new", "launch-count", "--dir", str(tmp_path))
    assert created.returncode == 0, created.stderr
    root = tmp_path / "verify-launch-count"
    assert {p.name for p in root.iterdir()} >= {"pyproject.toml", "README.md", "verify_launch_count", "tests"}
    before_install = _pytest(root)
    assert before_install.returncode == 0, before_install.stdout + before_install.stderr
    env = _install(root, tmp_path / "site")
    listed = {p["name"]: p for p in json.loads(_verify("plugins", "--json", env=env).stdout)}
    assert listed["launch-count"]["checkers"] == [{"name": "launch-count", "kinds": ["quantity"]}]
    assert listed["launch-count"]["package"] == "verify-launch-count"
    after_install = _pytest(root, env=env)
    assert after_install.returncode == 0, after_install.stdout
    assert "skipped" not in after_install.stdout  # the entry-point test really ran
    db = tmp_path / "log.db"
    checked = _verify("check", str(SEED), "--db", str(db), "--format", "json", env=env)
    assert checked.returncode == 0, checked.stderr
    assert [v["checker"] for v in verdicts_in_log(db, checker="launch-count")] == ["launch-count"]
    assert _verify("plugin", "new", "launch-count", "--dir", str(tmp_path)).returncode == 2  # already exists


def test_the_example_package_installs_and_passes_its_tests_as_a_third_party(tmp_path):
    env = _install(EXAMPLE, tmp_path / "site")
    listed = {p["name"] for p in json.loads(_verify("plugins", "--json", env=env).stdout)}
    assert "percentages" in listed
    tests = _pytest(EXAMPLE, env=env)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "skipped" not in tests.stdout


def test_a_failing_extractor_costs_only_its_own_claims(run):
    class Broken:
        name = "broken"
        kinds = {"broken"}

        def extract(self, sentence):
            raise ValueError("cannot parse")

    class Plugin:
        @verify.hookimpl
        def register_extractors(self, register):
            register(Broken())

    with pytest.warns(UserWarning, match="extractor 'broken' failed"):
        result = run("check", SEED, "--format", "json", plugins=[(Plugin(), "broken")])
    assert result.exit_code == 0
    assert {c["kind"] for c in json.loads(result.stdout)["claims"]} >= {"role", "quote", "quantity"}
