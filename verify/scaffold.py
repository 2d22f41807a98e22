"""``verify plugin new NAME``: a pip-installable checker plugin, tests included.

The generated package follows the layout of ``examples/verify-percentages``:
a pyproject with the ``verify`` entry point, one module with a checker that
compares quantity claims with a CSV reference table it ships, a README and
tests that use ``verify.testing``.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from verify.errors import UserError

PYPROJECT = """[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "verify-{slug}"
version = "0.1.0"
description = "A verify plugin: {title}"
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["verify"]

[project.optional-dependencies]
test = ["pytest"]

[project.entry-points.verify]
{slug} = "{module}"

[tool.setuptools]
packages = ["{module}"]

[tool.setuptools.package-data]
{module} = ["*.csv"]
"""

MODULE = '''"""{title}: a verify checker plugin.

It checks ``quantity`` claims ("launched two ballistic missiles on 13
September 2023") against ``reference.csv`` beside this file: one row per
dated count, with the columns ``key``, ``date`` (YYYY-MM-DD), ``item`` (the
counted thing, singular: "ballistic missile"), ``count`` and ``source``
(where the fact comes from). Add your rows; every row needs a source.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import verify

REFERENCE = Path(__file__).with_name("reference.csv")


def load_reference(path: Path = REFERENCE) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["date"] = dt.date.fromisoformat(row["date"])
        row["count"] = float(row["count"])
    return rows


class {cls}:
    name = "{slug}"
    kinds = {{"quantity"}}

    def __init__(self, reference: Path = REFERENCE) -> None:
        self.reference = reference

    def check(self, claim, context):
        item, date = claim.slots.get("item"), claim.slots.get("date")
        if not item or not date:
            return None  # no opinion: nothing to look up
        day = dt.date.fromisoformat(date)
        rows = [r for r in load_reference(self.reference) if r["item"] == item and r["date"] == day]
        if not rows:
            return verify.Verdict("NOT_ENOUGH_INFO", 0.2, f"No {{item}} count is recorded for {{date}}.")
        row = rows[0]
        evidence = [verify.Evidence(dataset=self.reference.stem, record=row["key"],
                                    matched=f"{{row['count']:g}} {{item}}", score=100.0, source=row["source"])]
        if row["count"] == claim.slots["value"]:
            return verify.Verdict("SUPPORTED", 0.9, f"{{row['count']:g}} recorded on {{date}}.", evidence)
        return verify.Verdict(
            "REFUTED", 0.9, f"{{row['count']:g}} recorded on {{date}}, not {{claim.slots['value']:g}}.", evidence
        )


@verify.hookimpl
def register_checkers(register):
    register({cls}())
'''

TESTS = '''"""Tests of the {slug} plugin, written with verify.testing."""

from __future__ import annotations

from importlib import metadata

import pytest

from verify.testing import make_claim, plugin_manager, run_checker, verdicts_in_log

import {module}

SENTENCE = "On 13 September 2023 the navy launched two ballistic missiles."


@pytest.fixture
def reference(tmp_path):
    path = tmp_path / "reference.csv"
    path.write_text(
        "key,date,item,count,source\\n"
        "row-1,2023-09-13,ballistic missile,2,https://example.org/your-source\\n",
        encoding="utf-8",
    )
    return path


def test_a_matching_count_is_supported(reference):
    claim = make_claim(SENTENCE, kind="quantity")
    verdict = run_checker({module}.{cls}(reference), claim)
    assert verdict.label == "SUPPORTED"
    assert verdict.evidence[0].record == "row-1"


def test_a_different_count_is_refuted(reference):
    claim = make_claim(SENTENCE.replace("two", "three"), kind="quantity")
    assert run_checker({module}.{cls}(reference), claim).label == "REFUTED"


def test_an_unrecorded_day_is_not_enough_info(reference):
    claim = make_claim(SENTENCE.replace("13 September", "14 September"), kind="quantity")
    assert run_checker({module}.{cls}(reference), claim).label == "NOT_ENOUGH_INFO"


def test_the_checker_runs_in_verify_check_and_is_logged(verify_cli, verify_db, tmp_path, reference, monkeypatch):
    monkeypatch.setattr({module}, "REFERENCE", reference)
    monkeypatch.setattr({module}.{cls}.__init__, "__defaults__", (reference,))
    article = tmp_path / "article.txt"
    article.write_text(SENTENCE + "\\n", encoding="utf-8")
    result = verify_cli("check", article, "--published", "2023-09-14", plugins=[({module}, "{slug}-inline")])
    assert result.exit_code == 0, result.output
    assert [v["label"] for v in verdicts_in_log(verify_db, checker="{slug}")] == ["SUPPORTED"]


def test_the_plugin_is_registered_through_its_entry_point():
    try:
        metadata.distribution("verify-{slug}")
    except metadata.PackageNotFoundError:
        pytest.skip("verify-{slug} is not installed; run: pip install -e .")
    pm = plugin_manager()
    assert pm.has_plugin("{slug}")
    assert pm.get_plugin("{slug}") is {module}
'''

README = """# verify-{slug}

{title}: a [verify](https://pypi.org/project/verify/) checker plugin.

It checks `quantity` claims against `{module}/reference.csv` (columns `key`,
`date`, `item`, `count`, `source`). Add your rows; every row needs a source.

```sh
pip install -e '.[test]'
verify plugins            # lists {slug} and its checker
verify check article.txt  # the checker's verdicts are in the log
pytest                    # the plugin's tests
```
"""


def package_names(name: str) -> tuple[str, str, str]:
    """(slug, module, class name) for a plugin name such as "launch-count"."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        raise UserError(f"plugin name {name!r} must start with a letter (e.g. launch-count)")
    module = "verify_" + slug.replace("-", "_")
    cls = "".join(part.capitalize() for part in slug.split("-")) + "Checker"
    if keyword.iskeyword(module):
        raise UserError(f"plugin name {name!r} is not usable as a Python module name")
    return slug, module, cls


def new_plugin(name: str, directory: Path) -> Path:
    """Write the plugin package into ``directory/verify-SLUG``; return that folder."""
    slug, module, cls = package_names(name)
    root = directory / f"verify-{slug}"
    if root.exists():
        raise UserError(f"{root}: already exists; choose another name or folder")
    title = slug.replace("-", " ").capitalize()
    values = {"slug": slug, "module": module, "cls": cls, "title": title}
    files = {
        "pyproject.toml": PYPROJECT,
        "README.md": README,
        f"{module}/__init__.py": MODULE,
        f"{module}/reference.csv": "key,date,item,count,source\n",
        "tests/test_plugin.py": TESTS,
    }
    for relative, template in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(**values), encoding="utf-8")
    return root
