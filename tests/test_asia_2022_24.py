"""Sri Lanka's crisis of 2022, the Maldives' change of president in 2023 and Vietnam's presidents
elected in 2023-24, with a dataset of their own: readings outside users found wrong, told as a
long-read tells them, years after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with, domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "asia_2022_24"
PUBLISHED = "2024-11-28"


@pytest.fixture
def check_asia(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


_verdict = verdict_of


def _clause(document: dict, words: str) -> dict:
    """The claim of a clause of its own: the one whose text starts with ``words``."""
    (found,) = [c for c in document["claims"] if c["text"].startswith(words)]
    return found


@pytest.mark.parametrize(
    ("day", "label"), [("March 2, 2023", "SUPPORTED"), ("March 9, 2023", "REFUTED"), ("March 2, 2022", "REFUTED")]
)
def test_a_count_of_votes_told_with_the_act_leaves_the_act_dated(check_asia, day, label):
    # "with 487 votes" is how the election went, not what was done: the election's day is checked
    document = check_asia(f"The National Assembly elected Vo Van Thuong president on {day}, with 487 votes.")
    assert _verdict(document, "temporal", "elected Vo Van Thuong")[0] == label
    # (the votes of another day are no contradiction: he may have won 487 on that day too)
    counted = "SUPPORTED" if label == "SUPPORTED" else "NOT_ENOUGH_INFO"
    assert _verdict(document, "quantity", "487 votes")[0] == counted


def test_a_count_that_is_what_was_done_still_stands_for_the_act(check_asia):
    # "won 134 votes" is the count's own act: no event claim beside it
    document = check_asia("Ranil Wickremesinghe won 134 votes on July 20, 2022.")
    assert [claim["kind"] for claim in document["claims"]] == ["quantity"]
    assert document["claims"][0]["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(("count", "label"), [("134", "SUPPORTED"), ("143", "REFUTED")])
def test_the_votes_a_parliament_elected_someone_with_are_theirs(check_asia, count, label):
    document = check_asia(
        f"Parliament elected Ranil Wickremesinghe president on July 20, 2022, with {count} votes. Lawmakers had "
        f"chosen him over Dullas Alahapperuma."
    )
    claim = claim_with(document, "quantity", f"{count} votes")
    assert claim["slots"]["actor"] == "Ranil Wickremesinghe"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("May 22", "SUPPORTED"), ("May 12", "REFUTED")])
def test_an_election_told_by_its_verb_is_the_act_of_a_record_of_it(check_asia, day, label):
    # "elect" is also a title's word ("president-elect"); as the sentence's verb it is what happened
    assert _verdict(check_asia(f"To Lam was elected president on {day}."), "temporal", "To Lam")[0] == label


def test_a_story_told_on_through_a_month_keeps_its_year(check_asia):
    # in an article of November 2024, "In June" and "On July 9" go on from May 2022, not to 2024
    document = check_asia(
        "Then-Prime Minister Mahinda Rajapaksa resigned on May 9, 2022, after his supporters attacked protesters.\n\n"
        "Ranil Wickremesinghe was sworn in as prime minister three days later.\n\n"
        "In June he warned parliament that the economy had collapsed.\n\n"
        "On July 9, protesters stormed the President's House in Colombo, and four days later then-President "
        "Gotabaya Rajapaksa fled to the Maldives.\n\n"
        "Less than a week later, on July 20, parliament elected Wickremesinghe president."
    )
    label, explanation = _verdict(document, "temporal", "protesters stormed")
    assert label == "SUPPORTED" and "2022-07-09" in explanation, explanation
    fled = _clause(document, "four days later")["verdict"]
    assert fled["label"] == "SUPPORTED" and "2022-07-13" in fled["explanation"], fled
    assert _verdict(document, "role", "then-President Gotabaya Rajapaksa")[0] == "SUPPORTED"
    assert _verdict(document, "temporal", "parliament elected Wickremesinghe")[0] == "SUPPORTED"


def test_a_month_of_the_article_days_is_not_the_storys(check_asia):
    # the present perfect tells of the article's days, and a bound ("until July") of no story's time
    document = check_asia(
        "Gotabaya Rajapaksa fled to the Maldives on July 13, 2022.\n\n"
        "Wickremesinghe, who has since lost power, has already met Muizzu in August."
    )
    claim = claim_with(document, "temporal", "met Muizzu")
    assert claim["slots"]["start"] == "2024-08-01", claim["slots"]


def test_that_month_and_that_year_are_of_the_year_last_told(check_asia):
    document = check_asia(
        "Mohamed Muizzu defeated President Ibrahim Mohamed Solih in a runoff on September 30, 2023, and took "
        "office that November.\n\n"
        "Gotabaya Rajapaksa fled to the Maldives in July 2022 and resigned on July 14 of that year."
    )
    took_office = _clause(document, "took office that November")
    assert took_office["slots"]["start"] == "2023-11-01" and took_office["verdict"]["label"] == "SUPPORTED"
    claim = _clause(document, "resigned on July 14 of that year")
    assert claim["slots"]["start"] == "2022-07-14" and claim["verdict"]["label"] == "SUPPORTED"


def test_a_date_a_span_counts_from_does_not_date_the_act(check_asia):
    # the swearing-in was two days after September 21, not on it
    document = check_asia(
        "Anura Kumara Dissanayake was sworn in as president two days after the September 21 election."
    )
    assert _verdict(document, "role", "sworn in as president")[0] == "SUPPORTED"
    assert _verdict(document, "duration", "two days after")[0] == "SUPPORTED"


@pytest.mark.parametrize(("day", "label"), [("November 17, 2023", "SUPPORTED"), ("November 10, 2023", "REFUTED")])
def test_what_was_done_before_the_act_does_not_tell_it(check_asia, day, label):
    # "having beaten Solih in a runoff" was done before the day told: the day is the swearing-in's
    document = check_asia(
        f"Mohamed Muizzu was sworn in as president on {day}, having beaten Ibrahim Mohamed Solih in a runoff."
    )
    label_given, explanation = _verdict(document, "temporal", "sworn in")
    assert label_given == label and "sworn in as President" in explanation, explanation


def test_a_perfect_participle_is_its_subjects_result(check_asia):
    document = check_asia(
        "Mohamed Muizzu had been sworn in as president of the Maldives, having beaten Ibrahim Mohamed Solih in a "
        "runoff."
    )
    assert _verdict(document, "event", "having beaten")[0] == "SUPPORTED"


@pytest.mark.parametrize(("seats", "label"), [("159", "SUPPORTED"), ("145", "REFUTED")])
def test_seats_counted_of_all_seats(check_asia, seats, label):
    document = check_asia(f"The National People's Power won {seats} of the 225 seats on November 14, 2024.")
    claim = claim_with(document, "quantity", f"{seats} of the 225 seats")
    assert claim["slots"]["item"] == "seat" and claim["verdict"]["label"] == label


def test_the_size_of_a_chamber_is_no_count_of_seats_won(check_asia):
    document = check_asia("The National People's Power won 159 seats in the 225-seat Parliament on November 14, 2024.")
    counts = [claim for claim in document["claims"] if claim["kind"] == "quantity"]
    assert [claim["slots"]["value"] for claim in counts] == [159.0]


def test_a_title_taken_after_a_dated_thing_is_not_dated_by_it(check_asia):
    # the election was on September 21; "after" it he became president, on the 23rd
    document = check_asia("Anura Kumara Dissanayake became president after the September 21, 2024 election.")
    assert claim_with(document, "role", "became president")["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(("day", "label"), [("October 20, 2019", "SUPPORTED"), ("October 20, 2024", "REFUTED")])
def test_a_name_with_an_apostrophe_is_one_name(check_asia, day, label):
    # the small pipeline hangs "Ma'ruf" apart from "Amin", on the verb
    document = check_asia(f"Ma'ruf Amin was sworn in as vice president on {day}.")
    assert _verdict(document, "role", "Ma'ruf Amin was sworn in as vice president")[0] == label


@pytest.mark.parametrize(("count", "label"), [("82", "SUPPORTED"), ("92", "REFUTED")])
def test_a_count_set_against_another_is_of_the_same_thing(check_asia, count, label):
    document = check_asia(
        f"On July 20, 2022, parliament elected Wickremesinghe president with 134 votes, against {count} for "
        "Alahapperuma and three for Dissanayake."
    )
    claim = claim_with(document, "quantity", f"{count} for Alahapperuma")
    assert claim["slots"]["item"] == "vote" and claim["verdict"]["label"] == label, claim
    # the data record no votes for Dissanayake that day
    assert _verdict(document, "quantity", "three for Dissanayake")[0] == "NOT_ENOUGH_INFO"


@pytest.mark.parametrize(
    ("second", "label"), [("while the SJB took 40", "SUPPORTED"), ("and the SJB came second with 35", "REFUTED")]
)
def test_a_second_party_s_count_told_without_its_noun(check_asia, second, label):
    document = check_asia(f"In the November 14, 2024 election the NPP won 159 seats, {second}.")
    assert _verdict(document, "quantity", "the SJB")[0] == label
    assert _verdict(document, "quantity", "the NPP won 159 seats")[0] == "SUPPORTED"
