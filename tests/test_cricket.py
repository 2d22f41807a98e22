"""Cricket results of 2023-24, with a dataset of their own: margins of victory in runs and
wickets, which are no counts of runs scored, told in the active and the passive."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "cricket"
PUBLISHED = "2024-08-20"


@pytest.fixture
def check_cricket(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


_verdict = verdict_of


@pytest.mark.parametrize(
    ("told", "label"),
    [
        ("India beat South Africa by seven runs", "SUPPORTED"),
        ("South Africa were beaten by seven runs by India", "SUPPORTED"),
        ("India beat South Africa by seven wickets", "REFUTED"),
        ("India beat South Africa by nine runs", "REFUTED"),
    ],
)
def test_a_margin_is_checked_against_the_result_not_counted_as_runs_scored(check_cricket, told, label):
    document = check_cricket(f"{told} in the T20 World Cup final in Barbados on June 29.")
    # the day's records count India's 176 runs; "seven runs" is how far they won by
    assert not [c for c in document["claims"] if c["kind"] == "quantity"]
    assert _verdict(document, "temporal", told)[0] == label


def test_a_side_beaten_in_the_passive_is_the_recorded_loser(check_cricket):
    document = check_cricket("On November 19, 2023, India were beaten by Australia by six wickets in Ahmedabad.")
    assert _verdict(document, "temporal", "India were beaten")[0] == "SUPPORTED"
