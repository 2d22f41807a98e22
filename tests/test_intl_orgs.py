"""Heads of international organisations, with a dataset of their own: terms renewed, offices held
before, and titles told by a pronoun, as outside users told them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with, domain_check, verdict_of

DATA = Path(__file__).parent / "data" / "intl_orgs"
PUBLISHED = "2024-12-03"


@pytest.fixture
def check_intl(check_against):
    return domain_check(check_against, DATA, PUBLISHED)


_verdict = verdict_of


def _exactly(document: dict, kind: str, text: str) -> dict:
    (found,) = [c for c in document["claims"] if c["kind"] == kind and c["text"] == text]
    return found


def test_a_term_since_is_held_up_to_the_article_not_to_an_earlier_office(check_intl):
    # the years 1995 to 2002 are of the other office, before the term since 2017 began
    document = check_intl(
        "Guterres, the UN's secretary-general since 2017, was Portugal's prime minister between 1995 and 2002."
    )
    assert _exactly(document, "role", "Guterres, the UN's secretary-general")["verdict"]["label"] == "SUPPORTED"
    assert _verdict(document, "role", "Portugal's prime minister")[0] == "SUPPORTED"


def test_formerly_is_former(check_intl):
    document = check_intl(
        "Georgieva, formerly the interim World Bank president, took office as IMF managing director on October 1, 2019."
    )
    claim = _exactly(document, "role", "Georgieva, formerly the interim World Bank president")
    assert claim["slots"]["tense"] == "past" and claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]


@pytest.mark.parametrize(("day", "label"), [("January 1, 2022", "SUPPORTED"), ("January 1, 2021", "REFUTED")])
def test_a_term_begun_is_the_start_of_a_recorded_term(check_intl, day, label):
    document = check_intl(f"Guterres began his second term as secretary-general on {day}.")
    assert _verdict(document, "role", "began his second term")[0] == label
    # the record of his reappointment in June 2021 is the choice, not the day the term began
    event_label, explanation = _verdict(document, "temporal", "began his second term")
    assert event_label == "NOT_ENOUGH_INFO" and "term begun" in explanation, explanation


def test_a_term_begun_on_a_day_no_recorded_term_began_is_refuted(check_intl):
    # the data record Georgieva's terms at the IMF one by one
    document = check_intl("Kristalina Georgieva began her second five-year term on October 1, 2024.")
    assert _verdict(document, "role", "began her second")[0] == "SUPPORTED"
    document = check_intl("Kristalina Georgieva began her second five-year term on September 1, 2024.")
    assert _verdict(document, "role", "began her second")[0] == "REFUTED"


def test_a_term_begun_inside_one_recorded_as_a_whole_is_not_refuted(check_intl):
    # Guterres's years as Portugal's prime minister are one row: a second term may begin within it
    label, explanation = _verdict(
        check_intl("Guterres began his second term as prime minister in October 1999."), "role", "began his second"
    )
    assert label == "NOT_ENOUGH_INFO" and "one by one" in explanation, explanation


@pytest.mark.parametrize(("since", "label"), [("2017", "SUPPORTED"), ("2015", "NOT_ENOUGH_INFO")])
def test_an_office_told_of_a_pronoun_is_checked_as_the_one_it_stands_for(check_intl, since, label):
    # what contradicts it may be the pronoun read wrongly: not refuted
    document = check_intl(f"Antonio Guterres spoke on Monday.\n\nHe has been secretary-general since {since}.")
    claim = claim_with(document, "role", "He has been secretary-general")
    assert claim["slots"]["person"] == "Antonio Guterres" and claim["verdict"]["label"] == label, claim["verdict"]


def test_the_bank_led_is_the_bank_named_before(check_intl):
    document = check_intl("The World Bank approved the loan on Monday. Ajay Banga has led the bank since June 2023.")
    label, explanation = _verdict(document, "role", "has led the bank")
    assert label == "SUPPORTED" and "World Bank" in explanation, explanation


@pytest.mark.parametrize(("since", "label"), [("March 2021", "SUPPORTED"), ("March 2023", "REFUTED")])
def test_a_hyphenated_family_name_alone_is_the_person(check_intl, since, label):
    # the small pipeline reads "Okonjo-Iweala" alone as an organisation
    document = check_intl(f"Okonjo-Iweala has led the World Trade Organization since {since}.")
    claim = _exactly(document, "role", "Okonjo-Iweala has led the World Trade Organization")
    assert claim["verdict"]["label"] == label, claim["verdict"]
