"""The Second World War told as anniversaries in 2024, with a dataset of its own: spans told "to
the day", and counts of one day that the records give as a total and its parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "ww2"
PUBLISHED = "2024-06-06"


@pytest.fixture
def check_ww2(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


_verdict = verdict_of


@pytest.mark.parametrize(("years", "label"), [("80", "SUPPORTED"), ("70", "REFUTED")])
def test_a_span_told_to_the_day(check_ww2, years, label):
    document = check_ww2(f"It is {years} years to the day since Allied troops stormed the beaches on June 6, 1944.")
    assert _verdict(document, "duration", f"{years} years to the day since")[0] == label


@pytest.mark.parametrize(
    ("told", "label"),
    [
        ("more than 200,000 Allied troops", "REFUTED"),  # 156,115 in all, not the total and its parts added up
        ("73,000 American troops", "SUPPORTED"),
        ("156,115 troops", "NOT_ENOUGH_INFO"),  # whose, the sentence does not say
    ],
)
def test_a_count_of_a_day_recorded_for_several_actors(check_ww2, told, label):
    document = check_ww2(f"On 6 June 1944, {told} landed in Normandy.")
    assert _verdict(document, "quantity", told)[0] == label


def test_a_title_told_of_one_whose_death_the_sentence_names_is_the_office_held_until_then(check_against):
    # an article of 9 May 1945: Roosevelt, dead since 12 April, is no president that day
    document = check_against(
        DATA,
        "News\n\nIn Washington, President Harry S. Truman, who took office less than a month ago on the death of "
        "President Roosevelt, told the nation that the war in Europe was over.\n",
        "1945-05-09",
    )
    (claim,) = [c for c in document["claims"] if c["kind"] == "role" and c["text"] == "President Roosevelt"]
    assert claim["slots"]["tense"] == "past" and claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]


@pytest.mark.parametrize(
    ("speaker", "label"),
    [
        ("Harry S. Truman who, as president,", "SUPPORTED"),
        ("Winston Churchill who", "REFUTED"),
        ("Churchill who", "REFUTED"),
    ],
)
def test_a_cleft_names_the_speaker_of_a_quotation_after_a_colon(check_ww2, speaker, label):
    document = check_ww2(f'It was {speaker} told Americans on 8 May 1945: "This is a solemn but a glorious hour."')
    assert _verdict(document, "quote", "solemn but a glorious hour")[0] == label


def test_proclaimed_is_a_verb_of_saying(check_ww2):
    document = check_ww2('Churchill proclaimed on 8 May 1945: "This is a solemn but a glorious hour."')
    label, explanation = _verdict(document, "quote", "solemn but a glorious hour")
    assert label == "REFUTED" and "Harry S. Truman" in explanation, explanation
