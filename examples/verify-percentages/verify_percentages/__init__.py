"""verify-percentages: percentages in news, checked against official statistics.

This is the finished example of the tutorial in verify's docs/plugins.md. It
uses three hooks:

- ``register_extractors``: finds ``percentage`` claims ("inflation hit 9.1%
  in June 2022") with the value, the comparison and the period.
- ``register_datasets``: ships ``statistics.csv`` (kind ``statistics``).
- ``register_checkers``: compares a percentage claim with the statistic of
  the same indicator, area and month.
"""

from __future__ import annotations

import re
from pathlib import Path

import verify
from verify.datasets import load_dataset
from verify.matching import contains_phrase
from verify.timeexpr import COMPARATORS

HERE = Path(__file__).parent
PERCENT = re.compile(
    r"(?:(?P<op>" + "|".join(re.escape(word) for word, _ in COMPARATORS) + r")\s+)?"
    r"(?P<value>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b)",
    re.IGNORECASE,
)
OPERATORS = dict(COMPARATORS)


class PercentageExtractor:
    name = "percentage"
    kinds = {"percentage"}
    prior = 0.5  # a precise figure is worth checking

    def extract(self, sentence):
        month = next((d for d in sentence.dates if d.granularity in ("month", "day")), None)
        for match in PERCENT.finditer(sentence.text):
            op = OPERATORS.get((match.group("op") or "").lower(), "=")
            slots = {
                "value": float(match.group("value")),
                "op": op,
                "period": month.start.strftime("%Y-%m") if month else None,
                "period_expression": month.expression if month else None,
            }
            yield sentence.claim("percentage", match.start(), match.end(), slots)


def _matches(dataset, row, column, text):
    return any(contains_phrase(text, name) for name in dataset.names(row, column))


class StatisticChecker:
    name = "official-statistic"
    kinds = {"percentage"}

    def check(self, claim, context):
        period = claim.slots.get("period")
        if not period:
            return verify.Verdict("NOT_ENOUGH_INFO", 0.1, "The claim names no month to look the statistic up for.")
        for dataset in context.datasets.by_kind("statistics"):
            rows = [
                row
                for row in dataset.rows
                if row["period"] == period
                and _matches(dataset, row, "indicator", claim.sentence)
                and _matches(dataset, row, "area", claim.sentence)
            ]
            if not rows:
                continue
            row = rows[0]
            recorded = float(row["value"])
            evidence = [
                verify.Evidence(
                    dataset=dataset.name,
                    dataset_version=dataset.version,
                    record=dataset.key(row),
                    matched=f"{row['indicator']}, {row['area']}, {row['period']}: {recorded:g}%",
                    score=100.0,
                    source=dataset.row_source(row),
                )
            ]
            stated = claim.slots["value"]
            holds = {
                "=": abs(recorded - stated) < 0.05,
                ">": recorded > stated,
                ">=": recorded >= stated,
                "<": recorded < stated,
                "<=": recorded <= stated,
                "~": abs(recorded - stated) <= 0.5,
                "~<": stated - 0.5 <= recorded <= stated,
            }.get(claim.slots["op"], False)
            label = "SUPPORTED" if holds else "REFUTED"
            return verify.Verdict(
                label,
                0.9,
                f"{row['indicator'].capitalize()} in {row['area']} was {recorded:g}% in {row['period']}.",
                evidence,
            )
        return verify.Verdict("NOT_ENOUGH_INFO", 0.2, f"No official statistic for {period} matches this sentence.")


@verify.hookimpl
def register_extractors(register):
    register(PercentageExtractor())


@verify.hookimpl
def register_checkers(register):
    register(StatisticChecker())


@verify.hookimpl
def register_datasets(register):
    register(load_dataset(HERE / "statistics.csv"))
