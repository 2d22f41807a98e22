"""Render: runs and log rows as terminal tables or JSON."""

from __future__ import annotations

import json
import shutil
import textwrap
from typing import Any

import click

from verify.models import CheckedClaim

LABEL_COLOURS = {"SUPPORTED": "green", "REFUTED": "red", "NOT_ENOUGH_INFO": "yellow", "ERROR": "magenta"}
SHORT_LABELS = {"NOT_ENOUGH_INFO": "NOT ENOUGH INFO"}


def to_json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, default=str)


def label_text(label: str, colour: bool = True) -> str:
    text = SHORT_LABELS.get(label, label)
    return click.style(text, fg=LABEL_COLOURS.get(label), bold=True) if colour else text


def _width() -> int:
    return max(80, min(shutil.get_terminal_size((120, 24)).columns, 160))


def table(headers: list[str], rows: list[list[str]], wrap: dict[int, int] | None = None) -> str:
    """A plain-text table; columns listed in ``wrap`` are wrapped to that width."""
    wrap = wrap or {}
    wrapped_rows = []
    for row in rows:
        cells = [textwrap.wrap(str(cell), wrap[i]) or [""] if i in wrap else [str(cell)] for i, cell in enumerate(row)]
        wrapped_rows.append(cells)
    widths = [len(h) for h in headers]
    for cells in wrapped_rows:
        for i, lines in enumerate(cells):
            widths[i] = max(widths[i], *(len(click.unstyle(line)) for line in lines))
    out = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    for cells in wrapped_rows:
        height = max(len(lines) for lines in cells)
        for line_no in range(height):
            parts = []
            for i, lines in enumerate(cells):
                text = lines[line_no] if line_no < len(lines) else ""
                parts.append(text + " " * (widths[i] - len(click.unstyle(text))))
            out.append("  ".join(parts).rstrip())
    return "\n".join(out)


def claims_table(claims: list[CheckedClaim], colour: bool = True) -> str:
    claim_width = max(30, _width() - 95)
    rows = []
    for number, checked in enumerate(claims, start=1):
        final = checked.final
        evidence = ", ".join(sorted({e.record for e in final.evidence})) or "-"
        rows.append(
            [
                str(number),
                checked.claim.kind,
                f"{checked.claim.checkworthiness:.2f}",
                label_text(final.label, colour) if checked.checked else label_text("NOT_ENOUGH_INFO", colour) + "*",
                f"{final.confidence:.2f}",
                checked.claim.text,
                final.checker or "-",
                evidence,
            ]
        )
    return table(
        ["#", "kind", "worth", "verdict", "conf", "claim", "checker", "evidence"],
        rows,
        wrap={5: claim_width, 7: 30},
    )


def summary_line(claims: list[CheckedClaim]) -> str:
    counts: dict[str, int] = {}
    unchecked = 0
    for checked in claims:
        if not checked.checked:
            unchecked += 1
            continue
        counts[checked.final.label] = counts.get(checked.final.label, 0) + 1
    parts = [f"{n} {SHORT_LABELS.get(label, label).lower()}" for label, n in sorted(counts.items())]
    if unchecked:
        parts.append(f"{unchecked} below the check-worthiness threshold (*)")
    return f"{len(claims)} claims: " + (", ".join(parts) if parts else "none checked")


def explanations(claims: list[CheckedClaim]) -> str:
    lines = []
    for number, checked in enumerate(claims, start=1):
        if checked.checked:
            lines.append(f"{number}. {checked.final.explanation}")
    return "\n".join(lines)
