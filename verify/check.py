"""Check: each claim goes to every checker registered for its kind.

A checker that raises, or returns something that is not a ``Verdict``,
gets an ``ERROR`` verdict for that claim only; the run goes on. Each
checker's time per claim is kept on its verdict.
"""

from __future__ import annotations

import time

from verify.context import CheckContext
from verify.hedges import FORETOLD, QUESTION, RETRACTED
from verify.models import ERROR, NOT_ENOUGH_INFO, Claim, InvalidVerdict, Verdict
from verify.plugins import RegisteredChecker


def run_checkers(claim: Claim, checkers: list[RegisteredChecker], context: CheckContext) -> list[Verdict]:
    verdicts = []
    for registered in checkers:
        started = time.perf_counter()
        try:
            verdict = registered.checker.check(claim, context)
            if verdict is not None:
                if not isinstance(verdict, Verdict):
                    raise InvalidVerdict(f"returned {type(verdict).__name__}, expected verify.Verdict or None")
                verdict.validate()
        except Exception as error:  # any plugin failure is contained to this claim
            verdict = Verdict(
                label=ERROR,
                confidence=0.0,
                explanation=f"{type(error).__name__}: {error}",
            )
        if verdict is None:
            continue
        verdict.checker = registered.name
        verdict.plugin = registered.plugin
        verdict.duration_ms = round((time.perf_counter() - started) * 1000, 3)
        verdicts.append(verdict)
    return verdicts


def unchecked_verdict(claim: Claim, threshold: float) -> Verdict:
    return Verdict(
        label=NOT_ENOUGH_INFO,
        confidence=0.0,
        explanation=_unchecked_reason(claim, threshold),
        checker="core",
        plugin="verify",
    )


def _unchecked_reason(claim: Claim, threshold: float) -> str:
    score = f"{claim.checkworthiness:.2f}"
    if float(score) >= threshold:  # 0.4996 is below 0.50, though it rounds to it
        score = f"{claim.checkworthiness:.4f}"
    reason = f"Not checked: check-worthiness {score} is below the threshold {threshold:.2f}"
    hedge = claim.slots.get("hedge")
    reading = claim.slots.get("hedge_reading")
    if hedge and reading == FORETOLD:
        return f"{reason}; the sentence tells what is yet to happen (“{hedge}”), not a fact to check."
    if hedge and reading == QUESTION:
        return f"{reason}; the sentence asks a question, and asserts nothing."
    if hedge and reading == RETRACTED:
        return f"{reason}; the sentence tells what a correction withdrew (“{hedge}”), not a claim."
    if hedge:
        return f"{reason}; the sentence hedges (“{hedge}”), so it reads as an impression or a guess, not a claim."
    return f"{reason}."
