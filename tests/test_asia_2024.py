"""Elections and changes of government in Asia in 2024, with a dataset of their own: the readings
outside users found wrong, one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with, domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "asia_2024"
PUBLISHED = "2024-11-25"


@pytest.fixture
def check_asia(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


_verdict = verdict_of


def test_the_act_is_dated_by_its_own_date_not_by_the_one_its_span_counts_from(check_asia):
    # the date hangs on "prime minister", after "as": a part someone is given has no date of its own
    document = check_asia(
        "Mr Modi was sworn in for a third consecutive term as India's prime minister on June 9, five days "
        "after the results of the general election were declared on June 4."
    )
    label, explanation = _verdict(document, "temporal", "sworn in")
    assert label == "SUPPORTED" and "2024-06-09" in explanation, explanation
    assert _verdict(document, "duration", "five days")[0] == "SUPPORTED"


def test_a_nationality_the_parser_reads_as_a_person_is_the_offices_country(check_asia):
    # the small pipeline tags "Sri Lankan" as a person, who takes no part in the swearing-in
    document = check_asia(
        "Sri Lankan President Anura Kumara Dissanayake was sworn in on 23 September 2024, two days after "
        "the election of 21 September."
    )
    label, explanation = _verdict(document, "temporal", "sworn in")
    assert label == "SUPPORTED" and "sworn in as President" in explanation, explanation
    role = claim_with(document, "role", "Dissanayake")
    assert role["slots"]["countries"] == ["Sri Lankan"] and role["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(
    ("office", "label"),
    [("prime minister", "SUPPORTED"), ("Pakistan's prime minister", "SUPPORTED"), ("president", "NOT_ENOUGH_INFO")],
)
def test_a_record_of_taking_one_office_does_not_date_taking_another(check_asia, office, label):
    # the role claim refutes "sworn in as president"; the record of the day is of another part
    assert _verdict(check_asia(f"Shehbaz Sharif was sworn in as {office} on March 4."), "temporal", "sworn")[0] == label


@pytest.mark.parametrize(("country", "label"), [("India", "SUPPORTED"), ("Pakistan", "NOT_ENOUGH_INFO")])
def test_a_record_of_fleeing_to_one_country_does_not_bear_out_fleeing_to_another(check_asia, country, label):
    document = check_asia(f"Ms Hasina resigned as prime minister on August 5 and fled to {country}.")
    assert _verdict(document, "temporal", "fled")[0] == label


@pytest.mark.parametrize(
    ("said", "label"),
    [("a third consecutive time", "SUPPORTED"), ("a second consecutive time", "REFUTED")],
)
def test_a_quotation_ending_in_an_exclamation_keeps_its_speaker(check_asia, said, label):
    # the parser ends the sentence at '!"' and hangs "wrote" under the quoted verb
    document = check_asia(f'"People have placed their faith in NDA, for {said}!" Mr Modi wrote on June 4.')
    claim = claim_with(document, "quote", "People")
    assert claim["slots"]["speaker"] in ("Mr Modi", "Narendra Modi")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_a_clause_after_a_date_is_not_part_of_it_and_a_place_it_is_about_places_nothing(check_asia):
    # the parser's date runs on to "2024, ending months", which leaves only the year readable
    document = check_asia(
        "Prime Minister Benjamin Netanyahu dismissed Gallant on November 5, 2024, ending months of public "
        "disputes over the conduct of the war in Gaza."
    )
    claim = claim_with(document, "temporal", "dismissed")
    assert claim["slots"]["expression"] == "November 5, 2024" and claim["slots"]["venues"] == []
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_record_named_in_the_passive_is_the_doing_of_the_one_after_by(check_asia):
    # "Hamas leader Yahya Sinwar killed by Israeli troops in Rafah" opens with Hamas, who did not do it
    document = check_asia("Israeli troops killed Sinwar in Rafah on October 16, 2024.")
    label, explanation = _verdict(document, "temporal", "killed")
    assert label == "SUPPORTED", explanation


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Lai Ching-te won Taiwan's presidential election on January 13, defeating Hou Yu-ih.", "SUPPORTED"),
        ("Taiwan's presidential election was won by Lai Ching-te on January 13.", "SUPPORTED"),
        ("Hou Yu-ih won Taiwan's presidential election on January 13.", "REFUTED"),
    ],
)
def test_an_outcome_that_tells_who_won_and_who_lost_is_read_by_its_winner(check_asia, sentence, label):
    # the record's outcome: "Lai Ching-te won with 40.05% of the vote; Hou Yu-ih and Ko Wen-je lost"
    label_given, explanation = _verdict(check_asia(sentence), "temporal", "January 13")
    assert label_given == label, explanation


def test_the_one_declared_winner_is_the_recorded_winner():
    from verify.eventmatch import recorded_winner

    people = ["Prabowo Subianto", "Anies Baswedan"]
    assert recorded_winner("Prabowo Subianto declared winner", people) == ("Prabowo Subianto", True)
    assert recorded_winner("Prabowo Subianto won; Anies Baswedan lost", people) == ("Prabowo Subianto", True)


@pytest.mark.parametrize(("day", "label"), [("August 5", "SUPPORTED"), ("August 15", "REFUTED")])
def test_quitting_an_office_is_resigning_it(check_asia, day, label):
    # Sheikh Hasina resigned on 5 August 2024
    claim = claim_with(check_asia(f"Sheikh Hasina quit as prime minister of Bangladesh on {day}."), "temporal", "quit")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
