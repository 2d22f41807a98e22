from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import verify
from verify.cli import cli
from verify.datasets import load_directory

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a49a3aed5de85223.txt"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "verdicts.db"


@pytest.fixture
def run(db_path: Path):
    """Run the CLI as a user would; ``plugins`` are registered inline."""

    def invoke(*args: str, plugins=(), input: str | bytes | None = None, env=None):
        runner = CliRunner()
        return runner.invoke(
            cli,
            [str(a) for a in args],
            obj={"plugins": list(plugins)},
            input=input,
            env={"VERIFY_DB": str(db_path), **(env or {})},
            catch_exceptions=False,
        )

    return invoke


@pytest.fixture
def check_json(run, tmp_path: Path):
    """``verify check --format json`` on a text; returns the parsed document."""

    def check(text: str, *extra: str, name: str = "article.txt", meta: str | None = None, plugins=()):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        if meta is not None:
            path.with_name(path.stem + ".meta.toml").write_text(meta, encoding="utf-8")
        result = run("check", path, "--format", "json", *extra, plugins=plugins)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    return check


SEED_META = 'title = "Seed copy"\npublished = 2023-09-13\n'


def claim_with(document: dict, kind: str, fragment: str) -> dict:
    """The one claim of ``kind`` whose text contains ``fragment``."""
    found = [c for c in document["claims"] if c["kind"] == kind and fragment in c["text"]]
    assert len(found) == 1, [(c["kind"], c["text"]) for c in document["claims"]]
    return found[0]


@pytest.fixture
def check_against(check_json, monkeypatch):
    """``check_json`` against one directory of datasets instead of the seeds: a test's own domain,
    registered inline as a third-party plugin would be."""
    monkeypatch.setenv("VERIFY_DISABLE_PLUGINS", "seed-datasets")

    def check(directory: Path, text: str, published: str) -> dict:
        return check_json(text, "--published", published, plugins=[(DirectoryDatasets(directory), directory.name)])

    return check


def domain_check(check_against, directory: Path, published: str):
    """``check_against`` one directory of datasets, on a one-paragraph article of ``text``."""

    def check(text: str) -> dict:
        return check_against(directory, f"News\n\n{text}\n", published)

    return check


def verdict_of(document: dict, kind: str, fragment: str) -> tuple[str, str]:
    """The label and explanation of the one claim of ``kind`` whose text contains ``fragment``."""
    verdict = claim_with(document, kind, fragment)["verdict"]
    return verdict["label"], verdict["explanation"]


class DirectoryDatasets:
    """A plugin registered inline that provides the datasets of one directory: a test's own domain,
    with the seed datasets disabled (``VERIFY_DISABLE_PLUGINS=seed-datasets``), or a copy of the
    seeds a test edits."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @verify.hookimpl
    def register_datasets(self, register):
        for dataset in load_directory(self.directory):
            register(dataset)
