"""The COVID-19 pandemic and the World Health Organization, with datasets of their own: a
hyphenated office ("Director-General") that a speaker's alias names too, and acts an organisation does."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "covid_2023"
# the day after the WHO declared the end of COVID-19 as a global health emergency
PUBLISHED = "2023-05-06"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Tedros has been Director-General since 1 July 2017, after Margaret Chan (2007-2017)
        ("WHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva on Friday.", "SUPPORTED"),
        ("WHO Director-General Margaret Chan spoke in Geneva on Friday.", "REFUTED"),
        ("Chan served as WHO Director-General from 2007 to 2017.", "SUPPORTED"),
        ("Chan served as WHO Director-General from 2003 to 2017.", "REFUTED"),
        ("Tedros succeeded Margaret Chan as Director-General in 2017.", "SUPPORTED"),
        ("Tedros succeeded Lee Jong-wook as Director-General in 2017.", "REFUTED"),
    ],
)
def test_a_hyphenated_office_is_a_title(check_against, sentence, label):
    document = check_against(DATA, f"WHO News\n\n{sentence}\n", PUBLISHED)
    (claim,) = [c for c in document["claims"] if c["kind"] == "role"]
    assert "Director-General" in claim["slots"]["title"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("year", "label"),
    [
        # the WHO declared COVID-19 a global health emergency on 30 January 2020
        ("2020", "SUPPORTED"),
        ("2021", "REFUTED"),
    ],
)
def test_an_organisation_doing_the_dated_act_a_span_counts_from_is_checked_too(check_against, year, label):
    sentence = f"It has been more than three years since the WHO declared a global health emergency in January {year}."
    document = check_against(DATA, f"WHO News\n\n{sentence}\n", PUBLISHED)
    (anchor,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert anchor["text"].startswith("the WHO declared")
    assert anchor["verdict"]["label"] == label, anchor["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("December 8, 2020", "SUPPORTED"), ("January 8, 2021", "REFUTED")])
def test_a_date_in_what_someone_became_dates_the_sentence(check_against, day, label):
    # Margaret Keenan was vaccinated on 8 December 2020, the first person outside a clinical trial
    sentence = f"Margaret Keenan became the first person vaccinated outside a clinical trial on {day}."
    document = check_against(DATA, f"WHO News\n\n{sentence}\n", PUBLISHED)
    (claim,) = [c for c in document["claims"] if c["kind"] == "temporal"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("year", "label"), [("2022", "SUPPORTED"), ("2024", "REFUTED")])
def test_a_year_in_the_name_of_what_a_span_counts_from_picks_that_years_record(check_against, year, label):
    # the WHO declared mpox an emergency on 23 July 2022 and again on 14 August 2024
    sentence = f"It has been more than 24 months since the WHO declared the {year} mpox outbreak a global emergency."
    document = check_against(DATA, f"WHO News\n\n{sentence}\n", "2024-10-28")
    (claim,) = [c for c in document["claims"] if c["kind"] == "duration"]
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
