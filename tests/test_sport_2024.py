"""Summer 2024 in sport, with a dataset of its own: medal tables, set scores and winners named beside
others, as outside users told them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with, domain_check

DATA = Path(__file__).parent / "data" / "sport_2024"
PUBLISHED = "2024-10-14"


@pytest.fixture
def check_sport(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


@pytest.mark.parametrize(("medals", "label"), [("126", "SUPPORTED"), ("166", "REFUTED")])
def test_medals_in_all_are_the_row_of_medals_not_that_and_the_golds(check_sport, medals, label):
    document = check_sport(f"The United States won {medals} medals at the Paris Olympics, which ended on August 11.")
    claim = claim_with(document, "quantity", f"{medals} medals")
    assert claim["verdict"]["label"] == label and "126 medals" in claim["verdict"]["explanation"], claim["verdict"]


@pytest.mark.parametrize(("sets", "label"), [("6-2, 6-2, 7-6", "SUPPORTED"), ("7-5, 6-2, 7-6", "REFUTED")])
def test_a_match_told_set_by_set_is_each_set(check_sport, sets, label):
    document = check_sport(f"On July 14, Carlos Alcaraz beat Novak Djokovic {sets} in the Wimbledon final.")
    assert claim_with(document, "temporal", "Alcaraz")["verdict"]["label"] == label


@pytest.mark.parametrize(
    "sentence",
    [
        # the pronoun of the clause that tells the result is the one the sentence is about
        "Julien Alfred gave Saint Lucia its first Olympic medal when she won the women's 100 metres on August 3.",
        # a coach named after "coached by" is the side's, whose win it is
        "Spain, coached by Luis de la Fuente, became the first country to win four European titles.",
    ],
)
def test_a_side_named_beside_the_winner_did_not_win_instead(check_sport, sentence):
    (claim,) = [c for c in check_sport(sentence)["claims"] if c["kind"] in ("temporal", "event")]
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "England have not won a major tournament since the 1966 World Cup, when they beat West Germany.",
            "NOT_ENOUGH_INFO",
        ),
        ("Geoff Hurst has not won a World Cup final since 1965.", "REFUTED"),
    ],
)
def test_an_act_denied_since_a_time_is_not_refuted_by_its_record_of_then(check_sport, sentence, label):
    # "have not won since 1966": the win of 1966 is what the time counts from; a win after it refutes
    document = check_sport(sentence)
    (claim,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("number", "label"),
    [("third", "REFUTED"), ("fourth", "SUPPORTED")],
)
def test_a_number_a_records_own_name_gives_otherwise_is_refuted(check_sport, number, label):
    # the 2024 Wimbledon final is recorded also as "Alcaraz's fourth Grand Slam title"
    claim = claim_with(check_sport(f"Carlos Alcaraz won his {number} Grand Slam title on July 14."), "temporal", number)
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
