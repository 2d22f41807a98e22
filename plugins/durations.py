"""Built-in checker: "more than 18 months since <event>".

Finds the anchor event in every ``events`` dataset, then compares the
calendar time from its start to the article's publication date with the
claimed amount, exactly.
"""

from __future__ import annotations

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
        if not matches:
            return verify.Verdict(
                verify.NOT_ENOUGH_INFO, 0.2, f"No dated event in the reference data matches “{slots['since']}”."
            )
        best = max(matches, key=lambda m: (m.coverage, len(m.matched_stems)))
        amount = Amount(slots["op"], float(slots["value"]), slots["unit"])
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


@verify.hookimpl
def register_checkers(register):
    register(DurationSince())
