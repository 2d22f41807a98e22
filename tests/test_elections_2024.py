"""Elections and votes of 2022-24 in Pakistan, Bangladesh, South Africa, Mexico and Senegal, with a
dataset of their own: outcomes told of a party or of its leader, votes survived or lost, majorities
kept or lost, as outside users told them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "elections_2024"
PUBLISHED = "2024-10-14"


@pytest.fixture
def check_elections(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


_verdict = verdict_of


@pytest.mark.parametrize("result", ["lost", "won"])
def test_a_leader_told_winning_or_losing_what_the_record_gives_her_party(check_elections, result):
    # the record says "Awami League won": whether Hasina's side won, it does not tell
    label, explanation = _verdict(
        check_elections(f"Sheikh Hasina {result} the election on January 7."), "temporal", "Hasina"
    )
    assert label == "NOT_ENOUGH_INFO" and "a party and a person" in explanation, explanation


def test_the_party_the_record_has_win_told_losing(check_elections):
    document = check_elections("The Awami League lost the election on January 7.")
    assert _verdict(document, "temporal", "Awami League lost")[0] == "REFUTED"


def test_a_party_the_record_names_only_as_boycotting_is_no_winner_it_records(check_elections):
    # "won by the Awami League and boycotted by the BNP": the BNP is named, but not as the winner
    document = check_elections("The BNP won the January 7 election, which the Awami League boycotted.")
    label, explanation = _verdict(document, "temporal", "BNP won")
    assert label == "NOT_ENOUGH_INFO" and "does not name as the winner" in explanation, explanation


def test_a_vote_survived_is_refuted_by_the_motion_passed(check_elections):
    document = check_elections("Imran Khan survived a no-confidence vote on April 10, 2022.")
    label, explanation = _verdict(document, "temporal", "survived")
    assert label == "REFUTED" and "survived" in explanation, explanation


@pytest.mark.parametrize(("kept", "label"), [("kept", "REFUTED"), ("lost", "SUPPORTED")])
def test_a_majority_kept_against_a_majority_lost(check_elections, kept, label):
    document = check_elections(
        f"The African National Congress {kept} its parliamentary majority in South Africa's general election on May 29."
    )
    assert _verdict(document, "temporal", "majority")[0] == label
