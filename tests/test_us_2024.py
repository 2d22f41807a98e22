"""US politics in 2023-24, with datasets of their own: a court's verdict, the vice presidency and
the House speakership, told the ways news tells them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claim_with
from verify.eventmatch import contradicted_outcome

DATA = Path(__file__).parent / "data" / "us_2024"
# five days after the presidential election
PUBLISHED = "2024-11-10"


@pytest.fixture
def check_us(check_against):
    def check(*sentences: str) -> dict:
        text = "After the Election\n\n" + " ".join(sentences) + "\n"
        return check_against(DATA, text, PUBLISHED)

    return check


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a Manhattan jury found Trump guilty on all 34 counts on 30 May 2024
        ("Trump was found guilty in the hush money trial in New York.", "SUPPORTED"),
        ("Trump was convicted in the hush money trial in New York.", "SUPPORTED"),
        ("Trump was acquitted in the hush money trial in New York.", "REFUTED"),
        ("Trump was found not guilty in the hush money trial in New York.", "REFUTED"),
    ],
)
def test_a_verdict_of_guilty_refutes_an_acquittal(check_us, sentence, label):
    claim = claim_with(check_us(sentence), "event", "hush money")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Harris took office on 20 January 2021 after Mike Pence; Biden was vice president until 2017
        ("Kamala Harris succeeded Mike Pence as vice president.", "SUPPORTED"),
        ("Kamala Harris succeeded Joe Biden as vice president.", "REFUTED"),
        # Trump held no term as vice president: the term right before hers is Pence's
        ("Kamala Harris succeeded Donald Trump as vice president.", "REFUTED"),
        # Johnson was elected 22 days after McCarthy's removal, with no speaker in between
        ("Mike Johnson succeeded Kevin McCarthy as Speaker of the House.", "SUPPORTED"),
        # with no office named, Trump and Harris may have met in one the data do not record
        ("Kamala Harris succeeded Donald Trump.", "NOT_ENOUGH_INFO"),
    ],
)
def test_the_term_recorded_right_before_decides_a_succession(check_us, sentence, label):
    claim = claim_with(check_us(sentence), "role", "succeeded")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_an_acquittal_agrees_with_a_recorded_not_guilty():
    assert contradicted_outcome("The jury acquitted him", "not guilty on all counts") is None
    assert contradicted_outcome("The jury acquitted him", "guilty on all counts") == "acquitted"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Kamala Harris became vice president in January 2021, succeeding Mike Pence.", "SUPPORTED"),
        # the office is the one "became" names, and Pence held no presidency for her to take over
        ("Kamala Harris became president in January 2021, succeeding Mike Pence.", "NOT_ENOUGH_INFO"),
    ],
)
def test_a_succeeding_clause_takes_the_office_its_verb_names(check_us, sentence, label):
    claim = claim_with(check_us(sentence), "role", "succeeding")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In March, president-elect Donald Trump spoke to reporters.",
        "In March, the United States president-elect Donald Trump spoke to reporters.",
    ],
)
def test_a_title_tells_no_act_of_its_holder(check_us, sentence):
    # "president-elect" and the country it is of share words with the record of the election,
    # which is no record of Trump speaking and cannot misdate it
    claim = claim_with(check_us(sentence), "temporal", "spoke")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


@pytest.mark.parametrize(("days", "label"), [("five", "SUPPORTED"), ("ten", "REFUTED")])
def test_of_two_records_named_alike_a_span_counts_from_the_latest(check_against, days, label):
    # Trump's inaugurations: 20 January 2017 and 20 January 2025
    text = f"Washington\n\nHegseth was sworn in on January 25, {days} days after Trump's inauguration.\n"
    span = claim_with(check_against(DATA, text, "2025-02-03"), "duration", "inauguration")
    assert "2025-01-20" in span["verdict"]["explanation"]
    assert span["verdict"]["label"] == label, span["verdict"]["explanation"]


@pytest.mark.parametrize(("day", "label"), [("January 20", "SUPPORTED"), ("January 22", "REFUTED")])
def test_a_confirmation_to_an_office_is_an_act_to_date(check_against, day, label):
    # the Senate confirmed Marco Rubio as Secretary of State on 20 January 2025, by 99 votes to 0
    text = f"Washington\n\nThe Senate confirmed Marco Rubio as secretary of state on {day}.\n"
    claim = claim_with(check_against(DATA, text, "2025-02-03"), "temporal", "confirmed")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]
