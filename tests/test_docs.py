"""Docs that cannot drift: the hook reference is the hookspecs' docstrings."""

from __future__ import annotations

from pathlib import Path

from verify import hookdocs

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_hook_is_documented_from_its_spec():
    text = (DOCS / "plugins.md").read_text(encoding="utf-8")
    assert hookdocs.render() in text, "run: python -m verify.hookdocs docs/plugins.md"
    for name in hookdocs.hook_names():
        assert f"### `{name}(" in text


def test_readme_opens_with_the_two_commands():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    head = readme.split("## ")[0]
    assert "make run" in head and "make test" in head
