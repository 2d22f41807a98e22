"""Aggregate: many checkers' verdicts become one final verdict per claim.

Rules, in order:

1. No verdicts at all: ``NOT_ENOUGH_INFO`` ("no checker had an opinion").
2. Only ``ERROR`` verdicts: ``ERROR``.
3. SUPPORTED and REFUTED both present: the more confident wins; a tie is
   ``NOT_ENOUGH_INFO`` with both named (we never guess between evidence).
4. Otherwise the most confident decisive verdict (SUPPORTED or REFUTED),
   else the most confident ``NOT_ENOUGH_INFO``.
"""

from __future__ import annotations

from collections.abc import Iterable

from verify.models import ERROR, NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Verdict


def final_verdict(verdicts: list[Verdict]) -> Verdict:
    if not verdicts:
        return Verdict(
            label=NOT_ENOUGH_INFO,
            confidence=0.0,
            explanation="No checker had an opinion on this claim.",
            checker="aggregate",
            plugin="verify",
        )
    usable = [v for v in verdicts if v.label != ERROR]
    if not usable:
        return _copy(max(verdicts, key=lambda v: v.confidence))
    supported = [v for v in usable if v.label == SUPPORTED]
    refuted = [v for v in usable if v.label == REFUTED]
    if supported and refuted:
        best_for = max(supported, key=lambda v: v.confidence)
        best_against = max(refuted, key=lambda v: v.confidence)
        if best_for.confidence == best_against.confidence:
            return Verdict(
                label=NOT_ENOUGH_INFO,
                confidence=0.0,
                explanation=(
                    f"Checkers disagree with equal confidence: {best_for.checker} supports it, "
                    f"{best_against.checker} refutes it."
                ),
                evidence=[*best_for.evidence, *best_against.evidence],
                checker="aggregate",
                plugin="verify",
            )
        return _copy(max(best_for, best_against, key=lambda v: v.confidence))
    decisive = supported or refuted
    if decisive:
        return _copy(max(decisive, key=lambda v: v.confidence))
    return _copy(max(usable, key=lambda v: v.confidence))


def _copy(verdict: Verdict) -> Verdict:
    return Verdict(
        label=verdict.label,
        confidence=verdict.confidence,
        explanation=verdict.explanation,
        evidence=list(verdict.evidence),
        checker=verdict.checker,
        plugin=verdict.plugin,
        duration_ms=verdict.duration_ms,
    )


def either_reading(verdict: Verdict, other: Verdict, doubt: str) -> Verdict:
    """One checker's verdict on a claim that may be read two ways (an act of the article's day or of
    a day an earlier sentence told): ``verdict`` when both readings agree, else ``NOT_ENOUGH_INFO``
    with ``doubt`` and the evidence of both."""
    if verdict.label == other.label:
        return verdict
    return Verdict(NOT_ENOUGH_INFO, 0.3, doubt, [*verdict.evidence, *other.evidence])


def first_decisive(verdicts: Iterable[Verdict | None]) -> Verdict | None:
    """One checker's verdict from the datasets it consulted in turn (``None`` where a dataset had no
    opinion): the first that decides (SUPPORTED or REFUTED), else the first one given. A dataset that
    does not know the person or the day must not hide another's record of them."""
    undecided = None
    for verdict in verdicts:
        if verdict is None:
            continue
        if verdict.label in (SUPPORTED, REFUTED):
            return verdict
        undecided = undecided or verdict
    return undecided
