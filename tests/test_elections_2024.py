"""Elections and votes of 2022-24 in Pakistan, Bangladesh, South Africa, Mexico and Senegal, with a
dataset of their own: outcomes told of a party or of its leader, votes survived or lost, majorities
kept or lost, as outside users told them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with, domain_check, verdict_of

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


@pytest.mark.parametrize(("count", "label"), [("283", "SUPPORTED"), ("238", "REFUTED")])
def test_the_votes_a_president_was_re_elected_with_are_his(check_elections, count, label):
    # "re-elected" kept one word must read as "re-elect", a vote that chooses someone
    document = check_elections(
        f"On June 14, the National Assembly re-elected Cyril Ramaphosa as president with {count} votes."
    )
    claim = claim_with(document, "quantity", f"{count} votes")
    assert (claim["slots"]["actor"], claim["verdict"]["label"]) == ("Cyril Ramaphosa", label)


@pytest.mark.parametrize(("seats", "label"), [("58", "SUPPORTED"), ("68", "REFUTED")])
def test_a_party_named_with_its_leader_s_name_is_the_party(check_elections, seats, label):
    document = check_elections(
        f"In the May 29 election, former President Jacob Zuma's uMkhonto weSizwe party won {seats} seats."
    )
    claim = claim_with(document, "quantity", f"won {seats} seats")
    assert (claim["slots"]["actor"], claim["verdict"]["label"]) == ("uMkhonto weSizwe party", label)


def test_a_title_that_ends_a_clause_before_a_name_is_not_that_name_s(check_elections):
    document = check_elections(
        "Less than a week after Shehbaz Sharif was elected prime minister, Asif Ali Zardari was elected president."
    )
    assert not [
        c
        for c in document["claims"]
        if c["kind"] == "role" and "Zardari" in c["slots"]["person"] and c["slots"].get("title") == "prime minister"
    ]
    # the span counts from the latest of two records alike, Sharif's election of March 2024
    label, explanation = _verdict(document, "duration", "Less than a week after")
    assert label == "SUPPORTED" and "2024-03-03" in explanation, explanation


@pytest.mark.parametrize(
    ("span", "label"), [("More than a month later", "REFUTED"), ("Less than a week later", "SUPPORTED")]
)
def test_a_rough_count_of_time_from_the_last_day_told(check_elections, span, label):
    document = check_elections(
        "Shehbaz Sharif was elected prime minister by the National Assembly on March 3. "
        f"{span}, Asif Ali Zardari was elected president."
    )
    claim = claim_with(document, "temporal", span)
    assert claim["slots"]["granularity"] == "span" and claim["verdict"]["label"] == label, claim


def test_a_day_ahead_told_in_the_simple_present_is_a_plan(check_elections):
    # November 17 in an article of 14 October: this year's, weeks ahead, not last year's
    document = check_elections("Senegal holds a snap legislative election on November 17.")
    claim = claim_with(document, "temporal", "Senegal holds")
    assert claim["slots"]["start"] == "2024-11-17" and claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim


def test_the_same_day_as_an_office_is_the_day_before_with_a_role(check_elections):
    # "as Mexico's first female president" gives the role she was sworn in as, not a thing whose day it is
    document = check_elections(
        "Claudia Sheinbaum was elected Mexico's president on June 2, 2024. "
        "Andrés Manuel López Obrador handed over power on October 1, 2024. "
        "Claudia Sheinbaum was sworn in the same day as Mexico's first female president."
    )
    claim = claim_with(document, "temporal", "Sheinbaum was sworn in")
    assert claim["slots"]["start"] == "2024-10-01"
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]
