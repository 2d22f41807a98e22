"""Football in summer 2024, with a dataset of its own: tournaments that last weeks, the finals
within them, and names that carry a year."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "football_2024"
PUBLISHED = "2024-10-17"


@pytest.fixture
def dated(check_against):
    """The verdict of the one dated claim of a sentence."""

    def check(sentence: str) -> dict:
        document = check_against(DATA, f"Football\n\n{sentence}\n", PUBLISHED)
        (claim,) = [c for c in document["claims"] if c["kind"] == "temporal"]
        return claim["verdict"]

    return check


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "Euro 2020" was played in 2021: the year is the tournament's name, not the date
        ("England lost the Euro 2020 final to Italy on penalties at Wembley on July 11, 2021.", "SUPPORTED"),
        ("England lost the Euro 2020 final to Italy on penalties at Wembley on July 12, 2021.", "REFUTED"),
    ],
)
def test_a_year_in_a_name_is_no_date(dated, sentence, label):
    verdict = dated(sentence)
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Euro 2024 ended on July 14.", "SUPPORTED"),
        ("Euro 2024 ended on July 12.", "REFUTED"),
        ("Euro 2024 began on June 14.", "SUPPORTED"),
        ("Euro 2024 kicked off on June 20.", "REFUTED"),
        ("Euro 2024 was held in Germany from June 14 to July 14.", "SUPPORTED"),
        ("Euro 2024 was held in Germany from June 10 to July 14.", "REFUTED"),
        ("Euro 2024 ran from June 14 to July 12.", "REFUTED"),
    ],
)
def test_the_start_or_end_of_a_tournament_is_its_first_or_last_day(dated, sentence, label):
    verdict = dated(sentence)
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the tournament's days hold the 13th; the final, which the sentence tells, was on the 14th
        ("The Copa America final was played on July 13.", "REFUTED"),
        ("The Copa America final was played on July 14.", "SUPPORTED"),
    ],
)
def test_a_final_is_dated_by_its_own_record_not_by_the_tournament(dated, sentence, label):
    verdict = dated(sentence)
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("winner", "label"),
    [("England", "SUPPORTED"), ("the Netherlands", "REFUTED")],
)
def test_a_match_won_by_a_side_is_that_sides_win(dated, winner, label):
    verdict = dated(f"The Euro 2024 semi-final against the Netherlands was won by {winner} on July 10.")
    assert verdict["label"] == label, verdict["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Spain won the Euro 2024 final 2-1 on 14 July 2024
        ("Spain edged England 2-1 in the Euro 2024 final in Berlin on July 14.", "SUPPORTED"),
        ("England edged Spain 2-1 in the Euro 2024 final in Berlin on July 14.", "REFUTED"),
        ("England thrashed Spain in the Euro 2024 final in Berlin on July 14.", "REFUTED"),
        ("Spain were routed by England in the Euro 2024 final in Berlin on July 14.", "REFUTED"),
        ("England were routed by Spain in the Euro 2024 final in Berlin on July 14.", "SUPPORTED"),
    ],
)
def test_a_win_told_by_another_verb_is_read_against_the_winner(dated, sentence, label):
    verdict = dated(sentence)
    assert verdict["label"] == label, verdict["explanation"]
