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


@pytest.mark.parametrize(("weekday", "label"), [("Sunday", "SUPPORTED"), ("Saturday", "REFUTED")])
def test_that_weekday_is_of_the_day_told_before(check_us, weekday, label):
    # Biden withdrew on Sunday 21 July 2024; the article's own Sunday is 10 November
    document = check_us(
        "Joe Biden announced on July 21 that he was ending his campaign.",
        f"Biden dropped out of the presidential race that {weekday}.",
    )
    claim = claim_with(document, "temporal", "dropped out")
    assert claim["slots"]["expression"] == f"that {weekday}"
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize("speaker", ["Kevin McCarthy", "Mike Johnson"])
def test_a_title_in_an_undated_act_of_a_story_long_past_is_not_checked_on_the_article_day(check_us, speaker):
    # McCarthy was speaker on 2 October 2023, Johnson is on the article's day: the act may be of either
    document = check_us(
        "Republican hardliners filed a motion to remove the speaker on October 2, 2023.",
        f"The motion stunned House Speaker {speaker}.",
    )
    claim = claim_with(document, "role", speaker)
    assert claim["slots"]["story_date"] == "2023-10-02"
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]


@pytest.mark.parametrize("span", ["Less than two months", "More than five months"])
def test_an_undated_act_of_a_story_long_past_is_not_counted_to_the_article_day(check_us, span):
    # Trump was convicted on 30 May; the article of 10 November never dates the nomination
    document = check_us(
        "Trump was convicted in New York on May 30.",
        f"{span} after the conviction, Republicans nominated him at their convention in Milwaukee.",
    )
    claim = claim_with(document, "duration", "after the conviction")
    assert claim["verdict"]["label"] == "NOT_ENOUGH_INFO", claim["verdict"]["explanation"]
    assert "long before its own date" in claim["verdict"]["explanation"]


def test_the_one_named_to_succeed_is_who_succeeds(check_us):
    # the House elected Johnson speaker on 25 October 2023, after McCarthy's removal
    document = check_us("Mike Johnson was elected to succeed Kevin McCarthy as speaker on October 25, 2023.")
    claim = claim_with(document, "role", "succeed Kevin McCarthy")
    assert (claim["slots"]["person"], claim["slots"]["predecessor"]) == ("Mike Johnson", "Kevin McCarthy")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]


def test_a_title_in_quoted_words_is_the_speakers_not_the_articles(check_us):
    """Gaetz's "Chaos is Speaker McCarthy" was said while McCarthy was Speaker; the article, written
    after Johnson took the gavel, does not call McCarthy Speaker."""
    document = check_us('Matt Gaetz told colleagues during the debate that "Chaos is Speaker McCarthy."')
    assert not [c for c in document["claims"] if c["kind"] == "role"]
    document = check_us("Speaker McCarthy was ousted on October 3, 2023.")
    assert claim_with(document, "role", "McCarthy")["verdict"]["label"] == "SUPPORTED"


@pytest.mark.parametrize(("winner", "label"), [("Donald Trump", "SUPPORTED"), ("Kamala Harris", "REFUTED")])
def test_a_span_counted_from_a_result_the_record_contradicts_is_refuted(check_us, winner, label):
    document = check_us(f"The summit opened on November 8, three days after {winner} won the presidential election.")
    claim = claim_with(document, "duration", "won the presidential election")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(("span", "label"), [("nine months", "SUPPORTED"), ("ten months", "NOT_ENOUGH_INFO")])
def test_a_thing_timed_but_never_dated_may_be_of_the_storys_last_day(check_against, span, label):
    """Ten months is so counted to the article's date, 30 October, not to the ouster of 3 October."""
    text = (
        "The Ouster\n\nThe House removed Kevin McCarthy as speaker on October 3. "
        f"The ouster came {span} after McCarthy won the gavel in January.\n"
    )
    claim = claim_with(check_against(DATA, text, "2023-10-30"), "duration", "won the gavel")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the Court ruled on 4 March 2024 that Colorado cannot remove Trump from the ballot
        ("In March, the justices ruled in Trump v. Anderson that Colorado could not remove Trump.", "SUPPORTED"),
        ("In March, the justices ruled in Trump v. Anderson that Colorado could remove Trump.", "REFUTED"),
        ("In March, the justices upheld Colorado's decision to remove Trump in Trump v. Anderson.", "NOT_ENOUGH_INFO"),
    ],
)
def test_an_act_the_record_denies_is_denied_alike_or_not_borne_out(check_us, sentence, label):
    claim = claim_with(check_us(sentence), "temporal", "Trump v. Anderson")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the Court ruled on 1 July 2024 in Trump v. United States; what Trump made of it is not recorded
        ("In July, Donald Trump criticized the immunity ruling.", "NOT_ENOUGH_INFO"),
        ("In July, the Supreme Court issued the immunity ruling.", "SUPPORTED"),
    ],
)
def test_what_someone_made_of_a_recorded_act_is_not_the_act(check_us, sentence, label):
    claim = claim_with(check_us(sentence), "temporal", "immunity ruling")
    assert claim["verdict"]["label"] == label, claim["verdict"]["explanation"]


def test_the_title_of_one_told_removed_is_the_one_held_until_then(check_us):
    # McCarthy was Speaker until the House removed him on 3 October 2023
    document = check_us("A year after the House removed Speaker Kevin McCarthy, Republicans kept the House.")
    claim = claim_with(document, "role", "Kevin McCarthy")
    assert claim["verdict"]["label"] == "SUPPORTED", claim["verdict"]["explanation"]
