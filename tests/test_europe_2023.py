"""The Dutch general election of November 2023 and the Polish confidence vote of December 2023, with
a dataset of their own: who won, who lost and how many seats, as outside users told them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with, domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "europe_2023"
PUBLISHED = "2024-10-03"


@pytest.fixture
def check_europe(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


_verdict = verdict_of


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Dutch general election on November 22, 2023, was won by Geert Wilders's PVV.", "SUPPORTED"),
        ("Geert Wilders won the Dutch general election on November 22, 2023.", "SUPPORTED"),
        # the record's name says whose party won: the leader of the winning side did not lose
        ("Geert Wilders lost the Dutch general election on November 22, 2023.", "REFUTED"),
        ("Geert Wilders's PVV lost the Dutch general election on November 22, 2023.", "REFUTED"),
    ],
)
def test_the_winning_sides_leader_won_with_it(check_europe, sentence, label):
    assert _verdict(check_europe(sentence), "temporal", "election")[0] == label


@pytest.mark.parametrize(
    "sentence",
    [
        "Frans Timmermans won the Dutch general election on November 22, 2023.",
        "GL-PvdA won the Dutch general election on November 22, 2023.",
        "The Dutch general election on November 22, 2023, was won by Frans Timmermans's GL-PvdA.",
    ],
)
def test_a_winner_the_record_does_not_name_is_not_supported(check_europe, sentence):
    # the record says the PVV won; whether the one named is of its side the data do not tell
    label, explanation = _verdict(check_europe(sentence), "temporal", "election")
    assert label == "NOT_ENOUGH_INFO" and "does not name" in explanation, explanation


@pytest.mark.parametrize(("verb", "label"), [("lost", "SUPPORTED"), ("won", "REFUTED")])
def test_winning_a_vote_the_record_has_lost_is_refuted(check_europe, verb, label):
    # "a confidence vote" is an act, not a count of one vote among the 190 recorded
    document = check_europe(f"Mateusz Morawiecki {verb} a confidence vote in the Sejm on December 11, 2023.")
    assert [claim["kind"] for claim in document["claims"]] == ["temporal"]
    assert document["claims"][0]["verdict"]["label"] == label, document["claims"][0]["verdict"]


@pytest.mark.parametrize(("seats", "label"), [("37", "SUPPORTED"), ("27", "REFUTED")])
def test_a_count_of_part_of_a_whole_is_counted(check_europe, seats, label):
    # "27 of the 150 seats" are the party's, not its leader's, nor those of the "People's Party for
    # Freedom and Democracy" besides "Party for Freedom"
    document = check_europe(
        f"Geert Wilders's Party for Freedom took {seats} of the 150 seats when the Dutch voted on 22 November 2023."
    )
    claim = claim_with(document, "quantity", f"{seats} of the 150 seats")
    assert (claim["slots"]["actor"], claim["slots"]["item"]) == ("Party for Freedom", "seat")
    assert claim["verdict"]["label"] == label, claim["verdict"]
    assert "37 seats" in claim["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("June 26, 2024", "SUPPORTED"), ("June 20, 2024", "REFUTED")])
def test_a_choice_told_is_the_record_of_the_choice(check_europe, day, label):
    # "chose Rutte" is his appointment of June 26, not the handover of October 1 that the words
    # "NATO" and "Rutte" match as well
    document = check_europe(f"NATO allies chose Rutte on {day}.")
    assert _verdict(document, "temporal", "chose Rutte")[0] == label
