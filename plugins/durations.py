"""Built-in checker: "more than 18 months since <event>" (or since a date).

Finds the anchor event in every ``events`` dataset, then compares the
calendar time from its start to the article's publication date with the
claimed amount, exactly.
"""

from __future__ import annotations

import datetime as dt

import verify
from verify.eventmatch import match_events
from verify.timeexpr import Amount, elapsed


class DurationSince:
    name = "duration-since-event"
    kinds = {"duration"}

    def check(self, claim, context):
        slots = claim.slots
        if context.published is None:
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO,
                0.0,
                "The article's publication date is unknown, so the elapsed time cannot be computed (pass --published).",
            )
        matches = [
            match
            for dataset in context.datasets.by_kind("events")
            for match in match_events(dataset, slots["since"], slots.get("participants") or [])
            if match.strong(slots.get("participants") or []) and match.start
        ]
        if not matches and slots.get("since_start"):
            return _since_date(slots, context.published, context.article)
        if not matches:
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO, 0.2, f"No dated event in the reference data matches “{slots['since']}”."
            )
        best = max(matches, key=lambda m: (m.coverage, len(m.matched_stems)))
        amount = _claimed(slots)
        actual = elapsed(best.start, context.published, amount.unit)
        evidence = [
            verify.Evidence(
                dataset=best.dataset.name,
                dataset_version=best.dataset.version,
                record=best.dataset.key(best.row),
                matched=best.row.get("name") or best.label,
                score=best.score,
                source=best.dataset.row_source(best.row),
            )
        ]
        measured = (
            f"“{best.row.get('name')}” started on {best.start.isoformat()}, {actual:.1f} {amount.unit}s "
            f"before {context.published.isoformat()}"
        )
        if actual < 0:
            return verify.Verdict(
                verify.REFUTED,
                0.85,
                f"“{best.row.get('name')}” started on {best.start.isoformat()}, "
                f"after the article's date {context.published.isoformat()}.",
                evidence,
            )
        if amount.holds_for(actual):
            return verify.Verdict(verify.SUPPORTED, 0.9, f"{measured}; the claim says {amount.describe()}.", evidence)
        return verify.Verdict(verify.REFUTED, 0.9, f"{measured}, not {amount.describe()}.", evidence)


def _since_date(slots, published: dt.date, article: verify.Article) -> verify.Verdict:
    """Time since a date ("since February 2022"): calendar arithmetic for every day the date may
    mean, against the article's publication date, which is the evidence cited."""
    first, last = dt.date.fromisoformat(slots["since_start"]), dt.date.fromisoformat(slots["since_end"])
    evidence = [
        verify.Evidence(
            dataset="article",
            record="published",
            matched=f"published {published.isoformat()}",
            source=article.source,
        )
    ]
    amount = _claimed(slots)
    since = slots.get("since_date") or slots["since"]
    if first > published:
        return verify.Verdict(
            verify.REFUTED,
            0.85,
            f"“{since}” ({first.isoformat()}) is after the article's date {published.isoformat()}.",
            evidence,
        )
    if first == dt.date.min:  # "since more than a year ago": no first day to count from
        return verify.Verdict(verify.NOT_ENOUGH_INFO, 0.2, f"“{since}” has no first day to count from.", evidence)
    days = [first + dt.timedelta(days=n) for n in range((min(last, published) - first).days + 1)]
    holds = [amount.holds_for(elapsed(day, published, amount.unit)) for day in days]
    shortest, longest = elapsed(days[-1], published, amount.unit), elapsed(first, published, amount.unit)
    span = f"{longest:.1f} {amount.unit}s" if first == days[-1] else f"{shortest:.1f} to {longest:.1f} {amount.unit}s"
    measured = f"From “{since}” to the article's date {published.isoformat()} is {span}"
    if all(holds):
        return verify.Verdict(verify.SUPPORTED, 0.9, f"{measured}; the claim says {amount.describe()}.", evidence)
    if not any(holds):
        return verify.Verdict(verify.REFUTED, 0.9, f"{measured}, not {amount.describe()}.", evidence)
    return verify.Verdict(
        verify.NOT_ENOUGH_INFO,
        0.3,
        f"{measured}; {amount.describe()} holds for some days of “{since}” and not for others.",
        evidence,
    )


def _claimed(slots) -> Amount:
    high = float(slots["high"]) if slots.get("high") is not None else None
    return Amount(slots["op"], float(slots["value"]), slots["unit"], high)


@verify.hookimpl
def register_checkers(register):
    register(DurationSince())
